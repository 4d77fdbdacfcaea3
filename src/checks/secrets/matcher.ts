// The scanning core, shared by worker threads and the in-thread path: keyword prefilter → rule regexes on
// small windows of text around each keyword → allow rules and placeholder checks → line and column.
// Imports nothing but its own pure siblings, so a worker can load it as is.
import { isAscii } from 'node:buffer';
import { buildAutomaton, findKeywords, mayHaveKeyword, type Automaton } from './aho-corasick.js';
import { decodeCandidates } from './decode.js';
import { shannonEntropy } from './entropy.js';
import { isKubernetesSecretEntry } from './kubernetes.js';
import { isNonSecretValue, isPlaceholder } from './placeholder.js';
import type { GlobalAllow, SecretRule } from './rule.js';

/** One secret found in one text. `secret` is the raw value: it never leaves the process unmasked. */
export interface RawMatch {
  ruleId: string;
  secret: string;
  /** 1-based; columns count UTF-16 code units, as SARIF's default `columnKind`. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const LINE_BEFORE = 256;
const LINE_AFTER = 1024;
const BLOCK_AFTER = 64 * 1024;
// `runlens:allow` in a comment on the line of a secret accepts it (gitleaks' marker too, for migrations).
const INLINE_ALLOW = [Buffer.from('runlens:allow'), Buffer.from('gitleaks:allow')];
/** How far from a match, within its line, the marker is looked for: minified lines run to megabytes. */
const INLINE_ALLOW_REACH = 512;

interface CompiledAllow {
  and: boolean;
  paths: RegExp[];
  regexes: RegExp[];
  target: 'secret' | 'match' | 'line';
  keys: RegExp[];
  stopwords: string[];
}

interface CompiledRule {
  rule: SecretRule;
  index: number;
  regex: RegExp;
  secretGroup: number;
  keyGroup: number | undefined;
  path: RegExp | undefined;
  allows: CompiledAllow[];
  window: 'keyword' | 'line' | 'block' | 'file';
}

interface Candidate {
  rule: CompiledRule;
  /** Byte offsets of the secret in the text. */
  start: number;
  end: number;
  matchStart: number;
  matchEnd: number;
  secret: string;
}

/**
 * Capture groups in a regex, read from its source. Running the regex once to count them (`exec('')`) would
 * make V8 compile every rule's regex at start-up — a fifth of a one-step run's CPU (bench/startup); parsed
 * here, a regex is compiled when a scan first uses it. tests/secrets/matcher-groups.test.ts checks this
 * against exec() for every built-in rule.
 */
export function groupCount(regex: RegExp): number {
  const src = regex.source;
  const nestedClasses = regex.flags.includes('v');
  let groups = 0;
  let classDepth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i += 1;
    } else if (classDepth > 0) {
      if (c === ']') classDepth -= 1;
      else if (c === '[' && nestedClasses) classDepth += 1;
    } else if (c === '[') {
      classDepth = 1;
    } else if (c === '(') {
      if (src[i + 1] !== '?') groups += 1;
      // (?<name>…) captures; (?<=…) and (?<!…) look behind.
      else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') groups += 1;
    }
  }
  return groups;
}

