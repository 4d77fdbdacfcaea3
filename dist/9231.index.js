export const id = 9231;
export const ids = [9231];
export const modules = {

/***/ 89231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctor: () => (/* binding */ doctor)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var _base_node_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41116);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85735);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98479);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95735);
// `runlens doctor`: is this machine ready to run the pipeline? Each check says what to do when it fails.








const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
    const nodeOk = (0,_base_node_version_js__WEBPACK_IMPORTED_MODULE_4__/* .unsupportedNode */ .A)() === undefined;
    checks.push({
        name: 'node',
        ok: nodeOk,
        required: true,
        detail: nodeOk
            ? `v${process.versions.node}`
            : `v${process.versions.node}: runlens needs Node ≥ ${_base_node_version_js__WEBPACK_IMPORTED_MODULE_4__/* .MIN_NODE */ .o.major}.${_base_node_version_js__WEBPACK_IMPORTED_MODULE_4__/* .MIN_NODE */ .o.minor} — install Node 24`,
    });
    const git = await version('git', ['--version'], opts.workspace);
    checks.push({
        name: 'git',
        ok: git !== undefined,
        required: true,
        detail: git ?? 'not found on PATH — install git (history scans and change detection need it)',
    });
    let outputDir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.workspace, '.runlens');
    let steps = [];
    let config;
    try {
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfig */ .Z)({ cwd: opts.workspace, configPath: opts.configPath, env: opts.env });
        const plan = (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .buildPlan */ .G)(loaded.config, { locate: loaded.locate, workspace: opts.workspace });
        outputDir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.workspace, loaded.config['output-dir']);
        steps = plan.steps;
        config = loaded.config;
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
    // The programs each registered check runs: required when the pipeline has a step of that kind.
    const programs = new Map();
    for (const check of (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .allChecks */ .fZ)()) {
        for (const r of check.requires) {
            const entry = programs.get(r.program) ?? { requirement: r, kinds: [], required: false };
            entry.kinds.push(check.kind);
            entry.required ||= steps.some((s) => s.kind === check.kind && (r.neededBy?.(s.options) ?? true));
            programs.set(r.program, entry);
        }
    }
    for (const [program, { requirement, kinds, required }] of programs) {
        const v = await version(program, requirement.versionArgs, opts.workspace);
        const forWhat = `for uses: ${kinds.join(', ')}`;
        checks.push({
            name: program,
            ok: v !== undefined,
            required,
            detail: v ? `${v} (${forWhat})` : `not installed${required ? '' : ' (optional)'} ${forWhat} — ${requirement.install}`,
        });
    }
    if (config)
        checks.push(...(await secretStores(config, opts.env, opts.workspace)));
    return checks;
}
/** Each secret store the config's references use: reachable, and do we get in? No value is read. */
async function secretStores(config, env, workspace) {
    const requests = Object.entries(config.secrets).map(([name, s]) => ({ name, ref: s.ref }));
    if (requests.length === 0)
        return [];
    const { probeStores } = await __webpack_require__.e(/* import() */ 8981).then(__webpack_require__.bind(__webpack_require__, 78981));
    const timeoutMs = config['secret-stores'].timeout;
    const reports = await probeStores(requests, {
        settings: config['secret-stores'],
        env,
        signal: new AbortController().signal,
        timeoutMs,
        phaseMs: 3 * timeoutMs,
        workspace,
    });
    return reports.map((r) => ({ name: `secret store ${r.scheme}`, ok: r.ok, required: true, detail: `${r.title}: ${r.detail}` }));
}


/***/ })

};
