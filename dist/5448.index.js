export const id = 5448;
export const ids = [5448];
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
