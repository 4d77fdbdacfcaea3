// The OpenTelemetry SDK's TracerProvider, for a run whose spans leave the process over OTLP (a
// BatchSpanProcessor sends them while the run goes on). startRunTrace loads this module only then:
// a run that writes only trace.jsonl records its spans with span-recorder.ts and never loads the SDK.
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOnSampler, RandomIdGenerator, TracerProvider } from '@opentelemetry/sdk-trace';
import type { SpanRecorderOptions } from './span-recorder.js';

export { BatchSpanProcessor } from '@opentelemetry/sdk-trace';

export function sdkTracerProvider(opts: SpanRecorderOptions): TracerProvider {
  const random = new RandomIdGenerator();
  const forcedTraceId = opts.traceId;
  return new TracerProvider({
    resource: defaultResource().merge(resourceFromAttributes(opts.resource)),
    // The trace file is the run's record whatever an upstream sampler decided.
    sampler: new AlwaysOnSampler(),
    idGenerator: {
      generateTraceId: () => forcedTraceId ?? random.generateTraceId(),
      generateSpanId: () => random.generateSpanId(),
    },
    spanProcessors: opts.spanProcessors,
  });
}
