export const id = 94;
export const ids = [94];
export const modules = {

/***/ 1848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ cancelOnSignals)
/* harmony export */ });
// GitHub cancels a job with SIGINT, then SIGTERM 7.5 s later, then kills it; GitLab sends SIGTERM.
// First signal: abort the run (stop children, write every report); a second one: leave at once.
function cancelOnSignals(onSecond = () => process.exit(130)) {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted)
            return onSecond();
        controller.abort(new Error(`received ${signal}`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return controller;
}


/***/ }),

/***/ 1418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kc: () => (/* binding */ expandCases),
  qN: () => (/* binding */ repoPath)
});

// UNUSED EXPORTS: NAME

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
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
var tolerance = __webpack_require__(8576);
;// CONCATENATED MODULE: ./lib/checks/golden/cases.js
// Turns the `cases:` of a golden step into concrete file pairs: `{name}` stands for one path segment
// shared by `actual` and `expected`, so one line covers a folder of outputs.




const NAME = '{name}';
function repoPath(workspace, absolute) {
    const rel = (0,external_node_path_.relative)(workspace, absolute);
    return (rel === '' ? '.' : rel).split(external_node_path_.sep).join('/');
}
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
            const expectedLabel = repoPath(workspace, expected);
            return {
                name: c.name ? sub(c.name) : expectedLabel,
                expected,
                actual,
                expectedLabel,
                actualLabel: repoPath(workspace, actual),
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
            out.push({ ...unmatched, name: c.name ?? c.expected, expectedLabel: repoPath(workspace, (0,external_node_path_.resolve)(cwd, c.expected)), unmatched: true });
            continue;
        }
        for (const name of names)
            out.push(make(name));
    }
    return out;
}


/***/ }),

/***/ 6265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EU: () => (/* binding */ evaluateCase),
  X1: () => (/* binding */ quoteArg)
});

// UNUSED EXPORTS: inputFor

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
var comparison = __webpack_require__(4430);
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
        const eHash = (0,external_node_crypto_.createHash)('sha256');
        const aHash = (0,external_node_crypto_.createHash)('sha256');
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
var tolerance = __webpack_require__(8576);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/csv.js
// CSV / TSV: header-aware, per-column tolerances and ignores, streaming in constant memory.
//
// Hand-written on purpose: no CSV library parses anywhere near 100 MB/s while also comparing, and we
// need neither objects nor strings per field. Both files are read in 4 MB chunks; rows are walked in
// lockstep, byte by byte, on both buffers at once: a field whose bytes match is equal whatever the
// tolerance, so only fields that differ are delimited and parsed as numbers, straight from the bytes.
// A row holding a double quote takes a careful RFC 4180 path that unescapes into a scratch buffer;
// so do rows when the columns of the two files are in a different order.





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
                    this.compareField(this.row + rows, field, eb, fe0, ee, ab, fa0, ae, line, fe0 - eRow + 1, shared);
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
            this.compareField(row, c, eb, es, ee, ab, as, ae, e.recLine, e.cols[c], 0);
        }
        this.endRow(row);
    }
    /** Called for every field whose bytes differ: the common case (two finite decimals within tolerance) returns early. */
    compareField(row, c, eb, es, ee, ab, as, ae, line, column, shared) {
        if (c < this.width && parseDecimalPair(eb, es, ee, ab, as, ae, shared)) {
            const ev = pairScan.expected;
            const err = Math.abs(pairScan.actual - ev);
            if (err <= this.abs[c] + this.rel[c] * Math.abs(ev)) {
                if (err > this.rowErr)
                    this.rowErr = err;
                return;
            }
        }
        this.compareFieldFully(row, c, eb, es, ee, ab, as, ae, line, column);
    }
    /** Ends a row: its largest error goes into the chart series and the overall maximum. */
    endRow(row) {
        if (this.rowErr > 0) {
            this.log.noteError(this.rowErr);
            this.series.add(row, this.rowErr);
            this.rowErr = 0;
        }
    }
    compareFieldFully(row, c, eb, es, ee, ab, as, ae, line, column) {
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
        const at = { row, c, eb, es, ee, ab, as, ae, line, column };
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
var json_path = __webpack_require__(4093);
;// CONCATENATED MODULE: ./lib/checks/golden/tree.js
// A parsed JSON or YAML document in which every value remembers where it was written, so a
// difference can point at the golden file's line.
/** Offsets to 1-based line and column, by binary search over line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
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

;// CONCATENATED MODULE: ./lib/checks/golden/formats/json.js
// JSON: structural comparison (see structural.ts) of trees that remember each value's line.
//
// A small parser of our own rather than JSON.parse: JSON.parse gives no positions (findings point at
// the golden line of a difference) and turns every number into a double (integers compare exactly
// on their literal, whatever their size).






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
        this.lines = new LineIndex(text);
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
        bad(`dtype ${descr} is not numeric`, 'compare it with `format: bytes`');
    const shape = shapeText
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map(Number);
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

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./lib/checks/golden/formats/yaml.js
// YAML: js-yaml's event parser gives every node's source offset; scalars are resolved with the YAML 1.2
// core schema, so `1.0`, `.inf`, `0x1F`, `~` mean what they mean to any YAML reader. Compared like JSON.




const PLAIN = 1;
class YamlTreeBuilder {
    text;
    events;
    file;
    k = 0;
    anchors = new Map();
    lines;
    constructor(text, events, file) {
        this.text = text;
        this.events = events;
        this.file = file;
        this.lines = new LineIndex(text);
    }
    documents() {
        const docs = [];
        while (this.k < this.events.length) {
            const ev = this.events[this.k++];
            if (ev.type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
                continue;
            if (this.events[this.k]?.type === js_yaml/* EVENT_ID */.hy.POP) {
                this.k++;
                docs.push({ kind: 'null', line: 1, column: 1 });
                continue;
            }
            docs.push(this.node());
            this.k++; // the document's POP
        }
        return docs;
    }
    at(offset) {
        return this.lines.at(Math.max(0, offset));
    }
    node() {
        const ev = this.events[this.k++];
        let node;
        switch (ev.type) {
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                const entries = new Map();
                const at = this.at(ev.start);
                while (this.events[this.k].type !== js_yaml/* EVENT_ID */.hy.POP) {
                    const key = this.node();
                    const value = this.node();
                    entries.set(keyText(key), value);
                }
                this.k++;
                node = { kind: 'object', entries, ...at };
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                const items = [];
                const at = this.at(ev.start);
                while (this.events[this.k].type !== js_yaml/* EVENT_ID */.hy.POP)
                    items.push(this.node());
                this.k++;
                node = { kind: 'array', items, ...at };
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SCALAR:
                node = this.scalar(ev);
                break;
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
                const name = this.text.slice(ev.anchorStart, ev.anchorEnd);
                const target = this.anchors.get(name);
                if (!target) {
                    throw new errors/* InputError */.dz({ file: this.file, ...this.at(ev.anchorStart) }, `invalid YAML: alias *${name} names no anchor`, 'define &' + name + ' before using it');
                }
                return target;
            }
            default:
                throw new errors/* InputError */.dz({ file: this.file }, `invalid YAML: unexpected parser event ${ev.type}`, 'check that the file is one YAML document');
        }
        if ('anchorStart' in ev && ev.anchorStart >= 0)
            this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), node);
        return node;
    }
    scalar(ev) {
        const raw = (0,js_yaml/* getScalarValue */.KE)(this.text, ev);
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
                    throw new errors/* InputError */.dz({ file: this.file, ...at }, `invalid YAML: ${JSON.stringify(raw)} is not a valid !!${short}`, 'fix the value or drop the tag');
                return node;
            }
            return { kind: 'string', value: raw, ...at };
        }
        if (ev.style !== PLAIN)
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
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file });
    }
    catch (err) {
        if (err instanceof js_yaml/* YAMLException */.tB) {
            const mark = err.mark;
            throw new errors/* InputError */.dz({ file, ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}) }, `invalid YAML: ${err.reason}`, 'fix the file so that a YAML parser accepts it');
        }
        throw err;
    }
    const docs = new YamlTreeBuilder(text, events, file).documents();
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

/***/ 4430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ DifferenceLog),
/* harmony export */   Vj: () => (/* binding */ SeriesBuilder),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
/* unused harmony export SERIES_POINTS */
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

/***/ 4093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PathPattern),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// The JSONPath subset `ignore:` accepts: `$.a.b`, `$['a b']`, `$.items[3]`, `$.items[*].id`, `$.*`,
// `$..timestamp` (any depth). Enough to name volatile values; filters and slices are not needed.

class PathPattern {
    source;
    tokens;
    constructor(source, tokens) {
        this.source = source;
        this.tokens = tokens;
    }
    static parse(source) {
        const fail = (at, what) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ignore path "${source}", character ${at + 1}: ${what} — write paths like $.meta.time, $.items[*].id or $..timestamp`);
        };
        if (!source.startsWith('$'))
            fail(0, 'a path starts with $');
        const tokens = [];
        let i = 1;
        while (i < source.length) {
            const c = source[i];
            if (c === '.') {
                if (source[i + 1] === '.') {
                    tokens.push({ kind: 'deep' });
                    i += 2;
                    if (source[i] === '[')
                        continue;
                }
                else
                    i++;
                if (source[i] === '*') {
                    tokens.push({ kind: 'any' });
                    i++;
                    continue;
                }
                const m = /^[^.[\]]+/.exec(source.slice(i));
                if (!m)
                    fail(i, 'a name must follow "."');
                tokens.push({ kind: 'key', name: m[0] });
                i += m[0].length;
            }
            else if (c === '[') {
                const rest = source.slice(i);
                const m = /^\[(?:(\*)|(\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
                if (!m)
                    fail(i, "expected [*], [number] or ['name']");
                if (m[1])
                    tokens.push({ kind: 'any' });
                else if (m[2] !== undefined)
                    tokens.push({ kind: 'index', index: Number(m[2]) });
                else
                    tokens.push({ kind: 'key', name: (m[3] ?? m[4]).replace(/\\(.)/g, '$1') });
                i += m[0].length;
            }
            else {
                fail(i, `unexpected "${c}"`);
            }
        }
        if (tokens.at(-1)?.kind === 'deep')
            fail(source.length - 1, 'a name must follow ".."');
        return new PathPattern(source, tokens);
    }
    matches(path) {
        return match(this.tokens, 0, path, 0);
    }
}
function match(tokens, t, path, p) {
    if (t === tokens.length)
        return p === path.length;
    const token = tokens[t];
    if (token.kind === 'deep') {
        for (let skip = p; skip <= path.length; skip++)
            if (match(tokens, t + 1, path, skip))
                return true;
        return false;
    }
    if (p === path.length)
        return false;
    const seg = path[p];
    const ok = token.kind === 'any' || (token.kind === 'key' && String(seg) === token.name) || (token.kind === 'index' && seg === token.index);
    return ok && match(tokens, t + 1, path, p + 1);
}
function formatPath(path) {
    let out = '$';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}


/***/ }),

/***/ 6480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ findObsolete)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3382);
/* harmony import */ var _cases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1418);
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

/***/ 9805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ goldenOptions),
/* harmony export */   s6: () => (/* binding */ DEFAULT_TOLERANCE)
/* harmony export */ });
/* unused harmony exports FORMATS, toleranceSchema, SCRUB_PRESETS, caseSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4079);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4093);
// The `with:` of a `uses: golden` step: every option and every default of golden-data regression.



/** NumPy `allclose`'s defaults, used for floats when no tolerance is given anywhere. */
const DEFAULT_TOLERANCE = { abs: 1e-8, rel: 1e-5 };
const FORMATS = ['csv', 'tsv', 'json', 'yaml', 'text', 'npy', 'wav', 'bytes'];
const abs = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
    .nonnegative()
    .optional()
    .describe(`Absolute tolerance (default ${DEFAULT_TOLERANCE.abs} when no tolerance is given anywhere).`);
const rel = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
    .nonnegative()
    .optional()
    .describe(`Relative tolerance, a fraction of |expected| (default ${DEFAULT_TOLERANCE.rel} when no tolerance is given anywhere).`);
const toleranceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ abs, rel })
    .strict()
    .describe('Two numbers are equal when |actual − expected| ≤ abs + rel·|expected| (NumPy `allclose`). ±inf equal only themselves; ' +
    'NaN follows `nan-equal`. Integers compare exactly unless a tolerance is given (here, on the case, or on the column). ' +
    'A field left out is inherited: column → case → step → default.');
const columnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    abs,
    rel,
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('Do not compare this column.'),
})
    .strict()
    .describe('Per-column options of a CSV/TSV case.');
const SCRUB_PRESETS = ['timestamps', 'uuids', 'paths'];
const scrubberSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(SCRUB_PRESETS),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        pattern: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('A JavaScript regular expression; every match is replaced.'),
        replacement: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('<scrubbed>').describe('What a match becomes (`$1` refers to groups).'),
        flags: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^[imsu]*$/, 'flags are some of i, m, s, u (g is always on)')
            .default('')
            .describe('Regular expression flags besides `g`.'),
    })
        .strict(),
])
    .describe('Replaces volatile text before a text comparison: `timestamps` (ISO 8601 dates and clock times), `uuids`, ' +
    '`paths` (the workspace, home and temp directories), or `{ pattern, replacement }`.');
const caseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Case name, shown in reports and used by `runlens golden update NAME`; `{name}` is substituted (default: the golden path).'),
    actual: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .describe('File the program produced, relative to the step directory. `{name}` stands for one path segment shared with `expected`.'),
    expected: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .describe('The golden file, relative to the step directory. With `{name}`, every matching file on either side is a case.'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(FORMATS)
        .optional()
        .describe('How to compare (default: by the golden file extension; unknown extensions compare bytes).'),
    tolerance: toleranceSchema.optional(),
    'nan-equal': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('NaN equals NaN (default: the step setting).'),
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC).optional().describe('Severity of the finding when this case fails (default: the step setting).'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
        .default([])
        .describe('JSON/YAML: paths not compared, e.g. `$.meta.time`, `$.items[*].id`, `$..timestamp`.'),
    'array-order': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['strict', 'any']).default('strict').describe('JSON/YAML: `any` matches array items regardless of their order.'),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().length(1).optional().describe('CSV/TSV: field separator (default `,` for csv, tab for tsv).'),
    header: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('auto')])
        .default('auto')
        .describe('CSV/TSV: whether the first row names the columns; `auto` takes it as a header when a field of it is not a number.'),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), columnSchema)
        .default({})
        .describe('CSV/TSV: per-column tolerance or `ignore`, keyed by header name or by 1-based column number.'),
    'ignore-columns': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]).describe('CSV/TSV: columns not compared (header names or 1-based numbers).'),
    'line-endings': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['normalize', 'exact']).default('normalize').describe('Text: `normalize` treats CRLF and LF alike.'),
    'trailing-whitespace': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['ignore', 'exact']).default('exact').describe('Text: `ignore` strips spaces and tabs at line ends.'),
    scrub: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(scrubberSchema).default([]).describe('Text: scrubbers applied to both files before comparing.'),
    'min-snr-db': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .optional()
        .describe('WAV: also fail when the signal-to-noise ratio of actual against expected is below this many dB.'),
})
    .strict()
    .superRefine((c, ctx) => {
    const named = [c.actual.includes('{name}'), c.expected.includes('{name}')];
    if (named[0] !== named[1]) {
        ctx.addIssue({
            code: 'custom',
            path: [named[0] ? 'expected' : 'actual'],
            message: '`{name}` must appear in both `actual` and `expected`',
        });
    }
    for (const key of ['actual', 'expected']) {
        if (/[*?[\]]/.test(c[key])) {
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: 'use `{name}` for the part that varies (e.g. out/{name}.csv); glob characters are not allowed here',
            });
        }
    }
    c.ignore.forEach((p, k) => {
        try {
            _json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .PathPattern */ .A.parse(p);
        }
        catch (err) {
            ctx.addIssue({ code: 'custom', path: ['ignore', k], message: err.message });
        }
    });
})
    .describe('One golden comparison: an actual file and its golden counterpart.');
const goldenOptions = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1)])
        .optional()
        .describe('Command producing the actual files first (in the step directory): a string runs in the shell, a list is argv.'),
    cases: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(caseSchema).min(1).describe('The comparisons to make.'),
    tolerance: toleranceSchema.optional(),
    'nan-equal': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('NaN equals NaN (NumPy `equal_nan`).'),
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC).default('high').describe('Severity of the finding for a failing case.'),
    goldens: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1)])
        .optional()
        .describe('Glob(s) of golden files, relative to the step directory: a file no case uses is reported as obsolete.'),
    'max-differences': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100).default(10).describe('How many of the worst differences a failing case lists.'),
})
    .strict();


/***/ }),

/***/ 7041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ produceActuals)
/* harmony export */ });
/* harmony import */ var _engine_process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9507);
// The optional `run:` of a golden step: the command that writes the actual files, run like a step's
// own command (process group, killed on timeout or cancel), its output going to the step log.

/** Resolves to undefined when the command succeeded, else to why it did not, in a sentence. */
async function produceActuals(req) {
    const shown = Array.isArray(req.command) ? req.command.join(' ') : req.command;
    req.log(`golden: running ${shown}`);
    const outcome = await (0,_engine_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runProcess */ .R)({
        command: req.command,
        shell: 'bash',
        cwd: req.cwd,
        env: req.env,
        timeoutMs: 0,
        killGraceMs: 5000,
        signal: req.signal,
        onLine: req.log,
        onNote: (line) => req.log(`golden: ${line}`),
    });
    if (outcome.status === 'passed')
        return undefined;
    return `the command producing the actual files (\`${shown}\`) ${outcome.status === 'failed' ? `failed: ${outcome.error}` : (outcome.error ?? outcome.status)}`;
}


/***/ }),

/***/ 2289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ caseTestCase),
/* harmony export */   Q9: () => (/* binding */ caseMessage),
/* harmony export */   Ti: () => (/* binding */ obsoleteFinding),
/* harmony export */   Z9: () => (/* binding */ placeText),
/* harmony export */   u7: () => (/* binding */ caseFinding)
/* harmony export */ });
/* unused harmony exports TOOL, describeComparison, differencesText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5530);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6265);
/* harmony import */ var _comparison_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4430);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8576);





const TOOL = 'runlens-golden';
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
        return describeComparison(r.comparison, (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTolerance */ .Nn)(r.case.tolerance));
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
        fingerprint: (0,_findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprintOf */ .a)(TOOL, ruleId, c.name, c.expectedLabel),
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
        fingerprint: (0,_findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprintOf */ .a)(TOOL, 'golden/obsolete', path),
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
            details.push(`at ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(r.position)}`);
        if (r.status === 'missing-golden')
            details.push(`runlens golden update ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteArg */ .X1)(c.name)}`);
        if (details.length)
            tc.details = details.join('\n\n');
        const line = r.status === 'malformed' ? r.position?.line : r.comparison?.first?.line;
        if (line !== undefined)
            tc.line = line;
    }
    return tc;
}


/***/ }),

/***/ 8576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ resolveTolerance),
/* harmony export */   FR: () => (/* binding */ excessOf),
/* harmony export */   Nn: () => (/* binding */ describeTolerance),
/* harmony export */   nv: () => (/* binding */ relativeError),
/* harmony export */   p4: () => (/* binding */ withinTolerance)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9805);
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

/***/ 174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ CHECKS),
  S: () => (/* binding */ findCheck)
});

;// CONCATENATED MODULE: ./lib/checks/check.js
/** Keeps the option type when listing heterogeneous checks. */
function defineCheck(check) {
    return check;
}

// EXTERNAL MODULE: ./lib/checks/golden/cases.js + 1 modules
var golden_cases = __webpack_require__(1418);
// EXTERNAL MODULE: ./lib/checks/golden/compare.js + 12 modules
var compare = __webpack_require__(6265);
// EXTERNAL MODULE: ./lib/checks/golden/obsolete.js
var golden_obsolete = __webpack_require__(6480);
// EXTERNAL MODULE: ./lib/checks/golden/options.js
var options = __webpack_require__(9805);
// EXTERNAL MODULE: ./lib/checks/golden/producer.js
var producer = __webpack_require__(7041);
// EXTERNAL MODULE: ./lib/checks/golden/report.js
var report = __webpack_require__(2289);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/checks/golden/comparison.js
var comparison = __webpack_require__(4430);
;// CONCATENATED MODULE: ./lib/checks/golden/chart.js
// A Mermaid `xychart-beta` of a case's error series for the job summary. Values are scaled to a
// power of ten named in the axis title, because the chart syntax takes plain decimals only.

