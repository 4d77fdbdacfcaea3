export const id = 274;
export const ids = [274];
export const modules = {

/***/ 1274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSecrets: () => (/* binding */ runSecrets)
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
// EXTERNAL MODULE: ./lib/checks/secrets/re2.js
var re2 = __webpack_require__(6302);
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
        const t = (0,re2/* translateRe2 */.M)(pattern);
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

// Bits per character above which a `/…` value is taken for a random key rather than a path.
const RANDOM_ENTROPY = 4.3;
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
    // A base64 secret can start with `/` (1 in 32 do): a path has low entropy, a random key does not.
    if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value) && shannonEntropy(value) < RANDOM_ENTROPY)
        return true;
    if (value.includes('://') || FILE_NAME.test(value))
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
        const re = (0,re2/* translateRe2 */.M)(c.regex);
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
            ...(c.path ? { path: inlineFlags((0,re2/* translateRe2 */.M)(c.path)) } : {}),
            allow: { regexes: c.allowlist.regexes.map((r) => inlineFlags((0,re2/* translateRe2 */.M)(r))), stopwords: c.allowlist.stopwords },
        };
        rules = [...rules.filter((r) => r.id !== c.id), rule];
    }
    allow.regexes.push(...options.allowlist.regexes.map((r) => inlineFlags((0,re2/* translateRe2 */.M)(r))));
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

;// CONCATENATED MODULE: ./lib/checks/secrets/run.js
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
async function runSecrets(ctx) {
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
}


/***/ })

};
