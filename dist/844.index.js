export const id = 844;
export const ids = [844];
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

/***/ 91418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kc: () => (/* binding */ expandCases),
  qN: () => (/* reexport */ repo_path/* repoPath */.qN)
});

// UNUSED EXPORTS: NAME

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/format.js
// What every format comparator is given, and how a golden file's format is chosen.

const BY_EXTENSION = {
    '.csv': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv',
    '.json': 'json',
    '.geojson': 'json',
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.txt': 'text',
    '.text': 'text',
    '.log': 'text',
    '.md': 'text',
    '.out': 'text',
    '.html': 'text',
    '.xml': 'text',
    '.svg': 'text',
    '.npy': 'npy',
    '.wav': 'wav',
    '.wave': 'wav',
};
function formatOf(expectedPath, override) {
    return override ?? BY_EXTENSION[(0,external_node_path_.extname)(expectedPath).toLowerCase()] ?? 'bytes';
}

// EXTERNAL MODULE: ./lib/checks/golden/tolerance.js
var tolerance = __webpack_require__(68576);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/base/workspace-path.js
var workspace_path = __webpack_require__(56230);
;// CONCATENATED MODULE: ./lib/checks/golden/cases.js
// Turns the `cases:` of a golden step into concrete file pairs: `{name}` stands for one path segment
// shared by `actual` and `expected`, so one line covers a folder of outputs.







const NAME = '{name}';