function errorChart(title, series, threshold) {
    const finite = series.maxAbs.filter((v) => Number.isFinite(v));
    const top = Math.max(0, ...finite);
    if (top === 0 || series.maxAbs.length < 2)
        return undefined;
    const exponent = Math.floor(Math.log10(top));
    const scale = 10 ** exponent;
    // Infinite errors (inf against a number) are drawn at the top of the chart.
    const values = series.maxAbs.map((v) => (Number.isFinite(v) ? v : top) / scale);
    const fmt = (v) => String(Number(v.toFixed(4)));
    const unitLabel = exponent === 0 ? '' : ` (×1e${exponent})`;
    const last = series.starts.at(-1);
    const width = series.starts.length > 1 ? series.starts[1] - series.starts[0] : 1;
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${chart_escape(title)}: largest |actual − expected| per ${width === 1 ? series.unit : `${width.toLocaleString('en-US')} ${series.unit}s`}"`,
        `  x-axis "${series.unit}" ${series.starts[0]} --> ${Math.max(last, series.total)}`,
        `  y-axis "abs error${unitLabel}" 0 --> ${fmt(Math.max(...values, threshold !== undefined ? threshold / scale : 0) * 1.05)}`,
        `  line [${values.map(fmt).join(', ')}]`,
    ];
    if (threshold !== undefined && threshold > 0 && threshold / scale >= 0.01) {
        lines.push(`  line [${values.map(() => fmt(threshold / scale)).join(', ')}]`);
    }
    lines.push('```');
    if (threshold !== undefined && threshold > 0 && threshold / scale >= 0.01) {
        lines.push(`<sub>The flat line is the absolute tolerance, ${(0,comparison/* formatNumber */.ZV)(threshold)}.</sub>`);
    }
    return lines.join('\n');
}
function chart_escape(s) {
    return s.replace(/"/g, "'");
}

;// CONCATENATED MODULE: ./lib/checks/golden/summary.js
// The golden step's part of the job summary: a table of cases, then for each failing case the worst
// differences, the diff (text) or a chart of the error along the data (numeric series).




/** Keeps the section well under GitHub's 1 MiB per step summary, whatever the number of cases. */
const MAX_TABLE_ROWS = 200;
const MAX_DETAILED_CASES = 10;
const ICON = {
    passed: '✅',
    failed: '❌',
    'missing-golden': '❌',
    'missing-actual': '❌',
    unmatched: '❌',
    malformed: '❌',
};
/** Inline code that stays inside its table cell: GFM splits cells at `|` even within backticks. */
function code(text, max = 80) {
    const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return `\`${clipped.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, '↵')}\``;
}
function whereCell(r) {
    const c = r.comparison;
    if (c?.maxAbs)
        return (0,markdown/* escapeMarkdown */.FV)((0,report/* placeText */.Z9)(c.maxAbs), 120);
    if (c?.first)
        return (0,markdown/* escapeMarkdown */.FV)((0,report/* placeText */.Z9)(c.first), 120);
    if (r.position)
        return (0,markdown/* escapeMarkdown */.FV)(`line ${r.position.line ?? '?'}${r.position.column !== undefined ? `:${r.position.column}` : ''} of ${r.position.file}`, 120);
    return '';
}
function resultCell(r) {
    switch (r.status) {
        case 'passed':
            return 'passed';
        case 'failed':
            return r.comparison && r.comparison.differences > 0 ? `${r.comparison.differences.toLocaleString('en-US')} differ` : 'differs';
        case 'missing-golden':
            return 'no golden file';
        case 'missing-actual':
            return 'no actual file';
        case 'unmatched':
            return 'no files match';
        case 'malformed':
            return 'malformed input';
    }
}
function differencesTable(worst) {
    const numeric = worst.some((d) => d.absError !== undefined);
    const head = (0,markdown/* tableHeader */.qd)([
        { title: 'where' },
        { title: 'golden' },
        { title: 'actual' },
        ...(numeric
            ? [
                { title: 'abs error', align: 'right' },
                { title: 'rel error', align: 'right' },
            ]
            : []),
        { title: 'note' },
    ]);
    const rows = worst.map((d) => (0,markdown/* tableRow */.jD)([
        (0,markdown/* escapeMarkdown */.FV)((0,report/* placeText */.Z9)(d), 120),
        code(d.expected),
        code(d.actual),
        ...(numeric ? [(0,comparison/* formatNumber */.ZV)(d.absError), (0,comparison/* formatNumber */.ZV)(d.relError)] : []),
        (0,markdown/* escapeMarkdown */.FV)(d.note ?? '', 80),
    ]));
    return [head, ...rows].join('\n');
}
function caseDetails(r) {
    const c = r.case;
    const lines = [];
    lines.push(`<details><summary>${ICON[r.status]} <code>${(0,markdown/* escapeMarkdown */.FV)(c.name, 200)}</code>: ${(0,markdown/* escapeMarkdown */.FV)(resultCell(r), 80)}</summary>`, '');
    lines.push(`Golden \`${c.expectedLabel}\`, actual \`${c.actualLabel}\` (${c.format}).`, '');
    lines.push((0,markdown/* escapeMarkdown */.FV)((0,report/* caseMessage */.Q9)(r), 2000), '');
    const comparison = r.comparison;
    if (comparison) {
        if (comparison.facts.length)
            lines.push(comparison.facts.map(([k, v]) => `**${(0,markdown/* escapeMarkdown */.FV)(k)}**: ${(0,markdown/* escapeMarkdown */.FV)(v, 300)}`).join(' · '), '');
        if (comparison.worst.length && comparison.format !== 'text')
            lines.push(differencesTable(comparison.worst), '');
        if (comparison.diff)
            lines.push('```diff', comparison.diff.replace(/```/g, "'''"), '```', '');
        if (comparison.series && comparison.maxAbs) {
            const t = c.tolerance;
            const chart = errorChart(c.name, comparison.series, t.rel === 0 ? t.abs : undefined);
            if (chart)
                lines.push(chart, '');
        }
    }
    lines.push('</details>');
    return lines.join('\n');
}
function goldenSummary(results, obsolete) {
    const failed = results.filter((r) => r.status !== 'passed');
    const out = [];
    out.push(failed.length === 0
        ? `**Golden data: all ${results.length} case${results.length === 1 ? '' : 's'} match.**`
        : `**Golden data: ${failed.length} of ${results.length} case${results.length === 1 ? '' : 's'} failed.**`, '');
    // Failing cases first: they are what a reader came for.
    const ordered = [...failed, ...results.filter((r) => r.status === 'passed')];
    out.push((0,markdown/* tableHeader */.qd)([
        { title: '' },
        { title: 'case' },
        { title: 'format' },
        { title: 'compared', align: 'right' },
        { title: 'result' },
        { title: 'max abs error', align: 'right' },
        { title: 'max rel error', align: 'right' },
        { title: 'where' },
    ]));
    for (const r of ordered.slice(0, MAX_TABLE_ROWS)) {
        const c = r.comparison;
        out.push((0,markdown/* tableRow */.jD)([
            ICON[r.status],
            code(r.case.name, 120),
            r.case.format,
            c ? `${c.compared.toLocaleString('en-US')} ${c.unit}` : '',
            (0,markdown/* escapeMarkdown */.FV)(resultCell(r)),
            c?.maxAbs ? (0,comparison/* formatNumber */.ZV)(c.maxAbs.value) : c && c.maxAbsAll ? `(${(0,comparison/* formatNumber */.ZV)(c.maxAbsAll)})` : '',
            c?.maxRel ? (0,comparison/* formatNumber */.ZV)(c.maxRel.value) : '',
            whereCell(r),
        ]));
    }
    if (ordered.length > MAX_TABLE_ROWS)
        out.push('', `_…and ${ordered.length - MAX_TABLE_ROWS} more cases (all in run.json and junit.xml)._`);
    out.push('', '<sub>Max errors are over the values out of tolerance; in parentheses, the largest error of a passing case.</sub>', '');
    for (const r of failed.slice(0, MAX_DETAILED_CASES))
        out.push(caseDetails(r), '');
    if (failed.length > MAX_DETAILED_CASES)
        out.push(`_Details of ${failed.length - MAX_DETAILED_CASES} more failing cases are in junit.xml._`, '');
    if (obsolete.length) {
        out.push(`**Obsolete golden files** (no case uses them): ${obsolete
            .slice(0, 50)
            .map((p) => `\`${p}\``)
            .join(', ')}${obsolete.length > 50 ? ` and ${obsolete.length - 50} more` : ''}`, '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./lib/checks/golden/check.js
// `uses: golden`: compares program outputs with known-good files, numerically where the data is numbers.








const goldenCheck = defineCheck({
    kind: 'golden',
    description: 'Compare outputs with golden files: CSV/TSV, JSON, YAML, text, NumPy .npy, WAV and bytes, numbers within |a − e| ≤ abs + rel·|e|.',
    options: options/* goldenOptions */.UO,
    async run(ctx) {
        const opts = ctx.options;
        if (opts.run !== undefined) {
            const failure = await ctx.phase('produce actuals', () => (0,producer/* produceActuals */.w)({ command: opts.run, cwd: ctx.cwd, env: ctx.env, signal: ctx.signal, log: ctx.log }));
            if (failure)
                return { status: 'failed', error: failure, findings: [] };
        }
        const cases = await (0,golden_cases/* expandCases */.kc)(opts, ctx.cwd, ctx.workspace);
        const results = [];
        for (const c of cases) {
            ctx.signal.throwIfAborted();
            const r = await ctx.phase(`case ${c.name}`, () => (0,compare/* evaluateCase */.EU)(c, opts['max-differences'], ctx.signal, ctx.workspace), {
                'runlens.golden.case': c.name,
                'runlens.golden.format': c.format,
            });
            results.push(r);
            ctx.log(`${r.status === 'passed' ? 'pass' : 'FAIL'}  ${c.name} (${c.format}, ${r.durationMs} ms)${r.status === 'passed' ? '' : `: ${(0,report/* caseMessage */.Q9)(r)}`}`);
        }
        const obsolete = await (0,golden_obsolete/* findObsolete */.x)(opts, cases, ctx.cwd, ctx.workspace);
        for (const path of obsolete)
            ctx.log(`note  ${path} is a golden file no case uses`);
        const failed = results.filter((r) => r.status !== 'passed').length;
        ctx.log(`golden: ${results.length - failed} of ${results.length} cases match`);
        return {
            findings: [...results.flatMap((r) => (0,report/* caseFinding */.u7)(r, ctx.stepId) ?? []), ...obsolete.map((p) => (0,report/* obsoleteFinding */.Ti)(p, ctx.stepId))],
            cases: results.map((r) => (0,report/* caseTestCase */.$R)(r, ctx.stepId)),
            summary: goldenSummary(results, obsolete),
        };
    },
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./lib/ingest/sarif.js + 1 modules
var sarif = __webpack_require__(4782);
;// CONCATENATED MODULE: ./lib/checks/sarif/check.js
// `uses: sarif`: findings from SARIF files another tool (or an earlier step) wrote.



const sarifCheck = defineCheck({
    kind: 'sarif',
    description: 'Ingest SARIF files written by another tool as findings.',
    options: schemas/* object */.Ikc({
        files: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
            .transform((f) => (Array.isArray(f) ? f : [f]))
            .describe('SARIF files to read: a glob or a list of globs, relative to the step working directory.'),
    })
        .strict(),
    run: async (ctx) => {
        const { findings, files } = await ctx.phase('ingest', () => (0,sarif/* ingestSarif */.m)(ctx.options.files, ctx), {
            'runlens.sarif.patterns': ctx.options.files.length,
        });
        ctx.log(`read ${findings.length} finding${findings.length === 1 ? '' : 's'} from ${files.length} SARIF file${files.length === 1 ? '' : 's'}: ${files.join(', ')}`);
        return { findings, artifacts: files };
    },
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/fs/atomic-write.js
var atomic_write = __webpack_require__(1596);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/checks/secrets/baseline.js
// Baseline of known secrets: only new ones are reported. The file holds fingerprints, never secrets:
//
//   { "version": 1, "tool": "runlens-secrets",
//     "secrets": [ { "fingerprint": "9f2c…", "rule": "github-pat", "path": "src/config.ts", "line": 12 } ] }
//
// rule/path/line are for the people reviewing the file; only `fingerprint` is matched, so lines may move.
// A plain JSON array of fingerprint strings is accepted too.




async function readBaseline(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz({ file }, 'cannot read the secrets baseline', 'check the `baseline` path, or remove the option');
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz({ file }, `the secrets baseline is not JSON (${err.message})`);
    }
    const list = Array.isArray(doc) ? doc : doc?.secrets;
    if (!Array.isArray(list))
        throw new errors/* InputError */.dz({ file }, 'the secrets baseline has no `secrets` list', 'write one with the artifact <output-dir>/secrets/<step>.baseline.json');
    const out = new Set();
    for (const e of list) {
        const fp = typeof e === 'string' ? e : e?.fingerprint;
        if (typeof fp === 'string')
            out.add(fp);
    }
    return out;
}
function baselineOf(findings) {
    const seen = new Set();
    const secrets = [];
    for (const f of findings) {
        if (f.category !== 'secret' || seen.has(f.fingerprint))
            continue;
        seen.add(f.fingerprint);
        secrets.push({
            fingerprint: f.fingerprint,
            rule: f.ruleId,
            ...(f.location ? { path: f.location.path } : {}),
            ...(f.location?.startLine !== undefined ? { line: f.location.startLine } : {}),
        });
    }
    secrets.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.fingerprint.localeCompare(b.fingerprint));
    return { version: 1, tool: 'runlens-secrets', secrets };
}
/**
 * Writes a baseline accepting every secret finding in `findings` (e.g. from run.json, for a
 * `runlens secrets baseline` command). Returns the number of entries written.
 */
async function writeSecretsBaseline(file, findings) {
    const doc = baselineOf(findings);
    await atomicWriteFile(path.resolve(file), `${JSON.stringify(doc, null, 2)}\n`);
    return doc.secrets.length;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
;// CONCATENATED MODULE: ./lib/checks/secrets/re2.js
// Go RE2 syntax (gitleaks rules) → JavaScript. Most of RE2 is valid JS; the differences that occur in
// real gitleaks configs are handled here: inline flags `(?i)` (a leading one becomes a regex flag, later
// ones a modifier group up to the end of their group), `(?P<name>`, `\A` `\z`, `\Q…\E`, POSIX classes,
// `\x{…}`. Unsupported constructs surface as a compile error the caller reports with the rule's position.
const POSIX = {
    alnum: 'A-Za-z0-9',
    alpha: 'A-Za-z',
    ascii: '\\x00-\\x7F',
    blank: ' \\t',
    cntrl: '\\x00-\\x1F\\x7F',
    digit: '0-9',
    graph: '!-~',
    lower: 'a-z',
    print: ' -~',
    punct: '!-\\/:-@\\[-`{-~',
    space: '\\t\\n\\v\\f\\r ',
    upper: 'A-Z',
    word: 'A-Za-z0-9_',
    xdigit: '0-9A-Fa-f',
};
function escapeLiteral(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function translateRe2(pattern) {
    let flags = '';
    let p = pattern;
    // Leading flags apply to the whole pattern: make them real flags.
    const lead = /^\(\?([imsU]+)\)/.exec(p);
    if (lead) {
        for (const f of lead[1])
            if (f !== 'U' && !flags.includes(f))
                flags += f;
        p = p.slice(lead[0].length);
    }
    let out = '';
    // Per open group: how many modifier groups we opened inside it that must close with it.
    const pendingCloses = [0];
    let inClass = false;
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '\\') {
            const n = p[i + 1];
            if (n === 'Q') {
                const end = p.indexOf('\\E', i + 2);
                const lit = end === -1 ? p.slice(i + 2) : p.slice(i + 2, end);
                out += escapeLiteral(lit);
                i = end === -1 ? p.length : end + 1;
                continue;
            }
            if (!inClass && n === 'A') {
                out += '^';
                i++;
                continue;
            }
            if (!inClass && n === 'z') {
                out += '$(?![\\s\\S])';
                i++;
                continue;
            }
            if (n === 'x' && p[i + 2] === '{') {
                const close = p.indexOf('}', i + 3);
                const hex = p.slice(i + 3, close);
                out += hex.length <= 4 ? `\\u${hex.padStart(4, '0')}` : String.fromCodePoint(parseInt(hex, 16));
                i = close;
                continue;
            }
            out += c + (n ?? '');
            i++;
            continue;
        }
        if (inClass) {
            if (c === '[' && p[i + 1] === ':') {
                const close = p.indexOf(':]', i + 2);
                const name = p.slice(i + 2, close);
                const negated = name.startsWith('^');
                const cls = POSIX[negated ? name.slice(1) : name];
                if (close !== -1 && cls && !negated) {
                    out += cls;
                    i = close + 1;
                    continue;
                }
            }
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            inClass = true;
            out += c;
            // `[]a]` and `[^]a]`: a leading `]` is a literal in RE2.
            if (p[i + 1] === '^') {
                out += '^';
                i++;
            }
            if (p[i + 1] === ']') {
                out += '\\]';
                i++;
            }
            continue;
        }
        if (c === '(') {
            const named = /^\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(p.slice(i));
            if (named) {
                out += `(?<${named[1]}>`;
                i += named[0].length - 1;
                pendingCloses.push(0);
                continue;
            }
            const inline = /^\(\?([imsU-]+)\)/.exec(p.slice(i));
            if (inline) {
                // `(?i)` mid-pattern: applies up to the end of the enclosing group, so open a modifier group there.
                const [on, off = ''] = inline[1].replace(/U/g, '').split('-');
                if (on || off) {
                    out += `(?${on ?? ''}${off ? `-${off}` : ''}:`;
                    pendingCloses[pendingCloses.length - 1]++;
                }
                i += inline[0].length - 1;
                continue;
            }
            const scoped = /^\(\?([imsU]*)(?:-([imsU]*))?:/.exec(p.slice(i));
            if (scoped) {
                const on = (scoped[1] ?? '').replace(/U/g, '');
                const off = (scoped[2] ?? '').replace(/U/g, '');
                out += on || off ? `(?${on}${off ? `-${off}` : ''}:` : '(?:';
                i += scoped[0].length - 1;
                pendingCloses.push(0);
                continue;
            }
            out += c;
            pendingCloses.push(0);
            continue;
        }
        if (c === ')') {
            out += ')'.repeat(pendingCloses.pop() ?? 0) + ')';
            continue;
        }
        if (c === '|' && pendingCloses[pendingCloses.length - 1] > 0) {
            // An inline flag covers the rest of its alternative only; close it before the next one.
            out += ')'.repeat(pendingCloses[pendingCloses.length - 1]) + '|';
            pendingCloses[pendingCloses.length - 1] = 0;
            continue;
        }
        out += c;
    }
    out += ')'.repeat(pendingCloses[0] ?? 0);
    return { source: out, flags };
}

;// CONCATENATED MODULE: ./lib/checks/secrets/options.js
// `uses: secrets` options: every field and default of the step's `with:`. The config loader validates
// against this schema and the JSON Schema / docs table are generated from it.



const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const UNIT = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
const size = schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP()])
    .describe('A size: a number of bytes, or `500KB`, `10MB`, `1GiB`.')
    .transform((v, ctx) => {
    if (typeof v === 'number')
        return v;
    const m = SIZE.exec(v.trim());
    if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a size; write e.g. 500KB, 10MB or a number of bytes` });
        return core/* NEVER */.tm;
    }
    return Math.round(Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]);
});
const stringList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));
const regex = schemas/* string */.YjP()
    .min(1)
    .superRefine((source, ctx) => {
    const t = translateRe2(source);
    try {
        new RegExp(t.source, t.flags);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: `not a valid regex: ${err.message}` });
    }
});
const allowlist = schemas/* object */.Ikc({
    paths: stringList.default([]).describe('Path globs (repository-relative, picomatch syntax) never scanned, e.g. `tests/fixtures/**`.'),
    regexes: schemas/* array */.YOg(regex).default([]).describe('Regexes; a secret matching any of them is not a finding.'),
    stopwords: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Words; a secret containing any of them (case-insensitively) is not a finding.'),
})
    .strict();
const customRule = schemas/* object */.Ikc({
    id: schemas/* string */.YjP()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule id is lowercase letters, digits and `-`')
        .describe('Rule id (SARIF rule id, part of fingerprints).'),
    title: schemas/* string */.YjP().min(1).optional().describe('Short name (default: the id).'),
    description: schemas/* string */.YjP().optional(),
    regex: regex.describe('JavaScript or RE2 (gitleaks) regex; a leading `(?i)` becomes a flag.'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Prefilter words; the regex runs only near them. Lowercase matches any case; capitals must match exactly. None: runs on every file.'),
    entropy: schemas/* number */.aig().min(0).max(8).optional().describe('Minimum Shannon entropy (bits per character) of the secret.'),
    severity: schemas/* enum */.k5n(severity/* SEVERITIES */.oC).default('high'),
    'secret-group': schemas/* number */.aig()
        .int()
        .min(0)
        .optional()
        .describe('Capture group holding the secret (default: 1 if the regex has groups, else 0).'),
    path: regex.optional().describe('Regex on the repository-relative path; the rule applies only where it matches.'),
    allowlist: schemas/* object */.Ikc({
        regexes: schemas/* array */.YOg(regex).default([]),
        stopwords: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    })
        .strict()
        .prefault({}),
})
    .strict();
const options_history = schemas/* string */.YjP()
    .default('auto')
    .refine((h) => ['auto', 'off', 'all'].includes(h) || /^[^\s.][^\s]*\.\.[^\s.][^\s]*$/.test(h), {
    message: 'history is `auto`, `off`, `all` or a range like `origin/main..HEAD`',
})
    .describe('Git history to scan: `auto` (the commits of the pull/merge request, base..head, on GitHub and GitLab; nothing locally), `off`, `all`, or a range `base..head`.');
const secretsOptions = schemas/* object */.Ikc({
    paths: stringList.default(['.']).describe('Files and directories to scan, relative to the step working directory.'),
    tree: schemas/* boolean */.zMY().default(true).describe('Scan the working tree.'),
    history: options_history,
    gitignore: schemas/* boolean */.zMY().default(true).describe('Skip files ignored by .gitignore (nested ones too) and .git/info/exclude.'),
    'max-file-size': size.prefault('10MB').describe('Skip files larger than this.'),
    allowlist: allowlist.prefault({}).describe('Never report these paths, values or words.'),
    rules: schemas/* array */.YOg(customRule).default([]).describe('Extra detectors.'),
    'disable-rules': schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Built-in rule ids to turn off.'),
    'gitleaks-config': schemas/* string */.YjP()
        .optional()
        .describe('A gitleaks TOML config whose rules and allowlists to load. As in gitleaks, its rules replace the built-in ones unless it has `[extend] useDefault = true`.'),
    baseline: schemas/* string */.YjP()
        .optional()
        .describe('A baseline file (JSON of fingerprints, as written to `<output-dir>/secrets/<step>.baseline.json`): secrets in it are known and not reported.'),
    workers: schemas/* union */.KCZ([schemas/* literal */.euz('auto'), schemas/* number */.aig().int().min(0).max(64)])
        .default('auto')
        .describe('Worker threads for the working-tree scan: `auto` (one per CPU), or a number; 0 scans in-thread.'),
})
    .strict();

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var findings_fingerprint = __webpack_require__(5530);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/checks/secrets/batch.js
function emptyResult() {
    return { counts: { scanned: 0, binary: 0, 'too-large': 0, unreadable: 0 }, bytes: 0, matches: [] };
}
function scanBatch(scanner, files) {
    const result = emptyResult();
    for (const [abs, rel] of files) {
        const r = scanner.scan(abs, rel);
        result.counts[r.status]++;
        if (r.status === 'scanned')
            result.bytes += r.bytes;
        if (r.matches.length > 0)
            result.matches.push({ path: rel, matches: r.matches });
    }
    return result;
}
function mergeResults(into, from) {
    for (const k of Object.keys(into.counts))
        into.counts[k] += from.counts[k];
    into.bytes += from.bytes;
    into.matches.push(...from.matches);
}
/** The first message a worker sends: proves the script spawned is the secrets worker. */
const WORKER_HELLO = 'runlens-secrets-worker';

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/checks/secrets/file-scanner.js
// Reads one file at a time into a reused buffer (memory stays bounded by the size limit) and scans it.
// Used inside worker threads and in-thread alike; synchronous on purpose: a worker does nothing else.

/** Files with a NUL byte in their first 8 KiB are binary, as git decides. */
const BINARY_PROBE = 8192;
class FileScanner {
    buffer = Buffer.allocUnsafe(1 << 20);
    // Plain fields, not parameter properties: worker threads under tests run this file with type stripping.
    matcher;
    maxFileSize;
    constructor(matcher, maxFileSize) {
        this.matcher = matcher;
        this.maxFileSize = maxFileSize;
    }
    scan(absolutePath, relativePath) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
        }
        catch {
            return { status: 'unreadable', bytes: 0, matches: [] };
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > this.maxFileSize)
                return { status: 'too-large', bytes: size, matches: [] };
            if (size > this.buffer.length)
                this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
            let length = 0;
            // A file can grow between fstat and read; what was there at fstat time is what gets scanned.
            while (length < size) {
                const n = (0,external_node_fs_.readSync)(fd, this.buffer, length, size - length, length);
                if (n === 0)
                    break;
                length += n;
            }
            const probe = Math.min(length, BINARY_PROBE);
            if (this.buffer.subarray(0, probe).includes(0))
                return { status: 'binary', bytes: length, matches: [] };
            return { status: 'scanned', bytes: length, matches: this.matcher.scan(this.buffer, length, relativePath) };
        }
        catch {
            return { status: 'unreadable', bytes: 0, matches: [] };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/checks/secrets/gitleaks-config.js
// Loads a gitleaks TOML config (the format of gitleaks v8: [[rules]], [[rules.allowlists]] or
// [rules.allowlist], [allowlist] or [[allowlists]], [extend]) into runlens rules, so teams keep their rules.





function lineOf(source, needle) {
    const at = source.indexOf(needle);
    return at === -1 ? undefined : source.slice(0, at).split('\n').length;
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function loadGitleaksConfig(file, seen = new Set()) {
    const abs = external_node_path_.resolve(file);
    let source;
    try {
        source = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz({ file }, 'cannot read the gitleaks config', 'check the `gitleaks-config` path (relative to the step working directory)');
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(source);
    }
    catch (err) {
        if (err instanceof dist/* TomlError */.zx)
            throw new errors/* InputError */.dz({ file, line: err.line, column: err.column }, `invalid TOML: ${err.message.split('\n')[0]}`);
        throw err;
    }
    const config = {
        rules: [],
        allow: { paths: [], regexes: [], stopwords: [] },
        useDefault: false,
        disabledRules: [],
        notes: [],
    };
    const regexOf = (pattern, where, needle) => {
        const t = translateRe2(pattern);
        try {
            new RegExp(t.source, `dg${t.flags}`);
        }
        catch (err) {
            throw new errors/* InputError */.dz({ file, line: lineOf(source, needle) }, `${where}: this regex does not translate to JavaScript (${err.message})`, 'simplify it, or write the rule under `rules:` in runlens.yml');
        }
        return t;
    };
    const inline = (t) => t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;
    const extend = (doc.extend ?? {});
    config.useDefault = extend.useDefault === true;
    config.disabledRules = strings(extend.disabledRules);
    if (typeof extend.path === 'string' && extend.path !== '') {
        const base = external_node_path_.resolve(external_node_path_.dirname(abs), extend.path);
        if (!seen.has(abs)) {
            seen.add(abs);
            const parent = loadGitleaksConfig(base, seen);
            config.rules.push(...parent.rules);
            config.allow = parent.allow;
            config.notes.push(...parent.notes);
            config.useDefault ||= parent.useDefault;
        }
    }
    const rules = Array.isArray(doc.rules) ? doc.rules : [];
    for (const r of rules) {
        const id = typeof r.id === 'string' ? r.id : undefined;
        if (!id)
            throw new errors/* InputError */.dz({ file }, 'a [[rules]] entry has no `id`');
        const needle = `"${id}"`;
        if (typeof r.regex !== 'string' || r.regex === '') {
            config.notes.push(`gitleaks rule "${id}" matches file paths only; runlens scans contents, so it was skipped`);
            continue;
        }
        const re = regexOf(r.regex, `rule "${id}"`, needle);
        const allowTables = [...(Array.isArray(r.allowlists) ? r.allowlists : []), ...(r.allowlist ? [r.allowlist] : [])];
        const allow = allowTables.map((a) => ({
            condition: String(a.condition ?? 'OR').toUpperCase() === 'AND' ? 'and' : 'or',
            regexTarget: a.regexTarget === 'match' || a.regexTarget === 'line' ? a.regexTarget : 'secret',
            regexes: strings(a.regexes).map((x) => inline(regexOf(x, `rule "${id}" allowlist`, needle))),
            paths: strings(a.paths).map((x) => inline(regexOf(x, `rule "${id}" allowlist path`, needle))),
            stopwords: strings(a.stopwords),
        }));
        const secretGroup = typeof r.secretGroup === 'number' ? r.secretGroup : undefined;
        config.rules.push({
            id,
            title: typeof r.description === 'string' && r.description ? r.description : id,
            description: typeof r.description === 'string' ? r.description : id,
            provider: 'custom',
            severity: 'high',
            regex: re.source,
            flags: re.flags,
            ...(secretGroup !== undefined ? { secretGroup } : {}),
            keywords: strings(r.keywords).map((k) => k.toLowerCase()),
            ...(typeof r.entropy === 'number' ? { entropy: r.entropy } : {}),
            ...(typeof r.path === 'string' && r.path ? { path: inline(regexOf(r.path, `rule "${id}" path`, needle)) } : {}),
            allow,
        });
    }
    const globals = [
        ...(Array.isArray(doc.allowlists) ? doc.allowlists : []),
        ...(doc.allowlist ? [doc.allowlist] : []),
    ];
    for (const a of globals) {
        if (Array.isArray(a.targetRules) && a.targetRules.length > 0) {
            const targets = strings(a.targetRules);
            const extra = {
                condition: String(a.condition ?? 'OR').toUpperCase() === 'AND' ? 'and' : 'or',
                regexTarget: a.regexTarget === 'match' || a.regexTarget === 'line' ? a.regexTarget : 'secret',
                regexes: strings(a.regexes).map((x) => inline(regexOf(x, 'allowlist', 'targetRules'))),
                paths: strings(a.paths).map((x) => inline(regexOf(x, 'allowlist path', 'targetRules'))),
                stopwords: strings(a.stopwords),
            };
            for (const rule of config.rules.filter((x) => targets.includes(x.id))) {
                rule.allow = [...(Array.isArray(rule.allow) ? rule.allow : rule.allow ? [rule.allow] : []), extra];
            }
            continue;
        }
        if (a.regexTarget === 'match' || a.regexTarget === 'line') {
            config.notes.push(`a global allowlist with regexTarget "${a.regexTarget}" was applied to secrets only`);
        }
        config.allow.paths.push(...strings(a.paths).map((x) => inline(regexOf(x, 'allowlist path', '[allowlist'))));
        config.allow.regexes.push(...strings(a.regexes).map((x) => inline(regexOf(x, 'allowlist', '[allowlist'))));
        config.allow.stopwords.push(...strings(a.stopwords));
    }
    return config;
}

// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2499);
;// CONCATENATED MODULE: ./lib/checks/secrets/history.js
// Git history scope: the lines each commit of a range added, read from one streamed `git log -p -U0`
// and scanned per (commit, file) as they arrive, so memory is bounded by the largest single file diff.

const FIELD = '\x00';
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** `"a/dir/f\303\251.txt"` → `a/dir/fé.txt` (git quotes paths with unusual bytes even with quotePath off). */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const bytes = [];
    const s = p.slice(1, -1);
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const n = s[++i];
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Whether `rev` names a commit in this clone (a shallow clone may lack the PR's base). */
async function hasCommit(cwd, rev) {
    const r = await (0,execa/* execa */.Ho)('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd, reject: false });
    return r.exitCode === 0;
}
async function isGitRepository(cwd) {
    const r = await (0,execa/* execa */.Ho)('git', ['rev-parse', '--git-dir'], { cwd, reject: false });
    return r.exitCode === 0;
}
async function scanHistory(opts) {
    const result = { commits: 0, diffs: 0, bytes: 0, matches: [] };
    const rangeArgs = opts.range === '--all' ? ['--all'] : [opts.range];
    const git = (0,execa/* execa */.Ho)('git', [
        '-c',
        'core.quotePath=false',
        'log',
        '-p',
        '-U0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        // NUL-separated fields: no author name or path can contain one.
        '--format=%x00%H%x00%an%x00%ae%x00%aI',
        ...rangeArgs,
        '--',
    ], { cwd: opts.cwd, buffer: false, cancelSignal: opts.signal, stripFinalNewline: false, maxBuffer: Infinity });
    let commit;
    let path;
    let added = [];
    let lineNumbers = [];
    // Lines left in the current hunk: with -U0 every hunk line is `+` or `-`, counted by its header.
    let plusLeft = 0;
    let newLine = 0;
    const flush = () => {
        if (commit && path && added.length > 0 && !opts.excluded(path)) {
            const buf = Buffer.from(added.join('\n'), 'utf8');
            result.diffs++;
            result.bytes += buf.length;
            for (const m of opts.matcher.scan(buf, buf.length, path)) {
                result.matches.push({
                    ...m,
                    line: lineNumbers[m.line - 1] ?? m.line,
                    endLine: lineNumbers[m.endLine - 1] ?? m.endLine,
                    path,
                    commit,
                });
            }
        }
        added = [];
        lineNumbers = [];
    };
    for await (const raw of git) {
        const line = String(raw);
        if (line.startsWith(FIELD)) {
            flush();
            path = undefined;
            const [, hash, author, email, date] = line.split(FIELD);
            commit = { commit: hash, author: author, email: email, date: date };
            result.commits++;
            continue;
        }
        if (plusLeft > 0 && line.startsWith('+')) {
            added.push(line.slice(1));
            lineNumbers.push(newLine++);
            plusLeft--;
            continue;
        }
        if (line.startsWith('-') && !line.startsWith('--- '))
            continue;
        if (line.startsWith('diff --git ')) {
            flush();
            path = undefined;
            plusLeft = 0;
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            path = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
        }
        else {
            const h = HUNK.exec(line);
            if (h) {
                newLine = Number(h[1]);
                plusLeft = h[2] === undefined ? 1 : Number(h[2]);
            }
        }
    }
    flush();
    await git;
    return result;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./lib/checks/secrets/aho-corasick.js
// The keyword prefilter: one pass over the raw bytes of a file finds every occurrence of every rule
// keyword, ASCII case folded. Hand-written because the npm packages (aho-corasick, ahocorasick,
// @monyone/aho-corasick) walk JS strings through object/Map tries, one hash lookup per character, several
// times slower than the flat transition table over bytes below; and this is the loop every byte of a
// scan goes through.
function lower(byte) {
    return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}
/** Keywords are matched ASCII-case-insensitively; a keyword with capitals must also match in that exact case. */
function buildAutomaton(keywords) {
    const encoded = keywords.map((k) => Buffer.from(k, 'utf8'));
    const classes = new Uint8Array(256);
    let classCount = 1;
    for (const kw of encoded) {
        for (const b of kw) {
            const l = lower(b);
            if (classes[l] === 0) {
                classes[l] = classCount++;
                if (l >= 0x61 && l <= 0x7a)
                    classes[l - 0x20] = classes[l];
            }
        }
    }
    // Trie over folded bytes.
    const children = [new Map()];
    const terminal = [[]];
    encoded.forEach((kw, id) => {
        if (kw.length === 0)
            return;
        let s = 0;
        for (const b of kw) {
            const c = classes[lower(b)];
            let t = children[s].get(c);
            if (t === undefined) {
                t = children.length;
                children.push(new Map());
                terminal.push([]);
                children[s].set(c, t);
            }
            s = t;
        }
        terminal[s].push(id);
    });
    const stateCount = children.length;
    const next = new Int32Array(stateCount * classCount);
    const fail = new Int32Array(stateCount);
    const outLists = terminal.map((t) => [...t]);
    // Breadth-first: each state's transitions and outputs complete its failure state's.
    const queue = [];
    for (let c = 0; c < classCount; c++) {
        const t = children[0].get(c);
        if (t !== undefined && c !== 0) {
            next[c] = t;
            queue.push(t);
        }
    }
    for (let qi = 0; qi < queue.length; qi++) {
        const s = queue[qi];
        const f = fail[s];
        for (const id of outLists[f])
            outLists[s].push(id);
        for (let c = 0; c < classCount; c++) {
            const t = children[s].get(c);
            if (t !== undefined && c !== 0) {
                fail[t] = next[f * classCount + c];
                next[s * classCount + c] = t;
                queue.push(t);
            }
            else {
                next[s * classCount + c] = next[f * classCount + c];
            }
        }
    }
    const outStart = new Int32Array(stateCount);
    const outCount = new Int32Array(stateCount);
    const flat = [];
    for (let s = 0; s < stateCount; s++) {
        outStart[s] = flat.length;
        outCount[s] = outLists[s].length;
        flat.push(...outLists[s]);
    }
    // Rows instead of states, and the output flag in the sign bit (see `next`).
    for (let i = 0; i < next.length; i++) {
        const t = next[i];
        next[i] = outLists[t].length > 0 ? ~(t * classCount) : t * classCount;
    }
    return {
        classes,
        classCount,
        next,
        outStart,
        outCount,
        outputs: Int32Array.from(flat),
        lengths: Int32Array.from(encoded.map((k) => k.length)),
        exact: keywords.map((k, i) => (/[A-Z]/.test(k) ? encoded[i] : null)),
    };
}
/**
 * Calls `onHit(keywordId, start)` for every occurrence (overlapping ones included) in `bytes[0..length)`,
 * in order of where they end. Always a Buffer: one receiver type keeps this loop monomorphic (a mix of
 * Buffer and plain Uint8Array measurably slows it).
 */
function findKeywords(a, bytes, length, onHit) {
    const { classes, classCount, next, outStart, outCount, outputs, lengths, exact } = a;
    let row = 0;
    for (let i = 0; i < length; i++) {
        const t = next[row + classes[bytes[i]]];
        if (t >= 0) {
            row = t;
            continue;
        }
        row = ~t;
        const s = row / classCount;
        const o = outStart[s];
        const n = outCount[s];
        for (let k = 0; k < n; k++) {
            const id = outputs[o + k];
            const start = i - lengths[id] + 1;
            const want = exact[id];
            if (want && !sameBytes(bytes, start, want))
                continue;
            onHit(id, start);
        }
    }
}
function sameBytes(bytes, at, want) {
    for (let j = 0; j < want.length; j++)
        if (bytes[at + j] !== want[j])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/entropy.js
/** Shannon entropy in bits per character: ~4.2 for random base62, ~3.7 for hex, well under 3 for words. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let h = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        h -= p * Math.log2(p);
    }
    return h;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/placeholder.js
// What a credential-shaped string looks like when it is not a credential: documentation examples,
// template references, filler. Applied to every rule's secret (unless the rule opts out), and, for
// free-form values of generic rules, the shape checks below.
const PLACEHOLDER_WORDS = /example|placeholder|changeme|change[_-]me|redacted|dummy|foobar|lorem|ipsum|sample|insert[_-]?(?:your|key|token|here)|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|replace[_-]?(?:me|this|with)|fake[_-]?(?:key|token|secret)|not[_-]?a[_-]?real|xxxx|\*\*\*|\.\.\.|0123456789|123456789|abcdefghij|qwerty|abc123|123abc|xyz123/i;
const TEMPLATE = /\$\{|\{\{|\}\}|<%|%>|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$|^#\{/;
/** Filler and template references: `AKIAIOSFODNN7EXAMPLE`, `${TOKEN}`, `<your-token>`, `xxxx…`, `changeme`. */
function isPlaceholder(secret) {
    if (PLACEHOLDER_WORDS.test(secret) || TEMPLATE.test(secret))
        return true;
    // A run of six identical characters (`ghp_aaaaaa…`, `000000`) is filler: in a random base62 token it
    // has odds of about one in a billion per position.
    if (/(.)\1{5}/.test(secret))
        return true;
    return new Set(secret).size <= 3 && secret.length >= 8;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env\.|ENV\[|System\.getenv|secrets\.|vars\.|config\.|settings\.|self\.|this\.|ctx\.|context\.|req\.|request\.|params\.|props\.|options\.|opts\.|args\.|vault:|ref\+|arn:aws:|projects\/|sm:\/\/|op:\/\/|keyvault|azurekeyvault)/i;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\[[^\]]*\])*(?:\.[A-Za-z_$][\w$]*(?:\[[^\]]*\])*)+(?:\(\))?$/;
// Identifiers made of words, acronyms included: `TLSInspectionConfigurationResponse`, `bearerTokenAuth`.
const WORDY_IDENTIFIER = /^(?:[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]{2,}|[A-Z]{2,}$)+$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDS = /^(?:[a-z]+(?:[-_. ][a-z]+)*|[A-Za-z]+(?:[-_./:#@ ]+[A-Za-z]+)+)$/;
const CAMEL_OR_SCREAMING = /^(?:[a-z]+(?:[A-Z][a-z]*)+|[A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z]+(?:_[A-Z]+)*)$/;
const HASH_PREFIX = /^(?:sha1|sha224|sha256|sha384|sha512|md5)[-:]/i;
const FILE_NAME = /\.(?:json|ya?ml|txt|pem|key|crt|cer|p12|pfx|jks|js|mjs|ts|py|rb|go|env|ini|cfg|conf|xml|html|png|svg|lock)$/i;
/**
 * For values a generic rule caught by their key name: true when the value is evidently something other than
 * a secret — a reference to one (`process.env.X`, `${X}`), an identifier, a path, a URL, words, a UUID, an
 * integrity hash or a data URI.
 */
function isNonSecretValue(value) {
    if (UUID.test(value) || HASH_PREFIX.test(value) || value.startsWith('data:'))
        return true;
    // Credentials are ASCII; text in other scripts is a message, not a key.
    if (/[^\x20-\x7e]/.test(value))
        return true;
    if (REFERENCE.test(value) || DOTTED_IDENTIFIER.test(value))
        return true;
    if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value) || value.includes('://') || FILE_NAME.test(value))
        return true;
    if (WORDS.test(value) || CAMEL_OR_SCREAMING.test(value) || WORDY_IDENTIFIER.test(value) || DATE.test(value))
        return true;
    // Calls and collections: `getPassword()`, `[a, b]`, `{…}`.
    if (/^[\w$.]+\(.*\)$|^\[.*\]$|^\{.*\}$/.test(value))
        return true;
    // Letters only, and short: a word or identifier, not a key (random base62 of 20+ characters has digits).
    if (/^[A-Za-z_-]+$/.test(value) && value.length < 20)
        return true;
    return false;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/matcher.js
// The scanning core, shared by worker threads and the in-thread path: keyword prefilter → rule regexes on
// small windows of text around each keyword → allow rules and placeholder checks → line and column.
// Imports nothing but its own pure siblings, so a worker can load it as is.




const LINE_BEFORE = 256;
const LINE_AFTER = 1024;
const BLOCK_AFTER = 64 * 1024;
// `runlens:allow` in a comment on the line of a secret accepts it (gitleaks' marker too, for migrations).
const INLINE_ALLOW = [Buffer.from('runlens:allow'), Buffer.from('gitleaks:allow')];
/** How far from a match, within its line, the marker is looked for: minified lines run to megabytes. */
const INLINE_ALLOW_REACH = 512;
function groupCount(regex) {
    return new RegExp(`${regex.source}|`, regex.flags.replace(/[gdy]/g, '')).exec('').length - 1;
}
function compileRule(rule, index) {
    const window = rule.keywords.length === 0 ? 'file' : (rule.window ?? 'line');
    // Anchored rules match once at a given offset (sticky); the others scan a window (global).
    const flags = [...new Set(`${window === 'keyword' ? 'dy' : 'dg'}${rule.flags ?? ''}`)].join('');
    const regex = new RegExp(rule.regex, flags);
    const groups = groupCount(regex);
    const secretGroup = rule.secretGroup ?? (groups > 0 ? 1 : 0);
    if (secretGroup > groups)
        throw new Error(`rule ${rule.id}: secret group ${secretGroup} but the regex has ${groups} group(s)`);
    return {
        rule,
        index,
        regex,
        secretGroup,
        keyGroup: rule.keyGroup,
        path: rule.path ? new RegExp(rule.path) : undefined,
        allows: (Array.isArray(rule.allow) ? rule.allow : rule.allow ? [rule.allow] : []).map((a) => ({
            and: a.condition === 'and',
            paths: (a.paths ?? []).map((p) => new RegExp(p)),
            regexes: (a.regexes ?? []).map((r) => new RegExp(r)),
            target: a.regexTarget ?? 'secret',
            keys: (a.keys ?? []).map((k) => new RegExp(k, 'i')),
            stopwords: (a.stopwords ?? []).map((w) => w.toLowerCase()),
        })),
        window,
    };
}
class Matcher {
    rules;
    automaton;
    /** Keyword id → rules it triggers. */
    keywordRules;
    keywordLengths;
    alwaysRules;
    allowRegexes;
    stopwords;
    constructor(spec) {
        this.rules = spec.rules.map(compileRule);
        const ids = new Map();
        const keywords = [];
        this.keywordRules = [];
        this.alwaysRules = [];
        this.rules.forEach((r, i) => {
            if (r.rule.keywords.length === 0)
                this.alwaysRules.push(i);
            for (const kw of new Set(r.rule.keywords)) {
                let id = ids.get(kw);
                if (id === undefined) {
                    id = keywords.length;
                    ids.set(kw, id);
                    keywords.push(kw);
                    this.keywordRules.push([]);
                }
                this.keywordRules[id].push(i);
            }
        });
        this.keywordLengths = keywords.map((k) => Buffer.byteLength(k));
        this.automaton = buildAutomaton(keywords);
        this.allowRegexes = spec.allow.regexes.map((r) => new RegExp(r));
        this.stopwords = spec.allow.stopwords.map((w) => w.toLowerCase());
    }
    /** Every secret in `bytes[0..length)`, which is the file (or added lines) at repository-relative `path`. */
    scan(bytes, length, path) {
        const active = this.rules.map((r) => (!r.path || r.path.test(path)) && !r.allows.some((a) => !a.and && a.paths.some((p) => p.test(path))));
        // Per rule: flat [start, end, start, end, …] windows, merged as hits arrive in order.
        const windows = new Array(this.rules.length);
        const add = (ruleIndex, start, end) => {
            const w = windows[ruleIndex];
            if (!w) {
                windows[ruleIndex] = [start, end];
                return;
            }
            const last = w.length - 1;
            if (start <= w[last]) {
                if (end > w[last])
                    w[last] = end;
            }
            else {
                w.push(start, end);
            }
        };
        for (const i of this.alwaysRules)
            if (active[i])
                add(i, 0, length);
        // Per anchored rule: keyword offsets to try a sticky match at.
        const anchors = new Array(this.rules.length);
        findKeywords(this.automaton, bytes, length, (kw, hit) => {
            const hitEnd = hit + this.keywordLengths[kw];
            for (const i of this.keywordRules[kw]) {
                if (!active[i])
                    continue;
                const rule = this.rules[i];
                if (rule.window === 'keyword') {
                    (anchors[i] ??= []).push(hit);
                    continue;
                }
                const w = windows[i];
                if (rule.window === 'file') {
                    if (!w)
                        add(i, 0, length);
                    continue;
                }
                // Inside a window that already runs to the end of this line: nothing to add.
                if (w && rule.window === 'line' && hitEnd <= w[w.length - 1] && (bytes[w[w.length - 1]] === 10 || w[w.length - 1] === length))
                    continue;
                const start = lineStartWithin(bytes, hit, LINE_BEFORE);
                const end = rule.window === 'block' ? Math.min(length, hitEnd + BLOCK_AFTER) : lineEndWithin(bytes, hitEnd, length, LINE_AFTER);
                add(i, start, end);
            }
        });
        let text;
        const candidates = [];
        for (let i = 0; i < this.rules.length; i++) {
            const w = windows[i];
            const at = anchors[i];
            if (!w && !at)
                continue;
            // latin1 keeps one character per byte, so string offsets are byte offsets; secrets are ASCII in practice
            // and are re-decoded as UTF-8 below when they are not.
            text ??= bytes.toString('latin1', 0, length);
            const rule = this.rules[i];
            if (w)
                for (let k = 0; k < w.length; k += 2)
                    this.matchWindow(rule, text, path, w[k], w[k + 1], candidates);
            if (at)
                for (const offset of at)
                    this.matchAt(rule, text, path, offset, candidates);
        }
        if (candidates.length === 0)
            return [];
        return this.locate(bytes, length, resolveOverlaps(candidates));
    }
    matchWindow(rule, text, path, from, to, out) {
        const window = text.slice(from, to);
        const re = rule.regex;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(window)) !== null) {
            if (m[0].length === 0)
                re.lastIndex++;
            this.consider(rule, m, from, text, path, out);
        }
    }
    matchAt(rule, text, path, offset, out) {
        const re = rule.regex;
        re.lastIndex = offset;
        const m = re.exec(text);
        if (m)
            this.consider(rule, m, 0, text, path, out);
    }
    /** `m` matched `text` at `base` + its own offsets. */
    consider(rule, m, base, text, path, out) {
        const span = m.indices?.[rule.secretGroup];
        const raw = m[rule.secretGroup];
        if (!span || raw === undefined || raw.length === 0)
            return;
        const secret = /[\x80-\xff]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
        let key = rule.keyGroup !== undefined ? m[rule.keyGroup] : undefined;
        // An anchored match starts at the keyword: the key's own start (`Next` of `NextToken`) lies before it.
        if (key !== undefined && rule.window === 'keyword')
            key = keyPrefix(text, base + m.index) + key;
        if (!this.accept(rule, secret, m[0], key, text, base + m.index, path))
            return;
        out.push({
            rule,
            start: base + span[0],
            end: base + span[1],
            matchStart: base + m.index,
            matchEnd: base + m.index + m[0].length,
            secret,
        });
    }
    accept(rule, secret, match, key, text, at, path) {
        const r = rule.rule;
        if (r.entropy !== undefined && shannonEntropy(secret) < r.entropy)
            return false;
        if (!r.noPlaceholderCheck && isPlaceholder(secret))
            return false;
        if (r.check && !passesCheck(r.check, secret))
            return false;
        const lowerSecret = secret.toLowerCase();
        if (this.stopwords.some((w) => lowerSecret.includes(w)))
            return false;
        if (this.allowRegexes.some((re) => re.test(secret)))
            return false;
        for (const a of rule.allows) {
            const target = a.target === 'secret' ? secret : a.target === 'match' ? match : linesAround(text, at, match.length);
            const criteria = [
                a.paths.length > 0 ? a.paths.some((p) => p.test(path)) : undefined,
                a.regexes.length > 0 ? a.regexes.some((re) => re.test(target)) : undefined,
                a.stopwords.length > 0 ? a.stopwords.some((w) => lowerSecret.includes(w)) : undefined,
                a.keys.length > 0 ? key !== undefined && a.keys.some((k) => k.test(key)) : undefined,
            ].filter((c) => c !== undefined);
            if (criteria.length > 0 && (a.and ? criteria.every(Boolean) : criteria.some(Boolean)))
                return false;
        }
        return true;
    }
    /** Line and column of each candidate, dropping those on a line marked `runlens:allow`. */
    locate(buf, length, candidates) {
        const out = [];
        // Candidates are sorted by start; walk the newlines once.
        let line = 1;
        let lineStart = 0;
        let cursor = 0;
        const advance = (to) => {
            for (;;) {
                const nl = buf.indexOf(10, cursor);
                if (nl === -1 || nl >= to)
                    break;
                line++;
                lineStart = nl + 1;
                cursor = nl + 1;
            }
        };
        for (const c of candidates) {
            advance(c.start);
            const startLine = line;
            const startLineStart = lineStart;
            const column = columnOf(buf, startLineStart, c.start);
            // The end may be lines further on (key blocks); count without moving the shared cursor.
            let endLine = startLine;
            let endLineStart = startLineStart;
            for (let p = buf.indexOf(10, c.start); p !== -1 && p < c.end; p = buf.indexOf(10, p + 1)) {
                endLine++;
                endLineStart = p + 1;
            }
            if (inlineAllowed(buf, length, Math.min(c.start, c.matchStart), c.end))
                continue;
            out.push({
                ruleId: c.rule.rule.id,
                secret: c.secret,
                line: startLine,
                column,
                endLine,
                endColumn: columnOf(buf, endLineStart, c.end),
            });
        }
        return out;
    }
}
const KEY_CHAR = /[A-Za-z0-9_.-]/;
function keyPrefix(text, at) {
    let from = at;
    while (from > 0 && at - from < 40 && KEY_CHAR.test(text[from - 1]))
        from--;
    return text.slice(from, at);
}
function lineStartWithin(bytes, at, max) {
    const stop = Math.max(0, at - max);
    for (let p = at - 1; p >= stop; p--)
        if (bytes[p] === 10)
            return p + 1;
    return stop;
}
function lineEndWithin(bytes, from, length, max) {
    const stop = Math.min(length, from + max);
    for (let p = from; p < stop; p++)
        if (bytes[p] === 10)
            return p;
    return stop;
}
/** 1-based column in UTF-16 code units. The ASCII check is native: minified lines run to megabytes. */
function columnOf(buf, lineStart, at) {
    const prefix = buf.subarray(lineStart, at);
    return ((0,external_node_buffer_.isAscii)(prefix) ? prefix.length : prefix.toString('utf8').length) + 1;
}
function inlineAllowed(buf, length, start, end) {
    let from = start;
    for (let p = start - 1; p >= Math.max(0, start - INLINE_ALLOW_REACH) && buf[p] !== 10; p--)
        from = p;
    let to = end;
    while (to < Math.min(length, end + INLINE_ALLOW_REACH) && buf[to] !== 10)
        to++;
    const around = buf.subarray(from, to);
    return INLINE_ALLOW.some((marker) => around.includes(marker));
}
function linesAround(text, at, length) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at + length);
    return text.slice(start, nl === -1 ? text.length : nl);
}
/** Where two rules claim overlapping text, the specific one wins over the generic one, then the earlier rule. */
function resolveOverlaps(candidates) {
    candidates.sort((a, b) => a.start - b.start || rank(a) - rank(b));
    const kept = [];
    // Sorted by start, a candidate can only clash with the kept one reaching furthest.
    let reach = -1;
    for (const c of candidates) {
        const k = reach === -1 ? undefined : kept[reach];
        if (k && c.start < k.end) {
            if (rank(c) < rank(k))
                kept[reach] = c;
            continue;
        }
        kept.push(c);
        if (!k || c.end > k.end)
            reach = kept.length - 1;
    }
    return kept;
}
function rank(c) {
    return (c.rule.rule.generic ? 1_000_000 : 0) + c.rule.index;
}
function passesCheck(check, secret) {
    switch (check) {
        case 'jwt': {
            const header = decodeBase64Url(secret.slice(0, secret.indexOf('.')));
            try {
                const parsed = JSON.parse(header);
                return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
            }
            catch {
                return false;
            }
        }
        case 'basic-auth': {
            const decoded = Buffer.from(secret, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded) && !isPlaceholder(decoded.slice(colon + 1));
        }
        case 'generic-value':
            return !isNonSecretValue(secret);
    }
}
function decodeBase64Url(s) {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/checks/secrets/pool.js
// Spreads files over worker threads, one per core. The worker script is found next to this module:
// `secrets-worker.js` beside the ncc bundle (dist/), `worker.js` beside the compiled module (lib/), or
// `worker.ts` beside the source under tests, which Node runs with type stripping once a resolve hook maps
// the sources' `.js` imports to their `.ts` files.




const WORKER_FILES = ['secrets-worker.js', 'worker.js'];
const BATCH_FILES = 48;
/** Batches queued per worker, so it never waits for the next one. */
const IN_FLIGHT = 2;
const TS_BOOTSTRAP = `
(async () => {
  const { registerHooks } = await import('node:module');
  const { existsSync } = await import('node:fs');
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
        const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
        if (existsSync(ts)) return nextResolve(ts.href, context);
      }
      return nextResolve(specifier, context);
    },
  });
  await import(require('node:worker_threads').workerData.entry);
})().catch((err) => { setImmediate(() => { throw err; }); });
`;
/** Where the worker script is, or undefined when this build has none (then scanning stays in-thread). */
function locateWorker() {
    const here = import.meta.url;
    for (const name of WORKER_FILES) {
        const url = new URL(name, here);
        if ((0,external_node_fs_.existsSync)(url))
            return { file: (0,external_node_url_.fileURLToPath)(url), eval: false };
    }
    const ts = new URL('worker.ts', here);
    if (here.endsWith('.ts') && (0,external_node_fs_.existsSync)(ts))
        return { file: TS_BOOTSTRAP, eval: true, entry: ts.href };
    return undefined;
}
/** Scans `files` on `workers` threads. Rejects if a worker cannot start or crashes; the caller falls back. */
async function scanInWorkers(files, options) {
    const script = locateWorker();
    if (!script)
        throw new Error('no secrets worker script next to the scanner module');
    const batches = [];
    for (let i = 0; i < files.length; i += BATCH_FILES)
        batches.push(files.slice(i, i + BATCH_FILES));
    const total = emptyResult();
    const workers = [];
    let nextBatch = 0;
    try {
        await new Promise((resolve, reject) => {
            let pending = batches.length;
            let settled = false;
            const fail = (err) => {
                if (settled)
                    return;
                settled = true;
                reject(err);
            };
            if (pending === 0) {
                resolve();
                return;
            }
            const onAbort = () => fail(options.signal.reason instanceof Error ? options.signal.reason : new Error('aborted'));
            if (options.signal.aborted)
                return onAbort();
            options.signal.addEventListener('abort', onAbort, { once: true });
            const feed = (w) => {
                if (nextBatch < batches.length) {
                    const req = { id: nextBatch, files: batches[nextBatch] };
                    nextBatch++;
                    w.postMessage(req);
                }
            };
            const count = Math.max(1, Math.min(options.workers, batches.length));
            for (let i = 0; i < count; i++) {
                const w = new external_node_worker_threads_.Worker(script.file, {
                    eval: script.eval,
                    workerData: { ...options.init, ...(script.entry ? { entry: script.entry } : {}) },
                    // Workers inherit the parent's flags; a test runner's loader flags mean nothing to them.
                    execArgv: [],
                });
                workers.push(w);
                w.on('message', (msg) => {
                    if (msg === WORKER_HELLO) {
                        for (let k = 0; k < IN_FLIGHT; k++)
                            feed(w);
                        return;
                    }
                    const { result } = msg;
                    mergeResults(total, result);
                    pending--;
                    if (pending === 0 && !settled) {
                        settled = true;
                        options.signal.removeEventListener('abort', onAbort);
                        resolve();
                    }
                    else {
                        feed(w);
                    }
                });
                w.on('error', (err) => fail(err));
                w.on('exit', (code) => {
                    if (!settled)
                        fail(new Error(`a secrets worker exited early (code ${code})`));
                });
            }
        });
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return total;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/providers.js
// Remediation per credential provider: where to revoke and re-issue. Data; rendered into each finding's help.
const PROVIDERS = {
    aws: {
        name: 'AWS',
        rotate: 'Deactivate and delete the access key in IAM (Users → Security credentials), create a new one, and check CloudTrail for its use.',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    },
    github: {
        name: 'GitHub',
        rotate: 'Revoke the token (Settings → Developer settings → Personal access tokens, or the app/OAuth app page) and issue a new one with the least scope needed.',
        url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation',
    },
    gitlab: {
        name: 'GitLab',
        rotate: 'Revoke or rotate the token where it was created (user, project or group Access tokens; runner, deploy or trigger token pages).',
        url: 'https://docs.gitlab.com/security/tokens/',
    },
    slack: {
        name: 'Slack',
        rotate: 'Regenerate the token or webhook in the app settings (api.slack.com/apps → OAuth & Permissions / Incoming Webhooks) and revoke the old one.',
        url: 'https://api.slack.com/authentication/rotation',
    },
    stripe: {
        name: 'Stripe',
        rotate: 'Roll the key in the Dashboard (Developers → API keys → Roll key) and review recent API requests.',
        url: 'https://docs.stripe.com/keys#rolling-keys',
    },
    google: {
        name: 'Google Cloud',
        rotate: 'Delete or regenerate the key in Google Cloud console (APIs & Services → Credentials), and add API restrictions to the new one.',
        url: 'https://cloud.google.com/docs/authentication/api-keys#securing',
    },
    'gcp-service-account': {
        name: 'Google Cloud',
        rotate: 'Delete the service account key (IAM → Service accounts → Keys), create a new one only if Workload Identity Federation cannot replace it.',
        url: 'https://cloud.google.com/iam/docs/keys-create-delete',
    },
    'azure-storage': {
        name: 'Azure',
        rotate: 'Rotate the account or shared access key (Access keys → Rotate key) and update every connection string; revoke SAS tokens by rotating the key that signed them.',
        url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
    },
    'azure-ad': {
        name: 'Microsoft Entra ID',
        rotate: 'Delete the client secret in the app registration (Certificates & secrets) and add a new one, or move to a certificate or managed identity.',
    },
    'azure-devops': {
        name: 'Azure DevOps',
        rotate: 'Revoke the personal access token (User settings → Personal access tokens) and create a new one.',
    },
    npm: {
        name: 'npm',
        rotate: 'Revoke the token (`npm token revoke <id>` or npmjs.com → Access Tokens), then read it from the environment (`${NPM_TOKEN}`) in .npmrc.',
        url: 'https://docs.npmjs.com/revoking-access-tokens',
    },
    pypi: { name: 'PyPI', rotate: 'Remove the API token (pypi.org → Account settings → API tokens); prefer Trusted Publishing for CI.' },
    rubygems: { name: 'RubyGems', rotate: 'Delete the API key at rubygems.org → Settings → API keys.' },
    nuget: { name: 'NuGet', rotate: 'Delete or regenerate the API key at nuget.org → API Keys.' },
    clojars: { name: 'Clojars', rotate: 'Disable the deploy token at clojars.org → Deploy tokens.' },
    docker: {
        name: 'Docker',
        rotate: 'Delete the access token (Docker Hub → Account settings → Personal access tokens) or change the registry password, and `docker logout`.',
    },
    sendgrid: { name: 'SendGrid', rotate: 'Delete the API key (Settings → API Keys) and create a new one with restricted scopes.' },
    twilio: { name: 'Twilio', rotate: 'Delete the API key or promote a secondary auth token (Console → Account → API keys & tokens).' },
    mailgun: { name: 'Mailgun', rotate: 'Regenerate or delete the API key (Settings → API Keys).' },
    mailchimp: { name: 'Mailchimp', rotate: 'Disable the API key (Profile → Extras → API keys) and create a new one.' },
    postman: { name: 'Postman', rotate: 'Revoke the API key (Settings → API keys).' },
    linear: { name: 'Linear', rotate: 'Revoke the key (Settings → API → Personal API keys).' },
    notion: { name: 'Notion', rotate: 'Refresh the integration secret (My integrations → Secrets → Refresh).' },
    airtable: { name: 'Airtable', rotate: 'Delete or regenerate the personal access token (Builder hub → Personal access tokens).' },
    figma: { name: 'Figma', rotate: 'Revoke the personal access token (Settings → Security).' },
    atlassian: {
        name: 'Atlassian',
        rotate: 'Revoke the API token or app password (id.atlassian.com → Security → API tokens; Bitbucket → Personal settings → App passwords).',
    },
    shopify: {
        name: 'Shopify',
        rotate: 'Uninstall/reinstall the app or rotate the token and shared secret in the Partner Dashboard or app settings.',
    },
    discord: { name: 'Discord', rotate: 'Reset the bot token (Developer Portal → Bot → Reset Token) or delete and recreate the webhook.' },
    telegram: { name: 'Telegram', rotate: 'Revoke the token with @BotFather (`/revoke`).' },
    openai: { name: 'OpenAI', rotate: 'Delete the key (platform.openai.com → API keys) and create a new project-scoped one.' },
    anthropic: { name: 'Anthropic', rotate: 'Delete the key in the Anthropic Console (Settings → API keys) and create a new one.' },
    huggingface: { name: 'Hugging Face', rotate: 'Invalidate or delete the token (Settings → Access Tokens) and create a fine-grained one.' },
    groq: { name: 'Groq', rotate: 'Delete the key in the Groq console (API Keys).' },
    replicate: { name: 'Replicate', rotate: 'Revoke the token (Account → API tokens).' },
    langsmith: { name: 'LangSmith', rotate: 'Delete the key (Settings → API Keys).' },
    digitalocean: { name: 'DigitalOcean', rotate: 'Revoke the token (API → Tokens).' },
    vault: { name: 'HashiCorp Vault', rotate: 'Revoke the token (`vault token revoke`) and review its accessor in the audit log.' },
    terraform: { name: 'HCP Terraform', rotate: 'Delete the API token (User settings → Tokens, or the team/organization token page).' },
    databricks: { name: 'Databricks', rotate: 'Revoke the token (User Settings → Developer → Access tokens).' },
    doppler: { name: 'Doppler', rotate: 'Revoke the token in the Doppler dashboard (Access → Service tokens / Personal tokens).' },
    pulumi: { name: 'Pulumi', rotate: 'Delete the access token (Pulumi Cloud → Personal access tokens).' },
    planetscale: { name: 'PlanetScale', rotate: 'Delete the service token or database password in the PlanetScale dashboard.' },
    supabase: { name: 'Supabase', rotate: 'Revoke the access token (Account → Access Tokens).' },
    cloudflare: { name: 'Cloudflare', rotate: 'Roll the Origin CA key (My Profile → API Tokens → Origin CA Key → Change).' },
    heroku: { name: 'Heroku', rotate: 'Regenerate the API key (`heroku authorizations:rotate` or Account settings → API Key → Regenerate).' },
    newrelic: { name: 'New Relic', rotate: 'Delete the user key (API keys) and create a new one.' },
    grafana: { name: 'Grafana', rotate: 'Delete the token (Cloud Portal → Access Policies, or Administration → Service accounts).' },
    sentry: { name: 'Sentry', rotate: 'Revoke the auth token (Settings → Auth Tokens / Organization Tokens).' },
    dynatrace: { name: 'Dynatrace', rotate: 'Revoke the token (Access tokens).' },
    square: { name: 'Square', rotate: 'Revoke the token or replace the application secret in the Square Developer Dashboard.' },
    mapbox: { name: 'Mapbox', rotate: 'Delete the secret token (Account → Tokens).' },
    tailscale: { name: 'Tailscale', rotate: 'Revoke the key (Admin console → Settings → Keys).' },
    onepassword: { name: '1Password', rotate: 'Revoke the service account token (Developer Tools → Service Accounts).' },
    adafruit: { name: 'Adafruit IO', rotate: 'Regenerate the key (My Key → Regenerate Key).' },
    netlify: { name: 'Netlify', rotate: 'Delete the personal access token (User settings → Applications).' },
    'private-key': {
        name: 'the key owner',
        rotate: 'Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers, deploy keys, certificates — revoke and re-issue those), and remove the old one.',
    },
    jwt: {
        name: 'the token issuer',
        rotate: 'If the token is still valid, revoke it or rotate the signing key of its issuer; never commit session or service tokens.',
    },
    url: {
        name: 'the service',
        rotate: 'Change the password of that account on the database or service, then read the URL from the environment or a secret store.',
    },
    generic: {
        name: 'the service',
        rotate: 'Change the value where it is issued (the service, database or account it belongs to), then read it from the environment or a secret store.',
    },
    custom: { name: 'the service', rotate: 'Rotate the credential where it is issued, then read it from the environment or a secret store.' },
};
/** The help text of a finding: rotate first (the secret is exposed already), then purge history, then prevent. */
function remediation(provider) {
    const p = PROVIDERS[provider] ?? PROVIDERS.custom;
    const help = [
        `**1. Rotate it now.** ${p.rotate} Deleting the line is not enough: the value is already in the repository's history and every clone and CI log that saw it.`,
        '',
        '**2. Remove it from history** once rotated: `git filter-repo --replace-text <file>` (or BFG), force-push, and ask GitHub or GitLab support to purge cached views and pull/merge request refs.',
        '',
        '**3. Keep it out:** read the value from the environment or a secret store (Actions secrets, GitLab CI/CD variables).',
        '',
        'A false positive? Add `runlens:allow` in a comment on that line, an allowlist entry in the step options, or accept it into the baseline.',
    ].join('\n');
    return { help, ...(p.url ? { helpUri: p.url } : {}) };
}

;// CONCATENATED MODULE: ./lib/checks/secrets/redact.js
/**
 * What a report may show of a secret: at most its first 4 characters (fewer for short values, so a short
 * password keeps most of its length hidden), then `****`. `ghp_1234…` → `ghp_****`.
 */
function redact(secret) {
    const chars = [...secret];
    const shown = Math.min(4, Math.floor(chars.length / 4));
    return `${chars.slice(0, shown).join('')}****`;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/rules.js
// Token edges: a token does not start or end in the middle of a longer word.
const L = '(?<![A-Za-z0-9_])';
const R = '(?![A-Za-z0-9_])';
const RD = '(?![A-Za-z0-9_-])';
// `key = "`, `key: '`, `"key": "`, `key => '`, `key := "` …
// A type annotation may sit between key and `=` (TypeScript, Kotlin, Swift: `KEY: string = "…"`).
const TYPED = String.raw `(?:\s*:\s*[A-Za-z][\w<>[\]|?]*(?=\s*=))?`;
const ASSIGN = String.raw `["'\]]{0,2}${TYPED}\s*(?::=|=>|=|:)\s*["'\x60]?`;
// Context rules also accept prose and CLI forms: "set `HEROKU_API_KEY` to `…`", `--twilio-token …`.
const ASSIGN_LOOSE = String.raw `(?:${ASSIGN}|["'\]\x60]{0,2}\s+(?:to|is|=)?\s*["'\x60]?)`;
// Armoured key blocks: base64, headers (`Proc-Type: 4,ENCRYPTED`), whitespace and escaped `\n` in JSON/code.
const KEY_BODY = String.raw `[A-Za-z0-9+/=\s:,.\\"'-]{64,}?`;
function pemKey(id, title, label, severity = 'critical') {
    return {
        id,
        title,
        description: `A ${title.toLowerCase()} in PEM form.`,
        provider: 'private-key',
        severity,
        regex: `(-----BEGIN ${label}-----${KEY_BODY}-----END ${label}-----)`,
        keywords: [`-----begin ${label.toLowerCase()}-----`],
        window: 'keyword',
        noPlaceholderCheck: true,
        allow: { regexes: [String.raw `\.\.\.|xxxx|<[a-z ]+>|\[[a-z ]+\]`], regexTarget: 'secret' },
    };
}
function prefixed(id, title, provider, severity, body, keywords, extra = {}) {
    return { id, title, description: `${title}.`, provider, severity, regex: `${L}(${body})${RD}`, keywords, window: 'keyword', ...extra };
}
/**
 * Keys that mention a secret but name something else: `password_hash`, `token_url`, `secret_name`, and
 * pagination or request tokens (`NextToken`, `pageToken`, `idempotency_token`) that grant nothing.
 */
const KEY_NOT_A_SECRET = String.raw `(?:(?:next|prev|previous|page|continuation|pagination|output|input|idempotency|request|sync|cancel(?:lation)?|resume|start|end|marker|term)[_.-]?token["'\]]*$|(?:^|[_.-])(?:csrf|xsrf)|(?:name|last[_.-]?used|date|time|at|created|updated|type|url|uri|endpoint|path|file|filename|length|len|field|label|policy|prompt|placeholder|pattern|regex|format|min|max|count|expires?|expiry|expiration|ttl|header|prefix|suffix|mode|provider|method|kind|hint|help|message|msg|error|description|desc|text|title|version|env|var|ref|id|hash|digest|salt|limit|size|lifetime|timeout|enabled|required|policy|rules|strength|reset|changed|confirm|confirmation|validation|validator|storage|store|manager|service|class|handler|request|response|param|params|selector|input|display|visible|view|icon|button|link|mask|masked|char|chars|encoding|algorithm|algo|location|dir|source|index|idx|pos|position|start|end|list|map|types|kinds|names|keys|fields|options|config|settings|spec|schema|status|state|regexp|regex_|test|tests|example|sample|placeholder|default|defaults|template)["'\]]*$)`;
const GENERIC_KEYWORDS = [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'api_key',
    'api-key',
    'api.key',
    'accesskey',
    'access_key',
    'access-key',
    'authkey',
    'auth_key',
    'privatekey',
    'private_key',
    'credential',
    'pwd',
];
const BUILTIN_RULES = [
    // --- AWS -------------------------------------------------------------------------------------------
    prefixed('aws-access-key-id', 'AWS access key ID', 'aws', 'high', '(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}', [
        'AKIA',
        'ASIA',
        'ABIA',
        'ACCA',
    ]),
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        description: 'An AWS secret access key assigned to a key named like one.',
        provider: 'aws',
        severity: 'critical',
        regex: String.raw `(?:aws_?secret_?(?:access_?)?key|secret_?access_?key|secret-access-key)${ASSIGN_LOOSE}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        window: 'keyword',
        keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret'],
        entropy: 3.5,
    },
    {
        id: 'aws-session-token',
        title: 'AWS session token',
        description: 'Temporary AWS credentials (STS session token).',
        provider: 'aws',
        severity: 'high',
        regex: String.raw `session_?token${ASSIGN}([A-Za-z0-9/+=]{100,})`,
        flags: 'i',
        window: 'keyword',
        keywords: ['session_token', 'sessiontoken'],
        entropy: 4,
    },
    prefixed('aws-mws-auth-token', 'Amazon MWS auth token', 'aws', 'high', String.raw `amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, ['amzn.mws.']),
    // --- GitHub (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/) --------
    prefixed('github-pat', 'GitHub personal access token (classic)', 'github', 'critical', 'ghp_[A-Za-z0-9]{36}', ['ghp_']),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'github', 'critical', 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', ['github_pat_']),
    prefixed('github-oauth-token', 'GitHub OAuth access token', 'github', 'high', 'gho_[A-Za-z0-9]{36}', ['gho_']),
    prefixed('github-app-token', 'GitHub App user-to-server or installation token', 'github', 'high', 'gh[us]_[A-Za-z0-9]{36}', [
        'ghu_',
        'ghs_',
    ]),
    prefixed('github-refresh-token', 'GitHub App refresh token', 'github', 'high', 'ghr_[A-Za-z0-9]{36,76}', ['ghr_']),
    // --- GitLab (https://docs.gitlab.com/security/tokens/#token-prefixes) ------------------------------
    prefixed('gitlab-pat', 'GitLab personal, project or group access token', 'gitlab', 'critical', String.raw `glpat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`, ['glpat-']),
    prefixed('gitlab-runner-auth-token', 'GitLab runner authentication token', 'gitlab', 'high', String.raw `glrtr?-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`, ['glrt-', 'glrtr-']),
    prefixed('gitlab-runner-registration-token', 'GitLab runner registration token', 'gitlab', 'high', 'GR1348941[A-Za-z0-9_-]{20}', [
        'GR1348941',
    ]),
    prefixed('gitlab-deploy-token', 'GitLab deploy token', 'gitlab', 'high', 'gldt-[A-Za-z0-9_-]{20,300}', ['gldt-']),
    prefixed('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'gitlab', 'high', 'glptt-[A-Za-z0-9_-]{20,300}', ['glptt-']),
    prefixed('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'gitlab', 'medium', 'glcbt-[A-Za-z0-9_-]{20,300}', ['glcbt-']),
    prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gitlab', 'high', 'gloas-[A-Za-z0-9_-]{64}', ['gloas-']),
    prefixed('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'gitlab', 'high', 'glagent-[A-Za-z0-9_-]{50,300}', ['glagent-']),
    prefixed('gitlab-scim-token', 'GitLab SCIM OAuth token', 'gitlab', 'high', 'glsoat-[A-Za-z0-9_-]{20,300}', ['glsoat-']),
    prefixed('gitlab-feed-token', 'GitLab feed token', 'gitlab', 'medium', 'glft-[A-Za-z0-9_-]{20,300}', ['glft-']),
    prefixed('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'gitlab', 'medium', 'glimt-[A-Za-z0-9_-]{25,300}', ['glimt-']),
    prefixed('gitlab-feature-flags-token', 'GitLab feature flags client token', 'gitlab', 'low', 'glffct-[A-Za-z0-9_-]{20,300}', ['glffct-']),
    // --- Slack (https://api.slack.com/concepts/token-types) ---------------------------------------------
    prefixed('slack-bot-token', 'Slack bot token', 'slack', 'high', 'xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}', ['xoxb-']),
    prefixed('slack-user-token', 'Slack user token', 'slack', 'high', 'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}', ['xoxp-', 'xoxe-']),
    prefixed('slack-app-token', 'Slack app-level token', 'slack', 'high', 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[A-Za-z0-9]{32,80}', [
        'xapp-',
    ]),
    prefixed('slack-config-token', 'Slack configuration access or refresh token', 'slack', 'high', String.raw `xoxe(?:\.xox[bp]-[0-9]-[A-Z0-9]{163,166}|-[0-9]-[A-Z0-9]{146})`, ['xoxe']),
    prefixed('slack-legacy-token', 'Slack legacy token', 'slack', 'high', 'xox[osar]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,48}', [
        'xoxo-',
        'xoxs-',
        'xoxa-',
        'xoxr-',
    ]),
    {
        id: 'slack-webhook-url',
        title: 'Slack incoming webhook URL',
        description: 'Anyone holding the URL can post to the channel.',
        provider: 'slack',
        severity: 'medium',
        regex: String.raw `(https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,12}/[A-Za-z0-9_]{8,13}/[A-Za-z0-9_/]{20,80})`,
        keywords: ['hooks.slack.com'],
    },
    // --- Stripe (https://docs.stripe.com/keys) ----------------------------------------------------------
    prefixed('stripe-live-secret-key', 'Stripe live secret key', 'stripe', 'critical', 'sk_live_[A-Za-z0-9]{24,247}', ['sk_live_']),
    prefixed('stripe-restricted-key', 'Stripe live restricted key', 'stripe', 'high', 'rk_live_[A-Za-z0-9]{24,247}', ['rk_live_']),
    prefixed('stripe-test-key', 'Stripe test-mode secret key', 'stripe', 'low', '[sr]k_test_[A-Za-z0-9]{24,247}', ['sk_test_', 'rk_test_']),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'stripe', 'medium', 'whsec_[A-Za-z0-9+/]{32,88}', ['whsec_']),
    // --- Google -----------------------------------------------------------------------------------------
    prefixed('google-api-key', 'Google API key', 'google', 'high', 'AIza[0-9A-Za-z_-]{35}', ['AIza']),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service account key',
        description: 'The private key of a service account key file (JSON).',
        provider: 'gcp-service-account',
        severity: 'critical',
        regex: String.raw `"private_key"\s*:\s*"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)${KEY_BODY}-----END (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)?)"`,
        keywords: ['"private_key"'],
        window: 'keyword',
        noPlaceholderCheck: true,
    },
    prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'google', 'high', 'GOCSPX-[A-Za-z0-9_-]{28}', ['GOCSPX-']),
    prefixed('google-oauth-access-token', 'Google OAuth access token', 'google', 'medium', String.raw `ya29\.[0-9A-Za-z_-]{30,}`, ['ya29.']),
    prefixed('google-oauth-refresh-token', 'Google OAuth refresh token', 'google', 'high', '1//0[0-9A-Za-z_-]{40,}', ['1//0']),
    // --- Azure (https://learn.microsoft.com/en-us/purview/sit-defn-azure-*) -----------------------------
    {
        id: 'azure-storage-account-key',
        title: 'Azure storage or Cosmos DB account key',
        description: 'An account key, usually inside a connection string (`AccountKey=`).',
        provider: 'azure-storage',
        severity: 'critical',
        regex: String.raw `AccountKey\s*=\s*([A-Za-z0-9+/]{86}==)`,
        flags: 'i',
        window: 'keyword',
        keywords: ['accountkey'],
    },
    {
        id: 'azure-shared-access-key',
        title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
        description: 'A shared access key in a connection string (`SharedAccessKey=`).',
        provider: 'azure-storage',
        severity: 'critical',
        regex: String.raw `SharedAccessKey\s*=\s*([A-Za-z0-9+/]{43}=)`,
        flags: 'i',
        window: 'keyword',
        keywords: ['sharedaccesskey'],
    },
    {
        id: 'azure-sas-token',
        title: 'Azure shared access signature',
        description: 'A SAS URL or token (`sv=…&sig=…`).',
        provider: 'azure-storage',
        severity: 'high',
        regex: String.raw `(?<=[?&;])sig=([A-Za-z0-9%+/]{43,90}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])`,
        window: 'keyword',
        keywords: ['sig='],
    },
    {
        id: 'azure-ad-client-secret',
        title: 'Microsoft Entra ID (Azure AD) client secret',
        description: 'An application client secret (`…Q~…`).',
        provider: 'azure-ad',
        severity: 'high',
        regex: String.raw `(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`,
        keywords: ['Q~'],
    },
    prefixed('azure-devops-pat', 'Azure DevOps personal access token', 'azure-devops', 'high', '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', ['AZDO'], { window: 'line' }),
    // --- Package registries ------------------------------------------------------------------------------
    prefixed('npm-access-token', 'npm access token', 'npm', 'critical', 'npm_[A-Za-z0-9]{36}', ['npm_']),
    {
        id: 'npmrc-auth-token',
        title: 'npm registry auth token in .npmrc',
        description: 'A registry `_authToken` written out rather than read from the environment.',
        provider: 'npm',
        severity: 'critical',
        regex: String.raw `(?<=:)_authToken(?:\s*=\s*|\s+)["']?([^\s"'$]{16,})`,
        window: 'keyword',
        keywords: ['_authtoken'],
        entropy: 3,
    },
    prefixed('pypi-upload-token', 'PyPI upload token', 'pypi', 'critical', String.raw `pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}`, ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw']),
    prefixed('rubygems-api-key', 'RubyGems API key', 'rubygems', 'critical', 'rubygems_[a-f0-9]{48}', ['rubygems_']),
    prefixed('nuget-api-key', 'NuGet API key', 'nuget', 'critical', 'oy2[a-z0-9]{43}', ['oy2']),
    prefixed('clojars-token', 'Clojars deploy token', 'clojars', 'high', 'CLOJARS_[a-z0-9]{60}', ['CLOJARS_']),
    prefixed('dockerhub-token', 'Docker Hub personal or organization access token', 'docker', 'high', 'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}', [
        'dckr_pat_',
        'dckr_oat_',
    ]),
    {
        id: 'docker-config-auth',
        title: 'Registry credentials in a Docker config',
        description: 'An `auths` entry with base64 `user:password` (~/.docker/config.json).',
        provider: 'docker',
        severity: 'high',
        regex: String.raw `"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"`,
        window: 'keyword',
        keywords: ['"auth"'],
        check: 'basic-auth',
    },
    // --- Communication, email, SaaS APIs --------------------------------------------------------------------
    prefixed('sendgrid-api-key', 'SendGrid API key', 'sendgrid', 'high', String.raw `SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`, ['SG.']),
    prefixed('twilio-api-key', 'Twilio API key', 'twilio', 'high', 'SK[0-9a-fA-F]{32}', ['SK']),
    {
        id: 'twilio-auth-token',
        title: 'Twilio auth token',
        description: 'The account auth token, next to a Twilio key name.',
        provider: 'twilio',
        severity: 'high',
        regex: String.raw `(?i:twilio)[A-Za-z0-9_.-]{0,20}?(?i:auth|token|secret)[A-Za-z0-9_.-]{0,20}${ASSIGN_LOOSE}([0-9a-f]{32})${R}`,
        window: 'keyword',
        keywords: ['twilio'],
    },
    prefixed('mailgun-api-key', 'Mailgun API key', 'mailgun', 'high', 'key-[0-9a-f]{32}', ['key-']),
    {
        id: 'mailgun-private-api-key',
        title: 'Mailgun private API key',
        description: 'A Mailgun key in the current `xxxxxxxx…-xxxxxxxx-xxxxxxxx` format, next to a Mailgun key name.',
        provider: 'mailgun',
        severity: 'high',
        regex: String.raw `(?i:mailgun)[A-Za-z0-9_.-]{0,30}${ASSIGN_LOOSE}([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})${R}`,
        window: 'keyword',
        keywords: ['mailgun'],
    },
    prefixed('mailchimp-api-key', 'Mailchimp API key', 'mailchimp', 'high', '[0-9a-f]{32}-us[0-9]{1,2}', ['-us'], { window: 'line' }),
    prefixed('postman-api-key', 'Postman API key', 'postman', 'high', 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}', ['PMAK-']),
    prefixed('linear-api-key', 'Linear API key', 'linear', 'high', 'lin_api_[A-Za-z0-9]{40}', ['lin_api_']),
    prefixed('notion-token', 'Notion integration token', 'notion', 'high', '(?:secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})', [
        'secret_',
        'ntn_',
    ]),
    prefixed('airtable-pat', 'Airtable personal access token', 'airtable', 'high', String.raw `pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`, ['pat']),
    prefixed('figma-pat', 'Figma personal access token', 'figma', 'medium', 'figd_[A-Za-z0-9_-]{40}', ['figd_']),
    prefixed('atlassian-api-token', 'Atlassian API token', 'atlassian', 'high', 'ATATT3[A-Za-z0-9_=-]{180,200}', ['ATATT3']),
    {
        id: 'atlassian-api-token-legacy',
        title: 'Atlassian API token (legacy format)',
        description: 'A 24-character Jira/Confluence API token next to an Atlassian key name.',
        provider: 'atlassian',
        severity: 'high',
        regex: String.raw `(?i:atlassian|jira|confluence)[A-Za-z0-9_.-]{0,20}?(?i:token|key|secret|password|pass)[A-Za-z0-9_.-]{0,10}${ASSIGN_LOOSE}([A-Za-z0-9]{24})${R}`,
        window: 'keyword',
        keywords: ['atlassian', 'jira', 'confluence'],
        entropy: 3.5,
    },
    prefixed('bitbucket-app-password', 'Bitbucket app password', 'atlassian', 'high', 'ATBB[A-Za-z0-9_=.-]{32}', ['ATBB']),
    prefixed('shopify-access-token', 'Shopify Admin API access token', 'shopify', 'high', 'shpat_[a-fA-F0-9]{32}', ['shpat_']),
    prefixed('shopify-custom-app-token', 'Shopify custom app access token', 'shopify', 'high', 'shpca_[a-fA-F0-9]{32}', ['shpca_']),
    prefixed('shopify-private-app-token', 'Shopify private app access token', 'shopify', 'high', 'shppa_[a-fA-F0-9]{32}', ['shppa_']),
    prefixed('shopify-shared-secret', 'Shopify app shared secret', 'shopify', 'high', 'shpss_[a-fA-F0-9]{32}', ['shpss_']),
    {
        id: 'discord-bot-token',
        title: 'Discord bot token',
        description: 'A bot token (base64 user id . timestamp . HMAC) in a file that mentions Discord.',
        provider: 'discord',
        severity: 'high',
        regex: String.raw `(?<![A-Za-z0-9_-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])`,
        keywords: ['discord'],
        window: 'file',
        entropy: 4,
    },
    {
        id: 'discord-webhook-url',
        title: 'Discord webhook URL',
        description: 'Anyone holding the URL can post to the channel.',
        provider: 'discord',
        severity: 'medium',
        regex: String.raw `(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68})`,
        keywords: ['discord'],
    },
    prefixed('telegram-bot-token', 'Telegram bot token', 'telegram', 'high', '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}', [':AA'], { window: 'line' }),
    // --- AI providers ------------------------------------------------------------------------------------
    prefixed('openai-api-key', 'OpenAI API key', 'openai', 'high', 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}', ['T3BlbkFJ'], { window: 'line' }),
    prefixed('anthropic-api-key', 'Anthropic API key', 'anthropic', 'high', 'sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA', ['sk-ant-']),
    prefixed('huggingface-token', 'Hugging Face access token', 'huggingface', 'high', 'hf_[A-Za-z]{34}', ['hf_']),
    prefixed('huggingface-org-token', 'Hugging Face organization API token', 'huggingface', 'high', 'api_org_[A-Za-z]{34}', ['api_org_']),
    prefixed('groq-api-key', 'Groq API key', 'groq', 'high', 'gsk_[A-Za-z0-9]{52}', ['gsk_']),
    prefixed('replicate-api-token', 'Replicate API token', 'replicate', 'high', 'r8_[A-Za-z0-9]{37}', ['r8_']),
    prefixed('langsmith-api-key', 'LangSmith API key', 'langsmith', 'medium', 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', ['lsv2_']),
    // --- Cloud, infrastructure, observability ------------------------------------------------------------
    prefixed('digitalocean-token', 'DigitalOcean access or refresh token', 'digitalocean', 'critical', 'do[opr]_v1_[a-f0-9]{64}', [
        'dop_v1_',
        'doo_v1_',
        'dor_v1_',
    ]),
    prefixed('hashicorp-vault-token', 'HashiCorp Vault token', 'vault', 'critical', String.raw `hv[sb]\.[A-Za-z0-9_-]{90,}`, ['hvs.', 'hvb.']),
    prefixed('terraform-cloud-token', 'Terraform Cloud / HCP Terraform API token', 'terraform', 'critical', String.raw `[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}`, ['.atlasv1.'], { window: 'line' }),
    prefixed('databricks-token', 'Databricks personal access token', 'databricks', 'high', 'dapi[a-f0-9]{32}(?:-[0-9])?', ['dapi']),
    prefixed('doppler-token', 'Doppler service or personal token', 'doppler', 'high', String.raw `dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}`, ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.']),
    prefixed('pulumi-access-token', 'Pulumi access token', 'pulumi', 'high', 'pul-[a-f0-9]{40}', ['pul-']),
    prefixed('planetscale-token', 'PlanetScale token or password', 'planetscale', 'high', 'pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}', [
        'pscale_',
    ]),
    prefixed('supabase-access-token', 'Supabase personal access token', 'supabase', 'high', 'sbp_[a-f0-9]{40}', ['sbp_']),
    prefixed('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', 'cloudflare', 'high', 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', ['v1.0-']),
    prefixed('heroku-api-key', 'Heroku API key', 'heroku', 'high', 'HRKU-[A-Za-z0-9_-]{58,64}', ['HRKU-']),
    {
        id: 'heroku-api-key-legacy',
        title: 'Heroku API key (UUID format)',
        description: 'A UUID-shaped Heroku API key next to a Heroku key name.',
        provider: 'heroku',
        severity: 'high',
        regex: String.raw `(?i:heroku)[A-Za-z0-9_.-]{0,20}?(?i:key|token|secret|auth)[A-Za-z0-9_.-]{0,10}${ASSIGN_LOOSE}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`,
        window: 'keyword',
        keywords: ['heroku'],
    },
    prefixed('new-relic-user-key', 'New Relic user API key', 'newrelic', 'high', 'NRAK-[A-Z0-9]{27}', ['NRAK-']),
    prefixed('grafana-cloud-token', 'Grafana Cloud API token', 'grafana', 'high', 'glc_[A-Za-z0-9+/]{32,400}={0,2}', ['glc_']),
    prefixed('grafana-service-account-token', 'Grafana service account token', 'grafana', 'high', 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', [
        'glsa_',
    ]),
    prefixed('sentry-auth-token', 'Sentry auth token', 'sentry', 'high', '(?:sntrys_eyJ[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64})', [
        'sntrys_',
        'sntryu_',
    ]),
    prefixed('dynatrace-api-token', 'Dynatrace API token', 'dynatrace', 'high', String.raw `dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}`, ['dt0c01.']),
    prefixed('square-access-token', 'Square access token', 'square', 'high', '(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})', [
        'EAAA',
        'sq0atp-',
    ]),
    prefixed('square-oauth-secret', 'Square OAuth application secret', 'square', 'high', 'sq0csp-[A-Za-z0-9_-]{43}', ['sq0csp-']),
    prefixed('mapbox-secret-token', 'Mapbox secret access token', 'mapbox', 'high', String.raw `sk\.eyJ[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{20,}`, ['sk.eyJ']),
    prefixed('tailscale-key', 'Tailscale auth or API key', 'tailscale', 'high', 'tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{7,}-[A-Za-z0-9]{20,}', ['tskey-']),
    prefixed('onepassword-service-account-token', '1Password service account token', 'onepassword', 'critical', 'ops_eyJ[A-Za-z0-9+/]{250,}={0,3}', ['ops_eyJ']),
    prefixed('adafruit-io-key', 'Adafruit IO key', 'adafruit', 'medium', 'aio_[A-Za-z0-9]{28}', ['aio_']),
    prefixed('netlify-access-token', 'Netlify personal access token', 'netlify', 'high', 'nfp_[A-Za-z0-9]{36,40}', ['nfp_']),
    prefixed('age-secret-key', 'age secret key', 'private-key', 'critical', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', [
        'AGE-SECRET-KEY-1',
    ]),
    // --- Private keys --------------------------------------------------------------------------------------
    pemKey('private-key-rsa', 'RSA private key', 'RSA PRIVATE KEY'),
    pemKey('private-key-ec', 'EC private key', 'EC PRIVATE KEY'),
    pemKey('private-key-dsa', 'DSA private key', 'DSA PRIVATE KEY'),
    pemKey('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY'),
    pemKey('private-key-pkcs8', 'PKCS#8 private key', 'PRIVATE KEY'),
    pemKey('private-key-pkcs8-encrypted', 'Encrypted PKCS#8 private key', 'ENCRYPTED PRIVATE KEY', 'high'),
    pemKey('pgp-private-key', 'PGP private key block', 'PGP PRIVATE KEY BLOCK'),
    {
        id: 'putty-private-key',
        title: 'PuTTY private key',
        description: 'A PuTTY .ppk private key.',
        provider: 'private-key',
        severity: 'critical',
        regex: String.raw `PuTTY-User-Key-File-[23]:[\s\S]{0,2000}?Private-Lines:\s*[0-9]+\s+([A-Za-z0-9+/=\s]{64,}?)\s*Private-(?:MAC|Hash)`,
        keywords: ['putty-user-key-file-'],
        window: 'keyword',
        noPlaceholderCheck: true,
    },
    // --- Tokens and credentials of no one provider ----------------------------------------------------------
    {
        id: 'jwt',
        title: 'JSON Web Token',
        description: 'A signed JWT; it may still be valid, and its claims may be sensitive.',
        provider: 'jwt',
        severity: 'medium',
        regex: String.raw `(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-])`,
        window: 'keyword',
        keywords: ['eyJ'],
        check: 'jwt',
        noPlaceholderCheck: true,
        // jwt.io's example token, in countless READMEs.
        allow: { regexes: ['eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'] },
    },
    {
        id: 'connection-url-credentials',
        title: 'Credentials in a connection URL',
        description: 'A password in the user-info part of a URL (`scheme://user:password@host`).',
        provider: 'url',
        severity: 'high',
        regex: String.raw `(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30})://([^\s:@/"'<>\x60\\{}$]{0,128}):([^\s@/"'<>\x60\\]{6,128})@[A-Za-z0-9_.[\]-]+`,
        window: 'keyword',
        keywords: ['://'],
        secretGroup: 2,
        keyGroup: 1,
        allow: {
            stopwords: ['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'user', 'username', 'dbpass', 'token', 'foo', 'bar'],
            regexes: [String.raw `^[0-9]{1,5}$`, String.raw `^[*xX.]+$`, String.raw `^[$%{<\[]`],
        },
    },
    {
        id: 'generic-secret',
        title: 'Hard-coded secret',
        description: 'A high-entropy string assigned to a key named like a password, secret, token or API key.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.-]{0,24}?)["'\]]{0,2}${TYPED}\s*(?::=|=>|==|=|:)\s*(?:[@frbu]?["'\x60])([^"'\x60\s\\]{8,256})["'\x60]`,
        flags: 'i',
        secretGroup: 2,
        keyGroup: 1,
        window: 'keyword',
        keywords: GENERIC_KEYWORDS,
        entropy: 3.5,
        check: 'generic-value',
        generic: true,
        allow: { keys: [KEY_NOT_A_SECRET] },
    },
    {
        id: 'generic-secret-attribute',
        title: 'Hard-coded secret in a key/value pair',
        description: 'A high-entropy value in `key="…password…" value="…"` (.NET appSettings, XML and HTML configs).',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `(?<=(?:key|name)\s*=\s*["'][A-Za-z0-9_.:-]{0,40})((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.:-]{0,24}?)["']\s+value\s*=\s*["']([^"'\s]{8,256})["']`,
        flags: 'i',
        secretGroup: 2,
        keyGroup: 1,
        window: 'keyword',
        keywords: GENERIC_KEYWORDS,
        entropy: 3.5,
        check: 'generic-value',
        generic: true,
        allow: { keys: [KEY_NOT_A_SECRET] },
    },
    {
        id: 'generic-secret-config',
        title: 'Hard-coded secret in a config file',
        description: 'An unquoted high-entropy value assigned to a password, secret, token or API key in an env, YAML, properties or INI file.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `(?<=^[ \t]*(?:export[ \t]+|-[ \t]+)?[A-Za-z0-9_.-]{0,40})((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.-]{0,24}?)[ \t]*[:=][ \t]*([^\s"'#]{8,256})[ \t]*(?:#.*)?$`,
        flags: 'im',
        secretGroup: 2,
        keyGroup: 1,
        window: 'keyword',
        keywords: GENERIC_KEYWORDS,
        entropy: 3.5,
        check: 'generic-value',
        generic: true,
        path: String.raw `(?:^|/)(?:\.env[^/]*|[^/]*\.(?:env|ya?ml|properties|ini|cfg|conf|toml|tfvars|sh|bash|zsh)|Dockerfile[^/]*|docker-compose[^/]*)$`,
        allow: { keys: [KEY_NOT_A_SECRET] },
    },
];

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
;// CONCATENATED MODULE: ./lib/checks/secrets/tree.js
// Lists the working-tree files to scan: under the given paths, minus what .gitignore files (nested ones
// included, deeper ones winning, as git reads them) and the allowlist exclude, minus `.git/`, the output
// directory and symlinks. Symlinks are never followed: one inside the root points at a file that is
// scanned under its own path, and one leaving the root points at something that is not the repository's.



const READDIR_CONCURRENCY = 16;
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
async function loadIgnore(file) {
    try {
        return ignore().add(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Ignored when the deepest .gitignore with an opinion says so (a `!pattern` there re-includes). */
function isIgnored(layers, rel, isDir) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const { base, ig } = layers[i];
        const sub = base === '' ? rel : rel.slice(base.length + 1);
        const r = ig.test(isDir ? `${sub}/` : sub);
        if (r.ignored)
            return true;
        if (r.unignored)
            return false;
    }
    return false;
}
async function listTree(opts) {
    const out = { files: [], symlinksInside: 0, symlinksOutside: 0, ignored: 0 };
    const skip = new Set(opts.skipDirs.map((d) => external_node_path_.resolve(d)));
    const rootReal = await (0,promises_.realpath)(opts.root).catch(() => opts.root);
    const seen = new Set();
    const rootLayers = [];
    if (opts.gitignore) {
        const exclude = await loadIgnore(external_node_path_.join(opts.root, '.git', 'info', 'exclude'));
        if (exclude)
            rootLayers.push({ base: '', ig: exclude });
    }
    /** The .gitignore layers that apply inside `dirRel`, from the root down (for scan paths below the root). */
    const layersFor = async (dirRel) => {
        const layers = [...rootLayers];
        if (!opts.gitignore)
            return layers;
        const parts = dirRel === '' ? [] : dirRel.split('/');
        for (let i = 0; i <= parts.length; i++) {
            const base = parts.slice(0, i).join('/');
            const ig = await loadIgnore(external_node_path_.join(opts.root, base, '.gitignore'));
            if (ig)
                layers.push({ base, ig });
        }
        return layers;
    };
    const classifySymlink = async (abs) => {
        const target = await (0,promises_.realpath)(abs).catch(() => undefined);
        if (target && (target === rootReal || target.startsWith(rootReal + external_node_path_.sep)))
            out.symlinksInside++;
        else
            out.symlinksOutside++;
    };
    const queue = [];
    for (const p of opts.paths) {
        const abs = external_node_path_.resolve(p);
        const rel = toPosix(external_node_path_.relative(opts.root, abs));
        if (rel.startsWith('..') || external_node_path_.isAbsolute(rel))
            continue;
        const st = await (0,promises_.lstat)(abs).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink()) {
            await classifySymlink(abs);
        }
        else if (st.isFile()) {
            if (!seen.has(abs) && !opts.excluded(rel)) {
                seen.add(abs);
                out.files.push([abs, rel]);
            }
        }
        else if (st.isDirectory()) {
            queue.push({ abs, rel, layers: await layersFor(rel) });
        }
    }
    const visit = async (job) => {
        if (skip.has(job.abs) || seen.has(job.abs))
            return;
        seen.add(job.abs);
        const entries = await (0,promises_.readdir)(job.abs, { withFileTypes: true }).catch(() => []);
        let layers = job.layers;
        if (opts.gitignore && job.rel !== '' && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const ig = await loadIgnore(external_node_path_.join(job.abs, '.gitignore'));
            if (ig)
                layers = [...layers, { base: job.rel, ig }];
        }
        for (const e of entries) {
            const abs = external_node_path_.join(job.abs, e.name);
            const rel = job.rel === '' ? e.name : `${job.rel}/${e.name}`;
            if (e.isDirectory()) {
                if (e.name === '.git' || skip.has(abs))
                    continue;
                if (isIgnored(layers, rel, true)) {
                    out.ignored++;
                    continue;
                }
                if (opts.excluded(`${rel}/`))
                    continue;
                queue.push({ abs, rel, layers });
            }
            else if (e.isFile()) {
                if (isIgnored(layers, rel, false)) {
                    out.ignored++;
                    continue;
                }
                if (opts.excluded(rel))
                    continue;
                out.files.push([abs, rel]);
            }
            else if (e.isSymbolicLink()) {
                await classifySymlink(abs);
            }
        }
    };
    // A bounded number of readdirs in flight: directory trees are wide, and each readdir is a round trip.
    const running = new Set();
    while (queue.length > 0 || running.size > 0) {
        if (opts.signal.aborted)
            throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted');
        while (queue.length > 0 && running.size < READDIR_CONCURRENCY) {
            const p = visit(queue.pop()).finally(() => running.delete(p));
            running.add(p);
        }
        if (running.size > 0)
            await Promise.race(running);
    }
    // Deterministic order: findings and baselines should not depend on readdir timing.
    out.files.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/scan.js
// The secret scan end to end: rules from the built-ins, runlens.yml and a gitleaks config; the working
// tree (worker threads) and the history range; masking; findings with fingerprints; the baseline.



















const SECRETS_TOOL = 'runlens-secrets';
/** Below this many files, starting worker threads (~30 ms each) costs more than it saves. */
const IN_THREAD_MAX_FILES = 200;
/** The rules and allowlist a scan runs with, from the options. */
function resolveRules(options, cwd) {
    const notes = [];
    let rules = [...BUILTIN_RULES];
    const allow = { paths: [], regexes: [], stopwords: [...options.allowlist.stopwords] };
    if (options['gitleaks-config']) {
        const g = loadGitleaksConfig(external_node_path_.resolve(cwd, options['gitleaks-config']));
        notes.push(...g.notes);
        rules = g.useDefault ? rules.filter((r) => !g.disabledRules.includes(r.id)) : [];
        const ids = new Set(g.rules.map((r) => r.id));
        rules = [...rules.filter((r) => !ids.has(r.id)), ...g.rules];
        allow.paths.push(...g.allow.paths);
        allow.regexes.push(...g.allow.regexes);
        allow.stopwords.push(...g.allow.stopwords);
    }
    const disabled = new Set(options['disable-rules']);
    rules = rules.filter((r) => !disabled.has(r.id));
    for (const c of options.rules) {
        const re = translateRe2(c.regex);
        const rule = {
            id: c.id,
            title: c.title ?? c.id,
            description: c.description ?? c.title ?? c.id,
            provider: 'custom',
            severity: c.severity,
            regex: re.source,
            flags: re.flags,
            keywords: c.keywords,
            ...(c['secret-group'] !== undefined ? { secretGroup: c['secret-group'] } : {}),
            ...(c.entropy !== undefined ? { entropy: c.entropy } : {}),
            ...(c.path ? { path: inlineFlags(translateRe2(c.path)) } : {}),
            allow: { regexes: c.allowlist.regexes.map((r) => inlineFlags(translateRe2(r))), stopwords: c.allowlist.stopwords },
        };
        rules = [...rules.filter((r) => r.id !== c.id), rule];
    }
    allow.regexes.push(...options.allowlist.regexes.map((r) => inlineFlags(translateRe2(r))));
    return { spec: { rules, allow }, notes, excludedPaths: options.allowlist.paths };
}
function inlineFlags(t) {
    return t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;
}
function sha256(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex');
}
/** The history range to scan, or why there is none. */
function historyRange(options, platform) {
    if (options.history === 'off')
        return undefined;
    if (options.history === 'all')
        return '--all';
    if (options.history !== 'auto')
        return options.history;
    if (platform.kind !== 'local' && platform.baseSha && platform.sha && platform.baseSha !== platform.sha)
        return `${platform.baseSha}..${platform.sha}`;
    return undefined;
}
async function scanFilesInThread(scanner, files, signal) {
    const total = emptyResult();
    for (let i = 0; i < files.length; i += 32) {
        if (signal.aborted)
            throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
        mergeResults(total, scanBatch(scanner, files.slice(i, i + 32)));
        // Let timers and the abort signal through between batches.
        await new Promise((r) => setImmediate(r));
    }
    return total;
}
async function scanSecrets(input) {
    const started = performance.now();
    const { options } = input;
    const { spec, notes, excludedPaths } = resolveRules(options, input.cwd);
    // As in .gitignore, a glob without a slash matches a name at any depth (`*.min.js`).
    const globs = excludedPaths.map((g) => (g.includes('/') ? g.replace(/^\.?\//, '') : `**/${g}`));
    const globMatch = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
    const pathRegexes = spec.allow.paths.map((p) => new RegExp(p));
    const excluded = (rel) => globMatch(rel) || (rel.endsWith('/') && globMatch(rel.slice(0, -1))) || pathRegexes.some((r) => r.test(rel));
    const matcher = new Matcher(spec);
    const rulesById = new Map(spec.rules.map((r) => [r.id, r]));
    const maxFileSize = options['max-file-size'];
    const stats = {
        rules: spec.rules.length,
        files: 0,
        bytes: 0,
        binary: 0,
        tooLarge: 0,
        unreadable: 0,
        ignored: 0,
        symlinksInside: 0,
        symlinksOutside: 0,
        workers: 0,
        commits: 0,
        historyBytes: 0,
        durationMs: 0,
    };
    // --- working tree ---
    let tree = emptyResult();
    if (options.tree) {
        const listing = await input.phase('list files', () => listTree({
            root: input.workspace,
            paths: options.paths.map((p) => external_node_path_.resolve(input.cwd, p)),
            gitignore: options.gitignore,
            skipDirs: input.skipDirs,
            excluded,
            signal: input.signal,
        }));
        Object.assign(stats, { ignored: listing.ignored, symlinksInside: listing.symlinksInside, symlinksOutside: listing.symlinksOutside });
        const wanted = options.workers === 'auto' ? (0,external_node_os_.availableParallelism)() : options.workers;
        const workers = listing.files.length < IN_THREAD_MAX_FILES ? 0 : Math.min(wanted, Math.ceil(listing.files.length / 48));
        tree = await input.phase('scan working tree', async () => {
            if (workers > 0) {
                try {
                    const r = await scanInWorkers(listing.files, { workers, init: { spec, maxFileSize }, signal: input.signal });
                    stats.workers = workers;
                    return r;
                }
                catch (err) {
                    if (input.signal.aborted)
                        throw err;
                    input.log(`secrets: worker threads unavailable (${err.message}); scanning in this thread`);
                }
            }
            return scanFilesInThread(new FileScanner(matcher, maxFileSize), listing.files, input.signal);
        }, { 'runlens.secrets.files': listing.files.length, 'runlens.secrets.workers': workers });
        Object.assign(stats, {
            files: tree.counts.scanned,
            bytes: tree.bytes,
            binary: tree.counts.binary,
            tooLarge: tree.counts['too-large'],
            unreadable: tree.counts.unreadable,
        });
    }
    // --- history ---
    let history;
    const range = historyRange(options, input.platform);
    if (range) {
        stats.range = range === '--all' ? 'all commits' : range;
        const explicit = options.history !== 'auto';
        if (!(await isGitRepository(input.workspace))) {
            if (explicit)
                throw new errors/* RunlensError */.YD(`secrets: history: ${input.workspace} is not a git repository; set \`history: off\``);
            stats.historySkipped = 'the workspace is not a git repository';
        }
        else {
            const ends = range.includes('..') ? range.split(/\.{2,3}/).filter((e) => e !== '') : [];
            let absent;
            for (const end of ends)
                if (absent === undefined && !(await hasCommit(input.workspace, end)))
                    absent = end;
            if (absent !== undefined) {
                const which = absent === ends[0] ? 'base' : 'head';
                const why = `the ${which} commit ${absent.slice(0, 12)} is not in this clone (shallow checkout?) — fetch the full history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 on GitLab)`;
                if (explicit)
                    throw new errors/* RunlensError */.YD(`secrets: history: ${why}`);
                stats.historySkipped = why;
            }
            else {
                try {
                    history = await input.phase('scan history', () => scanHistory({ cwd: input.workspace, range, matcher, excluded, signal: input.signal }), {
                        'runlens.secrets.range': stats.range ?? '',
                    });
                }
                catch (err) {
                    if (input.signal.aborted)
                        throw err;
                    const stderr = err.stderr;
                    throw new errors/* RunlensError */.YD(`secrets: history: git log ${range} failed: ${typeof stderr === 'string' && stderr ? stderr.trim() : err.message}`);
                }
                stats.commits = history.commits;
                stats.historyBytes = history.bytes;
            }
        }
        if (stats.historySkipped)
            input.log(`secrets: history not scanned: ${stats.historySkipped}`);
    }
    // Mask before anything could print a value: each value once, and each line of a multi-line one on its own
    // too, since CI runners match their output line by line (the BEGIN/END armour lines are not secret).
    const masked = new Set();
    const mask = (value) => {
        if (masked.has(value))
            return;
        masked.add(value);
        input.mask(value);
    };
    for (const secret of [...tree.matches.flatMap((f) => f.matches), ...(history?.matches ?? [])].map((m) => m.secret)) {
        mask(secret);
        if (secret.includes('\n'))
            for (const line of secret.split(/\r?\n/))
                if (line.trim().length >= 8 && !line.startsWith('-----'))
                    mask(line.trim());
    }
    // --- findings ---
    const all = [];
    const byFingerprint = new Map();
    const occurrences = new Map();
    const toFinding = (m, file, commit) => {
        const rule = rulesById.get(m.ruleId);
        const hash = sha256(m.secret);
        const identity = `${rule.id}\0${file}\0${hash}`;
        let fingerprint;
        if (commit) {
            fingerprint = (0,findings_fingerprint/* fingerprintOf */.a)(rule.id, file, hash);
            const same = byFingerprint.get(fingerprint);
            if (same) {
                // Already reported (from the tree, or from another commit of the range): note where it came in.
                if (same.properties?.commit === undefined) {
                    same.properties = { ...same.properties, commit: commit.commit, author: `${commit.author} <${commit.email}>`, date: commit.date };
                }
                return undefined;
            }
        }
        else {
            const n = occurrences.get(identity) ?? 0;
            occurrences.set(identity, n + 1);
            // The nth copy of the same secret in a file gets its own fingerprint; the first keeps the plain one.
            fingerprint = n === 0 ? (0,findings_fingerprint/* fingerprintOf */.a)(rule.id, file, hash) : (0,findings_fingerprint/* fingerprintOf */.a)(rule.id, file, hash, n);
        }
        const shown = redact(m.secret);
        const where = commit ? ` added in commit ${commit.commit.slice(0, 12)} by ${commit.author} (${commit.date.slice(0, 10)})` : '';
        const finding = {
            tool: SECRETS_TOOL,
            toolVersion: version/* RUNLENS_VERSION */.j,
            ruleId: rule.id,
            title: rule.title,
            message: `${rule.title} \`${shown}\`${where}. Rotate it, then remove it from history.`,
            severity: rule.severity,
            category: 'secret',
            location: { path: file, startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: shown },
            fingerprint,
            ...remediation(rule.provider),
            stepId: input.stepId,
            properties: commit
                ? { scope: 'history', commit: commit.commit, author: `${commit.author} <${commit.email}>`, date: commit.date }
                : { scope: 'tree' },
        };
        byFingerprint.set(fingerprint, finding);
        return finding;
    };
    for (const f of tree.matches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        for (const m of f.matches) {
            const finding = toFinding(m, f.path);
            if (finding)
                all.push(finding);
        }
    }
    // `git log` lists newest first; walk oldest first so a secret is attributed to the commit that added it.
    for (const m of [...(history?.matches ?? [])].reverse()) {
        const finding = toFinding(m, m.path, m.commit);
        if (finding)
            all.push(finding);
    }
    let findings = all;
    let baselined = 0;
    if (options.baseline) {
        const known = await readBaseline(external_node_path_.resolve(input.cwd, options.baseline));
        findings = all.filter((f) => !known.has(f.fingerprint));
        baselined = all.length - findings.length;
    }
    stats.durationMs = Math.round(performance.now() - started);
    return { findings, all, baselined, stats, notes };
}

;// CONCATENATED MODULE: ./lib/checks/secrets/check.js
// `uses: secrets`: credentials in the working tree and in the commits a pull/merge request adds.






function mb(bytes) {
    return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
}
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
/** The step's own lines in the job summary; the findings themselves are rendered by the reporters. */
function summaryOf(r, maxFileSize, baselineArtifact) {
    const s = r.stats;
    const lines = [];
    const scope = [`${plural(s.files, 'file')} (${mb(s.bytes)})`];
    if (s.range)
        scope.push(`${plural(s.commits, 'commit')} of ${s.range}`);
    lines.push(`Scanned ${scope.join(' and ')} with ${plural(s.rules, 'rule')} in ${(s.durationMs / 1000).toFixed(2)} s${s.workers > 0 ? ` on ${plural(s.workers, 'worker thread')}` : ''}.`);
    const known = r.baselined > 0 ? ` (${r.baselined} more known in the baseline, not reported)` : '';
    lines.push(r.findings.length === 0 ? `No new secrets${known}.` : `**${plural(r.findings.length, 'secret')} found**${known}.`);
    const skipped = [];
    if (s.binary)
        skipped.push(`${s.binary} binary`);
    if (s.tooLarge)
        skipped.push(`${s.tooLarge} larger than ${mb(maxFileSize)}`);
    if (s.unreadable)
        skipped.push(`${s.unreadable} unreadable`);
    if (s.ignored)
        skipped.push(`${s.ignored} ignored by .gitignore`);
    if (s.symlinksInside + s.symlinksOutside > 0)
        skipped.push(`${s.symlinksInside + s.symlinksOutside} symlinks (${s.symlinksOutside} leaving the repository)`);
    if (skipped.length > 0)
        lines.push(`Skipped: ${skipped.join(', ')}.`);
    if (s.historySkipped)
        lines.push(`⚠️ History not scanned: ${s.historySkipped}.`);
    for (const n of r.notes)
        lines.push(`Note: ${n}.`);
    if (r.all.length > 0)
        lines.push(`To accept the current secrets as known, commit \`${baselineArtifact}\` and set \`baseline:\` to it.`);
    return lines.join('\n\n');
}
const secretsCheck = defineCheck({
    kind: 'secrets',
    description: 'Find credentials (tokens, keys, passwords) in the working tree and in the commits of a pull/merge request.',
    options: secretsOptions,
    async run(ctx) {
        const result = await scanSecrets({
            stepId: ctx.stepId,
            workspace: ctx.workspace,
            cwd: ctx.cwd,
            options: ctx.options,
            platform: ctx.platform,
            signal: ctx.signal,
            skipDirs: [ctx.outputDir],
            log: (line) => ctx.log(line),
            mask: (value) => ctx.mask(value),
            phase: (name, fn, attributes) => ctx.phase(name, fn, attributes),
        });
        const s = result.stats;
        ctx.log(`secrets: ${s.files} files (${mb(s.bytes)})${s.range ? `, ${s.commits} commits` : ''}, ${s.rules} rules, ${s.durationMs} ms: ` +
            `${result.findings.length} findings${result.baselined ? `, ${result.baselined} in the baseline` : ''}`);
        for (const n of result.notes)
            ctx.log(`secrets: ${n}`);
        // Fingerprints only: a file to commit as `baseline:` when these secrets are accepted as known.
        const baselineFile = external_node_path_.join(ctx.outputDir, 'secrets', `${ctx.stepId}.baseline.json`);
        await (0,atomic_write/* atomicWriteFile */.R)(baselineFile, `${JSON.stringify(baselineOf(result.all), null, 2)}\n`);
        const artifact = external_node_path_.relative(ctx.workspace, baselineFile).split(external_node_path_.sep).join('/');
        return {
            findings: result.findings,
            artifacts: [artifact],
            summary: summaryOf(result, ctx.options['max-file-size'], artifact),
        };
    },
});

;// CONCATENATED MODULE: ./lib/checks/registry.js



// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check has its own option type; callers pass the options its schema parsed
const CHECKS = [sarifCheck, secretsCheck, goldenCheck];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
function findCheck(kind) {
    return CHECKS.find((c) => c.kind === kind);
}


/***/ }),

/***/ 6804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
// `1h30m`, `45s`, `250ms`, or a bare number of seconds. Written here because the common
// libraries (ms, parse-duration) either reject compound forms or accept units CI configs never use.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
function parseDuration(input) {
    if (typeof input === 'number')
        return Number.isFinite(input) && input >= 0 ? input * 1000 : undefined;
    const text = input.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    let total = 0;
    let at = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m; m = PART.exec(text)) {
        total += Number(m[1]) * UNIT_MS[m[2]];
        at = PART.lastIndex;
    }
    return at === text.length && at > 0 ? total : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return m < 60 ? `${m}m${String(s).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}


/***/ }),

/***/ 8454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/checks/registry.js + 23 modules
var registry = __webpack_require__(174);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/config/default-pipeline.js
// With no runlens.yml, runlens still does something useful: scan the repository (DESIGN.md: secrets + deps).


/** Where runlens looks for its configuration, in order; the first that exists wins. */
const CONFIG_FILE_NAMES = ['runlens.yml', 'runlens.yaml', '.runlens.yml', '.github/runlens.yml'];
/** The kinds the default pipeline runs, when they are registered. */
const DEFAULT_PIPELINE_KINDS = ['secrets', 'deps'];
/** Shown when there is neither a runlens.yml nor a registered default check. Kept valid by a test. */
const EXAMPLE_CONFIG = `version: 1
steps:
  build: { run: npm ci }
  test: { run: npm test, needs: [build] }
  lint: { run: npm run lint, needs: [build] }
`;
/**
 * The pipeline for a repository without runlens.yml: one step per registered default kind, each over the
 * whole repository with its default options. `cwd` only names the folder in the error; `registered` is the
 * check kinds this build has (CHECKS).
 */
function defaultPipeline(cwd, registered = registry/* CHECKS */.u.map((c) => c.kind)) {
    const kinds = DEFAULT_PIPELINE_KINDS.filter((k) => registered.includes(k));
    if (kinds.length === 0) {
        const indented = EXAMPLE_CONFIG.trimEnd().replace(/^/gm, '    ');
        throw new errors/* ConfigError */.xL([
            {
                file: cwd,
                path: '',
                message: `no runlens.yml found (looked for ${CONFIG_FILE_NAMES.join(', ')}), and the default pipeline ` +
                    `(${DEFAULT_PIPELINE_KINDS.join(' + ')}) is not available in this build.\n` +
                    `  Create runlens.yml, for example:\n${indented}\n  or pass --config <file> (env RUNLENS_CONFIG).`,
            },
        ]);
    }
    return { version: 1, steps: Object.fromEntries(kinds.map((kind) => [kind, { uses: kind }])) };
}

// EXTERNAL MODULE: ./lib/config/overrides.js
var overrides = __webpack_require__(2319);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./lib/config/positions.js
// YAML text → value + where every field sits, so a config error can name file:line:col.
// js-yaml's event stream carries source offsets; one pass over it records the key and value position
// of every path, and the same events are then constructed into the value (the file is parsed once).


// `<<: *defaults` is common in CI YAML (GitLab users write it daily); without the merge tag it would load as
// a literal `<<` key and fail as an unknown field.
const SCHEMA = js_yaml/* CORE_SCHEMA */.OU.withTags(js_yaml/* mergeTag */.LJ);
/** Key and value positions by field path. Paths use the value's shape: mapping keys and list indices. */
class PositionMap {
    /** @internal Filled by the walker. Aliased subtrees are shared, not copied: nothing changes after the walk. */
    root = {};
    get(path) {
        let node = this.root;
        for (const segment of path)
            node = node?.children?.get(String(segment));
        return node && { ...(node.key && { key: node.key }), ...(node.value && { value: node.value }) };
    }
    /**
     * Where `path` is written: its key (`prefer: 'key'`) or its value, whichever exists, else the closest
     * ancestor's key — a missing field is reported at the mapping that should hold it.
     */
    locate(path, prefer = 'key') {
        const chain = [this.root];
        for (const segment of path) {
            const next = chain.at(-1).children?.get(String(segment));
            if (!next)
                break;
            chain.push(next);
        }
        const exact = chain.length === path.length + 1 ? chain.pop() : undefined;
        const at = prefer === 'key' ? (exact?.key ?? exact?.value) : (exact?.value ?? exact?.key);
        if (at)
            return at;
        for (const node of chain.reverse()) {
            const fallback = node.key ?? node.value;
            if (fallback)
                return fallback;
        }
        return { line: 1, column: 1 };
    }
}
/**
 * Parses one YAML document. Syntax errors, duplicate keys, several documents and an empty file are
 * ConfigErrors at `file`:line:col (`file` is the name shown to the user).
 */
function parseYaml(text, file) {
    // A byte-order mark (some Windows editors write one) would shift every column of line 1.
    const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = new LineIndex(source);
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, { filename: file });
    }
    catch (err) {
        throw syntaxError(err, file);
    }
    const positions = new PositionMap();
    const walker = new EventWalker(source, events, lines, positions, file);
    const documents = events.filter((e) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT).length;
    if (documents > 1) {
        throw new errors/* ConfigError */.xL([
            {
                file,
                ...walker.secondDocumentStart(),
                path: '',
                message: 'holds more than one YAML document (a `---` line starts another); put the whole configuration in one document',
            },
        ]);
    }
    if (events.length > 0)
        walker.document();
    if (walker.issues.length > 0)
        throw new errors/* ConfigError */.xL(walker.issues);
    let value;
    try {
        value = (0,js_yaml/* constructFromEvents */.fw)(events, { source, filename: file, schema: SCHEMA })[0];
    }
    catch (err) {
        throw syntaxError(err, file);
    }
    if (value === undefined || value === null) {
        throw new errors/* ConfigError */.xL([
            { file, line: 1, column: 1, path: '', message: 'is empty; a runlens.yml needs at least `version: 1` and a `steps:` mapping' },
        ]);
    }
    return { value, positions };
}
function syntaxError(err, file) {
    if (!(err instanceof js_yaml/* YAMLException */.tB))
        return err;
    const issue = { file, path: '', message: `YAML syntax error: ${err.reason}` };
    if (err.mark) {
        issue.line = err.mark.line + 1;
        issue.column = err.mark.column + 1;
    }
    return new errors/* ConfigError */.xL([issue]);
}
class LineIndex {
    #starts = [0];
    constructor(source) {
        for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
            this.#starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.#starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.#starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.#starts[lo] + 1 };
    }
}
class EventWalker {
    source;
    events;
    lines;
    positions;
    file;
    issues = [];
    #anchors = new Map();
    /** The path of the node being walked, for messages only. */
    #path = [];
    #i = 0;
    constructor(source, events, lines, positions, file) {
        this.source = source;
        this.events = events;
        this.lines = lines;
        this.positions = positions;
        this.file = file;
    }
    document() {
        this.#i = 1;
        if (this.#peek().type !== js_yaml/* EVENT_ID */.hy.POP)
            this.#node(this.positions.root);
    }
    /** The `---` that starts the second document, else its first node. */
    secondDocumentStart() {
        const second = this.events.findIndex((e, i) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT && i > 0);
        const firstNode = this.events
            .slice(second)
            .map((e) => this.#start(e))
            .find((o) => o !== undefined);
        const before = this.source.slice(0, firstNode ?? this.source.length);
        const marker = before.search(/^---(?=[ \t\r\n]|$)(?![^]*^---(?=[ \t\r\n]|$))/m);
        const offset = marker !== -1 ? marker : firstNode;
        return offset === undefined ? { line: 1, column: 1 } : this.lines.at(offset);
    }
    #peek() {
        return this.events[this.#i];
    }
    /** The offset a node's text starts at: its anchor or tag if it has one, the opening quote if quoted. */
    #start(e) {
        let at;
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            at = e.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || e.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            at = e.start;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            return e.anchorStart - 1;
        }
        else {
            return undefined;
        }
        if (e.anchorStart >= 0 && e.anchorStart - 1 < at)
            at = e.anchorStart - 1;
        if (e.tagStart >= 0 && e.tagStart < at)
            at = e.tagStart;
        return at;
    }
    #node(node) {
        const e = this.events[this.#i++];
        const start = this.#start(e);
        if (start !== undefined)
            node.value = this.lines.at(start);
        if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            const anchor = this.#anchors.get(this.source.slice(e.anchorStart, e.anchorEnd));
            if (anchor?.children)
                node.children = anchor.children;
            return;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            const children = (node.children = new Map());
            for (let n = 0; this.#peek().type !== js_yaml/* EVENT_ID */.hy.POP; n++) {
                const child = {};
                children.set(String(n), child);
                this.#path.push(String(n));
                this.#node(child);
                this.#path.pop();
            }
            this.#i++;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING) {
            this.#mapping((node.children = new Map()));
            this.#i++;
        }
        if ((e.type === js_yaml/* EVENT_ID */.hy.SCALAR || e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) && e.anchorStart >= 0) {
            this.#anchors.set(this.source.slice(e.anchorStart, e.anchorEnd), node);
        }
    }
    #mapping(children) {
        const seen = new Map();
        while (this.#peek().type !== js_yaml/* EVENT_ID */.hy.POP) {
            const k = this.#peek();
            if (k.type !== js_yaml/* EVENT_ID */.hy.SCALAR) {
                // A complex key (`? [a, b]`): nothing in runlens.yml uses one; keep the walk in step.
                this.#node({});
                this.#node({});
                continue;
            }
            this.#i++;
            const name = (0,js_yaml/* getScalarValue */.KE)(this.source, k);
            const at = this.lines.at(this.#start(k));
            if (name === '<<' && k.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN) {
                const merged = this.#mergedAnchors();
                this.#node({});
                // Explicit keys win over merged ones, and earlier merge sources over later ones.
                for (const anchor of merged)
                    for (const [key, child] of anchor.children ?? [])
                        if (!children.has(key))
                            children.set(key, child);
                continue;
            }
            const first = seen.get(name);
            if (first) {
                this.issues.push({
                    file: this.file,
                    ...at,
                    path: [...this.#path, name].join('.'),
                    message: `duplicate key "${name}" (first written at line ${first.line}); a key may appear only once in a mapping`,
                });
            }
            else {
                seen.set(name, at);
            }
            // Always a new node: one merged in from an anchor is shared and must not change.
            const child = { key: at };
            children.set(name, child);
            this.#path.push(name);
            this.#node(child);
            this.#path.pop();
        }
    }
    /** The anchored nodes a `<<:` value names: one alias, or a list of them. */
    #mergedAnchors() {
        const names = [];
        const v = this.#peek();
        if (v.type === js_yaml/* EVENT_ID */.hy.ALIAS)
            names.push(this.source.slice(v.anchorStart, v.anchorEnd));
        if (v.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            for (let j = this.#i + 1; this.events[j].type === js_yaml/* EVENT_ID */.hy.ALIAS; j++) {
                const a = this.events[j];
                if (a.type === js_yaml/* EVENT_ID */.hy.ALIAS)
                    names.push(this.source.slice(a.anchorStart, a.anchorEnd));
            }
        }
        return names.map((n) => this.#anchors.get(n)).filter((a) => a !== undefined);
    }
}

// EXTERNAL MODULE: ./lib/config/schema.js
var schema = __webpack_require__(1091);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(1236);
;// CONCATENATED MODULE: ./lib/config/zod-issues.js


/** Nouns for runlens.yml itself; `*` matches one path segment, `''` the whole document. */
const CONFIG_NOUNS = [
    ['', 'a mapping with `version: 1` and `steps:`'],
    ['steps', 'a mapping of step ids to steps'],
    ['steps.*', 'a step: a mapping with `run` or `uses`'],
    ['steps.*.needs', 'a step id or a list of step ids'],
    ['steps.*.needs.*', 'a step id'],
    ['steps.*.run', 'a command (a string for the shell, or a list of arguments)'],
    ['steps.*.junit', 'a glob or a list of globs'],
    ['steps.*.sarif', 'a glob or a list of globs'],
    ['steps.*.env.*', 'a string, number or boolean'],
];
function explainIssues(issues, ctx) {
    return issues.flatMap((issue) => explain(issue, ctx));
}
function explain(issue, ctx) {
    const rel = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    const full = [...ctx.prefix, ...rel];
    const value = valueAt(ctx.input, rel);
    const expected = () => expectedAt(ctx, rel);
    const at = (path, part, message, suggestion) => ({
        ...ctx.where(path, part),
        path: path.join('.'),
        message,
        ...(suggestion ? { suggestion } : {}),
    });
    // Scalars are pointed at themselves; a mapping or list at its key, the line a reader looks for.
    const part = value !== null && typeof value === 'object' ? 'key' : 'value';
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
        return [at(full, 'key', `is required (expected ${expected()})`)];
    }
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = keysOf(schemaAt(ctx.schema, ctx.input, rel));
            return issue.keys.map((key) => {
                const s = (0,suggest/* suggest */.Z)(key, known);
                const list = s || known.length === 0 ? '' : `; known keys: ${known.join(', ')}`;
                return at([...full, key], 'key', `unknown key "${key}"${list}`, s);
            });
        }
        case 'invalid_union': {
            const branch = matchingBranch(issue);
            const option = branch === undefined ? undefined : optionsOf(schemaAt(ctx.schema, ctx.input, rel))?.[branch];
            if (branch !== undefined && option) {
                return explainIssues(issue.errors[branch], { ...ctx, schema: option, input: value, prefix: full });
            }
            return [at(full, part, `expected ${expected()}, got ${describeValue(value)}`)];
        }
        case 'invalid_type':
            return [at(full, part, `expected ${expected()}, got ${describeValue(value)}`)];
        case 'invalid_value': {
            const options = issue.values.filter((v) => typeof v === 'string');
            const s = typeof value === 'string' ? (0,suggest/* suggest */.Z)(value, options) : undefined;
            const list = issue.values.length > 1 ? `one of ${issue.values.map(String).join(', ')}` : issue.values.map(String).join('');
            return [at(full, part, `expected ${list}, got ${describeValue(value)}`, s)];
        }
        case 'too_small':
        case 'too_big': {
            const small = issue.code === 'too_small';
            const limit = small ? issue.minimum : issue.maximum;
            const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
            if (issue.origin === 'string' && small && Number(limit) <= 1)
                return [at(full, part, 'must not be empty')];
            if (issue.origin === 'array' && small && Number(limit) <= 1)
                return [at(full, part, 'must not be an empty list')];
            const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ` item${Number(limit) === 1 ? '' : 's'}` : '';
            const measured = issue.origin === 'array' && Array.isArray(value) ? `a list of ${value.length}` : describeValue(value);
            return [at(full, part, `expected ${bound} ${String(limit)}${unit}, got ${measured}`)];
        }
        case 'invalid_key': {
            const key = String(rel.at(-1) ?? '');
            const why = issue.issues.map((i) => i.message).join('; ');
            return [at(full, 'key', `"${key}" is not a valid key: ${why}`)];
        }
        case 'invalid_format':
            return [
                at(full, part, issue.message.startsWith('Invalid') ? `expected ${issue.format} format, got ${describeValue(value)}` : issue.message),
            ];
        case 'not_multiple_of':
            return [at(full, part, `expected a multiple of ${issue.divisor}, got ${describeValue(value)}`)];
        default:
            return [at(full, part, issue.message)];
    }
}
/**
 * The branch of a failed union the value was meant for: the only one that got past the value's own type.
 * `retries: { attempts: x }` is clearly the mapping form, so its inner issue beats "expected a number".
 */
function matchingBranch(issue) {
    const deeper = issue.errors.flatMap((branch, i) => branch.length > 0 && branch.every((b) => b.path.length === 0 && (b.code === 'invalid_type' || b.code === 'invalid_union')) ? [] : [i]);
    return deeper.length === 1 ? deeper[0] : undefined;
}
function expectedAt(ctx, rel) {
    const full = [...ctx.prefix, ...rel].map(String);
    for (const [pattern, noun] of ctx.nouns ?? []) {
        const parts = pattern === '' ? [] : pattern.split('.');
        if (parts.length === full.length && parts.every((p, i) => p === '*' || p === full[i]))
            return noun;
    }
    const schema = schemaAt(ctx.schema, ctx.input, rel);
    return schema ? describeSchema(schema) : 'a valid value';
}
function valueAt(input, path) {
    let v = input;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    return v;
}
const defOf = (s) => s._zod.def;
/** Peels wrappers that don't change what a value must look like: optional, default, transforms. */
function unwrap(s) {
    for (;;) {
        if (s === schema/* duration */.p0)
            return s;
        const def = defOf(s);
        switch (def.type) {
            case 'optional':
            case 'nullable':
            case 'default':
            case 'prefault':
            case 'nonoptional':
            case 'readonly':
            case 'catch':
                s = def.innerType;
                break;
            case 'pipe':
                s = defOf(def.in).type === 'transform' ? def.out : def.in;
                break;
            case 'lazy':
                s = def.getter();
                break;
            default:
                return s;
        }
    }
}
function optionsOf(s) {
    if (!s)
        return undefined;
    const def = defOf(unwrap(s));
    return def.type === 'union' ? def.options : undefined;
}
function keysOf(s) {
    if (!s)
        return [];
    const u = unwrap(s);
    const def = defOf(u);
    if (def.type === 'object')
        return Object.keys(def.shape);
    const options = optionsOf(u);
    return options ? [...new Set(options.flatMap(keysOf))] : [];
}
/** The schema of the field at `path`, following the union branch that fits the value found there. */
function schemaAt(root, input, path) {
    let s = root;
    let v = input;
    for (const k of path) {
        s = s && childOf(s, v, k);
        v = valueAt(v, [k]);
    }
    return s;
}
function childOf(s, value, key) {
    if (s === schema/* duration */.p0)
        return undefined;
    const def = defOf(unwrap(s));
    switch (def.type) {
        case 'object':
            return def.shape[key];
        case 'record':
            return def.valueType;
        case 'array':
            return def.element;
        case 'union':
            for (const option of def.options) {
                if (!fits(option, value))
                    continue;
                const child = childOf(option, value, key);
                if (child)
                    return child;
            }
            return undefined;
        default:
            return undefined;
    }
}
function fits(s, value) {
    const type = defOf(unwrap(s)).type;
    if (Array.isArray(value))
        return type === 'array' || type === 'tuple';
    if (value !== null && typeof value === 'object')
        return type === 'object' || type === 'record';
    return true;
}
function describeSchema(s) {
    const u = unwrap(s);
    if (u === schema/* duration */.p0)
        return 'a duration such as 90s, 10m or 1h30m (or a number of seconds)';
    const def = defOf(u);
    switch (def.type) {
        case 'string':
            return 'a string';
        case 'number':
            return u.isInt ? 'a whole number' : 'a number';
        case 'boolean':
            return 'true or false';
        case 'null':
            return 'an empty value';
        case 'literal':
            return def.values.map((v) => JSON.stringify(v)).join(' or ');
        case 'enum':
            return `one of ${Object.values(def.entries).join(', ')}`;
        case 'array':
            return `a list of ${plural(def.element)}`;
        case 'object': {
            const keys = Object.keys(def.shape);
            return keys.length === 0
                ? 'a mapping'
                : keys.length <= 4
                    ? `a mapping with ${keys.join(', ')}`
                    : `a mapping with keys such as ${keys.slice(0, 3).join(', ')}`;
        }
        case 'record':
            return 'a mapping';
        case 'union':
            return [...new Set(def.options.map(describeSchema))].join(' or ');
        default:
            return 'a valid value';
    }
}
function plural(s) {
    const u = unwrap(s);
    if (u === schema/* duration */.p0)
        return 'durations';
    const def = defOf(u);
    switch (def.type) {
        case 'string':
            return 'strings';
        case 'number':
            return u.isInt ? 'whole numbers' : 'numbers';
        case 'boolean':
            return 'true/false values';
        case 'object':
        case 'record':
            return 'mappings';
        default:
            return `items that are each ${describeSchema(u)}`;
    }
}
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'an empty value';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty list' : 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return typeof v;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./lib/config/load.js
// runlens.yml → a validated Config, or one ConfigError listing every problem at its file:line:col.











// A config is parsed once per process: zod's JIT (code generated on first parse) costs more than it saves.
core/* config */.$W({ jitless: true });
const DEFAULT_PIPELINE_FILE = '<default pipeline>';
async function loadConfig(opts) {
    const cwd = external_node_path_.resolve(opts.cwd);
    const found = await findConfigFile(cwd, opts);
    if (!found) {
        const raw = defaultPipeline(cwd);
        return validate(raw, { file: DEFAULT_PIPELINE_FILE, opts });
    }
    const file = displayName(cwd, found);
    const { value, positions } = parseYaml(await (0,promises_.readFile)(found, 'utf8'), file);
    return { ...validate(value, { file, positions, opts }), path: found };
}
async function findConfigFile(cwd, opts) {
    const fromEnv = opts.env.RUNLENS_CONFIG?.trim() || undefined;
    const given = opts.configPath ?? fromEnv;
    if (given !== undefined) {
        const abs = external_node_path_.resolve(cwd, given);
        const source = opts.configPath !== undefined ? (opts.door === 'action' ? 'input "config"' : '--config') : 'RUNLENS_CONFIG';
        const info = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!info)
            throw new errors/* ConfigError */.xL([{ file: given, path: '', message: `no such file (given by ${source}, relative to ${cwd})` }]);
        if (!info.isFile())
            throw new errors/* ConfigError */.xL([{ file: given, path: '', message: `is not a file (given by ${source}); name the runlens.yml itself` }]);
        return abs;
    }
    for (const name of CONFIG_FILE_NAMES) {
        const abs = external_node_path_.join(cwd, name);
        if ((await (0,promises_.stat)(abs).catch(() => undefined))?.isFile())
            return abs;
    }
    return undefined;
}
function displayName(cwd, abs) {
    const rel = external_node_path_.relative(cwd, abs);
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel : abs;
}
function validate(input, source) {
    const isMapping = isPlainObject(input);
    const { raw, sources } = isMapping
        ? (0,overrides/* applyOverrides */.iu)(input, source.opts.overrides, source.opts.env, source.opts.door)
        : { raw: input, sources: new Map() };
    const where = (p, part = 'key') => {
        const from = typeof p[0] === 'string' ? sources.get(p[0]) : undefined;
        if (from)
            return { file: from };
        return source.positions ? { file: source.file, ...source.positions.locate(p, part) } : { file: source.file };
    };
    const issues = [];
    const parsed = schema/* configSchema */.Qn.safeParse(raw);
    if (!parsed.success) {
        issues.push(...explainIssues(parsed.error.issues, { schema: schema/* configSchema */.Qn, input: raw, prefix: [], where, nouns: CONFIG_NOUNS }));
    }
    const options = isPlainObject(raw) ? checkOptions(raw.steps, where, issues) : new Map();
    if (issues.length > 0 || !parsed.success) {
        // `--fail-on: expected …` says it all; the field name would only repeat the flag's.
        const overridden = new Set(sources.values());
        throw new errors/* ConfigError */.xL(sortIssues(issues.map((i) => (i.line === undefined && overridden.has(i.file) ? { ...i, path: '' } : i))));
    }
    const config = parsed.data;
    for (const [id, parsedOptions] of options)
        config.steps[id].with = parsedOptions;
    return { config, locate: (p, part) => where(p, part) };
}
/** Parses each `uses:` step's `with:` by its check's own schema; returns the parsed options by step id. */
function checkOptions(steps, where, issues) {
    const parsed = new Map();
    if (!isPlainObject(steps))
        return parsed;
    const kinds = registry/* CHECKS */.u.map((c) => c.kind);
    for (const [id, step] of Object.entries(steps)) {
        if (!isPlainObject(step) || typeof step.uses !== 'string')
            continue;
        const check = (0,registry/* findCheck */.S)(step.uses);
        if (!check) {
            const p = ['steps', id, 'uses'];
            const s = (0,suggest/* suggest */.Z)(step.uses, kinds);
            issues.push({
                ...where(p, 'value'),
                path: p.join('.'),
                message: `"${step.uses}" is not a built-in check; the checks are: ${kinds.join(', ')}`,
                ...(s ? { suggestion: s } : {}),
            });
            continue;
        }
        // A `with:` that is not a mapping is already reported by the config schema.
        if (step.with !== undefined && !isPlainObject(step.with))
            continue;
        const input = step.with ?? {};
        const result = check.options.safeParse(input);
        if (result.success)
            parsed.set(id, result.data);
        else
            issues.push(...explainIssues(result.error.issues, { schema: check.options, input, prefix: ['steps', id, 'with'], where }));
    }
    return parsed;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** By line, then column; issues without a line (from flags or env) first; each distinct issue once. */
function sortIssues(issues) {
    const seen = new Set();
    return issues
        .filter((i) => {
        const k = `${i.file}\0${i.line}\0${i.column}\0${i.path}\0${i.message}`;
        return !seen.has(k) && seen.add(k) !== undefined;
    })
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 2319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iu: () => (/* binding */ applyOverrides),
/* harmony export */   lr: () => (/* binding */ runOptionsFromEnv)
/* harmony export */ });
/* unused harmony export OVERRIDABLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// Precedence: action inputs / CLI flags > RUNLENS_* env > runlens.yml > schema defaults.
// Overrides are merged into the raw file object before validation, so the schema fills only what nobody set
// and one set of rules judges every value, wherever it came from.

/** Every top-level field a flag or an environment variable may set. Data: one row per field. */
const OVERRIDABLE = [
    { field: 'output-dir', option: 'outputDir', env: 'RUNLENS_OUTPUT_DIR' },
    { field: 'fail-on', option: 'failOn', env: 'RUNLENS_FAIL_ON' },
    { field: 'concurrency', option: 'concurrency', env: 'RUNLENS_CONCURRENCY' },
    { field: 'log-order', option: 'logOrder', env: 'RUNLENS_LOG_ORDER' },
    { field: 'kill-grace', option: 'killGrace', env: 'RUNLENS_KILL_GRACE' },
    { field: 'pr-comment', option: 'prComment', env: 'RUNLENS_PR_COMMENT' },
];
/**
 * Returns a copy of `raw` with overrides and environment applied, and for each overridden field the name of
 * where its value came from (`--fail-on`, `RUNLENS_FAIL_ON`), so an invalid one is reported there and not
 * at a line of runlens.yml it never came from.
 */
function applyOverrides(raw, overrides, env, door = 'cli') {
    const merged = { ...raw };
    const sources = new Map();
    for (const { field, option, env: name } of OVERRIDABLE) {
        const flag = given(overrides?.[option]);
        const fromEnv = given(env[name]);
        const value = flag ?? fromEnv;
        if (value === undefined)
            continue;
        merged[field] = field === 'concurrency' ? asNumber(value) : value;
        sources.set(field, flag !== undefined ? (door === 'cli' ? `--${field}` : `input "${field}"`) : name);
    }
    return { raw: merged, sources };
}
/** Action inputs and env vars arrive as '' when unset. */
function given(value) {
    return value === '' || value === undefined ? undefined : value;
}
/** `"4"` from a flag or env means 4; anything else is left for the schema to reject with its own words. */
function asNumber(value) {
    return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}
/** `RUNLENS_CONFIG`, `RUNLENS_STEPS` (comma or space separated), `RUNLENS_DRY_RUN` (true/1/yes, false/0/no). */
function runOptionsFromEnv(env) {
    const out = {};
    const configPath = given(env.RUNLENS_CONFIG?.trim());
    if (configPath !== undefined)
        out.configPath = configPath;
    const steps = env.RUNLENS_STEPS?.split(/[\s,]+/).filter(Boolean);
    if (steps?.length)
        out.steps = steps;
    const dryRun = given(env.RUNLENS_DRY_RUN?.trim().toLowerCase());
    if (dryRun !== undefined) {
        if (['true', '1', 'yes'].includes(dryRun))
            out.dryRun = true;
        else if (['false', '0', 'no'].includes(dryRun))
            out.dryRun = false;
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([
                { file: 'RUNLENS_DRY_RUN', path: '', message: `expected true, 1, yes, false, 0 or no, got "${env.RUNLENS_DRY_RUN}"` },
            ]);
        }
    }
    return out;
}


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ OTLP_PROTOCOLS),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   zq: () => (/* binding */ TRACE_EXPORTERS)
/* harmony export */ });
/* unused harmony exports STEP_ID, stepSchema, telemetrySchema */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4079);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6804);
// The single source of truth for runlens.yml: every field, every default. The JSON Schema
// (schema/runlens.schema.json), the README's reference table and the action inputs derive from it.




const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const duration = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative()])
    .describe('A duration: `90s`, `10m`, `1h30m`, `250ms`, or a number of seconds.')
    .transform((value, ctx) => {
    const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(value);
    if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration; write e.g. 90s, 10m, 1h30m or 250ms` });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return ms;
});
const retries = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(20),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        attempts: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(20).describe('Extra attempts after the first failure.'),
        backoff: duration.prefault('1s').describe('Delay before the first retry; doubles each retry, with jitter.'),
    })
        .strict(),
])
    .describe('How often to retry a failed step: a number of extra attempts, or `{ attempts, backoff }`.')
    .transform((r) => (typeof r === 'number' ? { attempts: r, backoff: 1000 } : r));
const globs = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).min(1)])
    .transform((g) => (Array.isArray(g) ? g : [g]));
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('Display name (default: the step id).'),
    needs: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())])
        .default([])
        .transform((n) => (Array.isArray(n) ? n : [n]))
        .describe('Steps that must finish successfully first.'),
    run: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1)])
        .optional()
        .describe('A command: a string runs in the shell; a list is argv, run with no shell.'),
    uses: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('A built-in check: `sarif`, `secrets`, …'),
    with: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).optional().describe("The check's options."),
    timeout: duration.optional().describe('Kill the step (and every process it started) after this long.'),
    retries: retries.optional(),
    'continue-on-error': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(false).describe('A failure of this step does not fail the run.'),
    env: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]).transform(String))
        .default({})
        .describe('Extra environment variables for the step.'),
    'working-directory': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('Relative to the repository root.'),
    junit: globs.optional().describe('JUnit XML files the step writes, ingested as test results.'),
    sarif: globs.optional().describe('SARIF files the step writes, ingested as findings.'),
})
    .strict()
    .superRefine((step, ctx) => {
    if ((step.run === undefined) === (step.uses === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a step needs exactly one of `run` or `uses`' });
    }
    if (step.with !== undefined && step.uses === undefined) {
        ctx.addIssue({ code: 'custom', path: ['with'], message: '`with` goes with `uses`' });
    }
})
    .describe('A step: exactly one of `run` (a command) or `uses` (a built-in check), plus how to run it.');
// OpenTelemetry settings. The standard OTEL_* environment variables win over these (env is the user's
// explicit choice, as RUNLENS_* is), and action inputs / CLI flags win over both: src/telemetry/settings.ts.
const TRACE_EXPORTERS = ['file', 'otlp', 'none'];
const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'];
const telemetrySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    exporter: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(TRACE_EXPORTERS), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(TRACE_EXPORTERS)).min(1)])
        .optional()
        .transform((e) => (e === undefined || Array.isArray(e) ? e : [e]))
        .describe('Where the trace goes: `file` (`<output-dir>/trace.jsonl`, OTLP JSON lines), `otlp`, `none`, or a list. `file` is written unless `none`. Default: `file`, plus `otlp` when an endpoint is set.'),
    endpoint: zod__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ5({ protocol: /^https?$/, error: 'the OTLP endpoint is an http(s) URL, e.g. http://localhost:4318' })
        .optional()
        .describe('OTLP/HTTP base URL, e.g. `http://localhost:4318` (`/v1/traces` is appended unless present).'),
    protocol: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(OTLP_PROTOCOLS).default('http/protobuf').describe('OTLP/HTTP encoding.'),
    headers: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())
        .default({})
        .describe('Headers sent with every export (masked as secrets). Prefer OTEL_EXPORTER_OTLP_HEADERS or the `otel-headers` input for tokens.'),
    timeout: duration.prefault('5s').describe('The most time exporting may add to the end of a run.'),
    'url-template': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .includes('{traceId}', { error: 'the trace URL template needs a {traceId} placeholder' })
        .optional()
        .describe('Link to a trace in the job summary, e.g. `https://jaeger.example.com/trace/{traceId}`.'),
    'deterministic-trace-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .default(false)
        .describe('Derive the trace id from the CI run id, so every job (shard) of one pipeline run lands in one trace.'),
})
    .strict()
    .prefault({})
    .describe('OpenTelemetry tracing of the run.');
const configSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('The JSON Schema of this file, for editors; runlens ignores it.'),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).describe('Format version; always 1.'),
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional().describe('Pipeline name (default: the repository name).'),
    'output-dir': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).default('.runlens').describe('Where reports, logs and run.json go.'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(1)
        .default(() => (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)())
        .describe('How many steps run at once (default: the number of CPUs).'),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_findings_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$).default('high').describe('Fail the run on a finding of this severity or worse.'),
    'kill-grace': duration.prefault('10s').describe('After a timeout or cancel: time between SIGTERM and SIGKILL.'),
    'log-order': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'stream', 'grouped'])
        .default('auto')
        .describe("Step output: `stream` prefixes lines live; `grouped` prints each step's log in a fold when it ends; `auto` is grouped on CI, streamed elsewhere."),
    'pr-comment': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'off'])
        .default('auto')
        .describe('One summary comment on the pull/merge request, updated in place each run: `auto` posts it when a token allows (the action\'s `github-token`; on GitLab `RUNLENS_GITLAB_TOKEN` with api scope).'),
    defaults: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        timeout: duration.prefault('30m'),
        retries: retries.prefault(0),
        shell: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).default('bash').describe('Shell for string `run:` commands.'),
    })
        .strict()
        .prefault({})
        .describe('Defaults for every step.'),
    telemetry: telemetrySchema,
    steps: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(STEP_ID, 'a step id is letters, digits, `_` and `-`, starting with a letter or `_`'), stepSchema)
        .refine((s) => Object.keys(s).length > 0, 'a pipeline needs at least one step')
        .describe('The steps, by id (letters, digits, `_` and `-`): each either `run`s a command or `uses` a built-in check.'),
})
    .strict();


