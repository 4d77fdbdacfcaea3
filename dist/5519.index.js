export const id = 5519;
export const ids = [5519];
export const modules = {

/***/ 35519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  goldenUpdate: () => (/* binding */ goldenUpdate)
});

// UNUSED EXPORTS: GOLDEN_UPDATE_FILE

// EXTERNAL MODULE: ./lib/engine/exec.js
var exec = __webpack_require__(19069);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/checks/golden/cases.js + 1 modules
var golden_cases = __webpack_require__(91418);
// EXTERNAL MODULE: ./lib/checks/golden/compare.js + 13 modules
var compare = __webpack_require__(94532);
// EXTERNAL MODULE: ./lib/checks/golden/obsolete.js
var obsolete = __webpack_require__(16480);
// EXTERNAL MODULE: ./lib/checks/golden/producer.js
var producer = __webpack_require__(27041);
// EXTERNAL MODULE: ./lib/checks/golden/report.js
var golden_report = __webpack_require__(72289);
;// CONCATENATED MODULE: ./lib/checks/golden/update.js
// `runlens golden update [CASE…]` and the action's `golden-update` input: rewrite goldens from the
// actual files. Only ever called on request; a normal run never writes a golden file.








function selectCases(all, wanted) {
    if (!wanted || wanted.length === 0)
        return all;
    const picked = new Set();
    for (const w of wanted) {
        const isMatch = picomatch(w, { dot: true });
        const hits = all.filter((c) => c.name === w || c.expectedLabel === w || isMatch(c.name) || isMatch(c.expectedLabel));
        if (hits.length === 0) {
            const known = all.map((c) => c.name);
            throw new errors/* UsageError */.eb(`golden update: no case is called "${w}"; the cases are: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}`);
        }
        hits.forEach((c) => picked.add(c));
    }
    return all.filter((c) => picked.has(c));
}
async function updateGoldens(req) {
    const signal = req.signal ?? new AbortController().signal;
    if (req.options.run !== undefined && req.produce !== false) {
        if (!req.exec)
            throw new Error('runlens bug: golden update has a command to run but no exec');
        const failure = await (0,producer/* produceActuals */.w)(req.options.run, req.exec, req.log);
        if (failure)
            throw new errors/* RunlensError */.YD(`golden update: ${failure}; no golden file was written`);
    }
    const all = await (0,golden_cases/* expandCases */.kc)(req.options, req.cwd, req.workspace);
    const cases = selectCases(all, req.cases);
    const report = { updated: [], unchanged: [], skipped: [], obsolete: [] };
    for (const c of cases) {
        const r = await (0,compare/* evaluateCase */.E)(c, req.options['max-differences'], signal, req.workspace);
        switch (r.status) {
            case 'passed':
                report.unchanged.push(c.name);
                req.log(`unchanged  ${c.expectedLabel} (${c.name})`);
                continue;
            case 'unmatched':
            case 'missing-actual':
                report.skipped.push({ case: c.name, reason: (0,golden_report/* caseMessage */.Q9)(r) });
                req.log(`skipped    ${c.name}: ${(0,golden_report/* caseMessage */.Q9)(r)}`);
                continue;
            case 'malformed':
                // A broken actual file must not become the reference; a broken golden is exactly what to replace.
                if (r.position?.file === c.actualLabel) {
                    report.skipped.push({ case: c.name, reason: (0,golden_report/* caseMessage */.Q9)(r) });
                    req.log(`skipped    ${c.name}: ${(0,golden_report/* caseMessage */.Q9)(r)}`);
                    continue;
                }
                break;
            default:
                break;
        }
        await (0,atomic_write/* atomicCopyFile */.nM)(c.actual, c.expected);
        const change = r.status === 'missing-golden' ? 'created' : 'rewritten';
        const detail = r.status === 'missing-golden' ? `new golden file from ${c.actualLabel}` : (0,golden_report/* caseMessage */.Q9)(r);
        report.updated.push({ case: c.name, golden: c.expectedLabel, actual: c.actualLabel, change, detail });
        req.log(`${change.padEnd(10)} ${c.expectedLabel} from ${c.actualLabel}: ${detail}`);
    }
    report.obsolete = await (0,obsolete/* findObsolete */.x)(req.options, all, req.cwd, req.workspace);
    for (const path of report.obsolete)
        req.log(`obsolete   ${path} (no case uses it)`);
    req.log(`golden update: ${report.updated.length} written, ${report.unchanged.length} unchanged, ${report.skipped.length} skipped` +
        (report.obsolete.length ? `, ${report.obsolete.length} obsolete` : ''));
    return report;
}

