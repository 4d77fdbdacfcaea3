// Scale-out benchmark (issue 14): (a) one job vs 4 shards of the same pipeline, the shards run as
// separate processes at once (as CI jobs on separate runners would), plus the merge; (b) a cached re-run
// vs a cold run. Steps sleep instead of burning CPU, so the figures show runlens's own cost on this
// 2-core machine rather than core contention; each figure is the median of several runs.
// Measures the compiled lib/ (npm run bench compiles it first): the current source, not dist/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'lib', 'cli.js');
const node = process.execPath;
const env = { ...process.env, CI: '', GITHUB_ACTIONS: '', GITLAB_CI: '' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runSync(args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, [cli, ...args], { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`runlens ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
function runAsync(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [cli, ...args], { cwd, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`runlens ${args.join(' ')} exited ${code}`))));
  });
}

// (a) 16 independent steps of 250 ms, one slot per job: 4 s of work in one job, ~1 s per shard of 4.
const STEPS = 16;
const SLEEP = 0.25;
const ws = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-scale-'));
const steps = Array.from({ length: STEPS }, (_, i) => `  s${i}: { run: "sleep ${SLEEP}; echo done ${i}" }`).join('\n');
writeFileSync(path.join(ws, 'runlens.yml'), `version: 1\nconcurrency: 1\nsteps:\n${steps}\n`);
const out = path.join(ws, 'out');
const single = median(Array.from({ length: 3 }, () => runSync(['run', '-o', path.join(out, 'single')], ws)));
const sharded = [];
const merges = [];
for (let n = 0; n < 3; n++) {
  rmSync(path.join(out, 'shards'), { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  await Promise.all([1, 2, 3, 4].map((i) => runAsync(['run', '--shard', `${i}/4`, '-o', path.join(out, 'shards', `${i}`)], ws)));
  sharded.push(Number(process.hrtime.bigint() - t0) / 1e6);
  merges.push(runSync(['merge', ...[1, 2, 3, 4].map((i) => path.join(out, 'shards', `${i}`)), '-o', path.join(out, 'merged')], ws));
}
// CI shards run on separate runners: the slowest shard run alone is what the pipeline waits for.
const alone = [];
for (let n = 0; n < 3; n++)
  alone.push(Math.max(...[1, 2, 3, 4].map((i) => runSync(['run', '--shard', `${i}/4`, '-o', path.join(out, 'alone', `${i}`)], ws))));
const shardMs = median(sharded);
const aloneMs = median(alone);
const mergeMs = median(merges);
console.log(
  `(a) ${STEPS} steps × ${SLEEP * 1000} ms, one slot per job: 1 job ${single.toFixed(0)} ms · slowest of 4 shards run alone ${aloneMs.toFixed(0)} ms ` +
    `(speed-up ${(single / aloneMs).toFixed(2)}×; ideal 4×) · 4 shards at once on this machine ${shardMs.toFixed(0)} ms (${(single / shardMs).toFixed(2)}×) · ` +
    `merge of 4 ${mergeMs.toFixed(0)} ms · slowest shard + merge ${(aloneMs + mergeMs).toFixed(0)} ms (speed-up ${(single / (aloneMs + mergeMs)).toFixed(2)}×)`,
);
console.log(
  `    load average while measuring: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} CPUs`,
);

// (b) cached re-run vs cold: 8 cached steps of 250 ms and a cached secret scan of 2,000 files.
const cws = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-cache-'));
mkdirSync(path.join(cws, 'src'));
for (let i = 0; i < 2000; i++) writeFileSync(path.join(cws, 'src', `f${i}.ts`), `export const v${i} = ${i};\n`.repeat(40));
const cached = Array.from({ length: 8 }, (_, i) => `  c${i}: { run: "sleep ${SLEEP}", inputs: "src/f${i}*.ts", cache: true }`).join('\n');
writeFileSync(
  path.join(cws, 'runlens.yml'),
  `version: 1\nconcurrency: 1\nsteps:\n${cached}\n  secrets: { uses: secrets, with: { paths: [src] }, inputs: "src/**", cache: true }\n`,
);
const colds = [];
const warms = [];
for (let n = 0; n < 3; n++) {
  rmSync(path.join(cws, '.runlens'), { recursive: true, force: true });
  colds.push(runSync(['run'], cws));
  warms.push(runSync(['run'], cws));
}
const cold = median(colds);
const warm = median(warms);
console.log(
  `(b) 8 steps × ${SLEEP * 1000} ms + a secret scan of 2,000 files: cold ${cold.toFixed(0)} ms · cached re-run ${warm.toFixed(0)} ms · ` +
    `ratio ${(cold / warm).toFixed(2)}× faster`,
);
rmSync(ws, { recursive: true, force: true });
rmSync(cws, { recursive: true, force: true });
