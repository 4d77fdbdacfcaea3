// Metrics overhead (issue 20): a 100-step pipeline through the built CLI (`node dist/cli.js run`), its trace
// exported to a local Jaeger v2 (an OpenTelemetry Collector) in both modes, with metrics off
// (OTEL_METRICS_EXPORTER=none) vs on (the default: metrics.jsonl plus OTLP to the Collector's /v1/metrics,
// loading the OpenTelemetry metrics SDK), in one run on this machine.
//
// The pipeline is bench/otel's: 10 chains of 10 steps, each a real bash process sleeping 50 ms,
// concurrency 4. Runs alternate off/on (order flipped every round) after one warm-up of each; the overhead
// is the median of the per-round differences (on − off) over the median time with metrics off.
// Goal: metrics cost < 3 % wall time. The bench also checks the metrics reached the Collector (its
// Prometheus exporter serves the last run's runlens_runs_total).
//
//   node scripts/bundle.mjs --out /tmp/rl-dist && node bench/metrics/run.mjs --cli /tmp/rl-dist/cli.js [--rounds N]
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
  console.error(`bench/metrics: ${path.relative(root, cli)} is missing; run \`npm run bundle\` first`);
  process.exit(1);
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-metrics-'));
const steps = Array.from({ length: STEPS }, (_, i) => {
  const id = `s${String(i).padStart(3, '0')}`;
  const needs = i >= CHAINS ? `\n    needs: [s${String(i - CHAINS).padStart(3, '0')}]` : '';
  return `  ${id}:\n    run: sleep 0.05${needs}`;
});
writeFileSync(path.join(workspace, 'runlens.yml'), `version: 1\nname: bench-metrics\nconcurrency: 4\nsteps:\n${steps.join('\n')}\n`);

const loadAtStart = os.loadavg()[0].toFixed(2);
const jaeger = await startJaeger();
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl };
const modes = {
  off: { ...baseEnv, OTEL_METRICS_EXPORTER: 'none' },
  on: baseEnv,
};
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(workspace, 'cpu.txt');
const metricsFile = path.join(workspace, '.runlens', 'metrics.jsonl');

function runOnce(mode) {
  rmSync(metricsFile, { force: true });
  const argv = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, process.execPath, cli, 'run'] : [process.execPath, cli, 'run'];
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: workspace, env: modes[mode], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`runlens run (${mode}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  const run = JSON.parse(readFileSync(path.join(workspace, '.runlens', 'run.json'), 'utf8'));
  if (run.notes?.some((n) => /export|Metrics/.test(n))) throw new Error(`telemetry problem (${mode}): ${run.notes.join(' ')}`);
  if (existsSync(metricsFile) !== (mode === 'on'))
    throw new Error(`metrics.jsonl ${mode === 'on' ? 'missing' : 'written'} with metrics ${mode}`);
  const cpuMs = gnuTime
    ? readFileSync(cpuFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)
        .split(' ')
        .reduce((sum, x) => sum + Number(x) * 1000, 0)
    : NaN;
  return { ms, cpuMs };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const times = { off: [], on: [] };
const cpu = { off: [], on: [] };
try {
  runOnce('off');
  runOnce('on');
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of round % 2 === 0 ? ['off', 'on'] : ['on', 'off']) {
      const { ms, cpuMs } = runOnce(mode);
      times[mode].push(ms);
      cpu[mode].push(cpuMs);
    }
  }
  // The last "on" run's metrics, as the Collector serves them (its instance is the run's service.instance.id).
  runOnce('on');
  const request = JSON.parse(readFileSync(metricsFile, 'utf8'));
  const instance = request.resourceMetrics[0].resource.attributes.find((a) => a.key === 'service.instance.id').value.stringValue;
  const exposition = await (await fetch(`${jaeger.prometheusUrl}/metrics`)).text();
  const received = exposition.split('\n').filter((l) => l.includes(`instance="${instance}"`) && !l.startsWith('#'));
  if (!received.some((l) => l.startsWith('runlens_runs_total'))) throw new Error('the metrics did not reach the Collector');

  const off = median(times.off);
  const on = median(times.on);
  const paired = median(times.on.map((t, i) => t - times.off[i]));
  const overhead = (paired / off) * 100;
  const minOverhead = ((Math.min(...times.on) - Math.min(...times.off)) / Math.min(...times.off)) * 100;
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
  const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)} %`;
  console.log(
    `pipeline: ${STEPS} steps (${CHAINS} chains × ${STEPS / CHAINS}, sleep 0.05 each), concurrency 4, ${ROUNDS} rounds + warm-up`,
  );
  console.log(`machine: ${os.cpus().length} CPUs, load average ${loadAtStart} at start, ${os.loadavg()[0].toFixed(2)} at end`);
  console.log(
    `trace to Jaeger, metrics off   median ${off.toFixed(0)} ms, min ${Math.min(...times.off).toFixed(0)} ms   (runs: ${fmt(times.off)})`,
  );
  console.log(
    `trace to Jaeger, metrics on    median ${on.toFixed(0)} ms, min ${Math.min(...times.on).toFixed(0)} ms   (runs: ${fmt(times.on)})`,
  );
  if (gnuTime)
    console.log(
      `CPU (user+sys, runlens and its steps): off ${median(cpu.off).toFixed(0)} ms, on ${median(cpu.on).toFixed(0)} ms (medians): metrics used ${(median(cpu.on) - median(cpu.off)).toFixed(0)} ms of CPU`,
    );
  console.log(`the Collector serves ${received.length} samples of the last run (runlens_runs_total among them)`);
  console.log(
    `metrics overhead: ${pct(overhead)} wall time (median per-round difference ${paired.toFixed(0)} ms; min vs min ${pct(minOverhead)}; goal < 3 %)`,
  );
  process.exitCode = overhead < 3 ? 0 : 1;
} finally {
  await jaeger.stop();
  rmSync(workspace, { recursive: true, force: true });
}
