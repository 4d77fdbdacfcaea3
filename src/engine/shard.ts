// Sharding a pipeline across CI jobs (`runlens plan --shards N`, `runlens run --shard I/N`). Work is
// divided at two levels:
//   - steps: the plan's weakly connected groups (a step and everything it needs or that needs it run in
//     one job, so `needs` holds without running anything twice), placed longest first on the least
//     loaded shard. Weights are the durations a previous run.json recorded, when one is given.
//   - items: a step of a check that `splits` (secrets files, semgrep targets, lockfiles, golden cases) and
//     that stands alone in the DAG runs in every shard, each keeping the items a stable hash of the item
//     name gives it (`inShard` in checks/check.ts), so a file's shard never moves when others change.
// Every job computes the same partition from the same config (and durations file): no coordination.
import { UsageError } from '../base/errors.js';
import type { ShardSpec } from '../base/stable-shard.js';
import { findCheck } from '../checks/registry.js';
import type { RunResult } from '../model/result.js';
import type { Plan, PlannedStep } from './plan.js';

export type { ShardSpec } from '../base/stable-shard.js';

export const MAX_SHARDS = 256;

export interface Shard {
  /** 1-based. */
  index: number;
  /** Steps this shard runs whole, in plan order. */
  steps: string[];
  /** Estimated milliseconds of work (whole steps plus its share of the split ones). */
  estimateMs: number;
}

export interface Partition {
  total: number;
  shards: Shard[];
  /** Steps every shard runs, each on its share of the items. */
  split: string[];
  /** Where the weights came from. */
  weights: 'recorded durations' | 'step counts';
}

/** `I/N` as typed on a command line or in RUNLENS_SHARD. */
export function parseShard(text: string, source = '--shard'): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || total > MAX_SHARDS || index < 1 || index > total)
    throw new UsageError(`${source} "${text}" is not a shard: write I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}, e.g. 2/4`);
  return { index, total };
}

/** GitLab `parallel: N` jobs: CI_NODE_INDEX (1-based) of CI_NODE_TOTAL. */
export function shardFromCiNode(env: Record<string, string | undefined>): ShardSpec {
  const index = env.CI_NODE_INDEX?.trim();
  const total = env.CI_NODE_TOTAL?.trim();
  if (!index || !total)
    throw new UsageError(
      '--shard without I/N reads CI_NODE_INDEX and CI_NODE_TOTAL (a GitLab job with `parallel:`), and they are not set; write --shard I/N',
    );
  return parseShard(`${index}/${total}`, 'CI_NODE_INDEX/CI_NODE_TOTAL');
}

export function parseShardCount(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS)
    throw new UsageError(`--shards "${text}" is not a number of shards from 1 to ${MAX_SHARDS}`);
  return n;
}

/** Step id → milliseconds, from a previous run.json (a merged one holds every step). */
export function recordedDurations(run: Pick<RunResult, 'steps'>): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of run.steps) if (s.status !== 'skipped' && !s.cached && !s.resumed) m.set(s.id, s.durationMs);
  return m;
}

/** Whether a step's items are split across shards: its check splits, and nothing in the plan ties it to another step. */
function splits(step: PlannedStep, dependants: Set<string>): boolean {
  if (step.kind === 'run' || step.needs.length > 0 || dependants.has(step.id)) return false;
  return findCheck(step.kind)?.splits !== undefined;
}

export function partition(plan: Plan, total: number, durations?: ReadonlyMap<string, number>): Partition {
  const dependants = new Set(plan.steps.flatMap((s) => s.needs));
  const split = plan.steps.filter((s) => total > 1 && splits(s, dependants)).map((s) => s.id);
  const splitSet = new Set(split);
  const known = [...(durations?.values() ?? [])].sort((a, b) => a - b);
  const useDurations = known.length > 0;
  // A step the durations file does not know (new since) weighs as the median known step.
  const fallback = useDurations ? known[Math.floor(known.length / 2)]! : 1;
  const weight = (id: string): number => (useDurations ? (durations!.get(id) ?? fallback) : 1);

  // Weakly connected groups of the whole steps, by union-find over `needs`.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const whole = plan.steps.filter((s) => !splitSet.has(s.id));
  for (const s of whole) parent.set(s.id, s.id);
  for (const s of whole) for (const n of s.needs) if (parent.has(n)) parent.set(find(s.id), find(n));
  const order = new Map(plan.steps.map((s, i) => [s.id, i]));
  const groups = new Map<string, string[]>();
  for (const s of whole) {
    const r = find(s.id);
    groups.set(r, [...(groups.get(r) ?? []), s.id]);
  }

  const splitShare = split.reduce((sum, id) => sum + weight(id), 0) / Math.max(1, total);
  const shards: Shard[] = Array.from({ length: total }, (_, i) => ({ index: i + 1, steps: [], estimateMs: splitShare }));
  const sorted = [...groups.values()]
    .map((ids) => ({ ids, w: ids.reduce((sum, id) => sum + weight(id), 0), first: order.get(ids[0]!)! }))
    // Longest first; ties in plan order, so the partition depends on the plan alone.
    .sort((a, b) => b.w - a.w || a.first - b.first);
  for (const g of sorted) {
    const target = shards.reduce((best, s) => (s.estimateMs < best.estimateMs ? s : best), shards[0]!);
    target.steps.push(...g.ids);
    target.estimateMs += g.w;
  }
  for (const s of shards) s.steps.sort((a, b) => order.get(a)! - order.get(b)!);
  return { total, shards, split, weights: useDurations ? 'recorded durations' : 'step counts' };
}

/** The plan one shard runs: its whole steps and the split ones, in plan order, levels recomputed. */
export function shardPlan(plan: Plan, part: Partition, index: number): Plan {
  const keep = new Set([...part.shards[index - 1]!.steps, ...part.split]);
  const steps = plan.steps.filter((s) => keep.has(s.id));
  const levels: string[][] = [];
  for (const s of steps) (levels[s.level] ??= []).push(s.id);
  return { steps, levels: levels.filter((l) => l && l.length > 0) };
}

/** What `runlens plan --shards N` prints by default. */
export function formatPartition(part: Partition): string {
  const lines = [`${part.total} shard${part.total === 1 ? '' : 's'}, balanced by ${part.weights}`];
  const ms = (n: number): string => (part.weights === 'recorded durations' ? ` (~${Math.round(n)} ms)` : '');
  for (const s of part.shards) lines.push(`shard ${s.index}/${part.total}${ms(s.estimateMs)}: ${s.steps.join(', ') || '(no whole steps)'}`);
  if (part.split.length) lines.push(`split across every shard by item: ${part.split.join(', ')}`);
  return lines.join('\n');
}

/** For `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`: one entry per shard. */
export function githubMatrix(part: Partition): string {
  return JSON.stringify({
    include: part.shards.map((s) => ({ shard: `${s.index}/${part.total}`, index: s.index, total: part.total, steps: s.steps.join(' ') })),
  });
}

/** For a GitLab job: `parallel: N` (each job then runs `runlens run --shard`, reading CI_NODE_INDEX/CI_NODE_TOTAL). */
export function gitlabParallel(part: Partition): string {
  return [
    ...part.shards.map((s) => `# shard ${s.index}/${part.total}: ${s.steps.join(', ') || '(no whole steps)'}`),
    ...(part.split.length ? [`# split across every shard by item: ${part.split.join(', ')}`] : []),
    `parallel: ${part.total}`,
  ].join('\n');
}
