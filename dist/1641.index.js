export const id = 1641;
export const ids = [1641,4022];
export const modules = {

/***/ 61641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubClient: () => (/* binding */ githubClient)
/* harmony export */ });
/* unused harmony export ApiTimeoutError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78665);
// The REST client for everything runlens asks GitHub (the PR comment, the SARIF upload): @actions/github's
// octokit — its proxy-aware fetch, GITHUB_API_URL for GHES — with every request bounded. A stalled API
// (it accepts the connection and never answers) costs at most `timeoutMs` per call, and a whole phase
// ends when its `signal` aborts.


class ApiTimeoutError extends Error {
    constructor(what, ms) {
        super(`${what}: no answer within ${formatSeconds(ms)}`);
    }
}
const formatSeconds = (ms) => `${Number((ms / 1000).toFixed(1))}s`;
function githubClient(token, apiUrl, bounds) {
    const base = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch;
    const bounded = async (url, init = {}) => {
        const timer = AbortSignal.timeout(bounds.timeoutMs);
        const signals = [timer, init.signal, bounds.signal].filter((s) => !!s);
        try {
            return await base(url, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (err) {
            const where = `${init.method ?? 'GET'} ${new URL(String(url)).pathname}`;
            if (timer.aborted)
                throw new ApiTimeoutError(`GitHub API ${where}`, bounds.timeoutMs);
            if (bounds.signal?.aborted)
                throw new ApiTimeoutError(`GitHub API ${where} (the phase ran out of time)`, bounds.timeoutMs);
            throw err;
        }
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl.replace(/\/+$/, ''), request: { fetch: bounded } });
}


/***/ })

};
