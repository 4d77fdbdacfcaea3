export const id = 231;
export const ids = [231];
export const modules = {

/***/ 9231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctor: () => (/* binding */ doctor)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8454);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8479);
// `runlens doctor`: is this machine ready to run the pipeline? Each check says what to do when it fails.






const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const MIN_NODE = [22, 15];
/** Scanners runlens can drive or ingest, and how to get each. */
const SCANNERS = [
    { bin: 'semgrep', args: ['--version'], install: 'pip install semgrep' },
    { bin: 'gitleaks', args: ['version'], install: 'go install github.com/zricethezav/gitleaks/v8@latest' },
    { bin: 'osv-scanner', args: ['--version'], install: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@latest' },
    { bin: 'bandit', args: ['--version'], install: 'pip install bandit' },
    { bin: 'numdiff', args: ['--version'], install: 'apt-get install numdiff' },
];
async function version(bin, args, cwd) {
    try {
        const { stdout, stderr } = await run(bin, args, { cwd, timeout: 15_000 });
        return ((stdout || stderr)
            .split('\n')
            .find((l) => l.trim())
            ?.trim() ?? 'installed');
    }
    catch (err) {
        return err.code === 'ENOENT' ? undefined : 'installed (version unknown)';
    }
}
async function doctor(opts) {
    const checks = [];
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const nodeOk = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
    checks.push({
        name: 'node',
        ok: nodeOk,
        required: true,
        detail: nodeOk
            ? `v${process.versions.node}`
            : `v${process.versions.node}: runlens needs Node ≥ ${MIN_NODE.join('.')} — install Node 24`,
    });
    const git = await version('git', ['--version'], opts.workspace);
    checks.push({
        name: 'git',
        ok: git !== undefined,
        required: true,
        detail: git ?? 'not found on PATH — install git (history scans and change detection need it)',
    });
    let outputDir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.workspace, '.runlens');
    try {
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfig */ .Z)({ cwd: opts.workspace, configPath: opts.configPath, env: opts.env });
        const plan = (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPlan */ .G)(loaded.config, { locate: loaded.locate, workspace: opts.workspace });
        outputDir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.workspace, loaded.config['output-dir']);
        checks.push({
            name: 'config',
            ok: true,
            required: true,
            detail: `${loaded.path ? node_path__WEBPACK_IMPORTED_MODULE_2__.relative(opts.workspace, loaded.path) : 'default pipeline'}: ${plan.steps.length} steps in ${plan.levels.length} levels`,
        });
    }
    catch (err) {
        checks.push({ name: 'config', ok: false, required: true, detail: err.message });
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outputDir, { recursive: true });
        const probe = node_path__WEBPACK_IMPORTED_MODULE_2__.join(outputDir, `.doctor-${process.pid}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(probe, 'ok');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe);
        checks.push({ name: 'output dir', ok: true, required: true, detail: `${node_path__WEBPACK_IMPORTED_MODULE_2__.relative(opts.workspace, outputDir) || '.'} is writable` });
    }
    catch (err) {
        checks.push({
            name: 'output dir',
            ok: false,
            required: true,
            detail: `${outputDir}: ${err.message} — choose another --output-dir`,
        });
    }
    for (const s of SCANNERS) {
        const v = await version(s.bin, s.args, opts.workspace);
        checks.push({ name: s.bin, ok: v !== undefined, required: false, detail: v ?? `not installed (optional) — ${s.install}` });
    }
    return checks;
}


/***/ })

};
