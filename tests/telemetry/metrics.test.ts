import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { telemetrySchema } from '../../src/config/schema.js';
import { INSTRUMENTS, runMeasurements } from '../../src/telemetry/metrics.js';
import { collectRunMetrics } from '../../src/telemetry/metrics-export.js';
import { type MetricsEnvelope, metricsRequest } from '../../src/telemetry/metrics-file.js';
import { resolveTelemetry } from '../../src/telemetry/settings.js';
import { type FlatMetric, flattenMetricsRequest, metricNamed, readMetricsJsonLines } from '../support/otlp-metrics.js';
import { finding, run as runResult, step } from '../support/run-result.js';
import { traceScenario } from '../support/telemetry-scenario.js';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'runlens-metrics-'));
}

async function scenarioMetrics(settings: Record<string, unknown> = {}, env: Record<string, string> = {}) {
  const outputDir = await tempDir();
  const result = await traceScenario({ outputDir, settings, env });
  const file = path.join(outputDir, 'metrics.jsonl');
  return { ...result, outputDir, file, metrics: existsSync(file) ? await readMetricsJsonLines(file) : undefined };
}

const points = (metrics: FlatMetric[], name: string) => metricNamed(metrics, name).points;

describe('metrics.jsonl of a run', () => {
  it('holds cicd.pipeline.run.duration as a histogram in seconds, by pipeline, state, result and error.type', async () => {
    const { metrics, run } = await scenarioMetrics();
    const duration = metricNamed(metrics!, 'cicd.pipeline.run.duration');
    expect(duration).toMatchObject({ kind: 'histogram', unit: 's', temporality: 2 });
    expect(duration.points).toHaveLength(1);
    expect(duration.points[0]!.attributes).toEqual({
      'cicd.pipeline.name': 'payments-api',
      'cicd.pipeline.run.state': 'executing',
      'cicd.pipeline.result': 'failure',
      'error.type': 'step_failed',
    });
    expect(duration.points[0]!.value).toBe(1);
    expect(duration.points[0]!.sum).toBeCloseTo(run.durationMs / 1000, 6);
    expect(duration.points[0]!.time - duration.points[0]!.start).toBe(BigInt(run.durationMs) * 1_000_000n);
  });

  it('records each step that ran in runlens.step.duration by task and result, and counts every step by result', async () => {
    const { metrics } = await scenarioMetrics();
    const byTask = (name: string) =>
      Object.fromEntries(
        points(metrics!, name).map((p) => [p.attributes['cicd.pipeline.task.name'], p.attributes['cicd.pipeline.task.run.result']]),
      );
    expect(byTask('runlens.step.duration')).toEqual({ build: 'success', deps: 'success', lint: 'failure' });
    expect(byTask('runlens.steps')).toEqual({ build: 'success', deps: 'success', lint: 'failure', docs: 'skip' });
    expect(points(metrics!, 'runlens.steps').find((p) => p.attributes['cicd.pipeline.task.name'] === 'deps')!.attributes).toEqual({
      'cicd.pipeline.name': 'payments-api',
      'cicd.pipeline.task.name': 'deps',
      'cicd.pipeline.task.run.result': 'success',
      'runlens.step.kind': 'deps',
    });
  });

  it('counts the run by result, the failed step as a cicd.pipeline.run.errors and the retry of build', async () => {
    const { metrics } = await scenarioMetrics();
    expect(points(metrics!, 'runlens.runs').map((p) => [p.attributes, p.value])).toEqual([
      [{ 'cicd.pipeline.name': 'payments-api', 'cicd.pipeline.result': 'failure' }, 1],
    ]);
    expect(points(metrics!, 'cicd.pipeline.run.errors').map((p) => [p.attributes, p.value])).toEqual([
      [{ 'cicd.pipeline.name': 'payments-api', 'error.type': 'exit_code_3' }, 1],
    ]);
    expect(points(metrics!, 'runlens.step.retries').map((p) => [p.attributes['cicd.pipeline.task.name'], p.value])).toEqual([['build', 1]]);
    expect(metrics!.map((m) => m.name)).not.toContain('cicd.system.errors');
  });

  it('carries the trace resource (pipeline, repository, revision) and a service.instance.id of its own', async () => {
    const { metrics } = await scenarioMetrics();
    const resource = metrics![0]!.resource;
    expect(resource).toMatchObject({
      'service.name': 'runlens',
      'cicd.pipeline.name': 'payments-api',
      'cicd.pipeline.run.id': '4242',
      'vcs.repository.name': 'payments-api',
      'vcs.ref.head.revision': '0123456789abcdef0123456789abcdef01234567',
    });
    expect(resource['service.instance.id']).toMatch(/^[0-9a-f-]{36}$/);
    const again = await scenarioMetrics();
    expect(again.metrics![0]!.resource['service.instance.id']).not.toBe(resource['service.instance.id']);
  });

  it('writes delta sums and histograms when OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE asks', async () => {
    const { metrics } = await scenarioMetrics({}, { OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE: 'delta' });
    expect(metricNamed(metrics!, 'cicd.pipeline.run.duration').temporality).toBe(1);
    expect(metricNamed(metrics!, 'runlens.runs').temporality).toBe(1);
  });

  it('writes no metrics.jsonl with telemetry.metrics: false, and still the trace', async () => {
    const r = await scenarioMetrics({ metrics: false });
    expect(r.metrics).toBeUndefined();
    expect(existsSync(path.join(r.outputDir, 'trace.jsonl'))).toBe(true);
  });

  it('lets OTEL_METRICS_EXPORTER=none turn metrics off, and OTEL_METRICS_EXPORTER=file turn them on over the file setting', async () => {
    expect((await scenarioMetrics({}, { OTEL_METRICS_EXPORTER: 'none' })).metrics).toBeUndefined();
    expect((await scenarioMetrics({ metrics: false }, { OTEL_METRICS_EXPORTER: 'file' })).metrics).toBeDefined();
  });

  it('writes no metrics when telemetry is off (exporter none)', async () => {
    expect((await scenarioMetrics({ exporter: 'none' })).metrics).toBeUndefined();
  });

  it('records metrics even when the trace is off, if OTEL_METRICS_EXPORTER asks', async () => {
    const r = await scenarioMetrics({}, { OTEL_TRACES_EXPORTER: 'none', OTEL_METRICS_EXPORTER: 'file' });
    expect(existsSync(path.join(r.outputDir, 'trace.jsonl'))).toBe(false);
    expect(metricNamed(r.metrics!, 'runlens.runs').points).toHaveLength(1);
  });
});

