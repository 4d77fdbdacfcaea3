import type { Progress } from '../model/progress.js';
import type { PlatformInfo } from '../model/result.js';
import type { RunTrace } from '../model/trace.js';

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
  /** Aborting it cancels the run. */
  signal: AbortSignal;
  trace: RunTrace;
  platform: PlatformInfo;
  progress: Progress;
  /** Hide a value in the platform's logs (core.setSecret on GitHub). */
  mask(value: string): void;
  /** The environment steps inherit (usually process.env). */
  env: Record<string, string | undefined>;
}
