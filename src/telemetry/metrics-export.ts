// The run's metrics over OTLP/HTTP, through the OpenTelemetry metrics SDK: the measurements of
// metrics.ts are recorded on SDK instruments, collected once, serialized (protobuf or JSON) and sent
// by the same HTTP transport as the trace. Loaded only when metrics go to an OTLP receiver.
import { ValueType } from '@opentelemetry/api';
import { JsonMetricsSerializer, ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationTemporality, InstrumentType, MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import type { Counter, Gauge, Histogram } from '@opentelemetry/api';
import { DURATION_BUCKETS, type Instrument, type Measurement } from './metrics.js';
import type { MetricsEnvelope } from './metrics-file.js';
import { HttpTransport } from './otlp-exporter.js';
import { redactUrl } from './run-trace.js';
import type { OtlpTarget } from './settings.js';

/** Collects on demand only: runlens reads its metrics once, when the run has ended. */
class RunMetricsReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

/** The measurements, recorded on SDK instruments and collected: the data the OTLP serializers take. */
export async function collectRunMetrics(measurements: readonly Measurement[], envelope: MetricsEnvelope): Promise<ResourceMetrics> {
  const temporality = envelope.temporality === 'delta' ? AggregationTemporality.DELTA : AggregationTemporality.CUMULATIVE;
  const reader = new RunMetricsReader({
    // A gauge has no temporality to choose; sums and histograms take the one asked for.
    aggregationTemporalitySelector: (type) =>
      type === InstrumentType.GAUGE || type === InstrumentType.OBSERVABLE_GAUGE ? AggregationTemporality.CUMULATIVE : temporality,
  });
  const provider = new MeterProvider({ resource: resourceFromAttributes(envelope.resource), readers: [reader] });
  try {
    const meter = provider.getMeter(envelope.scope.name, envelope.scope.version);
    const instruments = new Map<Instrument, Histogram | Counter | Gauge>();
    for (const m of measurements) {
      let sdk = instruments.get(m.instrument);
      if (!sdk) {
        const i = m.instrument;
        const options = { unit: i.unit, description: i.description, valueType: i.integer ? ValueType.INT : ValueType.DOUBLE };
        sdk =
          i.kind === 'histogram'
            ? meter.createHistogram(i.name, { ...options, advice: { explicitBucketBoundaries: [...DURATION_BUCKETS] } })
            : i.kind === 'counter'
              ? meter.createCounter(i.name, options)
              : meter.createGauge(i.name, options);
        instruments.set(i, sdk);
      }
      if (m.instrument.kind === 'counter') (sdk as Counter).add(m.value, m.attributes);
      else (sdk as Histogram | Gauge).record(m.value, m.attributes);
    }
    const { resourceMetrics, errors } = await reader.collect();
    if (errors.length > 0) throw new Error(errors.map(String).join('; '));
    // Every point covers the run: from its start to its end, not from the moment it was recorded.
    const startTime = hrTime(envelope.startedAt);
    const endTime = hrTime(envelope.endedAt);
    for (const scope of resourceMetrics.scopeMetrics)
      for (const metric of scope.metrics)
        for (const point of metric.dataPoints as { startTime: [number, number]; endTime: [number, number] }[]) {
          point.startTime = startTime;
          point.endTime = endTime;
        }
    return resourceMetrics;
  } finally {
    await provider.shutdown().catch(() => undefined);
  }
}

/** Sends the run's metrics; returns a warning when they did not arrive whole (never throws for the receiver's sake). */
export async function exportRunMetrics(
  resourceMetrics: ResourceMetrics,
  target: OtlpTarget,
  timeoutMs: number,
  userAgent: string,
): Promise<string | undefined> {
  const serializer = target.protocol === 'http/json' ? JsonMetricsSerializer : ProtobufMetricsSerializer;
  const transport = new HttpTransport(target, userAgent);
  const where = redactUrl(target.url);
  try {
    const response = await transport.send(serializer.serializeRequest(resourceMetrics)!, timeoutMs);
    if (response.status !== 'success') {
      const reason = transport.failure ?? response.error?.message ?? 'unknown error';
      // A receiver that takes traces only (Jaeger's default configuration) has no /v1/metrics.
      const hint = /^HTTP 404\b/.test(reason)
        ? ' The receiver takes no metrics there: send them to one that does, or turn them off (telemetry.metrics: false or OTEL_METRICS_EXPORTER=file).'
        : '';
      return `Metrics export to ${where} failed: ${reason}. The run itself is unaffected; the metrics are in metrics.jsonl.${hint}`;
    }
    // OTLP partial success: the receiver took the request but dropped some points, and says why.
    const partial = response.data?.length ? serializer.deserializeResponse(response.data).partialSuccess : undefined;
    const rejected = Number(partial?.rejectedDataPoints ?? 0);
    if (rejected > 0)
      return `The receiver at ${where} rejected ${rejected} metric data point${rejected === 1 ? '' : 's'}${partial?.errorMessage ? `: ${partial.errorMessage}` : ''}.`;
    return undefined;
  } finally {
    transport.shutdown();
  }
}

function hrTime(ms: number): [number, number] {
  const whole = Math.round(ms);
  return [Math.floor(whole / 1000), (whole % 1000) * 1_000_000];
}
