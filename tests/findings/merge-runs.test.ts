// mergeShardRuns: the shards' RunResults → one, as if one job had run.
import { describe, expect, it } from 'vitest';
import { mergeShardRuns } from '../../src/findings/merge-runs.js';
import type { RunResult, StepResult } from '../../src/model/result.js';
import { finding, run, step, testCase } from '../support/run-result.js';

const exitCodes = { passed: 0, failed: 1 };
const plan = ['build', 'scan'];

function shard(index: number, steps: StepResult[], over: Partial<RunResult> = {}): RunResult {
  const split = ['scan'];
  return run({
    steps,
    shard: { index, total: 2, plan, steps: steps.filter((s) => !split.includes(s.id)).map((s) => s.id), split },
    ...over,
  });
}

describe('mergeShardRuns', () => {
  it("joins a split step's shares: the same finding from two shards counts once, one shard's repeats stay", () => {
    const shared = finding({ stepId: 'scan', severity: 'low' });
    const twin = { ...finding({ stepId: 'scan', severity: 'low' }), fingerprint: 'same' };
    const twinElsewhere = { ...twin, location: { path: 'src/other.py', startLine: 3 } };
    const a = shard(1, [step({ id: 'build' }), step({ id: 'scan', findings: [shared, twin, twinElsewhere], cases: [testCase()] })]);
    const b = shard(2, [step({ id: 'scan', findings: [shared], cases: [testCase(), testCase({ name: 'other' })] })]);
    const merged = mergeShardRuns(
      [
        { dir: 'a', run: a },
        { dir: 'b', run: b },
      ],
      { exitCodes },
    );
    const scan = merged.steps.find((s) => s.id === 'scan')!;
    expect(scan.findings).toHaveLength(3);
    expect(scan.cases.map((c) => c.name).sort()).toEqual(['other', 'reads an empty line']);
    expect(scan.shards).toEqual([1, 2]);
    expect(merged.steps.map((s) => s.id)).toEqual(plan);
    expect(merged.counts.total).toBe(3);
    expect(merged.status).toBe('passed');
  });

  it('fails on a failed share, naming its shard', () => {
    const a = shard(1, [step({ id: 'build' }), step({ id: 'scan' })]);
    const b = shard(2, [step({ id: 'scan', status: 'failed', reason: 'scanner crashed' })]);
    const merged = mergeShardRuns(
      [
        { dir: 'a', run: a },
        { dir: 'b', run: b },
      ],
      { exitCodes },
    );
    expect(merged.steps.find((s) => s.id === 'scan')).toMatchObject({ status: 'failed', reason: 'shard 2/2: scanner crashed' });
    expect(merged).toMatchObject({ status: 'failed', exitCode: 1 });
  });
});
