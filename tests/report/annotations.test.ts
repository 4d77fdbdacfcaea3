import { describe, expect, it } from 'vitest';
import { annotationsNote, chooseAnnotations, selectAnnotations } from '../../src/report/annotations.js';
import { finding, findings, run, step, testCase } from '../support/run-result.js';

const levels = (a: Array<{ level: string }>) => ({
  error: a.filter((x) => x.level === 'error').length,
  warning: a.filter((x) => x.level === 'warning').length,
  notice: a.filter((x) => x.level === 'notice').length,
});

describe('selectAnnotations', () => {
  it('annotates a finding at its file and line with the level of its severity', () => {
    const [a] = selectAnnotations(
      run({
        steps: [
          step({
            findings: [
              finding({ severity: 'medium', location: { path: 'src/a.py', startLine: 4, startColumn: 2, endLine: 4, endColumn: 9 } }),
            ],
          }),
        ],
      }),
    );
    expect(a).toEqual({
      level: 'warning',
      title: 'medium: subprocess called with shell=True (semgrep python.lang.security.audit.subprocess-shell-true)',
      message: expect.stringContaining('Found subprocess call'),
      file: 'src/a.py',
      startLine: 4,
      endLine: 4,
      startColumn: 2,
      endColumn: 9,
    });
  });

  it('drops columns from a multi-line annotation, which GitHub would ignore', () => {
    const a = selectAnnotations(
      run({
        steps: [step({ findings: [finding({ location: { path: 'a.py', startLine: 4, startColumn: 2, endLine: 6, endColumn: 9 } })] })],
      }),
    ).find((x) => x.file === 'a.py');
    expect(a).toMatchObject({ startLine: 4, endLine: 6 });
    expect(a!.startColumn).toBeUndefined();
  });

  it('adds an error annotation for each failed step', () => {
    const out = selectAnnotations(
      run({
        steps: [
          step({ id: 'test', status: 'failed', reason: 'exited with code 2' }),
          step({ id: 'lint', status: 'failed', allowedFailure: true }),
        ],
      }),
    );
    expect(out).toEqual([
      { level: 'error', message: 'runlens: failed — test failed' },
      { level: 'error', title: 'step test failed', message: 'exited with code 2' },
    ]);
  });

  it('stays within 10 per level and adds one notice with how many more there are', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: findings(100) })] }));
    expect(levels(out)).toEqual({ error: 10, warning: 10, notice: 10 });
    const last = out.at(-1)!;
    expect(last.level).toBe('notice');
    // 100 findings + the verdict, 29 shown plus the notice.
    expect(last.title).toBe('72 more annotations not shown');
    expect(last.message).toContain('SARIF');
  });

  it('keeps the most severe findings when it has to choose', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: [...findings(20, ['high']), ...findings(5, ['critical'])] })] }));
    const titles = out.filter((a) => a.level === 'error').map((a) => (a.title ?? '').split(':')[0]);
    expect(out[0]!.message).toMatch(/^runlens: failed/);
    expect(titles.slice(1, 6)).toEqual(['critical', 'critical', 'critical', 'critical', 'critical']);
    expect(out.at(-1)!.title).toBe('16 more annotations not shown');
  });

  it('counts failed steps against the error budget', () => {
    const out = selectAnnotations(
      run({ steps: [step({ id: 'build', status: 'failed' }), step({ id: 'scan', findings: findings(12, ['high']) })] }),
    );
    expect(levels(out).error).toBe(10);
    expect(out[0]!.message).toBe('runlens: failed — build failed; 12 high findings at or above the high threshold.');
    expect(out[1]!.title).toBe('step build failed');
    expect(out.at(-1)!.title).toBe('4 more annotations not shown');
  });

  it('adds no notice when everything fits', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: findings(5) })] }));
    // The five findings and the verdict (the gate failed).
    expect(out).toHaveLength(6);
    expect(out.some((a) => a.title?.includes('more'))).toBe(false);
  });

  it('never exceeds the per-job limit', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: findings(100) })] }), { perLevel: 40, perJob: 50 });
    expect(out).toHaveLength(50);
    expect(out.at(-1)!.title).toBe('52 more annotations not shown');
  });

  it('annotates failed tests at the test file and line the JUnit report gives', () => {
    const out = selectAnnotations(
      run({
        steps: [
          step({
            id: 'test',
            status: 'failed',
            cases: [
              testCase({ name: 'parses dates', status: 'passed', file: 'tests/test_dates.py', line: 3 }),
              testCase({
                suite: 'tests.test_dates',
                name: 'rejects 31 Feb',
                status: 'failed',
                message: 'AssertionError: no error',
                file: 'tests/test_dates.py',
                line: 17,
              }),
              testCase({
                suite: 'tests.test_io',
                name: 'reads a file',
                status: 'error',
                message: 'FileNotFoundError',
                file: 'tests/test_io.py',
              }),
            ],
          }),
        ],
      }),
    );
    expect(out.filter((a) => a.title?.startsWith('test '))).toEqual([
      {
        level: 'error',
        title: 'test failed: tests.test_dates › rejects 31 Feb (step test)',
        message: 'AssertionError: no error',
        file: 'tests/test_dates.py',
        startLine: 17,
      },
      {
        level: 'error',
        title: 'test errored: tests.test_io › reads a file (step test)',
        message: 'FileNotFoundError',
        file: 'tests/test_io.py',
      },
    ]);
  });

  it('keeps the verdict when failed tests exceed the budget, and says how many more there are', () => {
    const cases = Array.from({ length: 30 }, (_, i) =>
      testCase({ name: `case ${i}`, status: 'failed', message: 'boom', file: 'tests/t.py', line: i + 1 }),
    );
    const out = selectAnnotations(run({ steps: [step({ id: 'test', status: 'failed', cases })] }));
    expect(levels(out).error).toBe(10);
    expect(out[0]).toMatchObject({ level: 'error', message: 'runlens: failed — test failed' });
    expect(out[1]!.title).toBe('step test failed');
    expect(out.filter((a) => a.title?.startsWith('test failed'))).toHaveLength(8);
    expect(out.at(-1)!.title).toBe('22 more annotations not shown');
  });

  it('does not annotate a test case twice when a finding of its step is at the same place (golden cases)', () => {
    const out = selectAnnotations(
      run({
        steps: [
          step({
            id: 'golden',
            kind: 'golden',
            status: 'failed',
            findings: [finding({ tool: 'runlens-golden', severity: 'high', location: { path: 'golden/a.csv', startLine: 125 } })],
            cases: [testCase({ name: 'sine', status: 'failed', file: 'golden/a.csv', line: 125 })],
          }),
        ],
      }),
    );
    expect(out.filter((a) => a.file === 'golden/a.csv')).toHaveLength(1);
  });
});

