// The engine's view of tracing. src/telemetry/ implements it with OpenTelemetry; without tracing
// the no-op below keeps the engine free of conditionals.
import type { Attempt, RunResult, StepResult } from './result.js';

export type SpanAttributes = Record<string, string | number | boolean>;

export interface StepTrace {
  /** Variables for the step's processes (TRACEPARENT, TRACESTATE) so their spans nest under this step. */
  readonly env: Record<string, string>;
  /** Runs `fn` inside a child span (a phase of a built-in check). */
  phase<T>(name: string, fn: () => Promise<T>, attributes?: SpanAttributes): Promise<T>;
  /** One event per attempt, retries included. */
  attempt(attempt: Attempt): void;
  end(result: StepResult): void;
}

export interface RunTrace {
  readonly traceId?: string;
  step(id: string, kind: string): StepTrace;
  /** Ends the run span and flushes, bounded in time; never throws. Returns warnings to show. */
  end(result: RunResult): Promise<string[]>;
}

const noopStep: StepTrace = {
  env: {},
  phase: (_name, fn) => fn(),
  attempt: () => undefined,
  end: () => undefined,
};

export const noopTrace: RunTrace = {
  step: () => noopStep,
  end: async () => [],
};