describe('the measurements of a run', () => {
  it('counts findings by severity and by the tool that reported them', () => {
    const scan = step({
      id: 'scan',
      findings: [finding({ severity: 'high' }), finding({ severity: 'high' }), finding({ severity: 'low', tool: 'gitleaks' })],
    });
    const found = runMeasurements(runResult({ steps: [scan] })).filter((m) => m.instrument === INSTRUMENTS.findings);
    const request = flattenMetricsRequest(metricsRequest(found, envelope()));
    expect(points(request, 'runlens.findings').map((p) => [p.attributes, p.value])).toEqual([
      [{ 'cicd.pipeline.name': 'payments-api', 'runlens.finding.severity': 'high', 'runlens.finding.tool': 'semgrep' }, 2],
      [{ 'cicd.pipeline.name': 'payments-api', 'runlens.finding.severity': 'low', 'runlens.finding.tool': 'gitleaks' }, 1],
    ]);
  });

  it("exports each step's cost and billed minutes when the run has a cost, and none when it has not", () => {
    const steps = [
      step({ id: 'build', cost: { minutes: 1.5, amount: 0.012, currency: 'USD' } }),
      step({ id: 'test', cost: { minutes: 0.5, amount: 0.004, currency: 'USD' } }),
    ];
    const metrics = flattenMetricsRequest(metricsRequest(runMeasurements(runResult({ steps })), envelope()));
    expect(metricNamed(metrics, 'runlens.cost').points.map((p) => [p.attributes, p.value])).toEqual([
      [{ 'cicd.pipeline.name': 'payments-api', 'cicd.pipeline.task.name': 'build', 'runlens.cost.currency': 'USD' }, 0.012],
      [{ 'cicd.pipeline.name': 'payments-api', 'cicd.pipeline.task.name': 'test', 'runlens.cost.currency': 'USD' }, 0.004],
    ]);
    expect(metricNamed(metrics, 'runlens.cost.minutes').points.map((p) => p.value)).toEqual([1.5, 0.5]);
    const free = runMeasurements(runResult({ steps: [step({ id: 'build' })] }));
    expect(free.map((m) => m.instrument.name)).not.toContain('runlens.cost');
  });

  it("exports a step's CPU time by mode and its peak memory from its usage", () => {
    const usage = { cpuUserSeconds: 2.5, cpuSystemSeconds: 0.25, peakRssBytes: 104_857_600, stdoutBytes: 10, stderrBytes: 0 };
    const metrics = flattenMetricsRequest(metricsRequest(runMeasurements(runResult({ steps: [step({ id: 'test', usage })] })), envelope()));
    expect(metricNamed(metrics, 'runlens.step.cpu.time').points.map((p) => [p.attributes['cpu.mode'], p.value])).toEqual([
      ['user', 2.5],
      ['system', 0.25],
    ]);
    const memory = metricNamed(metrics, 'runlens.step.memory.peak');
    expect(memory).toMatchObject({ kind: 'gauge', unit: 'By' });
    expect(memory.points.map((p) => [p.attributes['cicd.pipeline.task.name'], p.value])).toEqual([['test', 104_857_600]]);
  });

  it('leaves steps replayed from the cache out of durations and usage, but counts them', () => {
    const usage = { cpuUserSeconds: 1, cpuSystemSeconds: 1, peakRssBytes: 1, stdoutBytes: 0, stderrBytes: 0 };
    const names = runMeasurements(runResult({ steps: [step({ id: 'build', cached: true, usage })] })).map((m) => m.instrument.name);
    expect(names).toContain('runlens.steps');
    expect(names).not.toContain('runlens.step.duration');
    expect(names).not.toContain('runlens.step.cpu.time');
  });

  it('names the findings gate and an exceeded budget as the error.type of a failed run', () => {
    const gated = runMeasurements(runResult({ steps: [step({ findings: [finding({ severity: 'critical' })] })] }));
    expect(gated.find((m) => m.instrument === INSTRUMENTS.runDuration)!.attributes['error.type']).toBe('gate_failed');
    expect(gated.filter((m) => m.instrument === INSTRUMENTS.runErrors).map((m) => m.attributes['error.type'])).toEqual(['gate_failed']);
    const budget = { onExceed: 'fail' as const, exceeded: true, reason: 'over', maxMinutes: 1 };
    const dear = runMeasurements(runResult({ status: 'failed', budget }));
    expect(dear.find((m) => m.instrument === INSTRUMENTS.runDuration)!.attributes['error.type']).toBe('budget_exceeded');
  });

  it('counts a trace export failure as a cicd.system.errors of the trace exporter', () => {
    const measured = runMeasurements(runResult(), [{ component: 'trace-exporter', type: '404' }]);
    expect(measured.filter((m) => m.instrument === INSTRUMENTS.systemErrors).map((m) => m.attributes)).toEqual([
      { 'cicd.system.component': 'trace-exporter', 'error.type': '404' },
    ]);
  });
});