export function compileRule(rule: SecretRule, index: number): CompiledRule {
  const window = rule.keywords.length === 0 ? 'file' : (rule.window ?? 'line');
  // Anchored rules match once at a given offset (sticky); the others scan a window (global).
  const flags = [...new Set(`${window === 'keyword' ? 'dy' : 'dg'}${rule.flags ?? ''}`)].join('');
  const regex = new RegExp(rule.regex, flags);
  const groups = groupCount(regex);
  const secretGroup = rule.secretGroup ?? (groups > 0 ? 1 : 0);
  if (secretGroup > groups) throw new Error(`rule ${rule.id}: secret group ${secretGroup} but the regex has ${groups} group(s)`);
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

export interface MatcherSpec {
  rules: SecretRule[];
  allow: GlobalAllow;
  /**
   * Also scan the decoded form of escaped string literals, percent-encoded runs and base64/hex blobs (decode.ts),
   * reporting what they hold at the place of the encoded text. For files; the run's redactor leaves it off.
   */
  decode?: boolean;
}

/** How many layers of encoding are peeled (base64 inside an escaped literal is two). */
const MAX_DECODE_DEPTH = 2;

export class Matcher {
  private readonly rules: CompiledRule[];
  private readonly automaton: Automaton;
  /** Keyword id → rules it triggers. */
  private readonly keywordRules: number[][];
  private readonly keywordLengths: number[];
  private readonly alwaysRules: number[];
  private readonly allowRegexes: RegExp[];
  private readonly stopwords: string[];
  private readonly decode: boolean;

  constructor(spec: MatcherSpec) {
    this.decode = spec.decode === true;
    this.rules = spec.rules.map(compileRule);
    const ids = new Map<string, number>();
    const keywords: string[] = [];
    this.keywordRules = [];
    this.alwaysRules = [];
    this.rules.forEach((r, i) => {
      if (r.rule.keywords.length === 0) this.alwaysRules.push(i);
      for (const kw of new Set(r.rule.keywords)) {
        let id = ids.get(kw);
        if (id === undefined) {
          id = keywords.length;
          ids.set(kw, id);
          keywords.push(kw);
          this.keywordRules.push([]);
        }
        this.keywordRules[id]!.push(i);
      }
    });
    this.keywordLengths = keywords.map((k) => Buffer.byteLength(k));
    this.automaton = buildAutomaton(keywords);
    this.allowRegexes = spec.allow.regexes.map((r) => new RegExp(r));
    this.stopwords = spec.allow.stopwords.map((w) => w.toLowerCase());
  }

  // The rules that apply at the last path asked about: free text is scanned line after line under one path.
  private lastPath: string | undefined;
  private lastActive: boolean[] = [];

  private activeFor(path: string): boolean[] {
    if (path !== this.lastPath) {
      this.lastActive = this.rules.map(
        (r) => (!r.path || r.path.test(path)) && !r.allows.some((a) => !a.and && a.paths.some((p) => p.test(path))),
      );
      this.lastPath = path;
    }
    return this.lastActive;
  }

  /** False when no rule could match `text`: none runs on every text and no keyword occurs. Allocates nothing. */
  mayMatch(text: string): boolean {
    return this.alwaysRules.length > 0 || mayHaveKeyword(this.automaton, text);
  }

  /** The secrets in a piece of text (a log line, a tool's message), as if it were the file at `path`. */
  secretsIn(text: string, path: string): string[] {
    if (!this.mayMatch(text)) return [];
    const bytes = Buffer.from(text, 'utf8');
    return this.scan(bytes, bytes.length, path).map((m) => m.secret);
  }

  /** Every secret in `bytes[0..length)`, which is the file (or added lines) at repository-relative `path`. */
  scan(bytes: Buffer, length: number, path: string): RawMatch[] {
    const direct = this.scanPlain(bytes, length, path);
    return this.decode ? this.withDecoded(bytes, length, path, direct, 0) : direct;
  }

  /**
   * `direct` plus what the encoded candidates of the text hold, each located at its encoded text. A secret the
   * plain scan found at the same place (a key whose `\n` escapes the key rule reads through) is not reported twice.
   */
  private withDecoded(bytes: Buffer, length: number, path: string, direct: RawMatch[], depth: number): RawMatch[] {
    const segments = decodeCandidates(bytes, bytes.toString('latin1', 0, length), (decoded) => mayHaveKeyword(this.automaton, decoded));
    if (segments.length === 0) return direct;
    const out = [...direct];
    for (const seg of segments) {
      const inner = Buffer.from(seg.text, 'utf8');
      let found = this.scanPlain(inner, inner.length, path);
      if (depth + 1 < MAX_DECODE_DEPTH) found = this.withDecoded(inner, inner.length, path, found, depth + 1);
      if (found.length === 0 || inlineAllowed(bytes, length, seg.start, seg.end)) continue;
      const [line, column] = positionOf(bytes, seg.start);
      const [endLine, endColumn] = positionOf(bytes, seg.end);
      for (const f of found) {
        const here = (o: RawMatch): boolean => o.line <= endLine && o.endLine >= line;
        if (out.some((o) => (o.ruleId === f.ruleId || o.secret === f.secret) && here(o))) continue;
        // What the encoded text holds says more than a generic rule's guess at the encoded text itself.
        if (!this.isGeneric(f.ruleId)) {
          for (let i = out.length - 1; i >= 0; i--) {
            const o = out[i]!;
            if (this.isGeneric(o.ruleId) && here(o) && o.line === line && o.column <= endColumn && o.endColumn >= column) out.splice(i, 1);
          }
        }
        out.push({ ruleId: f.ruleId, secret: f.secret, line, column, endLine, endColumn });
      }
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  }

  private isGeneric(ruleId: string): boolean {
    return this.rules.find((r) => r.rule.id === ruleId)?.rule.generic === true;
  }

  private scanPlain(bytes: Buffer, length: number, path: string): RawMatch[] {
    const active = this.activeFor(path);
    // Per rule: flat [start, end, start, end, …] windows, merged as hits arrive in order.
    const windows: Array<number[] | undefined> = new Array(this.rules.length);
    const add = (ruleIndex: number, start: number, end: number): void => {
      const w = windows[ruleIndex];
      if (!w) {
        windows[ruleIndex] = [start, end];
        return;
      }
      const last = w.length - 1;
      if (start <= w[last]!) {
        if (end > w[last]!) w[last] = end;
      } else {
        w.push(start, end);
      }
    };
    for (const i of this.alwaysRules) if (active[i]) add(i, 0, length);
    // Per anchored rule: keyword offsets to try a sticky match at.
    const anchors: Array<number[] | undefined> = new Array(this.rules.length);

    findKeywords(this.automaton, bytes, length, (kw, hit) => {
      const hitEnd = hit + this.keywordLengths[kw]!;
      for (const i of this.keywordRules[kw]!) {
        if (!active[i]) continue;
        const rule = this.rules[i]!;
        if (rule.window === 'keyword') {
          (anchors[i] ??= []).push(hit);
          continue;
        }
        const w = windows[i];
        if (rule.window === 'file') {
          if (!w) add(i, 0, length);
          continue;
        }
        // Inside a window that already runs to the end of this line: nothing to add.
        if (w && rule.window === 'line' && hitEnd <= w[w.length - 1]! && (bytes[w[w.length - 1]!] === 10 || w[w.length - 1] === length))
          continue;
        const start = lineStartWithin(bytes, hit, LINE_BEFORE);
        const end = rule.window === 'block' ? Math.min(length, hitEnd + BLOCK_AFTER) : lineEndWithin(bytes, hitEnd, length, LINE_AFTER);
        add(i, start, end);
      }
    });

    let text: string | undefined;
    const candidates: Candidate[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      const w = windows[i];
      const at = anchors[i];
      if (!w && !at) continue;
      // latin1 keeps one character per byte, so string offsets are byte offsets; secrets are ASCII in practice
      // and are re-decoded as UTF-8 below when they are not.
      text ??= bytes.toString('latin1', 0, length);
      const rule = this.rules[i]!;
      if (w) for (let k = 0; k < w.length; k += 2) this.matchWindow(rule, text, path, w[k]!, w[k + 1]!, candidates);
      if (at) for (const offset of at) this.matchAt(rule, text, path, offset, candidates);
    }
    if (candidates.length === 0) return [];
    return this.locate(bytes, length, resolveOverlaps(candidates));
  }

  private matchWindow(rule: CompiledRule, text: string, path: string, from: number, to: number, out: Candidate[]): void {
    const window = text.slice(from, to);
    const re = rule.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      this.consider(rule, m, from, text, path, out);
    }
  }

  private matchAt(rule: CompiledRule, text: string, path: string, offset: number, out: Candidate[]): void {
    const re = rule.regex;
    re.lastIndex = offset;
    const m = re.exec(text);
    if (m) this.consider(rule, m, 0, text, path, out);
  }

  /** `m` matched `text` at `base` + its own offsets. */
  private consider(rule: CompiledRule, m: RegExpExecArray, base: number, text: string, path: string, out: Candidate[]): void {
    const span = m.indices?.[rule.secretGroup];
    const raw = m[rule.secretGroup];
    if (!span || raw === undefined || raw.length === 0) return;
    const secret = /[\x80-\xff]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
    let key = rule.keyGroup !== undefined ? m[rule.keyGroup] : undefined;
    // An anchored match starts at the keyword: the key's own start (`Next` of `NextToken`) lies before it.
    if (key !== undefined && rule.window === 'keyword') key = keyPrefix(text, base + m.index) + key;
    if (!this.accept(rule, secret, m[0], key, text, base + m.index, path)) return;
    out.push({
      rule,
      start: base + span[0],
      end: base + span[1],
      matchStart: base + m.index,
      matchEnd: base + m.index + m[0].length,
      secret,
    });
  }

  private accept(
    rule: CompiledRule,
    secret: string,
    match: string,
    key: string | undefined,
    text: string,
    at: number,
    path: string,
  ): boolean {
    const r = rule.rule;
    if (r.entropy !== undefined && shannonEntropy(secret) < r.entropy) return false;
    if (!r.noPlaceholderCheck && isPlaceholder(secret)) return false;
    if (r.check && !passesCheck(r.check, secret, text, at)) return false;
    if (r.generic && key !== undefined && spellsItsKey(key, secret)) return false;
    const lowerSecret = secret.toLowerCase();
    if (this.stopwords.some((w) => lowerSecret.includes(w))) return false;
    if (this.allowRegexes.some((re) => re.test(secret))) return false;
    for (const a of rule.allows) {
      const target = a.target === 'secret' ? secret : a.target === 'match' ? match : linesAround(text, at, match.length);
      const criteria = [
        a.paths.length > 0 ? a.paths.some((p) => p.test(path)) : undefined,
        a.regexes.length > 0 ? a.regexes.some((re) => re.test(target)) : undefined,
        a.stopwords.length > 0 ? a.stopwords.some((w) => lowerSecret.includes(w)) : undefined,
        a.keys.length > 0 ? key !== undefined && a.keys.some((k) => k.test(key)) : undefined,
      ].filter((c): c is boolean => c !== undefined);
      if (criteria.length > 0 && (a.and ? criteria.every(Boolean) : criteria.some(Boolean))) return false;
    }
    return true;
  }

  /** Line and column of each candidate, dropping those on a line marked `runlens:allow`. */
  private locate(buf: Buffer, length: number, candidates: Candidate[]): RawMatch[] {
    const out: RawMatch[] = [];
    // Candidates are sorted by start; walk the newlines once.
    let line = 1;
    let lineStart = 0;
    let cursor = 0;
    const advance = (to: number): void => {
      for (;;) {
        const nl = buf.indexOf(10, cursor);
        if (nl === -1 || nl >= to) break;
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
      if (inlineAllowed(buf, length, Math.min(c.start, c.matchStart), c.end)) continue;
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

function keyPrefix(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40 && KEY_CHAR.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/** 1-based line and UTF-16 column of byte offset `at`. */
function positionOf(buf: Buffer, at: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let p = buf.indexOf(10, 0); p !== -1 && p < at; p = buf.indexOf(10, p + 1)) {
    line++;
    lineStart = p + 1;
  }
  return [line, columnOf(buf, lineStart, at)];
}

function lineStartWithin(bytes: Buffer, at: number, max: number): number {
  const stop = Math.max(0, at - max);
  for (let p = at - 1; p >= stop; p--) if (bytes[p] === 10) return p + 1;
  return stop;
}

function lineEndWithin(bytes: Buffer, from: number, length: number, max: number): number {
  const stop = Math.min(length, from + max);
  for (let p = from; p < stop; p++) if (bytes[p] === 10) return p;
  return stop;
}

/** 1-based column in UTF-16 code units. The ASCII check is native: minified lines run to megabytes. */
function columnOf(buf: Buffer, lineStart: number, at: number): number {
  const prefix = buf.subarray(lineStart, at);
  return (isAscii(prefix) ? prefix.length : prefix.toString('utf8').length) + 1;
}

function inlineAllowed(buf: Buffer, length: number, start: number, end: number): boolean {
  let from = start;
  for (let p = start - 1; p >= Math.max(0, start - INLINE_ALLOW_REACH) && buf[p] !== 10; p--) from = p;
  let to = end;
  while (to < Math.min(length, end + INLINE_ALLOW_REACH) && buf[to] !== 10) to++;
  const around = buf.subarray(from, to);
  return INLINE_ALLOW.some((marker) => around.includes(marker));
}

function linesAround(text: string, at: number, length: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at + length);
  return text.slice(start, nl === -1 ? text.length : nl);
}

/** Where two rules claim overlapping text, the specific one wins over the generic one, then the earlier rule. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || rank(a) - rank(b));
  const kept: Candidate[] = [];
  // Sorted by start, a candidate can only clash with the kept one reaching furthest.
  let reach = -1;
  for (const c of candidates) {
    const k = reach === -1 ? undefined : kept[reach];
    if (k && c.start < k.end) {
      if (rank(c) < rank(k)) kept[reach] = c;
      continue;
    }
    kept.push(c);
    if (!k || c.end > k.end) reach = kept.length - 1;
  }
  return kept;
}

function rank(c: Candidate): number {
  return (c.rule.rule.generic ? 1_000_000 : 0) + c.rule.index;
}

/** `at`: where the match starts in `text`. */
function passesCheck(check: NonNullable<SecretRule['check']>, secret: string, text: string, at: number): boolean {
  switch (check) {
    case 'jwt': {
      const header = decodeBase64Url(secret.slice(0, secret.indexOf('.')));
      try {
        const parsed: unknown = JSON.parse(header);
        // A JOSE header: a JSON object (`alg` for JWS, `enc`/`epk` for JWE, but libraries put other members first).
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.keys(parsed).length > 0;
      } catch {
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
function nameWords(name: string): string[] {
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
function spellsItsKey(key: string, value: string): boolean {
  const words = nameWords(value);
  if (words.length < 2) return false;
  const keyWords = new Set(nameWords(key));
  return words.every((w) => keyWords.has(w));
}

function decodeBase64Url(s: string): string {
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}
