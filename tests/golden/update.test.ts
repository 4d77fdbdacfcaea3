import { readFile, stat } from 'node:fs/promises';
import { checkContext } from '../support/check-context.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { goldenOptions } from '../../src/checks/golden/options.js';
import { updateGoldens } from '../../src/checks/golden/update.js';
import { put, tempDir } from '../support/golden.js';

async function project() {
  const dir = await tempDir();
  await put(dir, 'golden/same.csv', 'v\n1.0\n');
  await put(dir, 'out/same.csv', 'v\n1.0000000001\n');
  await put(dir, 'golden/drift.csv', 'v\n1.0\n2.0\n');
  await put(dir, 'out/drift.csv', 'v\n1.0\n2.5\n');
  await put(dir, 'out/new.csv', 'v\n7\n');
  await put(dir, 'golden/gone.csv', 'v\n3\n');
  await put(dir, 'golden/stale.json', '{}');
  return dir;
}

const options = (extra: object = {}) =>
  goldenOptions.parse({
    goldens: 'golden/*',
    cases: [{ name: '{name}', actual: 'out/{name}.csv', expected: 'golden/{name}.csv' }],
    ...extra,
  });

describe('updateGoldens', () => {
  it('rewrites failing goldens, creates missing ones and leaves matching ones alone', async () => {
    const dir = await project();
    const lines: string[] = [];
    const before = await stat(join(dir, 'golden/same.csv'));
    const report = await updateGoldens({ cwd: dir, workspace: dir, options: options(), log: (l) => lines.push(l) });
    expect(report.updated.map((u) => [u.case, u.change, u.golden])).toEqual([
      ['drift', 'rewritten', 'golden/drift.csv'],
      ['new', 'created', 'golden/new.csv'],
    ]);
    expect(report.updated[0]?.detail).toMatch(/^1 of 2 values out of tolerance .*max abs error 0\.5 at row 2, column v \(line 3\)/);
    expect(report.unchanged).toEqual(['same']);
    expect(report.skipped.map((s) => s.case)).toEqual(['gone']);
    expect(report.obsolete).toEqual(['golden/stale.json']);
    expect(await readFile(join(dir, 'golden/drift.csv'), 'utf8')).toBe('v\n1.0\n2.5\n');
    expect(await readFile(join(dir, 'golden/new.csv'), 'utf8')).toBe('v\n7\n');
    expect(await readFile(join(dir, 'golden/gone.csv'), 'utf8')).toBe('v\n3\n');
    expect((await stat(join(dir, 'golden/same.csv'))).mtimeMs).toBe(before.mtimeMs);
    expect(lines.at(-1)).toBe('golden update: 2 written, 1 unchanged, 1 skipped, 1 obsolete');
  });

  it('updates only the cases named, by name or glob', async () => {
    const dir = await project();
    const report = await updateGoldens({ cwd: dir, workspace: dir, options: options(), cases: ['dri*'], log: () => {} });
    expect(report.updated.map((u) => u.case)).toEqual(['drift']);
    await expect(stat(join(dir, 'golden/new.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses an unknown case name and lists the known ones', async () => {
    const dir = await project();
    const err = await updateGoldens({ cwd: dir, workspace: dir, options: options(), cases: ['nope'], log: () => {} }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe('golden update: no case is called "nope"; the cases are: drift, gone, new, same');
  });

  it('does not make a malformed actual file the new golden', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.json', '{"a": 1}');
    await put(dir, 'out/a.json', '{"a": ');
    const report = await updateGoldens({
      cwd: dir,
      workspace: dir,
      options: goldenOptions.parse({ cases: [{ actual: 'out/a.json', expected: 'golden/a.json' }] }),
      log: () => {},
    });
    expect(report.skipped[0]?.reason).toMatch(/^out\/a\.json:1:7: invalid JSON/);
    expect(await readFile(join(dir, 'golden/a.json'), 'utf8')).toBe('{"a": 1}');
  });

  it('runs the producing command before updating', async () => {
    const dir = await tempDir();
    const report = await updateGoldens({
      cwd: dir,
      workspace: dir,
      options: goldenOptions.parse({
        run: 'mkdir -p out && printf "x\\n" > out/a.txt',
        cases: [{ actual: 'out/a.txt', expected: 'golden/a.txt' }],
      }),
      log: () => {},
      exec: checkContext({ cwd: dir, options: {} }).exec,
    });
    expect(report.updated.map((u) => u.change)).toEqual(['created']);
    expect(await readFile(join(dir, 'golden/a.txt'), 'utf8')).toBe('x\n');
  });
});
