export const id = 595;
export const ids = [595];
export const modules = {

/***/ 2257:
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
function decodeBase64Url(s) {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}


/***/ }),

/***/ 8651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ BUILTIN_RULES)
});

// UNUSED EXPORTS: RULE_FAMILIES

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/shape.js
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
/** The secret-like word a provider-named key must also contain: `FASTLY_API_TOKEN`, `twitchSecret`, `sumo_access_key`. */
const SECRETISH = '(?:secret|token|key|pass(?:word|wd)?|pwd|auth|credential|cred)';
// Every way code and config assign a value to a key: `key = "`, `key := "`, `$key .= "`, `KEY ?= "`, `KEY ::= "`,
// `"key" => "`, `var key string = "`, `setProperty("KEY", "`, `<key>\n  value` (XML), `key: value` …
// `<add key="…" value="…"`, and prose: "set `KEY` to `…`".
const NAMED_ASSIGN = String.raw `["'\]>\x60]{0,2}(?:${TYPED}|\s+[A-Za-z][\w<>[\]]*(?=\s*=))?\s{0,4}(?:[:.?+]{0,3}=>?|:|,|>|value\s*=|(?:to|is)\s)\s{0,8}["'\x60]?`;
/**
 * A credential without a prefix of its own (a 32-character hex key, a UUID): found only when assigned to a
 * key that names the provider (one of `names`, matched case-insensitively, where the keyword prefilter anchors)
 * and, after it, a secret-like word (`part`, default SECRETISH; '' for keys that are secrets by name).
 */
