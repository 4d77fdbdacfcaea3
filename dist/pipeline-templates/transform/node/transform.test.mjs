import assert from 'node:assert/strict';
import { test } from 'node:test';
import { movingAverage, zscore } from './transform.mjs';

test('moving average uses the points so far at the start', () => {
  assert.deepEqual(movingAverage([1, 2, 3, 4], 2), [1, 1.5, 2.5, 3.5]);
});

test('z-score has mean zero', () => {
  assert.ok(Math.abs(zscore([1, 2, 6]).reduce((a, b) => a + b, 0)) < 1e-12);
});
