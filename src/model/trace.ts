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

/** A phase of the run itself, over before it is recorded (the secret fetch, before any step starts). */
export interface RunPhase {
  startedAt: Date;
  endedAt: Date;
  /** Counts, names, schemes: never a secret's value. */
  attributes: SpanAttributes;
  /** Set when the phase failed in part: the span's status message (names only, never a value). */
  error?: string;
}

export interface RunTrace {
  readonly traceId?: string;
  step(id: string, kind: string): StepTrace;
  /** Records a finished run-level phase as a child span of the run span. Optional: a trace without phases omits it. */
  recordPhase?(name: string, phase: RunPhase): void;
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
