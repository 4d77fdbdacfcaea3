// Tracing of a run, for the engine: `startRunTrace` before the first step, `trace.end(run)` after
// the last. Tracing never fails or slows a run: every problem becomes a warning that end() returns.
import type { TelemetrySettings } from '../config/schema.js';
import type { PlatformInfo } from '../model/result.js';
import type { RunTrace } from '../model/trace.js';
import { noopTrace } from '../model/trace.js';
import { RUNLENS_VERSION } from '../base/version.js';
import { resourceAttributes } from './resource.js';
import { type Env, type TelemetryOverrides, resolveTelemetry } from './settings.js';
import { deterministicTraceId } from './trace-id.js';

export { TRACE_FILE } from './trace-file.js';
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
  runlensVersion?: string;
}

export async function startRunTrace(opts: StartRunTraceOptions): Promise<RunTrace> {
  let warnings: string[] = [];
  try {
    const telemetry = resolveTelemetry(opts.settings, opts.env, opts.overrides);
    warnings = telemetry.warnings;
    if (opts.mask && telemetry.otlp) {
      for (const [name, value] of Object.entries(telemetry.otlp.headers)) if (isCredentialHeader(name)) maskHeader(value, opts.mask);
      const password = new URL(telemetry.otlp.url).password;
      if (password) opts.mask(decodeURIComponent(password));
    }
    if (!telemetry.file && !telemetry.otlp) return withWarnings(noopTrace, warnings);

    // The OpenTelemetry SDK is a chunk of its own, loaded only when the run is traced.
    const [{ OtelRunTrace }, { contextFromEnv }, otlp] = await Promise.all([
      import('./run-trace.js'),
      import('./propagation.js'),
      telemetry.otlp ? import('./otlp-exporter.js') : undefined,
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
    const runlensVersion = opts.runlensVersion ?? RUNLENS_VERSION;
    return new OtelRunTrace({
      name: opts.name,
      platform: opts.platform,
      outputDir: opts.outputDir,
      telemetry,
      otlpExporter: otlp?.OtlpSpanExporter,
      resource: resourceAttributes({
        pipelineName: opts.name,
        platform: opts.platform,
        serviceName: telemetry.serviceName,
        serviceVersion: runlensVersion,
        userAttributes: telemetry.resourceAttributes,
      }),
      parent: parent.context,
      ...(traceId ? { traceId } : {}),
      startedAt: opts.startedAt ?? new Date(),
      runlensVersion,
      warnings,
    });
  } catch (err) {
    return withWarnings(noopTrace, [...warnings, `Tracing is off for this run: it could not start (${(err as Error).message}).`]);
  }
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
