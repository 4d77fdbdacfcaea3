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
const NOT_SECRET_KEY =
  /^(?:[\w-]*[._-])?(?:user(?:name)?|login|email|host(?:name)?|port|url|uri|endpoint|server|database|db|dbname|db[_-]?name|namespace|region|ca\.crt|tls\.crt|ca\.pem|ca-bundle\.crt)$/i;
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
export function isKubernetesSecretEntry(text: string, lineStart: number, value: string): boolean {
  const header = entriesOf(text).get(lineStart);
  if (!header) return false;
  const keyLine = text.slice(lineStart, text.indexOf('\n', lineStart) === -1 ? undefined : text.indexOf('\n', lineStart));
  const key = /^[ \t]*["']?([\w.-]+)/.exec(keyLine)?.[1] ?? '';
  if (NOT_SECRET_KEY.test(key)) return false;
  if (header === 'data') return isSecretBase64(value);
  // A `|` or `>` block under `stringData:` is a file (`config.yaml: |`), not one credential: its first line is no secret.
  return !/:[ \t]*[>|][-+]?[ \t]*\r?$/.test(keyLine) && isSecretText(value);
}

// The entries of the last text asked about: a file's matches are checked one after another, so one pass per
// file finds them all (walking up from each entry would be quadratic in a long YAML list).
let cachedText: string | undefined;
let cachedEntries = new Map<number, 'data' | 'stringData'>();

/**
 * Line start → header, for every line that is an entry directly under `data:`/`stringData:` (every line between
 * the header and it is indented at least as deep) of a YAML document with `kind: Secret` no deeper than the header.
 */
function entriesOf(text: string): Map<number, 'data' | 'stringData'> {
  if (text === cachedText) return cachedEntries;
  const entries = new Map<number, 'data' | 'stringData'>();
  let doc: Array<{ start: number; line: string }> = [];
  const flush = (): void => {
    let kindIndent = Infinity;
    for (const { line } of doc) {
      const m = KIND_SECRET.exec(line);
      if (m) kindIndent = Math.min(kindIndent, m[1]!.length);
    }
    if (kindIndent !== Infinity) {
      let header: { key: 'data' | 'stringData'; indent: number } | undefined;
      let runMin = Infinity;
      for (const { start, line } of doc) {
        const trimmed = line.trimStart();
        if (trimmed === '' || trimmed.startsWith('#')) continue;
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
        if (m && m[1]!.length >= kindIndent) {
          header = { key: m[2] as 'data' | 'stringData', indent: m[1]!.length };
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
    if (DOCUMENT_SEPARATOR.test(line)) flush();
    else doc.push({ start, line });
    if (nl === -1) break;
    start = nl + 1;
  }
  flush();
  cachedText = text;
  cachedEntries = entries;
  return entries;
}

function isSecretBase64(value: string): boolean {
  if (!BASE64.test(value) || value.length % 4 !== 0) return false;
  const bytes = Buffer.from(value, 'base64');
  const decoded = bytes.toString('latin1');
  if (/^[\x20-\x7e\t\r\n]*$/.test(decoded)) {
    // A certificate (`ca.crt`, `tls.crt`) is public; its private key is what matters.
    const text = decoded.trim();
    return isSecretText(text) && !text.startsWith('-----BEGIN CERTIFICATE');
  }
  return bytes.length >= MIN_BINARY;
}

function isSecretText(value: string): boolean {
  return value.length >= MIN_TEXT && !TEMPLATE.test(value);
}
