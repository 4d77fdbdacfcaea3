// What a `uses: tool` preset declares: how to run one tool and read its machine output. Presets are
// data (one file each under presets/): a program, the argv it is given, the exit codes that mean
// "it ran to the end", and a parser with a severity table.
import { InputError, RunlensError } from '../../base/errors.js';
import { parseJson } from '../../ingest/json-source.js';
import { toRepoPath } from '../../base/repo-path.js';
import type { Finding, FindingCategory } from '../../model/finding.js';
import type { Severity } from '../../model/severity.js';
import type { Requirement } from '../check.js';
import type { ToolOptions } from './options.js';

/** What a preset's argv builder is given. */
export interface PresetInput {
  /** Absolute: where the tool runs (the step's working directory). */
  cwd: string;
  /** The paths to scan, as written in `paths` (relative to cwd), after the preset's own expansion. */
  paths: string[];
  options: ToolOptions;
  /** Absolute path of a fresh file the tool may write its report to (presets with `output: 'file'`). */
  reportFile: string;
}

/** What a parser is given besides the report text. */
export interface ParseInput {
  cwd: string;
  workspace: string;
  stepId: string;
  /** Names the report in errors: `bandit output`. */
  source: string;
  /** The tool's version, when known, for the findings. */
  toolVersion?: string;
  options: ToolOptions;
  /** Hide a value from every log from now on (a secret a scanner reported). */
  mask(value: string): void;
}

export interface ParsedReport {
  findings: Finding[];
  /** A version the report itself states (SARIF driver), better than the `--version` output. */
  toolVersion?: string;
  /** Lines worth a place in the step log (files the tool skipped, …). */
  notes?: string[];
}

export interface Preset {
  /** The `preset:` value. */
  name: string;
  /** The findings' tool and the SARIF run's driver. */
  tool: { name: string; informationUri: string };
  category: FindingCategory;
  requires: Requirement;
  /** The version in the output of `program versionArgs`. */
  version(output: string): string | undefined;
  /**
   * Paths the tool is given: `keep` as written (the tool walks directories), `files` expanded to the files
   * matching `globs` under directories (tools that take files only), `cwd` each path is a directory the
   * tool runs in (with no path argument), `none` (paths do not apply).
   */
  paths: { kind: 'keep' } | { kind: 'files'; globs: string[] } | { kind: 'cwd' } | { kind: 'none' };
  /** `each`: the tool takes one path per run (run once per path); `all`: all paths in one run. */
  batch: 'all' | 'each';
  /** argv (program first); the runner appends the step's `args`, then the paths. */
  argv(input: PresetInput): string[];
  /** Where the report is. */
  output: 'stdout' | 'file';
  /** Exit codes that mean the tool ran to the end (finding something or not). Any other is a failure. */
  exitCodes: readonly number[];
  /** Exit codes that mean "nothing to scan here": no findings, not a failure (logged). */
  nothingToScan?: Readonly<Record<number, string>>;
  /** Extra environment for the tool. */
  env?(input: PresetInput): Record<string, string>;
  parse(report: string, input: ParseInput): ParsedReport;
}

/** The tool ran but says it failed (in its report, not only its exit code). */
export class ToolReportedError extends RunlensError {
  override name = 'ToolReportedError';
}

/** A JSON report, or an InputError naming the tool's output. */
export function parseReport(text: string, source: string): unknown {
  if (text.trim() === '') {
    throw new InputError({ file: source }, 'is empty: the tool wrote no report', 'see the step log for what the tool printed');
  }
  return parseJson(source, text, source);
}

/** An InputError for a report that is JSON but not the shape the preset expects. */
export function badReport(source: string, detail: string): InputError {
  return new InputError(
    { file: source },
    `is not the report runlens expected: ${detail}`,
    'is the tool at the version the preset supports?',
  );
}

/** A value from a severity table (keys lower-case), or the fallback. */
export function severityOf(table: Readonly<Record<string, Severity>>, key: unknown, fallback: Severity): Severity {
  return typeof key === 'string' || typeof key === 'number' ? (table[String(key).toLowerCase()] ?? fallback) : fallback;
}

/** The workspace-relative path of a file a tool named relative to where it ran. */
export function repoPath(file: string, input: ParseInput): string {
  return toRepoPath(file, input.cwd, input.workspace);
}

/** A positive integer, or undefined. */
export function positive(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The first line matching a version number in `--version` output. */
export function firstVersion(output: string): string | undefined {
  return /\bv?(\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?)/.exec(output)?.[1];
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A CVSS base score as a severity (GitHub's buckets, as SARIF security-severity). */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'note';
}
