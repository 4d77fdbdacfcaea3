// The secret scan end to end: rules from the built-ins, runlens.yml and a gitleaks config; the working
// tree (worker threads) and the history range; masking; findings with fingerprints; the baseline.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { RunlensError } from '../../base/errors.js';
import type { PlatformInfo } from '../../model/result.js';
import type { Finding } from '../../model/finding.js';
import { fingerprintOf } from '../../findings/fingerprint.js';
import { RUNLENS_VERSION } from '../../base/version.js';
import { emptyResult, mergeResults, scanBatch, type BatchResult, type FileRef } from './batch.js';
import { FileScanner } from './file-scanner.js';
import { loadGitleaksConfig } from './gitleaks-config.js';
import { hasCommit, isGitRepository, scanHistory, type CommitInfo, type HistoryScan } from './history.js';
import { Matcher, type MatcherSpec, type RawMatch } from './matcher.js';
import type { SecretsOptions } from './options.js';
import { scanInWorkers } from './pool.js';
import { remediation } from './providers.js';
import { translateRe2 } from './re2.js';
import { redact } from './redact.js';
import type { GlobalAllow, SecretRule } from './rule.js';
import { BUILTIN_RULES } from './rules.js';
import { listTree, type TreeListing } from './tree.js';
import { readBaseline } from './baseline.js';

export const SECRETS_TOOL = 'runlens-secrets';

/** Below this many files, starting worker threads (~30 ms each) costs more than it saves. */
const IN_THREAD_MAX_FILES = 200;

export interface SecretScanInput {
  stepId: string;
  workspace: string;
  cwd: string;
  options: SecretsOptions;
  platform: PlatformInfo;
  signal: AbortSignal;
  /** Skipped by the tree scan (the output directory). */
  skipDirs: string[];
  log(line: string): void;
  mask(value: string): void;
  phase<T>(name: string, fn: () => Promise<T>, attributes?: Record<string, string | number | boolean>): Promise<T>;
}

export interface SecretScanStats {
  rules: number;
  files: number;
  bytes: number;
  binary: number;
  tooLarge: number;
  unreadable: number;
  ignored: number;
  symlinksInside: number;
  symlinksOutside: number;
  workers: number;
  range?: string;
  commits: number;
  historyBytes: number;
  /** Why history was not scanned although asked (shallow clone …). */
  historySkipped?: string;
  durationMs: number;
}

export interface SecretScanResult {
  /** New findings: not in the baseline. */
  findings: Finding[];
  /** Every finding, baseline or not (what a new baseline would accept). */
  all: Finding[];
  baselined: number;
  stats: SecretScanStats;
  notes: string[];
}

