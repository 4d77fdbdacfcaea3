export const id = 8285;
export const ids = [8285,4782,5448];
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

/***/ 8285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTool: () => (/* binding */ runTool)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/ingest/problem-matcher.js
var problem_matcher = __webpack_require__(45448);
// EXTERNAL MODULE: ./lib/ingest/sarif.js + 1 modules
var sarif = __webpack_require__(44782);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(35530);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(94116);
;// CONCATENATED MODULE: ./lib/checks/tool/preset.js
// What a `uses: tool` preset declares: how to run one tool and read its machine output. Presets are
// data (one file each under presets/): a program, the argv it is given, the exit codes that mean
// "it ran to the end", and a parser with a severity table.



/** The tool ran but says it failed (in its report, not only its exit code). */
class ToolReportedError extends errors/* RunlensError */.YD {
    name = 'ToolReportedError';
}
/** A JSON report, or an InputError naming the tool's output. */
function parseReport(text, source) {
    if (text.trim() === '') {
        throw new errors/* InputError */.dz({ file: source }, 'is empty: the tool wrote no report', 'see the step log for what the tool printed');
    }
    return (0,json_source/* parseJson */.qF)(source, text, source);
}
/** An InputError for a report that is JSON but not the shape the preset expects. */
function badReport(source, detail) {
    return new errors/* InputError */.dz({ file: source }, `is not the report runlens expected: ${detail}`, 'is the tool at the version the preset supports?');
}
/** A value from a severity table (keys lower-case), or the fallback. */
function severityOf(table, key, fallback) {
    return typeof key === 'string' || typeof key === 'number' ? (table[String(key).toLowerCase()] ?? fallback) : fallback;
}
/** The workspace-relative path of a file a tool named relative to where it ran. */
function repoPath(file, input) {
    return (0,repo_path/* toRepoPath */.xD)(file, input.cwd, input.workspace);
}
/** A positive integer, or undefined. */
function positive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
/** The first line matching a version number in `--version` output. */
function firstVersion(output) {
    return /\bv?(\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?)/.exec(output)?.[1];
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** A CVSS base score as a severity (GitHub's buckets, as SARIF security-severity). */
function severityFromScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'note';
}

// EXTERNAL MODULE: ./lib/checks/tool/presets/requires.js
var requires = __webpack_require__(48591);
;// CONCATENATED MODULE: ./lib/checks/tool/presets/bandit.js
// bandit: Python security linter. JSON report on stdout; exits 1 when it found issues.



/** bandit's issue_severity (confidence goes into properties). */
const SEVERITY = { high: 'high', medium: 'medium', low: 'low', undefined: 'note' };
const bandit = {
    name: 'bandit',
    tool: { name: 'bandit', informationUri: 'https://bandit.readthedocs.io/' },
    category: 'sast',
    requires: requires/* PRESET_REQUIRES */.H.bandit,
    version: firstVersion,
    paths: { kind: 'keep' },
    batch: 'all',
    argv: ({ options }) => [
        'bandit',
        '--format',
        'json',
        '--quiet',
        '--recursive',
        ...(options.config ? ['--configfile', options.config] : []),
    ],
    output: 'stdout',
    exitCodes: [0, 1],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!isObject(report) || !Array.isArray(report.results))
            throw badReport(input.source, 'no "results" array');
        const findings = [];
        for (const r of report.results) {
            if (!isObject(r) || typeof r.filename !== 'string')
                continue;
            const ruleId = str(r.test_id) ?? 'bandit';
            const message = str(r.issue_text) ?? ruleId;
            const path = repoPath(r.filename, input);
            const line = positive(r.line_number);
            const column = typeof r.col_offset === 'number' ? r.col_offset + 1 : undefined;
            const cwe = isObject(r.issue_cwe) && typeof r.issue_cwe.id === 'number' ? r.issue_cwe.id : undefined;
            findings.push({
                tool: 'bandit',
                ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
                ruleId,
                title: str(r.test_name) ? `${ruleId}: ${String(r.test_name)}` : ruleId,
                message,
                severity: severityOf(SEVERITY, r.issue_severity, 'medium'),
                category: 'sast',
                location: {
                    path,
                    ...(line ? { startLine: line } : {}),
                    ...(column && column > 0 ? { startColumn: column } : {}),
                    ...(Array.isArray(r.line_range) && positive(r.line_range.at(-1)) ? { endLine: r.line_range.at(-1) } : {}),
                },
                fingerprint: (0,fingerprint/* fingerprintOf */.a)('bandit', ruleId, path, message),
                ...(str(r.more_info) ? { helpUri: String(r.more_info) } : {}),
                stepId: input.stepId,
                properties: {
                    toolSeverity: r.issue_severity,
                    confidence: r.issue_confidence,
                    ...(cwe ? { cwe: `CWE-${cwe}`, tags: ['security', `external/cwe/cwe-${cwe}`] } : { tags: ['security'] }),
                },
            });
        }
        const errors = Array.isArray(report.errors) ? report.errors.filter(isObject) : [];
        const notes = errors.map((e) => `bandit could not scan ${String(e.filename)}: ${String(e.reason)}`);
        return { findings, notes };
    },
};

;// CONCATENATED MODULE: ./lib/checks/tool/presets/eslint.js
// ESLint: its built-in JSON formatter on stdout (no formatter package needed in the project);
// exits 1 when there are lint errors, 2 on a configuration error or crash.



/** ESLint's message severity (2 error, 1 warning); a parse error (`fatal`) is high. */
const eslint_SEVERITY = { fatal: 'high', '2': 'medium', '1': 'low' };
const eslint = {
    name: 'eslint',
    tool: { name: 'eslint', informationUri: 'https://eslint.org/' },
    category: 'quality',
    requires: requires/* PRESET_REQUIRES */.H.eslint,
    version: firstVersion,
    paths: { kind: 'keep' },
    batch: 'all',
    argv: ({ options }) => ['eslint', '--format', 'json', ...(options.config ? ['--config', options.config] : [])],
    output: 'stdout',
    exitCodes: [0, 1],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!Array.isArray(report))
            throw badReport(input.source, 'expected a JSON array of file results');
        const findings = [];
        for (const file of report) {
            if (!isObject(file) || typeof file.filePath !== 'string' || !Array.isArray(file.messages))
                continue;
            const path = repoPath(file.filePath, input);
            for (const m of file.messages) {
                if (!isObject(m))
                    continue;
                const fatal = m.fatal === true;
                const ruleId = str(m.ruleId) ?? (fatal ? 'parse-error' : 'eslint');
                const message = str(m.message) ?? ruleId;
                findings.push({
                    tool: 'eslint',
                    ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
                    ruleId,
                    title: ruleId,
                    message,
                    severity: severityOf(eslint_SEVERITY, fatal ? 'fatal' : m.severity, 'low'),
                    category: 'quality',
                    location: {
                        path,
                        ...(positive(m.line) ? { startLine: m.line } : {}),
                        ...(positive(m.column) ? { startColumn: m.column } : {}),
                        ...(positive(m.endLine) ? { endLine: m.endLine } : {}),
                        ...(positive(m.endColumn) ? { endColumn: m.endColumn } : {}),
                    },
                    fingerprint: (0,fingerprint/* fingerprintOf */.a)('eslint', ruleId, path, message),
                    ...(str(m.ruleId) && !String(m.ruleId).includes('/')
                        ? { helpUri: `https://eslint.org/docs/latest/rules/${String(m.ruleId)}` }
                        : {}),
                    stepId: input.stepId,
                    properties: { toolSeverity: fatal ? 'fatal' : m.severity === 2 ? 'error' : 'warning' },
                });
            }
        }
        return { findings };
    },
};