function regexFor(pattern) {
    const parts = pattern.split(NAME).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts[0]}([^/]+)${parts.slice(1).join('\\1')}$`);
}
/** Names `{name}` takes in the files matching `pattern` (relative to cwd). */
async function namesMatching(pattern, cwd) {
    const globbed = pattern.split(NAME).map(dist/* escapePath */.ft).join('*');
    const files = await (0,dist/* glob */.TI)(globbed, { cwd, onlyFiles: true, dot: true, expandDirectories: false });
    const re = regexFor(pattern);
    const names = new Set();
    for (const f of files) {
        const m = re.exec(f.split(external_node_path_.sep).join('/'));
        if (m)
            names.add(m[1]);
    }
    return [...names];
}
async function expandCases(options, cwd, workspace) {
    const out = [];
    for (const c of options.cases) {
        const make = (name) => {
            const sub = (s) => (name === undefined ? s : s.split(NAME).join(name));
            const expected = (0,external_node_path_.resolve)(cwd, sub(c.expected));
            const actual = (0,external_node_path_.resolve)(cwd, sub(c.actual));
            const levels = [c.tolerance, options.tolerance];
            const expectedLabel = (0,repo_path/* repoPath */.qN)(workspace, expected);
            return {
                name: c.name ? sub(c.name) : expectedLabel,
                expected,
                actual,
                expectedLabel,
                actualLabel: (0,repo_path/* repoPath */.qN)(workspace, actual),
                format: formatOf(expected, c.format),
                options: c,
                severity: c.severity ?? options.severity,
                levels,
                tolerance: (0,tolerance/* resolveTolerance */.Ct)(levels, c['nan-equal'] ?? options['nan-equal']),
            };
        };
        if (!c.expected.includes(NAME)) {
            out.push(make(undefined));
            continue;
        }
        const names = [...new Set([...(await namesMatching(c.expected, cwd)), ...(await namesMatching(c.actual, cwd))])].sort();
        if (names.length === 0) {
            const unmatched = make(undefined);
            out.push({ ...unmatched, name: c.name ?? c.expected, expectedLabel: (0,repo_path/* repoPath */.qN)(workspace, (0,external_node_path_.resolve)(cwd, c.expected)), unmatched: true });
            continue;
        }
        for (const name of names)
            out.push(make(name));
    }
    // Goldens are read, compared and (golden update) overwritten: never through a symlink out of the workspace.
    for (const c of out) {
        for (const [file, label] of [
            [c.expected, c.expectedLabel],
            [c.actual, c.actualLabel],
        ]) {
            const why = (0,workspace_path/* realPathEscape */.Z)(workspace, file);
            if (why)
                throw new errors/* InputError */.dz({ file: label }, `golden file refused: ${why}`, 'runlens reads and writes only files inside the workspace');
        }
    }
    return out;
}


/***/ }),

/***/ 94532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ evaluateCase),
  X: () => (/* binding */ quoteArg)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
;// CONCATENATED MODULE: ./lib/checks/golden/chunk-reader.js
// Reads a file in large chunks into one reusable buffer, keeping the unconsumed tail: the streaming
// comparators hold at most a couple of chunks of each file, whatever its size.

const CHUNK_BYTES = 4 * 1024 * 1024;
class ChunkReader {
    handle;
    buf;
    /** Bytes valid in `buf` are [0, end). */
    end = 0;
    eof = false;
    /** File offset of buf[0]. */
    offset = 0;
    constructor(handle, size) {
        this.handle = handle;
        this.buf = Buffer.allocUnsafe(size);
    }
    static async open(path, size = CHUNK_BYTES) {
        return new ChunkReader(await (0,promises_.open)(path, 'r'), size);
    }
    /**
     * Drops the bytes before `keep`, then reads more after the rest. Grows the buffer when the kept tail
     * fills it (one record longer than a chunk). Returns how many bytes arrived; 0 at the end of the file.
     */
    async refill(keep) {
        if (keep > 0) {
            this.buf.copy(this.buf, 0, keep, this.end);
            this.end -= keep;
            this.offset += keep;
        }
        if (this.end >= this.buf.length - 1) {
            const bigger = Buffer.allocUnsafe(this.buf.length * 2);
            this.buf.copy(bigger, 0, 0, this.end);
            this.buf = bigger;
        }
        // One byte stays free so a reader can end a last line that has no newline with one of its own.
        const { bytesRead } = await this.handle.read(this.buf, this.end, this.buf.length - this.end - 1, null);
        this.end += bytesRead;
        if (bytesRead === 0)
            this.eof = true;
        return bytesRead;
    }
    async close() {
        await this.handle.close();
    }
}

// EXTERNAL MODULE: ./lib/checks/golden/comparison.js
var comparison = __webpack_require__(74430);
// EXTERNAL MODULE: ./lib/base/hash.js
var hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/bytes.js
// Anything else: byte equality, with sizes, SHA-256 hashes and the first differing offset.




async function readFull(fh, buf, position) {
    let got = 0;
    while (got < buf.length) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, position + got);
        if (bytesRead === 0)
            break;
        got += bytesRead;
    }
    return got;
}
async function compareBytes(input) {
    const { files } = input;
    const log = new comparison/* DifferenceLog */.Ep(input.keep);
    const handles = [];
    try {
        handles.push(await (0,promises_.open)(files.expected, 'r'), await (0,promises_.open)(files.actual, 'r'));
        const [ef, af] = handles;
        const eBuf = Buffer.allocUnsafe(CHUNK_BYTES);
        const aBuf = Buffer.allocUnsafe(CHUNK_BYTES);
        const eHash = (0,hash/* createHash */.n1)('sha256');
        const aHash = (0,hash/* createHash */.n1)('sha256');
        let offset = 0;
        let firstDiff = -1;
        let eSize = 0;
        let aSize = 0;
        for (;;) {
            input.signal.throwIfAborted();
            const [en, an] = await Promise.all([readFull(ef, eBuf, offset), readFull(af, aBuf, offset)]);
            if (en === 0 && an === 0)
                break;
            eHash.update(eBuf.subarray(0, en));
            aHash.update(aBuf.subarray(0, an));
            eSize += en;
            aSize += an;
            if (firstDiff === -1) {
                const n = Math.min(en, an);
                if (!eBuf.subarray(0, n).equals(aBuf.subarray(0, n))) {
                    let k = 0;
                    while (eBuf[k] === aBuf[k])
                        k++;
                    firstDiff = offset + k;
                }
                else if (en !== an)
                    firstDiff = offset + n;
            }
            offset += CHUNK_BYTES;
        }
        const eSum = eHash.digest('hex');
        const aSum = aHash.digest('hex');
        log.compared = eSize;
        log.facts.push(['size', eSize === aSize ? `${eSize} bytes` : `${eSize} bytes (golden), ${aSize} bytes (actual)`]);
        log.facts.push(['sha256', eSum === aSum ? eSum : `${eSum} (golden), ${aSum} (actual)`]);
        if (firstDiff !== -1) {
            log.problem(firstDiff >= Math.min(eSize, aSize)
                ? `the files differ in size: ${eSize} bytes in the golden file, ${aSize} in the actual (equal up to there)`
                : `the files differ from byte ${firstDiff} on` + (eSize !== aSize ? `, and in size (${eSize} vs ${aSize} bytes)` : ''), { where: `byte ${firstDiff}` });
        }
        return log.result(input.format, 'bytes');
    }
    finally {
        await Promise.all(handles.map((h) => h.close()));
    }
}

;// CONCATENATED MODULE: ./lib/checks/golden/number-literal.js
// Parses numbers straight from bytes, without allocating a string per value: the CSV fast path calls this
// for every field that differs byte-wise, so it must cost nanoseconds. Number() stays the arbiter of the
// correctly rounded value, called only when this parse is not exact (see `numberScan.exact`).
const NOT_A_NUMBER = 0;
const INTEGER = 1;
const DECIMAL = 2;
/** Side results of the last parse, kept in one object so the hot path returns a plain double. */
const numberScan = {
    kind: NOT_A_NUMBER,
    /** The returned double is the correctly rounded value (Clinger's fast path, or Number()). */
    exact: true,
    /** Trimmed bounds of the literal, for an exact re-parse. */
    start: 0,
    end: 0,
};
const POW10 = Array.from({ length: 309 }, (_, k) => Number(`1e${k}`));
const TWO53 = 9007199254740992;
function isSpace(c) {
    return c === 32 || c === 9;
}
function matchWord(b, i, end, word) {
    if (end - i < word.length)
        return -1;
    for (let k = 0; k < word.length; k++) {
        // ASCII lower-casing: `| 32` maps A–Z onto a–z and leaves a–z alone.
        if ((b[i + k] | 32) !== word.charCodeAt(k))
            return -1;
    }
    return i + word.length;
}
/**
 * The number in `b[start, end)`: optional spaces, sign, digits with an optional point and exponent,
 * or `nan` / `inf` / `infinity` in any case. Sets `numberScan.kind` to NOT_A_NUMBER for anything else.
 */
function parseNumberBytes(b, start, end) {
    // Fast path for the common shape: [-]digits[.digits], at most 15 digits, nothing else. Such a
    // mantissa is an exact double and the divisor an exact power of ten, so one division rounds correctly.
    let i = start;
    let c = i < end ? b[i] : 0;
    const negative = c === 45;
    if (negative)
        c = ++i < end ? b[i] : 0;
    let mantissa = 0;
    let digits = 0;
    let fraction = 0;
    let d = c - 48;
    while (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
        d = ++i < end ? b[i] - 48 : -1;
    }
    if (d === -2 && i < end) {
        d = ++i < end ? b[i] - 48 : -1;
        while (d >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
            fraction++;
            d = ++i < end ? b[i] - 48 : -1;
        }
        if (i >= end && digits > 0 && digits <= 15) {
            numberScan.kind = DECIMAL;
            numberScan.exact = true;
            numberScan.start = start;
            numberScan.end = end;
            const v = mantissa / POW10[fraction];
            return negative ? -v : v;
        }
    }
    else if (i >= end && digits > 0 && digits <= 15) {
        numberScan.kind = INTEGER;
        numberScan.exact = true;
        numberScan.start = start;
        numberScan.end = end;
        return negative ? -mantissa : mantissa;
    }
    return parseGeneral(b, start, end);
}
function parseGeneral(b, start, end) {
    let i = start;
    while (i < end && isSpace(b[i]))
        i++;
    while (end > i && isSpace(b[end - 1]))
        end--;
    numberScan.start = i;
    numberScan.end = end;
    numberScan.exact = true;
    if (i >= end) {
        numberScan.kind = NOT_A_NUMBER;
        return NaN;
    }
    let negative = false;
    let c = b[i];
    if (c === 45 || c === 43) {
        negative = c === 45;
        i++;
        if (i >= end) {
            numberScan.kind = NOT_A_NUMBER;
            return NaN;
        }
        c = b[i];
    }
    if (c > 57 && i < end) {
        let j = matchWord(b, i, end, 'nan');
        if (j === end) {
            numberScan.kind = DECIMAL;
            return NaN;
        }
        j = matchWord(b, i, end, 'infinity');
        if (j !== end)
            j = matchWord(b, i, end, 'inf');
        numberScan.kind = j === end ? DECIMAL : NOT_A_NUMBER;
        return j === end ? (negative ? -Infinity : Infinity) : NaN;
    }
    let mantissa = 0;
    let significant = 0;
    let dropped = false;
    let exp10 = 0;
    let digits = 0;
    let kind = INTEGER;
    for (; i < end; i++) {
        c = b[i];
        const d = c - 48;
        if (d >= 0 && d <= 9) {
            digits++;
            if (significant < 19) {
                if (mantissa !== 0 || d !== 0)
                    significant++;
                mantissa = mantissa * 10 + d;
                if (kind === DECIMAL)
                    exp10--;
            }
            else {
                if (d !== 0)
                    dropped = true;
                if (kind === INTEGER)
                    exp10++;
            }
        }
        else if (c === 46 && kind === INTEGER) {
            kind = DECIMAL;
        }
        else
            break;
    }
    if (digits === 0) {
        numberScan.kind = NOT_A_NUMBER;
        return NaN;
    }
    if (i < end) {
        if ((c | 32) !== 101) {
            numberScan.kind = NOT_A_NUMBER;
            return NaN;
        }
        kind = DECIMAL;
        i++;
        let expNegative = false;
        if (i < end && (b[i] === 45 || b[i] === 43)) {
            expNegative = b[i] === 45;
            i++;
        }
        let e = 0;
        const expStart = i;
        for (; i < end; i++) {
            const d = b[i] - 48;
            if (d < 0 || d > 9)
                break;
            if (e < 100000)
                e = e * 10 + d;
        }
        if (i === expStart || i < end) {
            numberScan.kind = NOT_A_NUMBER;
            return NaN;
        }
        exp10 += expNegative ? -e : e;
    }
    numberScan.kind = kind;
    if (mantissa === 0)
        return negative ? -0 : 0;
    let value;
    if (!dropped && mantissa < TWO53 && exp10 >= -22 && exp10 <= 22) {
        // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds correctly. (A
        // mantissa that rounded while accumulating is ≥ 2^53, so `< TWO53` proves it exact.)
        value = exp10 >= 0 ? mantissa * POW10[exp10] : mantissa / POW10[-exp10];
    }
    else if (exp10 >= -290 && exp10 <= 290) {
        value = exp10 >= 0 ? mantissa * POW10[exp10] : mantissa / POW10[-exp10];
        numberScan.exact = false;
        if (value === 0 || value === Infinity)
            return exactValue(b);
    }
    else {
        return exactValue(b);
    }
    return negative ? -value : value;
}
function exactValue(b) {
    numberScan.exact = true;
    return Number(Buffer.from(b.buffer, b.byteOffset + numberScan.start, numberScan.end - numberScan.start).toString('latin1'));
}
/** The correctly rounded value of the literal the last parse saw (after an inexact parse). */
function reparseExact(b, start, end) {
    return Number(Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1'));
}
/** Exact comparison of two integer literals of any size. */
function integerLiteralsEqual(e, es, ee, a, as, ae) {
    const text = (b, s, t) => Buffer.from(b.buffer, b.byteOffset + s, t - s).toString('latin1');
    return BigInt(text(e, es, ee)) === BigInt(text(a, as, ae));
}
const textScratch = { bytes: new Uint8Array(0) };
/** The same grammar as `parseNumberBytes`, for text that is already a string (quoted CSV fields, JSON). */
function parseNumberText(text) {
    textScratch.bytes = Buffer.from(text, 'utf8');
    return parseNumberBytes(textScratch.bytes, 0, textScratch.bytes.length);
}
/**
 * Two fields known to share their first `shared` bytes, both plain decimals ([-]digits.digits, at
 * most 15 digits): the shared prefix is parsed once. Values land in `pairScan`; false when either
 * field has another shape (then parse each with `parseNumberBytes`). Integers never take this path:
 * they compare exactly unless a tolerance is given.
 */
const pairScan = { expected: 0, actual: 0 };
function parseDecimalPair(eb, es, ee, ab, as, ae, shared) {
    let i = es;
    const prefixEnd = es + shared;
    let negative = false;
    if (i < prefixEnd && eb[i] === 45) {
        negative = true;
        i++;
    }
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    for (; i < prefixEnd; i++) {
        const d = eb[i] - 48;
        if (d >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
            if (fraction >= 0)
                fraction++;
        }
        else if (d === -2 && fraction < 0)
            fraction = 0;
        else
            return false;
    }
    const e = finishDecimal(eb, prefixEnd, ee, shared === 0, negative, mantissa, digits, fraction);
    if (e !== e)
        return false;
    const a = finishDecimal(ab, as + shared, ae, shared === 0, negative, mantissa, digits, fraction);
    if (a !== a)
        return false;
    pairScan.expected = e;
    pairScan.actual = a;
    return true;
}
function finishDecimal(b, i, end, signAllowed, negative, mantissa, digits, fraction) {
    if (signAllowed && i < end && b[i] === 45) {
        negative = true;
        i++;
    }
    for (; i < end; i++) {
        const d = b[i] - 48;
        if (d >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
            if (fraction >= 0)
                fraction++;
        }
        else if (d === -2 && fraction < 0)
            fraction = 0;
        else
            return NaN;
    }
    if (digits === 0 || digits > 15 || fraction < 0)
        return NaN;
    const v = mantissa / POW10[fraction];
    return negative ? -v : v;
}

// EXTERNAL MODULE: ./lib/checks/golden/tolerance.js
var tolerance = __webpack_require__(68576);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/csv-reader.js
// CSV / TSV reading: one side's records, walked straight from the bytes of a ChunkReader window.
// Records without a double quote are byte ranges of the window; a record holding one takes a careful
// RFC 4180 path that unescapes into a scratch buffer. The comparison (csv.ts) walks two of these.


const NL = 10;
const CR = 13;
const QUOTE = 34;
/** One side's stream of records. The current record's fields are byte ranges of `bytes`. */
class CsvSide {
    reader;
    label;
    delimiter;
    /** The valid bytes of the reader's buffer. */
    view;
    /** Start of the next record in `view`. */
    pos = 0;
    /** Just past the last newline in `view`: every record starting before it is complete. */
    stop = 0;
    /** Line number of the next record. */
    line = 1;
    /** Next double quote at or after `pos`, or -1: records before it need no unquoting. */
    quoteAt = -1;
    /** Start of the line holding the next double quote (Infinity if none): rows before it are quote-free. */
    quoteLine() {
        return this.quoteAt === -1 ? Infinity : this.view.lastIndexOf(NL, this.quoteAt) + 1;
    }
    scratch = Buffer.allocUnsafe(4096);
    // The current record (after `next`).
    bytes;
    recLine = 0;
    recStart = 0;
    recEnd = 0;
    /** Not split into fields yet: only recStart/recEnd are valid. */
    raw = true;
    n = 0;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    /** 1-based column in the file of each field (0 when unknown: later lines of a multi-line record). */
    cols = new Int32Array(64);
    constructor(reader, label, delimiter) {
        this.reader = reader;
        this.label = label;
        this.delimiter = delimiter;
        this.view = reader.buf.subarray(0, 0);
        this.bytes = reader.buf;
    }
    get done() {
        return this.reader.eof && this.pos >= this.view.length;
    }
    async fill(signal) {
        signal.throwIfAborted();
        const first = this.reader.offset === 0 && this.reader.end === 0;
        await this.reader.refill(this.pos);
        this.pos = 0;
        const r = this.reader;
        if (r.eof && r.end > 0 && r.buf[r.end - 1] !== NL) {
            // The reader keeps a spare byte: a last line without a newline gets one, so every record ends in one.
            r.buf[r.end++] = NL;
        }
        this.view = r.buf.subarray(0, r.end);
        if (first && this.view[0] === 0xef && this.view[1] === 0xbb && this.view[2] === 0xbf)
            this.pos = 3;
        this.stop = this.view.lastIndexOf(NL) + 1;
        this.quoteAt = this.view.indexOf(QUOTE, this.pos);
    }
    /** Takes the next record if it is complete in the buffer; false when more bytes are needed, or at the end. */
    next() {
        const view = this.view;
        const pos = this.pos;
        if (pos >= this.stop)
            return false;
        const nl = view.indexOf(NL, pos);
        if (this.quoteAt !== -1 && this.quoteAt < nl)
            return this.nextCareful();
        let end = nl;
        if (end > pos && view[end - 1] === CR)
            end--;
        this.bytes = this.reader.buf;
        this.recStart = pos;
        this.recEnd = end;
        this.recLine = this.line++;
        this.pos = nl + 1;
        this.raw = true;
        return true;
    }
    split() {
        if (!this.raw)
            return;
        const b = this.bytes;
        const d = this.delimiter;
        const end = this.recEnd;
        const base = this.recStart;
        let s = base;
        let n = 0;
        for (let i = s; i < end; i++) {
            if (b[i] === d) {
                if (n === this.starts.length)
                    this.grow();
                this.starts[n] = s;
                this.ends[n] = i;
                this.cols[n] = s - base + 1;
                n++;
                s = i + 1;
            }
        }
        if (n === this.starts.length)
            this.grow();
        this.starts[n] = s;
        this.ends[n] = end;
        this.cols[n] = s - base + 1;
        this.n = n + 1;
        this.raw = false;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        const ends = new Int32Array(size);
        const cols = new Int32Array(size);
        starts.set(this.starts);
        ends.set(this.ends);
        cols.set(this.cols);
        this.starts = starts;
        this.ends = ends;
        this.cols = cols;
    }
    put(out, from, to) {
        const need = out + (to - from);
        if (need > this.scratch.length) {
            const bigger = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
            this.scratch.copy(bigger, 0, 0, out);
            this.scratch = bigger;
        }
        this.view.copy(this.scratch, out, from, to);
        return need;
    }
    /** RFC 4180: quoted fields may hold delimiters, newlines and doubled quotes. Unescapes into `scratch`. */
    nextCareful() {
        const b = this.view;
        const end = b.length;
        const eof = this.reader.eof;
        const d = this.delimiter;
        const recStart = this.pos;
        let i = recStart;
        let line = this.line;
        let lineStart = i;
        let out = 0;
        let n = 0;
        for (;;) {
            if (n === this.starts.length)
                this.grow();
            const fieldOut = out;
            this.cols[n] = line === this.line ? i - recStart + 1 : 0;
            if (b[i] === QUOTE) {
                const openLine = line;
                const openColumn = i - lineStart + 1;
                i++;
                for (;;) {
                    const q = b.indexOf(QUOTE, i);
                    if (q === -1) {
                        if (!eof)
                            return false;
                        throw new errors/* InputError */.dz({ file: this.label, line: openLine, column: openColumn }, 'a quoted field is never closed', 'end it with a double quote; a quote inside a quoted field is written twice ("")');
                    }
                    for (let k = b.indexOf(NL, i); k !== -1 && k < q; k = b.indexOf(NL, k + 1)) {
                        line++;
                        lineStart = k + 1;
                    }
                    if (q + 1 >= end && !eof)
                        return false;
                    if (b[q + 1] === QUOTE) {
                        out = this.put(out, i, q + 1);
                        i = q + 2;
                        continue;
                    }
                    out = this.put(out, i, q);
                    i = q + 1;
                    break;
                }
                const c = i < end ? b[i] : NL;
                if (c === CR && i + 1 >= end && !eof)
                    return false;
                if (c !== d && c !== NL && !(c === CR && (i + 1 >= end || b[i + 1] === NL))) {
                    throw new errors/* InputError */.dz({ file: this.label, line, column: i - lineStart + 1 }, `unexpected ${JSON.stringify(String.fromCharCode(c))} after the closing quote of a field`, 'quote the whole field and write each quote inside it twice ("")');
                }
                if (c === CR)
                    i++;
            }
            else {
                let k = i;
                while (k < end && b[k] !== d && b[k] !== NL)
                    k++;
                if (k >= end && !eof)
                    return false;
                let fe = k;
                if ((k >= end || b[k] === NL) && fe > i && b[fe - 1] === CR)
                    fe--;
                out = this.put(out, i, fe);
                i = k;
            }
            this.starts[n] = fieldOut;
            this.ends[n] = out;
            n++;
            if (i < end && b[i] === d) {
                i++;
                continue;
            }
            this.pos = Math.min(i + 1, end);
            break;
        }
        this.bytes = this.scratch;
        this.recStart = 0;
        this.recEnd = out;
        this.n = n;
        this.raw = false;
        this.recLine = this.line;
        this.line = line + 1;
        this.quoteAt = b.indexOf(QUOTE, this.pos);
        return true;
    }
    text(k) {
        return this.bytes.toString('utf8', this.starts[k], this.ends[k]);
    }
}
async function nextRecord(side, signal) {
    while (!side.next()) {
        if (side.done)
            return false;
        await side.fill(signal);
    }
    return true;
}
function isNumericRow(side) {
    for (let k = 0; k < side.n; k++) {
        parseNumberBytes(side.bytes, side.starts[k], side.ends[k]);
        if (numberScan.kind === NOT_A_NUMBER && numberScan.end > numberScan.start)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/checks/golden/formats/csv.js
// CSV / TSV: header-aware, per-column tolerances and ignores, streaming in constant memory.
//
// Hand-written on purpose: no CSV library parses anywhere near 100 MB/s while also comparing, and we
// need neither objects nor strings per field. Both files are read in 4 MB chunks; rows are walked in
// lockstep, byte by byte, on both buffers at once: a field whose bytes match is equal whatever the
// tolerance, so only fields that differ are delimited and parsed as numbers, straight from the bytes.
// A row holding a double quote takes a careful RFC 4180 path that unescapes into a scratch buffer;
// so do rows when the columns of the two files are in a different order. Reading is csv-reader.ts;
// this file is the comparison.





function looksNaN(b, s, e) {
    for (let i = s; i < e; i++)
        if ((b[i] | 32) === 110)
            return true;
    return false;
}
async function compareCsv(input) {
    const { files, options } = input;
    const delimiter = (options.delimiter ?? (input.format === 'tsv' ? '\t' : ',')).charCodeAt(0);
    const readers = [];
    try {
        readers.push(await ChunkReader.open(files.expected), await ChunkReader.open(files.actual));
        const e = new CsvSide(readers[0], files.expectedLabel, delimiter);
        const a = new CsvSide(readers[1], files.actualLabel, delimiter);
        return await new CsvComparison(input, e, a, delimiter).run();
    }
    finally {
        await Promise.all(readers.map((r) => r.close()));
    }
}
function fieldPair() {
    const empty = Buffer.alloc(0);
    return { row: 0, c: 0, eb: empty, es: 0, ee: 0, ab: empty, as: 0, ae: 0, line: 0, column: 0, shared: 0 };
}
/** The outcome of the lockstep walk: why it stopped. */
const WINDOW_END = 0;
const NEEDS_CAREFUL_ROW = 1;
class CsvComparison {
    input;
    e;
    a;
    delimiter;
    log;
    series = new comparison/* SeriesBuilder */.Vj('row');
    names = [];
    width = 0;
    map = new Int32Array(0);
    ignore = new Uint8Array(0);
    abs = new Float64Array(0);
    rel = new Float64Array(0);
    given = new Uint8Array(0);
    /** Columns line up one to one: rows can be walked in lockstep. */
    identity = true;
    nanEqual;
    /** Data rows compared so far. */
    row = 0;
    /** Largest |actual − expected| in the current row: one series point per row, not per field. */
    rowErr = 0;
    /** Filled in place for each differing field: the hot path allocates nothing. */
    pair = fieldPair();
    constructor(input, e, a, delimiter) {
        this.input = input;
        this.e = e;
        this.a = a;
        this.delimiter = delimiter;
        this.nanEqual = input.tolerance.nanEqual;
        this.log = new comparison/* DifferenceLog */.Ep(input.keep);
    }
    async run() {
        const { e, a, log, input } = this;
        const signal = input.signal;
        let eHave = await nextRecord(e, signal);
        let aHave = await nextRecord(a, signal);
        let header = input.options.header;
        if (eHave)
            e.split();
        if (header === 'auto')
            header = eHave && !isNumericRow(e);
        if (header && eHave) {
            const expectedNames = Array.from({ length: e.n }, (_, k) => e.text(k).trim());
            let actualNames = [];
            if (aHave) {
                a.split();
                actualNames = Array.from({ length: a.n }, (_, k) => a.text(k).trim());
            }
            this.setColumns(expectedNames, actualNames, e.recLine);
            eHave = await nextRecord(e, signal);
            aHave = aHave && (await nextRecord(a, signal));
        }
        else if (eHave) {
            this.setColumns(Array.from({ length: e.n }, (_, k) => String(k + 1)), undefined, e.recLine);
        }
        let goldenLonger = eHave && !aHave;
        let actualLonger = aHave && !eHave;
        if (eHave && aHave) {
            // The first data rows were taken while looking for a header.
            this.compareRecord();
            this.row++;
            const lockstep = this.identity && this.nanEqual;
            let carefulRowNext = false;
            for (;;) {
                if (lockstep && !carefulRowNext)
                    carefulRowNext = this.walk() === NEEDS_CAREFUL_ROW;
                // One row pair the slow way: at a window's end, or a row with quotes.
                if (!e.next()) {
                    if (!e.done) {
                        await e.fill(signal);
                        continue;
                    }
                    actualLonger = await nextRecord(a, signal);
                    break;
                }
                if (!(await nextRecord(a, signal))) {
                    goldenLonger = true;
                    break;
                }
                this.compareRecord();
                this.row++;
                carefulRowNext = false;
            }
        }
        const comparedColumns = this.ignore.reduce((n, ig) => n + (ig ? 0 : 1), 0);
        log.compared = this.row * comparedColumns;
        this.series.extendTo(this.row);
        if (goldenLonger || actualLonger)
            await this.reportRowCounts(goldenLonger, signal);
        return log.result(input.format, 'values', this.series);
    }
    async reportRowCounts(goldenLonger, signal) {
        const { e, a, log } = this;
        const longer = goldenLonger ? e : a;
        const firstExtraLine = e.recLine;
        let extra = 1;
        for (;;) {
            while (longer.next())
                extra++;
            if (longer.done)
                break;
            await longer.fill(signal);
        }
        const row = this.row;
        const goldenRows = goldenLonger ? row + extra : row;
        const actualRows = goldenLonger ? row : row + extra;
        const at = goldenLonger
            ? { where: `row ${row + 1}`, line: firstExtraLine }
            : { where: `after row ${row}`, line: Math.max(1, e.line - 1) };
        log.problem(`the golden file has ${goldenRows.toLocaleString('en-US')} data rows, the actual file ${actualRows.toLocaleString('en-US')}`, at);
    }
    setColumns(expectedNames, actualNames, headerLine) {
        const { options, levels } = this.input;
        const width = expectedNames.length;
        this.width = width;
        this.names = expectedNames;
        this.map = new Int32Array(width);
        this.ignore = new Uint8Array(width);
        this.abs = new Float64Array(width);
        this.rel = new Float64Array(width);
        this.given = new Uint8Array(width);
        const ignored = new Set(options['ignore-columns']);
        const known = new Set();
        const used = new Set();
        for (let c = 0; c < width; c++) {
            const name = expectedNames[c];
            const number = String(c + 1);
            known.add(name).add(number);
            const column = options.columns[name] ?? options.columns[number];
            this.ignore[c] = ignored.has(name) || ignored.has(number) || column?.ignore ? 1 : 0;
            const t = (0,tolerance/* resolveTolerance */.Ct)([column, ...levels], this.nanEqual);
            this.abs[c] = t.abs;
            this.rel[c] = t.rel;
            this.given[c] = t.given ? 1 : 0;
            if (actualNames === undefined) {
                this.map[c] = c;
                continue;
            }
            // The n-th column of a name maps to the n-th of the same name, so duplicates keep their order.
            let nth = 0;
            for (let k = 0; k < c; k++)
                if (expectedNames[k] === name)
                    nth++;
            let found = -1;
            for (let k = 0; k < actualNames.length; k++) {
                if (actualNames[k] === name && nth-- === 0) {
                    found = k;
                    break;
                }
            }
            this.map[c] = found;
            if (found === -1) {
                if (!this.ignore[c]) {
                    this.log.problem(`column "${name}" of the golden file is missing from the actual file`, {
                        where: `header, column ${name}`,
                        line: headerLine,
                    });
                }
            }
            else
                used.add(found);
            if (found !== c)
                this.identity = false;
        }
        if (actualNames !== undefined) {
            if (actualNames.length !== width)
                this.identity = false;
            for (let k = 0; k < actualNames.length; k++) {
                const name = actualNames[k];
                if (!used.has(k) && !ignored.has(name) && !options.columns[name]?.ignore) {
                    this.log.problem(`the actual file has a column "${name}" the golden file does not`, { where: 'header', line: headerLine });
                }
            }
            if (!this.identity && actualNames.length === width && expectedNames.every((n) => actualNames.includes(n))) {
                this.log.facts.push(['columns', 'same names in a different order; compared by name']);
            }
        }
        for (const key of [...Object.keys(options.columns), ...ignored]) {
            if (!known.has(key))
                this.log.facts.push(['unknown column', `"${key}" in the case options names no column of the golden file`]);
        }
    }
    /**
     * Walks complete rows of both windows in lockstep until either window runs out, comparing only
     * fields whose bytes differ. Stops before the first row holding a double quote on either side.
     */
    walk() {
        const { e, a } = this;
        const eb = e.view;
        const ab = a.view;
        // Rows up to the line of the next quote on either side are plain; that line takes the careful path.
        const eQuote = e.quoteLine();
        const aQuote = a.quoteLine();
        const eStop = Math.min(e.stop, eQuote);
        const aStop = Math.min(a.stop, aQuote);
        const d = this.delimiter;
        const width = this.width;
        const ignore = this.ignore;
        let i = e.pos;
        let j = a.pos;
        let line = e.line;
        let rows = 0;
        let outcome = WINDOW_END;
        rows: while (i < eStop && j < aStop) {
            const eRow = i;
            const aRow = j;
            let field = 0;
            for (;;) {
                const fe0 = i;
                const fa0 = j;
                let c = eb[i];
                for (;;) {
                    // The hot loop: equal bytes, none of them special (newline, quote, delimiter are ≤ 34 or d).
                    while (c === ab[j] && c > QUOTE && c !== d) {
                        c = eb[++i];
                        ++j;
                    }
                    if (c !== ab[j] || c === d || c === NL || c === QUOTE)
                        break;
                    // A space, tab or carriage return equal on both sides: still inside the field.
                    c = eb[++i];
                    ++j;
                }
                if (c === ab[j]) {
                    if (c === d) {
                        i++;
                        j++;
                        field++;
                        continue;
                    }
                    if (c === NL) {
                        i++;
                        j++;
                        break;
                    }
                    outcome = NEEDS_CAREFUL_ROW;
                    i = eRow;
                    j = aRow;
                    break rows;
                }
                // The field differs from byte `shared` on: find where it ends on each side.
                const shared = i - fe0;
                let x = eb[i];
                while (x !== d && x !== NL && x !== QUOTE)
                    x = eb[++i];
                let y = ab[j];
                while (y !== d && y !== NL && y !== QUOTE)
                    y = ab[++j];
                if (x === QUOTE || y === QUOTE) {
                    outcome = NEEDS_CAREFUL_ROW;
                    i = eRow;
                    j = aRow;
                    break rows;
                }
                if (field >= width || ignore[field] === 0) {
                    const ee = x === NL && i > fe0 && eb[i - 1] === CR ? i - 1 : i;
                    const ae = y === NL && j > fa0 && ab[j - 1] === CR ? j - 1 : j;
                    const p = this.pair;
                    p.row = this.row + rows;
                    p.c = field;
                    p.eb = eb;
                    p.es = fe0;
                    p.ee = ee;
                    p.ab = ab;
                    p.as = fa0;
                    p.ae = ae;
                    p.line = line;
                    p.column = fe0 - eRow + 1;
                    p.shared = shared;
                    this.compareField(p);
                }
                if (x === d && y === d) {
                    i++;
                    j++;
                    field++;
                    continue;
                }
                if (x === NL && y === NL) {
                    i++;
                    j++;
                    break;
                }
                // One row has more fields than the other: count them, then go on with the next row.
                let eFields = field + 1;
                let aFields = field + 1;
                while (x === d) {
                    eFields++;
                    x = eb[++i];
                    while (x !== d && x !== NL)
                        x = eb[++i];
                }
                while (y === d) {
                    aFields++;
                    y = ab[++j];
                    while (y !== d && y !== NL)
                        y = ab[++j];
                }
                this.fieldCountDiffers(this.row + rows, line, eFields, aFields);
                i++;
                j++;
                break;
            }
            this.endRow(this.row + rows);
            rows++;
            line++;
        }
        if (outcome === WINDOW_END && ((i >= eQuote && eQuote < e.stop) || (j >= aQuote && aQuote < a.stop)))
            outcome = NEEDS_CAREFUL_ROW;
        e.pos = i;
        a.pos = j;
        e.line = line;
        a.line += rows;
        this.row += rows;
        return outcome;
    }
    /** Compares the records `e.next()` and `a.next()` took. */
    compareRecord() {
        const { e, a } = this;
        if (this.identity &&
            this.nanEqual &&
            e.raw &&
            a.raw &&
            e.recEnd - e.recStart === a.recEnd - a.recStart &&
            e.bytes.compare(a.bytes, a.recStart, a.recEnd, e.recStart, e.recEnd) === 0) {
            return;
        }
        this.compareRow(this.row);
    }
    fieldCountDiffers(row, line, expected, actual) {
        const place = () => ({ where: `row ${row + 1}`, line });
        this.log.add(Infinity, undefined, undefined, place, () => ({
            ...place(),
            expected: `${expected} fields`,
            actual: `${actual} fields`,
            excess: Infinity,
            note: 'field count differs',
        }));
    }
    compareRow(row) {
        const { e, a } = this;
        e.split();
        a.split();
        const eb = e.bytes;
        const ab = a.bytes;
        const nanEqual = this.nanEqual;
        if (this.identity && e.n !== a.n)
            this.fieldCountDiffers(row, e.recLine, e.n, a.n);
        const n = e.n;
        const width = this.width;
        for (let c = 0; c < n; c++) {
            let ac = c;
            if (c < width) {
                if (this.ignore[c] === 1)
                    continue;
                ac = this.map[c];
                if (ac < 0)
                    continue;
            }
            if (ac >= a.n)
                continue;
            const es = e.starts[c];
            const ee = e.ends[c];
            const as = a.starts[ac];
            const ae = a.ends[ac];
            const len = ee - es;
            if (len === ae - as) {
                let k = 0;
                while (k < len && eb[es + k] === ab[as + k])
                    k++;
                if (k === len && (nanEqual || !looksNaN(eb, es, ee)))
                    continue;
            }
            const p = this.pair;
            p.row = row;
            p.c = c;
            p.eb = eb;
            p.es = es;
            p.ee = ee;
            p.ab = ab;
            p.as = as;
            p.ae = ae;
            p.line = e.recLine;
            p.column = e.cols[c];
            p.shared = 0;
            this.compareField(p);
        }
        this.endRow(row);
    }
    /** Called for every field whose bytes differ: the common case (two finite decimals within tolerance) returns early. */
    compareField(p) {
        const c = p.c;
        if (c < this.width && parseDecimalPair(p.eb, p.es, p.ee, p.ab, p.as, p.ae, p.shared)) {
            const ev = pairScan.expected;
            const err = Math.abs(pairScan.actual - ev);
            if (err <= this.abs[c] + this.rel[c] * Math.abs(ev)) {
                if (err > this.rowErr)
                    this.rowErr = err;
                return;
            }
        }
        this.compareFieldFully(p);
    }
    /** Ends a row: its largest error goes into the chart series and the overall maximum. */
    endRow(row) {
        if (this.rowErr > 0) {
            this.log.noteError(this.rowErr);
            this.series.add(row, this.rowErr);
            this.rowErr = 0;
        }
    }
    compareFieldFully(p) {
        const { c, eb, es, ee, ab, as, ae } = p;
        let ev = parseNumberBytes(eb, es, ee);
        const eKind = numberScan.kind;
        const eExact = numberScan.exact;
        const eFrom = numberScan.start;
        const eTo = numberScan.end;
        let av = parseNumberBytes(ab, as, ae);
        const aKind = numberScan.kind;
        const aExact = numberScan.exact;
        const aFrom = numberScan.start;
        const aTo = numberScan.end;
        const inWidth = c < this.width;
        const fallback = this.input.tolerance;
        const abs = inWidth ? this.abs[c] : fallback.abs;
        const rel = inWidth ? this.rel[c] : fallback.rel;
        const given = inWidth ? this.given[c] === 1 : fallback.given;
        // A copy: `p` is reused for the next field, while a recorded difference is rendered later.
        const at = { ...p };
        if (eKind === NOT_A_NUMBER || aKind === NOT_A_NUMBER) {
            // Fields that are blank but for spaces are equal; any other text must match byte for byte.
            if (eKind === NOT_A_NUMBER && aKind === NOT_A_NUMBER && eTo === eFrom && aTo === aFrom)
                return;
            this.record(at, Infinity, undefined, undefined, eKind === aKind ? 'text differs' : 'not both numbers');
            return;
        }
        if (eKind === INTEGER && aKind === INTEGER && !given) {
            if (eExact && aExact ? ev === av : integerLiteralsEqual(eb, eFrom, eTo, ab, aFrom, aTo))
                return;
            const err = Math.abs(av - ev);
            if (err > this.rowErr)
                this.rowErr = err;
            this.record(at, Infinity, err, (0,tolerance/* relativeError */.nv)(av, ev), 'integers differ (no tolerance given)');
            return;
        }
        if (!eExact || !aExact) {
            // The byte parse can be an ulp or two off for long literals: near the boundary, Number() decides.
            const margin = Math.abs(Math.abs(av - ev) - (abs + rel * Math.abs(ev)));
            if (margin <= 1e-14 * (Math.abs(av) + Math.abs(ev))) {
                if (!eExact)
                    ev = reparseExact(eb, eFrom, eTo);
                if (!aExact)
                    av = reparseExact(ab, aFrom, aTo);
            }
        }
        const err = Math.abs(av - ev);
        if (err > this.rowErr)
            this.rowErr = err;
        if ((0,tolerance/* withinTolerance */.p4)(av, ev, abs, rel, this.nanEqual))
            return;
        const numeric = err === err;
        this.record(at, (0,tolerance/* excessOf */.FR)(av, ev, abs, rel), numeric ? err : undefined, numeric ? (0,tolerance/* relativeError */.nv)(av, ev) : undefined);
    }
    record(at, excess, absError, relError, note) {
        const name = at.c < this.names.length ? this.names[at.c] : String(at.c + 1);
        const place = () => ({ where: `row ${at.row + 1}, column ${name}`, line: at.line, ...(at.column ? { column: at.column } : {}) });
        this.log.add(excess, absError, relError, place, () => {
            const d = {
                ...place(),
                expected: at.eb.toString('utf8', at.es, at.ee),
                actual: at.ab.toString('utf8', at.as, at.ae),
                excess,
            };
            if (absError !== undefined)
                d.absError = absError;
            if (relError !== undefined)
                d.relError = relError;
            if (note)
                d.note = note;
            return d;
        });
    }
}

// EXTERNAL MODULE: ./lib/checks/golden/json-path.js
var json_path = __webpack_require__(74093);
;// CONCATENATED MODULE: ./lib/checks/golden/tree.js
/** A short rendering of a value for reports. */
function preview(node, max = 60) {
    if (!node)
        return '(absent)';
    let text;
    switch (node.kind) {
        case 'object':
            text = `{${[...node.entries.keys()].slice(0, 4).join(', ')}${node.entries.size > 4 ? ', …' : ''}}`;
            break;
        case 'array':
            text = `[${node.items.length} items]`;
            break;
        case 'number':
            text = node.raw;
            break;
        case 'string':
            text = JSON.stringify(node.value);
            break;
        case 'boolean':
            text = String(node.value);
            break;
        case 'null':
            text = 'null';
            break;
    }
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./lib/checks/golden/structural.js



/** Beyond this many item pairs, unordered arrays are matched exactly only (no tolerance search). */
const PAIRWISE_LIMIT = 1_000_000;
class StructuralComparer {
    options;
    log;
    constructor(options, log) {
        this.options = options;
        this.log = log;
    }
    compare(expected, actual) {
        this.diff(expected, actual, [], true);
    }
    ignored(path) {
        return this.options.ignore.some((p) => p.matches(path));
    }
    place(path, node, fallback) {
        const at = node ?? fallback;
        return { where: (0,json_path/* formatPath */.j)(path), ...(at ? { line: at.line, column: at.column } : {}) };
    }
    structural(path, e, a, note, parent) {
        const place = this.place(path, e, parent);
        this.log.add(Infinity, undefined, undefined, () => place, () => ({ ...place, expected: preview(e), actual: preview(a), excess: Infinity, note }));
    }
    /** Returns whether the two are equal; logs differences only when `record` is set. */
    diff(e, a, path, record) {
        if (this.ignored(path))
            return true;
        if (e.kind !== a.kind) {
            if (record)
                this.structural(path, e, a, `type differs: ${e.kind} in the golden file, ${a.kind} in the actual`);
            return false;
        }
        switch (e.kind) {
            case 'number':
                return this.numbers(e, a, path, record);
            case 'string':
            case 'boolean':
                if (e.value === a.value) {
                    if (record)
                        this.log.compared++;
                    return true;
                }
                if (record) {
                    this.log.compared++;
                    this.structural(path, e, a, e.kind === 'string' ? 'text differs' : 'value differs');
                }
                return false;
            case 'null':
                if (record)
                    this.log.compared++;
                return true;
            case 'object':
                return this.objects(e, a, path, record);
            case 'array':
                return this.options.arrayOrder === 'any'
                    ? this.unordered(e, a, path, record)
                    : this.ordered(e, a, path, record);
        }
    }
    numbers(e, a, path, record) {
        const t = this.options.tolerance;
        if (record)
            this.log.compared++;
        let equal;
        let excess;
        if (e.integer && a.integer && !t.given) {
            equal = Number.isSafeInteger(e.value) && Number.isSafeInteger(a.value) ? e.value === a.value : bigEqual(e, a);
            excess = equal ? 0 : Infinity;
        }
        else {
            equal = (0,tolerance/* withinTolerance */.p4)(a.value, e.value, t.abs, t.rel, t.nanEqual);
            excess = equal ? 0 : (0,tolerance/* excessOf */.FR)(a.value, e.value, t.abs, t.rel);
        }
        const err = Math.abs(a.value - e.value);
        if (record && err === err)
            this.log.noteError(err);
        if (equal || !record)
            return equal;
        const numeric = err === err;
        const place = this.place(path, e);
        this.log.add(excess, numeric ? err : undefined, numeric ? (0,tolerance/* relativeError */.nv)(a.value, e.value) : undefined, () => place, () => ({
            ...place,
            expected: e.raw,
            actual: a.raw,
            excess,
            ...(numeric ? { absError: err, relError: (0,tolerance/* relativeError */.nv)(a.value, e.value) } : {}),
            ...(e.integer && a.integer && !t.given ? { note: 'integers differ (no tolerance given)' } : {}),
        }));
        return false;
    }
    objects(e, a, path, record) {
        let equal = true;
        for (const [key, ev] of e.entries) {
            const child = [...path, key];
            const av = a.entries.get(key);
            if (av === undefined) {
                if (this.ignored(child))
                    continue;
                if (!record)
                    return false;
                this.structural(child, ev, undefined, 'missing from the actual file');
                equal = false;
                continue;
            }
            if (!this.diff(ev, av, child, record)) {
                if (!record)
                    return false;
                equal = false;
            }
        }
        for (const [key, av] of a.entries) {
            if (e.entries.has(key))
                continue;
            const child = [...path, key];
            if (this.ignored(child))
                continue;
            if (!record)
                return false;
            this.structural(child, undefined, av, 'not in the golden file', e);
            equal = false;
        }
        return equal;
    }
    ordered(e, a, path, record) {
        let equal = true;
        const n = Math.min(e.items.length, a.items.length);
        for (let k = 0; k < n; k++) {
            if (!this.diff(e.items[k], a.items[k], [...path, k], record)) {
                if (!record)
                    return false;
                equal = false;
            }
        }
        if (e.items.length !== a.items.length) {
            if (!record)
                return false;
            const extra = e.items.length > a.items.length ? e.items[n] : undefined;
            this.structural([...path, n], extra, a.items[n], `array length differs: ${e.items.length} items in the golden file, ${a.items.length} in the actual`, e);
            equal = false;
        }
        return equal;
    }
    /** Matches items regardless of order: exact twins first, then within tolerance, then pairs what is left. */
    unordered(e, a, path, record) {
        const pairs = [];
        const freeA = new Map();
        a.items.forEach((item, k) => {
            const key = canonical(item);
            const list = freeA.get(key);
            if (list)
                list.push(k);
            else
                freeA.set(key, [k]);
        });
        const leftE = [];
        e.items.forEach((item, k) => {
            const list = freeA.get(canonical(item));
            const match = list?.shift();
            if (match === undefined)
                leftE.push(k);
            else
                pairs.push([k, match]);
        });
        let leftA = [...freeA.values()].flat().sort((x, y) => x - y);
        if (leftE.length * leftA.length <= PAIRWISE_LIMIT) {
            const stillE = [];
            for (const k of leftE) {
                const idx = leftA.findIndex((m) => this.diff(e.items[k], a.items[m], [...path, k], false));
                if (idx === -1)
                    stillE.push(k);
                else {
                    pairs.push([k, leftA[idx]]);
                    leftA = leftA.filter((_, x) => x !== idx);
                }
            }
            leftE.splice(0, leftE.length, ...stillE);
        }
        if (record) {
            // Matched pairs are equal within tolerance by construction; count their values once.
            for (const [k, m] of pairs)
                this.diff(e.items[k], a.items[m], [...path, k], true);
        }
        if (leftE.length === 0 && leftA.length === 0)
            return true;
        if (!record)
            return false;
        // What is left has no counterpart: pair it in order to show how the items differ.
        const n = Math.min(leftE.length, leftA.length);
        for (let x = 0; x < n; x++)
            this.diff(e.items[leftE[x]], a.items[leftA[x]], [...path, leftE[x]], true);
        for (const k of leftE.slice(n))
            this.structural([...path, k], e.items[k], undefined, 'no matching item in the actual array');
        for (const m of leftA.slice(n))
            this.structural([...path, m], undefined, a.items[m], 'no matching item in the golden array', e);
        return false;
    }
}
function bigEqual(e, a) {
    try {
        return BigInt(e.raw) === BigInt(a.raw);
    }
    catch {
        return e.value === a.value;
    }
}
/** A key equal for structurally identical values regardless of key order: the exact-match bucket. */
function canonical(node) {
    switch (node.kind) {
        case 'object':
            return `{${[...node.entries.entries()]
                .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
                .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
                .join(',')}}`;
        case 'array':
            return `[${node.items.map(canonical).join(',')}]`;
        case 'number':
            return String(node.value);
        case 'string':
            return JSON.stringify(node.value);
        case 'boolean':
            return String(node.value);
        case 'null':
            return 'null';
    }
}

// EXTERNAL MODULE: ./lib/base/line-index.js
var line_index = __webpack_require__(37938);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/json.js
// JSON: structural comparison (see structural.ts) of trees that remember each value's line.
//
// A small parser of our own rather than JSON.parse: JSON.parse gives no positions (findings point at
// the golden line of a difference) and turns every number into a double (integers compare exactly
// on their literal, whatever their size). Nor jsonc-parser (which ingest/json-source.ts uses to locate
// errors): a tree built from its visitor costs ~1.6× the CPU of this parser on a 28 MB file (1,044 vs
// 650 ms), and golden files are the big inputs (docs/architecture.md, "Measured choices").






const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
class JsonParser {
    text;
    file;
    i = 0;
    lines;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.lines = new line_index/* LineIndex */.rr(text);
        if (text.charCodeAt(0) === 0xfeff)
            this.i = 1;
    }
    parse() {
        this.ws();
        const root = this.value(0);
        this.ws();
        if (this.i < this.text.length)
            this.fail(`unexpected ${this.describe()} after the end of the document`);
        return root;
    }
    fail(detail, at = this.i) {
        throw new errors/* InputError */.dz({ file: this.file, ...this.lines.at(at) }, `invalid JSON: ${detail}`, 'fix the file so that `jq . FILE` accepts it');
    }
    describe() {
        if (this.i >= this.text.length)
            return 'end of file';
        return JSON.stringify(this.text[this.i]);
    }
    ws() {
        const t = this.text;
        let i = this.i;
        for (;;) {
            const c = t.charCodeAt(i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                i++;
            else
                break;
        }
        this.i = i;
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nested deeper than ${MAX_DEPTH} levels`);
        const start = this.i;
        const at = this.lines.at(start);
        const c = this.text[start];
        switch (c) {
            case '{': {
                this.i++;
                const entries = new Map();
                this.ws();
                if (this.text[this.i] === '}') {
                    this.i++;
                    return { kind: 'object', entries, ...at };
                }
                for (;;) {
                    this.ws();
                    if (this.text[this.i] !== '"')
                        this.fail(`expected a "quoted" key, found ${this.describe()}`);
                    const key = this.string();
                    this.ws();
                    if (this.text[this.i] !== ':')
                        this.fail(`expected ":" after the key, found ${this.describe()}`);
                    this.i++;
                    this.ws();
                    entries.set(key, this.value(depth + 1));
                    this.ws();
                    const next = this.text[this.i];
                    this.i++;
                    if (next === '}')
                        return { kind: 'object', entries, ...at };
                    if (next !== ',')
                        this.fail(`expected "," or "}" in the object opened at line ${at.line}, found ${next === undefined ? 'end of file' : JSON.stringify(next)}`, this.i - 1);
                }
            }
            case '[': {
                this.i++;
                const items = [];
                this.ws();
                if (this.text[this.i] === ']') {
                    this.i++;
                    return { kind: 'array', items, ...at };
                }
                for (;;) {
                    this.ws();
                    items.push(this.value(depth + 1));
                    this.ws();
                    const next = this.text[this.i];
                    this.i++;
                    if (next === ']')
                        return { kind: 'array', items, ...at };
                    if (next !== ',')
                        this.fail(`expected "," or "]" in the array opened at line ${at.line}, found ${next === undefined ? 'end of file' : JSON.stringify(next)}`, this.i - 1);
                }
            }
            case '"':
                return { kind: 'string', value: this.string(), ...at };
            case 't':
                return this.literal('true', { kind: 'boolean', value: true, ...at });
            case 'f':
                return this.literal('false', { kind: 'boolean', value: false, ...at });
            case 'n':
                return this.literal('null', { kind: 'null', ...at });
            default: {
                NUMBER.lastIndex = start;
                const m = NUMBER.exec(this.text);
                if (!m || m[0].length === 0 || m[0] === '-')
                    this.fail(`expected a value, found ${this.describe()}`);
                this.i = start + m[0].length;
                const raw = m[0];
                return { kind: 'number', value: Number(raw), raw, integer: m[1] === undefined && m[2] === undefined, ...at };
            }
        }
    }
    literal(word, node) {
        if (!this.text.startsWith(word, this.i))
            this.fail(`expected a value, found ${this.describe()}`);
        this.i += word.length;
        return node;
    }
    string() {
        const t = this.text;
        const start = this.i;
        let i = start + 1;
        let escaped = false;
        for (;;) {
            const c = t.charCodeAt(i);
            if (c === 34)
                break;
            if (c === 92) {
                escaped = true;
                i += 2;
                continue;
            }
            if (i >= t.length)
                this.fail('a string is never closed', start);
            if (c < 32)
                this.fail('a control character inside a string (write it as an escape such as \\n)', i);
            i++;
        }
        this.i = i + 1;
        if (!escaped)
            return t.slice(start + 1, i);
        try {
            return JSON.parse(t.slice(start, i + 1));
        }
        catch {
            return this.fail('an invalid escape sequence in a string', start);
        }
    }
}
function parseJsonTree(text, file) {
    return new JsonParser(text, file).parse();
}
/** JSON and YAML share everything but the parser. */
async function compareTrees(input, parse) {
    const { files, options } = input;
    const ignore = options.ignore.map((p) => json_path/* PathPattern */.A.parse(p));
    const [expectedText, actualText] = await Promise.all([(0,promises_.readFile)(files.expected, 'utf8'), (0,promises_.readFile)(files.actual, 'utf8')]);
    input.signal.throwIfAborted();
    const expected = parse(expectedText, files.expectedLabel);
    const actual = parse(actualText, files.actualLabel);
    const log = new comparison/* DifferenceLog */.Ep(input.keep);
    new StructuralComparer({ tolerance: input.tolerance, ignore, arrayOrder: options['array-order'], file: files.expectedLabel }, log).compare(expected, actual);
    return log.result(input.format, 'values');
}
function compareJson(input) {
    return compareTrees(input, parseJsonTree);
}

