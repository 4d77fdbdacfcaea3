// The run's spans when they only go to trace.jsonl: a TracerProvider of our own that records spans as
// the OpenTelemetry SDK's TracerProvider does (AlwaysOnSampler, the SDK's span limits, its clock, its
// resource merge), for the file processor to write. Loading the SDK (@opentelemetry/sdk-trace and
// resources) costs every run ~10 ms of start-up; it is loaded only when spans leave the process over
// OTLP (sdk-provider.ts). tests/telemetry/span-recorder.test.ts holds both to the same trace.jsonl.
import {
  type Attributes,
  type AttributeValue,
  type Context,
  type Exception,
  type HrTime,
  type Link,
  type Span,
  type SpanAttributes,
  type SpanContext,
  SpanKind,
  type SpanOptions,
  type SpanStatus,
  SpanStatusCode,
  type TimeInput,
  TraceFlags,
  type Tracer,
  ROOT_CONTEXT,
  trace,
} from '@opentelemetry/api';
import {
  AddAttributeDecision,
  SDK_INFO,
  addHrTimes,
  cleanAttributes,
  cleanSimpleAttributes,
  hrTime,
  hrTimeDuration,
  isSimpleAttributeValue,
  isTimeInput,
  isTimeInputHrTime,
  maybeAddAttribute,
  millisToHrTime,
} from '@opentelemetry/core';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace';

// The SDK's defaults (TracerProvider), which runlens never changes.
const LIMITS = {
  attributeCountLimit: 128,
  attributeValueLengthLimit: Infinity,
  eventCountLimit: 128,
  linkCountLimit: 128,
  attributePerEventCountLimit: 128,
  attributePerLinkCountLimit: 128,
};
const NO_LIMITS = { attributeCountLimit: Infinity, attributeValueLengthLimit: Infinity };

type Resource = ReadableSpan['resource'];

export interface SpanRecorderOptions {
  /** Resource attributes; the SDK's defaults (service.name, telemetry.sdk.*) fill in what they leave out. */
  resource: Record<string, AttributeValue>;
  /** Receive each span when it starts and ends, as an SDK span processor does. */
  spanProcessors: SpanProcessor[];
  /** The trace id of root spans (deterministic-trace-id); random when absent. */
  traceId?: string;
}

/** The part of the SDK's TracerProvider a run's trace uses. */
export class SpanRecorder {
  private readonly resource: Resource;

  constructor(private readonly opts: SpanRecorderOptions) {
    // As defaultResource().merge(resourceFromAttributes(...)): the run's attributes first, and win.
    const attributes: Attributes = {};
    const defaults: Attributes = {
      'service.name': process.argv0 ? `unknown_service:${process.argv0}` : 'unknown_service',
      'telemetry.sdk.language': SDK_INFO['telemetry.sdk.language'],
      'telemetry.sdk.name': SDK_INFO['telemetry.sdk.name'],
      'telemetry.sdk.version': SDK_INFO['telemetry.sdk.version'],
    };
    for (const [k, v] of [...Object.entries(opts.resource), ...Object.entries(defaults)])
      if (!Object.hasOwn(attributes, k) && k.length > 0 && isSimpleAttributeValue(v)) attributes[k] = v;
    this.resource = {
      attributes,
      asyncAttributesPending: false,
      schemaUrl: undefined,
      waitForAsyncAttributes: async () => undefined,
      merge: () => this.resource,
      getRawAttributes: () => Object.entries(attributes),
    };
  }

  getTracer(name: string, version?: string): Tracer {
    return new RecordingTracer({ name, version }, this.resource, this.opts);
  }

  async shutdown(): Promise<void> {
    await Promise.all(this.opts.spanProcessors.map((p) => p.shutdown()));
  }
}

class RecordingTracer implements Tracer {
  constructor(
    private readonly scope: { name: string; version?: string },
    private readonly resource: Resource,
    private readonly opts: SpanRecorderOptions,
  ) {}

