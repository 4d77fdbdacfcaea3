// Reads an OTLP/JSON metrics lines file (metrics.jsonl) the plain way, JSON.parse per line, so tests check
// the file format itself; and parses the Prometheus text exposition a real collector serves.
import { readFile } from 'node:fs/promises';

type KeyValue = { key: string; value: { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean } };
interface JsonPoint {
  attributes?: KeyValue[];
  startTimeUnixNano: string;
  timeUnixNano: string;
  asInt?: number | string;
  asDouble?: number;
  count?: number | string;
  sum?: number;
  min?: number;
  max?: number;
  bucketCounts?: (number | string)[];
  explicitBounds?: number[];
}
interface JsonMetric {
  name: string;
  description?: string;
  unit?: string;
  sum?: { aggregationTemporality: number; isMonotonic?: boolean; dataPoints: JsonPoint[] };
  gauge?: { dataPoints: JsonPoint[] };
  histogram?: { aggregationTemporality: number; dataPoints: JsonPoint[] };
}

export interface FlatPoint {
  attributes: Record<string, string | number | boolean>;
  /** A sum's or gauge's value; a histogram's count. */
  value: number;
  sum?: number;
  bucketCounts?: number[];
  start: bigint;
  time: bigint;
}

export interface FlatMetric {
  name: string;
  kind: 'sum' | 'gauge' | 'histogram';
  unit: string;
  description: string;
  temporality?: number;
  points: FlatPoint[];
  resource: Record<string, string | number | boolean>;
}

export async function readMetricsJsonLines(file: string): Promise<FlatMetric[]> {
  const out: FlatMetric[] = [];
  for (const line of (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()))
    out.push(...flattenMetricsRequest(JSON.parse(line)));
  return out;
}

export function flattenMetricsRequest(request: unknown): FlatMetric[] {
  const out: FlatMetric[] = [];
  const r = request as { resourceMetrics: { resource: { attributes: KeyValue[] }; scopeMetrics: { metrics: JsonMetric[] }[] }[] };
  for (const rm of r.resourceMetrics) {
    const resource = attrs(rm.resource.attributes);
    for (const sm of rm.scopeMetrics) {
      for (const m of sm.metrics) {
        const kind = m.histogram ? 'histogram' : m.gauge ? 'gauge' : 'sum';
        const data = m.histogram ?? m.gauge ?? m.sum!;
        out.push({
          name: m.name,
          kind,
          unit: m.unit ?? '',
          description: m.description ?? '',
          ...('aggregationTemporality' in data ? { temporality: Number(data.aggregationTemporality) } : {}),
          resource,
          points: data.dataPoints.map((p) => ({
            attributes: attrs(p.attributes ?? []),
            value: Number(kind === 'histogram' ? p.count : (p.asInt ?? p.asDouble)),
            ...(kind === 'histogram' ? { sum: p.sum, bucketCounts: p.bucketCounts!.map(Number) } : {}),
            start: BigInt(p.startTimeUnixNano),
            time: BigInt(p.timeUnixNano),
          })),
        });
      }
    }
  }
  return out;
}

export function metricNamed(metrics: FlatMetric[], name: string): FlatMetric {
  const m = metrics.find((x) => x.name === name);
  if (!m) throw new Error(`no metric named "${name}" among: ${metrics.map((x) => x.name).join(', ')}`);
  return m;
}

function attrs(list: KeyValue[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const { key, value } of list) {
    if (value.stringValue !== undefined) out[key] = value.stringValue;
    else if (value.boolValue !== undefined) out[key] = value.boolValue;
    else if (value.intValue !== undefined) out[key] = Number(value.intValue);
    else if (value.doubleValue !== undefined) out[key] = value.doubleValue;
  }
  return out;
}

/** One sample of the Prometheus text format: `name{label="v",…} value`. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export function parsePrometheusText(text: string): PromSample[] {
  const samples: PromSample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!.replace(/\\(.)/g, '$1');
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}
