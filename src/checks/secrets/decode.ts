// Encoded text worth a second look: string literals with escapes (`\n`, `\uXXXX`, `\xNN`), percent-encoded runs
// and base64 or hex blobs. Each candidate is decoded (to a bounded depth and size) and the decoded text is scanned
// again by the matcher; a finding in it is reported at the place of the ENCODED text. Only candidates are decoded:
// a literal with a backslash, a run with `%XX`, a blob long enough to hold a credential whose decoded bytes are
// printable text. Pure and dependency-free: worker threads load it with the matcher.

/** A stretch of the file and what it decodes to. Offsets are byte offsets into the scanned buffer. */
export interface DecodedSegment {
  start: number;
  end: number;
  text: string;
}

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
for (const c of 'uxUX01234567nrtbf"\'') STRING_ESCAPE[c.charCodeAt(0)] = 1;
// Characters of a percent-encoded run (unreserved and sub-delimiters, and `%`).
const PERCENT_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+-/=:@!*$,;%') PERCENT_CHAR[c.charCodeAt(0)] = 1;
// Characters of base64 (both alphabets, padding included) and hex: a run of them is a blob candidate.
const BLOB_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-') BLOB_CHAR[c.charCodeAt(0)] = 1;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const PERCENT_IN_RUN = /%[0-9A-Fa-f]{2}/g;
const ENCODED_INSIDE = /[A-Za-z0-9+/_-]{28}|%[0-9A-Fa-f]{2}|\\/;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * The body of the quoted literal holding the backslash at `at`, as [start, end) offsets: the nearest quote before
 * it on its line that is not escaped, and the matching quote after it. None when the backslash is in no literal
 * (a regex, a Windows path) or the literal is longer than MAX_LITERAL.
 */
function literalAround(text: string, at: number, barrier: number): [number, number] | undefined {
  let open = -1;
  for (let p = at - 1; p > barrier && at - p <= MAX_LITERAL; p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return undefined;
    if ((c === 34 || c === 39) && text.charCodeAt(p - 1) !== 92) {
      open = p;
      break;
    }
  }
  if (open === -1) return undefined;
  const quote = text.charCodeAt(open);
  for (let p = at; p < text.length && p - open <= MAX_LITERAL; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) {
      p++;
      continue;
    }
    if (c === 10 || c === 13) return undefined;
    if (c === quote) return [open + 1, p];
  }
  return undefined;
}

function unescapeLiteral(body: string): string {
  return body.replace(ESCAPE, (_, brace: string, u4: string, x2: string, oct: string, ch: string) => {
    if (brace !== undefined) return String.fromCodePoint(Math.min(parseInt(brace, 16), 0x10ffff));
    if (u4 !== undefined) return String.fromCharCode(parseInt(u4, 16));
    if (x2 !== undefined) return String.fromCharCode(parseInt(x2, 16));
    if (oct !== undefined) return String.fromCharCode(parseInt(oct, 8) & 0xff);
    return SIMPLE_ESCAPES[ch] ?? ch;
  });
}

/** Mostly printable ASCII (with whitespace): decoded text, not binary. */
function isText(s: string): boolean {
  if (s.length === 0) return false;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / s.length >= 0.95;
}

/**
 * Base64 of ASCII text has, in every 4-character group, a first character encoding the top six bits of a byte
 * below 0x80: `A`–`Z` or `a`–`f`. Checking the first groups rejects random or binary blobs (and long
 * identifiers) before decoding them: each group passes by chance one time in two.
 */
function mayBeBase64Text(blob: string): boolean {
  for (let i = 0; i < Math.min(blob.length, 64); i += 4) {
    const c = blob.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function decodeBlob(blob: string): string | undefined {
  if (blob.length >= 32 && HEX.test(blob)) {
    const hex = Buffer.from(blob, 'hex').toString('latin1');
    if (isText(hex)) return hex;
  }
  if (!mayBeBase64Text(blob)) return undefined;
  const b64 = Buffer.from(blob.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return isText(b64) ? b64 : undefined;
}

/**
 * The encoded candidates of `bytes` (`text` is its latin1 view, one character per byte), decoded once. `interesting` is the matcher's keyword prefilter: decoded text without a keyword of any
 * rule is dropped at once.
 */
export function decodeCandidates(bytes: Uint8Array, text: string, interesting: (decoded: string) => boolean): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  let budget = MAX_DECODED_PER_FILE;
  const keep = (start: number, end: number, decoded: string): void => {
    // Text with another layer of encoding is kept too: the caller peels it (to a bounded depth).
    if (budget <= 0 || decoded.length < 8 || !(interesting(decoded) || ENCODED_INSIDE.test(decoded))) return;
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
      if (decoded !== body) keep(start, end, decoded);
    }
    at = text.indexOf('\\', end + 1);
  }
  // Percent-encoded runs, from their `%XX`: each hit leads to the run around it, decoded once.
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    let start = m.index;
    let end = m.index + 3;
    while (start > 0 && PERCENT_CHAR[bytes[start - 1]!] === 1 && m.index - start < MAX_SEGMENT) start--;
    while (end < text.length && PERCENT_CHAR[bytes[end]!] === 1 && end - m.index < MAX_SEGMENT) end++;
    PERCENT.lastIndex = end;
    const run = text.slice(start, end);
    if (run.length < 12 || (run.match(PERCENT_IN_RUN)?.length ?? 0) < 2) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(run.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    keep(start, end, decoded);
  }
  // Maximal runs of blob characters, found with a plain loop: a regex costs several times more here.
  for (let i = 0, n = text.length; i < n;) {
    if (BLOB_CHAR[bytes[i]!] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && BLOB_CHAR[bytes[j]!] === 1) j++;
    const length = j - i;
    if (length >= MIN_BLOB && length <= MAX_SEGMENT) {
      // Padding belongs at the end only; a run holding `=` elsewhere (`a=b=c`) is not one blob.
      const blob = text.slice(i, j);
      const pad = blob.indexOf('=');
      if (pad === -1 || pad >= length - 2) {
        const decoded = decodeBlob(pad === -1 ? blob : blob.slice(0, pad));
        if (decoded !== undefined) keep(i, j, decoded);
      }
    }
    i = j;
  }
  return out;
}