;// CONCATENATED MODULE: ./lib/checks/golden/formats/npy.js
// NumPy .npy: dtype, shape and values (within tolerance), streamed in chunks of whole elements.
// Format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html





const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
async function readHeader(fh, file) {
    const { size: fileSize } = await fh.stat();
    const head = Buffer.alloc(Math.min(fileSize, 65536 + 12));
    await fh.read(head, 0, head.length, 0);
    const bad = (detail, hint = 'write it with numpy.save') => {
        throw new errors/* InputError */.dz({ file }, `not a valid .npy file: ${detail}`, hint);
    };
    if (head.length < 10 || !head.subarray(0, 6).equals(MAGIC))
        bad('it does not start with the \\x93NUMPY magic');
    const major = head[6];
    const lengthBytes = major === 1 ? 2 : major === 2 || major === 3 ? 4 : bad(`format version ${major}.${head[7]} is unknown`);
    if (head.length < 8 + lengthBytes)
        bad('the file ends inside its header', 'the file is truncated: write it again');
    const headerLength = lengthBytes === 2 ? head.readUInt16LE(8) : head.readUInt32LE(8);
    const dataStart = 8 + lengthBytes + headerLength;
    if (dataStart > fileSize)
        bad(`the header promises ${headerLength} bytes but the file has ${fileSize}`, 'the file is truncated: write it again');
    const text = head.toString(major === 3 ? 'utf8' : 'latin1', 8 + lengthBytes, Math.min(dataStart, head.length));
    const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
    const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined) {
        bad(/'descr'\s*:\s*\[/.test(text)
            ? 'structured dtypes are not compared element-wise'
            : 'the header dictionary lacks descr, fortran_order or shape', 'compare it with `format: bytes`');
    }
    const m = /^([<>|=]?)([biufc])(\d+)$/.exec(descr);
    if (!m)
        bad(`dtype ${quoted(descr)} is not numeric`, 'compare it with `format: bytes`');
    const dims = shapeText
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    if (dims.some((d) => !/^\d+$/.test(d)))
        bad(`the shape (${quoted(shapeText)}) is not a tuple of whole numbers`);
    const shape = dims.map(Number);
    // Past 2^53 elements the count is not exact; no file holds that many (the size check refuses it next).
    if (shape.reduce((n, d) => n * d, 1) > Number.MAX_SAFE_INTEGER)
        bad(`the shape (${quoted(shapeText)}) has more elements than any file can hold`);
    const kind = m[2];
    const size = Number(m[3]);
    const supported = kind === 'b'
        ? size === 1
        : kind === 'f'
            ? [2, 4, 8].includes(size)
            : kind === 'c'
                ? [8, 16].includes(size)
                : [1, 2, 4, 8].includes(size);
    if (!supported)
        bad(`dtype ${descr} is not supported`, 'compare it with `format: bytes`');
    return {
        descr: descr,
        kind,
        size,
        littleEndian: m[1] !== '>',
        fortran: fortran === 'True',
        shape,
        count: shape.reduce((n, d) => n * d, 1),
        dataStart,
        fileSize,
    };
}
function halfToFloat(h) {
    const s = h & 0x8000 ? -1 : 1;
    const e = (h >> 10) & 0x1f;
    const f = h & 0x3ff;
    if (e === 0)
        return s * 2 ** -14 * (f / 1024);
    if (e === 31)
        return f ? NaN : s * Infinity;
    return s * 2 ** (e - 15) * (1 + f / 1024);
}
/** Element k (a component, for complex) of a chunk as a double; 64-bit integers via `big`. */
function reader(h) {
    const le = h.littleEndian;
    switch (h.kind) {
        case 'b':
            return { step: 1, components: 1, get: (v, o) => (v.getUint8(o) ? 1 : 0) };
        case 'u':
            if (h.size === 1)
                return { step: 1, components: 1, get: (v, o) => v.getUint8(o) };
            if (h.size === 2)
                return { step: 2, components: 1, get: (v, o) => v.getUint16(o, le) };
            if (h.size === 4)
                return { step: 4, components: 1, get: (v, o) => v.getUint32(o, le) };
            return { step: 8, components: 1, get: (v, o) => Number(v.getBigUint64(o, le)), big: (v, o) => v.getBigUint64(o, le) };
        case 'i':
            if (h.size === 1)
                return { step: 1, components: 1, get: (v, o) => v.getInt8(o) };
            if (h.size === 2)
                return { step: 2, components: 1, get: (v, o) => v.getInt16(o, le) };
            if (h.size === 4)
                return { step: 4, components: 1, get: (v, o) => v.getInt32(o, le) };
            return { step: 8, components: 1, get: (v, o) => Number(v.getBigInt64(o, le)), big: (v, o) => v.getBigInt64(o, le) };
        case 'f':
            if (h.size === 2)
                return { step: 2, components: 1, get: (v, o) => halfToFloat(v.getUint16(o, le)) };
            if (h.size === 4)
                return { step: 4, components: 1, get: (v, o) => v.getFloat32(o, le) };
            return { step: 8, components: 1, get: (v, o) => v.getFloat64(o, le) };
        case 'c':
            if (h.size === 8)
                return { step: 4, components: 2, get: (v, o) => v.getFloat32(o, le) };
            return { step: 8, components: 2, get: (v, o) => v.getFloat64(o, le) };
    }
}
/** Flat storage index → `(i, j, …)` in the array's own order. */
function indexOf(flat, shape, fortran) {
    if (shape.length === 0)
        return '()';
    const idx = new Array(shape.length);
    let rest = flat;
    if (fortran) {
        for (let d = 0; d < shape.length; d++) {
            idx[d] = rest % shape[d];
            rest = Math.floor(rest / shape[d]);
        }
    }
    else {
        for (let d = shape.length - 1; d >= 0; d--) {
            idx[d] = rest % shape[d];
            rest = Math.floor(rest / shape[d]);
        }
    }
    return `(${idx.join(', ')}${shape.length === 1 ? ',' : ''})`;
}
/** C-order flat index of the element stored at Fortran-order position `flat`. */
function fortranToC(flat, shape) {
    let rest = flat;
    const idx = [];
    for (const d of shape) {
        idx.push(rest % d);
        rest = Math.floor(rest / d);
    }
    let c = 0;
    for (let d = 0; d < shape.length; d++)
        c = c * shape[d] + idx[d];
    return c;
}
async function compareNpy(input) {
    const { files } = input;
    const log = new comparison/* DifferenceLog */.Ep(input.keep);
    const series = new comparison/* SeriesBuilder */.Vj('element');
    const handles = [];
    try {
        handles.push(await (0,promises_.open)(files.expected, 'r'), await (0,promises_.open)(files.actual, 'r'));
        const [ef, af] = handles;
        const e = await readHeader(ef, files.expectedLabel);
        const a = await readHeader(af, files.actualLabel);
        for (const [h, label] of [
            [e, files.expectedLabel],
            [a, files.actualLabel],
        ]) {
            const need = h.dataStart + h.count * h.size;
            if (h.fileSize < need) {
                throw new errors/* InputError */.dz({ file: label }, `truncated .npy file: shape (${h.shape.join(', ')}) of ${h.descr} needs ${need} bytes, the file has ${h.fileSize} (data ends at element ${Math.floor((h.fileSize - h.dataStart) / h.size)})`, 'the file is truncated: write it again with numpy.save');
            }
        }
        log.facts.push(['dtype', e.descr === a.descr ? e.descr : `${e.descr} (golden), ${a.descr} (actual)`]);
        log.facts.push(['shape', `(${e.shape.join(', ')})`]);
        const sameKind = e.kind === a.kind && e.size === a.size;
        if (!sameKind)
            log.problem(`dtype differs: ${e.descr} in the golden file, ${a.descr} in the actual`, { where: 'header' });
        if (e.shape.join() !== a.shape.join()) {
            log.problem(`shape differs: (${e.shape.join(', ')}) in the golden file, (${a.shape.join(', ')}) in the actual`, { where: 'header' });
            return log.result(input.format, 'values');
        }
        if ((e.kind === 'c') !== (a.kind === 'c'))
            return log.result(input.format, 'values');
        const er = reader(e);
        const ar = reader(a);
        const t = input.tolerance;
        const exactInts = !t.given && e.kind !== 'f' && e.kind !== 'c' && a.kind !== 'f' && a.kind !== 'c';
        const components = er.components;
        const sameOrder = e.fortran === a.fortran || e.shape.length <= 1;
        if (!sameOrder)
            log.facts.push(['order', 'the files store the array in different orders (C and Fortran); compared by index']);
        const perChunk = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(e.size, a.size)));
        const eBuf = Buffer.allocUnsafe(perChunk * e.size);
        const aBuf = Buffer.allocUnsafe(sameOrder ? perChunk * a.size : a.size);
        const aView1 = new DataView(aBuf.buffer, aBuf.byteOffset, aBuf.length);
        for (let first = 0; first < e.count; first += perChunk) {
            input.signal.throwIfAborted();
            const n = Math.min(perChunk, e.count - first);
            await ef.read(eBuf, 0, n * e.size, e.dataStart + first * e.size);
            if (sameOrder)
                await af.read(aBuf, 0, n * a.size, a.dataStart + first * a.size);
            const ev = new DataView(eBuf.buffer, eBuf.byteOffset, n * e.size);
            for (let k = 0; k < n; k++) {
                const flat = first + k;
                let av = aView1;
                let aOffset = k * a.size;
                if (!sameOrder) {
                    // Different storage orders: fetch the actual element at the same logical index.
                    const other = e.fortran ? fortranToC(flat, e.shape) : cToFortran(flat, e.shape);
                    await af.read(aBuf, 0, a.size, a.dataStart + other * a.size);
                    aOffset = 0;
                    av = aView1;
                }
                for (let comp = 0; comp < components; comp++) {
                    const eo = k * e.size + comp * er.step;
                    const ao = aOffset + comp * ar.step;
                    const x = er.get(ev, eo);
                    const y = ar.get(av, ao);
                    log.compared++;
                    let equal;
                    let excess;
                    if (exactInts) {
                        equal = er.big && ar.big ? er.big(ev, eo) === ar.big(av, ao) : x === y;
                        excess = equal ? 0 : Infinity;
                    }
                    else {
                        equal = (0,tolerance/* withinTolerance */.p4)(y, x, t.abs, t.rel, t.nanEqual);
                        excess = equal ? 0 : (0,tolerance/* excessOf */.FR)(y, x, t.abs, t.rel);
                    }
                    const err = Math.abs(y - x);
                    if (err === err) {
                        log.noteError(err);
                        series.add(flat, err);
                    }
                    if (equal)
                        continue;
                    const numeric = err === err;
                    const where = `index ${indexOf(flat, e.shape, e.fortran)}${components === 2 ? (comp === 0 ? ' real' : ' imag') : ''}`;
                    log.add(excess, numeric ? err : undefined, numeric ? (0,tolerance/* relativeError */.nv)(y, x) : undefined, () => ({ where }), () => ({
                        where,
                        expected: show(x, e),
                        actual: show(y, a),
                        excess,
                        ...(numeric ? { absError: err, relError: (0,tolerance/* relativeError */.nv)(y, x) } : {}),
                    }));
                }
            }
        }
        series.extendTo(e.count);
        return log.result(input.format, 'values', series);
    }
    finally {
        await Promise.all(handles.map((h) => h.close()));
    }
}
function cToFortran(flat, shape) {
    let rest = flat;
    const idx = new Array(shape.length);
    for (let d = shape.length - 1; d >= 0; d--) {
        idx[d] = rest % shape[d];
        rest = Math.floor(rest / shape[d]);
    }
    let f = 0;
    for (let d = shape.length - 1; d >= 0; d--)
        f = f * shape[d] + idx[d];
    return f;
}
/** Enough digits to tell values apart: float32 printed at its own precision, not as the double it widens to. */
function show(x, h) {
    return (h.kind === 'f' || h.kind === 'c') && (h.kind === 'c' ? h.size === 8 : h.size <= 4) ? String(Number(x.toPrecision(9))) : String(x);
}
/** A header value in a one-line message: control characters escaped (a damaged header holds newlines), cut. */
function quoted(value) {
    return (0,errors/* clipForMessage */.Z2)(JSON.stringify(value).slice(1, -1));
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/base/regexp-guard.js
var regexp_guard = __webpack_require__(91224);
;// CONCATENATED MODULE: ./lib/checks/golden/scrubbers.js
// Scrubbers for text goldens: volatile text replaced by a placeholder on both sides before comparing.
// The presets are data; a case may add its own `{ pattern, replacement }`.


const PRESETS = {
    timestamps: [
        // ISO 8601 / RFC 3339 date-times, with optional fraction and zone.
        [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, '<timestamp>'],
        // Bare dates and clock times.
        [/\b\d{4}-\d{2}-\d{2}\b/g, '<date>'],
        [/\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, '<time>'],
    ],
    uuids: [[/\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g, '<uuid>']],
};
function literal(text) {
    return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
}
/** The workspace, home and temp directories, longest first, in both slash styles. */
function pathRules(workspace) {
    const places = [
        [workspace, '<workspace>'],
        [(0,external_node_os_.tmpdir)(), '<tmp>'],
        [(0,external_node_os_.homedir)(), '<home>'],
    ];
    const rules = [];
    for (const [dir, placeholder] of places.sort((x, y) => y[0].length - x[0].length)) {
        if (!dir || dir === '/')
            continue;
        rules.push([literal(dir), placeholder]);
        if (dir.includes('\\'))
            rules.push([literal(dir.replace(/\\/g, '/')), placeholder]);
    }
    return rules;
}
function makeScrubbers(inputs, workspace) {
    if (inputs.some((s) => typeof s !== 'string'))
        (0,regexp_guard/* guardBacktracking */.G)();
    return inputs.map((s) => {
        const rules = typeof s === 'string' ? (s === 'paths' ? pathRules(workspace) : PRESETS[s]) : [[new RegExp(s.pattern, `g${s.flags}`), s.replacement]];
        return {
            name: typeof s === 'string' ? s : s.pattern,
            apply: (text) => rules.reduce((t, [re, by]) => t.replace(re, by), text),
        };
    });
}

;// CONCATENATED MODULE: ./lib/checks/golden/formats/text.js
// Text: line-based comparison after normalisation and scrubbing, reported as a unified diff.




/** Lines of diff shown in a report: enough to see the change, small enough for a job summary. */
const EXCERPT_LINES = 60;
async function compareText(input) {
    const { files, options } = input;
    const scrubbers = makeScrubbers(options.scrub, input.workspace);
    const prepare = (text) => {
        let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        if (options['line-endings'] === 'normalize')
            t = t.replace(/\r\n?/g, '\n');
        if (options['trailing-whitespace'] === 'ignore')
            t = t.replace(/[ \t]+$/gm, '');
        for (const s of scrubbers)
            t = s.apply(t);
        return t;
    };
    const [expectedRaw, actualRaw] = await Promise.all([(0,promises_.readFile)(files.expected, 'utf8'), (0,promises_.readFile)(files.actual, 'utf8')]);
    input.signal.throwIfAborted();
    const expected = prepare(expectedRaw);
    const actual = prepare(actualRaw);
    const log = new comparison/* DifferenceLog */.Ep(input.keep);
    log.compared = countLines(expected);
    if (expected === actual)
        return log.result(input.format, 'lines');
    const patch = (0,create/* structuredPatch */.YB)(files.expectedLabel, files.actualLabel, expected, actual, 'golden', 'actual', { context: 3 });
    const lines = [];
    for (const hunk of patch.hunks) {
        lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
        lines.push(...hunk.lines);
        let oldLine = hunk.oldStart;
        let pendingRemoved = [];
        for (const l of hunk.lines) {
            if (l.startsWith('-')) {
                pendingRemoved.push({ line: oldLine, text: l.slice(1) });
                oldLine++;
            }
            else if (l.startsWith('+')) {
                const removed = pendingRemoved.shift();
                const line = removed?.line ?? oldLine;
                const place = { where: `line ${line}`, line };
                log.add(Infinity, undefined, undefined, () => place, () => ({ ...place, expected: removed?.text ?? '(nothing)', actual: l.slice(1), excess: Infinity }));
            }
            else if (!l.startsWith('\\')) {
                flushRemoved(log, pendingRemoved);
                pendingRemoved = [];
                oldLine++;
            }
        }
        flushRemoved(log, pendingRemoved);
    }
    const excerpt = lines.length > EXCERPT_LINES ? [...lines.slice(0, EXCERPT_LINES), `… ${lines.length - EXCERPT_LINES} more lines of diff`] : lines;
    const header = `--- ${files.expectedLabel} (golden)\n+++ ${files.actualLabel} (actual)\n`;
    if (log.differences === 0) {
        // Only a missing newline at the end of a file differs.
        log.problem('the files differ only in the newline at the end of the file', {
            where: `line ${log.compared}`,
            line: Math.max(1, log.compared),
        });
    }
    return log.result(input.format, 'lines', undefined, { diff: header + excerpt.join('\n') });
}
function flushRemoved(log, removed) {
    for (const r of removed) {
        const place = { where: `line ${r.line}`, line: r.line };
        log.add(Infinity, undefined, undefined, () => place, () => ({ ...place, expected: r.text, actual: '(missing)', excess: Infinity }));
    }
}
function countLines(text) {
    if (text.length === 0)
        return 0;
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return text.endsWith('\n') ? n : n + 1;
}

;// CONCATENATED MODULE: ./lib/checks/golden/formats/wav.js
// WAV: sample rate and channels must match; samples compared within tolerance (PCM integers exactly
// unless a tolerance is given); max abs error and SNR reported, SNR optionally held to a minimum.





const EXTENSIBLE = 0xfffe;
async function readWavInfo(fh, file) {
    const { size } = await fh.stat();
    const bad = (detail, hint = 'write it again with a WAV encoder (sox, soundfile, scipy.io.wavfile)') => {
        throw new errors/* InputError */.dz({ file }, detail, hint);
    };
    const head = Buffer.alloc(12);
    const { bytesRead } = await fh.read(head, 0, 12, 0);
    if (bytesRead < 12 || head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') {
        bad('not a WAV file: it does not start with RIFF…WAVE');
    }
    let pos = 12;
    let fmt;
    const chunk = Buffer.alloc(8);
    while (pos + 8 <= size) {
        await fh.read(chunk, 0, 8, pos);
        const id = chunk.toString('latin1', 0, 4);
        const length = chunk.readUInt32LE(4);
        const body = pos + 8;
        if (id === 'fmt ') {
            if (length < 16 || body + 16 > size)
                bad(`truncated WAV file: the fmt chunk at byte ${pos} is cut short`);
            const f = Buffer.alloc(Math.min(length, 40));
            await fh.read(f, 0, f.length, body);
            let code = f.readUInt16LE(0);
            if (code === EXTENSIBLE && f.length >= 26)
                code = f.readUInt16LE(24);
            if (code !== 1 && code !== 3)
                bad(`WAV encoding ${code} is not PCM or IEEE float`, 'compare it with `format: bytes`, or convert it to PCM');
            fmt = {
                format: code,
                channels: f.readUInt16LE(2),
                sampleRate: f.readUInt32LE(4),
                blockAlign: f.readUInt16LE(12),
                bits: f.readUInt16LE(14),
            };
            const ok = code === 1 ? [8, 16, 24, 32].includes(fmt.bits) : [32, 64].includes(fmt.bits);
            if (!ok || fmt.channels === 0 || fmt.blockAlign !== (fmt.bits / 8) * fmt.channels) {
                bad(`unsupported WAV layout: ${fmt.bits}-bit ${code === 1 ? 'PCM' : 'float'}, ${fmt.channels} channels, block align ${fmt.blockAlign}`, 'compare it with `format: bytes`');
            }
        }
        else if (id === 'data') {
            if (!fmt)
                bad('invalid WAV file: the data chunk comes before the fmt chunk');
            const available = size - body;
            if (length > available) {
                bad(`truncated WAV file: the data chunk at byte ${pos} declares ${length} bytes, the file holds ${available} (${Math.floor(available / fmt.blockAlign)} of ${Math.floor(length / fmt.blockAlign)} frames)`, 'the file is truncated: write it again');
            }
            if (length % fmt.blockAlign !== 0)
                bad(`truncated WAV file: the data chunk ends inside a frame (${length} bytes, frames of ${fmt.blockAlign})`, 'the file is truncated: write it again');
            return { ...fmt, dataStart: body, frames: length / fmt.blockAlign };
        }
        pos = body + length + (length % 2);
    }
    return bad(fmt ? 'truncated WAV file: no data chunk' : 'invalid WAV file: no fmt chunk', 'the file is truncated or not a WAV file: write it again');
}
/** Sample reader normalised to [-1, 1) for PCM, as-is for float. */
function sampleReader(w) {
    if (w.format === 3)
        return w.bits === 32 ? (b, o) => b.readFloatLE(o) : (b, o) => b.readDoubleLE(o);
    switch (w.bits) {
        case 8:
            return (b, o) => (b[o] - 128) / 128;
        case 16:
            return (b, o) => b.readInt16LE(o) / 32768;
        case 24:
            return (b, o) => b.readIntLE(o, 3) / 8388608;
        default:
            return (b, o) => b.readInt32LE(o) / 2147483648;
    }
}
function describe(w) {
    return `${w.sampleRate} Hz, ${w.channels} ch, ${w.bits}-bit ${w.format === 1 ? 'PCM' : 'float'}`;
}
async function compareWav(input) {
    const { files, options } = input;
    const log = new comparison/* DifferenceLog */.Ep(input.keep);
    const series = new comparison/* SeriesBuilder */.Vj('frame');
    const handles = [];
    try {
        handles.push(await (0,promises_.open)(files.expected, 'r'), await (0,promises_.open)(files.actual, 'r'));
        const [ef, af] = handles;
        const e = await readWavInfo(ef, files.expectedLabel);
        const a = await readWavInfo(af, files.actualLabel);
        log.facts.push(['format', describe(e) === describe(a) ? describe(e) : `${describe(e)} (golden), ${describe(a)} (actual)`]);
        if (e.sampleRate !== a.sampleRate)
            log.problem(`sample rate differs: ${e.sampleRate} Hz in the golden file, ${a.sampleRate} Hz in the actual`, { where: 'header' });
        if (e.channels !== a.channels) {
            log.problem(`channel count differs: ${e.channels} in the golden file, ${a.channels} in the actual`, { where: 'header' });
            return log.result(input.format, 'samples');
        }
        if (e.frames !== a.frames) {
            log.problem(`length differs: ${e.frames} frames in the golden file (${(e.frames / e.sampleRate).toFixed(3)} s), ${a.frames} in the actual`, {
                where: `frame ${Math.min(e.frames, a.frames) + 1}`,
            });
        }
        const t = input.tolerance;
        const snrOnly = options['min-snr-db'] !== undefined && !t.given;
        const exact = !t.given && e.format === 1 && a.format === 1 && e.bits === a.bits;
        const getE = sampleReader(e);
        const getA = sampleReader(a);
        const channels = e.channels;
        const frames = Math.min(e.frames, a.frames);
        const perChunk = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(e.blockAlign, a.blockAlign)));
        const eBuf = Buffer.allocUnsafe(perChunk * e.blockAlign);
        const aBuf = Buffer.allocUnsafe(perChunk * a.blockAlign);
        const eStep = e.bits / 8;
        const aStep = a.bits / 8;
        let signal = 0;
        let noise = 0;
        for (let first = 0; first < frames; first += perChunk) {
            input.signal.throwIfAborted();
            const n = Math.min(perChunk, frames - first);
            await Promise.all([
                ef.read(eBuf, 0, n * e.blockAlign, e.dataStart + first * e.blockAlign),
                af.read(aBuf, 0, n * a.blockAlign, a.dataStart + first * a.blockAlign),
            ]);
            for (let k = 0; k < n; k++) {
                let frameErr = 0;
                for (let ch = 0; ch < channels; ch++) {
                    const x = getE(eBuf, k * e.blockAlign + ch * eStep);
                    const y = getA(aBuf, k * a.blockAlign + ch * aStep);
                    const err = Math.abs(y - x);
                    signal += x * x;
                    noise += err * err;
                    if (err > frameErr)
                        frameErr = err;
                    if (err === 0)
                        continue;
                    log.noteError(err);
                    if (snrOnly)
                        continue;
                    const equal = exact ? false : (0,tolerance/* withinTolerance */.p4)(y, x, t.abs, t.rel, t.nanEqual);
                    if (equal)
                        continue;
                    const frame = first + k;
                    const excess = exact ? Infinity : (0,tolerance/* excessOf */.FR)(y, x, t.abs, t.rel);
                    const where = `frame ${frame + 1} (${(frame / e.sampleRate).toFixed(4)} s), channel ${ch + 1}`;
                    log.add(excess, err, (0,tolerance/* relativeError */.nv)(y, x), () => ({ where }), () => ({
                        where,
                        expected: (0,comparison/* formatNumber */.ZV)(x),
                        actual: (0,comparison/* formatNumber */.ZV)(y),
                        absError: err,
                        relError: (0,tolerance/* relativeError */.nv)(y, x),
                        excess,
                        ...(exact ? { note: 'PCM samples differ (no tolerance given)' } : {}),
                    }));
                }
                if (frameErr > 0)
                    series.add(first + k, frameErr);
            }
        }
        log.compared = frames * channels;
        series.extendTo(frames);
        const snr = noise === 0 ? Infinity : 10 * Math.log10(signal / noise);
        log.facts.push(['max abs error', (0,comparison/* formatNumber */.ZV)(log.maxAbsAll)]);
        log.facts.push(['SNR', snr === Infinity ? '∞ dB (identical)' : `${snr.toFixed(1)} dB`]);
        const minSnr = options['min-snr-db'];
        if (minSnr !== undefined && snr < minSnr)
            log.problem(`SNR ${snr.toFixed(1)} dB is below the minimum of ${minSnr} dB`, { where: 'whole signal' });
        return log.result(input.format, 'samples', series);
    }
    finally {
        await Promise.all(handles.map((h) => h.close()));
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./lib/base/yaml.js
var yaml = __webpack_require__(37726);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/yaml.js
// YAML: base/yaml.ts gives every node's source offset; scalars are resolved with the YAML 1.2 core schema,
// so `1.0`, `.inf`, `0x1F`, `~` mean what they mean to any YAML reader. Compared like JSON.





/**
 * YAML nodes → golden tree nodes; an anchored node converts once, and its aliases share the result. The
 * comparison walks the tree as a tree, aliases expanded: nine lines of nested aliases (the "billion laughs")
 * would be a billion values to walk, so the expanded size is held to what the text could honestly hold.
 */
class YamlTreeBuilder {
    text;
    file;
    converted = new Map();
    /** Values under each collection node, aliases expanded. */
    sizes = new Map();
    lines;
    maxExpanded;
    constructor(text, file, events) {
        this.text = text;
        this.file = file;
        this.lines = new line_index/* LineIndex */.rr(text);
        this.maxExpanded = 1_000_000 + 10 * events;
    }
    sized(node, children) {
        const size = children.reduce((n, c) => n + (this.sizes.get(c) ?? 1), 1);
        if (size > this.maxExpanded) {
            throw new errors/* InputError */.dz({ file: this.file, line: node.line, column: node.column }, `invalid YAML: with its aliases expanded, this value holds more than ${this.maxExpanded.toLocaleString('en-US')} values`, 'aliases that nest aliases multiply; write the data out, or compare the file with `format: text`');
        }
        this.sizes.set(node, size);
        return node;
    }
    at(offset) {
        return this.lines.at(Math.max(0, offset));
    }
    node(y) {
        if (y === undefined)
            return { kind: 'null', line: 1, column: 1 };
        if (y.kind === 'alias') {
            const target = y.target && this.converted.get(y.target);
            if (!target) {
                throw new errors/* InputError */.dz({ file: this.file, ...this.at(y.event.anchorStart) }, `invalid YAML: alias *${(0,errors/* clipForMessage */.Z2)(y.name)} names no anchor`, `define &${(0,errors/* clipForMessage */.Z2)(y.name)} before using it`);
            }
            return target;
        }
        let node;
        if (y.kind === 'mapping') {
            const entries = new Map();
            const at = this.at(y.event.start);
            for (const pair of y.pairs) {
                const key = this.node(pair.key);
                entries.set(keyText(key), this.node(pair.value));
            }
            node = this.sized({ kind: 'object', entries, ...at }, [...entries.values()]);
        }
        else if (y.kind === 'sequence') {
            const at = this.at(y.event.start);
            const items = y.items.map((item) => this.node(item));
            node = this.sized({ kind: 'array', items, ...at }, items);
        }
        else {
            node = this.scalar(y.event, y.value);
        }
        if (y.event.anchorStart >= 0)
            this.converted.set(y, node);
        return node;
    }
    scalar(ev, raw) {
        const at = this.at(ev.valueStart >= 0 ? ev.valueStart : ev.tagStart);
        const tag = ev.tagStart >= 0 ? this.text.slice(ev.tagStart, ev.tagEnd) : undefined;
        const resolve = (name, explicit) => {
            const def = { null: js_yaml/* nullCoreTag */.DX, bool: js_yaml/* boolCoreTag */.G7, int: js_yaml/* intCoreTag */.Z7, float: js_yaml/* floatCoreTag */.ok }[name];
            const value = def.resolve(raw, explicit, def.tagName);
            if (value === js_yaml/* NOT_RESOLVED */.Hg)
                return undefined;
            if (name === 'null')
                return { kind: 'null', ...at };
            if (name === 'bool')
                return { kind: 'boolean', value: value, ...at };
            return { kind: 'number', value: Number(value), raw: raw.trim(), integer: name === 'int', ...at };
        };
        if (tag !== undefined) {
            const short = tag.replace(/^!!/, '').replace(/^!<tag:yaml\.org,2002:(\w+)>$/, '$1');
            if (short === 'int' || short === 'float' || short === 'bool' || short === 'null') {
                const node = resolve(short, true);
                if (!node)
                    throw new errors/* InputError */.dz({ file: this.file, ...at }, `invalid YAML: ${(0,errors/* clipForMessage */.Z2)(JSON.stringify(raw))} is not a valid !!${short}`, 'fix the value or drop the tag');
                return node;
            }
            return { kind: 'string', value: raw, ...at };
        }
        if (ev.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN)
            return { kind: 'string', value: raw, ...at };
        return (resolve('null', false) ??
            resolve('bool', false) ??
            resolve('int', false) ??
            resolve('float', false) ?? { kind: 'string', value: raw, ...at });
    }
}
function keyText(key) {
    switch (key.kind) {
        case 'string':
            return key.value;
        case 'number':
            return key.raw;
        case 'boolean':
            return String(key.value);
        case 'null':
            return 'null';
        default:
            return JSON.stringify(key.kind);
    }
}
function parseYamlTree(text, file) {
    let documents;
    let events;
    try {
        const parsed = (0,yaml/* parseYamlText */.cd)(text, file);
        documents = parsed.documents;
        events = parsed.events.length;
    }
    catch (err) {
        if (err instanceof yaml/* YamlSyntaxError */.nN) {
            throw new errors/* InputError */.dz({ file, ...(err.line !== undefined ? { line: err.line, column: err.column ?? 1 } : {}) }, `invalid YAML: ${(0,errors/* clipForMessage */.Z2)(err.reason, 200)}`, err.hint ?? 'fix the file so that a YAML parser accepts it');
        }
        throw err;
    }
    const builder = new YamlTreeBuilder(text, file, events);
    const docs = documents.map((d) => builder.node(d));
    if (docs.length === 1)
        return docs[0];
    return { kind: 'array', items: docs, line: 1, column: 1 };
}
function compareYaml(input) {
    return compareTrees(input, parseYamlTree);
}

;// CONCATENATED MODULE: ./lib/checks/golden/compare.js
// Compares one golden case: both files present, then the format's comparator. Malformed input fails
// the case with the comparator's file:line message instead of failing the step.









const COMPARATORS = {
    csv: compareCsv,
    tsv: compareCsv,
    json: compareJson,
    yaml: compareYaml,
    text: compareText,
    npy: compareNpy,
    wav: compareWav,
    bytes: compareBytes,
};
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
function inputFor(c, keep, signal, workspace) {
    return {
        format: c.format,
        files: { expected: c.expected, actual: c.actual, expectedLabel: c.expectedLabel, actualLabel: c.actualLabel },
        options: c.options,
        levels: c.levels,
        tolerance: c.tolerance,
        keep,
        signal,
        workspace,
    };
}
async function evaluateCase(c, keep, signal, workspace) {
    const started = performance.now();
    const done = (r) => ({
        case: c,
        durationMs: Math.round(performance.now() - started),
        ...r,
    });
    if (c.unmatched) {
        return done({
            status: 'unmatched',
            message: `no file matches ${c.options.expected} or ${c.options.actual}: check the paths (relative to the step's working directory)`,
        });
    }
    const [hasGolden, hasActual] = await Promise.all([isFile(c.expected), isFile(c.actual)]);
    if (!hasActual) {
        return done({
            status: 'missing-actual',
            message: `the actual file ${c.actualLabel} does not exist: the program did not write it (or \`actual\` names the wrong path)`,
        });
    }
    if (!hasGolden) {
        return done({
            status: 'missing-golden',
            message: `the golden file ${c.expectedLabel} does not exist: create it from ${c.actualLabel} with \`runlens golden update ${quoteArg(c.name)}\` and commit it`,
        });
    }
    try {
        const comparison = await COMPARATORS[c.format](inputFor(c, keep, signal, workspace));
        return done({ status: comparison.passed ? 'passed' : 'failed', comparison });
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz) {
            return done({ status: 'malformed', message: err.message, position: err.position });
        }
        throw err;
    }
}
function quoteArg(s) {
    return /^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 74430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ DifferenceLog),