// EXTERNAL MODULE: ./lib/checks/secrets/redact.js
var redact = __webpack_require__(90410);
// EXTERNAL MODULE: ./lib/base/hash.js
var base_hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/checks/tool/presets/gitleaks.js
// gitleaks: secret scanner. JSON report to a file; `--exit-code 0` so any non-zero exit is a failure.
// The report holds the secrets themselves: each is masked before anything could print it, and a
// finding keeps only a redacted snippet and a hash.





const gitleaks = {
    name: 'gitleaks',
    tool: { name: 'gitleaks', informationUri: 'https://github.com/gitleaks/gitleaks' },
    category: 'secret',
    requires: requires/* PRESET_REQUIRES */.H.gitleaks,
    version: firstVersion,
    paths: { kind: 'keep' },
    // `gitleaks dir` scans one path.
    batch: 'each',
    argv: ({ options, reportFile }) => [
        'gitleaks',
        'dir',
        '--report-format',
        'json',
        '--report-path',
        reportFile,
        '--exit-code',
        '0',
        '--no-banner',
        '--no-color',
        '--log-level',
        'warn',
        ...(options.config ? ['--config', options.config] : []),
    ],
    output: 'file',
    exitCodes: [0],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!Array.isArray(report))
            throw badReport(input.source, 'expected a JSON array of leaks');
        // Mask every secret first: nothing below may log one before it is hidden.
        for (const leak of report) {
            if (!isObject(leak))
                continue;
            for (const value of [leak.Secret, leak.Match])
                if (typeof value === 'string' && value.trim().length >= 4)
                    input.mask(value);
        }
        const findings = [];
        for (const leak of report) {
            if (!isObject(leak) || typeof leak.File !== 'string')
                continue;
            const ruleId = str(leak.RuleID) ?? 'gitleaks';
            const secret = typeof leak.Secret === 'string' ? leak.Secret : '';
            const match = typeof leak.Match === 'string' ? leak.Match : secret;
            const path = repoPath(leak.File, input);
            const hash = (0,base_hash/* createHash */.n1)('sha256').update(secret).digest('hex').slice(0, 16);
            const shown = secret ? match.split(secret).join((0,redact/* redact */.E)(secret)) : (0,redact/* redact */.E)(match);
            const message = `${str(leak.Description) ?? ruleId} (${(0,redact/* redact */.E)(secret || match)})`;
            findings.push({
                tool: 'gitleaks',
                ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
                ruleId,
                title: ruleId,
                message,
                severity: 'high',
                category: 'secret',
                location: {
                    path,
                    ...(positive(leak.StartLine) ? { startLine: leak.StartLine } : {}),
                    ...column(leak.StartLine, leak.StartColumn, 'startColumn'),
                    ...(positive(leak.EndLine) ? { endLine: leak.EndLine } : {}),
                    ...column(leak.EndLine, leak.EndColumn, 'endColumn'),
                    // Only a redacted form, and never a line that might still hold the secret unmasked.
                    ...(shown.includes(secret) && secret ? {} : { snippet: shown.slice(0, 200) }),
                },
                // The secret's hash (not its line) identifies it, so a moved secret keeps its fingerprint.
                fingerprint: (0,fingerprint/* fingerprintOf */.a)('gitleaks', ruleId, path, hash),
                help: 'Rotate the secret now (treat it as leaked), then remove it from the code and its history.',
                stepId: input.stepId,
                properties: {
                    secretHash: hash,
                    ...(typeof leak.Entropy === 'number' ? { entropy: Math.round(leak.Entropy * 100) / 100 } : {}),
                    ...(str(leak.Commit) ? { commit: leak.Commit } : {}),
                    ...(Array.isArray(leak.Tags) && leak.Tags.length > 0 ? { tags: leak.Tags } : {}),
                },
            });
        }
        return { findings };
    },
};
/**
 * gitleaks 8 counts the newline before a line as its first column, so on every line but the first its
 * columns are one too far right (a key at column 3 of line 3 is reported at 4).
 */
function column(line, col, key) {
    const c = positive(col);
    if (!c)
        return {};
    const fixed = positive(line) && line > 1 && c > 1 ? c - 1 : c;
    return { [key]: fixed };
}

;// CONCATENATED MODULE: ./lib/checks/tool/presets/hadolint.js
// hadolint: Dockerfile linter. JSON on stdout; `--no-fail` keeps exit 0 for findings, so 1 is a failure.



/** hadolint levels, on a linter's scale. */
const hadolint_SEVERITY = { error: 'medium', warning: 'low', info: 'note', style: 'note' };
const hadolint = {
    name: 'hadolint',
    tool: { name: 'hadolint', informationUri: 'https://github.com/hadolint/hadolint' },
    category: 'quality',
    requires: requires/* PRESET_REQUIRES */.H.hadolint,
    version: firstVersion,
    paths: { kind: 'files', globs: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile'] },
    batch: 'all',
    argv: ({ options }) => [
        'hadolint',
        '--format',
        'json',
        '--no-fail',
        '--no-color',
        ...(options.config ? ['--config', options.config] : []),
    ],
    output: 'stdout',
    exitCodes: [0],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!Array.isArray(report))
            throw badReport(input.source, 'expected a JSON array of findings');
        const findings = [];
        for (const c of report) {
            if (!isObject(c) || typeof c.file !== 'string')
                continue;
            const code = str(c.code) ?? 'hadolint';
            const message = str(c.message) ?? code;
            const path = repoPath(c.file, input);
            findings.push({
                tool: 'hadolint',
                ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
                ruleId: code,
                title: code,
                message,
                severity: severityOf(hadolint_SEVERITY, c.level, 'low'),
                category: 'quality',
                location: {
                    path,
                    ...(positive(c.line) ? { startLine: c.line } : {}),
                    ...(positive(c.column) ? { startColumn: c.column } : {}),
                },
                fingerprint: (0,fingerprint/* fingerprintOf */.a)('hadolint', code, path, message),
                helpUri: code.startsWith('SC') ? `https://www.shellcheck.net/wiki/${code}` : `https://github.com/hadolint/hadolint/wiki/${code}`,
                stepId: input.stepId,
                properties: { toolSeverity: c.level },
            });
        }
        return { findings };
    },
};

;// CONCATENATED MODULE: ./lib/checks/tool/presets/advisory.js
// One shape for a vulnerable dependency, whichever scanner found it: the properties the GitLab
// dependency-scanning report reads (`package`, `version`, `aliases`) and the severity table.


