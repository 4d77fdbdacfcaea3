// The engine's live-progress port: the console reporter (src/report/progress.ts) implements it.
import type { Attempt, StepResult } from './result.js';

export interface Progress {
  /** Every step id of the plan, before any starts (the stream prefixes are padded to the longest). */
  runStarted(stepIds: string[]): void;
  stepStarted(step: { id: string; kind: string }): void;
  /** One line of a step's output (already masked). */
  stepOutput(stepId: string, line: string): void;
  stepRetrying(stepId: string, failed: Attempt, next: { attempt: number; of: number; delayMs: number }): void;
  /** `logFile`: absolute path of the step's log, replayed in `grouped` order. */
  stepFinished(result: StepResult, logFile?: string): void;
  /** Resolves once everything reported so far is written (grouped replays read the logs asynchronously). */
  flush(): Promise<void>;
  /** Prints the closing table once everything before it is written. */
  runFinished(results: StepResult[]): Promise<void>;
}
