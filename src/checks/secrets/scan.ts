// A secret scan end to end, phase by phase: the rules (resolve-rules.ts), the working tree (scan-tree.ts),
// the history range (scan-history.ts), masking and findings (scan-findings.ts), then the baseline.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../../model/finding.js';
import type { PlatformInfo } from '../../model/result.js';
import { readBaseline } from './baseline.js';
import { emptyResult } from './batch.js';
import { isIgnored, readGitleaksIgnore } from './gitleaks-ignore.js';
import { Matcher } from './matcher.js';
import type { SecretsOptions } from './options.js';
import { GITLEAKS_IGNORE, resolveRules } from './resolve-rules.js';
import { findingsOf, maskFound } from './scan-findings.js';
import { scanHistoryRange } from './scan-history.js';
import { scanTree } from './scan-tree.js';

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
  /** Where an option (`['paths', 0]`) is written in runlens.yml, for errors. */
  where?(optionPath: (string | number)[]): string;
  phase<T>(name: string, fn: () => Promise<T>, attributes?: Record<string, string | number | boolean>): Promise<T>;
  /** A sharded run: whether a file (repository-relative) is this shard's to scan; absent: every file is. */
  keep?(rel: string): boolean;
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

/** Paths the scan skips: `allowlist.paths` globs, and the path regexes of a gitleaks config. */
function exclusionOf(excludedPaths: readonly string[], pathRegexSources: readonly string[]): (rel: string) => boolean {
  // As in .gitignore, a glob without a slash matches a name at any depth (`*.min.js`).
  const globs = excludedPaths.map((g) => (g.includes('/') ? g.replace(/^\.?\//, '') : `**/${g}`));
  const globMatch = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
  const pathRegexes = pathRegexSources.map((p) => new RegExp(p));
  return (rel) => globMatch(rel) || (rel.endsWith('/') && globMatch(rel.slice(0, -1))) || pathRegexes.some((r) => r.test(rel));
}

/** Whether `secret` is in `file` (repository-relative) of the working tree now. Read only for secrets found in history. */
function inWorkingTree(root: string, file: string, secret: string): boolean {
  try {
    return readFileSync(path.join(root, file), 'utf8').includes(secret);
  } catch {
    return false;
  }
}

function emptyStats(rules: number): SecretScanStats {
  return {
    rules,
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
}

export async function scanSecrets(input: SecretScanInput): Promise<SecretScanResult> {
  const started = performance.now();
  const { options } = input;
  const { spec, notes, excludedPaths } = resolveRules(options, input.cwd);
  const excluded = exclusionOf(excludedPaths, spec.allow.paths);
  const matcher = new Matcher(spec);
  const stats = emptyStats(spec.rules.length);

  const tree = options.tree ? await scanTree(input, { spec, matcher, excluded }, stats) : emptyResult();
  const history = await scanHistoryRange(input, matcher, excluded, stats);
  maskFound(tree, history, (value) => input.mask(value));
  let all: Finding[] = findingsOf(input.stepId, spec.rules, tree, history, (file, secret) => inWorkingTree(input.workspace, file, secret));
  // gitleaks' ignore file, picked up with its config (`gitleaks-config: false` turns both off).
  const ignoreFile = path.join(input.cwd, GITLEAKS_IGNORE);
  if (options['gitleaks-config'] !== false && existsSync(ignoreFile)) {
    const ignore = readGitleaksIgnore(ignoreFile);
    const kept = all.filter((f) => !isIgnored(ignore, f));
    notes.push(
      `${GITLEAKS_IGNORE}: ${ignore.entries} entr${ignore.entries === 1 ? 'y' : 'ies'}, ${all.length - kept.length} finding(s) ignored`,
    );
    all = kept;
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
