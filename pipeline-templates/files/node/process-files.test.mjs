import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { manifest } from './process-files.mjs';

test('lists nested files with size and lines', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'files-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'a.txt'), 'x\ny\n');
  const [row] = manifest(dir);
  assert.deepEqual([row.path, row.bytes, row.lines], ['sub/a.txt', 4, 2]);
});
