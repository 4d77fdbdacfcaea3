export const id = 8241;
export const ids = [8241,5448];
export const modules = {

/***/ 91224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backtrackingRisk),
/* harmony export */   G: () => (/* binding */ guardBacktracking)
/* harmony export */ });
// Regular expressions a user wrote (problem matchers, golden scrubbers) run on output runlens does not
// control, in runlens's own thread: one catastrophic backtrack (`^(a+)+$` against a long line of `a`s)
// would freeze the event loop, and with it every step timeout. GitHub's runner bounds each match with a
// 1 s .NET regex timeout; V8 has no timeout, but it can switch a match that backtracks too much to its
// linear-time engine (same result, no backtracking). That covers every pattern the linear engine runs;
// the ones it cannot (backreferences, lookarounds) are refused when they also repeat a group holding a
// repeat or an alternation, or have three or more unbounded repeats — the shapes that backtrack
// exponentially or as a high power of the line length (src/checks/tool/README.md).
let guarded = false;
/** Once per process: excessive backtracking falls back to V8's linear-time engine. */
function guardBacktracking() {
    if (guarded)
        return;
    guarded = true;
    process
        .getBuiltinModule('node:v8')
        .setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks --enable-experimental-regexp-engine');
}
/** Whether V8's linear-time engine runs `source` (then the fallback bounds it). */
function runsLinear(source, flags) {
    guardBacktracking();
    try {
        new RegExp(source, `${flags.replace(/[gyd]/g, '')}l`);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Why matching `source` could take exponential (or high-polynomial) time, or undefined when it cannot: a
 * pattern the linear engine cannot take over (it holds a backreference or a lookaround) with a repeated
 * group that holds a repeat or an alternation (`(a+)+`, `(a|ab)*`, `(a?){20}`), or with three or more
 * unbounded repeats (`.*x.*y.*`).
 */
function backtrackingRisk(source, flags = '') {
    if (runsLinear(source, flags))
        return undefined;
    const shape = repeatShape(source);
    const why = 'and the pattern uses a backreference or lookaround (which V8 cannot run in linear time), so a long line could make it backtrack for hours';
    if (shape.nested)
        return `the repeated group "${shape.nested}" holds a repeat or an alternation, ${why}`;
    if (shape.unbounded >= 3)
        return `it has ${shape.unbounded} unbounded repeats (*, +, {n,}), ${why}`;
    return undefined;
}
/** The first repeated group that holds a repeat or an alternation (as written), and how many unbounded repeats there are. */
function repeatShape(source) {
    // The length of a quantifier at i, and whether it repeats (anything but `?`) and without bound.
    const quantifier = (i) => {
        const c = source[i];
        if (c === '*' || c === '+')
            return { length: source[i + 1] === '?' ? 2 : 1, repeats: true, unbounded: true };
        if (c === '?')
            return { length: 1, repeats: false, unbounded: false };
        const m = c === '{' ? /^\{(\d*)(,(\d*))?\}\??/.exec(source.slice(i)) : null;
        if (!m)
            return { length: 0, repeats: false, unbounded: false };
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        return { length: m[0].length, repeats: max > 1, unbounded: max === Infinity };
    };
    const open = [];
    let unbounded = 0;
    // After an atom: note its quantifier in the enclosing group; returns where the quantifier ends.
    const after = (i) => {
        const q = quantifier(i + 1);
        if (q.length === 0)
            return i;
        if (q.unbounded)
            unbounded++;
        if (open.length > 0)
            open.at(-1).repeats = true;
        return i + q.length;
    };
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i = after(i + 1);
        }
        else if (c === '[') {
            for (i++; i < source.length && source[i] !== ']'; i++)
                if (source[i] === '\\')
                    i++;
            i = after(i);
        }
        else if (c === '(') {
            open.push({ at: i, repeats: false, alternates: false });
        }
        else if (c === '|') {
            if (open.length > 0)
                open.at(-1).alternates = true;
        }
        else if (c === ')') {
            const group = open.pop();
            if (!group)
                continue;
            const q = quantifier(i + 1);
            if (q.repeats && (group.repeats || group.alternates))
                return { nested: source.slice(group.at, i + 1 + q.length), unbounded };
            if (group.repeats && open.length > 0)
                open.at(-1).repeats = true;
            i = after(i);
        }
        else {
            i = after(i);
        }
    }
    return { unbounded };
}


