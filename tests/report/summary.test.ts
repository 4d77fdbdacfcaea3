import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/summary.js';
import { finding, findings, run, step, testCase } from '../support/run-result.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** Cell separators in a table row: pipes not escaped with a backslash. */
const separators = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;

describe('renderSummary', () => {
  it('opens with the result, the pipeline name, the duration and the gate reason', () => {
    const md = renderSummary(run({ steps: [step({ findings: [finding({ severity: 'high' })] })] }));
    const [first] = md.split('\n');
    expect(first).toBe('## ❌ payments-api failed in 2m02s');
    expect(md).toContain('❌ **Findings gate** (fail-on: high): 1 high finding at or above the high threshold.');
  });

  it('shows a passed run with a check mark and a cancelled one with a warning', () => {
    expect(renderSummary(run()).startsWith('## ✅ payments-api passed in')).toBe(true);
    expect(renderSummary(run({ status: 'cancelled' })).startsWith('## ⚠️ payments-api was cancelled in')).toBe(true);
  });

  it('lists every step with its status, kind, duration, attempts and reason', () => {
    const md = renderSummary(
      run({
        steps: [
          step({ id: 'build' }),
          step({
            id: 'test',
            status: 'failed',
            reason: 'exited with code 1',
            attempts: [1, 2].map((n) => ({
              attempt: n,
              startedAt: '2026-11-22T01:02:03Z',
              durationMs: 5,
              exitCode: 1,
              signal: null,
              status: 'failed' as const,
            })),
          }),
          step({ id: 'deploy', status: 'skipped', reason: 'needs test, which failed' }),
        ],
      }),
    );
    expect(md).toContain('| ✅ | build | run | 1.23s | 1 |   |');
    expect(md).toContain('| ❌ | test | run | 1.23s | 2 | exited with code 1 |');
    expect(md).toContain('| ⏭️ | deploy | run | – | – | needs test, which failed |');
  });

  it('escapes table pipes, HTML and Markdown in user data', () => {
    const md = renderSummary(
      run({
        steps: [
          step({
            id: 'scan',
            findings: [
              finding({
                title: 'a | b',
                message: '<script>alert(1)</script> **bold** [x](javascript:y)',
                location: { path: 'src/a|b.py', startLine: 3 },
              }),
            ],
          }),
        ],
      }),
    );
    const row = md.split('\n').find((l) => l.includes('a \\| b'))!;
    expect(row).toBeDefined();
    expect(separators(row)).toBe(5);
    expect(md).not.toContain('<script>');
    expect(row).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[x\\](javascript:y)');
  });

  it('links findings to the file and line on GitHub at the commit', () => {
    const md = renderSummary(
      run({ steps: [step({ findings: [finding({ location: { path: 'src/app.py', startLine: 12, endLine: 14 } })] })] }),
    );
    expect(md).toContain(
      '[src/app.py:12](https://github.com/acme/payments-api/blob/0123456789abcdef0123456789abcdef01234567/src/app.py#L12-L14)',
    );
  });

  it('links findings the GitLab way on GitLab, and shows a plain path when the commit is unknown', () => {
    const f = finding({ location: { path: 'src/app.py', startLine: 12 } });
    const gitlab = renderSummary(
      run({
        platform: { kind: 'gitlab', serverUrl: 'https://gitlab.example.com', repository: 'g/p', sha: 'abc' },
        steps: [step({ findings: [f] })],
      }),
    );
    expect(gitlab).toContain('(https://gitlab.example.com/g/p/-/blob/abc/src/app.py#L12)');
    const local = renderSummary(run({ platform: { kind: 'local' }, steps: [step({ findings: [f] })] }));
    expect(local).toContain('| src/app.py:12 |');
  });

  it('puts the most severe findings first', () => {
    const md = renderSummary(
      run({
        steps: [step({ findings: [finding({ severity: 'low', title: 'LOW-ONE' }), finding({ severity: 'critical', title: 'CRIT-ONE' })] })],
      }),
    );
    expect(md.indexOf('CRIT-ONE')).toBeLessThan(md.indexOf('LOW-ONE'));
  });

  it('counts findings by severity', () => {
    const md = renderSummary(run({ steps: [step({ findings: findings(7) })] }));
    expect(md).toContain('| 2 | 2 | 1 | 1 | 1 | 7 |');
  });

  it('lists failed and errored test cases with their messages', () => {
    const md = renderSummary(
      run({
        steps: [
          step({
            id: 'test',
            cases: [
              testCase(),
              testCase({ name: 'parses exponents', status: 'failed', message: 'expected 1000', file: 'tests/p.test.ts', line: 9 }),
              testCase({ name: 'db', status: 'error', message: 'no db' }),
            ],
          }),
        ],
      }),
    );
    expect(md).toContain('### Failed tests (2)');
    expect(md).toContain('❌ parser › parses exponents | test | [tests/p.test.ts:9]');
    expect(md).toContain('💥 parser › db | test | – | no db |');
    expect(md).not.toContain('reads an empty line');
  });

  it("includes each step's own summary under a heading, and the run's notes", () => {
    const md = renderSummary(
      run({
        notes: ['SARIF: 3 findings left out.'],
        steps: [step({ id: 'golden', summary: '| case | diff |\n| --- | --- |\n| a | 0 |' })],
      }),
    );
    expect(md).toContain('### golden\n\n| case | diff |\n| --- | --- |\n| a | 0 |');
    expect(md).toContain('### Notes\n\n- SARIF: 3 findings left out.');
  });

  it('stays under 1,000,000 UTF-8 bytes with a huge run, dropping whole rows and saying so', () => {
    const huge = run({
      steps: Array.from({ length: 3000 }, (_, i) =>
        step({
          id: `step-${i}-${'é'.repeat(40)}`,
          reason: '✗ '.repeat(100),
          findings: i < 20 ? findings(2000, ['critical', 'high'], { message: 'ü'.repeat(400) }) : [],
          cases: i < 5 ? Array.from({ length: 500 }, () => testCase({ status: 'failed', message: 'ß'.repeat(300) })) : [],
          summary: i % 100 === 0 ? `${'| x | y |\n'.repeat(5000)}` : undefined,
        }),
      ),
    });
    const md = renderSummary(huge);
    expect(bytes(md)).toBeLessThanOrEqual(1_000_000);
    expect(md.startsWith('## ❌ payments-api failed')).toBe(true);
    expect(md).toContain('> [!WARNING]');
    expect(md).toMatch(/This summary was cut to stay under 1,000,000 bytes: .*the summaries of 30 steps \(step-0-/);
    // Whole rows only: every table row is complete.
    for (const line of md.split('\n').filter((l) => l.startsWith('| ✅') || l.startsWith('| 🟥'))) expect(line.endsWith('|')).toBe(true);
  });

  it('honours a smaller byte cap', () => {
    const md = renderSummary(run({ steps: [step({ findings: findings(500) })] }), { maxBytes: 12_000 });
    expect(bytes(md)).toBeLessThanOrEqual(12_000);
    expect(md).toContain('rows of the top findings');
  });
});

describe('renderSummary links', () => {
  it('shows a help link that is not http(s) as plain text', () => {
    const md = renderSummary(run({ steps: [step({ findings: [finding({ title: 'Click me', helpUri: 'javascript:alert(1)' })] })] }));
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('Click me');
  });
});
