// End to end against a real OTLP metrics receiver: Jaeger v2 (an OpenTelemetry Collector build, from
// scripts/install-tools.sh) with a metrics pipeline from its OTLP receiver to the Collector's Prometheus
// exporter. The run's metrics travel over OTLP/HTTP with the trace's endpoint settings, are decoded by the
// Collector and served in the Prometheus format, where the series and their labels are asserted.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Jaeger, startJaeger } from '../support/jaeger.js';
import { type PromSample, metricNamed, parsePrometheusText, readMetricsJsonLines } from '../support/otlp-metrics.js';
import { traceScenario } from '../support/telemetry-scenario.js';

let jaeger: Jaeger;
beforeAll(async () => {
  jaeger = await startJaeger();
}, 90_000);
afterAll(async () => {
  await jaeger?.stop();
});

/** Runs the scenario against the Collector and returns the samples of this run (its service.instance.id). */
async function exportRun(protocol: 'http/protobuf' | 'http/json') {
  const outputDir = await mkdtemp(path.join(os.tmpdir(), 'runlens-metrics-receiver-'));
  const r = await traceScenario({ outputDir, settings: { endpoint: jaeger.otlpUrl, protocol } });
  const file = await readMetricsJsonLines(path.join(outputDir, 'metrics.jsonl'));
  const instance = String(file[0]!.resource['service.instance.id']);
  let samples: PromSample[] = [];
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const text = await (await fetch(`${jaeger.prometheusUrl}/metrics`)).text();
    samples = parsePrometheusText(text).filter((s) => s.labels.instance === instance);
    if (samples.some((s) => s.name === 'runlens_runs_total')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ...r, file, instance, samples };
}

function sample(samples: PromSample[], name: string, labels: Record<string, string>): PromSample {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length !== 1)
    throw new Error(
      `${found.length} samples ${name}${JSON.stringify(labels)}; the run's series: ${[...new Set(samples.map((s) => s.name))].join(', ')}`,
    );
  return found[0]!;
}

describe('metrics in a real OTLP receiver (OpenTelemetry Collector → Prometheus exporter)', () => {
  it('receives the run duration histogram with the CI/CD semantic-convention labels (protobuf)', async () => {
    const { samples, warnings, run } = await exportRun('http/protobuf');
    expect(warnings).toEqual([]);
    const labels = {
      job: 'runlens',
      cicd_pipeline_name: 'payments-api',
      cicd_pipeline_run_state: 'executing',
      cicd_pipeline_result: 'failure',
      error_type: 'step_failed',
    };
    expect(sample(samples, 'cicd_pipeline_run_duration_seconds_count', labels).value).toBe(1);
    expect(sample(samples, 'cicd_pipeline_run_duration_seconds_sum', labels).value).toBeCloseTo(run.durationMs / 1000, 3);
    expect(sample(samples, 'cicd_pipeline_run_duration_seconds_bucket', { ...labels, le: '+Inf' }).value).toBe(1);
  });

  it('receives step durations, step and run counts by result, retries and errors (protobuf)', async () => {
    const { samples } = await exportRun('http/protobuf');
    const task = (name: string, result: string, kind = 'run') => ({
      cicd_pipeline_name: 'payments-api',
      cicd_pipeline_task_name: name,
      cicd_pipeline_task_run_result: result,
      runlens_step_kind: kind,
    });
    expect(sample(samples, 'runlens_step_duration_seconds_count', task('lint', 'failure')).value).toBe(1);
    expect(sample(samples, 'runlens_step_duration_seconds_count', task('deps', 'success', 'deps')).value).toBe(1);
    expect(sample(samples, 'runlens_steps_total', task('docs', 'skip')).value).toBe(1);
    expect(sample(samples, 'runlens_runs_total', { cicd_pipeline_name: 'payments-api', cicd_pipeline_result: 'failure' }).value).toBe(1);
    expect(sample(samples, 'runlens_step_retries_total', { cicd_pipeline_task_name: 'build' }).value).toBe(1);
    expect(sample(samples, 'cicd_pipeline_run_errors_total', { cicd_pipeline_name: 'payments-api', error_type: 'exit_code_3' }).value).toBe(
      1,
    );
  });

  it('carries the resource into target_info: the pipeline run and the repository (JSON)', async () => {
    const { samples, warnings, file } = await exportRun('http/json');
    expect(warnings).toEqual([]);
    const info = sample(samples, 'target_info', { job: 'runlens' });
    expect(info.labels).toMatchObject({
      cicd_pipeline_run_id: '4242',
      vcs_repository_name: 'payments-api',
      service_version: expect.any(String),
    });
    // The same series as the file holds, metric for metric.
    const names = new Set(samples.map((s) => s.name));
    expect(names.has('runlens_steps_total')).toBe(true);
    expect(metricNamed(file, 'runlens.steps').points).toHaveLength(4);
    expect(samples.filter((s) => s.name === 'runlens_steps_total')).toHaveLength(4);
  });

  it('still delivers the trace to the same receiver', async () => {
    const { traceId, warnings } = await exportRun('http/protobuf');
    expect(warnings).toEqual([]);
    const trace = await jaeger.waitForTrace(traceId!, 5);
    expect(trace.spans.map((s) => s.operationName)).toEqual(expect.arrayContaining(['RUN payments-api', 'build', 'lint']));
  });
});
