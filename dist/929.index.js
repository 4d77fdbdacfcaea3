export const id = 929;
export const ids = [929];
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


/***/ })

};
