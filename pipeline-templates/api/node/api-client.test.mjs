import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalise } from './api-client.mjs';

test('lowercases emails and trims names', () => {
  assert.deepEqual(normalise({ id: 7, name: ' Ada ', email: 'ADA@X.org', active: true }), {
    id: 7,
    name: 'Ada',
    email: 'ada@x.org',
    active: 'true',
  });
});