// EXTERNAL MODULE: ./lib/config/load.js + 4 modules
var load = __webpack_require__(85735);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/base/workspace-path.js
var workspace_path = __webpack_require__(56230);
// EXTERNAL MODULE: ./lib/base/written-files.js + 1 modules
var written_files = __webpack_require__(70155);
;// CONCATENATED MODULE: ./lib/commands/golden-update.js
// `runlens golden update [CASE...]` and the action's `golden-update` input: rewrite goldens from actuals,
// for every `uses: golden` step (or the one named), and say what changed.









/** The audit trail of an update (there is no run.json): what it wrote, with sizes and sha256. */
const GOLDEN_UPDATE_FILE = 'golden-update.json';
async function goldenUpdate(req) {
    const { config, locate, path: configFile } = await (0,load/* loadConfig */.Z)({ cwd: req.workspace, configPath: req.configPath, env: req.env });
    const outputDir = external_node_path_.resolve(req.workspace, config['output-dir']);
    // As for a run: runlens.yml's output-dir stays inside the workspace; RUNLENS_OUTPUT_DIR may point anywhere.
    if (!req.env.RUNLENS_OUTPUT_DIR?.trim()) {
        const escape = (0,workspace_path/* pathEscape */.$)(req.workspace, req.workspace, config['output-dir']) ?? (0,workspace_path/* realPathEscape */.Z)(req.workspace, outputDir);
        if (escape) {
            const where = configFile ? ` (output-dir, ${(0,errors/* formatPosition */.Ld)(locate(['output-dir'], 'value'))})` : '';
            throw new errors/* UsageError */.eb(`golden update: the output directory ${config['output-dir']} cannot be written: ${escape}${where}`);
        }
    }
    const steps = Object.entries(config.steps).filter(([id, s]) => s.uses === 'golden' && (!req.step || id === req.step));
    if (steps.length === 0) {
        throw new errors/* UsageError */.eb(req.step ? `golden update: "${req.step}" is not a \`uses: golden\` step` : 'golden update: runlens.yml has no `uses: golden` step');
    }
    const results = [];
    const unknown = [];
    const mark = (0,written_files/* ledgerMark */.ZQ)();
    const startedAt = new Date().toISOString();
    try {
        await updateSteps();
    }
    catch (err) {
        await writeAudit(req, outputDir, mark, startedAt, results, err.message).catch(() => undefined);
        throw err;
    }
    if (results.length === 0 && unknown[0])
        throw unknown[0];
    await writeAudit(req, outputDir, mark, startedAt, results);
    return results;
    async function updateSteps() {
        for (const [id, step] of steps) {
            req.log(`── ${id}`);
            try {
                const report = await updateGoldens({
                    cwd: external_node_path_.resolve(req.workspace, step['working-directory'] ?? '.'),
                    workspace: req.workspace,
                    options: step.with,
                    cases: req.cases,
                    log: req.log,
                    signal: req.signal,
                    exec: (0,exec/* createExec */.k)({
                        shell: config.defaults.shell,
                        cwd: external_node_path_.resolve(req.workspace, step['working-directory'] ?? '.'),
                        env: { ...req.env, ...step.env },
                        killGraceMs: config['kill-grace'],
                        signal: req.signal ?? new AbortController().signal,
                        line: req.log,
                        note: req.log,
                        requires: [],
                    }),
                });
                results.push({ step: id, report });
            }
            catch (err) {
                // With several golden steps, a case name belongs to one of them: only fail when none knows it.
                if (err instanceof errors/* UsageError */.eb && steps.length > 1 && req.cases?.length)
                    unknown.push(err);
                else
                    throw err;
            }
        }
    }
}
/** Prints what the update wrote (path, size, sha256) and writes it as JSON to <output-dir>/golden-update.json. */
async function writeAudit(req, outputDir, mark, startedAt, results, error) {
    const files = (await (0,written_files/* describeFiles */.LG)((0,written_files/* writtenSince */.wu)(mark))).map((f) => ({
        path: (0,repo_path/* repoPath */.qN)(req.workspace, f.file),
        bytes: f.bytes,
        sha256: f.sha256,
    }));
    const audit = {
        version: 1,
        command: 'golden update',
        startedAt,
        ...(error !== undefined ? { error } : {}),
        steps: results.map((r) => ({ step: r.step, ...r.report })),
        files,
    };
    const file = external_node_path_.join(outputDir, GOLDEN_UPDATE_FILE);
    await (0,atomic_write.atomicWriteFile)(file, `${JSON.stringify(audit, null, 2)}\n`);
    for (const f of files)
        req.log(`wrote      ${f.path} (${f.bytes} bytes, sha256 ${f.sha256})`);
    req.log(`golden update: the files written are listed in ${(0,repo_path/* repoPath */.qN)(req.workspace, file)}`);
    return file;
}


/***/ })

};