/** Advisory databases' words (GHSA, npm, OSV database_specific). */
const ADVISORY_SEVERITY = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low',
    info: 'note',
    none: 'note',
};
/**
 * A CVSS score wins, then the database's word. A known vulnerability of unknown severity is `high`:
 * the gate should not let it through unseen.
 */
function severityOfAdvisory(score, word) {
    if (score !== undefined && Number.isFinite(score))
        return severityFromScore(score);
    return severityOf(ADVISORY_SEVERITY, word, 'high');
}
function dependencyFinding(a, input) {
    const file = a.file ? repoPath(a.file, input) : undefined;
    const at = a.version ? `${a.package}@${a.version}` : a.package;
    const fix = a.fixed.length > 0 ? ` Fixed in ${a.fixed.join(', ')}.` : ' No fixed version is known.';
    const identifiers = [...new Set([a.id, ...a.aliases])];
    return {
        tool: a.tool,
        ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
        ruleId: a.id,
        title: `${at}: ${a.summary ?? a.id}`,
        message: `${at} is vulnerable: ${a.summary ?? a.id} (${identifiers.join(', ')}).${fix}`,
        severity: a.severity,
        category: 'dependency',
        ...(file ? { location: { path: file } } : {}),
        fingerprint: (0,fingerprint/* fingerprintOf */.a)(a.tool, a.id, file, a.ecosystem, a.package, a.version),
        ...(a.details ? { help: a.details } : {}),
        ...(a.helpUri ? { helpUri: a.helpUri } : {}),
        stepId: input.stepId,
        properties: {
            package: { name: a.package },
            ...(a.version ? { version: a.version } : {}),
            ...(a.ecosystem ? { ecosystem: a.ecosystem } : {}),
            aliases: a.aliases.filter((x) => x !== a.id),
            identifiers,
            fixedVersions: a.fixed,
            ...(a.direct !== undefined ? { direct: a.direct } : {}),
            tags: ['security', 'dependency'],
            ...a.properties,
        },
    };
}

;// CONCATENATED MODULE: ./lib/checks/tool/presets/npm-audit.js
// npm audit: advisories for the packages in package-lock.json, from the registry's audit API. JSON on
// stdout (report version 2); exits 1 when it found vulnerabilities — and also when it failed, which the
// report then says in an `error` object.





const npmAudit = {
    name: 'npm-audit',
    tool: { name: 'npm audit', informationUri: 'https://docs.npmjs.com/cli/commands/npm-audit' },
    category: 'dependency',
    requires: requires/* PRESET_REQUIRES */.H['npm-audit'],
    version: firstVersion,
    // npm audit audits the project it runs in: each path is a project directory.
    paths: { kind: 'cwd' },
    batch: 'each',
    argv: ({ options }) => ['npm', 'audit', '--json', '--no-fund', ...(options['omit-dev'] ? ['--omit=dev'] : [])],
    output: 'stdout',
    exitCodes: [0, 1],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!isObject(report))
            throw badReport(input.source, 'expected a JSON object');
        if (isObject(report.error)) {
            const why = str(report.message) ?? str(report.error.summary) ?? str(report.error.code) ?? 'unknown error';
            const detail = str(report.error.detail);
            throw new ToolReportedError(`npm audit failed: ${why}${detail ? ` — ${detail}` : ''}`);
        }
        if (!isObject(report.vulnerabilities))
            throw badReport(input.source, 'no "vulnerabilities" object (npm 7 or later writes report version 2)');
        const lockName = ['npm-shrinkwrap.json', 'package-lock.json'].find((f) => (0,external_node_fs_.existsSync)(external_node_path_.join(input.cwd, f))) ?? 'package-lock.json';
        const lock = readLock(external_node_path_.join(input.cwd, lockName));
        const findings = [];
        for (const [name, entry] of Object.entries(report.vulnerabilities)) {
            if (!isObject(entry) || !Array.isArray(entry.via))
                continue;
            const nodes = Array.isArray(entry.nodes) ? entry.nodes.filter((n) => typeof n === 'string') : [];
            const versions = [...new Set(nodes.map((n) => lock[n]).filter((v) => v !== undefined))];
            // A `via` that is a string means "vulnerable through that package", which has its own entry.
            for (const via of entry.via) {
                if (!isObject(via))
                    continue;
                const url = str(via.url);
                const ghsa = url ? /GHSA-[\w-]+/.exec(url)?.[0] : undefined;
                const id = ghsa ?? (via.source !== undefined ? `npm-${String(via.source)}` : `npm-${name}`);
                const score = isObject(via.cvss) && typeof via.cvss.score === 'number' && via.cvss.score > 0 ? via.cvss.score : undefined;
                const cwes = Array.isArray(via.cwe) ? via.cwe.filter((c) => typeof c === 'string') : [];
                for (const version of versions.length > 0 ? versions : [undefined]) {
                    findings.push(dependencyFinding({
                        tool: 'npm audit',
                        id,
                        aliases: via.source !== undefined && ghsa ? [`npm-${String(via.source)}`] : [],
                        summary: str(via.title),
                        package: str(via.name) ?? name,
                        ...(version ? { version } : {}),
                        ecosystem: 'npm',
                        // npm's own severity word first: it is what `npm audit` shows and gates on.
                        severity: severityOfAdvisory(str(via.severity) ? undefined : score, via.severity),
                        fixed: [],
                        file: external_node_path_.join(input.cwd, lockName),
                        ...(url ? { helpUri: url } : {}),
                        direct: entry.isDirect === true,
                        properties: {
                            ...(str(via.range) ? { vulnerableRange: via.range } : {}),
                            ...(score ? { cvssScore: score } : {}),
                            ...(cwes.length > 0 ? { cwe: cwes } : {}),
                            fixAvailable: entry.fixAvailable ?? false,
                        },
                    }, input));
                }
            }
        }
        return { findings };
    },
};
/** node_modules path → installed version, from package-lock.json v2/v3 (`packages`). */
function readLock(file) {
    try {
        const lock = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        const out = {};
        if (isObject(lock) && isObject(lock.packages)) {
            for (const [p, meta] of Object.entries(lock.packages))
                if (isObject(meta) && typeof meta.version === 'string')
                    out[p] = meta.version;
        }
        return out;
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./lib/checks/tool/presets/osv-scanner.js
// osv-scanner: known vulnerabilities in the dependencies its lockfiles/manifests name. JSON on stdout;
// exits 1 when it found vulnerabilities, 128 when there was nothing to scan, 127 on errors.




const osvScanner = {
    name: 'osv-scanner',
    tool: { name: 'osv-scanner', informationUri: 'https://google.github.io/osv-scanner/' },
    category: 'dependency',
    requires: requires/* PRESET_REQUIRES */.H['osv-scanner'],
    version: (out) => /osv-scanner version:\s*(\S+)/.exec(out)?.[1] ?? firstVersion(out),
    paths: { kind: 'keep' },
    batch: 'all',
    argv: ({ options }) => [
        'osv-scanner',
        'scan',
        'source',
        '--format',
        'json',
        '--recursive',
        ...(options['offline-db'] ? ['--offline-vulnerabilities', '--offline'] : []),
        ...(options.config ? ['--config', options.config] : []),
    ],
    // osv-scanner reads its offline databases from <dir>/osv-scalibr/<Ecosystem>/all.zip.
    env: ({ options, cwd }) => options['offline-db'] ? { OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: external_node_path_.resolve(cwd, options['offline-db']) } : {},
    output: 'stdout',
    exitCodes: [0, 1],
    nothingToScan: { 128: 'osv-scanner found no lockfile or manifest to scan' },
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!isObject(report) || !Array.isArray(report.results))
            throw badReport(input.source, 'no "results" array');
        const findings = [];
        for (const result of report.results) {
            if (!isObject(result) || !Array.isArray(result.packages))
                continue;
            const source = isObject(result.source) ? str(result.source.path) : undefined;
            for (const entry of result.packages) {
                if (!isObject(entry) || !isObject(entry.package))
                    continue;
                const pkg = entry.package;
                const vulns = Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities.filter(isObject) : [];
                const groups = Array.isArray(entry.groups) && entry.groups.length > 0
                    ? entry.groups.filter(isObject)
                    : vulns.map((v) => ({ ids: [v.id], aliases: v.aliases }));
                for (const group of groups) {
                    const ids = Array.isArray(group.ids) ? group.ids.filter((x) => typeof x === 'string') : [];
                    const vuln = vulns.find((v) => ids.includes(v.id)) ?? {};
                    const id = ids[0] ?? str(vuln.id) ?? 'unknown';
                    const score = Number(group.max_severity);
                    const dbSeverity = isObject(vuln.database_specific) ? vuln.database_specific.severity : undefined;
                    findings.push(dependencyFinding({
                        tool: 'osv-scanner',
                        id,
                        aliases: Array.isArray(group.aliases) ? group.aliases.filter((x) => typeof x === 'string') : ids,
                        summary: str(vuln.summary),
                        details: str(vuln.details),
                        package: str(pkg.name) ?? 'unknown',
                        version: str(pkg.version),
                        ecosystem: str(pkg.ecosystem),
                        severity: severityOfAdvisory(Number.isFinite(score) && group.max_severity !== '' ? score : undefined, dbSeverity),
                        fixed: fixedVersions(vuln, str(pkg.name)),
                        file: source,
                        helpUri: `https://osv.dev/vulnerability/${id}`,
                        properties: Number.isFinite(score) && group.max_severity !== '' ? { cvssScore: score } : {},
                    }, input));
                }
            }
        }
        return { findings };
    },
};
/** The versions an OSV record says fix it, for this package. */
function fixedVersions(vuln, name) {
    const fixed = new Set();
    for (const affected of Array.isArray(vuln.affected) ? vuln.affected : []) {
        if (!isObject(affected) || (isObject(affected.package) && name && affected.package.name !== name))
            continue;
        for (const range of Array.isArray(affected.ranges) ? affected.ranges : []) {
            for (const event of isObject(range) && Array.isArray(range.events) ? range.events : []) {
                if (isObject(event) && typeof event.fixed === 'string')
                    fixed.add(event.fixed);
            }
        }
    }
    return [...fixed];
}

