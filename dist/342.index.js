export const id = 342;
export const ids = [342];
export const modules = {

/***/ 342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _platform_github_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4663);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1848);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2319);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _platform_detect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3340);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3411);
// GitHub Action door: inputs → engine → exit status. Nothing else lives here.








function input(name) {
    return (0,_platform_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)(process.env, name) || undefined;
}
/** As core.setFailed: an error annotation, and a failing exit code (ours: 1, 2 or 3). */
function fail(message, exitCode) {
    (0,_platform_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .Lb)('error', message);
    process.exitCode = exitCode;
}
function list(value) {
    const items = value?.split(/[\s,]+/).filter(Boolean);
    return items?.length ? items : undefined;
}
async function run() {
    try {
        const env = process.env;
        const base = env.GITHUB_WORKSPACE ?? process.cwd();
        const workspace = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(base, input('working-directory') ?? '.');
        const fromEnv = (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_2__/* .runOptionsFromEnv */ .lr)(env);
        const goldenCases = input('golden-update');
        if (goldenCases && goldenCases !== 'false') {
            // Update mode: rewrite goldens instead of running the pipeline; a later step commits them.
            const { goldenUpdate } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(844), __webpack_require__.e(519)]).then(__webpack_require__.bind(__webpack_require__, 5519));
            const results = await goldenUpdate({
                workspace,
                configPath: input('config') ?? fromEnv.configPath,
                env,
                cases: goldenCases === 'true' ? undefined : list(goldenCases),
                log: (line) => process.stdout.write(line + '\n'),
                signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_5__/* .cancelOnSignals */ .d)().signal,
            });
            (0,_platform_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(env, 'golden-updated', results.flatMap((r) => r.report.updated.map((u) => u.golden)).join('\n'));
            return;
        }
        const dryRun = input('dry-run');
        const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .execute */ .g)({
            workspace,
            configPath: input('config') ?? fromEnv.configPath,
            steps: list(input('steps')) ?? fromEnv.steps,
            dryRun: dryRun !== undefined ? (0,_platform_github_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .getBooleanInput */ .Vt)(process.env, 'dry-run') : fromEnv.dryRun,
            overrides: {
                outputDir: input('output-dir'),
                failOn: input('fail-on'),
                concurrency: input('concurrency'),
                logOrder: input('log-order'),
                prComment: input('pr-comment'),
            },
            telemetry: {
                exporter: input('otel-exporter'),
                endpoint: input('otel-endpoint'),
                protocol: input('otel-protocol'),
                headers: input('otel-headers'),
                urlTemplate: input('trace-url-template'),
            },
            door: 'action',
            env,
            out: process.stdout,
            color: (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_6__/* .wantsColor */ .z)(env, { isTTY: true }),
            signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_5__/* .cancelOnSignals */ .d)().signal,
        }, await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_6__/* .detectPlatform */ .l)(env, workspace, { githubToken: input('github-token') }));
        if (outcome.exitCode !== _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.passed && outcome.run) {
            const failed = outcome.run.steps.filter((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
            const why = [
                failed.length ? `${failed.map((s) => s.id).join(', ')} failed` : '',
                outcome.run.gate.passed ? '' : outcome.run.gate.reason,
            ];
            fail(`runlens: ${outcome.run.status} — ${why.filter(Boolean).join('; ')}`, outcome.exitCode);
        }
        process.exitCode = outcome.exitCode;
    }
    catch (err) {
        const bug = `runlens failed unexpectedly — this is a bug, please report it at ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .ISSUES_URL */ .x}\n${err instanceof Error ? err.stack : String(err)}`;
        fail(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RunlensError */ .YD ? err.message : bug, (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodeFor */ .Rr)(err));
    }
}


/***/ }),

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


/***/ })

};
