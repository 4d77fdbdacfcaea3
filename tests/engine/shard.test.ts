// The partition behind `runlens plan --shards N` and `runlens run --shard I/N`.
import { describe, expect, it } from 'vitest';
import { shardOfItem } from '../../src/base/stable-shard.js';
import { buildPlan } from '../../src/engine/plan.js';
import { parseShard, partition, shardPlan } from '../../src/engine/shard.js';
import { config } from '../support/engine.js';

const plan = buildPlan(
  config({
    build: { run: 'true' },
    test: { needs: 'build', run: 'true' },
    lint: { run: 'true' },
    docs: { run: 'true' },
    e2e: { run: 'true' },
    heavy: { run: 'true' },
    secrets: { uses: 'secrets' },
    deps: { needs: 'build', uses: 'deps' },
  }),
  { workspace: '/tmp' },
);

describe('partition', () => {
  it('keeps a step with what it needs and what needs it, in one shard', () => {
    const part = partition(plan, 3);
    const home = part.shards.find((s) => s.steps.includes('build'))!;
    expect(home.steps).toEqual(expect.arrayContaining(['build', 'test', 'deps']));
    expect(part.shards.flatMap((s) => s.steps).sort()).toEqual(['build', 'deps', 'docs', 'e2e', 'heavy', 'lint', 'test']);
  });

  it('splits a splitting check that stands alone, and runs one tied by needs whole', () => {
    const part = partition(plan, 3);
    expect(part.split).toEqual(['secrets']);
    expect(shardPlan(plan, part, 2).steps.map((s) => s.id)).toContain('secrets');
    expect(partition(plan, 1).split).toEqual([]);
  });

  it('balances by recorded durations: the long step gets a shard of its own', () => {
    const durations = new Map([
      ['heavy', 100_000],
      ['build', 1000],
      ['test', 1000],
      ['deps', 1000],
      ['lint', 1000],
      ['docs', 1000],
      ['e2e', 1000],
      ['secrets', 300],
    ]);
    const part = partition(plan, 2, durations);
    expect(part.weights).toBe('recorded durations');
    expect(part.shards.find((s) => s.steps.includes('heavy'))!.steps).toEqual(['heavy']);
    // Without durations, step counts balance: 3 + 4 whole steps.
    expect(
      partition(plan, 2)
        .shards.map((s) => s.steps.length)
        .sort(),
    ).toEqual([3, 4]);
  });

  it('is the same partition every time', () => {
    expect(partition(plan, 3)).toEqual(partition(plan, 3));
  });
});

describe('items', () => {
  it("keep their shard when other items come and go (a hash of the item's name alone)", () => {
    const files = Array.from({ length: 200 }, (_, i) => `src/file-${i}.ts`);
    const before = new Map(files.map((f) => [f, shardOfItem(f, 4)]));
    const counts = [1, 2, 3, 4].map((n) => [...before.values()].filter((s) => s === n).length);
    expect(Math.min(...counts)).toBeGreaterThan(25);
    for (const f of files) expect(shardOfItem(f, 4)).toBe(before.get(f));
  });

  it('parses I/N and rejects what is not a shard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(() => parseShard('0/4')).toThrow(/not a shard/);
    expect(() => parseShard('5/4')).toThrow(/not a shard/);
    expect(() => parseShard('two')).toThrow(/not a shard/);
  });
});
