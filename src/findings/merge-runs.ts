// `runlens merge`: the run.json of each shard of a sharded run → one RunResult, as if one job had run.
// A step run whole comes from the one shard that ran it; a split step's results (each shard's share of
// the items) are joined; what several shards reported alike counts once. A shard that left no run.json, or steps no
// shard reported, make the merged run fail with a note saying which; nothing is silently left out.
import { UsageError } from '../base/errors.js';
import type { Finding } from '../model/finding.js';
import type { MergedShard, RunCost, RunResult, RunStatus, StepCost, StepResult, StepStatus, TestCase, ToolRun } from '../model/result.js';
import { stepFailed, stepNotRun } from '../model/result.js';
import { countFindings, evaluateGate } from './gate.js';

export interface ShardRun {
  /** Where it was read from (for notes). */
  dir: string;
  /** Its run.json; undefined when the directory had none (the shard's job failed before writing it, or its artifact is missing). */
  run?: RunResult;
}

// Worst first: the merged status of a split step is its worst shard's.
const STATUS_RANK: StepStatus[] = ['failed', 'timed-out', 'cancelled', 'skipped', 'passed'];

export function mergeShardRuns(inputs: readonly ShardRun[], opts: { exitCodes: { passed: number; failed: number } }): RunResult {
  const present = inputs.filter((i): i is ShardRun & { run: RunResult } => i.run !== undefined);
  if (present.length === 0) throw new UsageError(`none of ${inputs.map((i) => i.dir).join(', ')} holds a run.json to merge`);
  for (const i of present)
    if (!i.run.shard)
      throw new UsageError(
        `${i.dir}/run.json is not a shard's run (it was not run with --shard I/N); merge combines the shards of one sharded run`,
      );
  const first = present[0]!.run;
  const total = first.shard!.total;
  const notes: string[] = [];
  const byIndex = new Map<number, ShardRun & { run: RunResult }>();
  for (const i of present) {
    const s = i.run.shard!;
    if (s.total !== total)
      throw new UsageError(
        `${i.dir} is shard ${s.index}/${s.total}, but ${present[0]!.dir} is of ${total} shards: these are not the shards of one run`,
      );
    const twin = byIndex.get(s.index);
    if (twin) throw new UsageError(`${twin.dir} and ${i.dir} are both shard ${s.index}/${total}; give each shard's output once`);
    byIndex.set(s.index, i);
  }
  for (const i of inputs.filter((x) => !x.run))
    notes.push(`${i.dir} has no run.json: that shard's job did not finish or its output was not collected.`);

  const merged: MergedShard[] = [];
  for (let index = 1; index <= total; index++) {
    const got = byIndex.get(index);
    merged.push(got ? { index, dir: got.dir, status: got.run.status } : { index, status: 'missing' });
    if (!got) notes.push(`shard ${index}/${total} is missing: no run.json of it was given to merge; its steps did not report.`);
    else if (got.run.status !== 'passed') notes.push(`shard ${index}/${total} (${got.dir}) ${got.run.status}.`);
  }

  const plan = first.shard!.plan;
  const steps: StepResult[] = [];
  for (const id of plan) {
    const parts = present.flatMap((i) => i.run.steps.filter((s) => s.id === id).map((s) => ({ step: s, index: i.run.shard!.index })));
    const split = present.some((i) => i.run.shard!.split.includes(id));
    if (parts.length === 0) {
      const owner = present.length < total ? 'its shard is missing' : 'no shard ran it';
      steps.push(stepNotRun({ id, kind: 'run', needs: [] }, 'cancelled', `did not report: ${owner}`));
      continue;
    }
    const step = parts.length === 1 && !split ? parts[0]!.step : joinSplit(parts, total);
    if (split && parts.length < total)
      step.reason = joinReason(step.reason, `only ${parts.length} of ${total} shards reported their share of its items`);
    steps.push(step);
  }

  const missing =
    merged.some((m) => m.status === 'missing') || steps.some((s) => s.status === 'cancelled' && s.reason?.startsWith('did not report'));
  const findings = steps.flatMap((s) => s.findings);
  const gate = evaluateGate(steps, first.gate.failOn);
  const anyStepFailed = steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
  const cancelled = present.some((i) => i.run.status === 'cancelled');
  const status: RunStatus = cancelled && !missing ? 'cancelled' : missing || anyStepFailed || !gate.passed ? 'failed' : 'passed';
  const startedAt = min(present.map((i) => i.run.startedAt));
  const finishedAt = max(present.map((i) => i.run.finishedAt));
  const traceIds = new Set(present.map((i) => i.run.traceId).filter(Boolean));
  if (traceIds.size > 1)
    notes.push(
      `the shards have ${traceIds.size} different trace ids: set telemetry.deterministic-trace-id (or run them in one CI run) so they share one trace.`,
    );
  for (const i of present) for (const n of i.run.notes) notes.push(total > 1 ? `shard ${i.run.shard!.index}/${total}: ${n}` : n);

  const result: RunResult = {
    version: first.version,
    runlensVersion: first.runlensVersion,
    name: first.name,
    status,
    startedAt,
    finishedAt,
    durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
    workspace: first.workspace,
    ...(first.configPath ? { configPath: first.configPath } : {}),
    outputDir: first.outputDir,
    dryRun: false,
    platform: { ...first.platform },
    steps,
    counts: countFindings(findings),
    gate,
    exitCode: status === 'passed' ? opts.exitCodes.passed : opts.exitCodes.failed,
    notes: [...new Set(notes)],
    ...(first.review ? { review: first.review } : {}),
    ...(traceIds.size >= 1 ? { traceId: [...traceIds][0]! } : {}),
    ...mergedCost(present.map((i) => i.run)),
    merged,
  };
  // One job's platform facts (its job URL) would mislead for a merged run.
  delete result.platform.job;
  delete result.platform.jobUrl;
  return result;
}