/** The rules and allowlist a scan runs with, from the options. */
export function resolveRules(options: SecretsOptions, cwd: string): { spec: MatcherSpec; notes: string[]; excludedPaths: string[] } {
  const notes: string[] = [];
  let rules: SecretRule[] = [...BUILTIN_RULES];
  const allow: GlobalAllow = { paths: [], regexes: [], stopwords: [...options.allowlist.stopwords] };
  if (options['gitleaks-config']) {
    const g = loadGitleaksConfig(path.resolve(cwd, options['gitleaks-config']));
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
    const rule: SecretRule = {
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

function inlineFlags(t: { source: string; flags: string }): string {
  return t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The history range to scan, or why there is none. */
function historyRange(options: SecretsOptions, platform: PlatformInfo): string | undefined {
  if (options.history === 'off') return undefined;
  if (options.history === 'all') return '--all';
  if (options.history !== 'auto') return options.history;
  if (platform.kind !== 'local' && platform.baseSha && platform.sha && platform.baseSha !== platform.sha)
    return `${platform.baseSha}..${platform.sha}`;
  return undefined;
}

async function scanFilesInThread(scanner: FileScanner, files: readonly FileRef[], signal: AbortSignal): Promise<BatchResult> {
  const total = emptyResult();
  for (let i = 0; i < files.length; i += 32) {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
    mergeResults(total, scanBatch(scanner, files.slice(i, i + 32)));
    // Let timers and the abort signal through between batches.
    await new Promise((r) => setImmediate(r));
  }
  return total;
}

export async function scanSecrets(input: SecretScanInput): Promise<SecretScanResult> {
  const started = performance.now();
  const { options } = input;
  const { spec, notes, excludedPaths } = resolveRules(options, input.cwd);
  // As in .gitignore, a glob without a slash matches a name at any depth (`*.min.js`).
  const globs = excludedPaths.map((g) => (g.includes('/') ? g.replace(/^\.?\//, '') : `**/${g}`));
  const globMatch = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
  const pathRegexes = spec.allow.paths.map((p) => new RegExp(p));
  const excluded = (rel: string): boolean =>
    globMatch(rel) || (rel.endsWith('/') && globMatch(rel.slice(0, -1))) || pathRegexes.some((r) => r.test(rel));
  const matcher = new Matcher(spec);
  const rulesById = new Map(spec.rules.map((r) => [r.id, r]));
  const maxFileSize = options['max-file-size'];

  const stats: SecretScanStats = {
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
  let tree: BatchResult = emptyResult();
  if (options.tree) {
    const listing: TreeListing = await input.phase('list files', () =>
      listTree({
        root: input.workspace,
        paths: options.paths.map((p) => path.resolve(input.cwd, p)),
        gitignore: options.gitignore,
        skipDirs: input.skipDirs,
        excluded,
        signal: input.signal,
      }),
    );
    Object.assign(stats, { ignored: listing.ignored, symlinksInside: listing.symlinksInside, symlinksOutside: listing.symlinksOutside });
    const wanted = options.workers === 'auto' ? availableParallelism() : options.workers;
    const workers = listing.files.length < IN_THREAD_MAX_FILES ? 0 : Math.min(wanted, Math.ceil(listing.files.length / 48));
    tree = await input.phase(
      'scan working tree',
      async () => {
        if (workers > 0) {
          try {
            const r = await scanInWorkers(listing.files, { workers, init: { spec, maxFileSize }, signal: input.signal });
            stats.workers = workers;
            return r;
          } catch (err) {
            if (input.signal.aborted) throw err;
            input.log(`secrets: worker threads unavailable (${(err as Error).message}); scanning in this thread`);
          }
        }
        return scanFilesInThread(new FileScanner(matcher, maxFileSize), listing.files, input.signal);
      },
      { 'runlens.secrets.files': listing.files.length, 'runlens.secrets.workers': workers },
    );
    Object.assign(stats, {
      files: tree.counts.scanned,
      bytes: tree.bytes,
      binary: tree.counts.binary,
      tooLarge: tree.counts['too-large'],
      unreadable: tree.counts.unreadable,
    });
  }

  // --- history ---
  let history: HistoryScan | undefined;
  const range = historyRange(options, input.platform);
  if (range) {
    stats.range = range === '--all' ? 'all commits' : range;
    const explicit = options.history !== 'auto';
    if (!(await isGitRepository(input.workspace))) {
      if (explicit) throw new RunlensError(`secrets: history: ${input.workspace} is not a git repository; set \`history: off\``);
      stats.historySkipped = 'the workspace is not a git repository';
    } else {
      const ends = range.includes('..') ? range.split(/\.{2,3}/).filter((e) => e !== '') : [];
      let absent: string | undefined;
      for (const end of ends) if (absent === undefined && !(await hasCommit(input.workspace, end))) absent = end;
      if (absent !== undefined) {
        const which = absent === ends[0] ? 'base' : 'head';
        const why = `the ${which} commit ${absent.slice(0, 12)} is not in this clone (shallow checkout?) — fetch the full history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 on GitLab)`;
        if (explicit) throw new RunlensError(`secrets: history: ${why}`);
        stats.historySkipped = why;
      } else {
        try {
          history = await input.phase(
            'scan history',
            () => scanHistory({ cwd: input.workspace, range, matcher, excluded, signal: input.signal }),
            {
              'runlens.secrets.range': stats.range ?? '',
            },
          );
        } catch (err) {
          if (input.signal.aborted) throw err;
          const stderr = (err as { stderr?: unknown }).stderr;
          throw new RunlensError(
            `secrets: history: git log ${range} failed: ${typeof stderr === 'string' && stderr ? stderr.trim() : (err as Error).message}`,
          );
        }
        stats.commits = history.commits;
        stats.historyBytes = history.bytes;
      }
    }
    if (stats.historySkipped) input.log(`secrets: history not scanned: ${stats.historySkipped}`);
  }

  // Mask before anything could print a value: each value once, and each line of a multi-line one on its own
  // too, since CI runners match their output line by line (the BEGIN/END armour lines are not secret).
  const masked = new Set<string>();
  const mask = (value: string): void => {
    if (masked.has(value)) return;
    masked.add(value);
    input.mask(value);
  };
  for (const secret of [...tree.matches.flatMap((f) => f.matches), ...(history?.matches ?? [])].map((m) => m.secret)) {
    mask(secret);
    if (secret.includes('\n'))
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 8 && !line.startsWith('-----')) mask(line.trim());
  }

  // --- findings ---
  const all: Finding[] = [];
  const byFingerprint = new Map<string, Finding>();
  const occurrences = new Map<string, number>();
  const toFinding = (m: RawMatch, file: string, commit?: CommitInfo): Finding | undefined => {
    const rule = rulesById.get(m.ruleId)!;
    const hash = sha256(m.secret);
    const identity = `${rule.id}\0${file}\0${hash}`;
    let fingerprint: string;
    if (commit) {
      fingerprint = fingerprintOf(rule.id, file, hash);
      const same = byFingerprint.get(fingerprint);
      if (same) {
        // Already reported (from the tree, or from another commit of the range): note where it came in.
        if (same.properties?.commit === undefined) {
          same.properties = { ...same.properties, commit: commit.commit, author: `${commit.author} <${commit.email}>`, date: commit.date };
        }
        return undefined;
      }
    } else {
      const n = occurrences.get(identity) ?? 0;
      occurrences.set(identity, n + 1);
      // The nth copy of the same secret in a file gets its own fingerprint; the first keeps the plain one.
      fingerprint = n === 0 ? fingerprintOf(rule.id, file, hash) : fingerprintOf(rule.id, file, hash, n);
    }
    const shown = redact(m.secret);
    const where = commit ? ` added in commit ${commit.commit.slice(0, 12)} by ${commit.author} (${commit.date.slice(0, 10)})` : '';
    const finding: Finding = {
      tool: SECRETS_TOOL,
      toolVersion: RUNLENS_VERSION,
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
      if (finding) all.push(finding);
    }
  }
  // `git log` lists newest first; walk oldest first so a secret is attributed to the commit that added it.
  for (const m of [...(history?.matches ?? [])].reverse()) {
    const finding = toFinding(m, m.path, m.commit);
    if (finding) all.push(finding);
  }

  let findings = all;
  let baselined = 0;
  if (options.baseline) {
    const known = await readBaseline(path.resolve(input.cwd, options.baseline));
    findings = all.filter((f) => !known.has(f.fingerprint));
    baselined = all.length - findings.length;
  }
  stats.durationMs = Math.round(performance.now() - started);
  return { findings, all, baselined, stats, notes };
}
