// A run.json read back (--resume, --durations, merge, report history, --base-run) that is damaged or is not
// runlens's is an InputError at its line and column, never a TypeError further on (issue 16).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { readRunJson } from '../../src/ingest/run-json.js';
import { mergeShards } from '../../src/commands/merge.js';
import { localPlatform } from '../../src/platform/local.js';

function file(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-runjson-'));
  const f = path.join(dir, 'run.json');
  writeFileSync(f, text);
  return f;
}

const GOOD = {
  version: 1,
  name: 'p',
  status: 'passed',
  startedAt: '2026-11-30T00:00:00.000Z',
  durationMs: 5,
  steps: [{ id: 'a', status: 'passed', durationMs: 5, findings: [] }],
};

describe('readRunJson', () => {
  it('reads a run.json runlens wrote', async () => {
    expect((await readRunJson(file(JSON.stringify(GOOD)))).steps[0]!.id).toBe('a');
  });

  it.each([
    ['not JSON', '{"version": 1,\n  "steps": [', /run\.json:\d+:\d+: /],
    ['not an object', '[1, 2]', /run\.json:1:1: is not a runlens run\.json/],
    ['steps not a list', JSON.stringify({ ...GOOD, steps: 3 }, null, 2), /run\.json:7:12: "steps" should be a list/],
    [
      'a step without an id',
      JSON.stringify({ ...GOOD, steps: [{ status: 'passed', durationMs: 1 }] }, null, 2),
      /steps\[0\]\.id should be a string/,
    ],
    [
      'findings not a list',
      JSON.stringify({ ...GOOD, steps: [{ id: 'a', status: 'passed', durationMs: 1, findings: 'x' }] }, null, 2),
      /steps\[0\]\.findings should be a list/,
    ],
    ['a newer format', JSON.stringify({ ...GOOD, version: 99 }), /newer runlens/],
    // Found by tests/fuzz/run-json.test.ts: `report history` failed with "r.platform?.sha?.slice is not a function".
    [
      'a platform sha that is a number',
      JSON.stringify({ ...GOOD, platform: { kind: 'local', sha: 42 } }, null, 2),
      /run\.json:\d+:\d+: "platform\.sha" should be a string/,
    ],
    [
      'a finding that is not an object',
      JSON.stringify({ ...GOOD, steps: [{ id: 'a', status: 'passed', durationMs: 1, findings: [7] }] }, null, 2),
      /"steps\[0\]\.findings" should be a list of objects/,
    ],
    ['notes that are not strings', JSON.stringify({ ...GOOD, notes: [{}] }, null, 2), /"notes" should be a list of strings/],
  ])('refuses %s at its place', async (_what, text, message) => {
    const err = await readRunJson(file(text)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
  });

  it('runlens merge names the damaged shard instead of failing with a TypeError', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'runlens-merge-bad-'));
    const shard = path.join(root, 'shard-1');
    mkdirSync(shard);
    writeFileSync(
      path.join(shard, 'run.json'),
      JSON.stringify({ ...GOOD, steps: [{ id: 'a', status: 'passed', durationMs: 1, findings: 7 }] }),
    );
    const err = await mergeShards({ dirs: [shard], outputDir: path.join(root, 'merged'), platform: localPlatform(root) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(path.join(shard, 'run.json'));
  });
});
