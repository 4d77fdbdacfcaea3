import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, backoffCeiling, backoffDelay, sleep } from '../../src/engine/backoff.js';

/** mulberry32: a tiny seeded PRNG, so the jitter is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('backoff', () => {
  it('doubles the ceiling with each retry, starting at the base', () => {
    expect([1, 2, 3, 4].map((r) => backoffCeiling(r, 1000))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('caps the ceiling', () => {
    expect(backoffCeiling(30, 1000)).toBe(MAX_BACKOFF_MS);
    expect(backoffCeiling(5, 1000, 3000)).toBe(3000);
  });

  it('never caps below the configured base', () => {
    expect(backoffCeiling(1, 10 * MAX_BACKOFF_MS)).toBe(10 * MAX_BACKOFF_MS);
  });

  it('draws each delay below its ceiling (full jitter)', () => {
    const random = seeded(7);
    for (let retry = 1; retry <= 8; retry++) {
      const d = backoffDelay(retry, 500, { random });
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(backoffCeiling(retry, 500));
    }
  });

  it('grows on average as retries go on, with a seeded random', () => {
    const random = seeded(42);
    const mean = (retry: number): number => {
      let sum = 0;
      for (let i = 0; i < 2000; i++) sum += backoffDelay(retry, 1000, { random });
      return sum / 2000;
    };
    const means = [1, 2, 3, 4, 5].map(mean);
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]! * 1.6);
  });

  it('uses the top of the range when random returns just under 1', () => {
    expect(backoffDelay(3, 1000, { random: () => 0.999999 })).toBe(3999);
  });

  it('stops waiting with false when the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
  });
});
