// The `with:` schema of `uses: semgrep`: defaults, sizes and durations, and the extra-args allowlist.
import { describe, expect, it } from 'vitest';
import { semgrepOptions, SEMGREP_VERSION } from '../../src/checks/semgrep/options.js';
import { SEVERITY_TABLE, categoryOf, isSecretRule, severityOf } from '../../src/checks/semgrep/findings.js';
import { describeExit } from '../../src/checks/semgrep/exit-codes.js';
import { describeError, parseSemgrepOutput } from '../../src/checks/semgrep/output.js';

function issues(input: unknown): string[] {
  const r = semgrepOptions.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('uses: semgrep options', () => {
  it('fills in the defaults', () => {
    expect(semgrepOptions.parse({ config: 'rules/' })).toEqual({
      config: ['rules/'],
      paths: ['.'],
      include: [],
      exclude: [],
      'extra-args': [],
      install: 'never',
      version: SEMGREP_VERSION,
    });
  });

  it('reads sizes and durations', () => {
    const o = semgrepOptions.parse({ config: ['a'], 'max-target-bytes': '2MB', timeout: '1m30s' });
    expect(o['max-target-bytes']).toBe(2_000_000);
    expect(o.timeout).toBe(90);
    expect(issues({ config: 'a', 'max-target-bytes': 'huge' })).toEqual([
      '"huge" is not a size; write e.g. 500KB, 1MB or a number of bytes',
    ]);
    expect(issues({ config: 'a', timeout: 'soon' })).toEqual(['"soon" is not a duration; write e.g. 30s, 2m or a number of seconds']);
  });

  it('accepts allowlisted flags, with the value joined or as the next item', () => {
    expect(issues({ config: 'a', 'extra-args': ['--severity=ERROR', '--exclude-rule', 'x.y', '--no-git-ignore'] })).toEqual([]);
  });

  it('rejects other flags, naming each', () => {
    expect(issues({ config: 'a', 'extra-args': ['--autofix', '--remote=https://x', '--json', '--no-git-ignore=1', '--severity'] })).toEqual(
      [
        expect.stringMatching(/^extra-args: "--autofix" is not an allowed semgrep flag \(allowed: --severity, /),
        expect.stringMatching(/^extra-args: "--remote" is not an allowed semgrep flag/),
        'extra-args: "--json" is set through runlens itself (it reads the JSON output), not extra-args',
        'extra-args: "--no-git-ignore" takes no value',
        'extra-args: "--severity" needs a value (write --severity=VALUE)',
      ],
    );
  });

  it('rejects unknown options and a pinned version that is not one', () => {
    expect(issues({ config: 'a', rules: 'b' })).toHaveLength(1);
    expect(issues({ config: 'a', version: 'latest' })).toEqual(['a semgrep version is like 1.185.0']);
    expect(issues({ config: [] })).toEqual(['name at least one rule file, rule directory or registry id']);
  });
});

describe('semgrep output and severities', () => {
  it('maps every severity semgrep has, old and new, in one table', () => {
    expect(SEVERITY_TABLE).toEqual({
      CRITICAL: 'critical',
      HIGH: 'high',
      ERROR: 'high',
      MEDIUM: 'medium',
      WARNING: 'medium',
      LOW: 'low',
      INFO: 'low',
      INVENTORY: 'note',
      EXPERIMENT: 'note',
    });
    expect(severityOf('warning')).toBe('medium');
    expect(severityOf(undefined)).toBe('medium');
  });

  it('files security rules (and rules without a category) as SAST, the others as code quality', () => {
    expect([undefined, 'security', 'Security', 'secrets', 'correctness', 'best-practice', 'performance'].map(categoryOf)).toEqual([
      'sast',
      'sast',
      'sast',
      'sast',
      'quality',
      'quality',
      'quality',
    ]);
  });

  it('recognises secret rules by id or metadata', () => {
    expect(isSecretRule('generic.secrets.security.detected-aws-access-key', {})).toBe(true);
    expect(isSecretRule('x.y', { category: 'security', subcategory: ['secrets'] })).toBe(true);
    expect(isSecretRule('x.y', { secret_type: 'AWS' })).toBe(true);
    expect(isSecretRule('python.lang.security.audit.eval-detected', { category: 'security' })).toBe(false);
  });

  it('explains every documented exit code, and signals', () => {
    for (const code of [0, 1, 2, 3, 4, 5, 7, 8, 13, 14])
      expect(describeExit(code, null)).toMatch(new RegExp(`^semgrep exited with ${code}: \\w`));
    expect(describeExit(99, null)).toBe('semgrep exited with 99, a code semgrep does not document');
    expect(describeExit(null, 'SIGKILL')).toContain('ran out of memory');
  });

  it('rejects output that is not semgrep JSON and drops malformed results', () => {
    expect(parseSemgrepOutput('')).toEqual({ problem: 'semgrep wrote no JSON output' });
    expect(parseSemgrepOutput('[1]')).toEqual({ problem: "semgrep's JSON output has no `results` and `errors` lists" });
    const out = parseSemgrepOutput(JSON.stringify({ results: [{ check_id: 'a' }], errors: [], paths: { scanned: ['x'] } }));
    expect(out).toMatchObject({ results: [], malformed: 1, scanned: 1 });
  });

  it('describes an error entry in one line with its place', () => {
    expect(
      describeError({
        level: 'warn',
        type: ['PartialParsing', []],
        message: 'Syntax error at line web/bad.js:1:\n `x` was unexpected',
        path: 'web/bad.js',
        spans: [{ file: 'web/bad.js', start: { line: 1 } }],
      }),
    ).toBe('web/bad.js:1: PartialParsing: Syntax error at line web/bad.js:1: `x` was unexpected');
  });
});
