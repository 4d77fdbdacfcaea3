import type { Progress } from '../model/progress.js';
import type { SourcePosition } from '../base/errors.js';
import type { PlatformInfo } from '../model/result.js';
import type { RunTrace } from '../model/trace.js';
import type { Redactor } from './redactor.js';
import type { StepCache } from './cache.js';
import type { ShardSpec } from '../base/stable-shard.js';
import type { StepResult } from '../model/result.js';
import type { StepSecrets } from './step-secrets.js';

/** What the scheduler needs from the door that started the run. */
export interface EngineContext {
  /** Absolute repository root. */
  workspace: string;
  /** Absolute; logs go to `<outputDir>/logs/`. */
  outputDir: string;
  /** Steps running at once, at most. */
  concurrency: number;
  /** After a timeout or cancel: time between SIGTERM and SIGKILL. */
  killGraceMs: number;
  /** Characters of output a step's log keeps (`log-limit`); default: no limit. */
  logLimit?: number;
  /** Aborting it cancels the run. */
  signal: AbortSignal;
  trace: RunTrace;
  platform: PlatformInfo;
  progress: Progress;
  /** Hide a value in the platform's logs (core.setSecret on GitHub). */
  mask(value: string): void;
  /** The environment steps inherit (usually process.env). */
  env: Record<string, string | undefined>;
  /** Where a config path (`['steps', id, 'with', 'paths', 0]`) is written in runlens.yml: the config loader's `locate`. */
  locate?: (path: (string | number)[]) => SourcePosition;
  /** The run's redactor, shared with the reporters; its `onSecret` is how masks reach the platform. Default: one whose `onSecret` is `mask`. */
  redactor?: Redactor;
  /** The step cache: steps with `cache: true` are looked up before they run and stored when they pass. */
  cache?: StepCache;
  /** `--resume`: results kept from the previous run.json, by step id; these steps do not run again. */
  reuse?: ReadonlyMap<string, StepResult>;
  /** Secrets fetched from secret managers: a step gets the ones it lists (`secrets:`), as env vars; `ctx.env` never holds them. */
  secrets?: StepSecrets;
  /** `--shard I/N`: this job's shard, and the steps whose items it splits with the other shards. */
  shard?: { spec: ShardSpec; split: ReadonlySet<string> };
}
