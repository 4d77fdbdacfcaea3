export const id = 8676;
export const ids = [8676,1641,4022];
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


/***/ }),

/***/ 68676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertGithubComment: () => (/* binding */ upsertGithubComment)
/* harmony export */ });
/* unused harmony exports tokenIdentity, writtenBy */
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61641);
// Sticky PR comment through the REST API (octokit): find ours — the marker, written by this token's
// identity — update it, or create it. A comment by anyone else that quotes the marker is left alone.

/**
 * `GET /user` names a PAT's user. Installation tokens (GITHUB_TOKEN is one) get 403 there: they write as an
 * app's bot, `<app-slug>[bot]` (`github-actions[bot]` for GITHUB_TOKEN), and GitHub marks such comments
 * with `performed_via_github_app`.
 */
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { kind: 'user', login: data.login };
    }
    catch (err) {
        // octokit's RequestError carries the HTTP status; anything else (a timeout) is not an answer.
        const status = err.status;
        if (status === 403 || status === 404)
            return { kind: 'app' };
        throw err;
    }
}
function writtenBy(identity, c) {
    const login = c.user?.login;
    if (!login)
        return false;
    if (identity.kind === 'user')
        return login === identity.login;
    if (login === 'github-actions[bot]')
        return true;
    const slug = c.performed_via_github_app?.slug;
    return c.user?.type === 'Bot' && !!slug && login === `${slug}[bot]`;
}
async function upsertGithubComment(target, body, marker, bounds = { timeoutMs: 10_000 }) {
    const [owner, repo] = target.repository.split('/');
    const octokit = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_0__.githubClient)(target.token, target.apiUrl, bounds);
    const issue = { owner, repo, issue_number: target.pullNumber };
    const [identity, comments] = await Promise.all([
        tokenIdentity(octokit),
        octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
    ]);
    const ours = comments.find((c) => c.body?.includes(marker) && writtenBy(identity, c));
    if (ours) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
        return data.html_url;
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body });
    return data.html_url;
}


/***/ })

};
