// What a run does differently when it is one shard of many (`--shard I/N`), resumes a previous run
// (`--resume`) or caches steps (`cache: true`): the plan it runs and what the scheduler is given.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { ShardSpec } from '../base/stable-shard.js';
import { realPathEscape } from '../base/workspace-path.js';
import { readRunJson } from '../ingest/run-json.js';
import type { RunResult, ShardInfo, StepResult } from '../model/result.js';
import { StepCache } from './cache.js';
import type { EngineContext } from './context.js';
import type { Plan } from './plan.js';
import { partition, recordedDurations, shardPlan } from './shard.js';

export interface ScaleOutOptions {
  shard?: ShardSpec;
  /** A previous run.json whose step durations balance the shards (every shard must be given the same one). */
  durations?: string;
  resume?: boolean;
  /** Absolute. */
  outputDir: string;
  /** Absolute; where `cache-dir` is relative to. */
  workspace: string;
  /** Absolute repository root: inputs' globs are relative to it. */
  root: string;
  cacheDir: string;
}

export interface ScaleOut {
  plan: Plan;
  engine: Pick<EngineContext, 'cache' | 'reuse' | 'shard'>;
  shard?: ShardInfo;
  /** Lines for the console: what is resumed, which shard this is. */
  log: string[];
}

export async function prepareScaleOut(full: Plan, opts: ScaleOutOptions): Promise<ScaleOut> {
  const log: string[] = [];
  const engine: ScaleOut['engine'] = {};
  let plan = full;
  let shard: ShardInfo | undefined;
  if (opts.shard && opts.shard.total > 1) {
    const durations = opts.durations ? recordedDurations(await readRun(opts.durations, '--durations')) : undefined;
    const part = partition(full, opts.shard.total, durations);
    plan = shardPlan(full, part, opts.shard.index);
    const mine = part.shards[opts.shard.index - 1]!.steps;
    shard = { index: opts.shard.index, total: opts.shard.total, plan: full.steps.map((s) => s.id), steps: mine, split: part.split };
    engine.shard = { spec: opts.shard, split: new Set(part.split) };
    log.push(
      `shard ${opts.shard.index}/${opts.shard.total}: ${mine.length ? mine.join(', ') : 'no whole steps'}` +
        (part.split.length ? `; its share of the items of ${part.split.join(', ')}` : ''),
    );
  } else if (opts.shard) {
    shard = { index: 1, total: 1, plan: full.steps.map((s) => s.id), steps: full.steps.map((s) => s.id), split: [] };
  }
  if (opts.resume) {
    const file = path.join(opts.outputDir, 'run.json');
    const previous = await readRun(file, '--resume');
    const ids = new Set(plan.steps.map((s) => s.id));
    const reuse = new Map<string, StepResult>();
    for (const s of previous.steps) if (ids.has(s.id) && s.status === 'passed') reuse.set(s.id, s);
    engine.reuse = reuse;
    const again = plan.steps.filter((s) => !reuse.has(s.id)).map((s) => s.id);
    log.push(
      `resuming ${path.relative(opts.workspace, file) || file}: keeping ${reuse.size} passed step${reuse.size === 1 ? '' : 's'}; running ${again.length ? again.join(', ') : 'nothing'}`,
    );
  }
  if (plan.steps.some((s) => s.cache)) {
    const cacheDir = path.resolve(opts.workspace, opts.cacheDir);
    // runlens.yml's `cache-dir` is judged on its text by the plan; a symlink out of the workspace is seen here.
    const escape = realPathEscape(opts.root, cacheDir);
    if (escape)
      throw new UsageError(
        `the step cache directory ${path.relative(opts.workspace, cacheDir) || '.'} cannot be used: ${escape}; point cache-dir at a directory inside the workspace`,
      );
    engine.cache = new StepCache(cacheDir, opts.root, [opts.outputDir]);
  }
  return { plan, engine, ...(shard ? { shard } : {}), log };
}

async function readRun(file: string, flag: string): Promise<RunResult> {
  if (!existsSync(file))
    throw new UsageError(
      flag === '--resume'
        ? `--resume: there is no run to resume (no ${file}); run without --resume first`
        : `${flag}: cannot read ${file}; give the run.json of a previous run`,
    );
  return readRunJson(file);
}
