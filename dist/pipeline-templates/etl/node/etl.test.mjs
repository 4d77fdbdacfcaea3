import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transform } from './etl.mjs';

test('converts to EUR and sums per region', () => {
  const rows = [
    { order_id: '1', region: 'north', amount: '10', currency: 'USD' },
    { order_id: '2', region: 'north', amount: '5', currency: 'EUR' },
  ];
  assert.deepEqual(transform(rows, { EUR: 1, USD: 0.5 }).regions.north, { orders: 2, total_eur: 10 });
});

test('rejects rows without an amount', () => {
  const summary = transform([{ order_id: '1', region: 'x', amount: '', currency: 'EUR' }], { EUR: 1 });
  assert.equal(summary.rejected[0].order_id, '1');
});