;// CONCATENATED MODULE: ./lib/checks/tool/presets/pip-audit.js



const pipAudit = {
    name: 'pip-audit',
    tool: { name: 'pip-audit', informationUri: 'https://github.com/pypa/pip-audit' },
    category: 'dependency',
    requires: requires/* PRESET_REQUIRES */.H['pip-audit'],
    version: firstVersion,
    paths: { kind: 'none' },
    batch: 'all',
    argv: ({ options }) => [
        'pip-audit',
        '--format',
        'json',
        '--progress-spinner',
        'off',
        ...(options['resolve-deps'] === false ? ['--no-deps', '--disable-pip'] : []),
        ...(options.requirements ?? ['requirements.txt']).flatMap((r) => ['--requirement', r]),
    ],
    output: 'stdout',
    exitCodes: [0, 1],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!isObject(report) || !Array.isArray(report.dependencies))
            throw badReport(input.source, 'no "dependencies" array');
        const requirements = input.options.requirements ?? ['requirements.txt'];
        // pip-audit does not say which file named a package; with one file, it is that one.
        const file = requirements.length === 1 ? requirements[0] : undefined;
        const findings = [];
        const notes = [];
        for (const dep of report.dependencies) {
            if (!isObject(dep))
                continue;
            if (str(dep.skip_reason))
                notes.push(`pip-audit skipped ${String(dep.name)}: ${String(dep.skip_reason)}`);
            for (const v of Array.isArray(dep.vulns) ? dep.vulns : []) {
                if (!isObject(v) || typeof v.id !== 'string')
                    continue;
                const description = str(v.description);
                findings.push(dependencyFinding({
                    tool: 'pip-audit',
                    id: v.id,
                    aliases: Array.isArray(v.aliases) ? v.aliases.filter((a) => typeof a === 'string') : [],
                    summary: description ? firstSentence(description) : undefined,
                    ...(description ? { details: description } : {}),
                    package: str(dep.name) ?? 'unknown',
                    ...(str(dep.version) ? { version: dep.version } : {}),
                    ecosystem: 'PyPI',
                    // PyPI's advisory data carries no severity.
                    severity: severityOfAdvisory(undefined, undefined),
                    fixed: Array.isArray(v.fix_versions) ? v.fix_versions.filter((f) => typeof f === 'string') : [],
                    ...(file ? { file } : {}),
                    helpUri: `https://osv.dev/vulnerability/${v.id}`,
                    properties: { severityKnown: false },
                }, input));
            }
        }
        return { findings, notes };
    },
};
function firstSentence(text) {
    const line = text.trim().split(/\r?\n/, 1)[0] ?? text;
    const sentence = /^(.{20,200}?[.!?])\s/.exec(line + ' ')?.[1] ?? line;
    return sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
}

;// CONCATENATED MODULE: ./lib/checks/tool/presets/ruff.js
// ruff: Python linter. JSON report on stdout; exits 1 when it found violations, 2 when it failed.



/**
 * ruff gives every violation the same level, so severity comes from the rule: code that cannot be
 * parsed or read is high; pyflakes (likely bugs), flake8-bandit, bugbear and pylint errors are medium;
 * the rest (style, conventions) is low. Keys are a rule's linter letters, optionally with the start of
 * its number (`E9` = E901, E902…); the most specific entry wins.
 */