describe('chooseAnnotations on a pull request (issue 13, item 1)', () => {
  const manyHigh = (changedLines: number[]) =>
    run({
      failOn: 'high',
      steps: [
        step({
          findings: Array.from({ length: 14 }, (_, i) =>
            finding({
              severity: i < 7 ? 'critical' : 'high',
              location: { path: 'src/app.js', startLine: i + 1 },
              // Without a change under review nothing is marked (new-only's nofilter).
              ...(changedLines.length ? { baseline: changedLines.includes(i + 1) ? ('new' as const) : ('existing' as const) } : {}),
            }),
          ),
        }),
      ],
    });

  it('annotates findings on the lines the PR changed before the more severe ones it did not touch', () => {
    const { annotations, notShown } = chooseAnnotations(manyHigh([13, 14]));
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.message).toMatch(/^runlens: failed/);
    expect(errors.slice(1, 3).map((a) => a.startLine)).toEqual([13, 14]);
    expect(notShown).toBe(5);
  });

  it('takes the changed lines from any predicate, e.g. a diff the caller computed', () => {
    const changed = new Set(['src/app.js:12']);
    const { annotations } = chooseAnnotations(manyHigh([]), {
      isChanged: (f) => changed.has(`${f.location?.path}:${f.location?.startLine}`),
    });
    expect(annotations.filter((a) => a.level === 'error')[1]!.startLine).toBe(12);
  });

  it('says in one line how many were not annotated, and nothing when all fit', () => {
    const choice = chooseAnnotations(manyHigh([]));
    expect(annotationsNote(choice)).toBe(
      "5 findings and failures were not annotated (GitHub shows 10 annotations of each level per step and 50 per job): they are in this summary's tables, the SARIF report and run.json.",
    );
    expect(annotationsNote(chooseAnnotations(run({ steps: [step({ findings: [finding()] })] })))).toBeUndefined();
  });
});