/***/ }),

/***/ 28241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTool: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(73382);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17594);
/* harmony import */ var _ingest_problem_matcher_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45448);
/* harmony import */ var _ingest_sarif_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44782);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59425);
/* harmony import */ var _presets_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31683);
/* harmony import */ var _preset_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52237);
// Runs a preset or a custom tool through ctx.exec (argv, no shell, unless a custom `run` is a string),
// judges its exit code, and reads its report into findings. A tool that finds problems has done its
// job (most exit 1 then); one that crashes, times out or writes no readable report has not.











/** An option names something that is not there. */
class StepOptionError extends _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunlensError */ .YD {
    name = 'StepOptionError';
}
/** Files given to one run of a tool that takes files (argv stays far below the system's limit). */
const FILES_PER_RUN = 500;
/** Stderr lines kept for the log and for a failure's reason. */
const MAX_STDERR_LINES = 200;
async function runTool(ctx) {
    const { preset } = ctx.options;
    return preset ? runPreset(ctx, _presets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .PRESETS */ .f[preset]) : runCustom(ctx);
}
async function runPreset(ctx, preset) {
    const program = preset.requires.program;
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'runlens-tool-'));
    try {
        // Asked alongside the scan: the version goes on every finding and on the SARIF run.
        const versionRun = settle(toolVersion(ctx, [program, ...preset.requires.versionArgs], preset.version));
        const invocations = await plan(ctx, preset, tmp);
        const findings = [];
        let reportedVersion;
        let version;
        if (invocations.length === 0) {
            ctx.log(`${preset.tool.name}: no files to check under ${ctx.options.paths.join(', ')}`);
            version = unwrap(await versionRun);
        }
        for (const inv of invocations) {
            const result = await ctx.phase(preset.name, 
            // Both streams are held until the report is parsed: parsing masks the secrets a scanner found,
            // so nothing it printed reaches the log before they are hidden.
            () => ctx.exec(inv.argv, { cwd: inv.cwd, env: inv.env, stdout: 'capture', stderr: 'capture' }), { 'runlens.tool': preset.tool.name });
            version ??= unwrap(await versionRun);
            // A tool whose report goes to a file may print progress: it is logged with stderr.
            const stderr = preset.output === 'file' ? lastLines(`${result.stdout}\n${result.stderr}`) : lastLines(result.stderr);
            const nothing = result.status === 'failed' && result.exitCode !== null ? preset.nothingToScan?.[result.exitCode] : undefined;
            if (nothing) {
                logLines(ctx, stderr);
                ctx.log(nothing);
                continue;
            }
            const failed = judge(preset.tool.name, result, preset.exitCodes, stderr);
            if (failed) {
                logLines(ctx, stderr);
                return { status: 'failed', error: failed, findings: [] };
            }
            const source = `${preset.tool.name} ${preset.output === 'stdout' ? 'output' : 'report'}`;
            const text = preset.output === 'stdout' ? result.stdout : await readReport(inv.reportFile, source);
            const input = {
                cwd: inv.cwd,
                workspace: ctx.workspace,
                stepId: ctx.stepId,
                source,
                ...(version ? { toolVersion: version } : {}),
                options: ctx.options,
                mask: ctx.mask,
            };
            try {
                // Parsing masks any secret the report holds, so it comes before anything is logged.
                let parsed;
                try {
                    parsed = preset.parse(text, input);
                }
                catch (err) {
                    // No readable report and a non-zero exit (tools that exit 1 for findings and errors alike): the exit says more.
                    if (err instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz && result.exitCode !== 0 && text.trim() === '') {
                        return { status: 'failed', error: judge(preset.tool.name, result, [], stderr), findings: [] };
                    }
                    throw err;
                }
                findings.push(...parsed.findings);
                reportedVersion ??= parsed.toolVersion;
                for (const note of parsed.notes ?? [])
                    ctx.log(note);
            }
            finally {
                logLines(ctx, stderr);
            }
        }
        const finalVersion = reportedVersion ?? version;
        applySeverityOverrides(findings, ctx.options.severities);
        ctx.log(`${preset.tool.name}${finalVersion ? ` ${finalVersion}` : ''}: ${count(findings.length, 'finding')}`);
        const tool = {
            name: preset.tool.name,
            ...(finalVersion ? { version: finalVersion } : {}),
            informationUri: preset.tool.informationUri,
            category: preset.category,
        };
        return { findings, tools: [tool] };
    }
    finally {
        // The report may hold secrets (gitleaks): it never outlives the step.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
    }
}
/** The runs a preset needs for the step's paths. */
async function plan(ctx, preset, tmp) {
    const { options } = ctx;
    options.paths.forEach((p, i) => {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, p))) {
            const shown = (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .toRepoPath */ .xD)(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, p), ctx.cwd, ctx.workspace);
            throw new StepOptionError(`${ctx.where(['paths', i])}: ${shown} does not exist (paths are relative to the step's working directory)`);
        }
    });
    let n = 0;
    const make = (cwd, paths) => {
        const reportFile = node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, `report-${n++}`);
        const input = { cwd, paths, options, reportFile };
        return { argv: [...preset.argv(input), ...options.args, ...paths], cwd, env: preset.env?.(input) ?? {}, reportFile };
    };
    switch (preset.paths.kind) {
        case 'none':
            return [make(ctx.cwd, [])];
        case 'cwd':
            return options.paths.map((p) => make(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, p), []));
        case 'files': {
            const files = await expandFiles(ctx.cwd, options.paths, preset.paths.globs);
            if (files.length === 0)
                return [];
            if (preset.batch === 'each')
                return files.map((f) => make(ctx.cwd, [f]));
            // A big tree's file list would overflow the argument limit in one run.
            const runs = [];
            for (let i = 0; i < files.length; i += FILES_PER_RUN)
                runs.push(make(ctx.cwd, files.slice(i, i + FILES_PER_RUN)));
            return runs;
        }
        case 'keep':
            return preset.batch === 'each' ? options.paths.map((p) => make(ctx.cwd, [p])) : [make(ctx.cwd, options.paths)];
    }
}
/** Files as given; directories expanded to the files under them matching `globs` (never node_modules or .git). */
async function expandFiles(cwd, paths, globs) {
    const out = new Set();
    for (const p of paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(cwd, p);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory()) {
            out.add(p);
            continue;
        }
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_10__/* .glob */ .TI)(globs, { cwd: abs, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, dot: true });
        for (const f of found.sort())
            out.add((0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_3__.relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_3__.join(abs, f))) || '.');
    }
    return [...out];
}
/** Why a run did not complete, or undefined when it did. */
function judge(name, result, exitCodes, stderr) {
    if (result.status === 'timed-out' || result.status === 'cancelled')
        return `${name} ${result.error ?? result.status}`;
    if (result.exitCode !== null && exitCodes.includes(result.exitCode))
        return undefined;
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${String(result.exitCode)}`;
    // Lines that say "error" say what went wrong; otherwise the first lines do (later ones are detail,
    // and a usage message is noise). The whole of it is in the log.
    const lines = stderr.map((l) => l.trim()).filter((l) => l !== '');
    const errors = lines.filter((l) => /\b(error|fatal|failed|exception|panic)\b/i.test(l) && !/^usage:/i.test(l));
    let tail = (errors.length > 0 ? errors.slice(0, 3) : lines.slice(0, 4)).join(' / ');
    if (tail.length > 400)
        tail = `${tail.slice(0, 399)}…`;
    const expected = exitCodes.length > 0 ? ` (a run that completes exits with ${exitCodes.join(' or ')})` : ' and wrote no report';
    return `${name} ${how}${tail ? `: ${tail}` : ''}${expected}`;
}
async function readReport(file, source) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file: source }, 'was not written: the tool exited without writing its report', 'see the step log for what it printed');
    }
}
/** A promise that never rejects (so it may wait unawaited), unwrapped later. */
function settle(p) {
    return p.then((value) => ({ value }), (error) => ({ error }));
}
function unwrap(s) {
    if ('error' in s)
        throw s.error;
    return s.value;
}
async function toolVersion(ctx, argv, parse) {
    const r = await ctx.exec(argv, { stdout: 'capture', stderr: 'capture', timeoutMs: 30_000 });
    return r.exitCode === 0 ? parse(`${r.stdout}\n${r.stderr}`) : undefined;
}
async function runCustom(ctx) {
    const o = ctx.options;
    const run = o.run;
    const program = Array.isArray(run) ? run[0] : (run.trim().split(/\s+/, 1)[0] ?? run);
    const name = o.name ?? node_path__WEBPACK_IMPORTED_MODULE_3__.basename(program);
    const matcherFile = o.matcher ? node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, o.matcher) : undefined;
    if (matcherFile && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(matcherFile)) {
        throw new StepOptionError(`${ctx.where(['matcher'])}: the problem-matcher file ${(0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .toRepoPath */ .xD)(matcherFile, ctx.cwd, ctx.workspace)} does not exist`);
    }
    const matchers = matcherFile ? await (0,_ingest_problem_matcher_js__WEBPACK_IMPORTED_MODULE_5__.readProblemMatchers)(matcherFile, (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .toRepoPath */ .xD)(matcherFile, ctx.cwd, ctx.workspace)) : [];
    const toStdout = o.output === undefined;
    // A report left by an earlier run must not pass for this run's.
    if (!toStdout)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, o.output), { force: true });
    const versionArgv = o['version-args'] ? [program, ...o['version-args']] : undefined;
    const [version, result] = await Promise.all([
        versionArgv ? toolVersion(ctx, versionArgv, _preset_js__WEBPACK_IMPORTED_MODULE_9__/* .firstVersion */ .XO) : undefined,
        ctx.phase(name, () => ctx.exec(run, { stdout: o.format === 'sarif' && !toStdout ? 'log' : 'capture', stderr: 'capture' })),
    ]);
    const stderr = lastLines(result.stderr);
    const failed = judge(name, result, o['exit-codes'] ?? [0, 1], stderr);
    if (failed) {
        if (o.format === 'problem-matcher')
            logLines(ctx, lastLines(result.stdout));
        logLines(ctx, stderr);
        return { status: 'failed', error: failed, findings: [] };
    }
    if (o.format === 'problem-matcher') {
        // Problems are read from both streams (compilers write them to stderr); each is logged as it was.
        logLines(ctx, result.stdout.split('\n'));
        logLines(ctx, result.stderr.split('\n'));
        const owners = o.name ? [o.name] : matchers.map((m) => m.owner);
        const findings = (0,_ingest_problem_matcher_js__WEBPACK_IMPORTED_MODULE_5__.findingsFromText)(`${result.stdout}\n${result.stderr}`, matchers, {
            cwd: ctx.cwd,
            workspace: ctx.workspace,
            stepId: ctx.stepId,
            category: o.category ?? 'quality',
            ...(o.name ? { tool: o.name } : {}),
            ...(version ? { toolVersion: version } : {}),
            severities: o.severities,
        });
        ctx.log(`${name}: ${count(findings.length, 'problem')} matched`);
        return {
            findings,
            tools: owners.map((owner) => ({ name: owner, ...(version ? { version } : {}), category: o.category ?? 'quality' })),
        };
    }
    logLines(ctx, stderr);
    const file = toStdout ? `${name} output` : (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .toRepoPath */ .xD)(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, o.output), ctx.cwd, ctx.workspace);
    const text = toStdout ? result.stdout : await readReport(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, o.output), file);
    if (text.trim() === '')
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file }, 'is empty: the tool wrote no SARIF', 'see the step log for what it printed');
    const read = (0,_ingest_sarif_js__WEBPACK_IMPORTED_MODULE_6__/* .readSarif */ .q)(text, toStdout ? file : node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, o.output), {
        cwd: ctx.cwd,
        workspace: ctx.workspace,
        stepId: ctx.stepId,
    });
    if (o.category)
        for (const f of read.findings)
            f.category = o.category;
    applySeverityOverrides(read.findings, o.severities);
    const tools = read.tools.map((t) => ({ ...t, ...(o.category ? { category: o.category } : {}) }));
    ctx.log(`${name}: ${count(read.findings.length, 'finding')} from ${count(tools.length, 'SARIF run')}`);
    return { findings: read.findings, tools, ...(toStdout ? {} : { artifacts: [file] }) };
}
function applySeverityOverrides(findings, table) {
    if (Object.keys(table).length === 0)
        return;
    const lower = Object.fromEntries(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
    for (const f of findings) {
        const word = f.properties?.toolSeverity ?? f.properties?.severityText;
        const s = table[f.ruleId] ?? (word !== undefined ? lower[String(word).toLowerCase()] : undefined);
        if (s)
            f.severity = s;
    }
}
function lastLines(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines.length > MAX_STDERR_LINES
        ? [`… ${lines.length - MAX_STDERR_LINES} earlier lines left out`, ...lines.slice(-MAX_STDERR_LINES)]
        : lines;
}
function logLines(ctx, lines) {
    for (const l of lines)
        if (l !== '')
            ctx.log(l);
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 45448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProblemCollector: () => (/* binding */ ProblemCollector),
/* harmony export */   ProblemScanner: () => (/* binding */ ProblemScanner),
/* harmony export */   findingsFromText: () => (/* binding */ findingsFromText),
/* harmony export */   parseProblemMatchers: () => (/* binding */ parseProblemMatchers),
/* harmony export */   problemToFinding: () => (/* binding */ problemToFinding),
/* harmony export */   readProblemMatchers: () => (/* binding */ readProblemMatchers)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17594);
/* harmony import */ var _base_regexp_guard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91224);
/* harmony import */ var _findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(35530);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89506);
/* harmony import */ var _json_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94116);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59425);
// GitHub problem matchers (the JSON `actions/setup-*` register with `::add-matcher::`): regexps that turn
// any tool's text output into findings. Semantics follow the runner's: a matcher's patterns match
// consecutive lines; values captured by earlier lines carry into the match; a `loop` last pattern
// reports once per line that matches it, keeping what the earlier lines captured.









/** The capture-group fields a pattern may set (the documented ones, plus endLine/endColumn). */
const FIELDS = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'fromPath'];
const HINT = 'see https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md for the format';
/** Parses and validates problem-matcher JSON as the runner does; errors name file:line:col. */
function parseProblemMatchers(text, file) {
    const doc = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(file, text, 'this problem-matcher file');
    const fail = (at, detail) => {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file, ...(0,_json_source_js__WEBPACK_IMPORTED_MODULE_5__/* .locateJsonPath */ .Od)(text, at) }, `${(0,_json_source_js__WEBPACK_IMPORTED_MODULE_5__/* .formatJsonPath */ .pB)(at) || 'the document'} ${detail}`, HINT);
    };
    if (!isObject(doc) || !Array.isArray(doc.problemMatcher)) {
        return fail(['problemMatcher'], 'is missing: a problem-matcher file is { "problemMatcher": [ { "owner", "pattern": [...] } ] }');
    }
    const owners = new Set();
    return doc.problemMatcher.map((m, i) => {
        const at = ['problemMatcher', i];
        if (!isObject(m))
            return fail(at, 'is not an object');
        if (typeof m.owner !== 'string' || m.owner === '')
            return fail([...at, 'owner'], 'is missing: every matcher names its owner');
        if (owners.has(m.owner.toLowerCase()))
            fail([...at, 'owner'], `"${m.owner}" is used by two matchers; owners must be unique`);
        owners.add(m.owner.toLowerCase());
        if (m.severity !== undefined && !(typeof m.severity === 'string' && /^(error|warning|notice)?$/i.test(m.severity))) {
            fail([...at, 'severity'], `is ${JSON.stringify(m.severity)}; a default severity is "error", "warning" or "notice"`);
        }
        const list = m.pattern;
        if (!Array.isArray(list) || list.length === 0)
            return fail([...at, 'pattern'], 'is missing or empty: a matcher needs patterns');
        const seen = new Set();
        const patterns = list.map((p, j) => {
            const pat = [...at, 'pattern', j];
            if (!isObject(p))
                return fail(pat, 'is not an object');
            if (typeof p.regexp !== 'string')
                return fail([...pat, 'regexp'], 'is missing: each pattern has a "regexp"');
            let regexp;
            try {
                regexp = new RegExp(p.regexp);
            }
            catch (err) {
                return fail([...pat, 'regexp'], `is not a valid regular expression: ${err.message}`);
            }
            // The step's output streams through these in runlens's own thread: a catastrophic backtrack would freeze it.
            const risk = (0,_base_regexp_guard_js__WEBPACK_IMPORTED_MODULE_7__/* .backtrackingRisk */ .E)(p.regexp);
            if (risk)
                fail([...pat, 'regexp'], `could backtrack catastrophically: ${risk}`);
            const groupCount = new RegExp(`${p.regexp}|`).exec('').length;
            const loop = p.loop ?? false;
            if (typeof loop !== 'boolean')
                fail([...pat, 'loop'], 'is not true or false');
            const isLast = j === list.length - 1;
            if (loop && (j === 0 || !isLast))
                fail([...pat, 'loop'], 'is set on a pattern that is not the last of a multi-line matcher');
            if (loop && p.message === undefined)
                fail([...pat, 'loop'], 'is set, so this pattern must set "message"');
            const groups = {};
            for (const field of FIELDS) {
                const value = p[field];
                if (value === undefined)
                    continue;
                if (typeof value !== 'number' || !Number.isInteger(value))
                    fail([...pat, field], 'is not a capture-group number');
                if (value < 0 || value >= groupCount) {
                    fail([...pat, field], `is group ${String(value)}, but the regexp has ${groupCount - 1} capture group${groupCount === 2 ? '' : 's'}`);
                }
                if (seen.has(field))
                    fail([...pat, field], `is set twice in one matcher`);
                seen.add(field);
                groups[field] = value;
            }
            return { regexp, groups, loop: loop };
        });
        if (!seen.has('message'))
            fail([...at, 'pattern'], 'sets "message" in none of its patterns; one must');
        return { owner: m.owner, ...(typeof m.severity === 'string' && m.severity ? { severity: m.severity.toLowerCase() } : {}), patterns };
    });
}
async function readProblemMatchers(file, shown) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file: shown }, `cannot read the problem-matcher file (${err.code ?? String(err)})`, HINT);
    }
    return parseProblemMatchers(text, shown);
}
/** Runs matchers over lines, one at a time, as the runner does over a step's output. */
class ProblemScanner {
    matchers;
    state;
    constructor(matchers) {
        this.matchers = matchers;
        this.state = matchers.map((m) => new Array(Math.max(0, m.patterns.length - 1)).fill(undefined));
    }
    /** The problem this line completes, if any. The first matcher that reports wins; the others start over. */
    feed(rawLine) {
        // Tools colour their output; the runner matches the text without escape sequences.
        const line = rawLine.replace(ANSI, '').replace(/\r$/, '');
        for (let k = 0; k < this.matchers.length; k++) {
            const found = this.match(k, line);
            if (found) {
                for (let o = 0; o < this.matchers.length; o++)
                    if (o !== k)
                        this.state[o].fill(undefined);
                return found;
            }
        }
        return undefined;
    }
    match(k, line) {
        const matcher = this.matchers[k];
        const state = this.state[k];
        const patterns = matcher.patterns;
        if (patterns.length === 1) {
            const m = patterns[0].regexp.exec(line);
            return m ? this.capture(matcher, patterns[0], m, undefined, line, true) : undefined;
        }
        // Last pattern first, so one line cannot both start and finish a match.
        for (let i = patterns.length - 1; i >= 0; i--) {
            const running = i > 0 ? state[i - 1] : undefined;
            if (i > 0 && !running)
                continue;
            const pattern = patterns[i];
            const isLast = i === patterns.length - 1;
            const m = pattern.regexp.exec(line);
            if (m) {
                if (isLast) {
                    state.fill(undefined);
                    // A loop keeps the lines before it, so the next line may report another problem of the same file.
                    if (pattern.loop)
                        state[i - 1] = running;
                    return this.capture(matcher, pattern, m, running, line, true);
                }
                state[i] = this.capture(matcher, pattern, m, running, line, false);
            }
            else if (isLast) {
                state[i - 1] = undefined;
            }
            else {
                state[i] = undefined;
            }
        }
        return undefined;
    }
    capture(matcher, pattern, m, running, line, complete) {
        const out = { owner: matcher.owner, text: running ? `${running.text}\n${line}` : line };
        for (const field of FIELDS) {
            const value = running?.[field] ?? (pattern.groups[field] !== undefined ? m[pattern.groups[field]] : undefined);
            if (value !== undefined)
                out[field] = value;
        }
        if (complete && !out.severity && matcher.severity)
            out.severity = matcher.severity;
        return out;
    }
}
// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks).
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/** A problem's severity word, as tools print them, on runlens's scale. Annotation levels map as runlens's annotations do. */
const SEVERITY_WORDS = {
    fatal: 'critical',
    critical: 'critical',
    error: 'high',
    err: 'high',
    e: 'high',
    failure: 'high',
    high: 'high',
    warning: 'medium',
    warn: 'medium',
    w: 'medium',
    medium: 'medium',
    moderate: 'medium',
    notice: 'low',
    low: 'low',
    info: 'note',
    information: 'note',
    note: 'note',
    hint: 'note',
    style: 'note',
    convention: 'note',
    refactor: 'note',
};
function problemToFinding(match, opts) {
    const tool = opts.tool ?? match.owner;
    const word = (match.severity ?? 'error').trim().toLowerCase();
    const severity = opts.severities?.[word] ?? SEVERITY_WORDS[word] ?? (_model_severity_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.includes(word) ? word : 'high');
    const code = match.code?.trim() || undefined;
    const message = match.message?.trim() || code || match.owner;
    const properties = { matcher: match.owner };
    if (match.severity)
        properties.severityText = match.severity;
    let location;
    if (match.file?.trim()) {
        let file = match.file.trim();
        if (match.fromPath?.trim() && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(file))
            file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(match.fromPath.trim()), file);
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.cwd, file);
        // As the runner does, a file that is not there is no location (the message still says what it was).
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute)) {
            location = { path: (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_6__/* .toRepoPath */ .xD)(absolute, opts.cwd, opts.workspace) };
            const n = (v) => (v !== undefined && /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : undefined);
            const [startLine, startColumn, endLine, endColumn] = [n(match.line), n(match.column), n(match.endLine), n(match.endColumn)];
            if (startLine)
                location.startLine = startLine;
            if (startColumn)
                location.startColumn = startColumn;
            if (endLine)
                location.endLine = endLine;
            if (endColumn)
                location.endColumn = endColumn;
        }
        else {
            properties.file = match.file.trim();
        }
    }
    const finding = {
        tool,
        ruleId: code ?? match.owner,
        title: code ?? match.owner,
        message,
        severity,
        category: opts.category,
        fingerprint: (0,_findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_8__/* .fingerprintOf */ .a)(tool, code ?? match.owner, location?.path ?? properties.file?.toString(), message),
        stepId: opts.stepId,
        properties,
    };
    if (opts.toolVersion)
        finding.toolVersion = opts.toolVersion;
    if (location)
        finding.location = location;
    return finding;
}
/** Every problem in `text` (a tool's whole output), as findings. */
function findingsFromText(text, matchers, opts) {
    const scanner = new ProblemScanner(matchers);
    const findings = [];
    for (const line of text.split('\n')) {
        const match = scanner.feed(line);
        if (match)
            findings.push(problemToFinding(match, opts));
    }
    return findings;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * The `problem-matcher:` files of a `run:` step, scanning its output as it streams. Never throws: a file
 * that cannot be read or is malformed becomes `problem` (the step fails with it after it ran, as a bad
 * `sarif:` file does), and the step runs all the same.
 */
class ProblemCollector {
    matchers;
    opts;
    problem;
    scanner;
    matches = [];
    constructor(matchers, opts, problem) {
        this.matchers = matchers;
        this.opts = opts;
        this.problem = problem;
        this.scanner = new ProblemScanner(matchers);
    }
    static async open(files, opts) {
        const matchers = [];
        const problems = [];
        for (const file of files) {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.cwd, file);
            try {
                matchers.push(...(await readProblemMatchers(absolute, (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_6__/* .toRepoPath */ .xD)(absolute, opts.cwd, opts.workspace))));
            }
            catch (err) {
                if (!(err instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
                    throw err;
                problems.push(err.message);
            }
        }
        return new ProblemCollector(matchers, opts, problems.length > 0 ? problems.join('; ') : undefined);
    }
    /** Starts over (a new attempt): only the last attempt's problems are reported. */
    reset() {
        this.scanner = new ProblemScanner(this.matchers);
        this.matches = [];
    }
    feed(line) {
        const m = this.scanner.feed(line);
        if (m)
            this.matches.push(m);
    }
    /** The problems seen, as findings; what they captured is redacted as the step's log is. */
    findings() {
        return this.matches.map((m) => {
            const safe = { ...m, text: this.opts.redact(m.text) };
            if (m.message !== undefined)
                safe.message = this.opts.redact(m.message);
            return problemToFinding(safe, this.opts);
        });
    }
    /** One SARIF run per matcher owner, also when it matched nothing. */
    tools() {
        return this.matchers.map((m) => ({ name: m.owner, category: this.opts.category }));
    }
}


/***/ })

};