/***/ }),

/***/ 1236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
// "Did you mean …?" for unknown keys, enum values, step ids and check kinds.

/**
 * The known name closest to `input`, but only when it is close enough to be a typo of it: a suggestion
 * that is merely the least-different word (`foo` → `env`) reads as noise, so far matches return undefined.
 */
function suggest(input, known) {
    const typed = input.toLowerCase();
    // Short words have few letters to spare: `ab` → `cd` is two edits but no typo.
    const limit = typed.length <= 3 ? 1 : typed.length <= 7 ? 2 : 3;
    let best;
    let bestDistance = Infinity;
    for (const name of known) {
        const lower = name.toLowerCase();
        const d = isAdjacentSwap(typed, lower) ? 1 : (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(typed, lower);
        if (d < bestDistance && d < name.length) {
            best = name;
            bestDistance = d;
        }
    }
    return bestDistance <= limit && best !== input ? best : undefined;
}
/** `rnu` → `run`: Levenshtein counts a swap of neighbours as two edits, a typist makes it in one. */
function isAdjacentSwap(a, b) {
    if (a.length !== b.length)
        return false;
    const diff = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++)
        if (a[i] !== b[i])
            diff.push(i);
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}


/***/ }),

/***/ 8479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   n: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(174);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6804);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1236);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(452);
// The validated DAG a run executes: every step resolved over `defaults`, in a stable topological order.