const SEVERITY_BY_RULE = {
    'invalid-syntax': 'high',
    E9: 'high',
    F: 'medium',
    S: 'medium',
    B: 'medium',
    PLE: 'medium',
};
function severityOfCode(code) {
    const m = /^([A-Z]+)(\d*)$/.exec(code);
    if (!m)
        return SEVERITY_BY_RULE[code] ?? 'low';
    const [, letters, digits] = m;
    for (let n = digits.length; n >= 0; n--) {
        const hit = SEVERITY_BY_RULE[letters + digits.slice(0, n)];
        if (hit)
            return hit;
    }
    return 'low';
}
const ruff = {
    name: 'ruff',
    tool: { name: 'ruff', informationUri: 'https://docs.astral.sh/ruff/' },
    category: 'quality',
    requires: requires/* PRESET_REQUIRES */.H.ruff,
    version: firstVersion,
    paths: { kind: 'keep' },
    batch: 'all',
    argv: ({ options }) => ['ruff', 'check', '--output-format=json', '--no-cache', ...(options.config ? ['--config', options.config] : [])],
    output: 'stdout',
    exitCodes: [0, 1],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!Array.isArray(report))
            throw badReport(input.source, 'expected a JSON array of violations');
        const findings = [];
        for (const v of report) {
            if (!isObject(v) || typeof v.filename !== 'string')
                continue;
            const code = str(v.code) ?? 'invalid-syntax';
            const message = str(v.message) ?? code;
            const path = repoPath(v.filename, input);
            const start = isObject(v.location) ? v.location : {};
            const end = isObject(v.end_location) ? v.end_location : {};
            const security = code.startsWith('S');
            findings.push({
                tool: 'ruff',
                ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
                ruleId: code,
                title: str(v.name) ? `${code}: ${String(v.name)}` : code,
                message,
                severity: severityOfCode(code),
                category: security ? 'sast' : 'quality',
                location: {
                    path,
                    ...(positive(start.row) ? { startLine: start.row } : {}),
                    ...(positive(start.column) ? { startColumn: start.column } : {}),
                    ...(positive(end.row) ? { endLine: end.row } : {}),
                    ...(positive(end.column) ? { endColumn: end.column } : {}),
                },
                fingerprint: (0,fingerprint/* fingerprintOf */.a)('ruff', code, path, message),
                ...(str(v.url) ? { helpUri: String(v.url) } : {}),
                stepId: input.stepId,
                properties: {
                    ...(security ? { tags: ['security'] } : {}),
                    ...(isObject(v.fix) && str(v.fix.message) ? { fix: v.fix.message } : {}),
                },
            });
        }
        return { findings };
    },
};

;// CONCATENATED MODULE: ./lib/checks/tool/presets/shellcheck.js
// ShellCheck: json1 report on stdout; exits 1 when it found issues, 2–4 when it could not check.



/** ShellCheck levels, on a linter's scale; a parse error (SC1xxx at level error) is high. */
const shellcheck_SEVERITY = { error: 'medium', warning: 'low', info: 'note', style: 'note' };
const shellcheck = {
    name: 'shellcheck',
    tool: { name: 'shellcheck', informationUri: 'https://www.shellcheck.net/' },
    category: 'quality',
    requires: requires/* PRESET_REQUIRES */.H.shellcheck,
    version: (out) => /version:\s*(\S+)/.exec(out)?.[1] ?? firstVersion(out),
    // ShellCheck takes files, not directories.
    paths: { kind: 'files', globs: ['**/*.sh', '**/*.bash', '**/*.ksh', '**/*.bats'] },
    batch: 'all',
    argv: ({ options }) => ['shellcheck', '--format=json1', ...(options.config ? ['--rcfile', options.config] : [])],
    output: 'stdout',
    exitCodes: [0, 1],
    parse(text, input) {
        const report = parseReport(text, input.source);
        if (!isObject(report) || !Array.isArray(report.comments))
            throw badReport(input.source, 'no "comments" array (is the format json1?)');
        const findings = [];
        for (const c of report.comments) {
            if (!isObject(c) || typeof c.file !== 'string')
                continue;
            const code = typeof c.code === 'number' ? `SC${c.code}` : 'shellcheck';
            const message = typeof c.message === 'string' ? c.message : code;
            const path = repoPath(c.file, input);
            const parseError = c.level === 'error' && /^SC1\d{3}$/.test(code);
            findings.push({
                tool: 'shellcheck',
                ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
                ruleId: code,
                title: code,
                message,
                severity: parseError ? 'high' : severityOf(shellcheck_SEVERITY, c.level, 'low'),
                category: 'quality',
                location: {
                    path,
                    ...(positive(c.line) ? { startLine: c.line } : {}),
                    ...(positive(c.column) ? { startColumn: c.column } : {}),
                    ...(positive(c.endLine) ? { endLine: c.endLine } : {}),
                    ...(positive(c.endColumn) ? { endColumn: c.endColumn } : {}),
                },
                fingerprint: (0,fingerprint/* fingerprintOf */.a)('shellcheck', code, path, message),
                helpUri: `https://www.shellcheck.net/wiki/${code}`,
                stepId: input.stepId,
                properties: { toolSeverity: c.level },
            });
        }
        return { findings };
    },
};

;// CONCATENATED MODULE: ./lib/checks/tool/presets/trivy.js
// trivy: vulnerabilities, misconfigurations and secrets in a directory, as SARIF (written to a file).
// Its SARIF rule tags say which kind a result is.



const CATEGORY_BY_TAG = {
    vulnerability: 'dependency',
    misconfiguration: 'sast',
    secret: 'secret',
    license: 'other',
};
const trivy = {
    name: 'trivy',
    tool: { name: 'trivy', informationUri: 'https://trivy.dev/' },
    category: 'dependency',
    requires: requires/* PRESET_REQUIRES */.H.trivy,
    version: firstVersion,
    paths: { kind: 'keep' },
    batch: 'each',
    argv: ({ options, reportFile }) => [
        'trivy',
        'filesystem',
        '--format',
        'sarif',
        '--output',
        reportFile,
        '--quiet',
        '--exit-code',
        '0',
        ...(options.scanners ? ['--scanners', options.scanners.join(',')] : []),
        ...(options.config ? ['--config', options.config] : []),
    ],
    output: 'file',
    exitCodes: [0],
    parse(text, input) {
        const read = (0,sarif.readSarif)(text, input.source, { cwd: input.cwd, workspace: input.workspace, stepId: input.stepId });
        for (const f of read.findings) {
            // One name for the tool: its SARIF says "Trivy", the run runlens reports is "trivy".
            f.tool = 'trivy';
            const tags = Array.isArray(f.properties?.tags) ? f.properties.tags.map((t) => String(t).toLowerCase()) : [];
            const category = tags.map((t) => CATEGORY_BY_TAG[t]).find((c) => c !== undefined);
            if (category)
                f.category = category;
            if (f.category === 'secret' && f.location)
                delete f.location.snippet;
        }
        return { findings: read.findings, ...(read.tools[0]?.version ? { toolVersion: read.tools[0].version } : {}) };
    },
};

;// CONCATENATED MODULE: ./lib/checks/tool/presets/index.js










const PRESETS = {
    bandit: bandit,
    ruff: ruff,
    eslint: eslint,
    shellcheck: shellcheck,
    hadolint: hadolint,
    gitleaks: gitleaks,
    'osv-scanner': osvScanner,
    'npm-audit': npmAudit,
    'pip-audit': pipAudit,
    trivy: trivy,
};

;// CONCATENATED MODULE: ./lib/checks/tool/run.js
// Runs a preset or a custom tool through ctx.exec (argv, no shell, unless a custom `run` is a string),
// judges its exit code, and reads its report into findings. A tool that finds problems has done its
// job (most exit 1 then); one that crashes, times out or writes no readable report has not.











