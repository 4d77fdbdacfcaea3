export const id = 3173;
export const ids = [3173];
export const modules = {

/***/ 43173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BatchSpanProcessor: () => (/* reexport safe */ _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_0__.J),
/* harmony export */   sdkTracerProvider: () => (/* binding */ sdkTracerProvider)
/* harmony export */ });
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34344);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53143);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71127);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79882);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22372);
// The OpenTelemetry SDK's TracerProvider, for a run whose spans leave the process over OTLP (a
// BatchSpanProcessor sends them while the run goes on). startRunTrace loads this module only then:
// a run that writes only trace.jsonl records its spans with span-recorder.ts and never loads the SDK.



function sdkTracerProvider(opts) {
    const random = new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .RandomIdGenerator */ .s();
    const forcedTraceId = opts.traceId;
    return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_2__/* .TracerProvider */ .d({
        resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__/* .defaultResource */ .gk)().merge((0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__/* .resourceFromAttributes */ .QZ)(opts.resource)),
        // The trace file is the run's record whatever an upstream sampler decided.
        sampler: new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_4__/* .AlwaysOnSampler */ .f(),
        idGenerator: {
            generateTraceId: () => forcedTraceId ?? random.generateTraceId(),
            generateSpanId: () => random.generateSpanId(),
        },
        spanProcessors: opts.spanProcessors,
    });
}


/***/ })

};