function buildPlan(config, opts = {}) {
    const locate = opts.locate ?? (() => ({ file: 'runlens.yml' }));
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.workspace ?? process.cwd());
    const ids = Object.keys(config.steps);
    const issues = [];
    const at = (p, message, suggestion) => {
        issues.push({ ...locate(p), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
    };
    const resolved = new Map();
    for (const id of ids) {
        const step = config.steps[id];
        step.needs.forEach((need, i) => {
            if (need === id)
                at(['steps', id, 'needs', i], `step "${id}" needs itself; remove "${need}" from its needs`);
            else if (!(need in config.steps))
                at(['steps', id, 'needs', i], `needs "${need}", which is not a step`, (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(need, ids));
        });
        if (step.uses !== undefined)
            checkKindIssue(id, step.uses, opts.checks ?? _checks_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .u, at);
        resolved.set(id, resolveStep(id, step, config, workspace));
    }
    if (issues.length === 0)
        issues.push(...findCycles(config, locate));
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(issues);
    const selected = opts.only?.length ? closure(opts.only, config) : new Set(ids);
    const level = new Map();
    const levelOf = (id) => {
        let l = level.get(id);
        if (l === undefined) {
            l = Math.max(-1, ...config.steps[id].needs.map(levelOf)) + 1;
            level.set(id, l);
        }
        return l;
    };
    const order = new Map(ids.map((id, i) => [id, i]));
    const steps = ids
        .filter((id) => selected.has(id))
        .map((id) => ({ ...resolved.get(id), level: levelOf(id) }))
        .sort((a, b) => a.level - b.level || order.get(a.id) - order.get(b.id));
    const levels = [];
    for (const s of steps)
        (levels[s.level] ??= []).push(s.id);
    return { steps, levels };
}
function resolveStep(id, step, config, workspace) {
    const retries = step.retries ?? config.defaults.retries;
    const workingDirectory = step['working-directory'] ?? '.';
    return {
        id,
        name: step.name ?? id,
        kind: step.uses ?? 'run',
        needs: step.needs,
        ...(step.run !== undefined ? { command: step.run } : {}),
        ...(step.uses !== undefined ? { options: step.with ?? {} } : {}),
        shell: config.defaults.shell,
        timeoutMs: step.timeout ?? config.defaults.timeout,
        retries: { attempts: retries.attempts, backoffMs: retries.backoff },
        continueOnError: step['continue-on-error'],
        env: step.env,
        workingDirectory,
        cwd: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, workingDirectory),
        junit: step.junit ?? [],
        sarif: step.sarif ?? [],
    };
}
/** The loader already parsed `with:` by the check's schema; only a config built elsewhere can name an unknown kind. */
function checkKindIssue(id, kind, checks, at) {
    if (checks.some((c) => c.kind === kind))
        return;
    const kinds = checks.map((c) => c.kind);
    at(['steps', id, 'uses'], `"${kind}" is not a built-in check (there are: ${kinds.join(', ')})`, (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(kind, kinds));
}
/** A cycle found by depth-first search is reported once, naming each member: `a → b → c → a`. */
function findCycles(config, locate) {
    const state = new Map();
    const stack = [];
    const seen = new Set();
    const issues = [];
    const visit = (id) => {
        state.set(id, 'open');
        stack.push(id);
        for (const need of config.steps[id].needs) {
            if (state.get(need) === 'open') {
                const cycle = stack.slice(stack.indexOf(need));
                const key = [...cycle].sort().join('\0');
                if (!seen.has(key)) {
                    seen.add(key);
                    // Printed in "needs" order: a needs b needs c needs a.
                    const text = [...cycle, need].join(' → ');
                    const p = ['steps', cycle[0], 'needs'];
                    issues.push({
                        ...locate(p),
                        path: p.join('.'),
                        message: `these steps need each other in a cycle: ${text}; remove one of these needs`,
                    });
                }
            }
            else if (!state.has(need)) {
                visit(need);
            }
        }
        stack.pop();
        state.set(id, 'done');
    };
    for (const id of Object.keys(config.steps))
        if (!state.has(id))
            visit(id);
    return issues;
}
function closure(only, config) {
    const ids = Object.keys(config.steps);
    const unknown = only.filter((id) => !(id in config.steps));
    if (unknown.length > 0) {
        const lines = unknown.map((id) => {
            const s = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(id, ids);
            return `there is no step "${id}"${s ? ` (did you mean "${s}"?)` : ''}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${lines.join('; ')}. The steps are: ${ids.join(', ')}.`);
    }
    const selected = new Set();
    const add = (id) => {
        if (selected.has(id))
            return;
        selected.add(id);
        config.steps[id].needs.forEach(add);
    };
    only.forEach(add);
    return selected;
}
/** What `runlens plan` and `runlens run --dry-run` print. */
function formatPlan(plan) {
    const width = Math.max(0, ...plan.steps.map((s) => s.id.length));
    const byId = new Map(plan.steps.map((s) => [s.id, s]));
    const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const lines = [
        `${count(plan.steps.length, 'step')} in ${count(plan.levels.length, 'level')}; each level starts when the one above has finished`,
    ];
    plan.levels.forEach((ids, level) => {
        lines.push(`level ${level}`);
        for (const id of ids) {
            const s = byId.get(id);
            const what = s.kind === 'run' ? `run: ${describeCommand(s.command)}` : `uses: ${s.kind}`;
            const facts = [
                `timeout ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.timeoutMs)}`,
                s.retries.attempts === 0
                    ? 'no retries'
                    : `${s.retries.attempts} ${s.retries.attempts === 1 ? 'retry' : 'retries'} (backoff ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.retries.backoffMs)})`,
                ...(s.continueOnError ? ['continue-on-error'] : []),
                ...(s.needs.length ? [`needs ${s.needs.join(', ')}`] : []),
                ...(s.workingDirectory !== '.' ? [`in ${s.workingDirectory}`] : []),
            ];
            lines.push(`  ${id.padEnd(width)}  ${what}`);
            lines.push(`  ${''.padEnd(width)}  ${facts.join(' · ')}`);
        }
    });
    return lines.join('\n');
}
function describeCommand(command) {
    if (Array.isArray(command))
        return `[${command.map((a) => JSON.stringify(a)).join(', ')}]`;
    const lines = command.trim().split('\n');
    return lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : lines[0];
}


/***/ }),

/***/ 9507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runProcess)
});

// UNUSED EXPORTS: describeExit

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2499);
// EXTERNAL MODULE: ./lib/config/duration.js
var duration = __webpack_require__(6804);
;// CONCATENATED MODULE: ./lib/engine/shell.js
// How a string `run:` becomes argv. The flags follow GitHub Actions' own shells so a script behaves
// the same under runlens as in a workflow `run:`: bash stops at the first failing command (-e) and a
// failure inside a pipe (`make | tee log`) is not hidden by the last command (-o pipefail); no profile
// or rc file is read, so the runner's dotfiles cannot change the result.
const SHELLS = {
    bash: (s) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', s],
    sh: (s) => ['sh', '-e', '-c', s],
    zsh: (s) => ['zsh', '--no-rcs', '-e', '-o', 'pipefail', '-c', s],
    pwsh: (s) => [
        'pwsh',
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        `$ErrorActionPreference = 'stop'\n${s}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`,
    ],
    python: (s) => ['python3', '-c', s],
};
/**
 * argv for a step command. A list runs as is, with no shell (so `$HOME` stays literal). A string runs
 * through `shell`: a known name (bash, sh, zsh, pwsh, python), or a command line such as `bash -x -c`
 * that the script is appended to.
 */
function commandArgv(command, shell) {
    if (Array.isArray(command))
        return command;
    const known = SHELLS[shell];
    if (known)
        return known(command);
    const words = shell.trim().split(/\s+/);
    return words.length > 1 ? [...words, command] : [shell, '-c', command];
}

;// CONCATENATED MODULE: ./lib/engine/process.js
// Runs one step command as its own process group, so a timeout or a cancel stops everything the
// step started (test runners' workers, `server &`), not only the shell at the top.








// setTimeout fires at once above this (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;
async function runProcess(req) {
    if (req.signal.aborted)
        return { status: 'cancelled', exitCode: null, signal: null, error: 'the run was cancelled before it started' };
    if (!(await isDirectory(req.cwd))) {
        return {
            status: 'failed',
            exitCode: null,
            signal: null,
            error: `its working directory ${req.cwd} does not exist; fix working-directory`,
        };
    }
    const argv = commandArgv(req.command, req.shell);
    const child = (0,execa/* execa */.Ho)(argv[0], argv.slice(1), {
        cwd: req.cwd,
        env: definedOnly(req.env),
        extendEnv: false,
        stdin: 'ignore',
        buffer: false,
        reject: false,
        // A new process group (pgid = pid): the target of every signal below.
        detached: true,
        // Termination is ours: the whole group, with the configured grace.
        forceKillAfterDelay: false,
        cleanup: false,
        windowsHide: true,
    });
    const pgid = child.pid;
    if (pgid !== undefined)
        liveGroups.add(pgid);
    // One reader per pipe, so a partial line on stdout (a progress bar) never fuses with a stderr line.
    // Readline instead of execa's line iterator: about 7x faster on chatty steps (1M lines: 0.4 s vs 3 s).
    const linesDone = [child.stdout, child.stderr].map((input) => {
        const lines = external_node_readline_.createInterface({ input, crlfDelay: Infinity });
        lines.on('line', req.onLine);
        return (0,external_node_events_.once)(lines, 'close');
    });
    let stopReason;
    let stopping;
    const stop = (reason) => {
        if (stopping || pgid === undefined)
            return;
        stopReason = reason;
        req.onNote(reason === 'timed-out'
            ? `timed out after ${(0,duration/* formatDuration */.a)(req.timeoutMs)}: stopping the step's processes (SIGTERM, then SIGKILL after ${(0,duration/* formatDuration */.a)(req.killGraceMs)})`
            : `cancelled: stopping the step's processes (SIGTERM, then SIGKILL after ${(0,duration/* formatDuration */.a)(req.killGraceMs)})`);
        stopping = stopGroup(pgid, req.killGraceMs);
    };
    const timer = req.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(req.timeoutMs, MAX_TIMER_MS)) : undefined;
    const onAbort = () => stop('cancelled');
    req.signal.addEventListener('abort', onAbort, { once: true });
    child.nodeChildProcess.once('exit', () => {
        clearTimeout(timer);
        req.signal.removeEventListener('abort', onAbort);
        // Whatever the step started in the background dies with it; otherwise it would hold the output
        // pipes open (and the run with them) and outlive the step on a shared runner.
        if (!stopping && pgid !== undefined && groupAlive(pgid)) {
            req.onNote('the step left processes running in the background; stopping them');
            stopping = stopGroup(pgid, req.killGraceMs);
        }
    });
    const result = await child;
    clearTimeout(timer);
    req.signal.removeEventListener('abort', onAbort);
    await Promise.all(linesDone);
    if (stopping)
        await stopping;
    if (pgid !== undefined)
        liveGroups.delete(pgid);
    const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
    const signal = result.signal ?? null;
    if (stopReason === 'timed-out')
        return { status: 'timed-out', exitCode, signal, error: `timed out after ${(0,duration/* formatDuration */.a)(req.timeoutMs)}` };
    if (stopReason === 'cancelled')
        return { status: 'cancelled', exitCode, signal, error: 'cancelled' };
    if (pgid === undefined)
        return spawnFailure(result.code, result.originalMessage ?? result.shortMessage ?? 'unknown error', argv[0], req);
    if (exitCode === 0)
        return { status: 'passed', exitCode, signal: null };
    return { status: 'failed', exitCode, signal, error: describeExit(exitCode, signal) };
}
function spawnFailure(code, message, file, req) {
    const viaShell = !Array.isArray(req.command);
    if (code === 'ENOENT') {
        const error = viaShell
            ? `the shell "${file}" was not found on PATH (exit 127); install it or set defaults.shell in runlens.yml`
            : `command not found: ${file} (exit 127); check the spelling, install it, or put it on PATH`;
        return { status: 'failed', exitCode: 127, signal: null, error };
    }
    if (code === 'EACCES')
        return { status: 'failed', exitCode: 126, signal: null, error: `${file} is not executable (exit 126); chmod +x it` };
    return { status: 'failed', exitCode: null, signal: null, error: `could not start ${file}: ${message}` };
}
function describeExit(exitCode, signal) {
    if (signal)
        return `killed by ${signal}`;
    if (exitCode === 127)
        return 'exit 127 (command not found)';
    if (exitCode === 126)
        return 'exit 126 (command not executable)';
    return `exit ${exitCode}`;
}
/** SIGTERM to the group; SIGKILL to whatever is left after `graceMs`. Resolves once the group is gone. */
async function stopGroup(pgid, graceMs) {
    if (!signalGroup(pgid, 'SIGTERM'))
        return false;
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid)) {
        if (Date.now() >= deadline) {
            signalGroup(pgid, 'SIGKILL');
            // SIGKILL cannot be caught; give the kernel a moment to tear the group down.
            for (let i = 0; i < 100 && groupAlive(pgid); i++)
                await (0,external_node_timers_promises_.setTimeout)(20);
            break;
        }
        await (0,external_node_timers_promises_.setTimeout)(20);
    }
    return true;
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Does any live (non-zombie) process remain in the group? Zombies are skipped because a container's
 * PID 1 (`tail -f /dev/null` in GitHub's container jobs) may never reap orphans, and waiting for them
 * would cost a full kill-grace per step.
 */
function groupAlive(pgid) {
    if (!signalGroup(pgid, 0))
        return false;
    if (process.platform !== 'linux')
        return true;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
        }
        catch {
            continue;
        }
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X')
            return true;
    }
    return false;
}
// If runlens itself exits while steps run (an uncaught error, a second Ctrl-C), their groups go with it.
const liveGroups = new Set();
process.once('exit', () => {
    for (const pgid of liveGroups)
        signalGroup(pgid, 'SIGKILL');
});
async function isDirectory(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
function definedOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   YD: () => (/* binding */ RunlensError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports formatConfigIssue, ToolNotFoundError */
// Every error runlens reports to a user, and the one place they map to exit codes (DESIGN.md).
const EXIT = { passed: 0, failed: 1, usage: 2, internal: 3 };
function formatPosition(p) {
    return [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
}
/** An error the user can fix: printed as its message alone, never with a stack. */
class RunlensError extends Error {
    exitCode = EXIT.failed;
}
class ConfigError extends RunlensError {
    issues;
    exitCode = EXIT.usage;
    constructor(issues) {
        super(issues.map(formatConfigIssue).join('\n'));
        this.issues = issues;
        this.name = 'ConfigError';
    }
}
function formatConfigIssue(i) {
    const where = formatPosition(i);
    const path = i.path ? `${i.path}: ` : '';
    const hint = i.suggestion ? ` (did you mean "${i.suggestion}"?)` : '';
    return `${where}: ${path}${i.message}${hint}`;
}
class UsageError extends RunlensError {
    exitCode = EXIT.usage;
    name = 'UsageError';
}
/** Malformed input a step was asked to read (SARIF, JUnit, lockfile, golden file). */
class InputError extends RunlensError {
    position;
    detail;
    hint;
    constructor(position, detail, hint) {
        super(`${formatPosition(position)}: ${detail}${hint ? ` — ${hint}` : ''}`);
        this.position = position;
        this.detail = detail;
        this.hint = hint;
        this.name = 'InputError';
    }
}
class ToolNotFoundError extends RunlensError {
    tool;
    installHint;
    constructor(tool, installHint) {
        super(`${tool} was not found on PATH — ${installHint}`);
        this.tool = tool;
        this.installHint = installHint;
        this.name = 'ToolNotFoundError';
    }
}
function exitCodeFor(err) {
    return err instanceof RunlensError ? err.exitCode : EXIT.internal;
}


/***/ }),

/***/ 5530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** A stable id from parts that identify a finding independently of its line number. */
function fingerprintOf(...parts) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        h.update(String(p ?? '')).update('\0');
    return h.digest('hex').slice(0, 32);
}


/***/ }),

/***/ 4079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ SEVERITY_MAP),
/* harmony export */   ZF: () => (/* binding */ severityFromSarif),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
// The one severity scale (DESIGN.md) and every mapping out of it. Data, not code.
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
/** The gate thresholds: a severity, or `none` to never fail on findings. */
const FAIL_ON = ['none', 'note', 'low', 'medium', 'high', 'critical'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };
/** Positive when a is more severe than b. Sorting with `(a, b) => compareSeverity(b, a)` puts the worst first. */
function compareSeverity(a, b) {
    return RANK[a] - RANK[b];
}
function atLeast(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
const SEVERITY_MAP = {
    critical: { sarifLevel: 'error', securitySeverity: '9.5', gitlab: 'Critical', codeClimate: 'blocker', annotation: 'error' },
    high: { sarifLevel: 'error', securitySeverity: '8.0', gitlab: 'High', codeClimate: 'critical', annotation: 'error' },
    medium: { sarifLevel: 'warning', securitySeverity: '5.5', gitlab: 'Medium', codeClimate: 'major', annotation: 'warning' },
    low: { sarifLevel: 'note', securitySeverity: '2.0', gitlab: 'Low', codeClimate: 'minor', annotation: 'notice' },
    note: { sarifLevel: 'note', securitySeverity: '0.1', gitlab: 'Info', codeClimate: 'info', annotation: 'notice' },
};
/** From a SARIF result: `security-severity` wins (GitHub's buckets), then the level. */
function severityFromSarif(level, securitySeverity) {
    const score = typeof securitySeverity === 'string' || typeof securitySeverity === 'number' ? Number(securitySeverity) : NaN;
    if (Number.isFinite(score)) {
        if (score >= 9)
            return 'critical';
        if (score >= 7)
            return 'high';
        if (score >= 4)
            return 'medium';
        if (score > 0.1)
            return 'low';
        return 'note';
    }
    switch (level) {
        case 'error':
            return 'high';
        case 'warning':
            return 'medium';
        case 'note':
            return 'low';
        default:
            // SARIF's default level is "warning".
            return level === 'none' ? 'note' : 'medium';
    }
}


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ atomicWriteFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
// Reports are read by other jobs and platforms: a crash mid-write must leave the old file or the
// new one, never half of either. Hence temp file in the same directory (rename is atomic only
// within a filesystem) + fsync of the data + rename + fsync of the directory entry.



async function atomicWriteFile(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
    await syncDirectory(dir);
}
// Makes the rename itself durable. Some filesystems refuse to fsync a directory; the data is
// already safe then, so that is not worth failing a run over.
async function syncDirectory(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        await handle.sync();
    }
    catch {
        // best effort
    }
    finally {
        await handle?.close();
    }
}


/***/ }),

/***/ 4116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ locateJsonPath),
/* harmony export */   pB: () => (/* binding */ formatJsonPath),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
// Reading JSON written by other tools, with positions for the errors a user has to fix.
// JSON.parse does the work (fast); jsonc-parser runs only when something is wrong, to say where.


function parseJson(file, text, what) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (err) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const offset = first?.offset ?? body.length;
        const detail = first ? describeParseError(first) : err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, ...positionAt(text, offset + (text.length - body.length)) }, `${what} is not valid JSON: ${detail}`, `fix the file or the tool that wrote it`);
    }
}
/** The position of the value at `path`, or of its nearest ancestor that exists. */
function locateJsonPath(text, path) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    if (!root)
        return { line: 1, column: 1 };
    for (let n = path.length; n >= 0; n--) {
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, n));
        if (node)
            return positionAt(text, node.offset);
    }
    return { line: 1, column: 1 };
}
function formatJsonPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/** 1-based line and column (in UTF-16 code units, as editors count) of a string offset. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}
const PARSE_ERROR_WORDS = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected ","',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected content after the end of the document',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'control character in a string',
};
function describeParseError(e) {
    const code = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error);
    return PARSE_ERROR_WORDS[code] ?? code;
}


/***/ }),

/***/ 4707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ matchFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
// Resolves the file patterns a step names (`sarif:`, `junit:`, `with.files`) to files on disk.




/**
 * Absolute paths of the files matching `patterns` (relative to `cwd`), sorted, without duplicates.
 * A pattern that matches nothing is an error: the step said it would write that file.
 */
async function matchFiles(patterns, cwd, what) {
    const found = new Set();
    for (const pattern of patterns) {
        const matches = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern) ? await globOne(pattern, cwd) : await literal(pattern, cwd);
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, `no ${what} file matches this pattern (relative to ${cwd})`, `check that the step writes it and that the path is relative to the step's working directory`);
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
    const firstDynamic = segments.findIndex((s) => (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(s));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, segments.slice(0, firstDynamic).join('/') || '.');
    const rest = segments.slice(firstDynamic).join('/');
    // `**/*.sarif` means the project's reports, not those shipped inside dependencies.
    const ignore = rest.includes('node_modules') ? ['**/.git/**'] : ['**/node_modules/**', '**/.git/**'];
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(rest, { cwd: root, absolute: true, onlyFiles: true, dot: true, expandDirectories: false, ignore });
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

/***/ 4782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ ingestSarif)
});

