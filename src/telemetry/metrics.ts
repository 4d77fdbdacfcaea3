// What a run is worth as OpenTelemetry metrics: the catalogue of instruments (named after the CI/CD
// semantic conventions where they define a metric, runlens-prefixed where they don't) and the
// measurements of one finished RunResult. Pure data: no SDK here, so writing metrics.jsonl loads none;
// metrics-export.ts records the same measurements through the OpenTelemetry metrics SDK for OTLP.
// The README's metrics table lists this catalogue (tests/telemetry/metrics.test.ts keeps the two in step).
import type { RunResult, StepResult, StepStatus } from '../model/result.js';
import { stepFailed } from '../model/result.js';
import {
  ATTR_CICD_PIPELINE_NAME,
  ATTR_CICD_PIPELINE_RESULT,
  ATTR_CICD_PIPELINE_RUN_STATE,
  ATTR_CICD_PIPELINE_TASK_NAME,
  ATTR_CICD_PIPELINE_TASK_RUN_RESULT,
  ATTR_CICD_SYSTEM_COMPONENT,
  ATTR_ERROR_TYPE,
  type CicdResult,
} from './semconv.js';

export type InstrumentKind = 'histogram' | 'counter' | 'gauge';

export interface Instrument {
  name: string;
  kind: InstrumentKind;
  /** UCUM, as the semantic conventions write it (`s`, `By`, `{run}`). */
  unit: string;
  description: string;
  /** Whole numbers (counts, bytes) are sent as integers. */
  integer: boolean;
  /** Defined by the OpenTelemetry CI/CD semantic conventions (release candidates), not by runlens. */
  semconv: boolean;
  /** The attributes its data points carry (the README lists them). */
  attributes: readonly string[];
}

/**
 * Bucket bounds of the duration histograms, in seconds: CI work takes from a fraction of a second (a
 * lint) to hours (a release build). The same bounds for runs and steps, so the two compare.
 */
export const DURATION_BUCKETS: readonly number[] = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200];

const PIPELINE = ATTR_CICD_PIPELINE_NAME;
const TASK = ATTR_CICD_PIPELINE_TASK_NAME;
const TASK_RESULT = ATTR_CICD_PIPELINE_TASK_RUN_RESULT;

const instrument = (i: Instrument): Instrument => i;