  startSpan(name: string, options: SpanOptions = {}, context: Context = ROOT_CONTEXT): Span {
    const parent = options.root ? undefined : trace.getSpanContext(context);
    const valid = parent && trace.isSpanContextValid(parent) ? parent : undefined;
    const spanContext: SpanContext = {
      traceId: valid?.traceId ?? this.opts.traceId ?? randomId(16),
      spanId: randomId(8),
      // AlwaysOnSampler: every span is recorded and sampled, whatever the caller decided.
      traceFlags: TraceFlags.SAMPLED,
      ...(valid?.traceState ? { traceState: valid.traceState } : {}),
    };
    const links = (options.links ?? []).map((link) => ({
      context: link.context,
      ...cleanAttributes(link.attributes, {
        attributeCountLimit: LIMITS.attributePerLinkCountLimit,
        attributeValueLengthLimit: LIMITS.attributeValueLengthLimit,
      }),
    }));
    const first = cleanAttributes(options.attributes, NO_LIMITS);
    const kept = cleanAttributes(first.attributes ?? {}, LIMITS);
    const span = new RecordedSpan({
      name,
      kind: options.kind ?? SpanKind.INTERNAL,
      spanContext,
      parentSpanContext: valid,
      attributes: kept.attributes ?? {},
      droppedAttributesCount: (first.droppedAttributesCount ?? 0) + (kept.droppedAttributesCount ?? 0),
      links,
      startTime: options.startTime,
      resource: this.resource,
      scope: this.scope,
      processors: this.opts.spanProcessors,
    });
    for (const p of this.opts.spanProcessors) p.onStart(span, context);
    return span;
  }

  startActiveSpan(): never {
    throw new Error('runlens bug: the span recorder has no active context; pass contexts explicitly');
  }
}

/** A span as the SDK's SpanImpl records it: the same clock, limits and rules for late calls. */
class RecordedSpan implements Span, ReadableSpan {
  readonly name: string;
  readonly kind: SpanKind;
  readonly parentSpanContext: SpanContext | undefined;
  readonly attributes: Attributes;
  readonly links: Link[] = [];
  readonly events: ReadableSpan['events'] = [];
  readonly startTime: HrTime;
  readonly resource: Resource;
  readonly instrumentationScope: ReadableSpan['instrumentationScope'];
  status: SpanStatus = { code: SpanStatusCode.UNSET };
  endTime: HrTime = [0, 0];
  duration: HrTime = [-1, -1];
  ended = false;
  droppedAttributesCount: number;
  droppedEventsCount = 0;
  droppedLinksCount = 0;
  private attributesCount: number;
  private readonly spanCtx: SpanContext;
  private readonly performanceStartTime: number;
  private readonly performanceOffset: number;
  private readonly startTimeProvided: boolean;
  private readonly processors: SpanProcessor[];

  constructor(o: {
    name: string;
    kind: SpanKind;
    spanContext: SpanContext;
    parentSpanContext: SpanContext | undefined;
    attributes: Attributes;
    droppedAttributesCount: number;
    links: Link[];
    startTime: TimeInput | undefined;
    resource: Resource;
    scope: { name: string; version?: string };
    processors: SpanProcessor[];
  }) {
    const now = Date.now();
    this.performanceStartTime = performance.now();
    this.performanceOffset = now - (this.performanceStartTime + performance.timeOrigin);
    this.startTimeProvided = o.startTime != null;
    this.name = o.name;
    this.kind = o.kind;
    this.spanCtx = o.spanContext;
    this.parentSpanContext = o.parentSpanContext;
    this.startTime = this.time(o.startTime ?? now);
    this.resource = o.resource;
    this.instrumentationScope = o.scope;
    if (o.links.length > LIMITS.linkCountLimit) {
      this.links = o.links.slice(o.links.length - LIMITS.linkCountLimit);
      this.droppedLinksCount = o.links.length - LIMITS.linkCountLimit;
    } else this.links = o.links;
    this.attributes = o.attributes;
    this.attributesCount = Object.keys(o.attributes).length;
    this.droppedAttributesCount = o.droppedAttributesCount;
    this.processors = o.processors;
  }

  spanContext(): SpanContext {
    return this.spanCtx;
  }

  setAttribute(key: string, value: AttributeValue): this {
    if (this.ended) return this;
    const decision = maybeAddAttribute({
      key,
      value,
      attributes: this.attributes,
      limits: LIMITS,
      currentAttributesCount: this.attributesCount,
    });
    if (decision === AddAttributeDecision.DROP_LIMIT_REACHED) this.droppedAttributesCount++;
    else if (decision === AddAttributeDecision.ADD_NEW) this.attributesCount++;
    return this;
  }