// UNUSED EXPORTS: findingsFromSarif

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(5530);
// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(4116);
// EXTERNAL MODULE: ./lib/ingest/match-files.js
var match_files = __webpack_require__(4707);
;// CONCATENATED MODULE: ./lib/ingest/sarif-category.js
/** Lower-cased driver names of tools whose every result is of one category. */
const TOOL_CATEGORY = {
    gitleaks: 'secret',
    trufflehog: 'secret',
    'detect-secrets': 'secret',
    'runlens-secrets': 'secret',
    'osv-scanner': 'dependency',
    grype: 'dependency',
    'dependency-check': 'dependency',
    'npm audit': 'dependency',
    'pip-audit': 'dependency',
    govulncheck: 'dependency',
    'runlens-deps': 'dependency',
};
/** Rule tags (lower-cased) that say what a result is, most specific first. */
const TAG_CATEGORY = [
    [/^(secret|secrets|credential|credentials|leak)$/, 'secret'],
    [/^(dependency|dependencies|vulnerable-dependency|sca|supply-chain)$/, 'dependency'],
    [/^(security|external\/cwe\/.*|cwe-\d+)$/, 'sast'],
];
function categoryOf(toolName, tags, hasSecuritySeverity) {
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

// EXTERNAL MODULE: ./lib/ingest/workspace-path.js
var workspace_path = __webpack_require__(8557);
;// CONCATENATED MODULE: ./lib/ingest/sarif.js
// Findings from SARIF 2.1.0 files other tools wrote (`sarif:` on a step, or `uses: sarif`).










/** Reads every SARIF file matching `patterns`; throws InputError (src/errors.ts) (file:line:col) on malformed input. */
async function ingestSarif(patterns, opts) {
    const files = await (0,match_files/* matchFiles */.x)(patterns, opts.cwd, 'SARIF');
    const findings = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        findings.push(...findingsFromSarif(text, file, opts));
    }
    return { findings, files: files.map((f) => (0,workspace_path/* toWorkspacePath */.C)(f, opts.cwd, opts.workspace)) };
}
const MAX_SNIPPET = 500;
const MAX_TITLE = 200;
/** The findings in one SARIF document. `file` is used for error positions and relative URIs' default base. */
function findingsFromSarif(text, file, opts) {
    const shown = (0,workspace_path/* toWorkspacePath */.C)(file, opts.cwd, opts.workspace);
    const log = (0,json_source/* parseJson */.qF)(shown, text, 'this SARIF file');
    const fail = (at, detail) => {
        throw new errors/* InputError */.dz({ file: shown, ...(0,json_source/* locateJsonPath */.Od)(text, at) }, `${(0,json_source/* formatJsonPath */.pB)(at) || 'the document'} ${detail}`, 'runlens reads SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/); check the tool was asked for SARIF output');
    };
    if (!isObject(log))
        return fail([], 'is not a SARIF log: expected a JSON object with "version" and "runs"');
    if (typeof log.version === 'string' && log.version !== '2.1.0')
        fail(['version'], `is "${log.version}"; only SARIF 2.1.0 is supported`);
    if (!Array.isArray(log.runs))
        return fail(['runs'], 'is missing or not an array: a SARIF log holds its results in "runs"');
    const findings = [];
    log.runs.forEach((run, r) => {
        if (!isObject(run))
            return fail(['runs', r], 'is not an object');
        const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
        if (!driver || typeof driver.name !== 'string' || driver.name === '') {
            return fail(['runs', r, 'tool', 'driver', 'name'], 'is missing: every SARIF run names the tool that produced it');
        }
        // `results` absent or null means the tool did not run to completion; there is nothing to read.
        if (run.results === undefined || run.results === null)
            return;
        if (!Array.isArray(run.results))
            return fail(['runs', r, 'results'], 'is not an array');
        const reader = new RunReader(run, file, opts);
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
    return findings;
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
        this.toolVersion = driver.semanticVersion ?? driver.version;
        for (const rule of driver.rules ?? [])
            if (rule?.id && !this.rulesById.has(rule.id))
                this.rulesById.set(rule.id, rule);
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
        const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
        const ruleProps = rule?.properties ?? {};
        const tags = stringArray(ruleProps.tags).concat(stringArray(result.properties?.tags));
        const securitySeverity = result.properties?.['security-severity'] ?? ruleProps['security-severity'];
        const level = result.level ?? rule?.defaultConfiguration?.level;
        const category = categoryOf(this.tool, tags, securitySeverity !== undefined);
        const location = this.locationOf(result, category);
        const message = this.messageOf(result, rule) ?? ruleId;
        const title = firstLine(rule?.shortDescription?.text ?? rule?.name ?? ruleId).slice(0, MAX_TITLE);
        const properties = { sarifFile: (0,workspace_path/* toWorkspacePath */.C)(this.file, this.opts.cwd, this.opts.workspace) };
        if (tags.length > 0)
            properties.tags = [...new Set(tags)];
        if (result.partialFingerprints)
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
        const help = rule?.help?.markdown ?? rule?.help?.text ?? rule?.fullDescription?.markdown ?? rule?.fullDescription?.text;
        if (help)
            finding.help = help;
        if (rule?.helpUri)
            finding.helpUri = rule.helpUri;
        return finding;
    }
    ruleOf(result) {
        const component = result.rule?.toolComponent;
        const rules = component?.index !== undefined ? this.run.tool.extensions?.[component.index]?.rules : (this.run.tool.driver.rules ?? undefined);
        const index = result.ruleIndex ?? result.rule?.index;
        if (rules && index !== undefined && index >= 0 && rules[index])
            return rules[index];
        const id = result.ruleId ?? result.rule?.id;
        if (id === undefined)
            return undefined;
        return (component?.index !== undefined ? rules?.find((r) => r.id === id) : undefined) ?? this.rulesById.get(id);
    }
    messageOf(result, rule) {
        const m = result.message;
        let text = m?.text ?? m?.markdown;
        if (text === undefined && m?.id) {
            const template = rule?.messageStrings?.[m.id];
            text = template?.text ?? template?.markdown;
        }
        if (text === undefined)
            return undefined;
        const args = m?.arguments ?? [];
        // SARIF placeholders are {0}, {1}…; {{ and }} are literal braces.
        return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, n) => whole === '{{' ? '{' : whole === '}}' ? '}' : (args[Number(n)] ?? whole));
    }
    locationOf(result, category) {
        const physical = result.locations?.find((l) => l?.physicalLocation)?.physicalLocation;
        if (!physical)
            return undefined;
        let artifact = physical.artifactLocation;
        if (artifact?.uri === undefined && artifact?.index !== undefined)
            artifact = this.run.artifacts?.[artifact.index]?.location ?? artifact;
        if (artifact?.uri === undefined)
            return undefined;
        const location = { path: this.resolveUri(artifact.uri, artifact.uriBaseId) };
        const region = physical.region;
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
            const snippet = region.snippet?.text;
            if (snippet && category !== 'secret')
                location.snippet = snippet.replace(/\r?\n$/, '').slice(0, MAX_SNIPPET);
        }
        return location;
    }
    /** Workspace-relative path of an artifact URI, following SARIF's uriBaseId indirection. */
    resolveUri(uri, uriBaseId, depth = 0) {
        if (/^file:/i.test(uri))
            return (0,workspace_path/* toWorkspacePath */.C)(uri, this.opts.cwd, this.opts.workspace);
        const decoded = safeDecode(uri);
        if (external_node_path_.isAbsolute(decoded))
            return (0,workspace_path/* toWorkspacePath */.C)(decoded, this.opts.cwd, this.opts.workspace);
        return (0,workspace_path/* toWorkspacePath */.C)(decoded, this.baseDir(uriBaseId, depth), this.opts.workspace);
    }
    baseDir(uriBaseId, depth) {
        if (uriBaseId === undefined)
            return this.opts.cwd;
        const declared = this.run.originalUriBaseIds?.[uriBaseId];
        if (declared?.uri !== undefined && depth < 10) {
            if (/^file:/i.test(declared.uri))
                return (0,external_node_url_.fileURLToPath)(declared.uri);
            const decoded = safeDecode(declared.uri);
            if (external_node_path_.isAbsolute(decoded))
                return decoded;
            return external_node_path_.resolve(this.baseDir(declared.uriBaseId, depth + 1), decoded);
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


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toWorkspacePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
// Other tools name files every way there is (relative, absolute, file:// URIs, Windows paths);
// reports want one: repository-relative with forward slashes.


/**
 * `ref` made relative to `workspace`. Relative refs are taken relative to `base` (where the tool
 * ran). A file outside the workspace keeps its absolute path: there is nothing better to link to.
 */
function toWorkspacePath(ref, base, workspace) {
    let absolute;
    if (/^file:/i.test(ref)) {
        try {
            absolute = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(ref);
        }
        catch {
            absolute = decodeURIComponent(ref.replace(/^file:\/*/i, '/'));
        }
    }
    else if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(ref)) {
        absolute = ref;
    }
    else if (/^[A-Za-z]:[\\/]/.test(ref)) {
        // A Windows path in a report made on another machine: only its tail can mean anything here.
        return ref.replace(/\\/g, '/');
    }
    else {
        absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(base, ref.replace(/\\/g, '/'));
    }
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, absolute);
    if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative))
        return absolute.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ detectPlatform),
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
/** Loads only the adapter in use: @actions/core (and its HTTP stack) stays out of laptop and GitLab runs. */
async function detectPlatform(env, cwd, opts = {}) {
    if (env.GITHUB_ACTIONS === 'true')
        return (await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 9520))).githubPlatform(env, { token: opts.githubToken });
    if (env.GITLAB_CI === 'true')
        return (await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 3116))).gitlabPlatform(env);
    return (await __webpack_require__.e(/* import() */ 316).then(__webpack_require__.bind(__webpack_require__, 5316))).localPlatform(cwd);
}
/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise (no-color.org). */
function wantsColor(env, stream) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== '0')
        return true;
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   qd: () => (/* binding */ tableHeader)
/* harmony export */ });
// Putting user data (file names, messages, test names) into GitHub-flavoured Markdown without it
// turning into markup: a `|` would split a table cell, `<script>`/`<details>` would be HTML.
const MARKDOWN_SPECIALS = /[\\`*_[\]|~#!]/g;
/** Text safe inside a Markdown paragraph or table cell: one line, HTML and Markdown neutralised. */
function escapeMarkdown(text, maxLength = 1000) {
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    return clipped
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_SPECIALS, (c) => `\\${c}`);
}
/**
 * A link whose text is escaped and whose URL cannot break out of the parentheses. URLs come from
 * other tools' SARIF too, so anything but http(s) (`javascript:`…) is shown as plain text.
 */
function markdownLink(text, url) {
    if (!/^https?:\/\//i.test(url))
        return escapeMarkdown(text);
    const safeUrl = url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
    return `[${escapeMarkdown(text)}](${safeUrl})`;
}
function tableHeader(columns) {
    const head = `| ${columns.map((c) => c.title).join(' | ')} |`;
    const rule = `| ${columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---')).join(' | ')} |`;
    return `${head}\n${rule}`;
}
/** One table row; cells must already be escaped (or be trusted Markdown). */
function tableRow(cells) {
    return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}


/***/ }),

/***/ 3340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/config/load.js + 3 modules
var load = __webpack_require__(8454);
// EXTERNAL MODULE: ./lib/engine/plan.js
var engine_plan = __webpack_require__(8479);
;// CONCATENATED MODULE: ./lib/engine/result.js
/** Bumped on any incompatible change to run.json. */
const RUN_RESULT_VERSION = 1;

// EXTERNAL MODULE: ./lib/checks/registry.js + 23 modules
var registry = __webpack_require__(174);
;// CONCATENATED MODULE: ./lib/engine/redactor.js
// Masked values never reach a step log or the console, whatever the platform does with them.
const MASK = '***';
class Redactor {
    secrets = [];
    /** Each line of a multi-line value is masked on its own, since output is handled line by line. */
    add(value) {
        for (const part of value.split(/\r?\n/)) {
            if (part.length > 0 && !this.secrets.includes(part))
                this.secrets.push(part);
        }
        // Longest first, so a secret containing another is masked whole.
        this.secrets.sort((a, b) => b.length - a.length);
    }
    redact(line) {
        let out = line;
        for (const s of this.secrets)
            if (out.includes(s))
                out = out.replaceAll(s, MASK);
        return out;
    }
}

// EXTERNAL MODULE: ./lib/config/duration.js
var duration = __webpack_require__(6804);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(4116);
// EXTERNAL MODULE: ./lib/ingest/match-files.js
var match_files = __webpack_require__(4707);
// EXTERNAL MODULE: ./lib/ingest/workspace-path.js
var workspace_path = __webpack_require__(8557);
;// CONCATENATED MODULE: ./lib/ingest/junit.js
// Test results from JUnit XML, as written by pytest, vitest, node --test, mocha, surefire, go-junit-report…







/** Reads every JUnit XML file matching `patterns`; throws InputError (src/errors.ts) (file:line:col) on malformed input. */
async function ingestJunit(patterns, opts) {
    const files = await (0,match_files/* matchFiles */.x)(patterns, opts.cwd, 'JUnit XML');
    const cases = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        cases.push(...casesFromJunit(text, file, opts));
    }
    return { cases, files: files.map((f) => (0,workspace_path/* toWorkspacePath */.C)(f, opts.cwd, opts.workspace)) };
}
// Failure output can be megabytes (a whole log); run.json and every report carry it.
const MAX_DETAILS = 10_000;
const MAX_MESSAGE = 1_000;
const ELEMENTS = new Set(['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped']);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    // A prefix keeps node --test's `failure="…"` attribute apart from its <failure> element.
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && ELEMENTS.has(name),
});
/** The test cases in one JUnit XML document. */
function casesFromJunit(text, file, opts) {
    const shown = (0,workspace_path/* toWorkspacePath */.C)(file, opts.cwd, opts.workspace);
    const check = fxp/* XMLValidator */.iI.validate(text);
    if (check !== true) {
        throw new errors/* InputError */.dz({ file: shown, line: check.err.line, column: check.err.col }, `not well-formed XML: ${check.err.msg}`, 'a test run that crashed or was killed can leave a truncated report; rerun the tests or fix the reporter');
    }
    const doc = parser.parse(text);
    const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && k !== '#text');
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        const at = rootName ? text.indexOf(`<${rootName}`) : 0;
        throw new errors/* InputError */.dz({ file: shown, ...(0,json_source/* positionAt */.t$)(text, Math.max(at, 0)) }, rootName ? `the root element is <${rootName}>, not <testsuites> or <testsuite>` : 'the document has no root element', 'point `junit:` at JUnit XML test results');
    }
    const roots = asNodes(doc[rootName]);
    // pytest numbers lines from 0 (its `line` is a Python code object's index); everyone else from 1.
    const lineBase = roots.some((r) => r['@name'] === 'pytest tests' || r['@name'] === 'pytest') ? 1 : 0;
    const reader = { opts, lineBase, fallbackSuite: external_node_path_.basename(file), cases: [] };
    for (const root of roots) {
        if (rootName === 'testsuite')
            readSuite(root, [], undefined, reader);
        else {
            for (const suite of asNodes(root.testsuite))
                readSuite(suite, [], undefined, reader);
            // A few writers put cases straight under <testsuites>.
            for (const tc of asNodes(root.testcase))
                reader.cases.push(readCase(tc, attr(root, 'name') ?? reader.fallbackSuite, undefined, reader));
        }
    }
    return reader.cases;
}
function readSuite(suite, parents, parentFile, reader) {
    const names = [...parents, attr(suite, 'name') ?? ''].filter((n) => n !== '');
    const name = names.join(' > ') || reader.fallbackSuite;
    const file = attr(suite, 'file') ?? attr(suite, 'filepath') ?? parentFile;
    for (const tc of asNodes(suite.testcase))
        reader.cases.push(readCase(tc, name, file, reader));
    // node --test nests suites.
    for (const child of asNodes(suite.testsuite))
        readSuite(child, names, file, reader);
}
function readCase(tc, suite, suiteFile, reader) {
    const failure = asNodes(tc.failure)[0];
    const error = asNodes(tc.error)[0];
    const skipped = asNodes(tc.skipped)[0];
    const outcome = failure ?? error ?? skipped;
    const status = failure ? 'failed' : error ? 'error' : skipped ? 'skipped' : 'passed';
    const testCase = {
        suite,
        name: attr(tc, 'name') ?? '(unnamed)',
        status,
        durationMs: seconds(attr(tc, 'time')),
    };
    const classname = attr(tc, 'classname');
    if (classname)
        testCase.classname = classname;
    if (outcome) {
        const body = junit_text(outcome).trim();
        const message = attr(outcome, 'message') ?? body.split('\n', 1)[0];
        if (message)
            testCase.message = clip(message, MAX_MESSAGE);
        if (body && body !== message)
            testCase.details = clip(body, MAX_DETAILS);
    }
    const file = attr(tc, 'file') ?? attr(tc, 'filepath') ?? suiteFile;
    if (file)
        testCase.file = (0,workspace_path/* toWorkspacePath */.C)(file, reader.opts.cwd, reader.opts.workspace);
    const line = Number.parseInt(attr(tc, 'line') ?? '', 10);
    if (Number.isInteger(line) && line + reader.lineBase > 0)
        testCase.line = line + reader.lineBase;
    return testCase;
}
// `<skipped/>` parses to '' and `<failure>text</failure>` to a string: both become nodes.
function asNodes(v) {
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return list.map((x) => (typeof x === 'object' && x !== null ? x : { '#text': String(x) }));
}
function attr(node, name) {
    const v = node[`@${name}`];
    return typeof v === 'string' ? v : undefined;
}
function junit_text(node) {
    const v = node['#text'];
    return typeof v === 'string' ? v : '';
}
/** JUnit times are seconds; some writers group thousands with commas ("1,234.5"), some use a decimal comma. */
function seconds(value) {
    if (!value)
        return 0;
    const normal = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replace(/,/g, '') : value.replace(',', '.');
    const s = Number(normal);
    return Number.isFinite(s) && s >= 0 ? Math.round(s * 1000) : 0;
}
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
}

// EXTERNAL MODULE: ./lib/ingest/sarif.js + 1 modules
var sarif = __webpack_require__(4782);
;// CONCATENATED MODULE: ./lib/engine/backoff.js
// Retry delays: exponential backoff with "full jitter" (a uniform draw below the exponential ceiling),
// which spreads retries of many jobs hitting the same flaky service instead of having them retry in step.
/** No retry waits longer than this, however many attempts are configured. */
const MAX_BACKOFF_MS = 5 * 60_000;
/** The upper bound of the delay before retry number `retry` (1 = the first retry): base, 2·base, 4·base, … capped. */
function backoffCeiling(retry, baseMs, capMs = MAX_BACKOFF_MS) {
    const cap = Math.max(capMs, baseMs);
    return Math.min(cap, baseMs * 2 ** Math.max(0, retry - 1));
}
/** The delay before retry number `retry`: uniform in [0, ceiling). `random` returns [0, 1), like Math.random. */
function backoffDelay(retry, baseMs, opts = {}) {
    const random = opts.random ?? Math.random;
    return Math.floor(random() * backoffCeiling(retry, baseMs, opts.capMs));
}
/** Resolves after `ms`, or early (with false) when `signal` aborts. */
function sleep(ms, signal) {
    if (signal.aborted)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const done = (completed) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            resolve(completed);
        };
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(true), ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: ./lib/engine/process.js + 1 modules
var process = __webpack_require__(9507);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/engine/step-log.js
// `<outputDir>/logs/<step>.log`: the step's output as it comes (masked, no colour codes added), plus
// runlens's own remarks marked `[runlens]`.



// Lines are coalesced into one write per event-loop turn (or per 64 KiB): a write call per line made
// a million-line step several times slower.
const FLUSH_AT = 64 * 1024;
class StepLog {
    file;
    out;
    redactor;
    echo;
    failure;
    pending = '';
    scheduled = false;
    constructor(
    /** Absolute. */
    file, out, redactor, echo) {
        this.file = file;
        this.out = out;
        this.redactor = redactor;
        this.echo = echo;
        // A full disk must not crash the run: the step goes on, its log is incomplete.
        out.on('error', (err) => {
            this.failure ??= err;
        });
    }
    static async open(file, redactor, echo) {
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'w' });
        await new Promise((resolve, reject) => {
            out.once('open', () => resolve());
            out.once('error', reject);
        });
        return new StepLog(file, out, redactor, echo);
    }
    /** A line of the step's own output: to the log and the console. */
    line(text) {
        const masked = this.redactor.redact(text);
        this.append(masked + '\n');
        this.echo(masked);
    }
    /** A remark of runlens about the step: to the log only. */
    note(text) {
        // Every line carries the marker, so a multi-line script or a stack trace cannot pass for step output.
        const lines = this.redactor.redact(text.trimEnd()).split(/\r?\n/);
        this.append(lines.map((l) => `[runlens] ${l}`.trimEnd()).join('\n') + '\n');
    }
    append(text) {
        this.pending += text;
        if (this.pending.length >= FLUSH_AT)
            this.flush();
        else if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => this.flush());
        }
    }
    flush() {
        this.scheduled = false;
        if (this.pending === '')
            return;
        if (!this.failure)
            this.out.write(this.pending);
        this.pending = '';
    }
    /** Resolves once everything is on disk; returns why the log is incomplete, if it is. */
    async close() {
        this.flush();
        await new Promise((resolve) => this.out.end(resolve));
        return this.failure ? `the step log ${this.file} is incomplete: ${this.failure.message}` : undefined;
    }
}

;// CONCATENATED MODULE: ./lib/engine/step-runner.js
// One step from start to StepResult: attempts with backoff, a process or a built-in check, then the
// SARIF / JUnit files a `run:` step wrote.








async function runStep(step, run) {
    const { ctx, trace } = run;
    const started = Date.now();
    const logFile = external_node_path_.join(ctx.outputDir, run.logPath);
    const log = await StepLog.open(logFile, run.redactor, (line) => ctx.progress.stepOutput(step.id, line));
    const env = { ...ctx.env, ...step.env, ...trace.env, RUNLENS_STEP: step.id };
    const total = 1 + step.retries.attempts;
    const attempts = [];
    let last;
    let cancelledWhileWaiting = false;
    if (step.kind === 'run')
        log.note(`$ ${Array.isArray(step.command) ? JSON.stringify(step.command) : step.command}`);
    for (let n = 1; n <= total; n++) {
        if (n > 1) {
            const delayMs = backoffDelay(n - 1, step.retries.backoffMs, { random: run.random });
            ctx.progress.stepRetrying(step.id, attempts[attempts.length - 1], { attempt: n, of: total, delayMs });
            log.note(`retrying in ${(0,duration/* formatDuration */.a)(delayMs)}`);
            if (!(await sleep(delayMs, ctx.signal))) {
                cancelledWhileWaiting = true;
                break;
            }
        }
        if (total > 1)
            log.note(`attempt ${n}/${total}`);
        const attemptStarted = new Date();
        last = step.kind === 'run' ? await runCommand(step, env, log, ctx) : await runCheck(step, env, log, run);
        const attempt = {
            attempt: n,
            startedAt: attemptStarted.toISOString(),
            durationMs: Date.now() - attemptStarted.getTime(),
            exitCode: last.exitCode,
            signal: last.signal,
            status: last.status,
            ...(last.error ? { error: last.error } : {}),
        };
        attempts.push(attempt);
        trace.attempt(attempt);
        if (last.status === 'failed' && last.error)
            log.note(`failed: ${last.error}`);
        if (last.status === 'passed' || last.status === 'cancelled' || ctx.signal.aborted)
            break;
    }
    let status = cancelledWhileWaiting ? 'cancelled' : (last?.status ?? 'cancelled');
    let reason = cancelledWhileWaiting ? 'cancelled while waiting to retry' : last?.error;
    let findings = last?.check?.findings ?? [];
    let cases = last?.check?.cases ?? [];
    const artifacts = [...(last?.check?.artifacts ?? [])];
    if (step.kind === 'run' && status !== 'cancelled') {
        const ingested = await ingest(step, ctx.workspace, log);
        findings = ingested.findings;
        cases = ingested.cases;
        artifacts.push(...ingested.files);
        if (ingested.problem && status === 'passed') {
            status = 'failed';
            reason = ingested.problem;
        }
    }
    const incomplete = await log.close();
    if (incomplete)
        reason = reason ? `${reason}; ${incomplete}` : incomplete;
    const result = {
        id: step.id,
        kind: step.kind,
        needs: step.needs,
        status,
        allowedFailure: step.continueOnError && (status === 'failed' || status === 'timed-out'),
        ...(reason ? { reason } : {}),
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        attempts,
        exitCode: last?.exitCode ?? null,
        logPath: run.logPath,
        findings,
        cases,
        artifacts,
        ...(last?.check?.summary ? { summary: last.check.summary } : {}),
    };
    return result;
}
function runCommand(step, env, log, ctx) {
    return (0,process/* runProcess */.R)({
        command: step.command,
        shell: step.shell,
        cwd: step.cwd,
        env,
        timeoutMs: step.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        signal: ctx.signal,
        onLine: (line) => log.line(line),
        onNote: (line) => log.note(line),
    });
}
/**
 * A built-in check runs in-process. Its signal fires on timeout or cancel; a check that ignores it is
 * abandoned after the kill grace (it cannot be killed), and the step ends all the same.
 */
async function runCheck(step, env, log, run) {
    const { ctx, trace } = run;
    const check = run.checks.find((c) => c.kind === step.kind);
    if (!check)
        throw new Error(`runlens bug: the plan let through unknown check kind "${step.kind}"`);
    if (ctx.signal.aborted)
        return { status: 'cancelled', exitCode: null, signal: null, error: 'the run was cancelled before it started' };
    const controller = new AbortController();
    let stopReason;
    let abandon = () => undefined;
    const abandoned = new Promise((resolve) => {
        abandon = () => resolve('abandoned');
    });
    let graceTimer;
    const stop = (reason) => {
        if (stopReason)
            return;
        stopReason = reason;
        controller.abort(new Error(reason === 'timed-out' ? `timed out after ${(0,duration/* formatDuration */.a)(step.timeoutMs)}` : 'the run was cancelled'));
        graceTimer = setTimeout(abandon, ctx.killGraceMs);
    };
    const timer = step.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(step.timeoutMs, 2 ** 31 - 1)) : undefined;
    const onAbort = () => stop('cancelled');
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    const checkCtx = {
        stepId: step.id,
        cwd: step.cwd,
        workspace: ctx.workspace,
        outputDir: ctx.outputDir,
        options: step.options,
        platform: ctx.platform,
        env,
        signal: controller.signal,
        log: (line) => {
            for (const l of String(line).split(/\r?\n/))
                log.line(l);
        },
        mask: (value) => {
            run.redactor.add(value);
            ctx.mask(value);
        },
        phase: (name, fn, attributes) => trace.phase(name, fn, attributes),
    };
    let outcome;
    try {
        const settled = await Promise.race([check.run(checkCtx), abandoned]);
        if (settled === 'abandoned') {
            log.note(`the ${step.kind} check did not stop within ${(0,duration/* formatDuration */.a)(ctx.killGraceMs)} of being asked to; left behind`);
            outcome = { status: 'failed', exitCode: null, signal: null };
        }
        else {
            const failed = settled.status === 'failed';
            outcome = {
                status: failed ? 'failed' : 'passed',
                exitCode: null,
                signal: null,
                ...(failed ? { error: settled.error ?? `the ${step.kind} check failed` } : {}),
                check: settled,
            };
        }
    }
    catch (err) {
        if (err instanceof errors/* RunlensError */.YD) {
            outcome = { status: 'failed', exitCode: null, signal: null, error: err.message };
        }
        else {
            const e = err instanceof Error ? err : new Error(String(err));
            if (!stopReason)
                log.note(`the ${step.kind} check crashed:\n${e.stack ?? e.message}`);
            outcome = {
                status: 'failed',
                exitCode: null,
                signal: null,
                error: `the ${step.kind} check crashed (${e.message}); the stack trace is in the step log — this is a runlens bug, please report it`,
            };
        }
    }
    finally {
        clearTimeout(timer);
        clearTimeout(graceTimer);
        ctx.signal.removeEventListener('abort', onAbort);
    }
    if (stopReason === 'timed-out')
        return { ...outcome, status: 'timed-out', error: `timed out after ${(0,duration/* formatDuration */.a)(step.timeoutMs)}` };
    if (stopReason === 'cancelled')
        return { ...outcome, status: 'cancelled', error: 'cancelled' };
    return outcome;
}
/** The `sarif:` and `junit:` files a `run:` step wrote. The ingesters reject a pattern that matches no file. */
async function ingest(step, workspace, log) {
    const out = { findings: [], cases: [], files: [] };
    const problems = [];
    const opts = { cwd: step.cwd, workspace, stepId: step.id };
    for (const [key, patterns] of [
        ['sarif', step.sarif],
        ['junit', step.junit],
    ]) {
        if (patterns.length === 0)
            continue;
        try {
            if (key === 'sarif') {
                const r = await (0,sarif/* ingestSarif */.m)(patterns, opts);
                out.findings.push(...r.findings);
                out.files.push(...r.files);
            }
            else {
                const r = await ingestJunit(patterns, opts);
                out.cases.push(...r.cases);
                out.files.push(...r.files);
            }
        }
        catch (err) {
            if (err instanceof errors/* RunlensError */.YD) {
                problems.push(err.message);
            }
            else {
                const e = err instanceof Error ? err : new Error(String(err));
                log.note(`reading the ${key} files crashed:\n${e.stack ?? e.message}`);
                problems.push(`reading the ${key} files crashed (${e.message}); the stack trace is in the step log — this is a runlens bug, please report it`);
            }
        }
    }
    for (const p of problems)
        log.note(p);
    return problems.length > 0 ? { ...out, problem: problems.join('; ') } : out;
}

;// CONCATENATED MODULE: ./lib/engine/scheduler.js
// Runs a plan: every ready step starts as soon as a slot is free; a step whose need did not succeed is
// skipped with the reason; cancelling stops running steps and skips the rest. Always returns a result
// for every step of the plan, in plan order.





async function runPlan(plan, ctx, opts = {}) {
    await (0,promises_.mkdir)(external_node_path_.join(ctx.outputDir, 'logs'), { recursive: true });
    const redactor = new Redactor();
    const results = new Map();
    const pending = [...plan.steps];
    let running = 0;
    ctx.progress.runStarted(plan.steps.map((s) => s.id));
    const finish = (step, result, logFile) => {
        results.set(step.id, result);
        ctx.progress.stepFinished(result, logFile);
    };
    await new Promise((resolve, reject) => {
        let failedBug = false;
        const pump = () => {
            if (failedBug)
                return;
            // Plan order is topological, so one pass also settles skips that cascade from skips made in it.
            for (let i = 0; i < pending.length;) {
                const step = pending[i];
                if (ctx.signal.aborted) {
                    pending.splice(i, 1);
                    finish(step, skipped(step, 'run cancelled'), undefined);
                    ctx.trace.step(step.id, step.kind).end(results.get(step.id));
                    continue;
                }
                const needs = step.needs.map((n) => results.get(n));
                if (needs.some((r) => r === undefined)) {
                    i++;
                    continue;
                }
                const blocked = blockedBy(needs);
                if (blocked) {
                    pending.splice(i, 1);
                    finish(step, skipped(step, blocked), undefined);
                    ctx.trace.step(step.id, step.kind).end(results.get(step.id));
                    continue;
                }
                if (running >= ctx.concurrency) {
                    i++;
                    continue;
                }
                pending.splice(i, 1);
                running++;
                start(step).then(() => {
                    running--;
                    pump();
                }, (err) => {
                    failedBug = true;
                    reject(err instanceof Error ? err : new Error(String(err)));
                });
            }
            if (pending.length === 0 && running === 0) {
                ctx.signal.removeEventListener('abort', pump);
                resolve();
            }
        };
        const start = async (step) => {
            ctx.progress.stepStarted({ id: step.id, kind: step.kind });
            const trace = ctx.trace.step(step.id, step.kind);
            const logPath = `logs/${step.id}.log`;
            const result = await runStep(step, {
                ctx,
                trace,
                redactor,
                logPath,
                checks: opts.checks ?? registry/* CHECKS */.u,
                ...(opts.random ? { random: opts.random } : {}),
            });
            trace.end(result);
            finish(step, result, external_node_path_.join(ctx.outputDir, logPath));
        };
        ctx.signal.addEventListener('abort', pump);
        pump();
    });
    await ctx.progress.flush();
    return plan.steps.map((s) => results.get(s.id));
}
/** Why a step cannot run given its needs' results, or undefined when it can. */
function blockedBy(needs) {
    const bad = needs.filter((r) => !(r.status === 'passed' || r.allowedFailure));
    if (bad.length === 0)
        return undefined;
    const what = (r) => r.status === 'failed' ? 'failed' : r.status === 'timed-out' ? 'timed out' : r.status === 'cancelled' ? 'was cancelled' : 'was skipped';
    return `needs ${bad.map((r) => `${r.id}, which ${what(r)}`).join(', and ')}`;
}
function skipped(step, reason) {
    return {
        id: step.id,
        kind: step.kind,
        needs: step.needs,
        status: 'skipped',
        allowedFailure: false,
        reason,
        durationMs: 0,
        attempts: [],
        exitCode: null,
        findings: [],
        cases: [],
        artifacts: [],
    };
}

// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
;// CONCATENATED MODULE: ./lib/findings/gate.js

