import type { z } from 'zod';
import type { Finding } from '../findings/finding.js';
import type { PlatformInfo, TestCase } from '../engine/result.js';

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
  /** One line to the step's log (and console). Never pass a secret. */
  log(line: string): void;
  /** Hide a value from every log from now on (core.setSecret on GitHub). Call before anything could print it. */
  mask(value: string): void;
  /** Run `fn` as a child span named `name` (phase of the check). A no-op wrapper without tracing. */
  phase<T>(name: string, fn: () => Promise<T>, attributes?: Record<string, string | number | boolean>): Promise<T>;
}

export interface StepOutcome {
  /** Defaults to `passed`; findings are judged by the gate, not here. */
  status?: 'passed' | 'failed';
  /** Why it failed, when it did. */
  error?: string;
  findings: Finding[];
  cases?: TestCase[];
  artifacts?: string[];
  summary?: string;
}

export interface Check<O = unknown> {
  kind: string;
  description: string;
  /** zod schema for `with:`; holds the defaults. */
  options: z.ZodType<O>;
  run(ctx: CheckContext<O>): Promise<StepOutcome>;
}

/** Keeps the option type when listing heterogeneous checks. */
export function defineCheck<S extends z.ZodType>(check: {
  kind: string;
  description: string;
  options: S;
  run(ctx: CheckContext<z.output<S>>): Promise<StepOutcome>;
}): Check<z.output<S>> {
  return check as unknown as Check<z.output<S>>;
}
