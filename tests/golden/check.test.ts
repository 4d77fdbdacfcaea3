import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCheck } from '../../src/checks/golden/check.js';
import { findCheck } from '../../src/checks/registry.js';
import { checkContext, put, tempDir } from '../support/golden.js';

function series(n: number, bump?: number): string {
  const rows = ['t,v'];
  for (let i = 0; i < n; i++) rows.push(`${i},${(Math.sin(i / 10) + (i === bump ? 0.5 : 0)).toFixed(6)}`);
  return rows.join('\n') + '\n';
}

describe('the golden check', () => {
  it('is registered as `uses: golden`', () => {
    expect(findCheck('golden')).toBe(goldenCheck);
  });

  it('passes matching cases and records each as a passed test case', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.csv', series(10));
    await put(dir, 'out/a.csv', series(10));
    const out = await goldenCheck.run(checkContext(dir, { cases: [{ actual: 'out/a.csv', expected: 'golden/a.csv' }] }));
    expect(out.findings).toEqual([]);
    expect(out.cases?.map((c) => [c.name, c.status])).toEqual([['golden/a.csv', 'passed']]);
    expect(out.status).toBeUndefined();
  });

  it('turns a failing case into a high finding at the golden line of the first difference', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.csv', series(500));
    await put(dir, 'out/a.csv', series(500, 123));
    const out = await goldenCheck.run(
      checkContext(dir, { cases: [{ name: 'sine', actual: 'out/a.csv', expected: 'golden/a.csv', tolerance: { abs: 1e-3 } }] }),
    );
    expect(out.findings).toHaveLength(1);
    const f = out.findings[0]!;
    expect(f).toMatchObject({
      tool: 'runlens-golden',
      ruleId: 'golden/failed',
      category: 'golden',
      severity: 'high',
      stepId: 'golden',
      location: { path: 'golden/a.csv', startLine: 125, startColumn: 5 },
    });
    expect(f.message).toBe(
      'sine: 1 of 1,000 values out of tolerance (abs 0.001, rel 1e-5); max abs error 0.5 at row 124, column v (line 125); max rel error ' +
        f.message.split('max rel error ')[1],
    );
    expect(out.cases?.[0]).toMatchObject({ name: 'sine', status: 'failed', file: 'golden/a.csv', line: 125 });
    // The check's own verdict: a golden case that does not match fails its step (StepOutcome.status).
    expect(out.status).toBe('failed');
    expect(out.error).toBe('1 of 1 golden case does not match: sine');
    expect(out.cases?.[0]?.details).toContain('row 124, column v (line 125): golden -0.263232, actual 0.236768');
  });

  it('writes a summary with a case table, the worst differences and an error chart', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.csv', series(500));
    await put(dir, 'out/a.csv', series(500, 123));
    await put(dir, 'golden/b.json', '{"x": 1}');
    await put(dir, 'out/b.json', '{"x": 1}');
    const out = await goldenCheck.run(
      checkContext(dir, {
        cases: [
          { name: 'sine', actual: 'out/a.csv', expected: 'golden/a.csv', tolerance: { abs: 1e-3, rel: 0 } },
          { actual: 'out/b.json', expected: 'golden/b.json' },
        ],
      }),
    );
    const summary = out.summary!;
    expect(summary).toContain('**Golden data: 1 of 2 cases failed.**');
    expect(summary).toMatch(/\| ❌ \| `sine` \| csv \| 1,000 values \| 1 differ \| 0\.5 \|/);
    expect(summary).toMatch(/\| ✅ \| `golden\/b\.json` \| json \|/);
    expect(summary).toContain('| row 124, column v (line 125) | `-0.263232` | `0.236768` | 0.5 | 1.899 |');
    const chart = /```mermaid\n(xychart-beta[\s\S]*?)```/.exec(summary)?.[1];
    expect(chart).toBeDefined();
    const points = /\n {2}line \[([^\]]*)\]/.exec(chart!)![1]!.split(', ');
    expect(points.length).toBeGreaterThan(1);
    expect(points.length).toBeLessThanOrEqual(100);
    expect(chart).toContain('x-axis "row" 1 --> 500');
  });

  it('expands {name} over both folders and fails a case whose golden or actual is missing', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.csv', 'v\n1\n');
    await put(dir, 'out/a.csv', 'v\n1\n');
    await put(dir, 'golden/b.csv', 'v\n1\n');
    await put(dir, 'out/c.csv', 'v\n1\n');
    const out = await goldenCheck.run(
      checkContext(dir, { cases: [{ name: 'run-{name}', actual: 'out/{name}.csv', expected: 'golden/{name}.csv', severity: 'medium' }] }),
    );
    expect(out.cases?.map((c) => [c.name, c.status])).toEqual([
      ['run-a', 'passed'],
      ['run-b', 'error'],
      ['run-c', 'error'],
    ]);
    expect(out.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'golden/missing-actual',
        'medium',
        'run-b: the actual file out/b.csv does not exist: the program did not write it (or `actual` names the wrong path)',
      ],
      [
        'golden/missing-golden',
        'medium',
        'run-c: the golden file golden/c.csv does not exist: create it from out/c.csv with `runlens golden update run-c` and commit it',
      ],
    ]);
  });

  it('fails a malformed golden with its file:line, not a stack trace', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.json', '{"a": [1, 2,]}');
    await put(dir, 'out/a.json', '{"a": [1, 2]}');
    const out = await goldenCheck.run(checkContext(dir, { cases: [{ actual: 'out/a.json', expected: 'golden/a.json' }] }));
    expect(out.findings[0]).toMatchObject({
      ruleId: 'golden/malformed',
      location: { path: 'golden/a.json', startLine: 1, startColumn: 13 },
    });
    expect(out.findings[0]?.message).toBe(
      'golden/a.json:1:13: invalid JSON: expected a value, found "]" — fix the file so that `jq . FILE` accepts it',
    );
    expect(out.cases?.[0]?.status).toBe('error');
  });

  it('runs the producing command first, in the step directory', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/x.txt', 'hello\n');
    const lines: string[] = [];
    const out = await goldenCheck.run(
      checkContext(
        dir,
        { run: 'mkdir -p out && echo produced && echo hello > out/x.txt', cases: [{ actual: 'out/x.txt', expected: 'golden/x.txt' }] },
        lines,
      ),
    );
    expect(out.findings).toEqual([]);
    expect(lines).toContain('produced');
  });

  it('fails the step when the producing command fails, without comparing', async () => {
    const dir = await tempDir();
    const out = await goldenCheck.run(
      checkContext(dir, { run: ['sh', '-c', 'exit 3'], cases: [{ actual: 'out/x.txt', expected: 'golden/x.txt' }] }),
    );
    expect(out.status).toBe('failed');
    expect(out.error).toBe('the command producing the actual files (`sh -c exit 3`) failed: exit 3');
    expect(out.cases).toBeUndefined();
  });

  it('reports golden files that no case uses as notes', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/used.csv', 'v\n1\n');
    await put(dir, 'out/used.csv', 'v\n1\n');
    await put(dir, 'golden/stale.csv', 'v\n1\n');
    const out = await goldenCheck.run(
      checkContext(dir, { goldens: 'golden/**', cases: [{ actual: 'out/used.csv', expected: 'golden/used.csv' }] }),
    );
    expect(out.findings.map((f) => [f.ruleId, f.severity, f.location?.path])).toEqual([['golden/obsolete', 'note', 'golden/stale.csv']]);
    expect(out.summary).toContain('**Obsolete golden files** (no case uses them): `golden/stale.csv`');
  });

  it('never writes a golden file in a normal run', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.csv', 'v\n1\n');
    await put(dir, 'out/a.csv', 'v\n2\n');
    await put(dir, 'out/new.csv', 'v\n2\n');
    const before = await stat(join(dir, 'golden/a.csv'));
    await goldenCheck.run(checkContext(dir, { cases: [{ actual: 'out/{name}.csv', expected: 'golden/{name}.csv' }] }));
    expect(await readFile(join(dir, 'golden/a.csv'), 'utf8')).toBe('v\n1\n');
    expect((await stat(join(dir, 'golden/a.csv'))).mtimeMs).toBe(before.mtimeMs);
    await expect(stat(join(dir, 'golden/new.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('stops when the step is cancelled', async () => {
    const dir = await tempDir();
    await put(dir, 'golden/a.csv', 'v\n1\n');
    await put(dir, 'out/a.csv', 'v\n1\n');
    const controller = new AbortController();
    controller.abort();
    await expect(
      goldenCheck.run(checkContext(dir, { cases: [{ actual: 'out/a.csv', expected: 'golden/a.csv' }] }, [], controller.signal)),
    ).rejects.toThrow();
  });
});

