export const id = 6725;
export const ids = [6725];
export const modules = {

/***/ 2929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextFromEnv: () => (/* binding */ contextFromEnv),
/* harmony export */   envFromContext: () => (/* binding */ envFromContext)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11802);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64130);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8408);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6203);
// The environment-variable carrier for W3C Trace Context: TRACEPARENT / TRACESTATE
// (https://opentelemetry.io/docs/specs/otel/context/env-carriers/). Names are upper case because
// environment variable names are, on every platform runlens runs on.


const propagator = new _opentelemetry_core__WEBPACK_IMPORTED_MODULE_0__/* .W3CTraceContextPropagator */ .lm();
/** The context runlens was started in: the caller's span when TRACEPARENT is valid. */
function contextFromEnv(env) {
    const traceparent = env.TRACEPARENT?.trim();
    if (!traceparent)
        return { context: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_CONTEXT */ .l };
    const carrier = { traceparent };
    if (env.TRACESTATE?.trim())
        carrier.tracestate = env.TRACESTATE.trim();
    const context = propagator.extract(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_CONTEXT */ .l, carrier, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__/* .defaultTextMapGetter */ .q);
    if (_opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__/* .trace */ .u.getSpanContext(context) === undefined) {
        return {
            context: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_CONTEXT */ .l,
            warning: `TRACEPARENT "${traceparent}" is not a W3C traceparent (00-<32 hex>-<16 hex>-<2 hex>), so the run starts a trace of its own.`,
        };
    }
    return { context };
}
/** TRACEPARENT (and TRACESTATE when there is one) for processes that run inside `context`'s span. */
function envFromContext(context) {
    const carrier = {};
    propagator.inject(context, carrier, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__/* .defaultTextMapSetter */ .U);
    const env = {};
    if (carrier.traceparent)
        env.TRACEPARENT = carrier.traceparent;
    if (carrier.tracestate)
        env.TRACESTATE = carrier.tracestate;
    return env;
}


/***/ }),

/***/ 56725:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OtelRunTrace: () => (/* binding */ OtelRunTrace),
  redactUrl: () => (/* binding */ redactUrl)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/span_kind.mjs
