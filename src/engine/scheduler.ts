// Runs a plan: every ready step starts as soon as a slot is free; a step whose need did not succeed is
// skipped with the reason; cancelling stops running steps and skips the rest. Always returns a result
// for every step of the plan, in plan order.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EngineContext } from './context.js';
import type { Plan, PlannedStep } from './plan.js';
import { createRedactor } from './redactor.js';
import type { StepResult } from '../model/result.js';
import { runStep } from './step-runner.js';

export type { EngineContext } from './context.js';

export interface SchedulerOptions {
  /** Seeds retry jitter (tests). */
  random?: () => number;
}

export async function runPlan(plan: Plan, ctx: EngineContext, opts: SchedulerOptions = {}): Promise<StepResult[]> {
  await mkdir(path.join(ctx.outputDir, 'logs'), { recursive: true });
  const redactor = ctx.redactor ?? (await createRedactor({ onSecret: (v) => ctx.mask(v) }));
  const results = new Map<string, StepResult>();
  const pending: PlannedStep[] = [...plan.steps];
  let running = 0;
  ctx.progress.runStarted(plan.steps.map((s) => s.id));

  const finish = (step: PlannedStep, result: StepResult, logFile?: string): void => {
    results.set(step.id, result);
    ctx.progress.stepFinished(result, logFile);
  };

  await new Promise<void>((resolve, reject) => {
    let failedBug = false;
    const pump = (): void => {
      if (failedBug) return;
      // Plan order is topological, so one pass also settles skips that cascade from skips made in it.
      for (let i = 0; i < pending.length;) {
        const step = pending[i]!;
        if (ctx.signal.aborted) {
          pending.splice(i, 1);
          finish(step, skipped(step, 'run cancelled'), undefined);
          ctx.trace.step(step.id, step.kind).end(results.get(step.id)!);
          continue;
        }
        const needs = step.needs.map((n) => results.get(n));
        if (needs.some((r) => r === undefined)) {
          i++;
          continue;
        }
        const blocked = blockedBy(needs as StepResult[]);
        if (blocked) {
          pending.splice(i, 1);
          finish(step, skipped(step, blocked), undefined);
          ctx.trace.step(step.id, step.kind).end(results.get(step.id)!);
          continue;
        }
        if (running >= ctx.concurrency) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        running++;
        start(step).then(
          () => {
            running--;
            pump();
          },
          (err: unknown) => {
            failedBug = true;
            reject(err instanceof Error ? err : new Error(String(err)));
          },
        );
      }
      if (pending.length === 0 && running === 0) {
        ctx.signal.removeEventListener('abort', pump);
        resolve();
      }
    };

    const start = async (step: PlannedStep): Promise<void> => {
      ctx.progress.stepStarted({ id: step.id, kind: step.kind });
      const trace = ctx.trace.step(step.id, step.kind);
      const logPath = `logs/${step.id}.log`;
      const result = await runStep(step, {
        ctx,
        trace,
        redactor,
        logPath,
        ...(opts.random ? { random: opts.random } : {}),
      });
      trace.end(result);
      finish(step, result, path.join(ctx.outputDir, logPath));
    };

    ctx.signal.addEventListener('abort', pump);
    pump();
  });

  await ctx.progress.flush();
  return plan.steps.map((s) => results.get(s.id)!);
}

/** Why a step cannot run given its needs' results, or undefined when it can. */
function blockedBy(needs: StepResult[]): string | undefined {
  const bad = needs.filter((r) => !(r.status === 'passed' || r.allowedFailure));
  if (bad.length === 0) return undefined;
  const what = (r: StepResult): string =>
    r.status === 'failed' ? 'failed' : r.status === 'timed-out' ? 'timed out' : r.status === 'cancelled' ? 'was cancelled' : 'was skipped';
  return `needs ${bad.map((r) => `${r.id}, which ${what(r)}`).join(', and ')}`;
}

function skipped(step: PlannedStep, reason: string): StepResult {
  return {
    id: step.id,
    kind: step.kind,
    needs: step.needs,
    status: 'skipped',
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
