export const id = 8526;
export const ids = [8526];
export const modules = {

/***/ 38526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordRunMetrics: () => (/* binding */ recordRunMetrics)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62622);
/* harmony import */ var _metrics_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3993);


async function recordRunMetrics(run, opts) {
    const warnings = [];
    const traceProblem = opts.traceExport?.();
    const systemErrors = traceProblem ? [{ component: 'trace-exporter', type: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .exportErrorType */ .bm)(traceProblem.reason) }] : [];
    const measurements = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .runMeasurements */ .bs)(run, systemErrors);
    const startedAt = Date.parse(run.startedAt);
    const endedAt = Date.parse(run.finishedAt);
    const envelope = {
        // service.instance.id tells one run's cumulative series from the next run's (the OpenTelemetry spec
        // asks it to be unique per SDK instance: each run is one).
        resource: { 'service.instance.id': randomUuid(), ...opts.resource },
        scope: { name: 'runlens', version: opts.runlensVersion },
        startedAt: Number.isNaN(startedAt) ? Date.now() : startedAt,
        endedAt: Number.isNaN(endedAt) ? Date.now() : Math.max(endedAt, startedAt || 0),
        temporality: opts.target.temporality,
    };
    const otlp = opts.target.otlp;
    let sent;
    if (otlp) {
        if (traceProblem && unreachable(traceProblem.reason) && sameOrigin(traceProblem.url, otlp.url)) {
            // The receiver did not answer the trace: asking it again would only add another timeout to the run.
            warnings.push(`Metrics were not sent to ${origin(otlp.url)}: it did not answer the trace export (${traceProblem.reason}). They are in metrics.jsonl.`);
        }
        else {
            sent = Promise.all(/* import() */[__webpack_require__.e(7800), __webpack_require__.e(1772), __webpack_require__.e(5529), __webpack_require__.e(2789), __webpack_require__.e(6725), __webpack_require__.e(4009)]).then(__webpack_require__.bind(__webpack_require__, 14009)).then(async ({ collectRunMetrics, exportRunMetrics }) => exportRunMetrics(await collectRunMetrics(measurements, envelope), otlp, opts.timeoutMs, `runlens/${opts.runlensVersion}`));
        }
    }
    if (opts.target.file) {
        try {
            await (0,_metrics_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeMetricsFile */ .bw)(opts.outputDir, (0,_metrics_file_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsRequest */ .lz)(measurements, envelope));
        }
        catch (err) {
            warnings.push(`The metrics file could not be written to ${opts.outputDir}: ${err.message}`);
        }
    }
    if (sent) {
        const problem = await sent.catch((err) => `Metrics could not be exported: ${err.message}`);
        if (problem)
            warnings.push(problem);
    }
    return warnings;
}
/** No HTTP answer at all (refused, timed out, reset, unknown host), rather than an answer saying no. */
function unreachable(reason) {
    return !/^HTTP \d{3}\b/.test(reason);
}
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}
/** Scheme, host and port: never the credentials a URL may carry. */
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'the OTLP receiver';
    }
}
/**
 * A version-4-shaped UUID from Math.random: unique enough to tell runs apart, and not crypto.randomUUID, whose
 * first call loads node:crypto (~7 ms of a run's start-up; src/base/atomic-write.ts avoids it for the same reason).
 */
function randomUuid() {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}


/***/ })

};