function joinSplit(parts: Array<{ step: StepResult; index: number }>, total: number): StepResult {
  parts.sort((a, b) => a.index - b.index);
  const steps = parts.map((p) => p.step);
  const base = steps[0]!;
  const status = STATUS_RANK.find((r) => steps.some((s) => s.status === r)) ?? 'passed';
  const reasons = parts.filter((p) => p.step.reason).map((p) => `shard ${p.index}/${total}: ${p.step.reason}`);
  const started = steps.map((s) => s.startedAt).filter((s): s is string => !!s);
  const summaries = [...new Set(steps.map((s) => s.summary).filter((s): s is string => !!s))];
  const warnings = [...new Set(steps.flatMap((s) => s.warnings ?? []))];
  const tools = uniqueBy(
    steps.flatMap((s) => s.tools ?? []),
    (t: ToolRun) => `${t.name}\0${t.category}`,
  );
  return {
    id: base.id,
    kind: base.kind,
    needs: base.needs,
    status,
    allowedFailure: steps.some((s) => s.allowedFailure) && stepFailed({ status }),
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
    ...(started.length ? { startedAt: min(started) } : {}),
    // The shards ran side by side: the step took as long as its slowest share.
    durationMs: Math.max(...steps.map((s) => s.durationMs)),
    attempts: steps.flatMap((s) => s.attempts),
    exitCode: steps.map((s) => s.exitCode).find((c) => c !== null && c !== 0) ?? base.exitCode,
    ...(base.logPath ? { logPath: base.logPath } : {}),
    findings: acrossShards(
      steps.map((s) => s.findings),
      (f: Finding) => `${f.tool}\0${f.ruleId}\0${f.fingerprint}\0${f.location?.path ?? ''}\0${f.location?.startLine ?? ''}`,
    ),
    cases: acrossShards(
      steps.map((s) => s.cases),
      (c: TestCase) => `${c.suite}\0${c.classname ?? ''}\0${c.name}`,
    ),
    artifacts: [...new Set(steps.flatMap((s) => s.artifacts))],
    ...(summaries.length ? { summary: summaries.join('\n\n') } : {}),
    ...(tools.length ? { tools } : {}),
    ...(warnings.length ? { warnings } : {}),
    ...(steps.every((s) => s.cached) ? { cached: true } : {}),
    ...stepCostSum(steps),
    shards: parts.map((p) => p.index),
  };
}

/** Each shard is a job of its own, billed on its own: the merged run costs what its shards cost together. */
function mergedCost(runs: RunResult[]): Pick<RunResult, 'cost'> {
  const costs = runs.map((r) => r.cost).filter((c): c is RunCost => c !== undefined);
  const first = costs[0];
  if (!first || costs.some((c) => c.currency !== first.currency)) return {};
  const sum = (f: (c: RunCost) => number | undefined) => Math.round(costs.reduce((a, c) => a + (f(c) ?? 0), 0) * 1e6) / 1e6;
  const cost: RunCost = {
    minutes: sum((c) => c.minutes),
    wallMinutes: sum((c) => c.wallMinutes),
    amount: sum((c) => c.amount),
    currency: first.currency,
    rate: first.rate,
    rateSource: first.rateSource,
    runner: first.runner,
    ...(first.costFactor !== undefined ? { costFactor: first.costFactor, computeMinutes: sum((c) => c.computeMinutes) } : {}),
    ...(first.base ? { base: first.base } : {}),
  };
  return { cost };
}

function stepCostSum(steps: StepResult[]): Pick<StepResult, 'cost'> {
  const costs = steps.map((s) => s.cost).filter((c): c is StepCost => c !== undefined);
  if (costs.length === 0 || costs.some((c) => c.currency !== costs[0]!.currency)) return {};
  const sum = (f: (c: StepCost) => number) => Math.round(costs.reduce((a, c) => a + f(c), 0) * 1e6) / 1e6;
  return { cost: { minutes: sum((c) => c.minutes), amount: sum((c) => c.amount), currency: costs[0]!.currency } };
}

/**
 * Each shard's items, in shard order, less what an earlier shard already reported: work every shard did
 * whole (a history scan, obsolete goldens) counts once, while one shard's own repeats (two findings that
 * share a fingerprint, as one job would report them) stay.
 */
function acrossShards<T>(perShard: T[][], key: (t: T) => string): T[] {
  const earlier = new Set<string>();
  const out: T[] = [];
  for (const items of perShard) {
    const keys = items.map(key);
    items.forEach((t, i) => {
      if (!earlier.has(keys[i]!)) out.push(t);
    });
    for (const k of keys) earlier.add(k);
  }
  return out;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function joinReason(a: string | undefined, b: string): string {
  return a ? `${a}; ${b}` : b;
}

const min = (xs: string[]): string => xs.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
const max = (xs: string[]): string => xs.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