/* harmony export */   Vj: () => (/* binding */ SeriesBuilder),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
const SERIES_POINTS = 100;
/**
 * Keeps the largest error per bucket of consecutive items in constant memory: when the items outgrow
 * the buckets, neighbouring buckets merge and each bucket covers twice as many.
 */
class SeriesBuilder {
    unit;
    width = 1;
    buckets = new Float64Array(SERIES_POINTS);
    total = 0;
    constructor(unit) {
        this.unit = unit;
    }
    /** `index` is 0-based and never decreases. */
    add(index, absError) {
        let bucket = Math.floor(index / this.width);
        while (bucket >= SERIES_POINTS) {
            this.grow();
            bucket = Math.floor(index / this.width);
        }
        if (absError > this.buckets[bucket])
            this.buckets[bucket] = absError;
        if (index + 1 > this.total)
            this.total = index + 1;
    }
    /** Items compared without error (e.g. identical rows) still extend the series. */
    extendTo(total) {
        while (total > 0 && Math.floor((total - 1) / this.width) >= SERIES_POINTS)
            this.grow();
        if (total > this.total)
            this.total = total;
    }
    grow() {
        for (let k = 0; k < SERIES_POINTS / 2; k++) {
            this.buckets[k] = Math.max(this.buckets[2 * k], this.buckets[2 * k + 1]);
        }
        this.buckets.fill(0, SERIES_POINTS / 2);
        this.width *= 2;
    }
    build() {
        if (this.total === 0)
            return undefined;
        const points = Math.ceil(this.total / this.width);
        const starts = [];
        const maxAbs = [];
        for (let k = 0; k < points; k++) {
            starts.push(k * this.width + 1);
            maxAbs.push(this.buckets[k]);
        }
        return { unit: this.unit, starts, maxAbs, total: this.total };
    }
}
/** Everything a comparator learns, fed one difference at a time; memory stays bounded by `keep`. */
class DifferenceLog {
    keep;
    differences = 0;
    compared = 0;
    maxAbsAll = 0;
    maxAbs;
    maxRel;
    first;
    worst = [];
    problems = [];
    facts = [];
    constructor(keep) {
        this.keep = keep;
    }
    /** Cheap test before building a Difference: would one of this excess be kept? */
    wouldKeep(excess) {
        return this.worst.length < this.keep || excess > this.worst[this.worst.length - 1].excess;
    }
    noteError(absError) {
        if (absError > this.maxAbsAll)
            this.maxAbsAll = absError;
    }
    /** A value out of tolerance or a structural difference. `make` runs only when the difference is kept or first. */
    add(excess, absError, relError, place, make) {
        this.differences++;
        let where = this.first === undefined ? place() : undefined;
        if (where !== undefined)
            this.first = where;
        if (absError !== undefined && (this.maxAbs === undefined || absError > this.maxAbs.value)) {
            this.maxAbs = { value: absError, ...(where ??= place()) };
        }
        if (relError !== undefined && (this.maxRel === undefined || relError > this.maxRel.value)) {
            this.maxRel = { value: relError, ...(where ?? place()) };
        }
        if (this.wouldKeep(excess)) {
            const d = make();
            let k = this.worst.length;
            while (k > 0 && this.worst[k - 1].excess < excess)
                k--;
            this.worst.splice(k, 0, d);
            if (this.worst.length > this.keep)
                this.worst.pop();
        }
    }
    problem(text, place) {
        this.problems.push(text);
        if (this.first === undefined && place)
            this.first = place;
    }
    result(format, unit, series, extra) {
        const built = series?.build();
        return {
            format,
            passed: this.differences === 0 && this.problems.length === 0,
            compared: this.compared,
            unit,
            differences: this.differences,
            ...(this.maxAbs ? { maxAbs: this.maxAbs } : {}),
            ...(this.maxRel ? { maxRel: this.maxRel } : {}),
            maxAbsAll: this.maxAbsAll,
            ...(this.first ? { first: this.first } : {}),
            worst: this.worst,
            problems: this.problems,
            ...(built ? { series: built } : {}),
            facts: this.facts,
            ...extra,
        };
    }
}
/** Short, stable rendering of a number for reports. */
function formatNumber(n) {
    if (n === undefined)
        return '';
    if (n !== n)
        return 'NaN';
    if (n === Infinity)
        return 'inf';
    if (n === -Infinity)
        return '-inf';
    if (n === 0)
        return '0';
    const a = Math.abs(n);
    if (a >= 1e-3 && a < 1e6)
        return String(Number(n.toPrecision(4)));
    return n.toExponential(3).replace(/\.?0+e/, 'e');
}