var span_kind = __webpack_require__(3428);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs + 6 modules
var trace_api = __webpack_require__(8408);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/status.mjs
var trace_status = __webpack_require__(91213);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/semantic-conventions/dist/stable_attributes.mjs
var stable_attributes = __webpack_require__(42123);
// EXTERNAL MODULE: ./lib/model/result.js
var model_result = __webpack_require__(94484);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
;// CONCATENATED MODULE: ./lib/telemetry/otlp-json.js
function otlpJsonRequest(spans) {
    // Grouped by resource, then by instrumentation scope, in the order first seen.
    const byResource = new Map();
    for (const span of spans) {
        let scopes = byResource.get(span.resource);
        if (!scopes)
            byResource.set(span.resource, (scopes = new Map()));
        const s = span.instrumentationScope;
        const key = `${s.name}@${s.version || ''}:${s.schemaUrl || ''}`;
        let list = scopes.get(key);
        if (!list)
            scopes.set(key, (list = []));
        list.push(span);
    }
    const resourceSpans = [...byResource].map(([resource, scopes]) => {
        const scopeSpans = [...scopes.values()]
            .filter((list) => list.length > 0)
            .map((list) => {
            const s = list[0].instrumentationScope;
            const scope = { name: s.name, version: s.version };
            return { scope, spans: list.map(toOtlpSpan), schemaUrl: s.schemaUrl };
        });
        const res = { attributes: toAttributes(resource.attributes), droppedAttributesCount: 0 };
        if (resource.schemaUrl)
            res.schemaUrl = resource.schemaUrl;
        return { resource: res, scopeSpans, schemaUrl: res.schemaUrl };
    });
    return JSON.stringify({ resourceSpans });
}
function toOtlpSpan(span) {
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
function flags(ctx, isRemote) {
    return (ctx.traceFlags & 0xff) | 0x100 | (isRemote ? 0x200 : 0);
}
function nanos(t) {
    return (BigInt(Math.trunc(t[0])) * 1000000000n + BigInt(Math.trunc(t[1]))).toString();
}
function toAttributes(attributes) {
    return Object.keys(attributes).map((key) => ({ key, value: toAnyValue(attributes[key]) }));
}
function toAnyValue(value) {
    if (typeof value === 'string')
        return { stringValue: value };
    if (typeof value === 'number')
        return Number.isInteger(value) ? { intValue: value } : { doubleValue: value };
    if (typeof value === 'boolean')
        return { boolValue: value };
    if (value instanceof Uint8Array)
        return { bytesValue: Buffer.from(value).toString('base64') };
    if (Array.isArray(value))
        return { arrayValue: { values: value.map(toAnyValue) } };
    if (typeof value === 'object' && value !== null)
        return {
            kvlistValue: { values: Object.keys(value).map((k) => ({ key: k, value: toAnyValue(value[k]) })) },
        };
    return {};
}

// EXTERNAL MODULE: ./lib/telemetry/trace-file.js
var trace_file = __webpack_require__(84197);
;// CONCATENATED MODULE: ./lib/telemetry/file-exporter.js
// The trace file every run gets, collector or not: `<output-dir>/trace.jsonl`, one OTLP/JSON
// ExportTraceServiceRequest per line, as the OpenTelemetry Collector's file exporter writes.
// Spans are kept in memory and written once, atomically, when the run ends: a run's trace is a few
// hundred spans, and a reader never sees half a file.




const SPANS_PER_LINE = 512;
class TraceFileProcessor {
    spans = [];
    onStart() { }
    onEnd(span) {
        this.spans.push(span);
    }
    async forceFlush() { }
    async shutdown() { }
    /** Writes every span ended so far to `<dir>/trace.jsonl`. */
    async write(dir) {
        const lines = [];
        for (let i = 0; i < this.spans.length; i += SPANS_PER_LINE)
            lines.push(otlpJsonRequest(this.spans.slice(i, i + SPANS_PER_LINE)));
        const file = (0,external_node_path_.join)(dir, trace_file/* TRACE_FILE */.B);
        await (0,atomic_write.atomicWriteFile)(file, lines.map((l) => `${l}\n`).join(''));
        return file;
    }
}

// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/context/context.mjs
var context_context = __webpack_require__(11802);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/trace_flags.mjs
var trace_flags = __webpack_require__(38574);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/platform/node/sdk-info.mjs + 2 modules
var sdk_info = __webpack_require__(31529);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/common/attributes.mjs
var common_attributes = __webpack_require__(1267);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/common/time.mjs
var time = __webpack_require__(37463);
;// CONCATENATED MODULE: ./lib/telemetry/span-recorder.js
// The run's spans when they only go to trace.jsonl: a TracerProvider of our own that records spans as
// the OpenTelemetry SDK's TracerProvider does (AlwaysOnSampler, the SDK's span limits, its clock, its
// resource merge), for the file processor to write. Loading the SDK (@opentelemetry/sdk-trace and
// resources) costs every run ~10 ms of start-up; it is loaded only when spans leave the process over
// OTLP (sdk-provider.ts). tests/telemetry/span-recorder.test.ts holds both to the same trace.jsonl.


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
/** The part of the SDK's TracerProvider a run's trace uses. */
class SpanRecorder {
    opts;
    resource;
    constructor(opts) {
        this.opts = opts;
        // As defaultResource().merge(resourceFromAttributes(...)): the run's attributes first, and win.
        const attributes = {};
        const defaults = {
            'service.name': process.argv0 ? `unknown_service:${process.argv0}` : 'unknown_service',
            'telemetry.sdk.language': sdk_info/* SDK_INFO */.q['telemetry.sdk.language'],
            'telemetry.sdk.name': sdk_info/* SDK_INFO */.q['telemetry.sdk.name'],
            'telemetry.sdk.version': sdk_info/* SDK_INFO */.q['telemetry.sdk.version'],
        };
        for (const [k, v] of [...Object.entries(opts.resource), ...Object.entries(defaults)])
            if (!Object.hasOwn(attributes, k) && k.length > 0 && (0,common_attributes/* isSimpleAttributeValue */.Y6)(v))
                attributes[k] = v;
        this.resource = {
            attributes,
            asyncAttributesPending: false,
            schemaUrl: undefined,
            waitForAsyncAttributes: async () => undefined,
            merge: () => this.resource,
            getRawAttributes: () => Object.entries(attributes),
        };
    }
    getTracer(name, version) {
        return new RecordingTracer({ name, version }, this.resource, this.opts);
    }
    async shutdown() {
        await Promise.all(this.opts.spanProcessors.map((p) => p.shutdown()));
    }
}
class RecordingTracer {
    scope;
    resource;
    opts;
    constructor(scope, resource, opts) {
        this.scope = scope;
        this.resource = resource;
        this.opts = opts;
    }
    startSpan(name, options = {}, context = context_context/* ROOT_CONTEXT */.l) {
        const parent = options.root ? undefined : trace_api/* trace */.u.getSpanContext(context);
        const valid = parent && trace_api/* trace */.u.isSpanContextValid(parent) ? parent : undefined;
        const spanContext = {
            traceId: valid?.traceId ?? this.opts.traceId ?? randomId(16),
            spanId: randomId(8),
            // AlwaysOnSampler: every span is recorded and sampled, whatever the caller decided.
            traceFlags: trace_flags/* TraceFlags */.X.SAMPLED,
            ...(valid?.traceState ? { traceState: valid.traceState } : {}),
        };
        const links = (options.links ?? []).map((link) => ({
            context: link.context,
            ...(0,common_attributes/* cleanAttributes */.J1)(link.attributes, {
                attributeCountLimit: LIMITS.attributePerLinkCountLimit,
                attributeValueLengthLimit: LIMITS.attributeValueLengthLimit,
            }),
        }));
        const first = (0,common_attributes/* cleanAttributes */.J1)(options.attributes, NO_LIMITS);
        const kept = (0,common_attributes/* cleanAttributes */.J1)(first.attributes ?? {}, LIMITS);
        const span = new RecordedSpan({
            name,
            kind: options.kind ?? span_kind/* SpanKind */.v.INTERNAL,
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
        for (const p of this.opts.spanProcessors)
            p.onStart(span, context);
        return span;
    }
    startActiveSpan() {
        throw new Error('runlens bug: the span recorder has no active context; pass contexts explicitly');
    }
}
/** A span as the SDK's SpanImpl records it: the same clock, limits and rules for late calls. */
class RecordedSpan {
    name;
    kind;
    parentSpanContext;
    attributes;
    links = [];
    events = [];
    startTime;
    resource;
    instrumentationScope;
    status = { code: trace_status/* SpanStatusCode */.s.UNSET };
    endTime = [0, 0];
    duration = [-1, -1];
    ended = false;
    droppedAttributesCount;
    droppedEventsCount = 0;
    droppedLinksCount = 0;
    attributesCount;
    spanCtx;
    performanceStartTime;
    performanceOffset;
    startTimeProvided;
    processors;
    constructor(o) {
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
        }
        else
            this.links = o.links;
        this.attributes = o.attributes;
        this.attributesCount = Object.keys(o.attributes).length;
        this.droppedAttributesCount = o.droppedAttributesCount;
        this.processors = o.processors;
    }
    spanContext() {
        return this.spanCtx;
    }
    setAttribute(key, value) {
        if (this.ended)
            return this;
        const decision = (0,common_attributes/* maybeAddAttribute */.KF)({
            key,
            value,
            attributes: this.attributes,
            limits: LIMITS,
            currentAttributesCount: this.attributesCount,
        });
        if (decision === common_attributes/* AddAttributeDecision */.qv.DROP_LIMIT_REACHED)
            this.droppedAttributesCount++;
        else if (decision === common_attributes/* AddAttributeDecision */.qv.ADD_NEW)
            this.attributesCount++;
        return this;
    }
    setAttributes(attributes) {
        for (const key in attributes)
            if (Object.hasOwn(attributes, key))
                this.setAttribute(key, attributes[key]);
        return this;
    }
    addEvent(name, attributesOrStartTime, timeStamp) {
        if (this.ended)
            return this;
        if (this.events.length >= LIMITS.eventCountLimit) {
            this.events.shift();
            this.droppedEventsCount++;
        }
        let attributes = attributesOrStartTime;
        if ((0,time/* isTimeInput */.Ir)(attributesOrStartTime)) {
            if (!(0,time/* isTimeInput */.Ir)(timeStamp))
                timeStamp = attributesOrStartTime;
            attributes = undefined;
        }
        this.events.push({
            name,
            time: this.time(timeStamp),
            ...(0,common_attributes/* cleanSimpleAttributes */.Pr)(attributes, {
                attributeCountLimit: LIMITS.attributePerEventCountLimit,
                attributeValueLengthLimit: LIMITS.attributeValueLengthLimit,
            }),
        });
        return this;
    }
    addLink(link) {
        if (this.ended)
            return this;
        if (this.links.length >= LIMITS.linkCountLimit) {
            this.links.shift();
            this.droppedLinksCount++;
        }
        this.links.push({
            context: link.context,
            ...(0,common_attributes/* cleanAttributes */.J1)(link.attributes, {
                attributeCountLimit: LIMITS.attributePerLinkCountLimit,
                attributeValueLengthLimit: LIMITS.attributeValueLengthLimit,
            }),
        });
        return this;
    }
    addLinks(links) {
        for (const link of links)
            this.addLink(link);
        return this;
    }
    setStatus(status) {
        if (this.ended || status.code === trace_status/* SpanStatusCode */.s.UNSET || this.status.code === trace_status/* SpanStatusCode */.s.OK)
            return this;
        this.status =
            status.code === trace_status/* SpanStatusCode */.s.ERROR && typeof status.message === 'string'
                ? { code: status.code, message: status.message }
                : { code: status.code };
        return this;
    }
    updateName(name) {
        if (!this.ended)
            this.name = name;
        return this;
    }
    end(endTime) {
        if (this.ended)
            return;
        this.endTime = this.time(endTime);
        this.duration = (0,time/* hrTimeDuration */.W5)(this.startTime, this.endTime);
        if (this.duration[0] < 0) {
            this.endTime = [...this.startTime];
            this.duration = [0, 0];
        }
        for (const p of this.processors)
            p.onEnding?.(this);
        this.ended = true;
        for (const p of this.processors)
            p.onEnd(this);
    }
    isRecording() {
        return !this.ended;
    }
    recordException(exception, time) {
        const attributes = {};
        if (typeof exception === 'string')
            attributes['exception.message'] = exception;
        else if (exception) {
            if (exception.code)
                attributes['exception.type'] = exception.code.toString();
            else if (exception.name)
                attributes['exception.type'] = exception.name;
            if (exception.message)
                attributes['exception.message'] = exception.message;
            if (exception.stack)
                attributes['exception.stacktrace'] = exception.stack;
        }
        if (attributes['exception.type'] || attributes['exception.message'])
            this.addEvent('exception', attributes, time);
    }
    /** SpanImpl's clock: performance.now() since the span began, anchored to the wall clock once. */
    time(input) {
        if (typeof input === 'number' && input <= performance.now())
            return (0,time/* hrTime */._5)(input + this.performanceOffset);
        if (typeof input === 'number')
            return (0,time/* millisToHrTime */.lg)(input);
        if (input instanceof Date)
            return (0,time/* millisToHrTime */.lg)(input.getTime());
        if ((0,time/* isTimeInputHrTime */.VL)(input))
            return input;
        if (this.startTimeProvided)
            return (0,time/* millisToHrTime */.lg)(Date.now());
        return (0,time/* addHrTimes */.mw)(this.startTime, (0,time/* millisToHrTime */.lg)(performance.now() - this.performanceStartTime));
    }
}
/** As the SDK's RandomIdGenerator: random bytes as hex, never all zero (an invalid id). */
function randomId(bytes) {
    let hex = '';
    for (let i = 0; i < bytes / 4; i++)
        hex += ((Math.random() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    return /^0+$/.test(hex) ? `${hex.slice(0, -1)}1` : hex;
}

// EXTERNAL MODULE: ./lib/telemetry/propagation.js
var propagation = __webpack_require__(2929);
// EXTERNAL MODULE: ./lib/telemetry/semconv.js
var semconv = __webpack_require__(89998);
;// CONCATENATED MODULE: ./lib/telemetry/run-trace.js
// The engine's RunTrace, with OpenTelemetry: one SERVER span for the pipeline run, one span per step,
// child spans for the phases of built-in checks, an event per attempt. Contexts are passed
// explicitly (no global tracer provider, no global context manager), so several runs can share a
// process (tests) and runlens never changes the tracing of code that embeds it.








const TASK_RESULT = {
    passed: 'success',
    failed: 'failure',
    'timed-out': 'timeout',
    cancelled: 'cancellation',
    skipped: 'skip',
};
class OtelRunTrace {
    opts;
    traceId;
    provider;
    tracer;
    runSpan;
    runContext;
    file;
    otlp;
    steps = new Map();
    ended = false;
    /** Why the trace did not reach the OTLP receiver, once end() has flushed (the run's metrics count it). */
    exportProblem;
    constructor(opts) {
        this.opts = opts;
        const processors = [];
        if (opts.telemetry.file) {
            this.file = new TraceFileProcessor();
            processors.push(this.file);
        }
        if (opts.telemetry.otlp && opts.otlpExporter && opts.sdk) {
            this.otlp = new opts.otlpExporter(opts.telemetry.otlp, opts.telemetry.timeoutMs, `runlens/${opts.runlensVersion}`);
            // Spans leave while the run goes on, once a second: live in the receiver's UI, and exported
            // while the steps keep the engine waiting, so little is left to send when the run ends.
            processors.push(new opts.sdk.BatchSpanProcessor({
                exporter: this.otlp,
                scheduledDelayMillis: 1000,
                exportTimeoutMillis: opts.telemetry.timeoutMs,
                maxQueueSize: 65536,
                maxExportBatchSize: 512,
            }));
        }
        // Both sample every span (the trace file is the run's record whatever an upstream sampler decided).
        const provider = { resource: opts.resource, spanProcessors: processors, ...(opts.traceId ? { traceId: opts.traceId } : {}) };
        this.provider = opts.sdk ? opts.sdk.sdkTracerProvider(provider) : new SpanRecorder(provider);
        this.tracer = this.provider.getTracer('runlens', opts.runlensVersion);
        const { platform } = opts;
        this.runSpan = this.tracer.startSpan(`RUN ${opts.name}`, {
            kind: span_kind/* SpanKind */.v.SERVER,
            startTime: opts.startedAt,
            attributes: compact({
                [semconv/* ATTR_CICD_PIPELINE_NAME */.pb]: opts.name,
                [semconv/* ATTR_CICD_PIPELINE_ACTION_NAME */.MJ]: 'RUN',
                [semconv/* ATTR_CICD_PIPELINE_RUN_ID */.Jh]: platform.runId,
                [semconv/* ATTR_CICD_PIPELINE_RUN_URL_FULL */.Lf]: platform.runUrl,
            }),
        }, opts.parent);
        this.runContext = trace_api/* trace */.u.setSpan(opts.parent, this.runSpan);
        this.traceId = this.runSpan.spanContext().traceId;
    }
    step(id, kind) {
        const stepTrace = new OtelStepTrace(this.tracer, this.runContext, id, kind, this.opts.platform, undefined, this.opts.cost);
        this.steps.set(id, stepTrace);
        return stepTrace;
    }
    recordPhase(name, phase) {
        if (this.ended)
            return;
        const span = this.tracer.startSpan(name, { kind: span_kind/* SpanKind */.v.INTERNAL, startTime: phase.startedAt, attributes: phase.attributes }, this.runContext);
        if (phase.error) {
            span.setAttribute(stable_attributes/* ATTR_ERROR_TYPE */.oJb, `${name}_failed`);
            span.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message: phase.error });
        }
        span.end(phase.endedAt);
    }
    async end(result) {
        const warnings = [...this.opts.warnings];
        if (this.ended)
            return warnings;
        this.ended = true;
        try {
            this.recordUntracedSteps(result);
            for (const step of this.steps.values())
                step.endIfOpen();
            this.endRunSpan(result);
        }
        catch (err) {
            warnings.push(`Tracing could not record the end of the run: ${err.message}`);
        }
        try {
            warnings.push(...(await this.flush()));
        }
        catch (err) {
            warnings.push(`Tracing could not write or export the trace: ${err.message}`);
        }
        return warnings;
    }
    /** Steps the engine never started (skipped after a failed need) still belong in the trace. */
    recordUntracedSteps(result) {
        const at = new Date(Date.parse(result.finishedAt) || Date.now());
        for (const step of result.steps) {
            if (this.steps.has(step.id))
                continue;
            const stepTrace = new OtelStepTrace(this.tracer, this.runContext, step.id, step.kind, this.opts.platform, step.startedAt ? new Date(step.startedAt) : at, this.opts.cost);
            this.steps.set(step.id, stepTrace);
            stepTrace.end(step);
        }
    }
    endRunSpan(result) {
        const span = this.runSpan;
        const outcome = result.status === 'passed' ? 'success' : result.status === 'cancelled' ? 'cancellation' : 'failure';
        span.setAttributes({
            [semconv/* ATTR_CICD_PIPELINE_RESULT */.rT]: outcome,
            'runlens.exit_code': result.exitCode,
            'runlens.dry_run': result.dryRun,
            'runlens.steps': result.steps.length,
            'runlens.findings.total': result.counts.total,
            'runlens.findings.critical': result.counts.critical,
            'runlens.findings.high': result.counts.high,
            'runlens.gate.passed': result.gate.passed,
        });
        span.setAttributes(costAttributes(result));
        if (result.status === 'failed') {
            const aStepFailed = result.steps.some((s) => (0,model_result/* stepFailed */._p)(s) && !s.allowedFailure);
            const overBudget = !aStepFailed && result.gate.passed && result.budget?.exceeded === true;
            span.setAttribute(stable_attributes/* ATTR_ERROR_TYPE */.oJb, aStepFailed ? 'step_failed' : overBudget ? 'budget_exceeded' : 'gate_failed');
            span.setStatus({
                code: trace_status/* SpanStatusCode */.s.ERROR,
                message: aStepFailed ? 'a step failed' : overBudget ? result.budget.reason : result.gate.reason,
            });
        }
        const finished = Date.parse(result.finishedAt);
        span.end(Number.isNaN(finished) ? undefined : new Date(Math.max(finished, Date.parse(result.startedAt) || 0)));
    }
    /** Writes the trace file and flushes OTLP, within the timeout; reports, never throws. */
    async flush() {
        const warnings = [];
        const { timeoutMs, otlp: target } = this.opts.telemetry;
        // Shutdown first, and the file on the next turn of the event loop: the last OTLP request is
        // then on the wire while the trace file is serialized.
        let timer;
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        const shutdown = this.provider.shutdown().then(() => 'done', (err) => (err instanceof Error ? err : new Error(String(err))));
        const file = this.file;
        const fileWritten = file
            ? new Promise((resolve) => setImmediate(resolve))
                .then(() => file.write(this.opts.outputDir))
                .then(() => undefined, (err) => `The trace file could not be written to ${this.opts.outputDir}: ${err.message}`)
            : undefined;
        const outcome = await Promise.race([shutdown, timedOut]);
        clearTimeout(timer);
        const fileProblem = await fileWritten;
        if (fileProblem)
            warnings.push(fileProblem);
        if (this.otlp && target) {
            const reason = this.otlp.failure ??
                (outcome === 'timeout' ? `no answer within ${timeoutMs} ms` : outcome instanceof Error ? outcome.message : undefined);
            if (reason !== undefined) {
                this.exportProblem = { url: target.url, reason };
                const rest = this.file && !fileProblem ? '; the full trace is in trace.jsonl' : '';
                warnings.push(`Trace export to ${redactUrl(target.url)} failed: ${reason}. The run itself is unaffected${rest}.`);
            }
        }
        return warnings;
    }
}
// The phase running now, so that a phase started inside another nests under it, without a global
// context manager. Keyed by step: concurrent steps never see each other's phases.
const activePhase = new external_node_async_hooks_.AsyncLocalStorage();
class OtelStepTrace {
    tracer;
    id;
    cost;
    env;
    span;
    context;
    open = true;
    constructor(tracer, parent, id, kind, platform, startTime, cost) {
        this.tracer = tracer;
        this.id = id;
        this.cost = cost;
        this.span = tracer.startSpan(id, {
            kind: span_kind/* SpanKind */.v.INTERNAL,
            ...(startTime ? { startTime } : {}),
            attributes: compact({
                [semconv/* ATTR_CICD_PIPELINE_TASK_NAME */.RO]: id,
                [semconv/* ATTR_CICD_PIPELINE_TASK_RUN_ID */.FI]: platform.runId ? `${platform.runId}/${id}` : id,
                [semconv/* ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL */.b6]: platform.jobUrl ?? platform.runUrl,
                'runlens.step.kind': kind,
            }),
        }, parent);
        this.context = trace_api/* trace */.u.setSpan(parent, this.span);
        this.env = (0,propagation.envFromContext)(this.context);
    }
    async phase(name, fn, attributes) {
        const current = activePhase.getStore();
        const parent = current?.step === this ? current.context : this.context;
        const span = this.tracer.startSpan(name, { kind: span_kind/* SpanKind */.v.INTERNAL, ...(attributes ? { attributes } : {}) }, parent);
        try {
            const value = await activePhase.run({ step: this, context: trace_api/* trace */.u.setSpan(parent, span) }, fn);
            span.end();
            return value;
        }
        catch (err) {
            const error = err instanceof Error ? err : new Error(String(err));
            span.recordException(error);
            span.setAttribute(stable_attributes/* ATTR_ERROR_TYPE */.oJb, error.name || 'Error');
            span.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message: error.message });
            span.end();
            throw err;
        }
    }
    attempt(a) {
        if (!this.open)
            return;
        const started = Date.parse(a.startedAt);
        this.span.addEvent('attempt', compact({
            'runlens.attempt': a.attempt,
            'runlens.attempt.status': a.status,
            'runlens.attempt.duration_ms': a.durationMs,
            'runlens.attempt.exit_code': a.exitCode ?? undefined,
            'runlens.attempt.signal': a.signal ?? undefined,
            'runlens.attempt.error': a.error,
        }), Number.isNaN(started) ? undefined : new Date(started + a.durationMs));
    }
    end(result) {
        if (!this.open)
            return;
        this.open = false;
        const outcome = TASK_RESULT[result.status];
        this.span.setAttributes(compact({
            [semconv/* ATTR_CICD_PIPELINE_TASK_RUN_RESULT */.rb]: outcome,
            'runlens.step.attempts': result.attempts.length,
            'runlens.step.exit_code': result.exitCode ?? undefined,
            'runlens.step.allowed_failure': result.allowedFailure || undefined,
            'runlens.step.findings': result.findings.length || undefined,
            'runlens.step.reason': result.reason,
            'runlens.step.matrix': matrixLabel(result.id),
            'runlens.step.cpu.user_seconds': result.usage?.cpuUserSeconds,
            'runlens.step.cpu.system_seconds': result.usage?.cpuSystemSeconds,
            'runlens.step.memory.peak_rss_bytes': result.usage?.peakRssBytes,
            'runlens.step.stdout_bytes': result.usage?.stdoutBytes,
            'runlens.step.stderr_bytes': result.usage?.stderrBytes,
            ...stepCostAttributes(result, this.cost),
        }));
        if (result.status === 'failed' || result.status === 'timed-out') {
            this.span.setAttribute(stable_attributes/* ATTR_ERROR_TYPE */.oJb, errorType(result));
            this.span.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message: result.reason ?? `${this.id} ${result.status}` });
        }
        this.span.end();
    }
    /** A step the engine started but never ended (the run was interrupted). */
    endIfOpen() {
        if (!this.open)
            return;
        this.open = false;
        this.span.setAttribute(semconv/* ATTR_CICD_PIPELINE_TASK_RUN_RESULT */.rb, 'cancellation');
        this.span.end();
    }
}
/**
 * A step span ends while the run goes on, before the job's billed minutes are known: it carries the step's
 * own time at the runner's rate. The run span carries the billed total (rounding and overhead included);
 * run.json's StepResult.cost is each step's share of that total.
 */