function named(id, title, provider, severity, names, value, extra = {}) {
    const { part = SECRETISH, ...rest } = extra;
    const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return {
        id,
        title,
        description: `${title}, assigned to a key that names the provider.`,
        provider,
        severity,
        regex: String.raw `(?i:${name})(?i:[A-Za-z0-9_.-]{0,30}?${part}[A-Za-z0-9_.-]{0,20}?)${NAMED_ASSIGN}(${value})${RD}`,
        keywords: names.map((n) => n.toLowerCase()),
        window: 'keyword',
        entropy: 3,
        ...rest,
    };
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
    'encryption',
    'signing',
    'hmac',
    'masterkey',
    'master_key',
    'master-key',
    'jwtkey',
    'jwt_key',
    'credential',
    'pwd',
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/aws.js

const AWS_RULES = [
    // Amazon Bedrock API keys: long-term `ABSK` + base64, short-term `bedrock-api-key-` + base64 of a presigned URL.
    prefixed('aws-bedrock-api-key', 'Amazon Bedrock API key', 'aws', 'high', String.raw `(?:ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{64,2000})`, ['ABSK', 'bedrock-api-key-']),
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
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/github.js

// The classic formats end in a CRC32 of their random part (checksum.ts); `github_pat_` documents none.
const CHECKSUM = { checksum: 'github' };
const GITHUB_RULES = [
    prefixed('github-pat', 'GitHub personal access token (classic)', 'github', 'critical', 'ghp_[A-Za-z0-9]{36}', ['ghp_'], CHECKSUM),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'github', 'critical', 'github_pat_[A-Za-z0-9_]{82}', [
        'github_pat_',
    ]),
    prefixed('github-oauth-token', 'GitHub OAuth access token', 'github', 'high', 'gho_[A-Za-z0-9]{36}', ['gho_'], CHECKSUM),
    prefixed('github-app-token', 'GitHub App user-to-server or installation token', 'github', 'high', 'gh[us]_[A-Za-z0-9]{36}', ['ghu_', 'ghs_'], CHECKSUM),
    prefixed('github-refresh-token', 'GitHub App refresh token', 'github', 'high', 'ghr_[A-Za-z0-9]{36,76}', ['ghr_'], CHECKSUM),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/gitlab.js

const GITLAB_RULES = [
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
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/slack.js

const SLACK_RULES = [
    prefixed('slack-bot-token', 'Slack bot token', 'slack', 'high', 'xoxb-(?:[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}|[0-9]{8,14}-[A-Za-z0-9]{18,26})', ['xoxb-']),
    prefixed('slack-user-token', 'Slack user token', 'slack', 'high', 'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}', ['xoxp-', 'xoxe-']),
    prefixed('slack-app-token', 'Slack app-level token', 'slack', 'high', 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[A-Za-z0-9]{32,80}', [
        'xapp-',
    ]),
    prefixed('slack-config-token', 'Slack configuration access or refresh token', 'slack', 'high', String.raw `xoxe(?:\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}|-[0-9]-[A-Za-z0-9]{146})`, ['xoxe']),
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
        regex: String.raw `((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,12}/[A-Za-z0-9_]{8,13}/[A-Za-z0-9_/]{20,80})`,
        keywords: ['hooks.slack.com'],
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/stripe.js

const STRIPE_RULES = [
    prefixed('stripe-live-secret-key', 'Stripe live secret key', 'stripe', 'critical', 'sk_(?:live|prod)_[A-Za-z0-9]{24,247}', [
        'sk_live_',
        'sk_prod_',
    ]),
    prefixed('stripe-restricted-key', 'Stripe live restricted key', 'stripe', 'high', 'rk_(?:live|prod)_[A-Za-z0-9]{24,247}', [
        'rk_live_',
        'rk_prod_',
    ]),
    prefixed('stripe-test-key', 'Stripe test-mode secret key', 'stripe', 'low', '[sr]k_test_[A-Za-z0-9]{24,247}', ['sk_test_', 'rk_test_']),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'stripe', 'medium', 'whsec_[A-Za-z0-9+/]{32,88}', ['whsec_']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/google.js

const GOOGLE_RULES = [
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
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/azure.js

const AZURE_RULES = [
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
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/registries.js

const REGISTRIES_RULES = [
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
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/saas.js

const SAAS_RULES = [
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
    named('telegram-bot-token-context', 'Telegram bot token (context)', 'telegram', 'high', ['telegram'], '[0-9]{5,16}:A[A-Za-z0-9_-]{34}'),
    prefixed('telegram-bot-token', 'Telegram bot token', 'telegram', 'high', '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}', [':AA'], { window: 'line' }),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/ai.js

const AI_RULES = [
    prefixed('openai-api-key', 'OpenAI API key', 'openai', 'high', 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}', ['T3BlbkFJ'], { window: 'line' }),
    prefixed('anthropic-api-key', 'Anthropic API key', 'anthropic', 'high', 'sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA', ['sk-ant-']),
    prefixed('huggingface-token', 'Hugging Face access token', 'huggingface', 'high', 'hf_[A-Za-z]{34}', ['hf_']),
    prefixed('huggingface-org-token', 'Hugging Face organization API token', 'huggingface', 'high', 'api_org_[A-Za-z]{34}', ['api_org_']),
    prefixed('groq-api-key', 'Groq API key', 'groq', 'high', 'gsk_[A-Za-z0-9]{52}', ['gsk_']),
    prefixed('replicate-api-token', 'Replicate API token', 'replicate', 'high', 'r8_[A-Za-z0-9]{37}', ['r8_']),
    prefixed('langsmith-api-key', 'LangSmith API key', 'langsmith', 'medium', 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', ['lsv2_']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/cloud.js

const CLOUD_RULES = [
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
    prefixed('planetscale-token', 'PlanetScale token or password', 'planetscale', 'high', 'pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}', [
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
    prefixed('new-relic-user-key', 'New Relic user API key', 'newrelic', 'high', 'NRAK-[A-Za-z0-9]{27}', ['NRAK-']),
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
    {
        id: 'kubernetes-secret-yaml',
        title: 'Value of a Kubernetes Secret manifest',
        description: 'A value under `data:` (base64, decoded and judged) or `stringData:` of a `kind: Secret` YAML document. Empty, short, templated and SOPS-encrypted values are not reported.',
        provider: 'kubernetes',
        severity: 'high',
        // A `key: value` entry, plain, quoted, or folded onto the next line (`key: >`, `key: |`); kubernetes.ts checks
        // that it sits under `data:`/`stringData:` of a `kind: Secret` document, in either order of the keys.
        regex: String.raw `^([ \t]+)["']?[\w.-]+["']?[ \t]*:[ \t]*(?:[>|][-+]?[ \t]*\r?\n[ \t]+)?(["']?)([^\s"'#|>][^\n"']*?)\2[ \t]*(?:#[^\n]*)?\r?$`,
        flags: 'm',
        secretGroup: 3,
        keywords: ['secret'],
        window: 'file',
        path: String.raw `\.[Yy][Aa]?[Mm][Ll]$`,
        check: 'kubernetes-secret',
        // What a decoded value holds (a GitHub token in an env file) says more than "a Secret's value".
        generic: true,
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/devtools.js

const DEVTOOLS_RULES = [
    prefixed('artifactory-api-key', 'JFrog Artifactory API key', 'jfrog', 'high', 'AKCp[A-Za-z0-9]{69}', ['AKCp']),
    prefixed('artifactory-reference-token', 'JFrog Artifactory reference token', 'jfrog', 'high', 'cmVmd[A-Za-z0-9]{59}', ['cmVmd'], {
        entropy: 3.5,
    }),
    named('jfrog-token', 'JFrog API key or identity token', 'jfrog', 'high', ['jfrog', 'artifactory', 'bintray', 'xray'], '(?:[A-Za-z0-9]{73}|[A-Za-z0-9]{64})'),
    prefixed('harness-api-key', 'Harness personal or service account token', 'harness', 'high', String.raw `(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}`, ['pat.', 'sat.']),
    named('snyk-api-token', 'Snyk API token', 'snyk', 'high', ['snyk'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    prefixed('sourcegraph-access-token', 'Sourcegraph access token', 'sourcegraph', 'high', 'sgp_(?:local_|[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}', ['sgp_']),
    named('sourcegraph-token-legacy', 'Sourcegraph access token (legacy format)', 'sourcegraph', 'high', ['sourcegraph'], '[a-f0-9]{40}'),
    prefixed('sonar-token', 'SonarQube or SonarCloud token', 'sonar', 'high', 'sq[apu]_[a-f0-9]{40}', ['sqa_', 'sqp_', 'squ_']),
    named('sonar-token-legacy', 'SonarQube or SonarCloud token (legacy format)', 'sonar', 'high', ['sonar'], '[A-Za-z0-9]{40}', {
        part: '(?:secret|token|key|login|pass(?:word)?|auth)',
    }),
    named('codecov-token', 'Codecov upload or access token', 'codecov', 'medium', ['codecov'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{32})'),
    named('drone-ci-token', 'Drone CI access token', 'drone', 'high', ['drone'], '[A-Za-z0-9]{32}'),
    named('travis-ci-token', 'Travis CI access token', 'travis', 'high', ['travis'], '[A-Za-z0-9]{22}'),
    prefixed('octopus-deploy-api-key', 'Octopus Deploy API key', 'octopus', 'high', 'API-[A-Z0-9]{26}', ['API-'], { entropy: 3.5 }),
    named('launchdarkly-token', 'LaunchDarkly access token or SDK key', 'launchdarkly', 'high', ['launchdarkly', 'launch_darkly'], '[A-Za-z0-9_=-]{40}'),
    prefixed('infracost-api-token', 'Infracost API token', 'infracost', 'medium', 'ico-[A-Za-z0-9]{32}', ['ico-'], {
        // not a file name (`video_box.ico-7a38….png`)
        regex: String.raw `(?<![A-Za-z0-9_./-])(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])`,
    }),
    prefixed('prefect-api-token', 'Prefect Cloud API key', 'prefect', 'high', 'pnu_[A-Za-z0-9]{36}', ['pnu_']),
    prefixed('readme-api-token', 'ReadMe API key', 'readme', 'high', 'rdme_[a-z0-9]{70}', ['rdme_']),
    prefixed('scalingo-api-token', 'Scalingo API token', 'scalingo', 'high', 'tk-us-[A-Za-z0-9_-]{48}', ['tk-us-']),
    prefixed('settlemint-token', 'SettleMint access token', 'settlemint', 'high', 'sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}', [
        'sm_pat_',
        'sm_aat_',
        'sm_sat_',
    ]),
    prefixed('defined-networking-api-token', 'Defined Networking API token', 'defined-networking', 'high', 'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}', ['dnkey-']),
    prefixed('onepassword-secret-key', '1Password account secret key', 'onepassword', 'critical', 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', ['A3-'], { entropy: 3.5 }),
    prefixed('openshift-user-token', 'OpenShift user token', 'openshift', 'high', 'sha256~[A-Za-z0-9_-]{43}', ['sha256~']),
    named('okta-access-token', 'Okta API token', 'okta', 'high', ['okta'], '00[A-Za-z0-9=_-]{40}'),
    prefixed('flyio-access-token', 'Fly.io access token', 'flyio', 'high', '(?:fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})', ['fo1_', 'fm1a_', 'fm1r_', 'fm2_']),
    named('gitter-access-token', 'Gitter access token', 'gitter', 'medium', ['gitter'], '[a-z0-9_-]{40}'),
    named('mattermost-access-token', 'Mattermost access token', 'mattermost', 'medium', ['mattermost'], '[a-z0-9]{26}'),
    named('confluent-api-key', 'Confluent Cloud API key or secret', 'confluent', 'high', ['confluent'], '(?:[A-Za-z0-9+/]{64}|[A-Za-z0-9]{16})'),
    prefixed('clickhouse-cloud-api-secret', 'ClickHouse Cloud API secret key', 'clickhouse', 'high', '4b1d[A-Za-z0-9]{38}', ['4b1d']),
    prefixed('authress-access-key', 'Authress service client access key', 'authress', 'high', String.raw `(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}`, ['sc_', 'ext_', 'scauth_', 'authress_']),
    named('privateai-api-token', 'Private AI API key', 'privateai', 'high', ['privateai', 'private_ai', 'private-ai'], '[a-z0-9]{32}'),
    named('sidekiq-secret', 'Sidekiq Enterprise or Pro credentials', 'sidekiq', 'high', ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], '[a-f0-9]{8}:[a-f0-9]{8}', { part: '' }),
    prefixed('intra42-client-secret', '42 Intra client secret', 'intra42', 'high', 's-s4t2(?:ud|af)-[a-f0-9]{64}', ['s-s4t2']),
    named('heroku-api-key-uuid', 'Heroku API key (UUID format)', 'heroku', 'high', ['heroku'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    prefixed('gitlab-session-cookie', 'GitLab session cookie', 'gitlab', 'high', '_gitlab_session=[0-9a-z]{32}', ['_gitlab_session=']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/finance.js

const FINANCE_RULES = [
    prefixed('plaid-access-token', 'Plaid access token', 'plaid', 'high', 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', ['access-sandbox-', 'access-development-', 'access-production-']),
    named('plaid-secret', 'Plaid client id or secret', 'plaid', 'high', ['plaid'], '(?:[a-f0-9]{30}|[A-Za-z0-9]{24})', {
        part: '(?:secret|token|key|id)',
    }),
    named('finicity-secret', 'Finicity API token or client secret', 'finicity', 'high', ['finicity'], '(?:[a-f0-9]{32}|[a-z0-9]{20})'),
    prefixed('flutterwave-key', 'Flutterwave public, secret or encryption key', 'flutterwave', 'high', 'FLW(?:PUBK|SECK)(?:_TEST)?-?[a-h0-9]{12,32}(?:-X)?', ['FLWPUBK', 'FLWSECK']),
    named('gocardless-api-token', 'GoCardless access token', 'gocardless', 'high', ['gocardless'], '(?:live|sandbox)_[A-Za-z0-9_=-]{40}'),
    named('coinbase-access-token', 'Coinbase access token', 'coinbase', 'high', ['coinbase'], '[A-Za-z0-9_-]{64}'),
    named('kraken-access-token', 'Kraken API key or private key', 'kraken', 'high', ['kraken'], '[A-Za-z0-9/=_+-]{80,90}'),
    named('kucoin-secret', 'KuCoin API key or secret', 'kucoin', 'high', ['kucoin'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-f0-9]{24})'),
    named('bittrex-secret', 'Bittrex API key or secret', 'bittrex', 'high', ['bittrex'], '[a-z0-9]{32}'),
    prefixed('easypost-api-key', 'EasyPost API key', 'easypost', 'high', 'EZ[AT]K[A-Za-z0-9]{54}', ['EZAK', 'EZTK']),
    prefixed('shippo-api-token', 'Shippo API token', 'shippo', 'high', 'shippo_(?:live|test)_[a-fA-F0-9]{40}', ['shippo_']),
    named('lob-api-key', 'Lob API key', 'lob', 'high', ['lob'], '(?:live|test)_(?:pub_)?[a-f0-9]{31,35}'),
    prefixed('duffel-api-token', 'Duffel API token', 'duffel', 'high', 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}', ['duffel_']),
    named('finnhub-access-token', 'Finnhub access token', 'finnhub', 'medium', ['finnhub'], '[a-z0-9]{20}'),
    named('freemius-secret-key', 'Freemius secret key', 'freemius', 'high', ['secret_key'], String.raw `sk_[\x21-\x7e]{29}`, {
        part: '',
        path: String.raw `\.php$`,
    }),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/social.js

const SOCIAL_RULES = [
    named('twitter-secret', 'Twitter/X API key, secret or access secret', 'twitter', 'high', ['twitter'], '(?:[A-Za-z0-9]{50}|[A-Za-z0-9]{45}|[A-Za-z0-9]{35}|[A-Za-z0-9]{25})'),
    named('twitter-access-token', 'Twitter/X access token', 'twitter', 'high', ['twitter'], '[0-9]{15,25}-[A-Za-z0-9]{20,40}'),
    prefixed('twitter-bearer-token', 'Twitter/X bearer token', 'twitter', 'high', 'A{22}[A-Za-z0-9%]{80,100}', ['AAAAAAAAAAAAAAAAAAAAA'], {
        noPlaceholderCheck: true,
        // base64 of binary data (runs of `A` are zero bytes), not a token: a token's tail is random
        allow: { regexes: ['^A{22}[A-Za-z0-9%]*AAAA'] },
    }),
    named('facebook-secret', 'Facebook app secret or access token', 'facebook', 'high', ['facebook'], '(?:[0-9]{15,16}[|%][A-Za-z0-9_-]{27,40}|[a-f0-9]{32})'),
    prefixed('facebook-page-access-token', 'Facebook page access token', 'facebook', 'high', 'EAA[MC][A-Za-z0-9]{100,}', ['EAAM', 'EAAC']),
    named('linkedin-client-secret', 'LinkedIn client id or secret', 'linkedin', 'medium', ['linkedin', 'linked_in', 'linked-in'], '(?:[A-Za-z0-9]{16}|[a-z0-9]{14})', { part: '(?:secret|token|key|id)' }),
    named('twitch-api-token', 'Twitch API token', 'twitch', 'high', ['twitch'], '[a-z0-9]{30}'),
    named('discord-client-secret', 'Discord client secret, id or API token', 'discord', 'high', ['discord'], '(?:[a-f0-9]{64}|[A-Za-z0-9_=-]{32})', { part: '(?:secret|token|key|id)' }),
    named('flickr-access-token', 'Flickr access token', 'flickr', 'medium', ['flickr'], '[a-z0-9]{32}'),
    named('nytimes-access-token', 'New York Times API token', 'nytimes', 'low', ['nytimes', 'new-york-times', 'newyorktimes'], '[A-Za-z0-9=_-]{32}'),
    named('etsy-access-token', 'Etsy access token', 'etsy', 'medium', ['etsy'], '[a-z0-9]{24}'),
    prefixed('yandex-api-key', 'Yandex Cloud API key', 'yandex', 'high', 'AQVN[A-Za-z0-9_-]{35,38}', ['AQVN']),
    prefixed('yandex-iam-token', 'Yandex Cloud IAM token', 'yandex', 'high', String.raw `t1\.[A-Z0-9a-z_-]+={0,2}\.[A-Z0-9a-z_-]{86}={0,2}`, [
        't1.',
    ]),
    named('yandex-access-token', 'Yandex access token or static key', 'yandex', 'high', ['yandex'], '(?:YC[A-Za-z0-9_-]{38}|y[0-3]_[A-Za-z0-9_-]{55})'),
    prefixed('dropbox-short-lived-token', 'Dropbox short-lived access token', 'dropbox', 'high', String.raw `sl\.[A-Za-z0-9_=-]{130,152}`, [
        'sl.',
    ]),
    named('dropbox-api-token', 'Dropbox API token', 'dropbox', 'high', ['dropbox'], '(?:[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}|[a-z0-9]{15})', { noPlaceholderCheck: true }),
    named('mapbox-token', 'Mapbox access token', 'mapbox', 'medium', ['mapbox'], String.raw `[ps]k\.[A-Za-z0-9]{60,90}\.[A-Za-z0-9_-]{22}`),
    prefixed('typeform-api-token', 'Typeform personal access token', 'typeform', 'high', 'tfp_[A-Za-z0-9_.=-]{59}', ['tfp_']),
    prefixed('frameio-api-token', 'Frame.io developer token', 'frameio', 'high', 'fio-u-[A-Za-z0-9_=-]{64}', ['fio-u-']),
    named('contentful-api-token', 'Contentful delivery or management token', 'contentful', 'medium', ['contentful'], '(?:CFPAT-[A-Za-z0-9_-]{43}|[A-Za-z0-9=_-]{43})'),
    named('squarespace-access-token', 'Squarespace API key', 'squarespace', 'high', ['squarespace'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    named('rapidapi-access-token', 'RapidAPI key', 'rapidapi', 'high', ['rapidapi'], '[A-Za-z0-9_-]{50}'),
    named('beamer-api-token', 'Beamer API key', 'beamer', 'medium', ['beamer'], 'b_[A-Za-z0-9=_-]{44}'),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/business.js

const BUSINESS_RULES = [
    named('intercom-api-key', 'Intercom access token', 'intercom', 'high', ['intercom'], '[A-Za-z0-9=_-]{60}'),
    named('hubspot-api-key', 'HubSpot API key', 'hubspot', 'high', ['hubspot'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    prefixed('hubspot-private-app-token', 'HubSpot private app access token', 'hubspot', 'high', 'pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', ['pat-na', 'pat-eu']),
    named('zendesk-secret-key', 'Zendesk API token', 'zendesk', 'high', ['zendesk'], '[A-Za-z0-9]{40}'),
    named('freshbooks-access-token', 'FreshBooks access token', 'freshbooks', 'medium', ['freshbooks'], '[a-z0-9]{64}'),
    named('messagebird-api-token', 'MessageBird API key or client id', 'messagebird', 'high', ['messagebird', 'message-bird', 'message_bird'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{25})', { part: '(?:secret|token|key|id)' }),
    named('sendbird-access-token', 'Sendbird API token or application id', 'sendbird', 'high', ['sendbird'], '(?:[a-f0-9]{40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})', { part: '(?:secret|token|key|id)' }),
    prefixed('sendinblue-api-token', 'Brevo (Sendinblue) API key', 'sendinblue', 'high', 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}', [
        'xkeysib-',
    ]),
    named('asana-client-secret', 'Asana client id or secret', 'asana', 'medium', ['asana'], '(?:[A-Za-z0-9]{32}|[0-9]{16})', {
        part: '(?:secret|token|key|id)',
    }),
    named('adobe-client-id', 'Adobe client id', 'adobe', 'low', ['adobe'], '[a-f0-9]{32}', { part: '(?:secret|token|key|id)' }),
    prefixed('adobe-client-secret', 'Adobe client secret', 'adobe', 'high', 'p8e-[A-Za-z0-9]{32}', ['p8e-']),
    prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', 'alibaba', 'high', 'LTAI[A-Za-z0-9]{20}', ['LTAI']),
    named('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', 'alibaba', 'high', ['alibaba'], '[A-Za-z0-9]{30}'),
    named('algolia-api-key', 'Algolia API key', 'algolia', 'high', ['algolia'], '[a-zA-Z0-9]{32}'),
    named('bitbucket-client-secret', 'Bitbucket OAuth consumer key or secret', 'atlassian', 'high', ['bitbucket'], '(?:[A-Za-z0-9=_-]{64}|[A-Za-z0-9]{32})', { part: '(?:secret|token|key|id)' }),
    named('looker-client-secret', 'Looker API client id or secret', 'looker', 'high', ['looker'], '(?:[A-Za-z0-9]{24}|[A-Za-z0-9]{20})', {
        part: '(?:secret|token|key|id)',
    }),
    prefixed('mailgun-public-key', 'Mailgun public validation key', 'mailgun', 'low', 'pubkey-[a-f0-9]{32}', ['pubkey-']),
    named('mailgun-signing-key', 'Mailgun webhook signing key', 'mailgun', 'high', ['mailgun'], '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
    named('linear-client-secret', 'Linear OAuth client secret', 'linear', 'high', ['linear'], '[a-f0-9]{32}'),
    prefixed('maxmind-license-key', 'MaxMind license key', 'maxmind', 'high', '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', ['_mmk'], {
        window: 'line',
    }),
    named('fastly-api-token', 'Fastly API token', 'fastly', 'high', ['fastly'], '[A-Za-z0-9_-]{32}'),
    named('cloudflare-api-key', 'Cloudflare API token or global API key', 'cloudflare', 'high', ['cloudflare'], '(?:[A-Za-z0-9_-]{40}|[a-f0-9]{37})', { part: '(?:secret|token|key|auth|pass)' }),
    named('typeform-legacy-token', 'Typeform API token (context)', 'typeform', 'medium', ['typeform'], '[A-Za-z0-9_.=-]{44}'),
    prefixed('perplexity-api-key', 'Perplexity API key', 'perplexity', 'high', 'pplx-[A-Za-z0-9]{48}', ['pplx-']),
    named('cohere-api-token', 'Cohere API key', 'cohere', 'high', ['cohere', 'co_api_key'], '[A-Za-z0-9]{40}'),
    named('dynatrace-token-context', 'Dynatrace API token (context)', 'dynatrace', 'high', ['dynatrace'], String.raw `dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}`),
    named('airtable-api-key', 'Airtable API key (legacy)', 'airtable', 'high', ['airtable'], '[A-Za-z0-9]{17}'),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/observability.js

const OBSERVABILITY_RULES = [
    named('sumologic-access-id', 'Sumo Logic access id', 'sumologic', 'medium', ['sumo'], 'su[A-Za-z0-9]{12}', {
        part: '(?:id|key|token|secret|access)',
    }),
    named('sumologic-access-key', 'Sumo Logic access key', 'sumologic', 'high', ['sumo'], '[A-Za-z0-9]{64}', {
        part: '(?:key|token|secret|access)',
    }),
    named('datadog-access-token', 'Datadog API or application key', 'datadog', 'high', ['datadog', 'dd_api', 'dd_app'], '(?:[a-z0-9]{40}|[a-f0-9]{32})'),
    named('sentry-access-token', 'Sentry auth token (legacy format)', 'sentry', 'high', ['sentry'], '[a-f0-9]{64}'),
    prefixed('grafana-api-key', 'Grafana API key (legacy)', 'grafana', 'high', 'eyJrIjoi[A-Za-z0-9]{70,400}={0,3}', ['eyJrIjoi']),
    prefixed('microsoft-teams-webhook', 'Microsoft Teams incoming webhook URL', 'microsoft-teams', 'medium', String.raw `https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}`, ['https://'], { window: 'line' }),
    prefixed('new-relic-browser-token', 'New Relic browser API token', 'newrelic', 'medium', 'NRJS-[a-f0-9]{19}', ['NRJS-']),
    prefixed('new-relic-insert-key', 'New Relic insert key', 'newrelic', 'high', 'NRII-[A-Za-z0-9_-]{32}', ['NRII-']),
    named('new-relic-user-api-id', 'New Relic user API id', 'newrelic', 'low', ['newrelic', 'new_relic', 'new-relic'], '[A-Z0-9]{64}', {
        part: '(?:id|key|token|secret)',
    }),
    named('netlify-token-context', 'Netlify access token (context)', 'netlify', 'high', ['netlify'], '[A-Za-z0-9=_-]{40,46}'),
    named('adafruit-api-key-context', 'Adafruit IO key (context)', 'adafruit', 'medium', ['adafruit'], '[a-z0-9_-]{32}'),
    named('cisco-meraki-api-key', 'Cisco Meraki API key', 'meraki', 'high', ['meraki'], '[0-9a-f]{40}'),
    named('openai-api-key-context', 'OpenAI API key (legacy format, context)', 'openai', 'high', ['openai'], 'sk-[A-Za-z0-9]{48}'),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/private-keys.js

const PRIVATE_KEYS_RULES = [
    prefixed('age-secret-key', 'age secret key', 'private-key', 'critical', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', [
        'AGE-SECRET-KEY-1',
    ]),
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
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/generic.js

const GENERIC_RULES = [
    {
        id: 'curl-auth-header',
        title: 'Credential in a curl header',
        description: 'A token in `curl -H "Authorization: …"` (or an API-key header) in a script, README or CI file.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `curl\b[^\n]{0,400}?\s(?:-H|--header)\s*["']?(?:Authorization|Proxy-Authorization|(?:X-)?(?:Api|Auth)[_-]?(?:Key|Token)|Private-Token|X-Vault-Token)\s*:\s*(?:(?:Bearer|Basic|Token|token|bearer|Digest)\s+)?([A-Za-z0-9+/=_.~:-]{8,512})(?=["'\s\\]|$)`,
        window: 'line',
        keywords: ['curl'],
        entropy: 3,
        generic: true,
    },
    {
        id: 'curl-auth-user',
        title: 'Password in curl -u',
        description: 'A `user:password` pair given to `curl -u/--user`.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `curl\b[^\n]{0,400}?\s(?:-u|--user)\s*["']?([^\s"':$<>{}]{1,64}:[^\s"'$<>{}]{4,128})(?=["'\s]|$)`,
        window: 'line',
        keywords: ['curl'],
        entropy: 2.5,
        generic: true,
        allow: {
            regexes: [
                String.raw `^[^:]*:[[<{(]`,
                String.raw `^[^:]*:(?:password|pass|passwd|secret|token|test|changeme|pwd|[xX*.]+)$`,
                String.raw `^(?:user|username|test|api|admin|foo):\1$`,
            ],
        },
    },
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
        regex: String.raw `((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:encryption|signing|hmac|master|jwt)[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.-]{0,24}?)["'\]]{0,2}${TYPED}\s*(?::=|=>|==|=|:)\s*(?:[@frbu]?["'\x60])([^"'\x60\s\\]{8,256})["'\x60]`,
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
        regex: String.raw `(?<=(?:key|name)\s*=\s*["'][A-Za-z0-9_.:-]{0,40})((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:encryption|signing|hmac|master|jwt)[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.:-]{0,24}?)["']\s+value\s*=\s*["']([^"'\s]{8,256})["']`,
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
        regex: String.raw `(?<=^[ \t]*(?:export[ \t]+|-[ \t]+)?[A-Za-z0-9_.-]{0,40})((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:encryption|signing|hmac|master|jwt)[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.-]{0,24}?)[ \t]*[:=][ \t]*([^\s"'#][^\s"']{7,255})(?:[ \t]+#.*)?[ \t]*$`,
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

;// CONCATENATED MODULE: ./lib/checks/secrets/rules.js


















/** Every built-in rule family, in precedence order. */
const RULE_FAMILIES = {
    aws: AWS_RULES,
    github: GITHUB_RULES,
    gitlab: GITLAB_RULES,
    slack: SLACK_RULES,
    stripe: STRIPE_RULES,
    google: GOOGLE_RULES,
    azure: AZURE_RULES,
    registries: REGISTRIES_RULES,
    saas: SAAS_RULES,
    ai: AI_RULES,
    cloud: CLOUD_RULES,
    devtools: DEVTOOLS_RULES,
    finance: FINANCE_RULES,
    social: SOCIAL_RULES,
    business: BUSINESS_RULES,
    observability: OBSERVABILITY_RULES,
    'private-keys': PRIVATE_KEYS_RULES,
    generic: GENERIC_RULES,
};
const BUILTIN_RULES = Object.values(RULE_FAMILIES).flat();


/***/ })

};
