export const id = 2257;
export const ids = [2257];
export const modules = {

/***/ 62257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PN: () => (/* binding */ Matcher)
});

// UNUSED EXPORTS: compileRule, groupCount

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
/**
 * Whether `text` may hold a keyword: the same automaton walked over a JS string's UTF-16 units, with no
 * Buffer to allocate, for the per-line prefilter of streamed output. Exact-case keywords are checked as
 * in findKeywords. Characters outside ASCII fall to class 0, which is exact as long as every keyword is
 * ASCII; an automaton with a non-ASCII keyword answers true for any non-ASCII text (the caller then scans
 * the UTF-8 bytes).
 */
function mayHaveKeyword(a, text) {
    const { classCount, next, outStart, outCount, outputs, lengths, exact } = a;
    const classes = a.charClasses ?? charClassesOf(a);
    let row = 0;
    for (let i = 0; i < text.length; i++) {
        const c = classes[text.charCodeAt(i)];
        if (c === NON_ASCII)
            return true;
        const t = next[row + c];
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
            const want = exact[id];
            if (!want || sameChars(text, i - lengths[id] + 1, want))
                return true;
        }
    }
    return false;
}
const NON_ASCII = 0xffff;
/** One table lookup per UTF-16 unit, no branch on its range: about a quarter faster than testing it. */
function charClassesOf(a) {
    const table = new Uint16Array(65536);
    let asciiOnly = true;
    for (let b = 0x80; b < 256; b++)
        if (a.classes[b] !== 0)
            asciiOnly = false;
    for (let c = 0; c < 0x80; c++)
        table[c] = a.classes[c];
    if (!asciiOnly)
        table.fill(NON_ASCII, 0x80);
    a.charClasses = table;
    return table;
}
function sameChars(text, at, want) {
    for (let j = 0; j < want.length; j++)
        if (text.charCodeAt(at + j) !== want[j])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/decode.js
// Encoded text worth a second look: string literals with escapes (`\n`, `\uXXXX`, `\xNN`), percent-encoded runs
// and base64 or hex blobs. Each candidate is decoded (to a bounded depth and size) and the decoded text is scanned
// again by the matcher; a finding in it is reported at the place of the ENCODED text. Only candidates are decoded:
// a literal with a backslash, a run with `%XX`, a blob long enough to hold a credential whose decoded bytes are
// printable text. Pure and dependency-free: worker threads load it with the matcher.
/** Shortest encoded run worth decoding: base64 of a 20-character token. */
const MIN_BLOB = 28;
/** Longest encoded run decoded: a kubeconfig or service-account JSON in base64 fits. */
const MAX_SEGMENT = 64 * 1024;
/** Decoded text per file, at most. */
const MAX_DECODED_PER_FILE = 1 << 20;
/** Longest string literal decoded: config text or a key in a literal fits; a bundled source file does not. */
const MAX_LITERAL = 8 * 1024;
const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(.))/gs;
const PERCENT = /%[0-9A-Fa-f]{2}/g;
// What follows the backslash of a string escape worth decoding: `\uXXXX`, `\xNN`, octal, `\n`, quotes.
const STRING_ESCAPE = new Uint8Array(256);
for (const c of 'uxUX01234567nrtbf"\'')
    STRING_ESCAPE[c.charCodeAt(0)] = 1;
// Characters of a percent-encoded run (unreserved and sub-delimiters, and `%`).
const PERCENT_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+-/=:@!*$,;%')
    PERCENT_CHAR[c.charCodeAt(0)] = 1;
// Characters of base64 (both alphabets, padding included) and hex: a run of them is a blob candidate.
const BLOB_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-')
    BLOB_CHAR[c.charCodeAt(0)] = 1;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const PERCENT_IN_RUN = /%[0-9A-Fa-f]{2}/g;
const ENCODED_INSIDE = /[A-Za-z0-9+/_-]{28}|%[0-9A-Fa-f]{2}|\\/;
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
/**
 * The body of the quoted literal holding the backslash at `at`, as [start, end) offsets: the nearest quote before
 * it on its line that is not escaped, and the matching quote after it. None when the backslash is in no literal
 * (a regex, a Windows path) or the literal is longer than MAX_LITERAL.
 */
