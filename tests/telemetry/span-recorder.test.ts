// trace.jsonl without the OpenTelemetry SDK (src/telemetry/span-recorder.ts, otlp-json.ts) must be the file
// the SDK writes: the same calls on both, the same lines out, ids aside (they are random on both sides).
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { TraceFileProcessor } from '../../src/telemetry/file-exporter.js';
import { otlpJsonRequest } from '../../src/telemetry/otlp-json.js';
import { contextFromEnv } from '../../src/telemetry/propagation.js';
import { sdkTracerProvider } from '../../src/telemetry/sdk-provider.js';
import { SpanRecorder, type SpanRecorderOptions } from '../../src/telemetry/span-recorder.js';

const T0 = Date.parse('2026-11-30T12:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);
const boom = new Error('boom');
const RESOURCE = { 'service.name': 'runlens', 'service.version': '1.2.3', 'cicd.pipeline.name': 'shop' };

type Provider = { getTracer(name: string, version?: string): Tracer; shutdown(): Promise<void> };

/** What a run does with its tracer (run-trace.ts), and the SDK's edge cases: limits, late calls, bad times. */
function scenario(provider: Provider): void {
  const tracer = provider.getTracer('runlens', '1.2.3');
  const remote = contextFromEnv({
    TRACEPARENT: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00',
    TRACESTATE: 'vendor=opaque,other=1',
  }).context;
  const run = tracer.startSpan('RUN shop', { kind: SpanKind.SERVER, startTime: at(0), attributes: { a: 1, b: 'x', c: true } }, remote);
  const runContext = trace.setSpan(remote, run);
  const step: Span = tracer.startSpan('build', { startTime: at(1), attributes: { d: 1.5, list: ['x', 'y'] } }, runContext);
  step.addEvent('attempt', { 'runlens.attempt': 1, 'runlens.attempt.status': 'failed' }, at(2));
  for (let i = 0; i < 130; i++) step.addEvent(`e${i}`, at(3));
  for (let i = 0; i < 130; i++) step.setAttribute(`k${i}`, i);
  const phase = tracer.startSpan('parse lockfiles', { kind: SpanKind.INTERNAL, startTime: at(3) }, trace.setSpan(runContext, step));
  phase.recordException(boom, at(4));
  phase.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' });
  phase.end(at(5));
  step.setStatus({ code: SpanStatusCode.OK });
  step.setStatus({ code: SpanStatusCode.ERROR, message: 'after OK: ignored' });
  step.end(at(6));
  step.setAttribute('late', 1);
  step.end(at(7));
  // An end before the start: the SDK clamps the span to no duration.
  const clamped = tracer.startSpan('clamped', { startTime: at(10) }, runContext);
  clamped.end(at(9));
  // A root span of its own (no parent), with an attribute the SDK drops.
  tracer.startSpan('root', { startTime: at(11), attributes: { bad: { nested: true } as never } }).end(at(12));
  run.setAttributes({ 'runlens.exit_code': 1, 'runlens.dry_run': false });
  run.setStatus({ code: SpanStatusCode.ERROR, message: 'a step failed' });
  run.end(at(20));
}

async function traceFile(make: (o: SpanRecorderOptions) => Provider): Promise<string> {
  const file = new TraceFileProcessor();
  const provider = make({ resource: RESOURCE, spanProcessors: [file] });
  scenario(provider);
  await provider.shutdown();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-span-recorder-'));
  return readFile(await file.write(dir), 'utf8');
}

/** Ids by order of appearance: both sides draw them at random. */
function withoutIds(jsonl: string): string {
  const ids = new Map<string, string>();
  return jsonl.replace(/"(traceId|spanId|parentSpanId)":"([0-9a-f]+)"/g, (_, key: string, id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return `"${key}":"${ids.get(id)}"`;
  });
}

describe('trace.jsonl without the OpenTelemetry SDK', () => {
  it('holds the same spans, attributes, events, statuses and resource as the SDK writes', async () => {
    const recorded = await traceFile((o) => new SpanRecorder(o));
    const sdk = await traceFile((o) => sdkTracerProvider(o));
    expect(withoutIds(recorded)).toBe(withoutIds(sdk));
    // The scenario reaches what it means to: limits, the remote parent, the clamped span.
    const spans = JSON.parse(recorded).resourceSpans[0].scopeSpans[0].spans as Array<Record<string, unknown>>;
    const build = spans.find((s) => s.name === 'build')!;
    expect(build.droppedEventsCount).toBe(3);
    expect(build.droppedAttributesCount).toBe(4); // 2 + 130 set, 128 kept
    const run = spans.find((s) => s.name === 'RUN shop')!;
    expect(run.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(run.parentSpanId).toBe('b7ad6b7169203331');
    expect(run.flags).toBe(0x301);
    const clamped = spans.find((s) => s.name === 'clamped')!;
    expect(clamped.endTimeUnixNano).toBe(clamped.startTimeUnixNano);
  });

  it('serializes spans byte for byte as the OTLP JSON serializer does', () => {
    const spans: ReadableSpan[] = [];
    const collect: SpanProcessor = {
      onStart: () => undefined,
      onEnd: (s) => void spans.push(s),
      forceFlush: async () => undefined,
      shutdown: async () => undefined,
    };
    scenario(sdkTracerProvider({ resource: RESOURCE, spanProcessors: [collect] }));
    expect(spans.length).toBe(5);
    expect(otlpJsonRequest(spans)).toBe(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans)));
  });

  it('gives root spans the forced trace id (deterministic-trace-id), and child spans their parent’s', async () => {
    const ids: string[] = [];
    const provider = new SpanRecorder({
      resource: RESOURCE,
      spanProcessors: [
        {
          onStart: () => undefined,
          onEnd: (s) => void ids.push(s.spanContext().traceId),
          forceFlush: async () => {},
          shutdown: async () => {},
        },
      ],
      traceId: 'f'.repeat(32),
    });
    const tracer = provider.getTracer('runlens');
    const root = tracer.startSpan('RUN x');
    tracer.startSpan('child', {}, trace.setSpan(contextFromEnv({}).context, root)).end();
    root.end();
    expect(ids).toEqual(['f'.repeat(32), 'f'.repeat(32)]);
  });
});