/** An option names something that is not there. */
class StepOptionError extends errors/* RunlensError */.YD {
    name = 'StepOptionError';
}
/** Files given to one run of a tool that takes files (argv stays far below the system's limit). */
const FILES_PER_RUN = 500;
/** Stderr lines kept for the log and for a failure's reason. */
const MAX_STDERR_LINES = 200;
async function runTool(ctx) {
    const { preset } = ctx.options;
    return preset ? runPreset(ctx, PRESETS[preset]) : runCustom(ctx);
}
async function runPreset(ctx, preset) {
    const program = preset.requires.program;
    const tmp = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'runlens-tool-'));
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
                    if (err instanceof errors/* InputError */.dz && result.exitCode !== 0 && text.trim() === '') {
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
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** The runs a preset needs for the step's paths. */
async function plan(ctx, preset, tmp) {
    const { options } = ctx;
    options.paths.forEach((p, i) => {
        if (!(0,external_node_fs_.existsSync)(external_node_path_.resolve(ctx.cwd, p))) {
            const shown = (0,repo_path/* toRepoPath */.xD)(external_node_path_.resolve(ctx.cwd, p), ctx.cwd, ctx.workspace);
            throw new StepOptionError(`${ctx.where(['paths', i])}: ${shown} does not exist (paths are relative to the step's working directory)`);
        }
    });
    let n = 0;
    const make = (cwd, paths) => {
        const reportFile = external_node_path_.join(tmp, `report-${n++}`);
        const input = { cwd, paths, options, reportFile };
        return { argv: [...preset.argv(input), ...options.args, ...paths], cwd, env: preset.env?.(input) ?? {}, reportFile };
    };
    switch (preset.paths.kind) {
        case 'none':
            return [make(ctx.cwd, [])];
        case 'cwd':
            return options.paths.map((p) => make(external_node_path_.resolve(ctx.cwd, p), []));
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
        const abs = external_node_path_.resolve(cwd, p);
        if (!(0,external_node_fs_.statSync)(abs).isDirectory()) {
            out.add(p);
            continue;
        }
        const found = await (0,dist/* glob */.TI)(globs, { cwd: abs, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, dot: true });
        for (const f of found.sort())
            out.add((0,repo_path/* toPosix */.d7)(external_node_path_.relative(cwd, external_node_path_.join(abs, f))) || '.');
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
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz({ file: source }, 'was not written: the tool exited without writing its report', 'see the step log for what it printed');
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
    const name = o.name ?? external_node_path_.basename(program);
    const matcherFile = o.matcher ? external_node_path_.resolve(ctx.cwd, o.matcher) : undefined;
    if (matcherFile && !(0,external_node_fs_.existsSync)(matcherFile)) {
        throw new StepOptionError(`${ctx.where(['matcher'])}: the problem-matcher file ${(0,repo_path/* toRepoPath */.xD)(matcherFile, ctx.cwd, ctx.workspace)} does not exist`);
    }
    const matchers = matcherFile ? await (0,problem_matcher.readProblemMatchers)(matcherFile, (0,repo_path/* toRepoPath */.xD)(matcherFile, ctx.cwd, ctx.workspace)) : [];
    const toStdout = o.output === undefined;
    // A report left by an earlier run must not pass for this run's.
    if (!toStdout)
        await (0,promises_.rm)(external_node_path_.resolve(ctx.cwd, o.output), { force: true });
    const versionArgv = o['version-args'] ? [program, ...o['version-args']] : undefined;
    const [version, result] = await Promise.all([
        versionArgv ? toolVersion(ctx, versionArgv, firstVersion) : undefined,
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
        const findings = (0,problem_matcher.findingsFromText)(`${result.stdout}\n${result.stderr}`, matchers, {
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
    const file = toStdout ? `${name} output` : (0,repo_path/* toRepoPath */.xD)(external_node_path_.resolve(ctx.cwd, o.output), ctx.cwd, ctx.workspace);
    const text = toStdout ? result.stdout : await readReport(external_node_path_.resolve(ctx.cwd, o.output), file);
    if (text.trim() === '')
        throw new errors/* InputError */.dz({ file }, 'is empty: the tool wrote no SARIF', 'see the step log for what it printed');
    const read = (0,sarif.readSarif)(text, toStdout ? file : external_node_path_.resolve(ctx.cwd, o.output), {
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

/***/ 35530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50645);

/** A stable id from parts that identify a finding independently of its line number. */
function fingerprintOf(...parts) {
    const h = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    for (const p of parts)
        h.update(String(p ?? '')).update('\0');
    return h.digest('hex').slice(0, 32);
}


/***/ }),

/***/ 24707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ matchFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73382);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17594);
/* harmony import */ var _base_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56230);
// Resolves the file patterns a step names (`sarif:`, `junit:`, `with.files`) to files on disk.





/**
 * Absolute paths of the files matching `patterns` (relative to `cwd`), sorted, without duplicates.
 * A pattern that matches nothing is an error: the step said it would write that file.
 */
async function matchFiles(patterns, cwd, what, root) {
    const found = new Set();
    for (const pattern of patterns) {
        const matches = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .isDynamicPattern */ .ey)(pattern) ? await globOne(pattern, cwd) : await literal(pattern, cwd);
        // With `root`: nothing outside the workspace is read, by path or through a symlink (base/workspace-path.ts).
        if (root !== undefined) {
            const escaped = (0,_base_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathEscape */ .$)(root, cwd, pattern) ?? matches.map((m) => (0,_base_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .realPathEscape */ .Z)(root, m)).find((w) => w !== undefined);
            if (escaped)
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, `${what} file refused: ${escaped}`, 'runlens reads only files inside the workspace');
        }
        if (matches.length === 0) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, `no ${what} file matches this pattern (relative to ${cwd})`, `check that the step writes it and that the path is relative to the step's working directory`);
        }
        for (const m of matches)
            found.add(m);
    }
    return [...found].sort();
}
async function globOne(pattern, cwd) {
    // Glob from the pattern's static prefix, so `../reports/*.sarif` and absolute patterns crawl
    // only the directory they name.
    const segments = pattern.split('/');
    const firstDynamic = segments.findIndex((s) => (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .isDynamicPattern */ .ey)(s));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, segments.slice(0, firstDynamic).join('/') || '.');
    const rest = segments.slice(firstDynamic).join('/');
    // `**/*.sarif` means the project's reports, not those shipped inside dependencies.
    const ignore = rest.includes('node_modules') ? ['**/.git/**'] : ['**/node_modules/**', '**/.git/**'];
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)(rest, { cwd: root, absolute: true, onlyFiles: true, dot: true, expandDirectories: false, ignore });
    return files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(f));
}
async function literal(pattern, cwd) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, pattern);
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).isFile() ? [file] : [];
    }
    catch {
        return [];
    }
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


/***/ }),

/***/ 44782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ingestSarif: () => (/* binding */ ingestSarif),
  readSarif: () => (/* binding */ readSarif)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(35530);
// EXTERNAL MODULE: ./lib/model/severity.js
var severity = __webpack_require__(89506);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(94116);
// EXTERNAL MODULE: ./lib/ingest/match-files.js
var match_files = __webpack_require__(24707);
// EXTERNAL MODULE: ./lib/model/finding.js
var finding = __webpack_require__(65268);
;// CONCATENATED MODULE: ./lib/ingest/sarif-category.js
// Which runlens category (and so which GitLab report) a finding from another tool's SARIF belongs
// to. SARIF has no such field, so this is a judgement from the tool name and rule tags. Data.

