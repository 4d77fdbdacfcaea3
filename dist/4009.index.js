export const id = 4009;
export const ids = [4009];
export const modules = {

/***/ 14009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectRunMetrics: () => (/* binding */ collectRunMetrics),
/* harmony export */   exportRunMetrics: () => (/* binding */ exportRunMetrics)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18007);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81597);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(95902);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34344);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66700);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69778);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63938);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64809);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62622);
/* harmony import */ var _otlp_exporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90160);
/* harmony import */ var _run_trace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56725);
// The run's metrics over OTLP/HTTP, through the OpenTelemetry metrics SDK: the measurements of
// metrics.ts are recorded on SDK instruments, collected once, serialized (protobuf or JSON) and sent
// by the same HTTP transport as the trace. Loaded only when metrics go to an OTLP receiver.







/** Collects on demand only: runlens reads its metrics once, when the run has ended. */
class RunMetricsReader extends _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_3__/* .MetricReader */ .s {
    async onForceFlush() { }
    async onShutdown() { }
}
/** The measurements, recorded on SDK instruments and collected: the data the OTLP serializers take. */
async function collectRunMetrics(measurements, envelope) {
    const temporality = envelope.temporality === 'delta' ? _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_4__/* .AggregationTemporality */ .h.DELTA : _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_4__/* .AggregationTemporality */ .h.CUMULATIVE;
    const reader = new RunMetricsReader({
        // A gauge has no temporality to choose; sums and histograms take the one asked for.
        aggregationTemporalitySelector: (type) => type === _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_5__/* .InstrumentType */ .O.GAUGE || type === _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_5__/* .InstrumentType */ .O.OBSERVABLE_GAUGE ? _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_4__/* .AggregationTemporality */ .h.CUMULATIVE : temporality,
    });
    const provider = new _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_6__/* .MeterProvider */ .r({ resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_7__/* .resourceFromAttributes */ .QZ)(envelope.resource), readers: [reader] });
    try {
        const meter = provider.getMeter(envelope.scope.name, envelope.scope.version);
        const instruments = new Map();
        for (const m of measurements) {
            let sdk = instruments.get(m.instrument);
            if (!sdk) {
                const i = m.instrument;
                const options = { unit: i.unit, description: i.description, valueType: i.integer ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_8__/* .ValueType */ .e.INT : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_8__/* .ValueType */ .e.DOUBLE };
                sdk =
                    i.kind === 'histogram'
                        ? meter.createHistogram(i.name, { ...options, advice: { explicitBucketBoundaries: [..._metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_BUCKETS */ .pA] } })
                        : i.kind === 'counter'
                            ? meter.createCounter(i.name, options)
                            : meter.createGauge(i.name, options);
                instruments.set(i, sdk);
            }
            if (m.instrument.kind === 'counter')
                sdk.add(m.value, m.attributes);
            else
                sdk.record(m.value, m.attributes);
        }
        const { resourceMetrics, errors } = await reader.collect();
        if (errors.length > 0)
            throw new Error(errors.map(String).join('; '));
        // Every point covers the run: from its start to its end, not from the moment it was recorded.
        const startTime = hrTime(envelope.startedAt);
        const endTime = hrTime(envelope.endedAt);
        for (const scope of resourceMetrics.scopeMetrics)
            for (const metric of scope.metrics)
                for (const point of metric.dataPoints) {
                    point.startTime = startTime;
                    point.endTime = endTime;
                }
        return resourceMetrics;
    }
    finally {
        await provider.shutdown().catch(() => undefined);
    }
}
/** Sends the run's metrics; returns a warning when they did not arrive whole (never throws for the receiver's sake). */
async function exportRunMetrics(resourceMetrics, target, timeoutMs, userAgent) {
    const serializer = target.protocol === 'http/json' ? _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_9__/* .JsonMetricsSerializer */ .K : _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_10__/* .ProtobufMetricsSerializer */ .D;
    const transport = new _otlp_exporter_js__WEBPACK_IMPORTED_MODULE_1__.HttpTransport(target, userAgent);
    const where = (0,_run_trace_js__WEBPACK_IMPORTED_MODULE_2__.redactUrl)(target.url);
    try {
        const response = await transport.send(serializer.serializeRequest(resourceMetrics), timeoutMs);
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
    }
    finally {
        transport.shutdown();
    }
}
function hrTime(ms) {
    const whole = Math.round(ms);
    return [Math.floor(whole / 1000), (whole % 1000) * 1_000_000];
}


