// `<output-dir>/metrics.jsonl`: the run's metrics as one OTLP/JSON ExportMetricsServiceRequest per line,
// as the OpenTelemetry Collector's file exporter writes them. Aggregated here, without the metrics SDK,
// so a run that only writes files loads none of it; tests/telemetry/metrics.test.ts proves the lines
// equal what the SDK (metrics-export.ts) aggregates and serializes from the same measurements.
import { join } from 'node:path';
import { atomicWriteFile } from '../base/atomic-write.js';
import { type Attributes, DURATION_BUCKETS, type Instrument, type Measurement } from './metrics.js';
import type { MetricsTemporality } from './settings.js';

export const METRICS_FILE = 'metrics.jsonl';

export interface MetricsEnvelope {
  resource: Record<string, string>;
  scope: { name: string; version: string };
  /** The run's interval (ms since the epoch): every data point's start and time. */
  startedAt: number;
  endedAt: number;
  temporality: MetricsTemporality;
}

type KeyValue = { key: string; value: { stringValue: string } };
type Point = { attributes: KeyValue[]; startTimeUnixNano: string; timeUnixNano: string } & Record<string, unknown>;
type Metric = { name: string; description: string; unit: string } & Record<string, unknown>;

/** OTLP's AggregationTemporality enum. */
const TEMPORALITY = { delta: 1, cumulative: 2 } as const;

/** The ExportMetricsServiceRequest of a run's measurements, as JSON (what the SDK's JSON serializer writes). */
export function metricsRequest(measurements: readonly Measurement[], envelope: MetricsEnvelope): object {
  // Instruments in the order first measured, points in the order their attribute sets first appear: the SDK's order.
  const byInstrument = new Map<Instrument, Map<string, { attributes: Attributes; values: number[] }>>();
  for (const m of measurements) {
    let points = byInstrument.get(m.instrument);
    if (!points) byInstrument.set(m.instrument, (points = new Map()));
    const key = attributeKey(m.attributes);
    let point = points.get(key);
    if (!point) points.set(key, (point = { attributes: m.attributes, values: [] }));
    point.values.push(m.value);
  }
  const times = { startTimeUnixNano: nanos(envelope.startedAt), timeUnixNano: nanos(envelope.endedAt) };
  const metrics: Metric[] = [];
  for (const [instrument, points] of byInstrument) {
    const dataPoints = [...points.values()].map(({ attributes, values }) => dataPoint(instrument, attributes, values, times));
    const head = { name: instrument.name, description: instrument.description, unit: instrument.unit };
    const temporality = TEMPORALITY[envelope.temporality];
    if (instrument.kind === 'histogram') metrics.push({ ...head, histogram: { aggregationTemporality: temporality, dataPoints } });
    else if (instrument.kind === 'counter')
      metrics.push({ ...head, sum: { aggregationTemporality: temporality, isMonotonic: true, dataPoints } });
    else metrics.push({ ...head, gauge: { dataPoints } });
  }
  return {
    resourceMetrics: [
      {
        resource: { attributes: keyValues(envelope.resource), droppedAttributesCount: 0 },
        scopeMetrics: [{ scope: envelope.scope, metrics }],
      },
    ],
  };
}

/** Writes `<dir>/metrics.jsonl` (one line: a run's metrics are a few kilobytes). */
export async function writeMetricsFile(dir: string, request: object): Promise<string> {
  const file = join(dir, METRICS_FILE);
  await atomicWriteFile(file, `${JSON.stringify(request)}\n`);
  return file;
}

function dataPoint(
  instrument: Instrument,
  attributes: Attributes,
  values: number[],
  times: { startTimeUnixNano: string; timeUnixNano: string },
): Point {
  const head = { attributes: keyValues(attributes) };
  if (instrument.kind === 'histogram') {
    const bucketCounts = new Array<number>(DURATION_BUCKETS.length + 1).fill(0);
    // Buckets are upper-inclusive: (bounds[i-1], bounds[i]].
    for (const v of values) {
      const i = DURATION_BUCKETS.findIndex((bound) => v <= bound);
      bucketCounts[i === -1 ? DURATION_BUCKETS.length : i]! += 1;
    }
    return {
      ...head,
      bucketCounts,
      explicitBounds: [...DURATION_BUCKETS],
      count: values.length,
      sum: values.reduce((a, b) => a + b, 0),
      min: Math.min(...values),
      max: Math.max(...values),
      ...times,
    };
  }
  // A counter adds its measurements; a gauge keeps the last.
  const value = instrument.kind === 'counter' ? values.reduce((a, b) => a + b, 0) : values.at(-1)!;
  return { ...head, ...times, ...(instrument.integer ? { asInt: value } : { asDouble: value }) };
}

function attributeKey(attributes: Attributes): string {
  return JSON.stringify(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function keyValues(attributes: Record<string, string>): KeyValue[] {
  return Object.entries(attributes).map(([key, value]) => ({ key, value: { stringValue: value } }));
}

function nanos(ms: number): string {
  return (BigInt(Math.round(ms)) * 1_000_000n).toString();
}