/** Every instrument, in the order they are exported. */
export const INSTRUMENTS = {
  runDuration: instrument({
    name: 'cicd.pipeline.run.duration',
    kind: 'histogram',
    unit: 's',
    description: 'Duration of a pipeline run grouped by pipeline, state and result.',
    integer: false,
    semconv: true,
    attributes: [PIPELINE, ATTR_CICD_PIPELINE_RUN_STATE, ATTR_CICD_PIPELINE_RESULT, ATTR_ERROR_TYPE],
  }),
  runErrors: instrument({
    name: 'cicd.pipeline.run.errors',
    kind: 'counter',
    unit: '{error}',
    description: 'The number of errors encountered in pipeline runs (eg. compile, test failures).',
    integer: true,
    semconv: true,
    attributes: [PIPELINE, ATTR_ERROR_TYPE],
  }),
  systemErrors: instrument({
    name: 'cicd.system.errors',
    kind: 'counter',
    unit: '{error}',
    description: 'The number of errors in a component of the CI/CD system (eg. controller, scheduler, agent).',
    integer: true,
    semconv: true,
    attributes: [ATTR_CICD_SYSTEM_COMPONENT, ATTR_ERROR_TYPE],
  }),
  runs: instrument({
    name: 'runlens.runs',
    kind: 'counter',
    unit: '{run}',
    description: 'Pipeline runs, by result.',
    integer: true,
    semconv: false,
    attributes: [PIPELINE, ATTR_CICD_PIPELINE_RESULT],
  }),
  stepDuration: instrument({
    name: 'runlens.step.duration',
    kind: 'histogram',
    unit: 's',
    description: 'Duration of a step (task run), retries included, by task and result; steps that did not run this time are left out.',
    integer: false,
    semconv: false,
    attributes: [PIPELINE, TASK, TASK_RESULT, 'runlens.step.kind'],
  }),
  steps: instrument({
    name: 'runlens.steps',
    kind: 'counter',
    unit: '{step}',
    description: 'Steps (task runs), by task and result (skip and cancellation included).',
    integer: true,
    semconv: false,
    attributes: [PIPELINE, TASK, TASK_RESULT, 'runlens.step.kind'],
  }),
  stepRetries: instrument({
    name: 'runlens.step.retries',
    kind: 'counter',
    unit: '{retry}',
    description: 'Attempts of a step beyond its first: how often the step needed a retry.',
    integer: true,
    semconv: false,
    attributes: [PIPELINE, TASK],
  }),
  findings: instrument({
    name: 'runlens.findings',
    kind: 'counter',
    unit: '{finding}',
    description: 'Findings of the run, by severity and the tool that reported them.',
    integer: true,
    semconv: false,
    attributes: [PIPELINE, 'runlens.finding.severity', 'runlens.finding.tool'],
  }),
  cost: instrument({
    name: 'runlens.cost',
    kind: 'counter',
    unit: '{cost}',
    description: "What each step cost on its runner (its share of the job's billed minutes × the rate), in runlens.cost.currency.",
    integer: false,
    semconv: false,
    attributes: [PIPELINE, TASK, 'runlens.cost.currency'],
  }),
  costMinutes: instrument({
    name: 'runlens.cost.minutes',
    kind: 'counter',
    unit: 'min',
    description: "Billed runner minutes attributed to each step (they add up to the job's).",
    integer: false,
    semconv: false,
    attributes: [PIPELINE, TASK],
  }),
  cpuTime: instrument({
    name: 'runlens.step.cpu.time',
    kind: 'counter',
    unit: 's',
    description: "CPU time of a `run:` step's process tree, by mode (user, system).",
    integer: false,
    semconv: false,
    attributes: [PIPELINE, TASK, 'cpu.mode'],
  }),
  memoryPeak: instrument({
    name: 'runlens.step.memory.peak',
    kind: 'gauge',
    unit: 'By',
    description: "The largest resident memory of a `run:` step's process tree seen at once.",
    integer: true,
    semconv: false,
    attributes: [PIPELINE, TASK],
  }),
} as const;

export type Attributes = Record<string, string>;

export interface Measurement {
  instrument: Instrument;
  value: number;
  attributes: Attributes;
}

/** A failure of runlens's own machinery (the trace exporter) during the run: `cicd.system.errors`. */
export interface SystemError {
  component: string;
  /** Low-cardinality: an HTTP status, an error code, `timeout`. */
  type: string;
}

const TASK_RESULTS: Record<StepStatus, CicdResult> = {
  passed: 'success',
  failed: 'failure',
  'timed-out': 'timeout',
  cancelled: 'cancellation',
  skipped: 'skip',
};

