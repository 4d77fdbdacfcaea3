// Tracing of a run, for the engine: `startRunTrace` before the first step, `trace.end(run)` after
// the last, which also records the run's metrics (run-metrics.ts). Telemetry never fails or slows a
// run: every problem becomes a warning that end() returns.
import type { TelemetrySettings } from '../config/schema.js';
import type { PlatformInfo } from '../model/result.js';
import type { RunTrace } from '../model/trace.js';
import { noopTrace } from '../model/trace.js';
import { RUNLENS_VERSION } from '../base/version.js';
import { resourceAttributes } from './resource.js';
import type { RunMetricsOptions } from './run-metrics.js';
import { type Env, type TelemetryOverrides, resolveTelemetry } from './settings.js';
import { deterministicTraceId } from './trace-id.js';

export { TRACE_FILE } from './trace-file.js';
export { METRICS_FILE } from './metrics-file.js';
export { checkTelemetryOverrides, resolveTelemetry, tracesUrl, type ResolvedTelemetry, type TelemetryOverrides } from './settings.js';
export { traceSummaryMarkdown, traceUrl, type TraceSummaryOptions } from './summary.js';
export { renderTraceWaterfall, type WaterfallOptions } from './waterfall.js';

export interface StartRunTraceOptions {
  /** The pipeline's name (cicd.pipeline.name). */
  name: string;
  platform: PlatformInfo;
  /** The environment runlens was started with: OTEL_* variables, TRACEPARENT / TRACESTATE. */
  env: Env;
  /** Absolute; trace.jsonl goes here. */
  outputDir: string;
  /** runlens.yml's `telemetry:` section, parsed (defaults applied). */
  settings: TelemetrySettings;
  /** When the run began (default: now). */
  startedAt?: Date;
  /** Action inputs / CLI flags; they win over the environment and the file. */
  overrides?: TelemetryOverrides;
  /** Hide a secret (credential header values, the endpoint password) from logs: `platform.mask`. */
  mask?: (secret: string) => void;
  /** The run's redactor: OTEL_RESOURCE_ATTRIBUTES values pass it (a `deploy.token=…` attribute is not sent). */
  redact?: (text: string) => string;
  runlensVersion?: string;
  /** The runner's price per minute (src/report/cost.ts), when known: each step span carries its own cost. */
  cost?: { rate: number; currency: string };
}

export async function startRunTrace(opts: StartRunTraceOptions): Promise<RunTrace> {
  let warnings: string[] = [];
  try {
    const telemetry = resolveTelemetry(opts.settings, opts.env, opts.overrides);
    warnings = telemetry.warnings;
    if (opts.mask) {
      // The trace and the metrics mostly share their headers and endpoint: each secret is masked once.
      const secrets = new Set<string>();
      for (const target of [telemetry.otlp, telemetry.metrics?.otlp]) {
        if (!target) continue;
        for (const [name, value] of Object.entries(target.headers)) if (isCredentialHeader(name)) maskHeader(value, (v) => secrets.add(v));
        const password = new URL(target.url).password;
        if (password) secrets.add(decodeURIComponent(password));
      }
      for (const secret of secrets) opts.mask(secret);
    }
    const runlensVersion = opts.runlensVersion ?? RUNLENS_VERSION;
    const resource = resourceAttributes({
      pipelineName: opts.name,
      platform: opts.platform,
      serviceName: telemetry.serviceName,
      serviceVersion: runlensVersion,
      userAttributes: opts.redact
        ? Object.fromEntries(Object.entries(telemetry.resourceAttributes).map(([k, v]) => [k, typeof v === 'string' ? opts.redact!(v) : v]))
        : telemetry.resourceAttributes,
    });
    const metrics = telemetry.metrics;
    const withRunMetrics = (trace: RunTrace, traceExport?: RunMetricsOptions['traceExport']): RunTrace =>
      metrics
        ? withMetrics(trace, {
            target: metrics,
            outputDir: opts.outputDir,
            resource,
            timeoutMs: telemetry.timeoutMs,
            runlensVersion,
            ...(traceExport ? { traceExport } : {}),
          })
        : trace;
    if (!telemetry.file && !telemetry.otlp) return withRunMetrics(withWarnings(noopTrace, warnings));

    // Tracing is a chunk of its own, loaded only when the run is traced; the SDK only when spans go over OTLP.
    const [{ OtelRunTrace }, { contextFromEnv }, otlp, sdk] = await Promise.all([
      import('./run-trace.js'),
      import('./propagation.js'),
      telemetry.otlp ? import('./otlp-exporter.js') : undefined,
      // Only spans that leave the process need the SDK; trace.jsonl alone is recorded without it.
      telemetry.otlp ? import('./sdk-provider.js') : undefined,
    ]);
    const parent = contextFromEnv(opts.env);
    if (parent.warning) warnings.push(parent.warning);
    let traceId: string | undefined;
    // A TRACEPARENT from the caller wins: the run then belongs to the caller's trace.
    if (telemetry.deterministicTraceId && !opts.env.TRACEPARENT?.trim()) {
      traceId = deterministicTraceId(opts.platform);
      if (!traceId)
        warnings.push(
          'telemetry.deterministic-trace-id is on, but this platform has no CI run id to derive it from; the trace id is random.',
        );
    }
    const trace = new OtelRunTrace({
      name: opts.name,
      platform: opts.platform,
      outputDir: opts.outputDir,
      telemetry,
      otlpExporter: otlp?.OtlpSpanExporter,
      ...(sdk ? { sdk } : {}),
      resource,
      parent: parent.context,
      ...(traceId ? { traceId } : {}),
      startedAt: opts.startedAt ?? new Date(),
      runlensVersion,
      warnings,
      ...(opts.cost ? { cost: opts.cost } : {}),
    });
    return withRunMetrics(trace, telemetry.otlp ? () => trace.exportProblem : undefined);
  } catch (err) {
    return withWarnings(noopTrace, [...warnings, `Tracing is off for this run: it could not start (${(err as Error).message}).`]);
  }
}

