export const id = 520;
export const ids = [520];
export const modules = {

/***/ 4663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports formatCommand, formatFileCommandValue */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
// GitHub Actions' workflow commands and file commands, as documented ("Workflow commands for GitHub
// Actions"). Written here rather than taken from @actions/core because importing @actions/core loads its
// OIDC client and with it undici, about 100 ms of every action start-up for features runlens never uses.
// tests/platform-github-commands.test.ts checks every function against @actions/core's own output.



const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::name key=value,…::message` */
function formatCommand(name, message, props = {}) {
    const parts = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${parts.length ? ` ${parts.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(name, message, props, out = process.stdout) {
    out.write(formatCommand(name, message, props) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** `name<<delimiter` blocks, as core.setOutput writes them, so values may span lines. */
function formatFileCommandValue(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected delimiter in output ${name}`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function setOutput(env, name, value) {
    if (env.GITHUB_OUTPUT)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(env.GITHUB_OUTPUT, formatFileCommandValue(name, value), 'utf8');
    // Outside a runner (no GITHUB_OUTPUT), the deprecated command is still understood by older runners.
    else
        issueCommand('set-output', value, { name });
}
function appendSummary(env, markdown) {
    if (env.GITHUB_STEP_SUMMARY)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(env.GITHUB_STEP_SUMMARY, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, 'utf8');
}
/** As core.getInput: INPUT_<NAME> with spaces as underscores, upper-cased (hyphens kept), trimmed. */
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** As core.getBooleanInput: the YAML 1.2 core-schema booleans, anything else is an error. */
function getBooleanInput(env, name) {
    const value = getInput(env, name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}


/***/ }),

/***/ 9520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubInfo: () => (/* binding */ githubInfo),
/* harmony export */   githubPlatform: () => (/* binding */ githubPlatform)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _github_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4663);


function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return {};
    }
}
function githubInfo(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repo = env.GITHUB_REPOSITORY;
    const event = readEvent(env);
    const pr = event.pull_request;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return {
        kind: 'github',
        repository: repo,
        serverUrl: server,
        runId: env.GITHUB_RUN_ID,
        runUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}${attempt}` : undefined,
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF,
        // On pull_request events GITHUB_SHA is the test merge commit; the PR head is what people look at.
        sha: pr?.head?.sha ?? env.GITHUB_SHA,
        baseSha: pr?.base?.sha,
        changeId: pr?.number !== undefined ? String(pr.number) : undefined,
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
    };
}
function githubPlatform(env, opts = {}) {
    const info = githubInfo(env);
    return {
        info,
        isCI: true,
        startGroup: (title) => (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .Lb)('group', title),
        endGroup: () => (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .Lb)('endgroup', ''),
        writeSummary: async (markdown) => (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe)(env, markdown),
        async setOutputs(outputs) {
            for (const [name, value] of Object.entries(outputs))
                (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(env, name, value);
        },
        annotate(a) {
            (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .Lb)(a.level, a.message, {
                title: a.title,
                file: a.file,
                line: a.startLine,
                endLine: a.endLine,
                col: a.startColumn,
                endColumn: a.endColumn,
            });
        },
        mask: (value) => (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .Lb)('add-mask', value),
        async comment(body, marker) {
            if (!info.changeId)
                return { posted: false, detail: 'not a pull request' };
            if (!opts.token)
                return { posted: false, detail: 'no github-token' };
            if (!info.repository)
                return { posted: false, detail: 'GITHUB_REPOSITORY is not set' };
            // octokit is loaded only when there is a pull request to comment on.
            const { upsertGithubComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 8676));
            const url = await upsertGithubComment({
                token: opts.token,
                repository: info.repository,
                pullNumber: Number(info.changeId),
                apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            }, body, marker);
            return { posted: true, detail: url };
        },
    };
}


/***/ })

};