/***/ }),

/***/ 16480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ findObsolete)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73382);
/* harmony import */ var _cases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91418);
// Golden files no case uses: everything under the `goldens:` glob(s) minus every case's golden file.



/** Repository-relative paths, sorted. Empty when the step sets no `goldens:`. */
async function findObsolete(options, cases, cwd, workspace) {
    if (options.goldens === undefined)
        return [];
    const patterns = Array.isArray(options.goldens) ? options.goldens : [options.goldens];
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(patterns, { cwd, onlyFiles: true, dot: false, absolute: true });
    const used = new Set(cases.map((c) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(c.expected)));
    return files
        .map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(f))
        .filter((f) => !used.has(f))
        .map((f) => (0,_cases_js__WEBPACK_IMPORTED_MODULE_1__/* .repoPath */ .qN)(workspace, f))
        .sort();
}


/***/ }),

/***/ 27041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ produceActuals)
/* harmony export */ });
/** Resolves to undefined when the command succeeded, else to why it did not, in a sentence. */
async function produceActuals(command, exec, log) {
    const shown = Array.isArray(command) ? command.join(' ') : command;
    log(`golden: running ${shown}`);
    const outcome = await exec(command, { stdout: 'log' });
    if (outcome.status === 'passed')
        return undefined;
    return `the command producing the actual files (\`${shown}\`) ${outcome.status === 'failed' ? `failed: ${outcome.error}` : (outcome.error ?? outcome.status)}`;
}