describe('metrics.jsonl and the metrics SDK', () => {
  // A run with every kind of instrument, and values on bucket bounds (a bound's bucket is upper-inclusive).
  const rich = runResult({
    steps: [
      step({
        id: 'build',
        durationMs: 1000,
        usage: { cpuUserSeconds: 1, cpuSystemSeconds: 0, peakRssBytes: 2048, stdoutBytes: 0, stderrBytes: 0 },
      }),
      step({ id: 'test', durationMs: 30_000, status: 'failed', cost: { minutes: 1, amount: 0.008, currency: 'USD' } }),
      step({ id: 'lint', durationMs: 7_200_001, findings: [finding(), finding({ severity: 'medium' })] }),
      step({ id: 'docs', status: 'skipped' }),
      step({
        id: 'flaky',
        durationMs: 450,
        attempts: [1, 2, 3].map((attempt) => ({
          attempt,
          startedAt: '2026-11-22T01:02:03.456Z',
          durationMs: 150,
          exitCode: 0,
          signal: null,
          status: 'passed' as const,
        })),
      }),
    ],
  });

  for (const temporality of ['cumulative', 'delta'] as const) {
    it(`writes the same request the SDK aggregates and serializes (${temporality})`, async () => {
      const measurements = runMeasurements(rich, [{ component: 'trace-exporter', type: 'ECONNREFUSED' }]);
      const env = envelope(temporality);
      const viaSdk = JSON.parse(
        new TextDecoder().decode(JsonMetricsSerializer.serializeRequest(await collectRunMetrics(measurements, env))),
      );
      expect(metricsRequest(measurements, env)).toEqual(viaSdk);
      expect(new Set(viaSdk.resourceMetrics[0].scopeMetrics[0].metrics.map((m: { name: string }) => m.name))).toEqual(
        new Set(Object.values(INSTRUMENTS).map((i) => i.name)),
      );
    });
  }
});