/** The measurements of one run, in catalogue order; the same counter and attributes twice add up. */
export function runMeasurements(run: RunResult, systemErrors: readonly SystemError[] = []): Measurement[] {
  const out: Measurement[] = [];
  const pipeline = { [PIPELINE]: run.name };
  const add = (instrument: Instrument, value: number, attributes: Attributes) => out.push({ instrument, value, attributes });
  const result = runResult(run);
  const runError = runErrorType(run);

  add(INSTRUMENTS.runDuration, run.durationMs / 1000, {
    ...pipeline,
    // runlens measures the run from its first step to its last: the executing state.
    [ATTR_CICD_PIPELINE_RUN_STATE]: 'executing',
    [ATTR_CICD_PIPELINE_RESULT]: result,
    ...(runError ? { [ATTR_ERROR_TYPE]: runError } : {}),
  });
  // Every error, the tolerated ones (continue-on-error) too, as the convention counts them.
  for (const step of run.steps)
    if (stepFailed(step)) add(INSTRUMENTS.runErrors, 1, { ...pipeline, [ATTR_ERROR_TYPE]: stepErrorType(step) });
  if (!run.gate.passed) add(INSTRUMENTS.runErrors, 1, { ...pipeline, [ATTR_ERROR_TYPE]: 'gate_failed' });
  if (budgetFailed(run)) add(INSTRUMENTS.runErrors, 1, { ...pipeline, [ATTR_ERROR_TYPE]: 'budget_exceeded' });
  for (const e of systemErrors) add(INSTRUMENTS.systemErrors, 1, { [ATTR_CICD_SYSTEM_COMPONENT]: e.component, [ATTR_ERROR_TYPE]: e.type });
  add(INSTRUMENTS.runs, 1, { ...pipeline, [ATTR_CICD_PIPELINE_RESULT]: result });

  for (const step of run.steps) {
    const task = { ...pipeline, [TASK]: step.id };
    const byResult = { ...task, [TASK_RESULT]: TASK_RESULTS[step.status], 'runlens.step.kind': step.kind };
    if (ranThisTime(step)) add(INSTRUMENTS.stepDuration, step.durationMs / 1000, byResult);
    add(INSTRUMENTS.steps, 1, byResult);
    if (step.attempts.length > 1 && ranThisTime(step)) add(INSTRUMENTS.stepRetries, step.attempts.length - 1, task);
  }
  for (const step of run.steps)
    for (const f of step.findings)
      add(INSTRUMENTS.findings, 1, { ...pipeline, 'runlens.finding.severity': f.severity, 'runlens.finding.tool': f.tool });
  for (const step of run.steps) {
    if (!step.cost) continue;
    add(INSTRUMENTS.cost, step.cost.amount, { ...pipeline, [TASK]: step.id, 'runlens.cost.currency': step.cost.currency });
  }
  for (const step of run.steps) if (step.cost) add(INSTRUMENTS.costMinutes, step.cost.minutes, { ...pipeline, [TASK]: step.id });
  for (const step of run.steps) {
    if (!step.usage || !ranThisTime(step)) continue;
    add(INSTRUMENTS.cpuTime, step.usage.cpuUserSeconds, { ...pipeline, [TASK]: step.id, 'cpu.mode': 'user' });
    add(INSTRUMENTS.cpuTime, step.usage.cpuSystemSeconds, { ...pipeline, [TASK]: step.id, 'cpu.mode': 'system' });
  }
  for (const step of run.steps)
    if (step.usage && ranThisTime(step)) add(INSTRUMENTS.memoryPeak, step.usage.peakRssBytes, { ...pipeline, [TASK]: step.id });
  return out;
}

/** `cicd.pipeline.result` of the run, as its span has it. */
export function runResult(run: RunResult): CicdResult {
  return run.status === 'passed' ? 'success' : run.status === 'cancelled' ? 'cancellation' : 'failure';
}

/** error.type of a failed run, as its span has it: a step failed, else the findings gate, else the budget. */
function runErrorType(run: RunResult): string | undefined {
  if (run.status !== 'failed') return undefined;
  if (run.steps.some((s) => stepFailed(s) && !s.allowedFailure)) return 'step_failed';
  if (!run.gate.passed) return 'gate_failed';
  return budgetFailed(run) ? 'budget_exceeded' : '_OTHER';
}

function budgetFailed(run: RunResult): boolean {
  return run.budget?.exceeded === true && run.budget.onExceed === 'fail';
}

/** Low-cardinality, as error.type asks (and as the step's span has it): `timeout`, a signal name, or the exit code. */
export function stepErrorType(step: StepResult): string {
  if (step.status === 'timed-out') return 'timeout';
  const last = step.attempts.at(-1);
  if (last?.signal) return last.signal;
  if (step.exitCode !== null && step.exitCode !== undefined) return `exit_code_${step.exitCode}`;
  return '_OTHER';
}

/** Steps replayed from the cache or kept by --resume did not run: their old durations and usage are not this run's. */
function ranThisTime(step: StepResult): boolean {
  return step.status !== 'skipped' && !step.cached && !step.resumed && step.startedAt !== undefined;
}

/** `HTTP 404 Not Found: …` → `404`; `connection refused (ECONNREFUSED)` → `ECONNREFUSED`; `no answer within …` → `timeout`. */
export function exportErrorType(reason: string): string {
  const status = /^HTTP (\d{3})\b/.exec(reason)?.[1];
  if (status) return status;
  if (/^no answer within/.test(reason)) return 'timeout';
  return /\((E[A-Z_]+)\)$/.exec(reason)?.[1] ?? '_OTHER';
}
