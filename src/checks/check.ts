// The one extension point for step kinds. A check declares here everything the rest of runlens needs
// to know about it (docs/architecture.md, "Adding a check"); nothing else lists kinds.
import { z } from 'zod';
import type { Finding, FindingCategory } from '../model/finding.js';
import type { PlatformInfo, TestCase, ToolRun } from '../model/result.js';
import { shardOfItem } from '../base/stable-shard.js';
import type { ShardSpec } from '../base/stable-shard.js';

export type { ToolRun } from '../model/result.js';

/** A program a check runs: `doctor` looks for it, and `ctx.exec` names `install` when it is missing. */
export interface Requirement {
  program: string;
  /** Arguments that make it print its version. */
  versionArgs: string[];
  /** How to get it, as a command a user can paste. */
  install: string;
  /**
   * Whether a step with these (parsed) options runs it; absent: every step of the kind does. `uses: tool`
   * lists every preset's program, but a step needs only its own preset's.
   */
  neededBy?(options: unknown): boolean;
}

export interface ExecOptions {
  /** Default: the step's working directory. */
  cwd?: string;
  /** Added over the step's environment. */
  env?: Record<string, string | undefined>;
  /** A limit of its own, within the step's timeout (0 or absent: the step's alone). */
  timeoutMs?: number;
  /** `capture` (default): returned whole in the result, not logged; `log`: each line to the step log. */
  stdout?: 'capture' | 'log';
  /** `log` (default) or `capture`. */
  stderr?: 'capture' | 'log';
  /** Written to the process's standard input. */
  input?: string;
}

export interface ExecResult {
  status: 'passed' | 'failed' | 'timed-out' | 'cancelled';
  exitCode: number | null;
  signal: string | null;
  /** Captured output ('' when logged). Raw: redact before it leaves the check. */
  stdout: string;
  stderr: string;
  /** Why it did not pass, in a sentence. */
  error?: string;
}

/** What a built-in check is given. Checks are pure: options in, findings out; they write only under `outputDir`. */
export interface CheckContext<O> {
  stepId: string;
  /** Absolute; the step's working directory. */
  cwd: string;
  /** Absolute; the repository root. */
  workspace: string;
  /** Absolute. */
  outputDir: string;
  options: O;
  platform: PlatformInfo;
  env: Record<string, string | undefined>;
  /** Aborted on timeout or cancellation: stop promptly. */
  signal: AbortSignal;
  /** One line to the step's log (and console), redacted on the way. */
  log(line: string): void;
  /** Hide a value from every log from now on (core.setSecret on GitHub). Call before anything could print it. */
  mask(value: string): void;
  /**
   * Where an option of this step is written, for errors: `where(['paths', 0])` → `runlens.yml:7:19`, or
   * `step "secrets", with.paths[0]` when the config has no text (the default pipeline).
   */
  where(optionPath: (string | number)[]): string;
  /** Run `fn` as a child span named `name` (phase of the check). A no-op wrapper without tracing. */
  phase<T>(name: string, fn: () => Promise<T>, attributes?: Record<string, string | number | boolean>): Promise<T>;
  /**
   * Runs a program as the step's own command runs: a list is argv with no shell, a string goes through
   * the step's shell; its own process group, stopped on timeout or cancellation with the run's kill
   * grace; logged lines redacted. A program that is not installed throws ToolNotFoundError, naming the
   * install command of the matching `requires` entry.
   */
  exec(command: string | string[], options?: ExecOptions): Promise<ExecResult>;
  /**
   * `runlens run --shard I/N` on a check that `splits`: this job's share. The check keeps only the items
   * `inShard(ctx, item)` accepts (a stable hash of the item's name); absent when the run is not sharded.
   */
  shard?: ShardSpec;
}

/** Whether `item` (a repository-relative file, a lockfile, a case name) is this job's to do; always true unsharded. */
export function inShard(ctx: { shard?: ShardSpec }, item: string): boolean {
  return !ctx.shard || ctx.shard.total <= 1 || shardOfItem(item, ctx.shard.total) === ctx.shard.index;
}

export interface StepOutcome {
  /**
   * The check's own verdict, and the one rule for a check's step status (README, "Step status and the
   * findings gate"): `failed` when the check could not do its job (a crashed or misconfigured scanner,
   * unreadable input), or when the check is a test and what it tested does not hold (a golden case that
   * does not match). A scan that ran to the end keeps `passed` (the default) whatever it found: its
   * findings are judged by the findings gate (`fail-on`), never by the step status.
   */
  status?: 'passed' | 'failed';
  /** Why it failed, when it did. */
  error?: string;
  findings: Finding[];
  cases?: TestCase[];
  artifacts?: string[];
  summary?: string;
  /** The tools that ran, when not the check's declared tool alone (ingested SARIF, a tool's real version). */
  tools?: ToolRun[];
  /** What the user must know although the step passed (a scan that scanned nothing): in the log, summary and run.json notes. */
  warnings?: string[];
}

export interface CheckTool {
  /** The name its findings carry, and its SARIF run's driver name. */
  name: string;
  informationUri?: string;
}

export interface Check<O = unknown> {
  kind: string;
  description: string;
  /** Whose findings these are. */
  tool: CheckTool;
  /** What its findings are; `mixed` for an ingester whose findings carry their own category. */
  category: FindingCategory | 'mixed';
  /** Runs, with its default options, in the pipeline of a repository without runlens.yml. */
  defaultPipeline: boolean;
  /** Programs it runs. */
  requires: readonly Requirement[];
  /** zod schema for `with:`; holds the defaults. */
  options: z.ZodType<O>;
  /**
   * What its work items are (`files`, `lockfiles`, `cases`), when it splits them across the shards of a
   * sharded run: each shard's step then keeps the items `inShard(ctx, item)` accepts, and `runlens merge`
   * joins the shards' results. Absent: a step of this kind runs whole, in one shard.
   */
  splits?: string;
  run(ctx: CheckContext<O>): Promise<StepOutcome>;
}

/**
 * A check's `with:` schema, built the first time it is used. Building zod schemas is a large part of
 * start-up, so a run builds only the schemas of the kinds it uses (the JSON Schema and tests build them all).
 */
export function lazyOptions<S extends z.ZodType>(build: () => S): z.ZodLazy<S> {
  let schema: S | undefined;
  return z.lazy(() => (schema ??= build()));
}

/** Declares a check; keeps the option type when listing heterogeneous checks. */
export function defineCheck<S extends z.ZodType>(check: {
  kind: string;
  description: string;
  tool: CheckTool;
  category: FindingCategory | 'mixed';
  defaultPipeline?: boolean;
  requires?: readonly Requirement[];
  options: S;
  splits?: string;
  run(ctx: CheckContext<z.output<S>>): Promise<StepOutcome>;
}): Check<z.output<S>> {
  return { defaultPipeline: false, requires: [], ...check } as unknown as Check<z.output<S>>;
}