/***/ }),

/***/ 72289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ caseTestCase),
/* harmony export */   Q9: () => (/* binding */ caseMessage),
/* harmony export */   Ti: () => (/* binding */ obsoleteFinding),
/* harmony export */   Z9: () => (/* binding */ placeText),
/* harmony export */   u7: () => (/* binding */ caseFinding)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17594);
/* harmony import */ var _findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35530);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94532);
/* harmony import */ var _comparison_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74430);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68576);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31777);






const TOOL = _tool_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL */ .j.name;
const TITLES = {
    failed: 'Output differs from its golden file',
    'missing-golden': 'Golden file missing',
    'missing-actual': 'Actual output missing',
    unmatched: 'Golden case matches no file',
    malformed: 'Golden or actual file is malformed',
};
const HELP = [
    'A golden case compares a file the program wrote with a known-good copy kept in the repository.',
    '',
    '- If the change is a regression, fix the program: the finding points at the first difference.',
    '- If the new output is right, rewrite the golden file with `runlens golden update CASE` (or the',
    '  `golden-update` action input) and commit it.',
    '- To accept small numeric noise, widen `tolerance: { abs, rel }` of the case or of a CSV column:',
    '  values are equal when |actual − expected| ≤ abs + rel·|expected|.',
].join('\n');
/** `row 17, column v (line 18)`; just `line 3` where the place is a line already. */
function placeText(x) {
    if (!x)
        return '';
    return x.line === undefined || x.where === `line ${x.line}` ? x.where : `${x.where} (line ${x.line})`;
}
/** One paragraph: how many values are out, the largest errors and where. */
function describeComparison(c, tolerance) {
    const parts = [];
    const outOf = `${c.compared.toLocaleString('en-US')} ${c.unit}`;
    const numeric = c.maxAbs !== undefined;
    if (c.differences > 0) {
        if (c.format === 'text')
            parts.push(`${c.differences.toLocaleString('en-US')} of ${outOf} differ`);
        else
            parts.push(`${c.differences.toLocaleString('en-US')} of ${outOf} ${numeric ? `out of tolerance (${tolerance})` : 'differ'}`);
    }
    if (c.maxAbs)
        parts.push(`max abs error ${(0,_comparison_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(c.maxAbs.value)} at ${placeText(c.maxAbs)}`);
    if (c.maxRel)
        parts.push(`max rel error ${(0,_comparison_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(c.maxRel.value)} at ${placeText(c.maxRel)}`);
    if (c.differences > 0 && !numeric && c.first)
        parts.push(`first at ${placeText(c.first)}`);
    parts.push(...c.problems);
    return parts.join('; ');
}
function caseMessage(r) {
    if (r.comparison)
        return describeComparison(r.comparison, (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTolerance */ .Nn)(r.case.tolerance));
    return r.message ?? '';
}
/** Plain-text table of the worst differences, for JUnit details and logs. */
function differencesText(worst) {
    return worst
        .map((d) => {
        const err = d.absError !== undefined ? `  abs ${(0,_comparison_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(d.absError)}  rel ${(0,_comparison_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(d.relError)}` : '';
        const note = d.note ? `  (${d.note})` : '';
        return `${placeText(d)}: golden ${d.expected}, actual ${d.actual}${err}${note}`;
    })
        .join('\n');
}
function caseFinding(r, stepId) {
    if (r.status === 'passed')
        return undefined;
    const c = r.case;
    const ruleId = `golden/${r.status}`;
    const detail = caseMessage(r);
    // A malformed-input message already starts with the file it is about.
    const message = detail.startsWith(`${c.name}:`) ? detail : `${c.name}: ${detail}`;
    let path = c.expectedLabel;
    let startLine;
    let startColumn;
    if (r.status === 'malformed' && r.position) {
        path = r.position.file;
        startLine = r.position.line;
        startColumn = r.position.column;
    }
    else if (r.comparison?.first) {
        startLine = r.comparison.first.line;
        startColumn = r.comparison.first.column;
    }
    const comparison = r.comparison;
    return {
        tool: TOOL,
        ruleId,
        title: TITLES[r.status],
        message,
        severity: c.severity,
        category: 'golden',
        location: {
            path,
            ...(startLine !== undefined ? { startLine } : {}),
            ...(startLine !== undefined && startColumn !== undefined ? { startColumn } : {}),
        },
        fingerprint: (0,_findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_5__/* .fingerprintOf */ .a)(TOOL, ruleId, c.name, c.expectedLabel),
        help: HELP,
        stepId,
        properties: {
            case: c.name,
            format: c.format,
            golden: c.expectedLabel,
            actual: c.actualLabel,
            ...(comparison
                ? {
                    compared: comparison.compared,
                    differences: comparison.differences,
                    ...(comparison.maxAbs ? { maxAbsError: comparison.maxAbs.value } : {}),
                    ...(comparison.maxRel ? { maxRelError: comparison.maxRel.value } : {}),
                }
                : {}),
        },
    };
}
function obsoleteFinding(path, stepId) {
    return {
        tool: TOOL,
        ruleId: 'golden/obsolete',
        title: 'Obsolete golden file',
        message: `${path} is a golden file no case uses: delete it, or add a case for it`,
        severity: 'note',
        category: 'golden',
        location: { path },
        fingerprint: (0,_findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_5__/* .fingerprintOf */ .a)(TOOL, 'golden/obsolete', path),
        help: 'Files under the `goldens:` glob of a golden step that no case compares. They drift out of date unnoticed.',
        stepId,
    };
}
function caseTestCase(r, stepId) {
    const c = r.case;
    const tc = {
        suite: stepId,
        classname: `golden.${c.format}`,
        name: c.name,
        status: r.status === 'passed' ? 'passed' : r.status === 'failed' ? 'failed' : 'error',
        durationMs: r.durationMs,
        file: c.expectedLabel,
    };
    if (r.status !== 'passed') {
        tc.message = caseMessage(r);
        const details = [];
        if (r.comparison?.worst.length)
            details.push(differencesText(r.comparison.worst));
        if (r.comparison?.diff)
            details.push(r.comparison.diff);
        if (r.status === 'malformed' && r.position)
            details.push(`at ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(r.position)}`);
        if (r.status === 'missing-golden')
            details.push(`runlens golden update ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteArg */ .X)(c.name)}`);
        if (details.length)
            tc.details = details.join('\n\n');
        const line = r.status === 'malformed' ? r.position?.line : r.comparison?.first?.line;
        if (line !== undefined)
            tc.line = line;
    }
    return tc;
}


