// The run's metrics, recorded once when the run has ended (after its trace is flushed, so a failed
// trace export counts as a `cicd.system.errors`): metrics.jsonl always, OTLP when asked. Like tracing,
// metrics never fail or slow a run beyond the telemetry timeout: every problem is a warning.
import type { RunResult } from '../model/result.js';
import { type SystemError, exportErrorType, runMeasurements } from './metrics.js';
import { type MetricsEnvelope, metricsRequest, writeMetricsFile } from './metrics-file.js';
import type { MetricsTarget } from './settings.js';

export interface RunMetricsOptions {
  target: MetricsTarget;
  /** Absolute; metrics.jsonl goes here. */
  outputDir: string;
  /** The trace's resource attributes (service, CI/CD, VCS); a per-run service.instance.id is added. */
  resource: Record<string, string>;
  timeoutMs: number;
  runlensVersion: string;
  /** Why the trace did not reach its receiver, if it did not (known once the trace is flushed). */
  traceExport?: () => { url: string; reason: string } | undefined;
}

export async function recordRunMetrics(run: RunResult, opts: RunMetricsOptions): Promise<string[]> {
  const warnings: string[] = [];
  const traceProblem = opts.traceExport?.();
  const systemErrors: SystemError[] = traceProblem ? [{ component: 'trace-exporter', type: exportErrorType(traceProblem.reason) }] : [];
  const measurements = runMeasurements(run, systemErrors);
  const startedAt = Date.parse(run.startedAt);
  const endedAt = Date.parse(run.finishedAt);
  const envelope: MetricsEnvelope = {
    // service.instance.id tells one run's cumulative series from the next run's (the OpenTelemetry spec
    // asks it to be unique per SDK instance: each run is one).
    resource: { 'service.instance.id': randomUuid(), ...opts.resource },
    scope: { name: 'runlens', version: opts.runlensVersion },
    startedAt: Number.isNaN(startedAt) ? Date.now() : startedAt,
    endedAt: Number.isNaN(endedAt) ? Date.now() : Math.max(endedAt, startedAt || 0),
    temporality: opts.target.temporality,
  };

  const otlp = opts.target.otlp;
  let sent: Promise<string | undefined> | undefined;
  if (otlp) {
    if (traceProblem && unreachable(traceProblem.reason) && sameOrigin(traceProblem.url, otlp.url)) {
      // The receiver did not answer the trace: asking it again would only add another timeout to the run.
      warnings.push(
        `Metrics were not sent to ${origin(otlp.url)}: it did not answer the trace export (${traceProblem.reason}). They are in metrics.jsonl.`,
      );
    } else {
      sent = import('./metrics-export.js').then(async ({ collectRunMetrics, exportRunMetrics }) =>
        exportRunMetrics(await collectRunMetrics(measurements, envelope), otlp, opts.timeoutMs, `runlens/${opts.runlensVersion}`),
      );
    }
  }
  if (opts.target.file) {
    try {
      await writeMetricsFile(opts.outputDir, metricsRequest(measurements, envelope));
    } catch (err) {
      warnings.push(`The metrics file could not be written to ${opts.outputDir}: ${(err as Error).message}`);
    }
  }
  if (sent) {
    const problem = await sent.catch((err: unknown) => `Metrics could not be exported: ${(err as Error).message}`);
    if (problem) warnings.push(problem);
  }
  return warnings;
}

/** No HTTP answer at all (refused, timed out, reset, unknown host), rather than an answer saying no. */
function unreachable(reason: string): boolean {
  return !/^HTTP \d{3}\b/.test(reason);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Scheme, host and port: never the credentials a URL may carry. */
function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the OTLP receiver';
  }
}

/**
 * A version-4-shaped UUID from Math.random: unique enough to tell runs apart, and not crypto.randomUUID, whose
 * first call loads node:crypto (~7 ms of a run's start-up; src/base/atomic-write.ts avoids it for the same reason).
 */
function randomUuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
