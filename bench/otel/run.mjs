// Tracing overhead: a 100-step pipeline through the built CLI (`node dist/cli.js run`), with tracing
// off (OTEL_TRACES_EXPORTER=none) vs exporting every span live to a local Jaeger v2 over OTLP/HTTP
// (plus the trace.jsonl file, as always when tracing is on), in one run on this machine.
//
// The pipeline: 10 chains of 10 steps (each step needs the one 10 before it), each step a real bash
// process sleeping 50 ms, concurrency 4. Runs alternate off/on (order flipped every round) after one
// warm-up of each, so drift on a shared machine hits both alike. The overhead is the median of the
// per-round differences (on − off) over the median time with tracing off.
// Goal (issue 5): tracing costs < 3 % wall time. The bench also checks the trace really reached
// Jaeger (every span of the last traced run is queryable there).
//
//   npm run bundle && node bench/otel/run.mjs [--rounds N] [--cli dist/cli.js]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startJaeger } from '../../tests/support/jaeger.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const cliArg = process.argv.indexOf('--cli');
const cli = cliArg > 0 ? path.resolve(process.argv[cliArg + 1]) : path.join(root, 'dist', 'cli.js');
const STEPS = 100;
const CHAINS = 10;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 11;

if (!existsSync(cli)) {
  console.error(`bench/otel: ${path.relative(root, cli)} is missing; run \`npm run bundle\` first`);
  process.exit(1);
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-otel-'));
const steps = Array.from({ length: STEPS }, (_, i) => {
  const id = `s${String(i).padStart(3, '0')}`;
  const needs = i >= CHAINS ? `\n    needs: [s${String(i - CHAINS).padStart(3, '0')}]` : '';
  return `  ${id}:\n    run: sleep 0.05${needs}`;
});
writeFileSync(path.join(workspace, 'runlens.yml'), `version: 1\nname: bench-otel\nconcurrency: 4\nsteps:\n${steps.join('\n')}\n`);

const loadAtStart = os.loadavg()[0].toFixed(2);
const jaeger = await startJaeger();
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
const modes = {
  off: { ...baseEnv, OTEL_TRACES_EXPORTER: 'none' },
  on: { ...baseEnv, OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl },
};

// GNU time, when the machine has it, adds the CPU seconds of runlens and its steps: far less
// sensitive than wall time to other work on a shared machine.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(workspace, 'cpu.txt');

function runOnce(mode) {
  const argv = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, process.execPath, cli, 'run'] : [process.execPath, cli, 'run'];
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: workspace, env: modes[mode], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`runlens run (${mode}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  const run = JSON.parse(readFileSync(path.join(workspace, '.runlens', 'run.json'), 'utf8'));
  const cpuMs = gnuTime
    ? readFileSync(cpuFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)
        .split(' ')
        .reduce((sum, x) => sum + Number(x) * 1000, 0)
    : NaN;
  return { ms, cpuMs, run };
}

const times = { off: [], on: [] };
const cpu = { off: [], on: [] };
let lastTraced;
try {
  runOnce('off');
  runOnce('on');
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const mode of order) {
      const { ms, cpuMs, run } = runOnce(mode);
      times[mode].push(ms);
      cpu[mode].push(cpuMs);
      if (mode === 'on') lastTraced = run;
    }
  }
  if (!lastTraced?.traceId) throw new Error('the traced run has no traceId in run.json: is tracing wired into the engine?');
  if (lastTraced.notes?.some((n) => /Trace export/.test(n))) throw new Error(`export failed: ${lastTraced.notes.join(' ')}`);
  const trace = await jaeger.waitForTrace(lastTraced.traceId, STEPS + 1);

  const median = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const off = median(times.off);
  const on = median(times.on);
  // Each round ran both modes back to back: the per-round difference cancels most of the drift a
  // shared machine adds, so its median is the headline figure.
  const paired = median(times.on.map((t, i) => t - times.off[i]));
  const overhead = (paired / off) * 100;
  const minOverhead = ((Math.min(...times.on) - Math.min(...times.off)) / Math.min(...times.off)) * 100;
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
  const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)} %`;
  console.log(
    `pipeline: ${STEPS} steps (${CHAINS} chains × ${STEPS / CHAINS}, sleep 0.05 each), concurrency 4, ${ROUNDS} rounds + warm-up`,
  );
  console.log(`machine: ${os.cpus().length} CPUs, load average ${loadAtStart} at start, ${os.loadavg()[0].toFixed(2)} at end`);
  console.log(`tracing off          median ${off.toFixed(0)} ms, min ${Math.min(...times.off).toFixed(0)} ms   (runs: ${fmt(times.off)})`);
  console.log(`OTLP → local Jaeger  median ${on.toFixed(0)} ms, min ${Math.min(...times.on).toFixed(0)} ms   (runs: ${fmt(times.on)})`);
  if (gnuTime) {
    const [cpuOff, cpuOn] = [median(cpu.off), median(cpu.on)];
    console.log(
      `CPU (user+sys, runlens and its steps): off ${cpuOff.toFixed(0)} ms, on ${cpuOn.toFixed(0)} ms (medians): tracing used ${(cpuOn - cpuOff).toFixed(0)} ms of CPU`,
    );
  }
  console.log(`Jaeger holds ${trace.spans.length} spans of trace ${lastTraced.traceId}`);
  console.log(
    `tracing overhead: ${pct(overhead)} wall time (median per-round difference ${paired.toFixed(0)} ms; min vs min ${pct(minOverhead)}; goal < 3 %)`,
  );
  process.exitCode = overhead < 3 ? 0 : 1;
} finally {
  await jaeger.stop();
  rmSync(workspace, { recursive: true, force: true });
}