function literalAround(text, at, barrier) {
    let open = -1;
    for (let p = at - 1; p > barrier && at - p <= MAX_LITERAL; p--) {
        const c = text.charCodeAt(p);
        if (c === 10 || c === 13)
            return undefined;
        if ((c === 34 || c === 39) && text.charCodeAt(p - 1) !== 92) {
            open = p;
            break;
        }
    }
    if (open === -1)
        return undefined;
    const quote = text.charCodeAt(open);
    for (let p = at; p < text.length && p - open <= MAX_LITERAL; p++) {
        const c = text.charCodeAt(p);
        if (c === 92) {
            p++;
            continue;
        }
        if (c === 10 || c === 13)
            return undefined;
        if (c === quote)
            return [open + 1, p];
    }
    return undefined;
}
function unescapeLiteral(body) {
    return body.replace(ESCAPE, (_, brace, u4, x2, oct, ch) => {
        if (brace !== undefined)
            return String.fromCodePoint(Math.min(parseInt(brace, 16), 0x10ffff));
        if (u4 !== undefined)
            return String.fromCharCode(parseInt(u4, 16));
        if (x2 !== undefined)
            return String.fromCharCode(parseInt(x2, 16));
        if (oct !== undefined)
            return String.fromCharCode(parseInt(oct, 8) & 0xff);
        return SIMPLE_ESCAPES[ch] ?? ch;
    });
}
/** Mostly printable ASCII (with whitespace): decoded text, not binary. */
function isText(s) {
    if (s.length === 0)
        return false;
    let printable = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13)
            printable++;
    }
    return printable / s.length >= 0.95;
}
/**
 * Base64 of ASCII text has, in every 4-character group, a first character encoding the top six bits of a byte
 * below 0x80: `A`–`Z` or `a`–`f`. Checking the first groups rejects random or binary blobs (and long
 * identifiers) before decoding them: each group passes by chance one time in two.
 */
