// GitHub problem matchers (the JSON `actions/setup-*` register with `::add-matcher::`): regexps that turn
// any tool's text output into findings. Semantics follow the runner's: a matcher's patterns match
// consecutive lines; values captured by earlier lines carry into the match; a `loop` last pattern
// reports once per line that matches it, keeping what the earlier lines captured.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import { backtrackingRisk } from '../base/regexp-guard.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import type { Finding, FindingCategory, Location } from '../model/finding.js';
import type { ToolRun } from '../model/result.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { formatJsonPath, locateJsonPath, parseJson, type JsonPath } from './json-source.js';
import { toRepoPath } from '../base/repo-path.js';

/** The capture-group fields a pattern may set (the documented ones, plus endLine/endColumn). */
const FIELDS = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'fromPath'] as const;
type Field = (typeof FIELDS)[number];

export interface ProblemPattern {
  regexp: RegExp;
  groups: Partial<Record<Field, number>>;
  loop: boolean;
}

export interface ProblemMatcher {
  owner: string;
  /** The matcher's default severity (`error` | `warning` | `notice`), used when a match captures none. */
  severity?: string;
  patterns: ProblemPattern[];
}

/** What one matched problem captured. */
export type ProblemMatch = Partial<Record<Field, string>> & { owner: string; text: string };

const HINT = 'see https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md for the format';

/** Parses and validates problem-matcher JSON as the runner does; errors name file:line:col. */
export function parseProblemMatchers(text: string, file: string): ProblemMatcher[] {
  const doc = parseJson(file, text, 'this problem-matcher file');
  const fail = (at: JsonPath, detail: string): never => {
    throw new InputError({ file, ...locateJsonPath(text, at) }, `${formatJsonPath(at) || 'the document'} ${detail}`, HINT);
  };
  if (!isObject(doc) || !Array.isArray(doc.problemMatcher)) {
    return fail(['problemMatcher'], 'is missing: a problem-matcher file is { "problemMatcher": [ { "owner", "pattern": [...] } ] }');
  }
  const owners = new Set<string>();
  return doc.problemMatcher.map((m: unknown, i: number): ProblemMatcher => {
    const at: JsonPath = ['problemMatcher', i];
    if (!isObject(m)) return fail(at, 'is not an object');
    if (typeof m.owner !== 'string' || m.owner === '') return fail([...at, 'owner'], 'is missing: every matcher names its owner');
    if (owners.has(m.owner.toLowerCase())) fail([...at, 'owner'], `"${m.owner}" is used by two matchers; owners must be unique`);
    owners.add(m.owner.toLowerCase());
    if (m.severity !== undefined && !(typeof m.severity === 'string' && /^(error|warning|notice)?$/i.test(m.severity))) {
      fail([...at, 'severity'], `is ${JSON.stringify(m.severity)}; a default severity is "error", "warning" or "notice"`);
    }
    const list: unknown = m.pattern;
    if (!Array.isArray(list) || list.length === 0) return fail([...at, 'pattern'], 'is missing or empty: a matcher needs patterns');
    const seen = new Set<Field>();
    const patterns = list.map((p: unknown, j: number): ProblemPattern => {
      const pat: JsonPath = [...at, 'pattern', j];
      if (!isObject(p)) return fail(pat, 'is not an object');
      if (typeof p.regexp !== 'string') return fail([...pat, 'regexp'], 'is missing: each pattern has a "regexp"');
      let regexp: RegExp;
      try {
        regexp = new RegExp(p.regexp);
      } catch (err) {
        return fail([...pat, 'regexp'], `is not a valid regular expression: ${(err as Error).message}`);
      }
      // The step's output streams through these in runlens's own thread: a catastrophic backtrack would freeze it.
      const risk = backtrackingRisk(p.regexp);
      if (risk) fail([...pat, 'regexp'], `could backtrack catastrophically: ${risk}`);
      const groupCount = new RegExp(`${p.regexp}|`).exec('')!.length;
      const loop = p.loop ?? false;
      if (typeof loop !== 'boolean') fail([...pat, 'loop'], 'is not true or false');
      const isLast = j === list.length - 1;
      if (loop && (j === 0 || !isLast)) fail([...pat, 'loop'], 'is set on a pattern that is not the last of a multi-line matcher');
      if (loop && p.message === undefined) fail([...pat, 'loop'], 'is set, so this pattern must set "message"');
      const groups: Partial<Record<Field, number>> = {};
      for (const field of FIELDS) {
        const value = p[field];
        if (value === undefined) continue;
        if (typeof value !== 'number' || !Number.isInteger(value)) fail([...pat, field], 'is not a capture-group number');
        if ((value as number) < 0 || (value as number) >= groupCount) {
          fail(
            [...pat, field],
            `is group ${String(value)}, but the regexp has ${groupCount - 1} capture group${groupCount === 2 ? '' : 's'}`,
          );
        }
        if (seen.has(field)) fail([...pat, field], `is set twice in one matcher`);
        seen.add(field);
        groups[field] = value as number;
      }
      return { regexp, groups, loop: loop as boolean };
    });
    if (!seen.has('message')) fail([...at, 'pattern'], 'sets "message" in none of its patterns; one must');
    return { owner: m.owner, ...(typeof m.severity === 'string' && m.severity ? { severity: m.severity.toLowerCase() } : {}), patterns };
  });
}

