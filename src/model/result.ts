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
  /** The step's part of what the run cost (absent when the run's cost is unknown); see RunCost. */
  cost?: StepCost;
}

/**
 * A step's share of the job's billed minutes, weighted by its duration: billing is per job wall time (rounded
 * as the platform bills), so the overhead no step covers and the rounding are split in proportion to step
 * durations, and the steps' amounts add up to the run's.
 */
export interface StepCost {
  /** Billed minutes attributed to the step. */
  minutes: number;
  /** `minutes` × the run's rate. */
  amount: number;
  currency: string;
}

/** What the run cost on its runner (src/report/cost/); absent when the rate is unknown (a note says how to set one). */
export interface RunCost {
  /** Minutes billed for the job: wall time plus the configured overhead, rounded as the platform bills (GitHub: up to whole minutes). */
  minutes: number;
  /** The run's wall time, in minutes, before overhead and rounding. */
  wallMinutes: number;
  /** `minutes` × `rate`. */
  amount: number;
  /** ISO 4217 code (`USD`). */
  currency: string;
  /** Price of one billed minute of this runner (GitLab: price per compute minute × cost factor). */
  rate: number;
  /** Where the rate came from: GitHub's or GitLab's hosted-runner table, or runlens.yml's `cost:`. */
  rateSource: 'github-hosted' | 'gitlab-hosted' | 'config';
  /** The runner the rate is for: a name from the rate table (`linux-2-core`, `saas-linux-medium-amd64`) or `cost.runner`. */
  runner: string;
  /** GitLab: compute minutes charged per minute of the job (`computeMinutes` = `minutes` × this). */
  costFactor?: number;
  computeMinutes?: number;
  /** The base's run.json (`--base-run`), to compare with: its minutes, and its cost when it had one. */
  base?: { wallMinutes: number; minutes?: number; amount?: number; currency?: string };
}

/** `budget:` in runlens.yml: the run's billed minutes and cost against the limits. */
export interface BudgetResult {
  maxMinutes?: number;
  maxCost?: number;
  onExceed: 'fail' | 'warn';
  exceeded: boolean;
  /** One sentence: the figures against the limits, or why a limit could not be judged (no rate). */
  reason: string;
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
  /** When the CI job started, where the platform says (GitLab CI_JOB_STARTED_AT): the job's billed time starts there. */
  jobStartedAt?: string;
  /** The machine the job runs on, as the CI describes it: what the cost rate is looked up by (src/report/cost.ts). */
  runner?: RunnerInfo;
}

/** The runner, from the CI's own variables (src/platform/): GitHub RUNNER_*, GitLab CI_RUNNER_*. */
export interface RunnerInfo {
  /** GitHub RUNNER_ENVIRONMENT: `github-hosted` or `self-hosted`. */
  environment?: string;
  /** RUNNER_OS: `Linux`, `Windows`, `macOS`. */
  os?: string;
  /** RUNNER_ARCH: `X64`, `ARM64`, `X86`, `ARM`. */
  arch?: string;
  /** GitHub RUNNER_NAME (larger runners are often named for their size), GitLab CI_RUNNER_DESCRIPTION. */
  name?: string;
  /** GitLab CI_RUNNER_TAGS. */
  tags?: string[];
  /** CPUs the machine has (tells macOS runner sizes apart). */
  cpus?: number;
}

/** A file a run wrote (RunResult.files). */
export interface RunFile {
  /** Relative to the repository root (POSIX), or absolute when outside it (a cache in the home directory). */
  path: string;
  bytes: number;
  sha256: string;
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
  /**
   * The audit trail: every file this run wrote or replaced (reports, step logs and outputs, the trace,
   * cache entries, golden updates), with its size and sha256 when run.json was written. run.json itself is
   * not listed: it is written last, holding this list.
   */
  files?: RunFile[];
  /** `runlens run --shard I/N`: which shard this run was, and every step id of the whole plan (so a merge can tell what is missing). */
  shard?: ShardInfo;
  /** `runlens merge`: the shards merged into this result, and whether each reported. */
  merged?: MergedShard[];
  /** The step cache's key for this run (the `cache-key` output): one hash over the keys of every cached step. */
  cacheKey?: string;
  /** What the run cost on its runner, per step in StepResult.cost; absent when the rate is unknown or the run was a dry run. */
  cost?: RunCost;
  /** `budget:` in runlens.yml: whether the run stayed within it (a `fail` budget exceeded fails the run). */
  budget?: BudgetResult;
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