function mayBeBase64Text(blob) {
    for (let i = 0; i < Math.min(blob.length, 64); i += 4) {
        const c = blob.charCodeAt(i);
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}
function decodeBlob(blob) {
    if (blob.length >= 32 && HEX.test(blob)) {
        const hex = Buffer.from(blob, 'hex').toString('latin1');
        if (isText(hex))
            return hex;
    }
    if (!mayBeBase64Text(blob))
        return undefined;
    const b64 = Buffer.from(blob.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
    return isText(b64) ? b64 : undefined;
}
/**
 * The encoded candidates of `bytes` (`text` is its latin1 view, one character per byte), decoded once. `interesting` is the matcher's keyword prefilter: decoded text without a keyword of any
 * rule is dropped at once.
 */
function decodeCandidates(bytes, text, interesting) {
    const out = [];
    let budget = MAX_DECODED_PER_FILE;
    const keep = (start, end, decoded) => {
        // Text with another layer of encoding is kept too: the caller peels it (to a bounded depth).
        if (budget <= 0 || decoded.length < 8 || !(interesting(decoded) || ENCODED_INSIDE.test(decoded)))
            return;
        budget -= decoded.length;
        out.push({ start, end, text: decoded });
    };
    // String literals, from their escapes: each backslash that starts a string escape (not a regex's `\d`, `\.`)
    // leads to the literal around it (on its line), decoded once. A backslash found in no literal bounds the
    // search back for the next one: a minified line of regexes costs one pass, not one per backslash.
    let barrier = -1;
    for (let at = text.indexOf('\\'); at !== -1;) {
        if (STRING_ESCAPE[text.charCodeAt(at + 1)] !== 1) {
            at = text.indexOf('\\', at + 2);
            continue;
        }
        const literal = literalAround(text, at, barrier);
        if (!literal) {
            barrier = at;
            at = text.indexOf('\\', at + 2);
            continue;
        }
        const [start, end] = literal;
        const body = text.slice(start, end);
        if (body.length >= 16) {
            const decoded = unescapeLiteral(body);
            if (decoded !== body)
                keep(start, end, decoded);
        }
        at = text.indexOf('\\', end + 1);
    }
    // Percent-encoded runs, from their `%XX`: each hit leads to the run around it, decoded once.
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
        let start = m.index;
        let end = m.index + 3;
        while (start > 0 && PERCENT_CHAR[bytes[start - 1]] === 1 && m.index - start < MAX_SEGMENT)
            start--;
        while (end < text.length && PERCENT_CHAR[bytes[end]] === 1 && end - m.index < MAX_SEGMENT)
            end++;
        PERCENT.lastIndex = end;
        const run = text.slice(start, end);
        if (run.length < 12 || (run.match(PERCENT_IN_RUN)?.length ?? 0) < 2)
            continue;
        let decoded;
        try {
            decoded = decodeURIComponent(run.replace(/\+/g, ' '));
        }
        catch {
            continue;
        }
        keep(start, end, decoded);
    }
    // Maximal runs of blob characters, found with a plain loop: a regex costs several times more here.
    for (let i = 0, n = text.length; i < n;) {
        if (BLOB_CHAR[bytes[i]] === 0) {
            i++;
            continue;
        }
        let j = i + 1;
        while (j < n && BLOB_CHAR[bytes[j]] === 1)
            j++;
        const length = j - i;
        if (length >= MIN_BLOB && length <= MAX_SEGMENT) {
            // Padding belongs at the end only; a run holding `=` elsewhere (`a=b=c`) is not one blob.
            const blob = text.slice(i, j);
            const pad = blob.indexOf('=');
            if (pad === -1 || pad >= length - 2) {
                const decoded = decodeBlob(pad === -1 ? blob : blob.slice(0, pad));
                if (decoded !== undefined)
                    keep(i, j, decoded);
            }
        }
        i = j;
    }
    return out;
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

;// CONCATENATED MODULE: ./lib/checks/secrets/kubernetes.js
// The structural half of the `kubernetes-secret-yaml` rule: the rule's regex finds `key: value` entries in a
// YAML file; this decides whether one is a value of a `kind: Secret` document's `data:` or `stringData:`,
// and whether that value holds a secret — `data:` values are base64, so they are decoded and the decoded
// bytes judged, not the entropy of the base64. Pure; the matcher (and so the scan workers) imports it.
const HEADER = /^([ \t]*)(data|stringData)[ \t]*:[ \t]*(?:#.*)?$/;
const KIND_SECRET = /^([ \t]*)kind[ \t]*:[ \t]*(["']?)secret\2[ \t]*(?:#.*)?$/i;
const DOCUMENT_SEPARATOR = /^---/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Helm/Go and shell templates, ERB, SOPS-encrypted values: `{{ .Values.x }}`, `${X}`, `ENC[AES256_GCM,…]`.
const TEMPLATE = /\{\{.*\}\}|\$\{[^}]*\}|<%.*%>|^ENC\[/s;
// Entries that name where or who, not the credential: `username`, `db-host`, `port`, `ca.crt`.
const NOT_SECRET_KEY = /^(?:[\w-]*[._-])?(?:user(?:name)?|login|email|host(?:name)?|port|url|uri|endpoint|server|database|db|dbname|db[_-]?name|namespace|region|ca\.crt|tls\.crt|ca\.pem|ca-bundle\.crt)$/i;
/** Decoded values shorter than this are not secrets (`bar`, `admin`, `true`, `8080`). */
const MIN_TEXT = 6;
/** Binary values (keys, keystores) shorter than this are not either. */
const MIN_BINARY = 16;
/**
 * `lineStart` is the offset in `text` of the line where the entry's key is; `value` the entry's value, unquoted.
 * True when the entry sits directly under `data:` or `stringData:` of a document whose `kind` is `Secret`, and
 * the value (decoded, under `data:`) is not empty, short, a template, a certificate or a SOPS-encrypted value, under a
 * key that names no user, host or port.
 */
function isKubernetesSecretEntry(text, lineStart, value) {
    const header = entriesOf(text).get(lineStart);
    if (!header)
        return false;
    const keyLine = text.slice(lineStart, text.indexOf('\n', lineStart) === -1 ? undefined : text.indexOf('\n', lineStart));
    const key = /^[ \t]*["']?([\w.-]+)/.exec(keyLine)?.[1] ?? '';
    if (NOT_SECRET_KEY.test(key))
        return false;
    if (header === 'data')
        return isSecretBase64(value);
    // A `|` or `>` block under `stringData:` is a file (`config.yaml: |`), not one credential: its first line is no secret.
    return !/:[ \t]*[>|][-+]?[ \t]*\r?$/.test(keyLine) && isSecretText(value);
}
// The entries of the last text asked about: a file's matches are checked one after another, so one pass per
// file finds them all (walking up from each entry would be quadratic in a long YAML list).
let cachedText;
let cachedEntries = new Map();
/**
 * Line start → header, for every line that is an entry directly under `data:`/`stringData:` (every line between
 * the header and it is indented at least as deep) of a YAML document with `kind: Secret` no deeper than the header.
 */
function entriesOf(text) {
    if (text === cachedText)
        return cachedEntries;
    const entries = new Map();
    let doc = [];
    const flush = () => {
        let kindIndent = Infinity;
        for (const { line } of doc) {
            const m = KIND_SECRET.exec(line);
            if (m)
                kindIndent = Math.min(kindIndent, m[1].length);
        }
        if (kindIndent !== Infinity) {
            let header;
            let runMin = Infinity;
            for (const { start, line } of doc) {
                const trimmed = line.trimStart();
                if (trimmed === '' || trimmed.startsWith('#'))
                    continue;
                const indent = line.length - trimmed.length;
                if (header && indent > header.indent) {
                    if (indent <= runMin) {
                        entries.set(start, header.key);
                        runMin = indent;
                    }
                    continue;
                }
                header = undefined;
                const m = HEADER.exec(line);
                if (m && m[1].length >= kindIndent) {
                    header = { key: m[2], indent: m[1].length };
                    runMin = Infinity;
                }
            }
        }
        doc = [];
    };
    for (let start = 0; start <= text.length;) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(start, end).replace(/\r$/, '');
        if (DOCUMENT_SEPARATOR.test(line))
            flush();
        else
            doc.push({ start, line });
        if (nl === -1)
            break;
        start = nl + 1;
    }
    flush();
    cachedText = text;
    cachedEntries = entries;
    return entries;
}
function isSecretBase64(value) {
    if (!BASE64.test(value) || value.length % 4 !== 0)
        return false;
    const bytes = Buffer.from(value, 'base64');
    const decoded = bytes.toString('latin1');
    if (/^[\x20-\x7e\t\r\n]*$/.test(decoded)) {
        // A certificate (`ca.crt`, `tls.crt`) is public; its private key is what matters.
        const text = decoded.trim();
        return isSecretText(text) && !text.startsWith('-----BEGIN CERTIFICATE');
    }
    return bytes.length >= MIN_BINARY;
}
function isSecretText(value) {
    return value.length >= MIN_TEXT && !TEMPLATE.test(value);
}

;// CONCATENATED MODULE: ./lib/checks/secrets/placeholder.js
// What a credential-shaped string looks like when it is not a credential: documentation examples,
// template references, filler. Applied to every rule's secret (unless the rule opts out), and, for
// free-form values of generic rules, the shape checks below.

// Bits per character above which a `/…` value is taken for a random key rather than a path.
const RANDOM_ENTROPY = 4.3;
// Words that mark an example when they stand as words in the value: near its start or end, or next to a separator
// (`AKIAIOSFODNN7EXAMPLE`, `ghp_example…`, `my-dummy-token`, `sk_test_FakeKey…`).
const PLACEHOLDER_WORDS = /example|placeholder|changeme|change[_-]me|redacted|dummy|foobar|lorem|ipsum|sample|insert[_-]?(?:your|key|token|here)|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|replace[_-]?(?:me|this|with)|fake[_-]?(?:key|token|secret)?|not[_-]?a[_-]?real|qwerty/gi;
// Filler that no random value holds, wherever it is: `xxxx`, `***`, `...`, counting runs.
const FILLER = /xxxx|\*\*\*|\.\.\.|0123456789|123456789|abcdefghij|abc123|123abc|xyz123/i;
// Shortest random stretch, either side of a word, that makes the word a chance occurrence inside a random value.
const RANDOM_AROUND = 12;
/**
 * Whether a placeholder word in `secret` stands as a word, rather than by chance inside random text: a long
 * random token spells `dummy` or `SaMPle` in mixed case now and then (test files hold thousands of them), and
 * dropping it for that loses a real secret.
 */
function hasPlaceholderWord(secret) {
    PLACEHOLDER_WORDS.lastIndex = 0;
    for (let m = PLACEHOLDER_WORDS.exec(secret); m; m = PLACEHOLDER_WORDS.exec(secret)) {
        const start = m.index;
        const end = start + m[0].length;
        if (start < RANDOM_AROUND || secret.length - end < RANDOM_AROUND)
            return true;
        const before = secret[start - 1];
        const after = secret[end];
        if (!/[A-Za-z0-9]/.test(before) || !/[A-Za-z0-9]/.test(after))
            return true;
        // Written as a word (`EXAMPLE`, `example`, `Example`) deep inside a documentation value
        // (`…-EXAMPLEREFRESHTOKEN…`); random text spells it in one case about one time in 2^n.
        if (/^(?:[A-Z_-]+|[a-z_-]+|[A-Z][a-z_-]+)$/.test(m[0]))
            return true;
    }
    return false;
}
const placeholder_TEMPLATE = /\$\{|\{\{|\}\}|<%|%>|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$|^#\{/;
/** Filler and template references: `AKIAIOSFODNN7EXAMPLE`, `${TOKEN}`, `<your-token>`, `xxxx…`, `changeme`. */
function isPlaceholder(secret) {
    if (FILLER.test(secret) || hasPlaceholderWord(secret) || placeholder_TEMPLATE.test(secret))
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
    // A base64 secret can start with `/` (1 in 32 do). A path has no `+`, low entropy, and names that
    // rarely switch between lower case, upper case and digits; random base64 switches at about 6 pairs in
    // 10. Entropy alone let about 1 random key in 3,000 pass for a path; all three, none in 1,000,000.
    if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value) &&
        !value.includes('+') &&
        shannonEntropy(value) < RANDOM_ENTROPY &&
        classSwitchRate(value) < 0.3)
        return true;
    if (value.includes('://') || FILE_NAME.test(value))
        return true;
    if (WORDS.test(value) || CAMEL_OR_SCREAMING.test(value) || WORDY_IDENTIFIER.test(value) || DATE.test(value))
        return true;
    // A regular expression's source (`(?:secret|token)`): the scanner's own rules, a validator's pattern.
    if (/\(\?[:=!<]/.test(value))
        return true;
    // Calls and collections: `getPassword()`, `[a, b]`, `{…}`.
    if (/^[\w$.]+\(.*\)$|^\[.*\]$|^\{.*\}$/.test(value))
        return true;
    // Letters only, and short: a word or identifier, not a key (random base62 of 20+ characters has digits).
    if (/^[A-Za-z_-]+$/.test(value) && value.length < 20)
        return true;
    return false;
}
/** The share of adjacent letter/digit pairs that change class (lower, upper, digit). */
function classSwitchRate(value) {
    const classOf = (c) => (c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : c >= '0' && c <= '9' ? 3 : 0);
    let pairs = 0;
    let switches = 0;
    for (let i = 1; i < value.length; i++) {
        const a = classOf(value[i - 1]);
        const b = classOf(value[i]);
        if (a === 0 || b === 0)
            continue;
        pairs++;
        if (a !== b)
            switches++;
    }
    return pairs === 0 ? 0 : switches / pairs;
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
/**
 * Capture groups in a regex, read from its source. Running the regex once to count them (`exec('')`) would
 * make V8 compile every rule's regex at start-up — a fifth of a one-step run's CPU (bench/startup); parsed
 * here, a regex is compiled when a scan first uses it. tests/secrets/matcher-groups.test.ts checks this
 * against exec() for every built-in rule.
 */
function groupCount(regex) {
    const src = regex.source;
    const nestedClasses = regex.flags.includes('v');
    let groups = 0;
    let classDepth = 0;
    for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '\\') {
            i += 1;
        }
        else if (classDepth > 0) {
            if (c === ']')
                classDepth -= 1;
            else if (c === '[' && nestedClasses)
                classDepth += 1;
        }
        else if (c === '[') {
            classDepth = 1;
        }
        else if (c === '(') {
            if (src[i + 1] !== '?')
                groups += 1;
            // (?<name>…) captures; (?<=…) and (?<!…) look behind.
            else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!')
                groups += 1;
        }
    }
    return groups;
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
/** How many layers of encoding are peeled (base64 inside an escaped literal is two). */
const MAX_DECODE_DEPTH = 2;
class Matcher {
    rules;
    automaton;
    /** Keyword id → rules it triggers. */
    keywordRules;
    keywordLengths;
    alwaysRules;
    allowRegexes;
    stopwords;
    decode;
    constructor(spec) {
        this.decode = spec.decode === true;
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
    // The rules that apply at the last path asked about: free text is scanned line after line under one path.
    lastPath;
    lastActive = [];
    activeFor(path) {
        if (path !== this.lastPath) {
            this.lastActive = this.rules.map((r) => (!r.path || r.path.test(path)) && !r.allows.some((a) => !a.and && a.paths.some((p) => p.test(path))));
            this.lastPath = path;
        }
        return this.lastActive;
    }
    /** False when no rule could match `text`: none runs on every text and no keyword occurs. Allocates nothing. */
    mayMatch(text) {
        return this.alwaysRules.length > 0 || mayHaveKeyword(this.automaton, text);
    }
    /** The secrets in a piece of text (a log line, a tool's message), as if it were the file at `path`. */
    secretsIn(text, path) {
        if (!this.mayMatch(text))
            return [];
        const bytes = Buffer.from(text, 'utf8');
        return this.scan(bytes, bytes.length, path).map((m) => m.secret);
    }
    /** Every secret in `bytes[0..length)`, which is the file (or added lines) at repository-relative `path`. */
    scan(bytes, length, path) {
        const direct = this.scanPlain(bytes, length, path);
        return this.decode ? this.withDecoded(bytes, length, path, direct, 0) : direct;
    }
    /**
     * `direct` plus what the encoded candidates of the text hold, each located at its encoded text. A secret the
     * plain scan found at the same place (a key whose `\n` escapes the key rule reads through) is not reported twice.
     */
    withDecoded(bytes, length, path, direct, depth) {
        const segments = decodeCandidates(bytes, bytes.toString('latin1', 0, length), (decoded) => mayHaveKeyword(this.automaton, decoded));
        if (segments.length === 0)
            return direct;
        const out = [...direct];
        for (const seg of segments) {
            const inner = Buffer.from(seg.text, 'utf8');
            let found = this.scanPlain(inner, inner.length, path);
            if (depth + 1 < MAX_DECODE_DEPTH)
                found = this.withDecoded(inner, inner.length, path, found, depth + 1);
            if (found.length === 0 || inlineAllowed(bytes, length, seg.start, seg.end))
                continue;
            const [line, column] = positionOf(bytes, seg.start);
            const [endLine, endColumn] = positionOf(bytes, seg.end);
            for (const f of found) {
                const here = (o) => o.line <= endLine && o.endLine >= line;
                if (out.some((o) => (o.ruleId === f.ruleId || o.secret === f.secret) && here(o)))
                    continue;
                // What the encoded text holds says more than a generic rule's guess at the encoded text itself.
                if (!this.isGeneric(f.ruleId)) {
                    for (let i = out.length - 1; i >= 0; i--) {
                        const o = out[i];
                        if (this.isGeneric(o.ruleId) && here(o) && o.line === line && o.column <= endColumn && o.endColumn >= column)
                            out.splice(i, 1);
                    }
                }
                out.push({ ruleId: f.ruleId, secret: f.secret, line, column, endLine, endColumn });
            }
        }
        return out.sort((a, b) => a.line - b.line || a.column - b.column);
    }
    isGeneric(ruleId) {
        return this.rules.find((r) => r.rule.id === ruleId)?.rule.generic === true;
    }
    scanPlain(bytes, length, path) {
        const active = this.activeFor(path);
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
        if (r.check && !passesCheck(r.check, secret, text, at))
            return false;
        if (r.generic && key !== undefined && spellsItsKey(key, secret))
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
/** 1-based line and UTF-16 column of byte offset `at`. */
function positionOf(buf, at) {
    let line = 1;
    let lineStart = 0;
    for (let p = buf.indexOf(10, 0); p !== -1 && p < at; p = buf.indexOf(10, p + 1)) {
        line++;
        lineStart = p + 1;
    }
    return [line, columnOf(buf, lineStart, at)];
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
/** `at`: where the match starts in `text`. */
function passesCheck(check, secret, text, at) {
    switch (check) {
        case 'jwt': {
            const header = decodeBase64Url(secret.slice(0, secret.indexOf('.')));
            try {
                const parsed = JSON.parse(header);
                // A JOSE header: a JSON object (`alg` for JWS, `enc`/`epk` for JWE, but libraries put other members first).
                return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.keys(parsed).length > 0;
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
        case 'kubernetes-secret':
            return isKubernetesSecretEntry(text, text.lastIndexOf('\n', at) + 1, secret);
    }
}
/** The words of a name: `X_AWS_EC2_METADATA_TOKEN`, `x-aws-ec2-metadata-token`, `sha256TokenToRefresh`. */
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/**
 * A constant naming itself, not a secret: `X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token"`,
 * `SHA256_TOKEN_TO_REFRESH: "token_sha256_to_refresh"` (header and field names in SDKs). Every word of the
 * value is a word of the key, and there are at least two of them.
 */
function spellsItsKey(key, value) {
    const words = nameWords(value);
    if (words.length < 2)
        return false;
    const keyWords = new Set(nameWords(key));
    return words.every((w) => keyWords.has(w));
}
function decodeBase64Url(s) {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}


/***/ })

};