function countFindings(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 };
    for (const f of findings) {
        counts[f.severity] += 1;
        counts.total += 1;
    }
    return counts;
}
function evaluateGate(steps, failOn) {
    const counts = countFindings(steps.flatMap((s) => s.findings));
    if (failOn === 'none') {
        return { failOn, passed: true, reason: `The findings gate is off (fail-on: none); ${plural(counts.total, 'finding')} reported.` };
    }
    const blocking = severity/* SEVERITIES */.oC.filter((s) => (0,severity/* atLeast */.jZ)(s, failOn) && counts[s] > 0);
    if (blocking.length === 0) {
        return {
            failOn,
            passed: true,
            reason: `No findings at or above the ${failOn} threshold (${plural(counts.total, 'finding')} in total).`,
        };
    }
    const parts = blocking.map((s) => `${counts[s]} ${s}`);
    const total = blocking.reduce((n, s) => n + counts[s], 0);
    return {
        failOn,
        passed: false,
        reason: `${joinWords(parts)} ${total === 1 ? 'finding' : 'findings'} at or above the ${failOn} threshold.`,
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function joinWords(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

;// CONCATENATED MODULE: ./lib/report/annotations.js
// Annotations on the diff and the run page. GitHub shows 10 per level per step and 50 per job and
// silently drops the rest, so runlens picks: failed steps, then the most severe findings, then one
// notice that says how many more there are and where.


const GITHUB_ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 };
function selectAnnotations(run, limits = GITHUB_ANNOTATION_LIMITS) {
    const candidates = [];
    for (const step of run.steps) {
        if ((step.status === 'failed' || step.status === 'timed-out') && !step.allowedFailure) {
            candidates.push({
                level: 'error',
                title: `step ${step.id} ${step.status === 'timed-out' ? 'timed out' : 'failed'}`,
                message: step.reason ?? (step.exitCode !== null ? `exit code ${step.exitCode}` : `${step.id} did not finish`),
            });
        }
    }
    const findings = run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
    for (const f of findings)
        candidates.push(annotationFor(run, f));
    const used = { error: 0, warning: 0, notice: 0 };
    const chosen = [];
    let left = 0;
    for (const a of candidates) {
        if (used[a.level] < limits.perLevel && chosen.length < limits.perJob) {
            used[a.level] += 1;
            chosen.push(a);
        }
        else
            left += 1;
    }
    if (left === 0)
        return chosen;
    // The "more" notice needs a notice slot: give up the last (least severe) notice if they are all taken.
    if (used.notice >= limits.perLevel || chosen.length >= limits.perJob) {
        const last = chosen.findLastIndex((a) => a.level === 'notice');
        chosen.splice(last === -1 ? chosen.length - 1 : last, 1);
        left += 1;
    }
    chosen.push({
        level: 'notice',
        title: `${left} more ${left === 1 ? 'annotation' : 'annotations'} not shown`,
        message: `GitHub shows ${limits.perLevel} annotations of each level per step; ${left} more ${left === 1 ? 'is' : 'are'} in the job summary, the SARIF report (code scanning) and run.json.`,
    });
    return chosen;
}
function annotationFor(run, f) {
    const a = {
        level: severity/* SEVERITY_MAP */.T0[f.severity].annotation,
        title: `${f.severity}: ${f.title} (${f.tool} ${f.ruleId})`,
        message: f.message || f.title,
    };
    const loc = f.location;
    // Annotations attach to repository files only; an absolute path is outside the checkout.
    if (loc && !external_node_path_.isAbsolute(loc.path)) {
        a.file = loc.path;
        if (loc.startLine) {
            a.startLine = loc.startLine;
            if (loc.endLine && loc.endLine >= loc.startLine)
                a.endLine = loc.endLine;
            // GitHub ignores columns on multi-line annotations.
            if (loc.startColumn && (a.endLine === undefined || a.endLine === a.startLine)) {
                a.startColumn = loc.startColumn;
                if (loc.endColumn && loc.endColumn >= loc.startColumn)
                    a.endColumn = loc.endColumn;
            }
        }
    }
    else if (!loc && run.configPath) {
        const config = external_node_path_.relative(run.workspace, run.configPath);
        if (config && !config.startsWith('..') && !external_node_path_.isAbsolute(config))
            a.file = config.split(external_node_path_.sep).join('/');
    }
    return a;
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./lib/report/source-link.js
/** The web URL of `file` (workspace-relative) at `platform.sha`, or undefined when the platform does not say where. */
function sourceUrl(platform, file, startLine, endLine) {
    if (!platform.serverUrl || !platform.repository || !platform.sha || file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file))
        return undefined;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    const base = platform.serverUrl.replace(/\/+$/, '');
    const range = endLine !== undefined && startLine !== undefined && endLine > startLine;
    switch (platform.kind) {
        case 'gitlab':
            return `${base}/${platform.repository}/-/blob/${platform.sha}/${encoded}${startLine ? `#L${startLine}${range ? `-${endLine}` : ''}` : ''}`;
        case 'github':
        case 'local':
            // A local run that knows its server (a GitHub remote) links the GitHub way.
            return `${base}/${platform.repository}/blob/${platform.sha}/${encoded}${startLine ? `#L${startLine}${range ? `-L${endLine}` : ''}` : ''}`;
    }
}

;// CONCATENATED MODULE: ./lib/report/summary.js
// The job summary (GitHub step summary, summary.md): what happened, at a glance, under 1 MiB.




const DEFAULTS = { maxBytes: 1_000_000, topFindings: 50, failedTests: 50 };
// Room kept for the truncation notice itself.
const NOTICE_RESERVE = 2_000;
const SEVERITY_ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', note: '⬜' };
function renderSummary(run, opts = {}) {
    const o = { ...DEFAULTS, ...opts };
    const head = resultBlock(run);
    const sections = [
        stepsSection(run),
        severitySection(run),
        topFindingsSection(run, o.topFindings),
        failedTestsSection(run, o.failedTests),
        ...stepSummarySections(run),
        notesSection(run),
    ].filter((s) => s !== undefined);
    const lost = fitToBudget(head, sections, Math.max(0, o.maxBytes - NOTICE_RESERVE));
    let out = render(head, sections);
    if (lost.length > 0) {
        const notice = `\n> [!WARNING]\n> This summary was cut to stay under ${o.maxBytes.toLocaleString('en-US')} bytes: ${(0,markdown/* escapeMarkdown */.FV)(lost.join('; '), 400)}. Everything is in run.json and the SARIF report.\n`;
        out += notice;
    }
    // Last resort, should the head alone be too big: cut at a line boundary, whole characters only.
    if (bytes(out) > o.maxBytes)
        out = cutToBytes(out, o.maxBytes);
    return out;
}
function resultBlock(run) {
    const allowedFailures = run.steps.filter((s) => s.allowedFailure && s.status !== 'passed' && s.status !== 'skipped');
    const icon = run.status === 'failed' ? '❌' : run.status === 'cancelled' || allowedFailures.length > 0 ? '⚠️' : '✅';
    const verb = run.status === 'passed' ? 'passed' : run.status === 'cancelled' ? 'was cancelled' : 'failed';
    const paragraphs = [`## ${icon} ${(0,markdown/* escapeMarkdown */.FV)(run.name, 200)} ${verb} in ${(0,duration/* formatDuration */.a)(run.durationMs)}`];
    const gateIcon = run.gate.passed ? '✅' : '❌';
    const facts = [`${gateIcon} **Findings gate** (fail-on: ${run.gate.failOn}): ${(0,markdown/* escapeMarkdown */.FV)(run.gate.reason, 500)}`];
    const failed = run.steps.filter((s) => isFailure(s.status) && !s.allowedFailure);
    if (failed.length > 0)
        facts.push(`❌ **Failed steps:** ${(0,markdown/* escapeMarkdown */.FV)(failed.map((s) => s.id).join(', '), 2000)}`);
    if (allowedFailures.length > 0)
        facts.push(`⚠️ **Allowed to fail:** ${(0,markdown/* escapeMarkdown */.FV)(allowedFailures.map((s) => s.id).join(', '), 2000)}`);
    // Two trailing spaces: a line break inside one paragraph.
    paragraphs.push(facts.join('  \n'));
    const context = [
        `runlens ${(0,markdown/* escapeMarkdown */.FV)(run.runlensVersion)}`,
        run.platform.sha ? `commit ${(0,markdown/* escapeMarkdown */.FV)(run.platform.sha.slice(0, 12))}` : undefined,
        run.platform.runUrl ? (0,markdown/* markdownLink */.iQ)('workflow run', run.platform.runUrl) : undefined,
        run.traceId ? `trace ${(0,markdown/* escapeMarkdown */.FV)(run.traceId)}` : undefined,
    ].filter(Boolean);
    paragraphs.push(`<sub>${context.join(' · ')}</sub>`);
    return `${paragraphs.join('\n\n')}\n`;
}
function stepsSection(run) {
    if (run.steps.length === 0)
        return undefined;
    // Unbounded (one row per step), unlike the capped tables below, so it gives way first after the step summaries.
    return section('rows of the steps table', 25, `### Steps\n\n${(0,markdown/* tableHeader */.qd)([
        { title: ' ' },
        { title: 'Step' },
        { title: 'Kind' },
        { title: 'Duration', align: 'right' },
        { title: 'Attempts', align: 'right' },
        { title: 'Reason' },
    ])}`, run.steps.map((s) => (0,markdown/* tableRow */.jD)([
        stepIcon(s),
        (0,markdown/* escapeMarkdown */.FV)(s.id, 200),
        (0,markdown/* escapeMarkdown */.FV)(s.kind, 100),
        s.status === 'skipped' ? '–' : (0,duration/* formatDuration */.a)(s.durationMs),
        s.attempts.length > 0 ? String(s.attempts.length) : '–',
        (0,markdown/* escapeMarkdown */.FV)(stepReason(s), 500),
    ])));
}
function severitySection(run) {
    const c = run.counts;
    const header = (0,markdown/* tableHeader */.qd)([
        ...severity/* SEVERITIES */.oC.map((s) => ({ title: `${SEVERITY_ICON[s]} ${s}`, align: 'right' })),
        { title: 'total', align: 'right' },
    ]);
    return section('the findings count', 90, `### Findings by severity\n\n${header}`, [
        (0,markdown/* tableRow */.jD)([...severity/* SEVERITIES */.oC.map((s) => String(c[s])), String(c.total)]),
    ]);
}
function topFindingsSection(run, limit) {
    const all = run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, limit);
    const s = section('rows of the top findings', 40, `### ${all.length > shown.length ? `Top ${shown.length} findings` : 'Findings'}, most severe first\n\n${(0,markdown/* tableHeader */.qd)([
        { title: 'Severity' },
        { title: 'Finding' },
        { title: 'Location' },
        { title: 'Tool' },
    ])}`, shown.map((f) => findingRow(run, f)));
    if (all.length > shown.length)
        s.tail = `\n_…and ${all.length - shown.length} more in the SARIF report and run.json._`;
    return s;
}
function findingRow(run, f) {
    const title = f.helpUri ? (0,markdown/* markdownLink */.iQ)(f.title, f.helpUri) : `**${(0,markdown/* escapeMarkdown */.FV)(f.title, 200)}**`;
    const message = f.message && f.message !== f.title ? `<br>${(0,markdown/* escapeMarkdown */.FV)(f.message, 500)}` : '';
    return (0,markdown/* tableRow */.jD)([
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        `${title}${message}`,
        f.location ? locationLink(run, f.location.path, f.location.startLine, f.location.endLine) : '–',
        `${(0,markdown/* escapeMarkdown */.FV)(f.tool, 100)} · ${(0,markdown/* escapeMarkdown */.FV)(f.ruleId, 200)}`,
    ]);
}
function failedTestsSection(run, limit) {
    const failed = [];
    for (const step of run.steps)
        for (const tc of step.cases)
            if (tc.status === 'failed' || tc.status === 'error')
                failed.push({ step, tc });
    if (failed.length === 0)
        return undefined;
    const shown = failed.slice(0, limit);
    const s = section('rows of the failed tests', 30, `### Failed tests (${failed.length})\n\n${(0,markdown/* tableHeader */.qd)([{ title: 'Test' }, { title: 'Step' }, { title: 'Where' }, { title: 'Message' }])}`, shown.map(({ step, tc }) => (0,markdown/* tableRow */.jD)([
        `${tc.status === 'error' ? '💥' : '❌'} ${(0,markdown/* escapeMarkdown */.FV)(`${tc.suite} › ${tc.name}`, 300)}`,
        (0,markdown/* escapeMarkdown */.FV)(step.id, 200),
        tc.file ? locationLink(run, tc.file, tc.line) : '–',
        (0,markdown/* escapeMarkdown */.FV)(tc.message ?? '', 500),
    ])));
    if (failed.length > shown.length)
        s.tail = `\n_…and ${failed.length - shown.length} more in junit.xml._`;
    return s;
}
function stepSummarySections(run) {
    const withSummary = run.steps.filter((s) => s.summary && s.summary.trim() !== '');
    // Later steps' summaries go first when space runs out.
    return withSummary.map((s, i) => ({
        ...section(s.id, 10 + (withSummary.length - i) / 1000, `### ${(0,markdown/* escapeMarkdown */.FV)(s.id, 200)}\n\n${s.summary.trim()}`, []),
        whole: true,
    }));
}
function notesSection(run) {
    if (run.notes.length === 0)
        return undefined;
    return section('notes', 70, '### Notes\n', run.notes.map((n) => `- ${(0,markdown/* escapeMarkdown */.FV)(n, 2000)}`));
}
function section(label, priority, head, rows) {
    return { label, head, rows, whole: false, priority, droppedRows: 0, dropped: false };
}
/** Drops rows and sections, least important first, until the summary fits. Returns what was lost. */
function fitToBudget(head, sections, budget) {
    let size = bytes(render(head, sections));
    const order = [...sections].sort((a, b) => a.priority - b.priority);
    for (const s of order) {
        if (size <= budget)
            break;
        if (!s.whole) {
            while (s.rows.length > 0 && size > budget) {
                size -= bytes(s.rows.pop()) + 1;
                s.droppedRows += 1;
            }
            if (s.rows.length > 0)
                continue;
        }
        size -= bytes(renderSection(s)) + 1;
        s.dropped = true;
    }
    const lost = [];
    const droppedWhole = [];
    for (const s of sections) {
        if (s.dropped && s.whole)
            droppedWhole.push(s.label);
        else if (s.droppedRows > 0)
            lost.push(`${s.droppedRows} ${s.label}`);
    }
    if (droppedWhole.length > 0) {
        const names = droppedWhole.join(', ');
        lost.push(`the summaries of ${droppedWhole.length} step${droppedWhole.length === 1 ? '' : 's'} (${names.length > 200 ? `${names.slice(0, 199)}…` : names})`);
    }
    return lost;
}
function render(head, sections) {
    return [head, ...sections.filter((s) => !s.dropped).map(renderSection)].join('\n');
}
function renderSection(s) {
    const body = s.rows.length > 0 ? `\n${s.rows.join('\n')}` : s.whole ? '' : '\n_(left out: too long for the summary)_';
    return `${s.head}${body}${s.tail ?? ''}\n`;
}
function locationLink(run, file, startLine, endLine) {
    const text = startLine ? `${file}:${startLine}` : file;
    const url = sourceUrl(run.platform, file, startLine, endLine);
    return url ? (0,markdown/* markdownLink */.iQ)(text, url) : (0,markdown/* escapeMarkdown */.FV)(text, 300);
}
function stepIcon(s) {
    if (s.status === 'failed' && s.allowedFailure)
        return '⚠️';
    const icons = { passed: '✅', failed: '❌', 'timed-out': '⏱️', cancelled: '🚫', skipped: '⏭️' };
    return icons[s.status];
}
function stepReason(s) {
    const reason = s.reason ?? (s.status === 'failed' && s.exitCode !== null ? `exit code ${s.exitCode}` : '');
    const parts = [
        s.allowedFailure && isFailure(s.status) ? 'allowed to fail' : '',
        reason,
        s.findings.length > 0 ? `${s.findings.length} finding${s.findings.length === 1 ? '' : 's'}` : '',
    ];
    return parts.filter(Boolean).join(' · ');
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out' || status === 'cancelled';
}
function bytes(s) {
    return Buffer.byteLength(s, 'utf8');
}
function cutToBytes(s, max) {
    const buf = Buffer.from(s, 'utf8');
    let end = Math.max(0, max - 1);
    // Back up to a newline so no Markdown construct or UTF-8 sequence is split.
    const newline = buf.lastIndexOf(0x0a, end - 1);
    if (newline > 0)
        end = newline;
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end -= 1;
    return `${buf.subarray(0, end).toString('utf8')}\n`;
}

;// CONCATENATED MODULE: ./lib/report/comment.js

// GitHub rejects comment bodies over 65,536 characters; bytes ≥ characters, so a byte cap below it is safe.
const MAX_COMMENT_BYTES = 60_000;
function commentMarker(run) {
    // One sticky comment per pipeline name, so two runlens jobs in one PR keep a comment each.
    return `<!-- runlens:comment:${encodeURIComponent(run.name)} -->`;
}
function renderComment(run) {
    return `${commentMarker(run)}\n${renderSummary(run, { maxBytes: MAX_COMMENT_BYTES, topFindings: 10, failedTests: 10 })}`;
}

;// CONCATENATED MODULE: ./lib/report/outputs.js
function actionOutputs(run, paths) {
    const failedSteps = run.steps.filter((s) => (s.status === 'failed' || s.status === 'timed-out' || s.status === 'cancelled') && !s.allowedFailure);
    const outputs = {
        result: run.status,
        'exit-code': String(run.exitCode),
        findings: String(run.counts.total),
        critical: String(run.counts.critical),
        high: String(run.counts.high),
        medium: String(run.counts.medium),
        low: String(run.counts.low),
        note: String(run.counts.note),
        'failed-steps': failedSteps.map((s) => s.id).join(','),
        sarif: paths.sarif,
        summary: paths.summary,
        'run-json': paths.runJson,
        junit: paths.junit,
    };
    if (run.traceId)
        outputs['trace-id'] = run.traceId;
    return outputs;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/report/progress.js
// Live terminal progress: a line per step start and end, step output streamed with a name prefix or
// replayed per step in a fold, and a closing table.




const STEP_COLOURS = ['cyan', 'magenta', 'blue', 'yellow', 'green', 'cyanBright', 'magentaBright', 'blueBright'];
const SYMBOL = {
    passed: '✓',
    failed: '✗',
    'timed-out': '✗',
    cancelled: '■',
    skipped: '○',
};
function createConsoleProgress(opts) {
    const paint = (style, text) => (opts.color ? (0,external_node_util_.styleText)(style, text, { validateStream: false }) : text);
    const out = new SerialWriter(opts.stream);
    let width = 0;
    const colourOf = new Map();
    const maxAttempts = new Map();
    const prefixes = new Map();
    const attemptsText = (r) => {
        const of = maxAttempts.get(r.id);
        return r.attempts.length > 1 || (of !== undefined && of > 1)
            ? `${r.attempts.length}/${of ?? r.attempts.length}`
            : `${r.attempts.length}`;
    };
    const statusStyle = (r) => r.status === 'passed' ? 'green' : r.allowedFailure ? 'yellow' : r.status === 'skipped' || r.status === 'cancelled' ? 'gray' : 'red';
    return {
        runStarted(stepIds) {
            prefixes.clear();
            width = Math.max(width, ...stepIds.map((id) => id.length));
            stepIds.forEach((id, i) => colourOf.set(id, STEP_COLOURS[i % STEP_COLOURS.length]));
        },
        stepStarted(step) {
            if (step.id.length > width) {
                width = step.id.length;
                prefixes.clear();
            }
            out.write(`${paint('cyan', '▶')} ${paint('bold', step.id)}${step.kind === 'run' ? '' : paint('gray', ` (${step.kind})`)}\n`);
        },
        stepOutput(stepId, line) {
            if (opts.logOrder !== 'stream')
                return;
            let prefix = prefixes.get(stepId);
            if (prefix === undefined) {
                prefix = `${paint(colourOf.get(stepId) ?? 'cyan', stepId.padEnd(width))} ${paint('gray', '│')} `;
                prefixes.set(stepId, prefix);
            }
            out.write(prefix + line + '\n');
        },
        stepRetrying(stepId, failed, next) {
            maxAttempts.set(stepId, next.of);
            const why = failed.error ?? failed.status;
            out.write(`${paint('yellow', '↻')} ${stepId}  attempt ${failed.attempt}/${next.of} ${why}; retrying in ${(0,duration/* formatDuration */.a)(next.delayMs)}\n`);
        },
        stepFinished(result, logFile) {
            const outcome = describeOutcome(result);
            const tail = result.attempts.length > 1 ? ` · attempt ${attemptsText(result)}` : '';
            const took = result.status === 'skipped' ? '' : ` ${(0,duration/* formatDuration */.a)(result.durationMs)}`;
            if (opts.logOrder === 'grouped' && logFile) {
                const title = `${result.id} — ${outcome}${took}${tail}`;
                out.run(async () => {
                    opts.group.start(title);
                    await replay(logFile, opts.stream);
                    opts.group.end();
                });
                return;
            }
            const shown = result.status === 'passed' ? '' : ` ${paint(statusStyle(result), outcome)}`;
            out.write(`${paint(statusStyle(result), SYMBOL[result.status])} ${paint('bold', result.id)} ${shown}${paint('gray', took + tail)}\n`);
        },
        flush: () => out.drained(),
        runFinished(results) {
            out.run(() => {
                const rows = results.map((r) => [
                    r.id,
                    r.status === 'failed' && r.allowedFailure ? 'failed (allowed)' : r.status,
                    r.status === 'skipped' ? '–' : (0,duration/* formatDuration */.a)(r.durationMs),
                    r.status === 'skipped' ? '–' : attemptsText(r),
                    r.status === 'passed' ? '' : (r.reason ?? ''),
                ]);
                const head = ['step', 'status', 'duration', 'attempts', 'reason'];
                const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
                const line = (cells, style) => cells
                    .map((c, i) => {
                    const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]);
                    return style ? style(i, padded) : padded;
                })
                    .join('  ')
                    .trimEnd();
                const text = [
                    '',
                    paint('bold', line(head)),
                    ...rows.map((row, n) => line(row, (i, t) => (i === 1 ? paint(statusStyle(results[n]), t) : t))),
                    '',
                ].join('\n');
                opts.stream.write(text);
            });
            return out.drained();
        },
    };
}
/** Says nothing: for tests, `--quiet`, and callers that render progress themselves. */
const silentProgress = {
    runStarted: () => undefined,
    stepStarted: () => undefined,
    stepOutput: () => undefined,
    stepRetrying: () => undefined,
    stepFinished: () => undefined,
    flush: async () => undefined,
    runFinished: async () => undefined,
};
/** `failed (exit 1)`, `timed out after 10m`, `skipped (needs build, which failed)`. */
function describeOutcome(r) {
    switch (r.status) {
        case 'passed':
            return 'passed';
        case 'failed':
            return `failed${r.reason ? ` (${r.reason})` : ''}${r.allowedFailure ? ', allowed by continue-on-error' : ''}`;
        case 'timed-out':
            return `${r.reason ?? 'timed out'}${r.allowedFailure ? ', allowed by continue-on-error' : ''}`;
        case 'cancelled':
            return 'cancelled';
        case 'skipped':
            return `skipped${r.reason ? ` (${r.reason})` : ''}`;
    }
}
/** Streams the log file to `stream` (never held in memory whole), honouring back-pressure. */
async function replay(file, stream) {
    let last = '\n';
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8' })) {
            const text = chunk;
            if (text.length === 0)
                continue;
            last = text[text.length - 1];
            if (!stream.write(text))
                await (0,external_node_events_.once)(stream, 'drain');
        }
    }
    catch (err) {
        stream.write(`(could not read the step log ${file}: ${err.message})\n`);
        return;
    }
    if (last !== '\n')
        stream.write('\n');
}
/**
 * Keeps output in order while a grouped replay reads a log asynchronously: anything written meanwhile
 * waits its turn instead of landing inside another step's fold. Idle, it coalesces writes into one
 * per event-loop turn (a write call per line made a million-line step several times slower).
 */
class SerialWriter {
    stream;
    tail = Promise.resolve();
    queued = 0;
    pending = '';
    scheduled = false;
    constructor(stream) {
        this.stream = stream;
    }
    write(text) {
        if (this.queued > 0) {
            this.run(() => void this.stream.write(text));
            return;
        }
        this.pending += text;
        if (this.pending.length >= 64 * 1024)
            this.flushPending();
        else if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => this.flushPending());
        }
    }
    run(task) {
        this.flushPending();
        this.queued++;
        this.tail = this.tail
            .then(task)
            .catch((err) => void this.stream.write(`(progress output failed: ${err.message})\n`))
            .finally(() => {
            this.queued--;
        });
    }
    drained() {
        this.flushPending();
        return this.tail;
    }
    flushPending() {
        this.scheduled = false;
        if (this.pending === '')
            return;
        this.stream.write(this.pending);
        this.pending = '';
    }
}

// EXTERNAL MODULE: ./lib/fs/atomic-write.js
var atomic_write = __webpack_require__(1596);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/version.js
var lib_version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/report/gitlab.js
// GitLab security reports (schema 15.2.1) and the Code Quality report (Code Climate JSON).
// Security reports feed the Ultimate-tier widgets; Code Quality works on every tier, so it carries
// every finding, security ones included.




const GITLAB_SCHEMA_VERSION = '15.2.1';
const SCHEMA_FILE = {
    sast: 'sast-report-format.json',
    secret_detection: 'secret-detection-report-format.json',
    dependency_scanning: 'dependency-scanning-report-format.json',
};
/** Step kinds that do a scan of this type: their failure means the scan failed. */
const SCAN_KINDS = {
    sast: ['semgrep', 'sarif', 'tool'],
    secret_detection: ['secrets'],
    dependency_scanning: ['deps'],
};
const RUNLENS_URL = lib_version/* ISSUES_URL */.x.replace(/\/issues$/, '');
function toGitlabSast(run) {
    return securityReport(run, 'sast', 'sast', (f) => ({
        file: f.location?.path,
        start_line: f.location?.startLine,
        end_line: f.location?.endLine,
    }));
}
function toGitlabSecretDetection(run) {
    return securityReport(run, 'secret_detection', 'secret', (f) => {
        const p = f.properties ?? {};
        // Findings from the working tree have no commit of their own: the commit that was scanned.
        const commit = { sha: str(p.commit) ?? run.platform.sha ?? '0000000' };
        if (str(p.author))
            commit.author = str(p.author);
        if (str(p.date))
            commit.date = str(p.date);
        return { file: f.location?.path, start_line: f.location?.startLine, end_line: f.location?.endLine, commit };
    });
}
/**
 * Dependency findings describe the package in `properties`: `package` (name, or { name }),
 * `version`, and optionally `direct` (boolean) and `aliases` (CVE/GHSA ids).
 */
