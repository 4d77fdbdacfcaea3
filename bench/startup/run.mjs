// Start-up (issue 13): `runlens --version` and a one-step run against a bare `node -e 0`, on the Node that
// runs this file (`npm run bench` uses the Node 24 devDependency). Measures dist/ by default, or the build in
// RUNLENS_BENCH_DIST (e.g. a scratch bundle: `node scripts/bundle.mjs --check` leaves one in lib/.dist-check).
// Also lists the modules a one-step run loads, to show what is on its path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.resolve(process.env.RUNLENS_BENCH_DIST ?? path.join(root, 'dist'));
const node = process.execPath;
const runs = Number(process.env.RUNLENS_BENCH_RUNS ?? 21);

// Wall time, and CPU time (user + sys, children included, from /usr/bin/time): on a busy machine the CPU
// figure is the steadier one.
function time(args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '@@%U %S', node, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    ...opts,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [user, sys] = (/@@([\d.]+) ([\d.]+)/.exec(r.stderr) ?? []).slice(1).map(Number);
  return { ms, cpu: ((user ?? 0) + (sys ?? 0)) * 1000 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bench = (fn) => {
  fn();
  fn(); // the file cache and V8's compile cache warm, as on a runner's second step
  const all = Array.from({ length: runs }, fn);
  return { ms: median(all.map((r) => r.ms)), cpu: median(all.map((r) => r.cpu)) };
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-startup-'));
writeFileSync(path.join(dir, 'runlens.yml'), 'version: 1\nsteps:\n  noop: { run: ["true"] }\n');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: '' };
const actionEnv = { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir };
const ghFiles = () => {
  for (const f of ['summary.md', 'output.txt']) writeFileSync(path.join(dir, f), '');
  return { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), GITHUB_OUTPUT: path.join(dir, 'output.txt') };
};

const bare = bench(() => time(['-e', '0']));
const version = bench(() => time([path.join(dist, 'cli.js'), '--version'], { env }));
const cliRun = bench(() => time([path.join(dist, 'cli.js'), 'run'], { cwd: dir, env }));
const actionRun = bench(() => time([path.join(dist, 'index.js')], { cwd: dir, env: { ...actionEnv, ...ghFiles() } }));

const fmt = (label, r) =>
  `${label.padEnd(30)} wall ${r.ms.toFixed(1).padStart(6)} ms (${(r.ms / bare.ms).toFixed(2)}×) · cpu ${r.cpu.toFixed(0).padStart(4)} ms (${(r.cpu / Math.max(bare.cpu, 1)).toFixed(2)}×)`;
console.log(`start-up, ${path.relative(root, dist) || dist}, Node ${process.version}, median of ${runs}; × = times bare node`);
console.log(fmt('node -e 0', bare));
console.log(fmt('runlens --version', version));
console.log(fmt('runlens run (one no-op step)', cliRun));
console.log(fmt('action (one no-op step)', actionRun));

// Which chunks a one-step run loads: fewer is faster.
const loaded = spawnSync(
  node,
  [
    '--import',
    'data:text/javascript,import{registerHooks}from"node:module";const s=new Set();registerHooks({load(u,c,n){if(u.startsWith("file:"))s.add(u);return n(u,c)}});process.on("exit",()=>process.stderr.write("\\n@@"+[...s].join(" ")))',
    path.join(dist, 'cli.js'),
    'run',
  ],
  { cwd: dir, env, encoding: 'utf8' },
);
const files = (/@@(.*)$/.exec(loaded.stderr)?.[1] ?? '').split(' ').filter(Boolean);
console.log(`one-step run loads ${files.length} files: ${files.map((f) => path.basename(f)).join(', ')}`);
rmSync(dir, { recursive: true, force: true });
