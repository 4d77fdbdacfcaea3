import type { Finding, FindingCategory } from './finding.js';
import type { FailOn, Severity } from './severity.js';

/** Bumped on any incompatible change to run.json. */
export const RUN_RESULT_VERSION = 1;

/**
 * What happened to a step. `failed` with `allowedFailure` is GitHub's
 * outcome=failure / conclusion=success (continue-on-error).
 */
export type StepStatus = 'passed' | 'failed' | 'timed-out' | 'cancelled' | 'skipped';

export interface Attempt {
  attempt: number;
  startedAt: string;
  durationMs: number;
  exitCode: number | null;
  signal: string | null;
  status: Exclude<StepStatus, 'skipped'>;
  /** Why it failed, in a sentence. */
  error?: string;
}

export interface TestCase {
  suite: string;
  name: string;
  classname?: string;
  status: 'passed' | 'failed' | 'error' | 'skipped';
  durationMs: number;
  message?: string;
  details?: string;
  file?: string;
  line?: number;
}

/** A tool that ran in a step: one SARIF run each (empty when it found nothing) and the GitLab report of its category. */
export interface ToolRun {
  name: string;
  version?: string;
  informationUri?: string;
  category: FindingCategory;
}

/** What a `run:` step's process tree used (sampled from /proc on Linux; src/engine/usage.ts), over all its attempts. */
export interface StepUsage {
  cpuUserSeconds: number;
  cpuSystemSeconds: number;
  /** The largest total resident memory of the step's processes seen at once. */
  peakRssBytes: number;
  stdoutBytes: number;
  stderrBytes: number;
}

export interface StepResult {
  id: string;
  /** `run` for scripts, otherwise the check kind (`secrets`, `sarif`, …). */
  kind: string;
  needs: string[];
  status: StepStatus;
  allowedFailure: boolean;
  /** Why it was skipped, cancelled or failed, in a sentence. */
  reason?: string;
  startedAt?: string;
  durationMs: number;
  attempts: Attempt[];
  exitCode: number | null;
  /** Relative to the output dir. */
  logPath?: string;
  findings: Finding[];
  cases: TestCase[];
  /** Files the step produced that reports may link to (relative to the workspace). */
  artifacts: string[];
  /** Markdown a check adds to the job summary under its own heading. */
  summary?: string;
  /** `run:` steps: CPU, peak memory and output bytes of its process tree. */
  usage?: StepUsage;
  /** What the step wrote to `$RUNLENS_OUTPUT` (a check: its counts), by name; values holding secrets are masked. */
  outputs?: Record<string, string>;
  /** The scanners that ran (a check's own tool, the tools of ingested SARIF); absent for plain scripts. */
  tools?: ToolRun[];
  /** What the user must know although the step passed (a scan that scanned nothing); also in the run's notes. */
  warnings?: string[];
  /** Replayed from the step cache (`cache: true`): the step did not run; this is the result it had when it last did. */
  cached?: boolean;
  /** Kept from the previous run.json by `runlens run --resume` (it passed there); the step did not run again. */
  resumed?: boolean;
  /** Sharded runs: the shards (1-based) whose work this result holds, when the step's items were split across shards. */
  shards?: number[];
}

/** Whether a step failed: its command or check failed or ran out of time (cancelled and skipped steps did not fail). */
export function stepFailed(step: { status: StepStatus }): boolean {
  return step.status === 'failed' || step.status === 'timed-out';
}

export type FindingCounts = Record<Severity, number> & { total: number };

export interface GateResult {
  failOn: FailOn;
  passed: boolean;
  /** One sentence: why the gate passed or failed. */
  reason: string;
  /** Findings new-only left out of the gate: outside the change under review (reported, not counted). */
  existing?: number;
}

/** The change under review that new-only filtered findings by (src/findings/new-only.ts). */
export interface ReviewInfo {
  /** The filter mode of the run (steps may set their own). */
  mode: 'added' | 'diff_context' | 'file' | 'nofilter';
  base?: string;
  head?: string;
  /** Files the diff `base...head` touched. */
  changedFiles?: number;
  /** Why findings were not filtered although a filter was asked for (no git, base not in the clone…). */
  unavailable?: string;
}

export type RunStatus = 'passed' | 'failed' | 'cancelled';

export interface PlatformInfo {
  kind: 'github' | 'gitlab' | 'local';
  repository?: string;
  serverUrl?: string;
  runId?: string;
  runUrl?: string;
  jobUrl?: string;
  ref?: string;
  sha?: string;
  /** Base of the change under review (PR/MR), when there is one. */
  baseSha?: string;
  /** How many commits the change under review has, when the platform says (GitHub's `pull_request.commits`). */
  changeCommits?: number;
  changeId?: string;
  workflow?: string;
  job?: string;
}

export interface RunResult {
  version: typeof RUN_RESULT_VERSION;
  runlensVersion: string;
  name: string;
  status: RunStatus;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Absolute repository root: every path in the result (findings, test files, artifacts) is relative to it. */
  workspace: string;
  configPath?: string;
  outputDir: string;
  dryRun: boolean;
  platform: PlatformInfo;
  steps: StepResult[];
  counts: FindingCounts;
  gate: GateResult;
  exitCode: number;
  /** Anything reporters dropped to stay within platform limits, in sentences. */
  notes: string[];
  /** new-only: what the findings were filtered by, on a pull/merge request or when a mode was asked for. */
  review?: ReviewInfo;
  traceId?: string;
  /** `runlens run --shard I/N`: which shard this run was, and every step id of the whole plan (so a merge can tell what is missing). */
  shard?: ShardInfo;
  /** `runlens merge`: the shards merged into this result, and whether each reported. */
  merged?: MergedShard[];
  /** The step cache's key for this run (the `cache-key` output): one hash over the keys of every cached step. */
  cacheKey?: string;
}

export interface ShardInfo {
  index: number;
  total: number;
  /** Every step of the unsharded plan, in plan order. */
  plan: string[];
  /** The steps this shard ran whole. */
  steps: string[];
  /** The steps whose items (files, lockfiles, cases) every shard split between them. */
  split: string[];
}

export interface MergedShard {
  index: number;
  /** Where its run.json was read from; absent for a shard that left none. */
  dir?: string;
  status: RunStatus | 'missing';
}

/** The result of a step that never ran: skipped by the scheduler, or missing from a shard's run.json. */
export function stepNotRun(step: Pick<StepResult, 'id' | 'kind' | 'needs'>, status: 'skipped' | 'cancelled', reason: string): StepResult {
  return {
    id: step.id,
    kind: step.kind,
    needs: step.needs,
    status,
    allowedFailure: false,
    reason,
    durationMs: 0,
    attempts: [],
    exitCode: null,
    findings: [],
    cases: [],
    artifacts: [],
  };
}
