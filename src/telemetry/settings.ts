// Where the trace goes, from three sources. Precedence, as everywhere in runlens: action inputs / CLI
// flags > environment > runlens.yml > defaults. The environment is the standard OTEL_* variables
// (https://opentelemetry.io/docs/specs/otel/protocol/exporter/): setting them is the user's explicit
// choice, so they win over the file.
import type { TelemetrySettings } from '../config/schema.js';
import { OTLP_PROTOCOLS, TRACE_EXPORTERS } from '../config/schema.js';
import { UsageError } from '../base/errors.js';

export type Env = Record<string, string | undefined>;
export type OtlpProtocol = (typeof OTLP_PROTOCOLS)[number];
type ExporterName = (typeof TRACE_EXPORTERS)[number];

/**
 * Action inputs or CLI flags, as typed. An empty string means "not given" (what `core.getInput`
 * returns for an absent input), so inputs can be passed through unchanged.
 */
export interface TelemetryOverrides {
  /** `otel-exporter`: `file`, `otlp`, `none`, or a comma list, as OTEL_TRACES_EXPORTER. */
  exporter?: string;
  /** `otel-endpoint`: OTLP/HTTP base URL; `/v1/traces` is appended unless present. */
  endpoint?: string;
  /** `otel-protocol`: `http/protobuf` or `http/json`. */
  protocol?: string;
  /** `otel-headers`: `key=value,key2=value2`, as OTEL_EXPORTER_OTLP_HEADERS (values may be %-encoded). */
  headers?: string;
  /** `trace-url-template`: e.g. `https://jaeger.example.com/trace/{traceId}`. */
  urlTemplate?: string;
}

export interface OtlpTarget {
  /** The full traces URL, `/v1/traces` included. */
  url: string;
  protocol: OtlpProtocol;
  headers: Record<string, string>;
  compression: 'gzip' | 'none';
}

export type MetricsTemporality = 'cumulative' | 'delta';

/** Where the run's metrics go (src/telemetry/metrics.ts); absent from ResolvedTelemetry when metrics are off. */
export interface MetricsTarget {
  /** Write `<output-dir>/metrics.jsonl`. */
  file: boolean;
  /** The full metrics URL, `/v1/metrics` included. */
  otlp?: OtlpTarget;
  /** OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE; cumulative unless asked (what Prometheus accepts). */
  temporality: MetricsTemporality;
}

export interface ResolvedTelemetry {
  /** Write `<output-dir>/trace.jsonl`. */
  file: boolean;
  otlp?: OtlpTarget;
  metrics?: MetricsTarget;
  /** The most time exporting may add to the end of the run. */
  timeoutMs: number;
  urlTemplate?: string;
  deterministicTraceId: boolean;
  serviceName: string;
  /** From OTEL_RESOURCE_ATTRIBUTES, already decoded. */
  resourceAttributes: Record<string, string>;
  /** Problems with the settings, in sentences; tracing goes on without the offending value. */
  warnings: string[];
}

/**
 * Action inputs and CLI flags are what the user typed for this run: a value runlens cannot use is a usage
 * error (exit 2) naming what was given and what is accepted. The same mistake in an OTEL_* variable, set
 * machine-wide and shared with other tools, stays a warning, as the OpenTelemetry spec asks.
 */
export function checkTelemetryOverrides(overrides: TelemetryOverrides, door: 'cli' | 'action'): void {
  const name = (input: string) => (door === 'cli' ? `--${input}` : `input "${input}"`);
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const problems: string[] = [];
  const exporter = given(overrides.exporter);
  if (exporter !== undefined) {
    const unknown = exporter
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '' && !(TRACE_EXPORTERS as readonly string[]).includes(n.toLowerCase()));
    if (unknown.length > 0 || exporter.split(',').every((n) => n.trim() === ''))
      problems.push(
        `${name('otel-exporter')}: ${JSON.stringify(exporter)} is not a list of trace exporters; use ${TRACE_EXPORTERS.join(', ')}, or a comma list of them`,
      );
  }
  const endpoint = given(overrides.endpoint);
  if (endpoint !== undefined && !isHttpUrl(endpoint))
    problems.push(
      `${name('otel-endpoint')}: ${JSON.stringify(endpoint)} is not an http(s) URL; give the OTLP/HTTP base URL, e.g. http://localhost:4318`,
    );
  const protocol = given(overrides.protocol);
  if (protocol !== undefined && !(OTLP_PROTOCOLS as readonly string[]).includes(protocol))
    problems.push(
      `${name('otel-protocol')}: ${JSON.stringify(protocol)} is not an OTLP protocol runlens speaks; use ${OTLP_PROTOCOLS.join(' or ')}`,
    );
  const headers = given(overrides.headers);
  if (headers !== undefined) {
    const warnings: string[] = [];
    parseKeyValues(headers, name('otel-headers'), warnings, true);
    // The warnings keep values out (they may be tokens): they name the entry only as "…" or by key.
    for (const w of warnings)
      problems.push(`${w.replace(/; it was ignored\.$/, '')}; give key=value pairs separated by commas, values %-encoded`);
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
}