export async function readProblemMatchers(file: string, shown: string): Promise<ProblemMatcher[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(
      { file: shown },
      `cannot read the problem-matcher file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      HINT,
    );
  }
  return parseProblemMatchers(text, shown);
}

/** Runs matchers over lines, one at a time, as the runner does over a step's output. */
export class ProblemScanner {
  private readonly state: Array<Array<ProblemMatch | undefined>>;

  constructor(private readonly matchers: readonly ProblemMatcher[]) {
    this.state = matchers.map((m) => new Array<ProblemMatch | undefined>(Math.max(0, m.patterns.length - 1)).fill(undefined));
  }

  /** The problem this line completes, if any. The first matcher that reports wins; the others start over. */
  feed(rawLine: string): ProblemMatch | undefined {
    // Tools colour their output; the runner matches the text without escape sequences.
    const line = rawLine.replace(ANSI, '').replace(/\r$/, '');
    for (let k = 0; k < this.matchers.length; k++) {
      const found = this.match(k, line);
      if (found) {
        for (let o = 0; o < this.matchers.length; o++) if (o !== k) this.state[o]!.fill(undefined);
        return found;
      }
    }
    return undefined;
  }

  private match(k: number, line: string): ProblemMatch | undefined {
    const matcher = this.matchers[k]!;
    const state = this.state[k]!;
    const patterns = matcher.patterns;
    if (patterns.length === 1) {
      const m = patterns[0]!.regexp.exec(line);
      return m ? this.capture(matcher, patterns[0]!, m, undefined, line, true) : undefined;
    }
    // Last pattern first, so one line cannot both start and finish a match.
    for (let i = patterns.length - 1; i >= 0; i--) {
      const running = i > 0 ? state[i - 1] : undefined;
      if (i > 0 && !running) continue;
      const pattern = patterns[i]!;
      const isLast = i === patterns.length - 1;
      const m = pattern.regexp.exec(line);
      if (m) {
        if (isLast) {
          state.fill(undefined);
          // A loop keeps the lines before it, so the next line may report another problem of the same file.
          if (pattern.loop) state[i - 1] = running;
          return this.capture(matcher, pattern, m, running, line, true);
        }
        state[i] = this.capture(matcher, pattern, m, running, line, false);
      } else if (isLast) {
        state[i - 1] = undefined;
      } else {
        state[i] = undefined;
      }
    }
    return undefined;
  }

  private capture(
    matcher: ProblemMatcher,
    pattern: ProblemPattern,
    m: RegExpExecArray,
    running: ProblemMatch | undefined,
    line: string,
    complete: boolean,
  ): ProblemMatch {
    const out: ProblemMatch = { owner: matcher.owner, text: running ? `${running.text}\n${line}` : line };
    for (const field of FIELDS) {
      const value = running?.[field] ?? (pattern.groups[field] !== undefined ? m[pattern.groups[field]] : undefined);
      if (value !== undefined) out[field] = value;
    }
    if (complete && !out.severity && matcher.severity) out.severity = matcher.severity;
    return out;
  }
}

// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks).
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** A problem's severity word, as tools print them, on runlens's scale. Annotation levels map as runlens's annotations do. */
const SEVERITY_WORDS: Record<string, Severity> = {
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

export interface ProblemFindingOptions {
  /** Where the tool ran: relative files and fromPath are taken from here. */
  cwd: string;
  workspace: string;
  stepId: string;
  category: FindingCategory;
  /** Tool name on the findings (default: the matcher's owner). */
  tool?: string;
  toolVersion?: string;
  /** Severity words (lower-cased) → severity, over the built-in table. */
  severities?: Record<string, Severity>;
}

export function problemToFinding(match: ProblemMatch, opts: ProblemFindingOptions): Finding {
  const tool = opts.tool ?? match.owner;
  const word = (match.severity ?? 'error').trim().toLowerCase();
  const severity = opts.severities?.[word] ?? SEVERITY_WORDS[word] ?? (SEVERITIES.includes(word as Severity) ? (word as Severity) : 'high');
  const code = match.code?.trim() || undefined;
  const message = match.message?.trim() || code || match.owner;
  const properties: Record<string, unknown> = { matcher: match.owner };
  if (match.severity) properties.severityText = match.severity;
  let location: Location | undefined;
  if (match.file?.trim()) {
    let file = match.file.trim();
    if (match.fromPath?.trim() && !path.isAbsolute(file)) file = path.join(path.dirname(match.fromPath.trim()), file);
    const absolute = path.resolve(opts.cwd, file);
    // As the runner does, a file that is not there is no location (the message still says what it was).
    if (existsSync(absolute)) {
      location = { path: toRepoPath(absolute, opts.cwd, opts.workspace) };
      const n = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : undefined);
      const [startLine, startColumn, endLine, endColumn] = [n(match.line), n(match.column), n(match.endLine), n(match.endColumn)];
      if (startLine) location.startLine = startLine;
      if (startColumn) location.startColumn = startColumn;
      if (endLine) location.endLine = endLine;
      if (endColumn) location.endColumn = endColumn;
    } else {
      properties.file = match.file.trim();
    }
  }
  const finding: Finding = {
    tool,
    ruleId: code ?? match.owner,
    title: code ?? match.owner,
    message,
    severity,
    category: opts.category,
    fingerprint: fingerprintOf(tool, code ?? match.owner, location?.path ?? properties.file?.toString(), message),
    stepId: opts.stepId,
    properties,
  };
  if (opts.toolVersion) finding.toolVersion = opts.toolVersion;
  if (location) finding.location = location;
  return finding;
}

/** Every problem in `text` (a tool's whole output), as findings. */
export function findingsFromText(text: string, matchers: readonly ProblemMatcher[], opts: ProblemFindingOptions): Finding[] {
  const scanner = new ProblemScanner(matchers);
  const findings: Finding[] = [];
  for (const line of text.split('\n')) {
    const match = scanner.feed(line);
    if (match) findings.push(problemToFinding(match, opts));
  }
  return findings;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The `problem-matcher:` files of a `run:` step, scanning its output as it streams. Never throws: a file
 * that cannot be read or is malformed becomes `problem` (the step fails with it after it ran, as a bad
 * `sarif:` file does), and the step runs all the same.
 */
export class ProblemCollector {
  private scanner: ProblemScanner;
  private matches: ProblemMatch[] = [];

  private constructor(
    private readonly matchers: ProblemMatcher[],
    private readonly opts: ProblemFindingOptions & { redact: (text: string) => string },
    readonly problem: string | undefined,
  ) {
    this.scanner = new ProblemScanner(matchers);
  }

  static async open(
    files: readonly string[],
    opts: ProblemFindingOptions & { redact: (text: string) => string },
  ): Promise<ProblemCollector> {
    const matchers: ProblemMatcher[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const absolute = path.resolve(opts.cwd, file);
      try {
        matchers.push(...(await readProblemMatchers(absolute, toRepoPath(absolute, opts.cwd, opts.workspace))));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        problems.push(err.message);
      }
    }
    return new ProblemCollector(matchers, opts, problems.length > 0 ? problems.join('; ') : undefined);
  }

  /** Starts over (a new attempt): only the last attempt's problems are reported. */
  reset(): void {
    this.scanner = new ProblemScanner(this.matchers);
    this.matches = [];
  }

  feed(line: string): void {
    const m = this.scanner.feed(line);
    if (m) this.matches.push(m);
  }

  /** The problems seen, as findings; what they captured is redacted as the step's log is. */
  findings(): Finding[] {
    return this.matches.map((m) => {
      const safe: ProblemMatch = { ...m, text: this.opts.redact(m.text) };
      if (m.message !== undefined) safe.message = this.opts.redact(m.message);
      return problemToFinding(safe, this.opts);
    });
  }

  /** One SARIF run per matcher owner, also when it matched nothing. */
  tools(): ToolRun[] {
    return this.matchers.map((m) => ({ name: m.owner, category: this.opts.category }));
  }
}