/***/ }),

/***/ 90160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpTransport: () => (/* binding */ HttpTransport),
/* harmony export */   OtlpSpanExporter: () => (/* binding */ OtlpSpanExporter)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55931);
/* harmony import */ var _opentelemetry_otlp_exporter_base__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68830);
/* harmony import */ var _opentelemetry_otlp_exporter_base__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4963);
/* harmony import */ var _opentelemetry_otlp_exporter_base_node_http__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74969);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57931);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88287);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5814);
// OTLP/HTTP span export (protobuf or JSON) through the OpenTelemetry SDK's export delegate and
// serializers. The HTTP transport is runlens's own, for two reasons the SDK's cannot serve:
// - the warning must name what went wrong (the SDK's retrying transport drops the HTTP status of
//   a 503 and retries a refused connection for the whole timeout);
// - export must never slow the pipeline: after one failed export the exporter stops trying, so
//   the end-of-run flush of a dead receiver costs nothing (the trace file still has every span).







// Per the OTLP spec, these statuses mean "try again later"; every other non-2xx is final.
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RESPONSE_BYTES = 64 * 1024;
class OtlpSpanExporter {
    target;
    inner;
    transport;
    /** Spans the receiver accepted / that were lost. */
    exported = 0;
    lost = 0;
    constructor(target, timeoutMs, userAgent) {
        this.target = target;
        this.transport = new HttpTransport(target, userAgent);
        const serializer = target.protocol === 'http/json' ? _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_3__/* .JsonTraceSerializer */ .U : _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_4__/* .ProtobufTraceSerializer */ .n;
        const metrics = (0,_opentelemetry_otlp_exporter_base_node_http__WEBPACK_IMPORTED_MODULE_5__/* .createOtlpHttpExporterMetrics */ .a)('otlp_http_span_exporter', _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_6__/* .TraceExporterMetricsHelper */ .w, target.url, undefined);
        const delegate = (0,_opentelemetry_otlp_exporter_base__WEBPACK_IMPORTED_MODULE_7__/* .createOtlpNetworkExportDelegate */ .D)({ timeoutMillis: timeoutMs, concurrencyLimit: 8, compression: target.compression }, serializer, metrics, this.transport);
        this.inner = new _opentelemetry_otlp_exporter_base__WEBPACK_IMPORTED_MODULE_8__/* .OTLPExporterBase */ .S(delegate);
    }
    /** Why export failed, in a few words (`HTTP 403 Forbidden`, `connection refused`), if it did. */
    get failure() {
        return this.transport.failure;
    }
    export(spans, resultCallback) {
        this.inner.export(spans, (result) => {
            if (result.code === _opentelemetry_core__WEBPACK_IMPORTED_MODULE_9__/* .ExportResultCode */ .V.SUCCESS)
                this.exported += spans.length;
            else {
                this.lost += spans.length;
                this.transport.failure ??= result.error?.message ?? 'unknown error';
            }
            resultCallback(result);
        });
    }
    forceFlush() {
        return this.inner.forceFlush();
    }
    async shutdown() {
        await this.inner.shutdown();
    }
}
/** POSTs OTLP requests to one URL; after a failure it sends nothing more (also used for the run's metrics). */
class HttpTransport {
    target;
    userAgent;
    failure;
    agent;
    request;
    constructor(target, userAgent) {
        this.target = target;
        this.userAgent = userAgent;
        const isHttps = new URL(target.url).protocol === 'https:';
        this.agent = isHttps ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true }) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
        this.request = isHttps ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    }
    async send(data, timeoutMillis) {
        if (this.failure !== undefined)
            return { status: 'failure', error: new Error(this.failure) };
        const body = this.target.compression === 'gzip' ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.gzipSync)(data) : data;
        const deadline = Date.now() + timeoutMillis;
        let backoffMs = 250;
        for (;;) {
            const response = await this.post(body, Math.max(1, deadline - Date.now()));
            if (response.status !== 'retryable')
                return this.settle(response);
            const waitMs = response.retryInMillis ?? backoffMs * (0.8 + Math.random() * 0.4);
            if (Date.now() + waitMs >= deadline)
                return this.settle(response);
            await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
            backoffMs *= 2;
        }
    }
    shutdown() {
        this.agent.destroy();
    }
    settle(response) {
        if (response.status === 'success')
            return response;
        this.failure ??= response.error?.message ?? 'the receiver kept answering "try again later"';
        return { status: 'failure', error: new Error(this.failure) };
    }
    post(body, timeoutMs) {
        const headers = {
            ...this.target.headers,
            'Content-Type': this.target.protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
            'User-Agent': this.userAgent,
        };
        if (this.target.compression === 'gzip')
            headers['Content-Encoding'] = 'gzip';
        return new Promise((resolve) => {
            const req = this.request(this.target.url, { method: 'POST', headers, agent: this.agent }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size <= MAX_RESPONSE_BYTES)
                        chunks.push(chunk);
                });
                res.on('error', (error) => resolve({ status: 'retryable', error: describeNetworkError(error, timeoutMs) }));
                res.on('end', () => {
                    const status = res.statusCode ?? 0;
                    const data = Buffer.concat(chunks);
                    if (status >= 200 && status < 300)
                        return resolve({ status: 'success', data });
                    const error = new Error(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${snippet(data)}`);
                    if (!RETRYABLE_STATUS.has(status))
                        return resolve({ status: 'failure', error });
                    resolve({ status: 'retryable', error, ...retryAfter(res.headers['retry-after']) });
                });
            });
            req.setTimeout(timeoutMs, () => {
                req.destroy();
                resolve({ status: 'retryable', error: new Error(`no answer within ${timeoutMs} ms`) });
            });
            req.on('error', (error) => {
                const described = describeNetworkError(error, timeoutMs);
                // A refused connection or an unknown host will not heal within seconds: do not wait on it.
                const final = error.code === 'ECONNREFUSED' || error.code === 'ENOTFOUND' || error.code === 'EAI_FAIL';
                resolve(final ? { status: 'failure', error: described } : { status: 'retryable', error: described });
            });
            req.end(body);
        });
    }
}
function describeNetworkError(error, timeoutMs) {
    const reasons = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset by the receiver',
        ENOTFOUND: 'host not found',
        EAI_AGAIN: 'host name lookup failed',
        ETIMEDOUT: `no answer within ${timeoutMs} ms`,
        EHOSTUNREACH: 'host unreachable',
        ENETUNREACH: 'network unreachable',
        CERT_HAS_EXPIRED: "the receiver's TLS certificate has expired",
        DEPTH_ZERO_SELF_SIGNED_CERT: "the receiver's TLS certificate is self-signed",
    };
    const reason = error.code ? reasons[error.code] : undefined;
    return new Error(reason ? `${reason} (${error.code})` : error.message);
}
/** The start of the receiver's explanation, which often says what is wrong (e.g. a bad token). */
function snippet(data) {
    const text = data.toString('utf8').replace(/\s+/g, ' ').trim();
    if (!text || !/^[\x20-\x7e]+$/.test(text))
        return '';
    return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}
function retryAfter(header) {
    if (!header)
        return {};
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return { retryInMillis: seconds * 1000 };
    const at = Date.parse(header);
    return Number.isNaN(at) ? {} : { retryInMillis: Math.max(0, at - Date.now()) };
}


/***/ })

};