  setAttributes(attributes: SpanAttributes): this {
    for (const key in attributes) if (Object.hasOwn(attributes, key)) this.setAttribute(key, attributes[key]!);
    return this;
  }

  addEvent(name: string, attributesOrStartTime?: SpanAttributes | TimeInput, timeStamp?: TimeInput): this {
    if (this.ended) return this;
    if (this.events.length >= LIMITS.eventCountLimit) {
      this.events.shift();
      this.droppedEventsCount++;
    }
    let attributes = attributesOrStartTime as SpanAttributes | undefined;
    if (isTimeInput(attributesOrStartTime)) {
      if (!isTimeInput(timeStamp)) timeStamp = attributesOrStartTime;
      attributes = undefined;
    }
    this.events.push({
      name,
      time: this.time(timeStamp),
      ...cleanSimpleAttributes(attributes, {
        attributeCountLimit: LIMITS.attributePerEventCountLimit,
        attributeValueLengthLimit: LIMITS.attributeValueLengthLimit,
      }),
    });
    return this;
  }

  addLink(link: Link): this {
    if (this.ended) return this;
    if (this.links.length >= LIMITS.linkCountLimit) {
      this.links.shift();
      this.droppedLinksCount++;
    }
    this.links.push({
      context: link.context,
      ...cleanAttributes(link.attributes, {
        attributeCountLimit: LIMITS.attributePerLinkCountLimit,
        attributeValueLengthLimit: LIMITS.attributeValueLengthLimit,
      }),
    });
    return this;
  }

  addLinks(links: Link[]): this {
    for (const link of links) this.addLink(link);
    return this;
  }

  setStatus(status: SpanStatus): this {
    if (this.ended || status.code === SpanStatusCode.UNSET || this.status.code === SpanStatusCode.OK) return this;
    this.status =
      status.code === SpanStatusCode.ERROR && typeof status.message === 'string'
        ? { code: status.code, message: status.message }
        : { code: status.code };
    return this;
  }

  updateName(name: string): this {
    if (!this.ended) (this as { name: string }).name = name;
    return this;
  }

  end(endTime?: TimeInput): void {
    if (this.ended) return;
    this.endTime = this.time(endTime);
    this.duration = hrTimeDuration(this.startTime, this.endTime);
    if (this.duration[0] < 0) {
      this.endTime = [...this.startTime];
      this.duration = [0, 0];
    }
    for (const p of this.processors) p.onEnding?.(this);
    this.ended = true;
    for (const p of this.processors) p.onEnd(this);
  }

  isRecording(): boolean {
    return !this.ended;
  }

  recordException(exception: Exception, time?: TimeInput): void {
    const attributes: SpanAttributes = {};
    if (typeof exception === 'string') attributes['exception.message'] = exception;
    else if (exception) {
      if (exception.code) attributes['exception.type'] = exception.code.toString();
      else if (exception.name) attributes['exception.type'] = exception.name;
      if (exception.message) attributes['exception.message'] = exception.message;
      if (exception.stack) attributes['exception.stacktrace'] = exception.stack;
    }
    if (attributes['exception.type'] || attributes['exception.message']) this.addEvent('exception', attributes, time);
  }

  /** SpanImpl's clock: performance.now() since the span began, anchored to the wall clock once. */
  private time(input: TimeInput | undefined): HrTime {
    if (typeof input === 'number' && input <= performance.now()) return hrTime(input + this.performanceOffset);
    if (typeof input === 'number') return millisToHrTime(input);
    if (input instanceof Date) return millisToHrTime(input.getTime());
    if (isTimeInputHrTime(input)) return input;
    if (this.startTimeProvided) return millisToHrTime(Date.now());
    return addHrTimes(this.startTime, millisToHrTime(performance.now() - this.performanceStartTime));
  }
}

/** As the SDK's RandomIdGenerator: random bytes as hex, never all zero (an invalid id). */
function randomId(bytes: number): string {
  let hex = '';
  for (let i = 0; i < bytes / 4; i++) hex += ((Math.random() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
  return /^0+$/.test(hex) ? `${hex.slice(0, -1)}1` : hex;
}
