import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/report/annotations.js';
import { finding, findings, run, step } from '../support/run-result.js';

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
    const [a] = selectAnnotations(
      run({
        steps: [step({ findings: [finding({ location: { path: 'a.py', startLine: 4, startColumn: 2, endLine: 6, endColumn: 9 } })] })],
      }),
    );
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
    expect(out).toEqual([{ level: 'error', title: 'step test failed', message: 'exited with code 2' }]);
  });

  it('stays within 10 per level and adds one notice with how many more there are', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: findings(100) })] }));
    expect(levels(out)).toEqual({ error: 10, warning: 10, notice: 10 });
    const last = out.at(-1)!;
    expect(last.level).toBe('notice');
    expect(last.title).toBe('71 more annotations not shown');
    expect(last.message).toContain('SARIF');
  });

  it('keeps the most severe findings when it has to choose', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: [...findings(20, ['high']), ...findings(5, ['critical'])] })] }));
    const titles = out.filter((a) => a.level === 'error').map((a) => a.title!.split(':')[0]);
    expect(titles.slice(0, 5)).toEqual(['critical', 'critical', 'critical', 'critical', 'critical']);
    expect(out.at(-1)!.title).toBe('15 more annotations not shown');
  });

  it('counts failed steps against the error budget', () => {
    const out = selectAnnotations(
      run({ steps: [step({ id: 'build', status: 'failed' }), step({ id: 'scan', findings: findings(12, ['high']) })] }),
    );
    expect(levels(out).error).toBe(10);
    expect(out[0]!.title).toBe('step build failed');
    expect(out.at(-1)!.title).toBe('3 more annotations not shown');
  });

  it('adds no notice when everything fits', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: findings(5) })] }));
    expect(out).toHaveLength(5);
    expect(out.some((a) => a.title?.includes('more'))).toBe(false);
  });

  it('never exceeds the per-job limit', () => {
    const out = selectAnnotations(run({ steps: [step({ findings: findings(100) })] }), { perLevel: 40, perJob: 50 });
    expect(out).toHaveLength(50);
    expect(out.at(-1)!.title).toBe('51 more annotations not shown');
  });
});
