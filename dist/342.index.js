export const id = 342;
export const ids = [342];
export const modules = {

/***/ 80342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96421);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(11848);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52319);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17594);
/* harmony import */ var _platform_detect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32464);
/* harmony import */ var _engine_shard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97018);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41571);
/* harmony import */ var _startup_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2424);
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26413);
// GitHub Action door: inputs → engine → exit status. Nothing else lives here.


// Inputs, outputs and the failure annotation go through @actions/core, which runners read and test
// harnesses (@github/local-action) stub. This module is loaded only for the action door (src/index.ts).









function input(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_2__.getInput(name).trim() || undefined;
}
/**
 * As core.getBooleanInput (the YAML 1.2 core-schema booleans), but anything else is a usage error (exit 2)
 * naming the input, the value given and the values accepted, not core's TypeError (a "bug", exit 3).
 */
function booleanInput(name) {
    const value = input(name);
    if (value === undefined)
        return undefined;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`input "${name}": ${JSON.stringify(value)} is not a boolean; use true or false (also True, TRUE, False, FALSE)`);
}
/** As core.setFailed: an error annotation, and a failing exit code (ours: 1, 2 or 3). */
function fail(message, exitCode) {
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.error(message);
    process.exitCode = exitCode;
}
function list(value) {
    const items = value?.split(/[\s,]+/).filter(Boolean);
    return items?.length ? items : undefined;
}
async function run() {
    const env = process.env;
    const base = env.GITHUB_WORKSPACE ?? process.cwd();
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, input('working-directory') ?? '.');
    const root = (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryRoot */ .Hn)(env, workspace);
    let platform;
    try {
        platform = await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .detectPlatform */ .li)(env, workspace, { githubToken: input('github-token') });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workspace, { throwIfNoEntry: false })?.isDirectory())
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`input "working-directory": "${input('working-directory')}" is not a directory of ${base}; give a folder of the repository`);
        const fromEnv = (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_3__/* .runOptionsFromEnv */ .lr)(env);
        const goldenCases = input('golden-update');
        if (goldenCases && goldenCases !== 'false') {
            // Update mode: rewrite goldens instead of running the pipeline; a later step commits them.
            const { goldenUpdate } = await Promise.all(/* import() */[__webpack_require__.e(7291), __webpack_require__.e(844), __webpack_require__.e(5519)]).then(__webpack_require__.bind(__webpack_require__, 35519));
            const results = await goldenUpdate({
                workspace,
                configPath: input('config') ?? fromEnv.configPath,
                env,
                cases: goldenCases === 'true' ? undefined : list(goldenCases),
                log: (line) => process.stdout.write(line + '\n'),
                signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_9__/* .cancelOnSignals */ .d)().signal,
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('golden-updated', results.flatMap((r) => r.report.updated.map((u) => u.golden)).join('\n'));
            return;
        }
        const dryRun = booleanInput('dry-run');
        const shardInput = input('shard') ?? (env.RUNLENS_SHARD?.trim() || undefined);
        const shard = shardInput === undefined ? undefined : (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .uK)(shardInput, 'input "shard"');
        // Only the workflow file can allow it: a PR's own runlens.yml is what is not trusted.
        const allowUntrusted = booleanInput('allow-untrusted-run') ?? false;
        const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_7__/* .execute */ .g)({
            workspace,
            root,
            configPath: input('config') ?? fromEnv.configPath,
            steps: list(input('steps')) ?? fromEnv.steps,
            dryRun: dryRun ?? fromEnv.dryRun,
            overrides: {
                outputDir: input('output-dir'),
                failOn: input('fail-on'),
                concurrency: input('concurrency'),
                logOrder: input('log-order'),
                prComment: input('pr-comment'),
                newOnly: input('new-only'),
                uploadSarif: input('upload-sarif'),
                apiTimeout: input('api-timeout'),
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
            color: (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsColor */ .zK)(env, { isTTY: true }),
            signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_9__/* .cancelOnSignals */ .d)().signal,
            ...(shard ? { shard } : {}),
            ...(input('durations') ? { durations: input('durations') } : {}),
            ...(booleanInput('resume') ? { resume: true } : {}),
            ...((input('base-run') ?? fromEnv.baseRun) ? { baseRun: input('base-run') ?? fromEnv.baseRun } : {}),
            ...(input('history')
                ? {
                    history: input('history')
                        .split('\n')
                        .map((l) => l.trim())
                        .filter(Boolean),
                }
                : {}),
            refuseRunSteps: async (configPath) => {
                const { githubRunRefusal } = await __webpack_require__.e(/* import() */ 1919).then(__webpack_require__.bind(__webpack_require__, 91919));
                return githubRunRefusal({ env, root, configPath, allowUntrustedRun: allowUntrusted, token: input('github-token') });
            },
        }, platform);
        // The verdict's error annotation is among the run's annotations (report/annotations.ts), within GitHub's budget.
        process.exitCode = outcome.exitCode;
    }
    catch (err) {
        // A configuration or usage error still leaves outputs, a summary and annotations at the line (exit 2).
        if ((0,_startup_error_js__WEBPACK_IMPORTED_MODULE_8__/* .isStartupError */ .Q)(err) &&
            platform &&
            (await (0,_startup_error_js__WEBPACK_IMPORTED_MODULE_8__/* .reportStartupError */ .k)(err, { platform, workspace, root, env, outputDir: input('output-dir') }))) {
            process.exitCode = (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeFor */ .Rr)(err);
            return;
        }
        const bug = `runlens failed unexpectedly — this is a bug, please report it at ${_base_version_js__WEBPACK_IMPORTED_MODULE_10__/* .ISSUES_URL */ .x}\n${err instanceof Error ? err.stack : String(err)}`;
        // Error text may quote runlens.yml or a tool's words: redacted like everything runlens prints.
        const { redactMessage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 25588));
        fail(await redactMessage(err instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunlensError */ .YD ? err.message : bug, env), (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeFor */ .Rr)(err));
    }
}


/***/ })

};
