// Start-up (issue 13): `runlens --version` and a one-step run against a bare `node -e 0`, on the Node that
// runs this file (`npm run bench` uses the Node 24 devDependency). Measures dist/ by default, or the build in
// RUNLENS_BENCH_DIST (a scratch bundle of the working tree: `node scripts/bundle.mjs --out /tmp/runlens-dist`).
// RUNLENS_BENCH_DIST=before=/tmp/a,after=/tmp/b compares builds: their runs alternate, so a machine that
// gets busier or quieter meanwhile weighs on both alike. Also lists the modules a one-step run loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const builds = (process.env.RUNLENS_BENCH_DIST ?? path.join(root, 'dist')).split(',').map((spec) => {
  const [label, dir] = spec.includes('=') ? spec.split(/=(.*)/s) : [undefined, spec];
  const dist = path.resolve(dir);
  return { label: label ?? (path.relative(root, dist) || dist), dist };
});
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
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
// /usr/bin/time counts CPU in 10 ms steps: the mean of many runs resolves what one run cannot.
const summary = (all) => ({ ms: median(all.map((r) => r.ms)), cpu: mean(all.map((r) => r.cpu)) });
/** Runs each of `fns` `runs` times, alternating between them, after two warm-up rounds (file cache, V8 compile cache). */
const benchEach = (fns) => {
  for (let i = 0; i < 2; i++) for (const fn of fns) fn();
  const all = fns.map(() => []);
  for (let i = 0; i < runs; i++) fns.forEach((fn, j) => all[j].push(fn()));
  return all.map(summary);
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-startup-'));
writeFileSync(path.join(dir, 'runlens.yml'), 'version: 1\nsteps:\n  noop: { run: ["true"] }\n');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: '' };
const actionEnv = { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir };
const ghFiles = () => {
  for (const f of ['summary.md', 'output.txt']) writeFileSync(path.join(dir, f), '');
  return { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), GITHUB_OUTPUT: path.join(dir, 'output.txt') };
};

const [bare] = benchEach([() => time(['-e', '0'])]);
const version = benchEach(builds.map((b) => () => time([path.join(b.dist, 'cli.js'), '--version'], { env })));
const cliRun = benchEach(builds.map((b) => () => time([path.join(b.dist, 'cli.js'), 'run'], { cwd: dir, env })));
const actionRun = benchEach(
  builds.map((b) => () => time([path.join(b.dist, 'index.js')], { cwd: dir, env: { ...actionEnv, ...ghFiles() } })),
);

const fmt = (label, r) =>
  `${label.padEnd(30)} wall ${r.ms.toFixed(1).padStart(6)} ms (${(r.ms / bare.ms).toFixed(2)}×) · cpu ${r.cpu.toFixed(0).padStart(4)} ms (${(r.cpu / Math.max(bare.cpu, 1)).toFixed(2)}×)`;
console.log(`start-up, Node ${process.version}, median wall and mean CPU of ${runs} runs; × = times bare node`);
console.log(fmt('node -e 0', bare));
builds.forEach((b, i) => {
  console.log(`${b.label}:`);
  console.log(fmt('  runlens --version', version[i]));
  console.log(fmt('  runlens run (one no-op step)', cliRun[i]));
  console.log(fmt('  action (one no-op step)', actionRun[i]));
  if (i > 0)
    console.log(
      `  vs ${builds[0].label}: run ${(cliRun[i].ms / cliRun[0].ms).toFixed(2)}× wall, ${(cliRun[i].cpu / cliRun[0].cpu).toFixed(2)}× cpu; ` +
        `action ${(actionRun[i].ms / actionRun[0].ms).toFixed(2)}× wall, ${(actionRun[i].cpu / actionRun[0].cpu).toFixed(2)}× cpu`,
    );
});

// Which chunks a one-step run loads: fewer is faster.
for (const b of builds) {
  const loaded = spawnSync(
    node,
    [
      '--import',
      'data:text/javascript,import{registerHooks}from"node:module";const s=new Set();registerHooks({load(u,c,n){if(u.startsWith("file:"))s.add(u);return n(u,c)}});process.on("exit",()=>process.stderr.write("\\n@@"+[...s].join(" ")))',
      path.join(b.dist, 'cli.js'),
      'run',
    ],
    { cwd: dir, env, encoding: 'utf8' },
  );
  const files = (/@@(.*)$/.exec(loaded.stderr)?.[1] ?? '').split(' ').filter(Boolean);
  console.log(`${b.label}: a one-step run loads ${files.length} files: ${files.map((f) => path.basename(f)).join(', ')}`);
}
rmSync(dir, { recursive: true, force: true });