function toGitlabDependencyScanning(run) {
    return securityReport(run, 'dependency_scanning', 'dependency', (f) => {
        const p = f.properties ?? {};
        const pkg = isRecord(p.package) ? str(p.package.name) : str(p.package);
        const dependency = { package: { name: pkg ?? str(p.name) ?? f.title }, version: str(p.version) ?? 'unknown' };
        if (typeof p.direct === 'boolean')
            dependency.direct = p.direct;
        return { file: f.location?.path || 'unknown', dependency };
    });
}
function toGitlabCodeQuality(run) {
    const seen = new Set();
    const issues = [];
    for (const f of allFindings(run)) {
        // GitLab drops issues whose fingerprint repeats; two steps can report the same thing.
        let fingerprint = (0,external_node_crypto_.createHash)('md5').update(`${f.tool}\0${f.fingerprint}`).digest('hex');
        for (let n = 2; seen.has(fingerprint); n++)
            fingerprint = (0,external_node_crypto_.createHash)('md5').update(`${f.tool}\0${f.fingerprint}\0${n}`).digest('hex');
        seen.add(fingerprint);
        const begin = f.location?.startLine ?? 1;
        const issue = {
            type: 'issue',
            check_name: `${f.tool}:${f.ruleId}`,
            description: f.message && f.message !== f.title ? `${f.title}: ${f.message}` : f.title,
            categories: [codeClimateCategory(f.category)],
            fingerprint,
            severity: severity/* SEVERITY_MAP */.T0[f.severity].codeClimate,
            location: { path: f.location?.path ?? configPath(run) ?? '.', lines: { begin } },
        };
        if (f.location?.endLine && f.location.endLine > begin)
            issue.location.lines.end = f.location.endLine;
        if (f.help)
            issue.content = { body: f.help };
        issues.push(issue);
    }
    return issues;
}
function securityReport(run, type, category, location) {
    const findings = allFindings(run).filter((f) => f.category === category);
    const tools = [...new Set(findings.map((f) => f.tool))];
    const scanner = tools.length === 1
        ? {
            id: slug(tools[0]),
            name: tools[0],
            version: findings.find((f) => f.toolVersion)?.toolVersion ?? run.runlensVersion,
            vendor: { name: tools[0].startsWith('runlens') ? 'runlens' : tools[0] },
        }
        : {
            id: 'runlens',
            name: tools.length > 1 ? `runlens (${tools.join(', ')})` : 'runlens',
            version: run.runlensVersion,
            vendor: { name: 'runlens' },
        };
    const failed = run.steps.some((s) => (SCAN_KINDS[type].includes(s.kind) || s.findings.some((f) => f.category === category)) &&
        (s.status === 'failed' || s.status === 'timed-out'));
    const ids = new Set();
    const vulnerabilities = [];
    for (const f of findings) {
        const id = uuidFrom(`${type}\0${f.tool}\0${f.fingerprint}`);
        if (ids.has(id))
            continue;
        ids.add(id);
        vulnerabilities.push(vulnerability(f, id, dropUndefined(location(f))));
    }
    return {
        version: GITLAB_SCHEMA_VERSION,
        schema: `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/${SCHEMA_FILE[type]}`,
        scan: {
            analyzer: { id: 'runlens', name: 'runlens', version: run.runlensVersion, vendor: { name: 'runlens' }, url: RUNLENS_URL },
            scanner,
            type,
            start_time: gitlabTime(run.startedAt),
            end_time: gitlabTime(run.finishedAt),
            status: failed ? 'failure' : 'success',
        },
        vulnerabilities,
        remediations: [],
    };
}
function vulnerability(f, id, location) {
    const v = {
        id,
        name: gitlab_clip(f.title, 255),
        description: gitlab_clip(f.message || f.title, 1_048_576),
        severity: severity/* SEVERITY_MAP */.T0[f.severity].gitlab,
        identifiers: identifiersOf(f),
        location,
    };
    if (f.help)
        v.solution = gitlab_clip(f.help, 7000);
    if (f.helpUri && /^(https?|ftp):\/\/.+/.test(f.helpUri))
        v.links = [{ url: f.helpUri }];
    if (f.category === 'sast' && f.location?.snippet)
        v.raw_source_code_extract = f.location.snippet;
    return v;
}
function identifiersOf(f) {
    // The first identifier is the primary one: GitLab tracks a vulnerability by it.
    const primary = {
        type: `${slug(f.tool).replace(/-/g, '_')}_rule_id`,
        name: gitlab_clip(`${f.tool} ${f.ruleId}`, 255),
        value: f.ruleId || 'unknown',
    };
    if (f.helpUri && /^(https?|ftp):\/\/.+/.test(f.helpUri))
        primary.url = f.helpUri;
    const list = [primary];
    const seen = new Set();
    const aliases = Array.isArray(f.properties?.aliases) ? f.properties.aliases.filter((a) => typeof a === 'string') : [];
    const tags = Array.isArray(f.properties?.tags) ? f.properties.tags.filter((a) => typeof a === 'string') : [];
    for (const ref of [f.ruleId, ...aliases, ...tags]) {
        const known = knownIdentifier(ref);
        if (known && !seen.has(`${known.type}:${known.value}`)) {
            seen.add(`${known.type}:${known.value}`);
            list.push(known);
        }
    }
    return list;
}
function knownIdentifier(ref) {
    const cve = /^CVE-\d{4}-\d{4,}$/i.exec(ref);
    if (cve)
        return { type: 'cve', name: ref.toUpperCase(), value: ref.toUpperCase(), url: `https://www.cve.org/CVERecord?id=${ref.toUpperCase()}` };
    if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(ref))
        return { type: 'ghsa', name: ref, value: ref, url: `https://github.com/advisories/${ref}` };
    const cwe = /^(?:external\/cwe\/)?cwe-(\d+)$/i.exec(ref);
    if (cwe)
        return { type: 'cwe', name: `CWE-${cwe[1]}`, value: cwe[1], url: `https://cwe.mitre.org/data/definitions/${cwe[1]}.html` };
    return undefined;
}
/** GitLab rejects times with a `Z` or milliseconds: `2026-11-22T01:02:03`, UTC. */
function gitlabTime(iso) {
    const d = new Date(iso);
    return (Number.isNaN(d.getTime()) ? new Date(0) : d).toISOString().slice(0, 19);
}
function uuidFrom(key) {
    // A name-based UUID (version 5 layout) so a finding keeps its id across runs.
    const h = (0,external_node_crypto_.createHash)('sha1').update(key).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
function codeClimateCategory(category) {
    return category === 'secret' || category === 'dependency' || category === 'sast'
        ? 'Security'
        : category === 'test' || category === 'golden'
            ? 'Bug Risk'
            : 'Style';
}
function allFindings(run) {
    return run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
}
function configPath(run) {
    if (!run.configPath)
        return undefined;
    const rel = external_node_path_.relative(run.workspace, external_node_path_.resolve(run.workspace, run.configPath));
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel.split(external_node_path_.sep).join('/') : undefined;
}
function slug(s) {
    return (s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'tool');
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function gitlab_clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./lib/report/junit.js
function toJunitXml(run) {
    const suites = run.steps.map((s) => suiteOf(s));
    const totals = suites.reduce((t, s) => ({
        tests: t.tests + s.tests,
        failures: t.failures + s.failures,
        errors: t.errors + s.errors,
        skipped: t.skipped + s.skipped,
    }), { tests: 0, failures: 0, errors: 0, skipped: 0 });
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attrs({ name: `runlens: ${run.name}`, tests: totals.tests, failures: totals.failures, errors: totals.errors, skipped: totals.skipped, time: junit_seconds(run.durationMs), timestamp: run.startedAt })}>`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
        '',
    ];
    return lines.join('\n');
}
function suiteOf(step) {
    const cases = [stepCase(step), ...step.cases.map(ingestedCase)];
    const count = (status) => cases.filter((c) => c.status === status).length;
    const suite = { tests: cases.length, failures: count('failed'), errors: count('error'), skipped: count('skipped') };
    const open = `  <testsuite${attrs({ name: step.id, tests: suite.tests, failures: suite.failures, errors: suite.errors, skipped: suite.skipped, time: junit_seconds(step.durationMs), timestamp: step.startedAt })}>`;
    return { ...suite, xml: [open, ...cases.map((c) => c.xml), '  </testsuite>'].join('\n') };
}
function stepCase(step) {
    const base = { classname: `runlens.${step.kind}`, name: `step ${step.id}`, time: junit_seconds(step.durationMs) };
    const reason = step.reason ?? (step.exitCode !== null && step.exitCode !== 0 ? `exit code ${step.exitCode}` : step.status);
    const log = step.logPath ? `log: ${step.logPath}` : undefined;
    switch (step.status) {
        case 'passed':
            return { status: 'passed', xml: `    <testcase${attrs(base)}/>` };
        case 'skipped':
            return { status: 'skipped', xml: junit_element(base, 'skipped', { message: reason }) };
        case 'failed':
            return {
                status: 'failed',
                xml: junit_element(base, 'failure', { message: step.allowedFailure ? `${reason} (allowed to fail)` : reason, type: 'StepFailed' }, log),
            };
        case 'timed-out':
            return { status: 'error', xml: junit_element(base, 'error', { message: reason, type: 'StepTimedOut' }, log) };
        case 'cancelled':
            return { status: 'error', xml: junit_element(base, 'error', { message: reason, type: 'StepCancelled' }, log) };
    }
}
function ingestedCase(tc) {
    const base = { classname: tc.classname ?? tc.suite, name: tc.name, time: junit_seconds(tc.durationMs), file: tc.file, line: tc.line };
    switch (tc.status) {
        case 'passed':
            return { status: 'passed', xml: `    <testcase${attrs(base)}/>` };
        case 'skipped':
            return { status: 'skipped', xml: junit_element(base, 'skipped', { message: tc.message }) };
        case 'failed':
            return { status: 'failed', xml: junit_element(base, 'failure', { message: tc.message ?? 'failed' }, tc.details) };
        case 'error':
            return { status: 'error', xml: junit_element(base, 'error', { message: tc.message ?? 'error' }, tc.details) };
    }
}
function junit_element(testcase, child, childAttrs, body) {
    const inner = body ? `<${child}${attrs(childAttrs)}>${escapeText(body)}</${child}>` : `<${child}${attrs(childAttrs)}/>`;
    return `    <testcase${attrs(testcase)}>\n      ${inner}\n    </testcase>`;
}
function attrs(a) {
    return Object.entries(a)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
        .join('');
}
function junit_seconds(ms) {
    return (ms / 1000).toFixed(3);
}
// Terminal colour codes are common in test output and their ESC byte is not allowed in XML 1.0.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function clean(s) {
    return s.replace(ANSI, '').replace(NOT_XML_CHAR, '');
}
function escapeText(s) {
    return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s) {
    // Newlines and tabs in attributes are normalised to spaces by parsers unless written as references.
    return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run per tool, within GitHub's limits.






const GITHUB_SARIF_LIMITS = { runs: 20, resultsPerRun: 25_000, locationsPerResult: 1_000, gzipBytes: 10 * 1000 * 1000 };
const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const RUNLENS_URI = lib_version/* ISSUES_URL */.x.replace(/\/issues$/, '');
/** Where to read about tools runlens ingests often. Data. */
const TOOL_URIS = {
    bandit: 'https://bandit.readthedocs.io/',
    eslint: 'https://eslint.org/',
    gosec: 'https://github.com/securego/gosec',
    semgrep: 'https://semgrep.dev/',
    gitleaks: 'https://github.com/gitleaks/gitleaks',
    codeql: 'https://codeql.github.com/',
    trivy: 'https://trivy.dev/',
    'osv-scanner': 'https://google.github.io/osv-scanner/',
};
const SECURITY_CATEGORIES = new Set(['secret', 'dependency', 'sast']);
/** Built-in step kinds and the tool name their findings carry. */
const NATIVE_TOOLS = { secrets: 'runlens-secrets', deps: 'runlens-deps', golden: 'runlens-golden' };
function toSarif(run, limits = GITHUB_SARIF_LIMITS) {
    const notes = [];
    const byTool = new Map();
    for (const f of run.steps.flatMap((s) => s.findings)) {
        const list = byTool.get(f.tool) ?? [];
        list.push(f);
        byTool.set(f.tool, list);
    }
    for (const list of byTool.values())
        list.sort(bySeverity);
    // A run with no results is how code scanning learns that earlier alerts were fixed; leaving the
    // tool out would keep them open forever. Only for a scan that completed: a crashed one proves nothing.
    for (const step of run.steps) {
        const tool = NATIVE_TOOLS[step.kind];
        if (tool && step.status === 'passed' && !byTool.has(tool))
            byTool.set(tool, []);
    }
    let tools = [...byTool.keys()].sort();
    if (tools.length > limits.runs) {
        // Keep the tools with the worst findings; a dropped tool loses all its results.
        const ranked = [...tools].sort((a, b) => worstFirst(byTool.get(a), byTool.get(b)) || (a < b ? -1 : 1));
        const dropped = ranked.slice(limits.runs);
        tools = ranked.slice(0, limits.runs).sort();
        const lost = dropped.reduce((n, t) => n + byTool.get(t).length, 0);
        notes.push(`SARIF: ${dropped.length} of ${ranked.length} tools left out (GitHub accepts ${limits.runs} runs per upload), ` +
            `with their ${lost} finding${lost === 1 ? '' : 's'}: ${dropped.join(', ')}. They are in run.json and the job summary.`);
    }
    const perRun = new Map();
    for (const tool of tools) {
        const all = byTool.get(tool);
        const kept = all.slice(0, limits.resultsPerRun);
        const notifications = [];
        if (kept.length < all.length) {
            const message = `SARIF: ${tool} has ${all.length} findings; the ${kept.length} most severe are uploaded (GitHub accepts ${limits.resultsPerRun} per run), ${all.length - kept.length} left out${leastSevereNote(all.slice(kept.length))}.`;
            notes.push(message);
            notifications.push(message);
        }
        perRun.set(tool, { kept, notifications });
    }
    let log = buildLog(run, tools, perRun);
    // The size limit is on the gzipped upload: shed the least severe results until it fits.
    for (let size = gzipSize(log, limits.gzipBytes); size > limits.gzipBytes; size = gzipSize(log, limits.gzipBytes)) {
        const total = [...perRun.values()].reduce((n, r) => n + r.kept.length, 0);
        if (total === 0)
            break;
        const target = Math.floor(total * Math.min(0.9, (limits.gzipBytes / size) * 0.95));
        const dropped = shedLeastSevere(perRun, total - target);
        const message = `SARIF: ${dropped} least severe findings left out to keep the upload under ${formatBytes(limits.gzipBytes)} gzipped (it was ${formatBytes(size)}).`;
        notes.push(message);
        for (const r of perRun.values())
            r.notifications.push(message);
        log = buildLog(run, tools, perRun);
    }
    return { log, notes };
}
function buildLog(run, tools, perRun) {
    return {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: tools.map((tool) => buildRun(run, tool, perRun.get(tool).kept, perRun.get(tool).notifications)),
    };
}
function buildRun(run, tool, findings, notifications) {
    const rules = [];
    const ruleIndex = new Map();
    const ruleFindings = new Map();
    for (const f of findings) {
        if (!ruleIndex.has(f.ruleId)) {
            ruleIndex.set(f.ruleId, rules.length);
            rules.push({ id: f.ruleId });
            ruleFindings.set(f.ruleId, []);
        }
        ruleFindings.get(f.ruleId).push(f);
    }
    for (const rule of rules)
        Object.assign(rule, describeRule(ruleFindings.get(rule.id)));
    const occurrences = new Map();
    const results = findings.map((f) => buildResult(run, f, ruleIndex.get(f.ruleId), occurrences));
    const version = findings.find((f) => f.toolVersion)?.toolVersion ?? (tool.startsWith('runlens') ? lib_version/* RUNLENS_VERSION */.j : undefined);
    const driver = { name: tool, rules };
    if (version)
        driver.version = version;
    const informationUri = tool.startsWith('runlens') ? RUNLENS_URI : TOOL_URIS[tool.toLowerCase()];
    if (informationUri)
        driver.informationUri = informationUri;
    const sarifRun = {
        tool: { driver },
        automationDetails: { id: automationId(run, tool) },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(run.workspace) } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
            {
                executionSuccessful: true,
                toolExecutionNotifications: notifications.map((text) => ({ level: 'warning', message: { text } })),
            },
        ],
    };
    if (run.platform.repository && run.platform.sha) {
        const provenance = {
            repositoryUri: `${run.platform.serverUrl ?? 'https://github.com'}/${run.platform.repository}`,
            revisionId: run.platform.sha,
        };
        if (run.platform.ref)
            provenance.branch = run.platform.ref;
        sarifRun.versionControlProvenance = [provenance];
    }
    return sarifRun;
}
function describeRule(findings) {
    // GitHub reads severity from the rule, so the rule takes its worst result's.
    const first = findings[0];
    const worst = findings.reduce((w, f) => ((0,severity/* compareSeverity */.zK)(f.severity, w) > 0 ? f.severity : w), 'note');
    const withHelp = findings.find((f) => f.help) ?? first;
    const helpMarkdown = withHelp.help ?? `${first.title}${first.helpUri ? `\n\nSee ${first.helpUri}.` : ''}`;
    const tags = new Set();
    for (const f of findings) {
        const given = f.properties?.tags;
        if (Array.isArray(given))
            for (const t of given)
                if (typeof t === 'string')
                    tags.add(t);
        if (SECURITY_CATEGORIES.has(f.category))
            tags.add('security');
        tags.add(f.category);
    }
    const rule = {
        name: ruleName(first.ruleId),
        shortDescription: { text: first.title },
        fullDescription: { text: firstParagraph(withHelp.help) ?? first.title },
        help: { text: helpMarkdown, markdown: helpMarkdown },
        defaultConfiguration: { level: severity/* SEVERITY_MAP */.T0[worst].sarifLevel },
        properties: { tags: [...tags].sort(), precision: 'high' },
    };
    if (SECURITY_CATEGORIES.has(first.category))
        rule.properties['security-severity'] = severity/* SEVERITY_MAP */.T0[worst].securitySeverity;
    const helpUri = findings.find((f) => f.helpUri)?.helpUri;
    if (helpUri && isAbsoluteUri(helpUri))
        rule.helpUri = helpUri;
    return rule;
}
function buildResult(run, f, ruleIndex, occurrences) {
    const location = locationOf(run, f);
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: severity/* SEVERITY_MAP */.T0[f.severity].sarifLevel,
        message: { text: f.message || f.title },
        locations: location ? [location.sarif] : [],
        partialFingerprints: {
            primaryLocationLineHash: lineHash(f, location?.path, occurrences),
            'runlens/v1': f.fingerprint,
        },
        properties: { severity: f.severity, category: f.category, step: f.stepId },
    };
    // The rule carries its worst result's score; each result keeps its own for readers that look.
    if (SECURITY_CATEGORIES.has(f.category))
        result.properties['security-severity'] = severity/* SEVERITY_MAP */.T0[f.severity].securitySeverity;
    return result;
}
function locationOf(run, f) {
    const loc = f.location;
    if (!loc) {
        // GitHub shows a result only at a file; the configuration that asked for the check is the honest place.
        const config = run.configPath ? relativeTo(run.workspace, run.configPath) : undefined;
        if (!config)
            return undefined;
        return {
            path: config,
            sarif: { physicalLocation: { artifactLocation: { uri: encodePath(config), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } },
        };
    }
    const absolute = external_node_path_.isAbsolute(loc.path);
    const artifactLocation = absolute
        ? { uri: (0,external_node_url_.pathToFileURL)(loc.path).href }
        : { uri: encodePath(loc.path), uriBaseId: '%SRCROOT%' };
    const physical = { artifactLocation };
    if (loc.startLine !== undefined && loc.startLine > 0) {
        const region = { startLine: loc.startLine };
        if (loc.startColumn !== undefined && loc.startColumn > 0)
            region.startColumn = loc.startColumn;
        if (loc.endLine !== undefined && loc.endLine >= loc.startLine)
            region.endLine = loc.endLine;
        if (loc.endColumn !== undefined && loc.endColumn > 0)
            region.endColumn = loc.endColumn;
        if (loc.snippet)
            region.snippet = { text: loc.snippet };
        physical.region = region;
    }
    return { path: loc.path, sarif: { physicalLocation: physical } };
}
/**
 * GitHub matches alerts across runs by this: a hash of the rule and the flagged line's content
 * (whitespace-insensitive), numbered per file like CodeQL's, so moving code does not reopen alerts.
 */
function lineHash(f, file, occurrences) {
    const given = f.properties?.partialFingerprints;
    if (typeof given === 'object' && given !== null) {
        const v = given.primaryLocationLineHash;
        if (typeof v === 'string' && v !== '')
            return v;
    }
    const line = f.location?.snippet?.split(/\r?\n/, 1)[0]?.replace(/\s+/g, '');
    if (!line)
        return f.fingerprint;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(f.ruleId).update('\0').update(line).digest('hex').slice(0, 16);
    const key = `${file ?? ''}\0${hash}`;
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return `${hash}:${n}`;
}
function automationId(run, tool) {
    // GitHub keys an analysis by this category: tool + pipeline + job keeps parallel jobs apart.
    const parts = ['runlens', tool, run.name, run.platform.job].filter((p) => !!p).map((p) => p.replace(/[\s/]+/g, '-'));
    return `${parts.join('/')}/`;
}
function shedLeastSevere(perRun, count) {
    let dropped = 0;
    const severities = ['note', 'low', 'medium', 'high', 'critical'];
    for (const severity of severities) {
        for (const r of perRun.values()) {
            // Each list is sorted worst first, so the least severe sit at the end.
            while (dropped < count && r.kept.length > 0 && r.kept.at(-1).severity === severity) {
                r.kept.pop();
                dropped += 1;
            }
        }
        if (dropped >= count)
            break;
    }
    return dropped;
}
function bySeverity(a, b) {
    return (0,severity/* compareSeverity */.zK)(b.severity, a.severity);
}
function worstFirst(a, b) {
    for (const s of ['critical', 'high', 'medium', 'low', 'note']) {
        const d = b.filter((f) => f.severity === s).length - a.filter((f) => f.severity === s).length;
        if (d !== 0)
            return d;
    }
    return 0;
}
function leastSevereNote(dropped) {
    const worst = dropped[0]?.severity;
    return worst ? ` (none worse than ${worst})` : '';
}
function gzipSize(log, limit) {
    const text = JSON.stringify(log);
    // gzip never grows text by more than its headers and 5 bytes per 16 KiB block: small logs need no compressing.
    const bound = Buffer.byteLength(text) * 1.001 + 64;
    return bound <= limit ? bound : (0,external_node_zlib_.gzipSync)(text).length;
}
function formatBytes(n) {
    return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} kB`;
}
function ruleName(id) {
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Rule';
}
function firstParagraph(markdown) {
    const p = markdown?.split(/\r?\n\s*\r?\n/, 1)[0]?.trim();
    return p || undefined;
}
function encodePath(p) {
    return p.split('/').map(encodeURIComponent).join('/');
}
function directoryUri(dir) {
    const href = (0,external_node_url_.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function relativeTo(workspace, file) {
    const rel = external_node_path_.relative(workspace, external_node_path_.resolve(workspace, file));
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel.split(external_node_path_.sep).join('/') : undefined;
}
function isAbsoluteUri(u) {
    return /^[a-z][a-z0-9+.-]*:/i.test(u);
}

;// CONCATENATED MODULE: ./lib/report/write-reports.js
// Writes every report file into the output directory, each atomically: another job, the upload
// step or a person never sees half a report, even if runlens is killed mid-write.






const REPORT_FILES = {
    runJson: 'run.json',
    sarif: 'runlens.sarif',
    summary: 'summary.md',
    junit: 'junit.xml',
    gitlabSast: 'gl-sast-report.json',
    gitlabSecretDetection: 'gl-secret-detection-report.json',
    gitlabDependencyScanning: 'gl-dependency-scanning-report.json',
    gitlabCodeQuality: 'gl-code-quality-report.json',
};
/**
 * Writes run.json, runlens.sarif, summary.md, junit.xml and, with `gitlab`, the four gl-*.json
 * reports. What a report had to leave out to stay within platform limits is appended to
 * `run.notes` first, so run.json and the summary say so too.
 */
async function writeReports(run, opts) {
    const dir = external_node_path_.resolve(opts.outputDir);
    const file = (name) => external_node_path_.join(dir, name);
    const sarif = toSarif(run);
    for (const note of sarif.notes)
        if (!run.notes.includes(note))
            run.notes.push(note);
    const paths = {
        outputDir: dir,
        runJson: file(REPORT_FILES.runJson),
        sarif: file(REPORT_FILES.sarif),
        summary: file(REPORT_FILES.summary),
        junit: file(REPORT_FILES.junit),
    };
    const writes = [
        // Compact, as measured against the 10 MB gzipped upload limit.
        (0,atomic_write/* atomicWriteFile */.R)(paths.sarif, `${JSON.stringify(sarif.log)}\n`),
        (0,atomic_write/* atomicWriteFile */.R)(paths.summary, renderSummary(run)),
        (0,atomic_write/* atomicWriteFile */.R)(paths.junit, toJunitXml(run)),
    ];
    if (opts.gitlab) {
        paths.gitlab = {
            sast: file(REPORT_FILES.gitlabSast),
            secretDetection: file(REPORT_FILES.gitlabSecretDetection),
            dependencyScanning: file(REPORT_FILES.gitlabDependencyScanning),
            codeQuality: file(REPORT_FILES.gitlabCodeQuality),
        };
        writes.push((0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.sast, json(toGitlabSast(run))), (0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.secretDetection, json(toGitlabSecretDetection(run))), (0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.dependencyScanning, json(toGitlabDependencyScanning(run))), (0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.codeQuality, json(toGitlabCodeQuality(run))));
    }
    await Promise.all(writes);
    // Last, so a run.json on disk means every other report of this run is there too.
    await (0,atomic_write/* atomicWriteFile */.R)(paths.runJson, json(run));
    return paths;
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./lib/engine/trace.js
const noopStep = {
    env: {},
    phase: (_name, fn) => fn(),
    attempt: () => undefined,
    end: () => undefined,
};
const noopTrace = {
    step: () => noopStep,
    end: async () => [],
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/telemetry/semconv.js
var semconv = __webpack_require__(9998);
;// CONCATENATED MODULE: ./lib/telemetry/resource.js
// Resource attributes: who emitted the trace (service, CI worker) and about what (repository, ref,
// revision, change), per the CI/CD and VCS resource conventions. OTEL_RESOURCE_ATTRIBUTES wins over
// what runlens detects, and OTEL_SERVICE_NAME over both (as the OpenTelemetry spec orders them).


function resourceAttributes(input) {
    const { platform } = input;
    const attrs = {
        'service.version': input.serviceVersion,
        [semconv/* ATTR_CICD_PIPELINE_NAME */.pb]: input.pipelineName,
        [semconv/* ATTR_CICD_PIPELINE_RUN_ID */.Jh]: platform.runId,
        [semconv/* ATTR_CICD_PIPELINE_RUN_URL_FULL */.Lf]: platform.runUrl,
        // PlatformInfo has no runner id; the host name identifies the machine that ran the steps.
        [semconv/* ATTR_CICD_WORKER_ID */["do"]]: (0,external_node_os_.hostname)(),
        [semconv/* ATTR_CICD_WORKER_NAME */.r0]: (0,external_node_os_.hostname)(),
        [semconv/* ATTR_VCS_PROVIDER_NAME */.zG]: platform.kind === 'local' ? undefined : platform.kind,
        [semconv/* ATTR_VCS_REF_HEAD_REVISION */.Sx]: platform.sha,
        [semconv/* ATTR_VCS_REF_BASE_REVISION */.hN]: platform.baseSha,
        [semconv/* ATTR_VCS_CHANGE_ID */.Gl]: platform.changeId,
        ...repositoryAttributes(platform),
        ...refAttributes(platform.ref),
    };
    const out = {};
    for (const [key, value] of Object.entries(attrs))
        if (value)
            out[key] = value;
    Object.assign(out, input.userAttributes);
    out['service.name'] = input.serviceName;
    return out;
}
function repositoryAttributes(platform) {
    const repository = platform.repository;
    if (!repository)
        return {};
    const slash = repository.lastIndexOf('/');
    return {
        [semconv/* ATTR_VCS_REPOSITORY_URL_FULL */.oT]: platform.serverUrl ? `${platform.serverUrl.replace(/\/+$/, '')}/${repository}` : undefined,
        [semconv/* ATTR_VCS_REPOSITORY_NAME */.Yh]: slash >= 0 ? repository.slice(slash + 1) : repository,
        [semconv/* ATTR_VCS_OWNER_NAME */.xS]: slash > 0 ? repository.slice(0, slash) : undefined,
    };
}
/** `refs/heads/main` → name `main`, type `branch`; other refs (PR merge refs) are kept whole. */
function refAttributes(ref) {
    if (!ref)
        return {};
    for (const [prefix, type] of [
        ['refs/heads/', 'branch'],
        ['refs/tags/', 'tag'],
    ]) {
        if (ref.startsWith(prefix))
            return { [semconv/* ATTR_VCS_REF_HEAD_NAME */.E$]: ref.slice(prefix.length), [semconv/* ATTR_VCS_REF_HEAD_TYPE */.r]: type };
    }
    return { [semconv/* ATTR_VCS_REF_HEAD_NAME */.E$]: ref };
}

// EXTERNAL MODULE: ./lib/config/schema.js
var schema = __webpack_require__(1091);
;// CONCATENATED MODULE: ./lib/telemetry/settings.js

const DEFAULT_ENDPOINT = 'http://localhost:4318';
const TRACES_PATH = '/v1/traces';
function resolveTelemetry(settings, env, overrides = {}) {
    const warnings = [];
    const given = (value) => (value?.trim() ? value.trim() : undefined);
    const fromEnv = (name) => given(env[name]);
    // Endpoint: the signal-specific variable is used as is; the generic one is a base URL.
    const endpointInput = given(overrides.endpoint);
    const endpoint = endpointInput
        ? { url: tracesUrl(endpointInput), from: 'the otel-endpoint input' }
        : fromEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')
            ? { url: fromEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'), from: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' }
            : fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT')
                ? { url: tracesUrl(fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT')), from: 'OTEL_EXPORTER_OTLP_ENDPOINT' }
                : settings.endpoint
                    ? { url: tracesUrl(settings.endpoint), from: 'telemetry.endpoint' }
                    : undefined;
    let exporters;
    const exporterInput = given(overrides.exporter);
    if (exporterInput) {
        exporters = parseExporters(exporterInput, 'the otel-exporter input', warnings);
    }
    else if (fromEnv('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') {
        exporters = new Set(['none']);
    }
    else if (fromEnv('OTEL_TRACES_EXPORTER')) {
        exporters = parseExporters(fromEnv('OTEL_TRACES_EXPORTER'), 'OTEL_TRACES_EXPORTER', warnings);
    }
    else if (settings.exporter) {
        exporters = new Set(settings.exporter);
    }
    else {
        // Naming an endpoint anywhere says "send it there"; without one the file keeps the trace.
        exporters = new Set(endpoint ? ['file', 'otlp'] : ['file']);
    }
    const none = exporters.has('none');
    let otlp;
    if (!none && exporters.has('otlp')) {
        const url = endpoint?.url ?? tracesUrl(DEFAULT_ENDPOINT);
        if (isHttpUrl(url)) {
            otlp = {
                url,
                protocol: resolveProtocol(given(overrides.protocol), fromEnv, settings.protocol, warnings),
                headers: {
                    ...settings.headers,
                    ...parseHeaders(fromEnv('OTEL_EXPORTER_OTLP_HEADERS'), 'OTEL_EXPORTER_OTLP_HEADERS', warnings),
                    ...parseHeaders(fromEnv('OTEL_EXPORTER_OTLP_TRACES_HEADERS'), 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', warnings),
                    ...parseHeaders(given(overrides.headers), 'the otel-headers input', warnings),
                },
                compression: resolveCompression(fromEnv, warnings),
            };
        }
        else {
            warnings.push(`The OTLP endpoint "${url}" from ${endpoint?.from ?? 'the default'} is not an http(s) URL, so the trace is not exported over OTLP; set it to e.g. http://localhost:4318.`);
        }
    }
    const resourceAttributes = parseKeyValues(fromEnv('OTEL_RESOURCE_ATTRIBUTES'), 'OTEL_RESOURCE_ATTRIBUTES', warnings);
    const urlTemplate = given(overrides.urlTemplate) ?? settings['url-template'];
    if (urlTemplate !== undefined && !urlTemplate.includes('{traceId}')) {
        warnings.push(`The trace URL template "${urlTemplate}" has no {traceId} placeholder, so every run would link to the same page.`);
    }
    return {
        // The file is the run's own record of its trace, whatever else is configured.
        file: !none,
        ...(otlp ? { otlp } : {}),
        timeoutMs: resolveTimeout(fromEnv, settings.timeout, warnings),
        ...(urlTemplate !== undefined ? { urlTemplate } : {}),
        deterministicTraceId: settings['deterministic-trace-id'],
        serviceName: fromEnv('OTEL_SERVICE_NAME') ?? resourceAttributes['service.name'] ?? 'runlens',
        resourceAttributes,
        warnings,
    };
}
/** `http://collector:4318` → `http://collector:4318/v1/traces`; a URL that already ends so is kept. */
function tracesUrl(base) {
    let url;
    try {
        url = new URL(base);
    }
    catch {
        return base;
    }
    if (!url.pathname.endsWith(TRACES_PATH))
        url.pathname = url.pathname.replace(/\/?$/, TRACES_PATH);
    return url.toString();
}
function isHttpUrl(text) {
    try {
        const { protocol } = new URL(text);
        return protocol === 'http:' || protocol === 'https:';
    }
    catch {
        return false;
    }
}
function parseExporters(text, from, warnings) {
    const names = new Set();
    for (const raw of text.split(',')) {
        const name = raw.trim().toLowerCase();
        if (!name)
            continue;
        if (schema/* TRACE_EXPORTERS */.zq.includes(name))
            names.add(name);
        else
            warnings.push(`${from}: "${name}" is not a trace exporter runlens has; use file, otlp or none.`);
    }
    // A list of only unknown names falls back to the default: the trace still lands in the file.
    return names.size > 0 ? names : new Set(['file']);
}
function resolveProtocol(input, fromEnv, fallback, warnings) {
    const candidates = [
        [input, 'the otel-protocol input'],
        [fromEnv('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'), 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'],
        [fromEnv('OTEL_EXPORTER_OTLP_PROTOCOL'), 'OTEL_EXPORTER_OTLP_PROTOCOL'],
    ];
    for (const [value, from] of candidates) {
        if (value === undefined)
            continue;
        if (schema/* OTLP_PROTOCOLS */.MV.includes(value))
            return value;
        const hint = value === 'grpc' ? " runlens exports OTLP over HTTP; point the endpoint at the receiver's HTTP port (usually 4318)." : '';
        warnings.push(`${from}: "${value}" is not a supported OTLP protocol, using http/protobuf.${hint}`);
        return 'http/protobuf';
    }
    return fallback;
}
function resolveCompression(fromEnv, warnings) {
    const name = fromEnv('OTEL_EXPORTER_OTLP_TRACES_COMPRESSION')
        ? 'OTEL_EXPORTER_OTLP_TRACES_COMPRESSION'
        : 'OTEL_EXPORTER_OTLP_COMPRESSION';
    const value = fromEnv(name)?.toLowerCase();
    if (value === undefined || value === 'none')
        return 'none';
    if (value === 'gzip')
        return 'gzip';
    warnings.push(`${name}: "${value}" is not a supported compression (gzip or none), sending uncompressed.`);
    return 'none';
}
function resolveTimeout(fromEnv, fallbackMs, warnings) {
    for (const name of ['OTEL_EXPORTER_OTLP_TRACES_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
        const value = fromEnv(name);
        if (value === undefined)
            continue;
        const ms = Number(value);
        if (Number.isInteger(ms) && ms > 0)
            return ms;
        warnings.push(`${name}: "${value}" is not a whole number of milliseconds, using ${fallbackMs} ms.`);
        return fallbackMs;
    }
    return fallbackMs;
}
function parseHeaders(text, from, warnings) {
    return parseKeyValues(text, from, warnings, true);
}
/**
 * The `key=value,key2=value2` lists of OTEL_RESOURCE_ATTRIBUTES and OTEL_EXPORTER_OTLP_HEADERS
 * (W3C Baggage-style, values %-encoded). A malformed entry is dropped with a warning; `secret`
 * keeps values out of the warning.
 */
function parseKeyValues(text, from, warnings, secret = false) {
    const out = {};
    if (!text)
        return out;
    for (const entry of text.split(',')) {
        if (!entry.trim())
            continue;
        const eq = entry.indexOf('=');
        const key = eq > 0 ? entry.slice(0, eq).trim() : '';
        if (!key) {
            warnings.push(`${from}: "${secret ? '…' : entry.trim()}" is not key=value; it was ignored.`);
            continue;
        }
        const raw = entry.slice(eq + 1).trim();
        try {
            out[key] = decodeURIComponent(raw);
        }
        catch {
            warnings.push(`${from}: the value of "${key}" is not valid %-encoding; it was ignored.`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/telemetry/trace-id.js
// A trace id derived from the CI run, so every job (shard) of one pipeline run lands in one trace
// without any coordination between the jobs.

/** 32 lowercase hex characters, or undefined when the platform has no run id (a laptop). */
function deterministicTraceId(platform) {
    if (!platform.runId)
        return undefined;
    const key = ['runlens', platform.kind, platform.serverUrl ?? '', platform.repository ?? '', platform.runId].join('\n');
    const id = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 32);
    // An all-zero id is invalid in W3C Trace Context; 2^-128 odds, but cheap to rule out.
    return /^0+$/.test(id) ? `${id.slice(0, 31)}1` : id;
}

// EXTERNAL MODULE: ./lib/telemetry/trace-file.js
var trace_file = __webpack_require__(4197);
;// CONCATENATED MODULE: ./lib/telemetry/critical-path.js
/** Step ids on the critical path, first to last; empty when no step ran. */
function criticalPath(steps) {
    const timed = new Map();
    for (const step of steps) {
        const start = step.startedAt ? Date.parse(step.startedAt) : NaN;
        if (Number.isNaN(start))
            continue;
        timed.set(step.id, { step, start, end: start + step.durationMs });
    }
    let current = latest([...timed.values()]);
    const path = [];
    const seen = new Set();
    while (current && !seen.has(current.step.id)) {
        seen.add(current.step.id);
        path.push(current.step.id);
        const needs = current.step.needs.map((id) => timed.get(id)).filter((t) => t !== undefined);
        current = latest(needs);
    }
    return path.reverse();
}
function latest(items) {
    let best;
    for (const item of items)
        if (!best || item.end > best.end)
            best = item;
    return best;
}

;// CONCATENATED MODULE: ./lib/telemetry/summary.js
// The trace, for people reading the job summary: its id, a link to it, and a Mermaid Gantt chart
// of the steps with the critical path highlighted (GitHub and GitLab both render Mermaid).




function traceUrl(template, traceId) {
    return template.replaceAll('{traceId}', traceId);
}
/** Markdown for the job summary; empty when the run was not traced. */
function traceSummaryMarkdown(run, opts = {}) {
    if (!run.traceId)
        return '';
    const lines = ['### Trace', ''];
    const id = `\`${run.traceId}\``;
    lines.push(opts.urlTemplate ? `Trace ${id} — [open the trace](${traceUrl(opts.urlTemplate, run.traceId)})` : `Trace ${id}`);
    if (opts.traceFile ?? true) {
        const file = external_node_path_.relative(run.workspace, external_node_path_.join(run.outputDir, trace_file/* TRACE_FILE */.B)) || trace_file/* TRACE_FILE */.B;
        lines.push('', `Every span is in \`${file}\`; \`runlens trace show ${file}\` draws it in a terminal.`);
    }
    const ran = run.steps.filter((s) => s.startedAt && !Number.isNaN(Date.parse(s.startedAt)));
    if (ran.length === 0)
        return lines.join('\n') + '\n';
    const critical = criticalPath(run.steps);
    const onPath = new Set(critical);
    const pathMs = critical.reduce((sum, id) => sum + (run.steps.find((s) => s.id === id)?.durationMs ?? 0), 0);
    lines.push('', `Critical path: ${critical.map((p) => `\`${p}\``).join(' → ')} (${(0,duration/* formatDuration */.a)(pathMs)} of ${(0,duration/* formatDuration */.a)(run.durationMs)})`);
    const max = opts.maxSteps ?? 100;
    const byStart = [...ran].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const shown = byStart.filter((s) => onPath.has(s.id));
    const longestFirst = byStart.filter((s) => !onPath.has(s.id)).sort((a, b) => b.durationMs - a.durationMs);
    shown.push(...longestFirst.slice(0, Math.max(0, max - shown.length)));
    shown.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const hours = run.durationMs >= 3_600_000;
    lines.push('', '```mermaid', 'gantt', '  title Steps — critical path highlighted', 
    // Epoch milliseconds: exact, and each reader sees their own clock on the axis.
    '  dateFormat x', `  axisFormat ${hours ? '%H:%M' : '%H:%M:%S'}`, '  section Steps', ...shown.map((s, i) => ganttTask(s, i, onPath.has(s.id))), '```');
    const hidden = ran.length - shown.length;
    if (hidden > 0)
        lines.push('', hidden === 1 ? '1 shorter step off the critical path is not drawn.' : `${hidden} shorter steps off the critical path are not drawn.`);
    return lines.join('\n') + '\n';
}
function ganttTask(step, index, critical) {
    const start = Date.parse(step.startedAt);
    // Mermaid drops zero-length tasks; a millisecond keeps the step visible.
    const end = start + Math.max(1, Math.round(step.durationMs));
    const mark = step.status === 'failed' || step.status === 'timed-out' ? ` ✗ ${step.status}` : step.status === 'cancelled' ? ' (cancelled)' : '';
    const tags = [critical ? 'crit' : undefined, `s${index}`].filter(Boolean).join(', ');
    // Step ids are letters, digits, `_` and `-`; `:` `;` `#` would break the line, so none can appear.
    return `  ${step.id}${mark} :${tags}, ${start}, ${end}`;
}

// EXTERNAL MODULE: ./lib/telemetry/waterfall.js
var waterfall = __webpack_require__(4121);
;// CONCATENATED MODULE: ./lib/telemetry/index.js









async function startRunTrace(opts) {
    let warnings = [];
    try {
        const telemetry = resolveTelemetry(opts.settings, opts.env, opts.overrides);
        warnings = telemetry.warnings;
        if (opts.mask && telemetry.otlp) {
            for (const value of Object.values(telemetry.otlp.headers))
                maskHeader(value, opts.mask);
            const password = new URL(telemetry.otlp.url).password;
            if (password)
                opts.mask(decodeURIComponent(password));
        }
        if (!telemetry.file && !telemetry.otlp)
            return withWarnings(noopTrace, warnings);
        // The OpenTelemetry SDK is a chunk of its own, loaded only when the run is traced.
        const [{ OtelRunTrace }, { contextFromEnv }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(585), __webpack_require__.e(228)]).then(__webpack_require__.bind(__webpack_require__, 2228)), Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 2929))]);
        const parent = contextFromEnv(opts.env);
        if (parent.warning)
            warnings.push(parent.warning);
        let traceId;
        // A TRACEPARENT from the caller wins: the run then belongs to the caller's trace.
        if (telemetry.deterministicTraceId && !opts.env.TRACEPARENT?.trim()) {
            traceId = deterministicTraceId(opts.platform);
            if (!traceId)
                warnings.push('telemetry.deterministic-trace-id is on, but this platform has no CI run id to derive it from; the trace id is random.');
        }
        const runlensVersion = opts.runlensVersion ?? lib_version/* RUNLENS_VERSION */.j;
        return new OtelRunTrace({
            name: opts.name,
            platform: opts.platform,
            outputDir: opts.outputDir,
            telemetry,
            resource: resourceAttributes({
                pipelineName: opts.name,
                platform: opts.platform,
                serviceName: telemetry.serviceName,
                serviceVersion: runlensVersion,
                userAttributes: telemetry.resourceAttributes,
            }),
            parent: parent.context,
            ...(traceId ? { traceId } : {}),
            startedAt: opts.startedAt ?? new Date(),
            runlensVersion,
            warnings,
        });
    }
    catch (err) {
        return withWarnings(noopTrace, [...warnings, `Tracing is off for this run: it could not start (${err.message}).`]);
    }
}
function withWarnings(trace, warnings) {
    if (warnings.length === 0)
        return trace;
    return { step: (id, kind) => trace.step(id, kind), end: async (run) => [...warnings, ...(await trace.end(run))] };
}
/** `Bearer abc` → masks `Bearer abc` and `abc`, since logs may show either. */
function maskHeader(value, mask) {
    if (!value)
        return;
    mask(value);
    const credential = value.match(/^\S+\s+(\S.*)$/)?.[1];
    if (credential)
        mask(credential);
}

;// CONCATENATED MODULE: ./lib/run.js
// The one engine behind every door: config → plan → run → RunResult → reports → exit code.
















async function execute(opts, platform) {
    const loaded = await (0,load/* loadConfig */.Z)({
        cwd: opts.workspace,
        configPath: opts.configPath,
        env: opts.env,
        overrides: opts.overrides,
        door: opts.door,
    });
    const config = loaded.config;
    const plan = (0,engine_plan/* buildPlan */.G)(config, { only: opts.steps, locate: loaded.locate, workspace: opts.workspace });
    if (opts.dryRun) {
        opts.out.write((0,engine_plan/* formatPlan */.n)(plan) + '\n');
        return { plan, exitCode: errors/* EXIT */.dc.passed };
    }
    const name = config.name ?? external_node_path_.basename(platform.info.repository ?? opts.workspace);
    const outputDir = external_node_path_.resolve(opts.workspace, config['output-dir']);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const startedAt = new Date();
    const trace = await startRunTrace({
        name,
        platform: platform.info,
        env: opts.env,
        outputDir,
        settings: config.telemetry,
        startedAt,
        overrides: opts.telemetry,
        mask: (v) => platform.mask(v),
    });
    const logOrder = config['log-order'] === 'auto' ? (platform.isCI ? 'grouped' : 'stream') : config['log-order'];
    const progress = createConsoleProgress({
        stream: opts.out,
        color: opts.color,
        logOrder,
        group: { start: (t) => platform.startGroup(t), end: () => platform.endGroup() },
    });
    const steps = await runPlan(plan, {
        workspace: opts.workspace,
        outputDir,
        concurrency: config.concurrency,
        killGraceMs: config['kill-grace'],
        signal: opts.signal,
        trace,
        platform: platform.info,
        progress,
        mask: (v) => platform.mask(v),
        env: opts.env,
    });
    const run = assembleRun({ name, steps, startedAt, opts, outputDir, configPath: loaded.path, platform, failOn: config['fail-on'] });
    run.traceId = trace.traceId;
    const traceWarnings = await trace.end(run);
    run.notes.push(...traceWarnings);
    if (config['pr-comment'] !== 'off')
        await postComment(run, platform, opts.out);
    const paths = await writeReports(run, { outputDir, gitlab: platform.info.kind === 'gitlab' });
    const urlTemplate = opts.telemetry?.urlTemplate || config.telemetry['url-template'];
    await platform.writeSummary(renderSummary(run) + traceSummaryMarkdown(run, { urlTemplate }));
    for (const a of selectAnnotations(run))
        platform.annotate(a);
    await platform.setOutputs(actionOutputs(run, paths));
    progress.runFinished(run.steps);
    return { run, plan, paths, exitCode: run.exitCode };
}
function assembleRun(a) {
    const finishedAt = new Date();
    const findings = a.steps.flatMap((s) => s.findings);
    const gate = evaluateGate(a.steps, a.failOn);
    const stepFailed = a.steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
    const cancelled = a.opts.signal.aborted;
    const status = cancelled ? 'cancelled' : stepFailed || !gate.passed ? 'failed' : 'passed';
    return {
        version: RUN_RESULT_VERSION,
        runlensVersion: lib_version/* RUNLENS_VERSION */.j,
        name: a.name,
        status,
        startedAt: a.startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - a.startedAt.getTime(),
        workspace: a.opts.workspace,
        configPath: a.configPath,
        outputDir: a.outputDir,
        dryRun: false,
        platform: a.platform.info,
        steps: a.steps,
        counts: countFindings(findings),
        gate,
        exitCode: status === 'passed' ? errors/* EXIT */.dc.passed : errors/* EXIT */.dc.failed,
        notes: [],
    };
}
/** A comment that cannot be posted (fork PRs get read-only tokens) is a warning, never a failed run. */
async function postComment(run, platform, out) {
    try {
        const r = await platform.comment(renderComment(run), commentMarker(run));
        if (r.posted)
            out.write(`PR comment: ${r.detail}\n`);
    }
    catch (err) {
        const message = `could not post the PR comment: ${err.message}`;
        run.notes.push(message);
        platform.annotate({ level: 'warning', message, title: 'runlens' });
    }
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ ATTR_VCS_REF_HEAD_NAME),
/* harmony export */   FI: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_ID),
/* harmony export */   Gl: () => (/* binding */ ATTR_VCS_CHANGE_ID),
/* harmony export */   Jh: () => (/* binding */ ATTR_CICD_PIPELINE_RUN_ID),
/* harmony export */   Lf: () => (/* binding */ ATTR_CICD_PIPELINE_RUN_URL_FULL),
/* harmony export */   MJ: () => (/* binding */ ATTR_CICD_PIPELINE_ACTION_NAME),
/* harmony export */   RO: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_NAME),
/* harmony export */   Sx: () => (/* binding */ ATTR_VCS_REF_HEAD_REVISION),
/* harmony export */   Yh: () => (/* binding */ ATTR_VCS_REPOSITORY_NAME),
/* harmony export */   b6: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL),
/* harmony export */   "do": () => (/* binding */ ATTR_CICD_WORKER_ID),
/* harmony export */   hN: () => (/* binding */ ATTR_VCS_REF_BASE_REVISION),
/* harmony export */   oT: () => (/* binding */ ATTR_VCS_REPOSITORY_URL_FULL),
/* harmony export */   pb: () => (/* binding */ ATTR_CICD_PIPELINE_NAME),
/* harmony export */   r: () => (/* binding */ ATTR_VCS_REF_HEAD_TYPE),
/* harmony export */   r0: () => (/* binding */ ATTR_CICD_WORKER_NAME),
/* harmony export */   rT: () => (/* binding */ ATTR_CICD_PIPELINE_RESULT),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT),
/* harmony export */   xS: () => (/* binding */ ATTR_VCS_OWNER_NAME),
/* harmony export */   zG: () => (/* binding */ ATTR_VCS_PROVIDER_NAME)
/* harmony export */ });
/* unused harmony exports ATTR_CICD_WORKER_URL_FULL, ATTR_CICD_SYSTEM_COMPONENT */
// Attribute names from the OpenTelemetry CI/CD and VCS semantic conventions (release candidates).
// Copied rather than imported from `@opentelemetry/semantic-conventions/incubating`, as the
// OpenTelemetry docs advise: the incubating entry point may change in any minor release.
const ATTR_CICD_PIPELINE_NAME = 'cicd.pipeline.name';
const ATTR_CICD_PIPELINE_RUN_ID = 'cicd.pipeline.run.id';
const ATTR_CICD_PIPELINE_RUN_URL_FULL = 'cicd.pipeline.run.url.full';
const ATTR_CICD_PIPELINE_RESULT = 'cicd.pipeline.result';
const ATTR_CICD_PIPELINE_ACTION_NAME = 'cicd.pipeline.action.name';
const ATTR_CICD_PIPELINE_TASK_NAME = 'cicd.pipeline.task.name';
const ATTR_CICD_PIPELINE_TASK_RUN_ID = 'cicd.pipeline.task.run.id';
const ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL = 'cicd.pipeline.task.run.url.full';
const ATTR_CICD_PIPELINE_TASK_RUN_RESULT = 'cicd.pipeline.task.run.result';
const ATTR_CICD_WORKER_ID = 'cicd.worker.id';
const ATTR_CICD_WORKER_NAME = 'cicd.worker.name';
const ATTR_CICD_WORKER_URL_FULL = 'cicd.worker.url.full';
const ATTR_CICD_SYSTEM_COMPONENT = 'cicd.system.component';
const ATTR_VCS_PROVIDER_NAME = 'vcs.provider.name';
const ATTR_VCS_REPOSITORY_URL_FULL = 'vcs.repository.url.full';
const ATTR_VCS_REPOSITORY_NAME = 'vcs.repository.name';
const ATTR_VCS_OWNER_NAME = 'vcs.owner.name';
const ATTR_VCS_REF_HEAD_NAME = 'vcs.ref.head.name';
const ATTR_VCS_REF_HEAD_TYPE = 'vcs.ref.head.type';
const ATTR_VCS_REF_HEAD_REVISION = 'vcs.ref.head.revision';
const ATTR_VCS_REF_BASE_REVISION = 'vcs.ref.base.revision';
const ATTR_VCS_CHANGE_ID = 'vcs.change.id';


/***/ }),

/***/ 4197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ TRACE_FILE),
/* harmony export */   m: () => (/* binding */ readTraceFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
// Trace files: OTLP/JSON lines of ExportTraceServiceRequest, as runlens and the OpenTelemetry
// Collector's file exporter write them (a single pretty-printed request reads too).


/** The trace file's name in the output directory. */
const TRACE_FILE = 'trace.jsonl';
const HINT = 'a trace file holds OTLP/JSON lines (ExportTraceServiceRequest), as runlens writes to .runlens/trace.jsonl';
async function readTraceFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, code === 'ENOENT' ? 'no such file' : err.message, code === 'ENOENT' ? 'run `runlens run` first, or pass the path of a trace file' : undefined);
    }
    const documents = [];
    const trimmed = text.trim();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        documents.push({ line: 1, value: parseJson(trimmed, file, 1) });
    }
    else {
        text.split('\n').forEach((line, i) => {
            if (line.trim())
                documents.push({ line: i + 1, value: parseJson(line, file, i + 1) });
        });
    }
    return documents.flatMap(({ line, value }) => spansOf(value, file, line));
}
function parseJson(text, file, line) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `not JSON (${err.message})`, HINT);
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v.filter(isObject) : []);
function spansOf(doc, file, line) {
    if (!isObject(doc) || !Array.isArray(doc.resourceSpans))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, 'no `resourceSpans` in this line', HINT);
    const spans = [];
    for (const resourceSpans of list(doc.resourceSpans)) {
        const resource = attributesOf(isObject(resourceSpans.resource) ? resourceSpans.resource.attributes : undefined);
        const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : undefined;
        // `instrumentationLibrarySpans` is what OTLP called scopeSpans before 0.15.
        for (const scope of [...list(resourceSpans.scopeSpans), ...list(resourceSpans.instrumentationLibrarySpans)]) {
            for (const span of list(scope.spans)) {
                const traceId = hexId(span.traceId, 16);
                const spanId = hexId(span.spanId, 8);
                if (!traceId || !spanId)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `a span without a valid traceId/spanId (${String(span.name ?? '?')})`, HINT);
                const parentSpanId = hexId(span.parentSpanId, 8);
                const status = isObject(span.status) ? span.status : {};
                const start = nanosToMs(span.startTimeUnixNano);
                spans.push({
                    traceId,
                    spanId,
                    ...(parentSpanId ? { parentSpanId } : {}),
                    name: typeof span.name === 'string' ? span.name : '(unnamed)',
                    start,
                    end: Math.max(start, nanosToMs(span.endTimeUnixNano)),
                    // STATUS_CODE_ERROR is 2; JSON encoders may also write the enum name.
                    error: status.code === 2 || status.code === 'STATUS_CODE_ERROR',
                    ...(typeof status.message === 'string' && status.message ? { statusMessage: status.message } : {}),
                    ...(serviceName ? { serviceName } : {}),
                    attributes: attributesOf(span.attributes),
                });
            }
        }
    }
    return spans;
}
/** OTLP/JSON ids are hex; some encoders write protobuf JSON's base64 instead. */
function hexId(value, bytes) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    if (new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(value))
        return /^0+$/.test(value) ? undefined : value.toLowerCase();
    const decoded = Buffer.from(value, 'base64');
    return decoded.length === bytes && !decoded.every((b) => b === 0) ? decoded.toString('hex') : undefined;
}
function nanosToMs(value) {
    if (typeof value === 'number')
        return value / 1e6;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return Number(BigInt(value) / 1000n) / 1000;
    return 0;
}
function attributesOf(value) {
    const out = {};
    for (const kv of list(value)) {
        if (typeof kv.key !== 'string' || !isObject(kv.value))
            continue;
        const v = kv.value;
        if (typeof v.stringValue === 'string')
            out[kv.key] = v.stringValue;
        else if (typeof v.boolValue === 'boolean')
            out[kv.key] = v.boolValue;
        else if (v.intValue !== undefined)
            out[kv.key] = Number(v.intValue);
        else if (typeof v.doubleValue === 'number')
            out[kv.key] = v.doubleValue;
    }
    return out;
}


/***/ }),

/***/ 4121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTraceWaterfall: () => (/* binding */ renderTraceWaterfall)
/* harmony export */ });
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6804);
/* harmony import */ var _trace_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4197);
// `runlens trace show FILE`: a terminal waterfall of any OTLP/JSON trace file, one row per span,
// indented under its parent, with a bar where it sat in time.


const ANSI = { red: '\x1b[31m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const DURATION_WIDTH = 8;
async function renderTraceWaterfall(file, opts) {
    const spans = await (0,_trace_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readTraceFile */ .m)(file);
    if (spans.length === 0)
        return `${file}: no spans\n`;
    const byTrace = new Map();
    for (const span of spans) {
        const group = byTrace.get(span.traceId) ?? [];
        group.push(span);
        byTrace.set(span.traceId, group);
    }
    const blocks = [...byTrace.values()].sort((a, b) => earliest(a) - earliest(b)).map((group) => renderTrace(group, opts));
    return blocks.join('\n');
}
function renderTrace(spans, opts) {
    const paint = (code, text) => (opts.color ? `${code}${text}${ANSI.reset}` : text);
    const t0 = earliest(spans);
    const t1 = Math.max(...spans.map((s) => s.end));
    const total = Math.max(t1 - t0, 0.001);
    const rows = treeRows(spans);
    const services = [...new Set(spans.map((s) => s.serviceName).filter((s) => s !== undefined))];
    const errors = spans.filter((s) => s.error).length;
    const header = `Trace ${spans[0].traceId} — ${spans.length} span${spans.length === 1 ? '' : 's'}, ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(total)}` +
        (services.length ? `, ${services.join(', ')}` : '') +
        (errors ? `, ${errors} with errors` : '');
    const width = Math.max(40, Math.floor(opts.width));
    const labelWidth = Math.min(Math.max(...rows.map((r) => r.prefix.length + label(r.span).length)), Math.max(12, Math.floor(width * 0.4)));
    const barWidth = Math.max(10, width - labelWidth - DURATION_WIDTH - 4);
    const lines = [paint(ANSI.bold, header)];
    for (const { span, prefix } of rows) {
        const text = fit(label(span), labelWidth - prefix.length);
        const from = Math.min(barWidth - 1, Math.floor(((span.start - t0) / total) * barWidth));
        const to = Math.max(from + 1, Math.min(barWidth, Math.ceil(((span.end - t0) / total) * barWidth)));
        const bar = ' '.repeat(from) + '█'.repeat(to - from) + ' '.repeat(barWidth - to);
        const duration = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(span.end - span.start).padStart(DURATION_WIDTH);
        const name = (span.error ? paint(ANSI.red, text) : text) + ' '.repeat(labelWidth - prefix.length - text.length);
        lines.push(`${paint(ANSI.dim, prefix)}${name} ${paint(ANSI.dim, '│')}${paint(span.error ? ANSI.red : ANSI.cyan, bar)}${paint(ANSI.dim, '│')} ${duration}`);
    }
    return lines.join('\n') + '\n';
}
function label(span) {
    return span.error ? `${span.name} ✗` : span.name;
}
/** Depth-first, children by start time; spans whose parent is not in the file are roots. */
function treeRows(spans) {
    const ids = new Set(spans.map((s) => s.spanId));
    const children = new Map();
    const roots = [];
    for (const span of spans) {
        if (span.parentSpanId && ids.has(span.parentSpanId) && span.parentSpanId !== span.spanId) {
            const siblings = children.get(span.parentSpanId) ?? [];
            siblings.push(span);
            children.set(span.parentSpanId, siblings);
        }
        else {
            roots.push(span);
        }
    }
    const byStart = (a, b) => a.start - b.start || a.name.localeCompare(b.name);
    const rows = [];
    const seen = new Set();
    const visit = (span, indent, branch) => {
        if (seen.has(span.spanId))
            return;
        seen.add(span.spanId);
        rows.push({ span, prefix: indent + branch });
        const kids = (children.get(span.spanId) ?? []).sort(byStart);
        const nextIndent = indent + (branch === '' ? '' : branch === '├─ ' ? '│  ' : '   ');
        kids.forEach((kid, i) => visit(kid, nextIndent, i === kids.length - 1 ? '└─ ' : '├─ '));
    };
    for (const root of roots.sort(byStart))
        visit(root, '', '');
    return rows;
}
function fit(text, width) {
    if (width <= 1)
        return text.slice(0, Math.max(0, width));
    return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
function earliest(spans) {
    return Math.min(...spans.map((s) => s.start));
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ RUNLENS_VERSION),
/* harmony export */   x: () => (/* binding */ ISSUES_URL)
/* harmony export */ });
// Kept equal to package.json's version by tests/version.test.ts (a JSON import would drag package.json into the bundle).
const RUNLENS_VERSION = '0.1.0';
const ISSUES_URL = 'https://github.com/runlens/runlens/issues';


/***/ })

};
