// Foundation benchmark: (a) start-up of the built action vs bare node, (b) engine overhead per step
// vs a bash script running the same commands, (c) parallel speed-up. Each figure is the median of
// several runs, measured in this one process so both sides see the same machine state.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const action = path.join(root, 'dist', 'index.js');
const cli = path.join(root, 'dist', 'cli.js');
const node = process.execPath;

function time(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore', ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function bench(n, fn) {
  fn(); // warm the file cache
  return median(Array.from({ length: n }, fn));
}
function workspace(yaml) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-'));
  writeFileSync(path.join(dir, 'runlens.yml'), yaml);
  return dir;
}

// (a) start-up
const one = workspace('version: 1\nsteps:\n  noop: { run: ["true"] }\n');
const summary = path.join(one, 'summary.md');
const output = path.join(one, 'output.txt');
const actionEnv = {
  ...process.env,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: one,
  GITHUB_STEP_SUMMARY: summary,
  GITHUB_OUTPUT: output,
};
for (const f of [summary, output]) writeFileSync(f, '');
const bare = bench(15, () => time(node, ['-e', '']));
const started = bench(15, () => time(node, [action], { cwd: one, env: actionEnv }));
console.log(
  `(a) start-up: node dist/index.js, one no-op step: ${started.toFixed(1)} ms · bare node -e '': ${bare.toFixed(1)} ms · ratio ${(started / bare).toFixed(2)}× (target < 1.5×)`,
);

// (b) engine overhead: 200 no-op steps vs the same 200 commands from one bash script
const N = 200;
const steps = Array.from({ length: N }, (_, i) => `  s${i}: { run: ["true"] }`).join('\n');
const many = workspace(`version: 1\nconcurrency: 1\nsteps:\n${steps}\n`);
const script = path.join(many, 'all.sh');
writeFileSync(script, '#!/usr/bin/env bash\n' + Array.from({ length: N }, () => '/usr/bin/env true').join('\n') + '\n');
const viaBash = bench(5, () => time('bash', [script]));
const viaRunlens = bench(5, () => time(node, [cli, 'run'], { cwd: many, env: { ...process.env, CI: '' } }));
const perStep = (viaRunlens - viaBash - started) / N;
console.log(
  `(b) ${N} no-op steps, concurrency 1: runlens ${viaRunlens.toFixed(0)} ms · bash script ${viaBash.toFixed(0)} ms · ratio ${(viaRunlens / viaBash).toFixed(2)}× · ` +
    `runlens overhead beyond the spawn ≈ ${perStep.toFixed(2)} ms/step (target < 5 ms)`,
);

// (c) parallel speed-up: 8 × sleep 0.5 with concurrency 4 (ideal: 2 waves ≈ 1 s, vs 4 s serial)
const sleepy = workspace(
  `version: 1\nconcurrency: 4\nsteps:\n${Array.from({ length: 8 }, (_, i) => `  z${i}: { run: [sleep, "0.5"] }`).join('\n')}\n`,
);
const serial = 8 * 500;
const parallel = bench(3, () => time(node, [cli, 'run'], { cwd: sleepy, env: { ...process.env, CI: '' } }));
console.log(
  `(c) 8 × sleep 0.5, concurrency 4: ${parallel.toFixed(0)} ms · serial would be ${serial} ms · speed-up ${(serial / parallel).toFixed(2)}× (ideal 4×)`,
);

for (const d of [one, many, sleepy]) rmSync(d, { recursive: true, force: true });
mkdirSync(path.join(root, 'bench', '.work'), { recursive: true });
