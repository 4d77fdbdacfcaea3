// Spans → one OTLP/JSON ExportTraceServiceRequest, byte for byte as @opentelemetry/otlp-transformer's
// JsonTraceSerializer writes it (ids as hex, times as decimal nanosecond strings, ints as intValue).
// trace.jsonl is written with this, so a run that only writes the file loads no OTLP package;
// tests/telemetry/span-recorder.test.ts compares the two.
import type { Attributes, AttributeValue, HrTime, SpanContext } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';

export function otlpJsonRequest(spans: readonly ReadableSpan[]): string {
  // Grouped by resource, then by instrumentation scope, in the order first seen.
  const byResource = new Map<ReadableSpan['resource'], Map<string, ReadableSpan[]>>();
  for (const span of spans) {
    let scopes = byResource.get(span.resource);
    if (!scopes) byResource.set(span.resource, (scopes = new Map()));
    const s = span.instrumentationScope;
    const key = `${s.name}@${s.version || ''}:${s.schemaUrl || ''}`;
    let list = scopes.get(key);
    if (!list) scopes.set(key, (list = []));
    list.push(span);
  }
  const resourceSpans = [...byResource].map(([resource, scopes]) => {
    const scopeSpans = [...scopes.values()]
      .filter((list) => list.length > 0)
      .map((list) => {
        const s = list[0]!.instrumentationScope;
        const scope: Record<string, unknown> = { name: s.name, version: s.version };
        return { scope, spans: list.map(toOtlpSpan), schemaUrl: s.schemaUrl };
      });
    const res: Record<string, unknown> = { attributes: toAttributes(resource.attributes), droppedAttributesCount: 0 };
    if (resource.schemaUrl) res.schemaUrl = resource.schemaUrl;
    return { resource: res, scopeSpans, schemaUrl: res.schemaUrl };
  });
  return JSON.stringify({ resourceSpans });
}

function toOtlpSpan(span: ReadableSpan): unknown {
  const ctx = span.spanContext();
  return {
    traceId: ctx.traceId,
    spanId: ctx.spanId,
    parentSpanId: span.parentSpanContext?.spanId || undefined,
    traceState: ctx.traceState?.serialize(),
    name: span.name,
    kind: span.kind == null ? 0 : span.kind + 1,
    startTimeUnixNano: nanos(span.startTime),
    endTimeUnixNano: nanos(span.endTime),
    attributes: toAttributes(span.attributes),
    droppedAttributesCount: span.droppedAttributesCount,
    events: span.events.map((e) => ({
      attributes: e.attributes ? toAttributes(e.attributes) : [],
      name: e.name,
      timeUnixNano: nanos(e.time),
      droppedAttributesCount: e.droppedAttributesCount || 0,
    })),
    droppedEventsCount: span.droppedEventsCount,
    status: { code: span.status.code, message: span.status.message },
    links: span.links.map((l) => ({
      attributes: l.attributes ? toAttributes(l.attributes) : [],
      spanId: l.context.spanId,
      traceId: l.context.traceId,
      traceState: l.context.traceState?.serialize(),
      droppedAttributesCount: l.droppedAttributesCount || 0,
      flags: flags(l.context, l.context.isRemote),
    })),
    droppedLinksCount: span.droppedLinksCount,
    flags: flags(ctx, span.parentSpanContext?.isRemote),
  };
}

/** W3C trace flags plus OTLP's "has is_remote" (0x100) and "is_remote" (0x200) bits. */
function flags(ctx: SpanContext, isRemote: boolean | undefined): number {
  return (ctx.traceFlags & 0xff) | 0x100 | (isRemote ? 0x200 : 0);
}

function nanos(t: HrTime): string {
  return (BigInt(Math.trunc(t[0])) * 1_000_000_000n + BigInt(Math.trunc(t[1]))).toString();
}

function toAttributes(attributes: Attributes): Array<{ key: string; value: unknown }> {
  return Object.keys(attributes).map((key) => ({ key, value: toAnyValue(attributes[key]) }));
}

function toAnyValue(value: AttributeValue | undefined | unknown): unknown {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { intValue: value } : { doubleValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (value instanceof Uint8Array) return { bytesValue: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(toAnyValue) } };
  if (typeof value === 'object' && value !== null)
    return {
      kvlistValue: { values: Object.keys(value).map((k) => ({ key: k, value: toAnyValue((value as Record<string, unknown>)[k]) })) },
    };
  return {};
}