/** Lower-cased driver names of tools whose every result is of one category. */
const TOOL_CATEGORY = {
    gitleaks: 'secret',
    trufflehog: 'secret',
    'detect-secrets': 'secret',
    'osv-scanner': 'dependency',
    grype: 'dependency',
    'dependency-check': 'dependency',
    'npm audit': 'dependency',
    'pip-audit': 'dependency',
    govulncheck: 'dependency',
};
/** Rule tags (lower-cased) that say what a result is, most specific first. */
const TAG_CATEGORY = [
    [/^(secret|secrets|credential|credentials|leak)$/, 'secret'],
    [/^(dependency|dependencies|vulnerable-dependency|sca|supply-chain)$/, 'dependency'],
    [/^(security|external\/cwe\/.*|cwe-\d+)$/, 'sast'],
];
/** `stated`: the result's own `properties.category`, which runlens's SARIF carries (so a merged or re-read report keeps it). */
function categoryOf(toolName, tags, hasSecuritySeverity, stated) {
    if (finding/* FINDING_CATEGORIES */.z.includes(stated))
        return stated;
    const byTool = TOOL_CATEGORY[toolName.toLowerCase()];
    if (byTool)
        return byTool;
    const lower = tags.map((t) => t.toLowerCase());
    for (const [pattern, category] of TAG_CATEGORY) {
        if (lower.some((t) => pattern.test(t)))
            return category;
    }
    // GitHub only reads security-severity for security results, so a tool that sets it means one.
    return hasSecuritySeverity ? 'sast' : 'quality';
}

// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
;// CONCATENATED MODULE: ./lib/ingest/sarif.js
// Findings from SARIF 2.1.0 files other tools wrote (`sarif:` on a step, or `uses: sarif`).










/** Reads every SARIF file matching `patterns`; throws InputError (src/base/errors.ts) (file:line:col) on malformed input. */
async function ingestSarif(patterns, opts) {
    const files = await (0,match_files/* matchFiles */.x)(patterns, opts.cwd, 'SARIF', opts.confine ? opts.workspace : undefined);
    const findings = [];
    const tools = new Map();
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        const read = readSarif(text, file, opts);
        findings.push(...read.findings);
        for (const t of read.tools)
            if (!tools.has(t.name))
                tools.set(t.name, t);
    }
    return { findings, files: files.map((f) => (0,repo_path/* toRepoPath */.xD)(f, opts.cwd, opts.workspace)), tools: [...tools.values()] };
}
const MAX_SNIPPET = 500;
const MAX_TITLE = 200;
/**
 * The findings in one SARIF document, and the tools whose runs completed (`results` present, even empty):
 * code scanning closes a tool's fixed alerts only when it is sent the tool's empty run.
 */