describe('golden options', () => {
  it('requires {name} on both sides and rejects glob characters', async () => {
    const { goldenOptions } = await import('../../src/checks/golden/options.js');
    const one = goldenOptions.safeParse({ cases: [{ actual: 'out/{name}.csv', expected: 'golden/a.csv' }] });
    expect(one.error?.issues[0]?.message).toBe('`{name}` must appear in both `actual` and `expected`');
    const glob = goldenOptions.safeParse({ cases: [{ actual: 'out/*.csv', expected: 'golden/*.csv' }] });
    expect(glob.error?.issues[0]?.message).toMatch(/use `\{name\}` for the part that varies/);
    const path = goldenOptions.safeParse({ cases: [{ actual: 'a.json', expected: 'b.json', ignore: ['meta.time'] }] });
    expect(JSON.stringify(path.error?.issues[0]?.path)).toBe('["cases",0,"ignore",0]');
  });
});

describe('a golden step in runlens.yml', () => {
  it('gets its options parsed with defaults by the config loader', async () => {
    const { loadConfig } = await import('../../src/config/load.js');
    const dir = await tempDir();
    await put(
      dir,
      'runlens.yml',
      'version: 1\nsteps:\n  golden:\n    uses: golden\n    with:\n      cases:\n        - { actual: out/a.csv, expected: golden/a.csv }\n',
    );
    const loaded = await loadConfig({ cwd: dir, env: {} });
    expect(loaded.config.steps.golden?.with).toMatchObject({ severity: 'high', 'nan-equal': true, 'max-differences': 10 });
  });

  it('rejects a negative tolerance at its line', async () => {
    const { loadConfig } = await import('../../src/config/load.js');
    const dir = await tempDir();
    await put(
      dir,
      'runlens.yml',
      'version: 1\nsteps:\n  golden:\n    uses: golden\n    with:\n      cases:\n        - actual: out/a.csv\n          expected: golden/a.csv\n          tolerance: { abs: -1 }\n',
    );
    const err = await loadConfig({ cwd: dir, env: {} }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/runlens\.yml:9:\d+: .*abs/);
  });
});