const DEFAULT_ENDPOINT = 'http://localhost:4318';
const TRACES_PATH = '/v1/traces';
const METRICS_PATH = '/v1/metrics';

export function resolveTelemetry(settings: TelemetrySettings, env: Env, overrides: TelemetryOverrides = {}): ResolvedTelemetry {
  const warnings: string[] = [];
  const given = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);
  const fromEnv = (name: string): string | undefined => given(env[name]);

  // Endpoint: the signal-specific variable is used as is; the generic one is a base URL.
  const endpointInput = given(overrides.endpoint);
  const endpoint: { url: string; from: string } | undefined = endpointInput
    ? { url: tracesUrl(endpointInput), from: 'the otel-endpoint input' }
    : fromEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')
      ? { url: fromEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')!, from: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' }
      : fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT')
        ? { url: tracesUrl(fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT')!), from: 'OTEL_EXPORTER_OTLP_ENDPOINT' }
        : settings.endpoint
          ? { url: tracesUrl(settings.endpoint), from: 'telemetry.endpoint' }
          : undefined;

  let exporters: Set<ExporterName>;
  const exporterInput = given(overrides.exporter);
  if (exporterInput) {
    exporters = parseExporters(exporterInput, 'the otel-exporter input', warnings);
  } else if (fromEnv('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') {
    exporters = new Set(['none']);
  } else if (fromEnv('OTEL_TRACES_EXPORTER')) {
    exporters = parseExporters(fromEnv('OTEL_TRACES_EXPORTER')!, 'OTEL_TRACES_EXPORTER', warnings);
  } else if (settings.exporter) {
    exporters = new Set(settings.exporter);
  } else {
    // Naming an endpoint anywhere says "send it there"; without one the file keeps the trace.
    exporters = new Set(endpoint ? ['file', 'otlp'] : ['file']);
  }
  const none = exporters.has('none');

  let otlp: OtlpTarget | undefined;
  if (!none && exporters.has('otlp')) {
    const url = endpoint?.url ?? tracesUrl(DEFAULT_ENDPOINT);
    if (isHttpUrl(url)) {
      otlp = {
        url,
        ...otlpOptions('TRACES', settings, fromEnv, overrides, warnings),
      };
    } else {
      warnings.push(
        `The OTLP endpoint "${url}" from ${endpoint?.from ?? 'the default'} is not an http(s) URL, so the trace is not exported over OTLP; set it to e.g. http://localhost:4318.`,
      );
    }
  }

  const metrics = resolveMetrics(settings, fromEnv, overrides, { exporters: none ? new Set(['none']) : exporters, otlp: !!otlp }, warnings);
  const resourceAttributes = parseKeyValues(fromEnv('OTEL_RESOURCE_ATTRIBUTES'), 'OTEL_RESOURCE_ATTRIBUTES', warnings);
  const urlTemplate = given(overrides.urlTemplate) ?? settings['url-template'];
  if (urlTemplate !== undefined && !urlTemplate.includes('{traceId}')) {
    warnings.push(`The trace URL template "${urlTemplate}" has no {traceId} placeholder, so every run would link to the same page.`);
  }
  return {
    // The file is the run's own record of its trace, whatever else is configured.
    file: !none,
    ...(otlp ? { otlp } : {}),
    ...(metrics ? { metrics } : {}),
    timeoutMs: resolveTimeout(fromEnv, settings.timeout, warnings),
    ...(urlTemplate !== undefined ? { urlTemplate } : {}),
    deterministicTraceId: settings['deterministic-trace-id'],
    serviceName: fromEnv('OTEL_SERVICE_NAME') ?? resourceAttributes['service.name'] ?? 'runlens',
    resourceAttributes,
    warnings,
  };
}

/** `http://collector:4318` → `http://collector:4318/v1/traces`; a URL that already ends so is kept. */
export function tracesUrl(base: string): string {
  return signalUrl(base, TRACES_PATH);
}

/** `http://collector:4318` → `http://collector:4318/v1/metrics`; a URL that already ends so is kept. */
export function metricsUrl(base: string): string {
  return signalUrl(base, METRICS_PATH);
}

function signalUrl(base: string, signalPath: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return base;
  }
  if (!url.pathname.endsWith(signalPath)) url.pathname = url.pathname.replace(/\/?$/, signalPath);
  return url.toString();
}

type Signal = 'TRACES' | 'METRICS';

/** Protocol, headers and compression of one signal: the signal's own OTEL_EXPORTER_OTLP_<SIGNAL>_* variables beat the generic ones. */
function otlpOptions(
  signal: Signal,
  settings: TelemetrySettings,
  fromEnv: (name: string) => string | undefined,
  overrides: TelemetryOverrides,
  warnings: string[],
): Omit<OtlpTarget, 'url'> {
  const given = overrides.headers?.trim() ? overrides.headers.trim() : undefined;
  const protocolInput = overrides.protocol?.trim() ? overrides.protocol.trim() : undefined;
  return {
    protocol: resolveProtocol(signal, protocolInput, fromEnv, settings.protocol, warnings),
    headers: {
      ...settings.headers,
      ...parseHeaders(fromEnv('OTEL_EXPORTER_OTLP_HEADERS'), 'OTEL_EXPORTER_OTLP_HEADERS', warnings),
      ...parseHeaders(fromEnv(`OTEL_EXPORTER_OTLP_${signal}_HEADERS`), `OTEL_EXPORTER_OTLP_${signal}_HEADERS`, warnings),
      ...parseHeaders(given, 'the otel-headers input', warnings),
    },
    compression: resolveCompression(signal, fromEnv, warnings),
  };
}

/**
 * Metrics go where the trace goes (metrics.jsonl beside trace.jsonl, OTLP to the same receiver's
 * `/v1/metrics`), unless `telemetry.metrics: false`; OTEL_METRICS_EXPORTER, the standard variable,
 * chooses on its own (env beats the file). Warnings from the shared settings were already given once
 * for the trace; only what is the metrics' own warns here.
 */
function resolveMetrics(
  settings: TelemetrySettings,
  fromEnv: (name: string) => string | undefined,
  overrides: TelemetryOverrides,
  trace: { exporters: Set<ExporterName>; otlp: boolean },
  warnings: string[],
): MetricsTarget | undefined {
  if (fromEnv('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return undefined;
  let exporters: Set<ExporterName>;
  const fromVariable = fromEnv('OTEL_METRICS_EXPORTER');
  if (fromVariable) {
    exporters = new Set();
    for (const raw of fromVariable.split(',')) {
      const name = raw.trim().toLowerCase();
      if (!name) continue;
      if ((TRACE_EXPORTERS as readonly string[]).includes(name)) exporters.add(name as ExporterName);
      else warnings.push(`OTEL_METRICS_EXPORTER: "${name}" is not a metrics exporter runlens has; use file, otlp or none.`);
    }
    if (exporters.size === 0) exporters.add('file');
  } else if (!settings.metrics) {
    return undefined;
  } else {
    exporters = trace.exporters;
  }
  if (exporters.has('none')) return undefined;

  let otlp: OtlpTarget | undefined;
  if (exporters.has('otlp')) {
    const input = overrides.endpoint?.trim() ? overrides.endpoint.trim() : undefined;
    const url = input
      ? metricsUrl(input)
      : (fromEnv('OTEL_EXPORTER_OTLP_METRICS_ENDPOINT') ??
        metricsUrl(fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT') ?? settings.endpoint ?? DEFAULT_ENDPOINT));
    // Problems with the settings the trace shares were reported for the trace already: say them once.
    if (isHttpUrl(url)) {
      const own: string[] = [];
      otlp = { url, ...otlpOptions('METRICS', settings, fromEnv, overrides, own) };
      warnings.push(...(trace.otlp ? own.filter((w) => w.includes('_METRICS_')) : own));
    } else if (fromEnv('OTEL_EXPORTER_OTLP_METRICS_ENDPOINT') && !input) {
      warnings.push(
        `OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: "${url}" is not an http(s) URL, so metrics are not exported over OTLP; set it to e.g. http://localhost:4318/v1/metrics.`,
      );
    }
  }
  return { file: true, ...(otlp ? { otlp } : {}), temporality: resolveTemporality(fromEnv, warnings) };
}

function resolveTemporality(fromEnv: (name: string) => string | undefined, warnings: string[]): MetricsTemporality {
  const name = 'OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE';
  const value = fromEnv(name)?.toLowerCase();
  if (value === undefined || value === 'cumulative') return 'cumulative';
  // lowmemory is delta for counters and histograms, the only kinds runlens records as sums.
  if (value === 'delta' || value === 'lowmemory') return 'delta';
  warnings.push(`${name}: "${value}" is not cumulative, delta or lowmemory; using cumulative.`);
  return 'cumulative';
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function parseExporters(text: string, from: string, warnings: string[]): Set<ExporterName> {
  const names = new Set<ExporterName>();
  for (const raw of text.split(',')) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    if ((TRACE_EXPORTERS as readonly string[]).includes(name)) names.add(name as ExporterName);
    else warnings.push(`${from}: "${name}" is not a trace exporter runlens has; use file, otlp or none.`);
  }
  // A list of only unknown names falls back to the default: the trace still lands in the file.
  return names.size > 0 ? names : new Set(['file']);
}

function resolveProtocol(
  signal: Signal,
  input: string | undefined,
  fromEnv: (name: string) => string | undefined,
  fallback: OtlpProtocol,
  warnings: string[],
): OtlpProtocol {
  const candidates: [string | undefined, string][] = [
    [input, 'the otel-protocol input'],
    [fromEnv(`OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`), `OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`],
    [fromEnv('OTEL_EXPORTER_OTLP_PROTOCOL'), 'OTEL_EXPORTER_OTLP_PROTOCOL'],
  ];
  for (const [value, from] of candidates) {
    if (value === undefined) continue;
    if ((OTLP_PROTOCOLS as readonly string[]).includes(value)) return value as OtlpProtocol;
    const hint = value === 'grpc' ? " runlens exports OTLP over HTTP; point the endpoint at the receiver's HTTP port (usually 4318)." : '';
    warnings.push(`${from}: "${value}" is not a supported OTLP protocol, using http/protobuf.${hint}`);
    return 'http/protobuf';
  }
  return fallback;
}

function resolveCompression(signal: Signal, fromEnv: (name: string) => string | undefined, warnings: string[]): 'gzip' | 'none' {
  const name = fromEnv(`OTEL_EXPORTER_OTLP_${signal}_COMPRESSION`)
    ? `OTEL_EXPORTER_OTLP_${signal}_COMPRESSION`
    : 'OTEL_EXPORTER_OTLP_COMPRESSION';
  const value = fromEnv(name)?.toLowerCase();
  if (value === undefined || value === 'none') return 'none';
  if (value === 'gzip') return 'gzip';
  warnings.push(`${name}: "${value}" is not a supported compression (gzip or none), sending uncompressed.`);
  return 'none';
}

function resolveTimeout(fromEnv: (name: string) => string | undefined, fallbackMs: number, warnings: string[]): number {
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
    const value = fromEnv(name);
    if (value === undefined) continue;
    const ms = Number(value);
    if (Number.isInteger(ms) && ms > 0) return ms;
    warnings.push(`${name}: "${value}" is not a whole number of milliseconds, using ${fallbackMs} ms.`);
    return fallbackMs;
  }
  return fallbackMs;
}

function parseHeaders(text: string | undefined, from: string, warnings: string[]): Record<string, string> {
  return parseKeyValues(text, from, warnings, true);
}

/**
 * The `key=value,key2=value2` lists of OTEL_RESOURCE_ATTRIBUTES and OTEL_EXPORTER_OTLP_HEADERS
 * (W3C Baggage-style, values %-encoded). A malformed entry is dropped with a warning; `secret`
 * keeps values out of the warning.
 */
export function parseKeyValues(text: string | undefined, from: string, warnings: string[], secret = false): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const entry of text.split(',')) {
    if (!entry.trim()) continue;
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!key) {
      warnings.push(`${from}: "${secret ? '…' : entry.trim()}" is not key=value; it was ignored.`);
      continue;
    }
    const raw = entry.slice(eq + 1).trim();
    try {
      out[key] = decodeURIComponent(raw);
    } catch {
      warnings.push(`${from}: the value of "${key}" is not valid %-encoding; it was ignored.`);
    }
  }
  return out;
}