function stepCostAttributes(result, cost) {
    if (!cost)
        return {};
    const ran = result.status !== 'skipped' && !result.cached && !result.resumed;
    const minutes = ran ? result.durationMs / 60_000 : 0;
    return {
        'runlens.cost.minutes': round6(minutes),
        'runlens.cost.amount': round6(minutes * cost.rate),
        'runlens.cost.currency': cost.currency,
        'runlens.cost.rate': cost.rate,
    };
}
function costAttributes(result) {
    const c = result.cost;
    return compact({
        'runlens.cost.minutes': c?.minutes,
        'runlens.cost.wall_minutes': c?.wallMinutes,
        'runlens.cost.amount': c?.amount,
        'runlens.cost.currency': c?.currency,
        'runlens.cost.rate': c?.rate,
        'runlens.cost.rate_source': c?.rateSource,
        'runlens.cost.runner': c?.runner,
        'runlens.cost.compute_minutes': c?.computeMinutes,
        'runlens.cost.base.minutes': c?.base?.wallMinutes,
        'runlens.cost.base.amount': c?.base?.amount,
        'runlens.budget.exceeded': result.budget?.exceeded,
    });
}
function round6(x) {
    return Math.round(x * 1e6) / 1e6;
}
/** Low-cardinality, as error.type asks: `timeout`, a signal name, or the exit code. */
function errorType(result) {
    if (result.status === 'timed-out')
        return 'timeout';
    const last = result.attempts.at(-1);
    if (last?.signal)
        return last.signal;
    if (result.exitCode !== null && result.exitCode !== undefined)
        return `exit_code_${result.exitCode}`;
    return '_OTHER';
}
function compact(attrs) {
    const out = {};
    for (const [key, value] of Object.entries(attrs))
        if (value !== undefined && value !== '')
            out[key] = value;
    return out;
}
/** Endpoints may carry credentials (user:password@host); never print them. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            u.username = '***';
            u.password = '';
        }
        return u.toString();
    }
    catch {
        return url;
    }
}
/** A matrix combination's values, from its id (`test (python=3.11, os=a)` → `python=3.11, os=a`). */
function matrixLabel(id) {
    return /^[A-Za-z_][A-Za-z0-9_-]* \((.+)\)$/.exec(id)?.[1];
}


/***/ })

};
