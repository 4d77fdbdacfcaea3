export const id = 160;
export const ids = [160];
export const modules = {

/***/ 160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OtlpSpanExporter: () => (/* binding */ OtlpSpanExporter)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5931);
/* harmony import */ var _opentelemetry_otlp_exporter_base__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8830);
/* harmony import */ var _opentelemetry_otlp_exporter_base__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4963);
/* harmony import */ var _opentelemetry_otlp_exporter_base_node_http__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4969);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5603);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3414);
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
