// Runs a plan: every ready step starts as soon as a slot is free; a step whose need did not succeed is
// skipped with the reason; cancelling stops running steps and skips the rest. Always returns a result
// for every step of the plan, in plan order.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EngineContext } from './context.js';
import type { Plan, PlannedStep } from './plan.js';
import { createRedactor } from './redactor.js';
import { stepNotRun, type StepResult } from '../model/result.js';
import { runStep } from './step-runner.js';
import { listChangedFiles, needsChangedFiles, renderEnv, skipReason } from './conditions.js';
import type { RunState } from './conditions.js';
import { recordWrite } from '../base/written-files.js';

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
  // Running combinations per matrix step, for `max-parallel`.
  const runningOf = new Map<string, number>();
  const outputs = new Map<string, Record<string, string>>();
  const state: RunState = {
    env: ctx.env,
    platform: ctx.platform,
    results,
    outputs,
    cancelling: false,
    ...(needsChangedFiles(plan) ? { changedFiles: await listChangedFiles(ctx.workspace, ctx.platform.baseSha) } : {}),
  };
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
          finish(step, stepNotRun(step, 'skipped', 'run cancelled'), undefined);
          ctx.trace.step(step.id, step.kind).end(results.get(step.id)!);
          continue;
        }
        const needs = step.needs.map((n) => results.get(n));
        if (needs.some((r) => r === undefined)) {
          i++;
          continue;
        }
        // A required secret that could not be fetched: nothing runs; the steps that list one fail, the rest are skipped.
        const runBlocked = ctx.secrets?.blocked;
        const blocked = runBlocked ? undefined : (step.refused ?? skipReason(step, state));
        if (blocked) {
          pending.splice(i, 1);
          finish(step, stepNotRun(step, 'skipped', blocked), undefined);
          ctx.trace.step(step.id, step.kind).end(results.get(step.id)!);
          continue;
        }
        const notRun = secretsFailure(step, ctx) ?? (runBlocked ? stepNotRun(step, 'skipped', runBlocked) : undefined);
        if (notRun) {
          pending.splice(i, 1);
          finish(step, notRun, undefined);
          ctx.trace.step(step.id, step.kind).end(notRun);
          continue;
        }
        const group = step.matrix?.of;
        const cap = step.matrix?.maxParallel;
        if (running >= ctx.concurrency || (group && cap && (runningOf.get(group) ?? 0) >= cap)) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        running++;
        if (group) runningOf.set(group, (runningOf.get(group) ?? 0) + 1);
        start(step).then(
          () => {
            running--;
            if (group) runningOf.set(group, runningOf.get(group)! - 1);
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
      const logPath = `logs/${fileSafe(step.id)}.log`;
      const logFile = path.join(ctx.outputDir, logPath);
      const kept = ctx.reuse?.get(step.id);
      if (kept) {
        // --resume: it passed in the run being resumed; its log is still in the output dir.
        const result: StepResult = { ...kept, resumed: true };
        trace.end(result);
        finish(step, result, logFile);
        return;
      }
      const shard = ctx.shard?.split.has(step.id) ? ctx.shard.spec : undefined;
      // `${{ … }}` env values are rendered first: the cache key hashes the values the step will see.
      const env = renderEnv(step, state);
      const lookup = step.cache && ctx.cache ? await ctx.cache.lookup({ ...step, env }, shard) : undefined;
      if (lookup?.hit) {
        await writeFile(logFile, lookup.hit.log);
        recordWrite(logFile);
        const replayed = lookup.hit.result;
        const result: StepResult = {
          ...replayed,
          logPath,
          cached: true,
          startedAt: new Date().toISOString(),
          // Every report marks what was replayed: the findings carry it too (SARIF result properties).
          findings: replayed.findings.map((f) => ({ ...f, properties: { ...f.properties, cached: true } })),
        };
        delete result.resumed;
        trace.end(result);
        finish(step, result, logFile);
        return;
      }
      const secrets = step.secrets && ctx.secrets?.forStep(step.secrets);
      const result = await runStep(step, {
        ctx,
        trace,
        redactor,
        logPath,
        env,
        ...(secrets && 'env' in secrets ? { secretEnv: secrets.env } : {}),
        onOutputs: (o) => outputs.set(step.id, o),
        ...(shard ? { shard } : {}),
        ...(opts.random ? { random: opts.random } : {}),
      });
      if (lookup && ctx.cache) await ctx.cache.store(lookup.key, result, logFile);
      trace.end(result);
      finish(step, result, logFile);
    };

    ctx.signal.addEventListener('abort', pump);
    pump();
  });

  await ctx.progress.flush();
  return plan.steps.map((s) => results.get(s.id)!);
}

/**
 * A step that lists a secret that could not be fetched fails when it would start, without starting;
 * the steps that need it are then skipped as usual.
 */
function secretsFailure(step: PlannedStep, ctx: EngineContext): StepResult | undefined {
  if (!step.secrets?.length || !ctx.secrets || step.refused) return undefined;
  const got = ctx.secrets.forStep(step.secrets);
  if (!('error' in got)) return undefined;
  const result = stepNotRun(step, 'skipped', got.error);
  // A failed required secret fails the run: continue-on-error does not excuse it.
  return { ...result, status: 'failed', allowedFailure: step.continueOnError && !ctx.secrets.blocked };
}

/** A matrix combination's id (`test (python=3.11, os=a)`) as a file name. */
function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9._=,-]+/g, '_').replace(/_+$/, '');
}