/** The trace, whose end() then records the run's metrics: after the trace is flushed, so a failed trace export counts. */
function withMetrics(trace: RunTrace, opts: RunMetricsOptions): RunTrace {
  // Loaded while the steps run, not after them: the metrics SDK alone is ~15 ms of module evaluation that
  // would otherwise lengthen the end of every run that exports metrics over OTLP.
  const recorder = import('./run-metrics.js');
  recorder.catch(() => undefined);
  if (opts.target.otlp) import('./metrics-export.js').catch(() => undefined);
  return {
    get traceId() {
      return trace.traceId;
    },
    step: (id, kind) => trace.step(id, kind),
    recordPhase: (name, phase) => trace.recordPhase?.(name, phase),
    end: async (run) => {
      const metrics = async (): Promise<string[]> => {
        try {
          const { recordRunMetrics } = await recorder;
          return await recordRunMetrics(run, opts);
        } catch (err) {
          return [`Metrics could not be recorded: ${(err as Error).message}`];
        }
      };
      // Only a trace that goes to a receiver can fail to arrive: then the metrics wait for its flush to count
      // the failure; a trace kept in the file is written while the metrics are.
      if (opts.traceExport) return [...(await trace.end(run)), ...(await metrics())];
      const [traceWarnings, metricsWarnings] = await Promise.all([trace.end(run), metrics()]);
      return [...traceWarnings, ...metricsWarnings];
    },
  };
}

function withWarnings(trace: RunTrace, warnings: string[]): RunTrace {
  if (warnings.length === 0) return trace;
  return { step: (id, kind) => trace.step(id, kind), end: async (run) => [...warnings, ...(await trace.end(run))] };
}

/**
 * Headers that carry credentials. Only these are masked: masking every value (an organisation name,
 * a tenant id) would hide ordinary words all over the job log.
 */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

// Words that name a credential, plus Honeycomb's team header, whose value is its API key.
const CREDENTIAL_HEADER = /auth|token|key|secret|passw|cookie|credential|signature|^x-honeycomb-team$/i;

/** `Bearer abc` → masks `Bearer abc` and `abc`, since logs may show either. */
function maskHeader(value: string, mask: (secret: string) => void): void {
  if (!value) return;
  mask(value);
  const credential = value.match(/^\S+\s+(\S.*)$/)?.[1];
  if (credential) mask(credential);
}