/***/ }),

/***/ 68576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ resolveTolerance),
/* harmony export */   FR: () => (/* binding */ excessOf),
/* harmony export */   Nn: () => (/* binding */ describeTolerance),
/* harmony export */   nv: () => (/* binding */ relativeError),
/* harmony export */   p4: () => (/* binding */ withinTolerance)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69805);
// The one definition of "equal within tolerance", used by every format (CSV, JSON, YAML, NPY, WAV).

/** Most specific first: column, case, step. A field left out is inherited from the next level. */
function resolveTolerance(levels, nanEqual) {
    let abs;
    let rel;
    let given = false;
    for (const level of levels) {
        if (!level)
            continue;
        if (abs === undefined && level.abs !== undefined)
            abs = level.abs;
        if (rel === undefined && level.rel !== undefined)
            rel = level.rel;
        given ||= level.abs !== undefined || level.rel !== undefined;
    }
    return { abs: abs ?? _options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TOLERANCE */ .s6.abs, rel: rel ?? _options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TOLERANCE */ .s6.rel, nanEqual, given };
}
/**
 * `|a − e| ≤ abs + rel·|e|` (NumPy `isclose`). Infinities equal only the same infinity (the formula
 * alone would call inf close to anything when rel > 0); NaN equals NaN only with `nanEqual`.
 */