describe('metrics settings', () => {
  const resolve = (settings: Record<string, unknown>, env: Record<string, string> = {}, overrides = {}) =>
    resolveTelemetry(telemetrySchema.parse(settings), env, overrides);

  it('sends metrics to the trace endpoint with /v1/metrics, with the same headers and protocol', () => {
    const t = resolve({ endpoint: 'http://collector:4318', protocol: 'http/json', headers: { 'x-team': 'ci' } });
    expect(t.otlp?.url).toBe('http://collector:4318/v1/traces');
    expect(t.metrics).toEqual({
      file: true,
      temporality: 'cumulative',
      otlp: { url: 'http://collector:4318/v1/metrics', protocol: 'http/json', headers: { 'x-team': 'ci' }, compression: 'none' },
    });
  });

  it('keeps metrics in the file when the trace stays in the file', () => {
    expect(resolve({})).toMatchObject({ file: true, metrics: { file: true, temporality: 'cumulative' } });
    expect(resolve({}).metrics?.otlp).toBeUndefined();
  });

  it('takes the OTEL_EXPORTER_OTLP_METRICS_* variables for metrics only', () => {
    const t = resolve(
      {},
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://prometheus:9090/api/v1/otlp/v1/metrics',
        OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'x-scope-orgid=team-a',
        OTEL_EXPORTER_OTLP_METRICS_PROTOCOL: 'http/json',
      },
    );
    expect(t.otlp).toMatchObject({ url: 'http://collector:4318/v1/traces', protocol: 'http/protobuf', headers: {} });
    expect(t.metrics?.otlp).toMatchObject({
      url: 'http://prometheus:9090/api/v1/otlp/v1/metrics',
      protocol: 'http/json',
      headers: { 'x-scope-orgid': 'team-a' },
    });
  });

  it('follows the otel-endpoint input like the trace does', () => {
    expect(resolve({}, {}, { endpoint: 'http://jaeger:4318' }).metrics?.otlp?.url).toBe('http://jaeger:4318/v1/metrics');
  });

  it('exports metrics over OTLP while the trace stays in the file when OTEL_METRICS_EXPORTER=otlp', () => {
    const t = resolve(
      {},
      { OTEL_TRACES_EXPORTER: 'file', OTEL_METRICS_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://prometheus:9090/api/v1/otlp' },
    );
    expect(t.otlp).toBeUndefined();
    expect(t.metrics?.otlp?.url).toBe('http://prometheus:9090/api/v1/otlp/v1/metrics');
  });

  it('warns about an exporter or temporality it does not know, and goes on', () => {
    const t = resolve({}, { OTEL_METRICS_EXPORTER: 'prometheus', OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE: 'weekly' });
    expect(t.metrics).toMatchObject({ file: true, temporality: 'cumulative' });
    expect(t.warnings).toEqual([
      'OTEL_METRICS_EXPORTER: "prometheus" is not a metrics exporter runlens has; use file, otlp or none.',
      'OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE: "weekly" is not cumulative, delta or lowmemory; using cumulative.',
    ]);
  });

  it('turns metrics off with OTEL_SDK_DISABLED', () => {
    expect(resolve({}, { OTEL_SDK_DISABLED: 'true', OTEL_METRICS_EXPORTER: 'otlp' }).metrics).toBeUndefined();
  });
});

describe('the README', () => {
  it('lists every metric runlens exports, with its instrument and unit', async () => {
    const readme = await readFile(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    for (const i of Object.values(INSTRUMENTS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${i.name}\` |`));
      expect(row, `README row for ${i.name}`).toBeDefined();
      expect(row).toContain(`| ${i.kind} |`);
      expect(row).toContain(`\`${i.unit}\``);
    }
  });
});

function envelope(temporality: MetricsEnvelope['temporality'] = 'cumulative'): MetricsEnvelope {
  return {
    resource: { 'service.name': 'runlens', 'cicd.pipeline.name': 'payments-api' },
    scope: { name: 'runlens', version: '0.1.0' },
    startedAt: Date.parse('2026-11-22T01:02:03.456Z'),
    endedAt: Date.parse('2026-11-22T01:04:05.789Z'),
    temporality,
  };
}
