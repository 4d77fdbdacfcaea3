export const id = 679;
export const ids = [679,929];
export const modules = {

/***/ 2929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextFromEnv: () => (/* binding */ contextFromEnv),
/* harmony export */   envFromContext: () => (/* binding */ envFromContext)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1802);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4130);
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

/***/ 6679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OtelRunTrace: () => (/* binding */ OtelRunTrace),
  redactUrl: () => (/* binding */ redactUrl)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/span_kind.mjs
var span_kind = __webpack_require__(3428);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs + 6 modules
var trace_api = __webpack_require__(8408);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/status.mjs
var trace_status = __webpack_require__(1213);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/ResourceImpl.mjs + 5 modules
var ResourceImpl = __webpack_require__(9481);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/platform/node/export/BatchSpanProcessor.mjs + 4 modules
var BatchSpanProcessor = __webpack_require__(2372);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/platform/node/RandomIdGenerator.mjs
var RandomIdGenerator = __webpack_require__(3143);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/TracerProvider.mjs + 10 modules
var TracerProvider = __webpack_require__(1127);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/sampler/AlwaysOnSampler.mjs
var AlwaysOnSampler = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/semantic-conventions/dist/stable_attributes.mjs
var stable_attributes = __webpack_require__(2123);
// EXTERNAL MODULE: ./lib/model/result.js
var model_result = __webpack_require__(4484);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/otlp-transformer/dist/trace/json/trace.mjs + 4 modules
var trace = __webpack_require__(5603);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(4698);
// EXTERNAL MODULE: ./lib/telemetry/trace-file.js
var trace_file = __webpack_require__(4197);
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
        const decoder = new TextDecoder();
        for (let i = 0; i < this.spans.length; i += SPANS_PER_LINE) {
            lines.push(decoder.decode(trace/* JsonTraceSerializer */.U.serializeRequest(this.spans.slice(i, i + SPANS_PER_LINE))));
        }
        const file = (0,external_node_path_.join)(dir, trace_file/* TRACE_FILE */.B);
        await (0,atomic_write/* atomicWriteFile */.R)(file, lines.map((l) => `${l}\n`).join(''));
        return file;
    }
}

// EXTERNAL MODULE: ./lib/telemetry/propagation.js
var propagation = __webpack_require__(2929);
// EXTERNAL MODULE: ./lib/telemetry/semconv.js
var semconv = __webpack_require__(9998);
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
    constructor(opts) {
        this.opts = opts;
        const processors = [];
        if (opts.telemetry.file) {
            this.file = new TraceFileProcessor();
            processors.push(this.file);
        }
        if (opts.telemetry.otlp && opts.otlpExporter) {
            this.otlp = new opts.otlpExporter(opts.telemetry.otlp, opts.telemetry.timeoutMs, `runlens/${opts.runlensVersion}`);
            // Spans leave while the run goes on, once a second: live in the receiver's UI, and exported
            // while the steps keep the engine waiting, so little is left to send when the run ends.
            processors.push(new BatchSpanProcessor/* BatchSpanProcessor */.J({
                exporter: this.otlp,
                scheduledDelayMillis: 1000,
                exportTimeoutMillis: opts.telemetry.timeoutMs,
                maxQueueSize: 65536,
                maxExportBatchSize: 512,
            }));
        }
        const random = new RandomIdGenerator/* RandomIdGenerator */.s();
        const forcedTraceId = opts.traceId;
        this.provider = new TracerProvider/* TracerProvider */.d({
            resource: (0,ResourceImpl/* defaultResource */.gk)().merge((0,ResourceImpl/* resourceFromAttributes */.QZ)(opts.resource)),
            // The trace file is the run's record whatever an upstream sampler decided.
            sampler: new AlwaysOnSampler/* AlwaysOnSampler */.f(),
            idGenerator: {
                generateTraceId: () => forcedTraceId ?? random.generateTraceId(),
                generateSpanId: () => random.generateSpanId(),
            },
            spanProcessors: processors,
        });
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
        const stepTrace = new OtelStepTrace(this.tracer, this.runContext, id, kind, this.opts.platform);
        this.steps.set(id, stepTrace);
        return stepTrace;
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
            const stepTrace = new OtelStepTrace(this.tracer, this.runContext, step.id, step.kind, this.opts.platform, step.startedAt ? new Date(step.startedAt) : at);
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
        if (result.status === 'failed') {
            const aStepFailed = result.steps.some((s) => (0,model_result/* stepFailed */._p)(s) && !s.allowedFailure);
            span.setAttribute(stable_attributes/* ATTR_ERROR_TYPE */.oJb, aStepFailed ? 'step_failed' : 'gate_failed');
            span.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message: aStepFailed ? 'a step failed' : result.gate.reason });
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
    env;
    span;
    context;
    open = true;
    constructor(tracer, parent, id, kind, platform, startTime) {
        this.tracer = tracer;
        this.id = id;
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