function withinTolerance(actual, expected, abs, rel, nanEqual) {
    if (actual === expected)
        return true;
    if (actual !== actual || expected !== expected)
        return nanEqual && actual !== actual && expected !== expected;
    if (actual === Infinity || actual === -Infinity || expected === Infinity || expected === -Infinity)
        return false;
    return Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
}
/** How many times the allowed error a difference is: > 1 is out of tolerance; Infinity when nothing is allowed. */
function excessOf(actual, expected, abs, rel) {
    const err = Math.abs(actual - expected);
    if (err !== err)
        return Infinity;
    const allowed = abs + rel * Math.abs(expected);
    return allowed > 0 ? err / allowed : err > 0 ? Infinity : 0;
}
/** |a − e| / |e|; Infinity when e is 0 and a is not. */
function relativeError(actual, expected) {
    const err = Math.abs(actual - expected);
    if (err === 0)
        return 0;
    return err / Math.abs(expected);
}
function describeTolerance(t) {
    const show = (n) => (n === 0 ? '0' : n >= 1e-3 && n < 1e6 ? String(n) : n.toExponential().replace(/\.?0*e\+?/, 'e'));
    return `abs ${show(t.abs)}, rel ${show(t.rel)}${t.given ? '' : ', the defaults'}`;
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


/***/ })

};