function readSarif(text, file, opts) {
    const shown = (0,repo_path/* toRepoPath */.xD)(file, opts.cwd, opts.workspace);
    const log = (0,json_source/* parseJson */.qF)(shown, text, 'this SARIF file');
    const fail = (at, detail) => {
        throw new errors/* InputError */.dz({ file: shown, ...(0,json_source/* locateJsonPath */.Od)(text, at) }, `${(0,json_source/* formatJsonPath */.pB)(at) || 'the document'} ${detail}`, 'runlens reads SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/); check the tool was asked for SARIF output');
    };
    if (!isObject(log))
        return fail([], 'is not a SARIF log: expected a JSON object with "version" and "runs"');
    if (typeof log.version === 'string' && log.version !== '2.1.0')
        fail(['version'], `is "${(0,errors/* clipForMessage */.Z2)(log.version, 40)}"; only SARIF 2.1.0 is supported`);
    if (!Array.isArray(log.runs))
        return fail(['runs'], 'is missing or not an array: a SARIF log holds its results in "runs"');
    const findings = [];
    const tools = [];
    log.runs.forEach((run, r) => {
        if (!isObject(run))
            return fail(['runs', r], 'is not an object');
        const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
        if (!driver || typeof driver.name !== 'string' || driver.name === '') {
            return fail(['runs', r, 'tool', 'driver', 'name'], 'is missing: every SARIF run names the tool that produced it');
        }
        // `results` absent or null means the tool did not run to completion; there is nothing to read.
        // Except that bandit leaves `results` out of a clean run whose invocations all say they succeeded.
        if (run.results === undefined || run.results === null) {
            const invocations = Array.isArray(run.invocations) ? run.invocations : [];
            const succeeded = invocations.length > 0 && invocations.every((i) => isObject(i) && i.executionSuccessful === true);
            if (!succeeded)
                return;
            run.results = [];
        }
        if (!Array.isArray(run.results))
            return fail(['runs', r, 'results'], 'is not an array');
        const reader = new RunReader(run, file, opts);
        tools.push(reader.toolRun());
        run.results.forEach((result, i) => {
            if (!isObject(result))
                return fail(['runs', r, 'results', i], 'is not an object');
            if (result.locations !== undefined && !Array.isArray(result.locations)) {
                return fail(['runs', r, 'results', i, 'locations'], 'is not an array');
            }
            const finding = reader.finding(result);
            if (finding)
                findings.push(finding);
        });
    });
    return { findings, tools };
}
class RunReader {
    run;
    file;
    opts;
    tool;
    toolVersion;
    rulesById = new Map();
    constructor(run, file, opts) {
        this.run = run;
        this.file = file;
        this.opts = opts;
        const driver = run.tool.driver;
        this.tool = driver.name;
        this.toolVersion = str(driver.semanticVersion) ?? str(driver.version);
        const rules = Array.isArray(driver.rules) ? driver.rules : [];
        for (const rule of rules) {
            const id = isObject(rule) ? str(rule.id) : undefined;
            if (id && !this.rulesById.has(id))
                this.rulesById.set(id, rule);
        }
    }
    /** The tool's category: that of its rules taken together (a tool with no rules: by its name). */
    toolRun() {
        const driver = this.run.tool.driver;
        const rules = [...this.rulesById.values()];
        const tags = rules.flatMap((r) => stringArray(r.properties?.tags));
        const category = categoryOf(this.tool, tags, rules.some((r) => r.properties?.['security-severity'] !== undefined));
        return {
            name: this.tool,
            ...(this.toolVersion ? { version: this.toolVersion } : {}),
            ...(str(driver.informationUri) ? { informationUri: driver.informationUri } : {}),
            category,
        };
    }
    finding(result) {
        // Not problems: a passed check, a rule that did not apply, a suppressed or fixed result.
        if (result.kind === 'pass' || result.kind === 'notApplicable')
            return undefined;
        if (result.baselineState === 'absent')
            return undefined;
        if (result.suppressions?.some((s) => s.status === undefined || s.status === 'accepted'))
            return undefined;
        const rule = this.ruleOf(result);
        const ruleId = str(result.ruleId) ?? str(result.rule?.id) ?? str(rule?.id) ?? 'unknown';
        const ruleProps = rule?.properties ?? {};
        const tags = stringArray(ruleProps.tags).concat(stringArray(result.properties?.tags));
        const securitySeverity = result.properties?.['security-severity'] ?? ruleProps['security-severity'];
        const level = str(result.level) ?? str(rule?.defaultConfiguration?.level);
        const category = categoryOf(this.tool, tags, securitySeverity !== undefined, result.properties?.category);
        const location = this.locationOf(result, category);
        const message = this.messageOf(result, rule) ?? ruleId;
        const title = firstLine(str(rule?.shortDescription?.text) ?? str(rule?.name) ?? ruleId).slice(0, MAX_TITLE);
        const properties = { sarifFile: (0,repo_path/* toRepoPath */.xD)(this.file, this.opts.cwd, this.opts.workspace) };
        if (tags.length > 0)
            properties.tags = [...new Set(tags)];
        if (isObject(result.partialFingerprints))
            properties.partialFingerprints = result.partialFingerprints;
        const finding = {
            tool: this.tool,
            ruleId,
            title,
            message,
            severity: (0,severity/* severityFromSarif */.ZF)(level, securitySeverity),
            category,
            fingerprint: this.fingerprintOf(result, ruleId, location, message),
            stepId: this.opts.stepId,
            properties,
        };
        if (this.toolVersion)
            finding.toolVersion = this.toolVersion;
        if (location)
            finding.location = location;
        const help = str(rule?.help?.markdown) ?? str(rule?.help?.text) ?? str(rule?.fullDescription?.markdown) ?? str(rule?.fullDescription?.text);
        if (help)
            finding.help = help;
        if (str(rule?.helpUri))
            finding.helpUri = rule.helpUri;
        return finding;
    }
    ruleOf(result) {
        const component = result.rule?.toolComponent;
        const rules = component?.index !== undefined ? this.run.tool.extensions?.[component.index]?.rules : (this.run.tool.driver.rules ?? undefined);
        const index = result.ruleIndex ?? result.rule?.index;
        if (Array.isArray(rules) && typeof index === 'number' && isObject(rules[index]))
            return rules[index];
        const id = str(result.ruleId) ?? str(result.rule?.id);
        if (id === undefined)
            return undefined;
        return ((component?.index !== undefined && Array.isArray(rules) ? rules.find((r) => isObject(r) && r.id === id) : undefined) ??
            this.rulesById.get(id));
    }
    messageOf(result, rule) {
        const m = isObject(result.message) ? result.message : undefined;
        let text = str(m?.text) ?? str(m?.markdown);
        const id = str(m?.id);
        if (text === undefined && id) {
            const strings = rule?.messageStrings;
            const template = isObject(strings) && Object.hasOwn(strings, id) ? strings[id] : undefined;
            text = str(template?.text) ?? str(template?.markdown);
        }
        if (text === undefined)
            return undefined;
        const args = Array.isArray(m?.arguments) ? m.arguments : [];
        // SARIF placeholders are {0}, {1}…; {{ and }} are literal braces.
        return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, n) => whole === '{{' ? '{' : whole === '}}' ? '}' : (str(args[Number(n)]) ?? whole));
    }
    locationOf(result, category) {
        const physical = result.locations?.find((l) => isObject(l) && isObject(l.physicalLocation))?.physicalLocation;
        if (!physical)
            return undefined;
        let artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
        if (artifact?.uri === undefined && typeof artifact?.index === 'number' && Array.isArray(this.run.artifacts)) {
            const listed = this.run.artifacts[artifact.index];
            if (isObject(listed) && isObject(listed.location))
                artifact = listed.location;
        }
        const uri = str(artifact?.uri);
        if (uri === undefined)
            return undefined;
        const location = { path: this.resolveUri(uri, str(artifact?.uriBaseId)) };
        const region = isObject(physical.region) ? physical.region : undefined;
        if (region) {
            if (isPositive(region.startLine))
                location.startLine = region.startLine;
            if (isPositive(region.startColumn))
                location.startColumn = region.startColumn;
            if (isPositive(region.endLine))
                location.endLine = region.endLine;
            if (isPositive(region.endColumn))
                location.endColumn = region.endColumn;
            // A secret scanner's snippet is the secret: it must not travel into any report.
            const snippet = isObject(region.snippet) ? str(region.snippet.text) : undefined;
            if (snippet && category !== 'secret')
                location.snippet = snippet.replace(/\r?\n$/, '').slice(0, MAX_SNIPPET);
        }
        return location;
    }
    /** Workspace-relative path of an artifact URI, following SARIF's uriBaseId indirection. */
    resolveUri(uri, uriBaseId, depth = 0) {
        if (/^file:/i.test(uri))
            return (0,repo_path/* toRepoPath */.xD)(uri, this.opts.cwd, this.opts.workspace);
        const decoded = safeDecode(uri);
        if (external_node_path_.isAbsolute(decoded))
            return (0,repo_path/* toRepoPath */.xD)(decoded, this.opts.cwd, this.opts.workspace);
        return (0,repo_path/* toRepoPath */.xD)(decoded, this.baseDir(uriBaseId, depth), this.opts.workspace);
    }
    baseDir(uriBaseId, depth) {
        if (uriBaseId === undefined)
            return this.opts.cwd;
        const bases = this.run.originalUriBaseIds;
        const declared = isObject(bases) && Object.hasOwn(bases, uriBaseId) ? bases[uriBaseId] : undefined;
        const declaredUri = isObject(declared) ? str(declared.uri) : undefined;
        if (declaredUri !== undefined && depth < 10) {
            if (/^file:/i.test(declaredUri))
                return safeFileUrlPath(declaredUri) ?? this.opts.cwd;
            const decoded = safeDecode(declaredUri);
            if (external_node_path_.isAbsolute(decoded))
                return decoded;
            return external_node_path_.resolve(this.baseDir(str(declared.uriBaseId), depth + 1), decoded);
        }
        // By convention %SRCROOT% is the checkout root (CodeQL, GitHub's upload); any other
        // undeclared base is taken as the directory the tool ran in.
        return uriBaseId === '%SRCROOT%' || uriBaseId === 'SRCROOT' ? this.opts.workspace : this.opts.cwd;
    }
    fingerprintOf(result, ruleId, location, message) {
        const given = { ...result.partialFingerprints, ...result.fingerprints };
        const entries = Object.entries(given)
            .filter(([, v]) => typeof v === 'string' && v !== '')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => `${k}=${v}`);
        if (entries.length > 0)
            return (0,fingerprint/* fingerprintOf */.a)(this.tool, ruleId, location?.path, ...entries);
        return (0,fingerprint/* fingerprintOf */.a)(this.tool, ruleId, location?.path, location?.snippet?.trim() || message);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `v` when it is a string: a SARIF file's values are whatever its writer put there. */
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function safeFileUrlPath(uri) {
    try {
        return (0,external_node_url_.fileURLToPath)(uri);
    }
    catch {
        return undefined;
    }
}
function isPositive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0;
}
function stringArray(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function firstLine(s) {
    return s.split(/\r?\n/, 1)[0]?.trim() || s;
}
function safeDecode(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}


/***/ })

};
