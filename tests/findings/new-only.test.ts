import { describe, expect, it } from 'vitest';
import { isChanged, markNewFindings, resolveNewOnly, type ChangeSet } from '../../src/findings/new-only.js';
import { evaluateGate } from '../../src/findings/gate.js';
import { parseUnifiedDiff } from '../../src/engine/change-set.js';
import type { Finding } from '../../src/model/finding.js';
import type { StepResult } from '../../src/model/result.js';

// What `git diff -U3` prints for: line 5 of src/a.ts changed, line 20 added, and a new file.
const DIFF = [
  'diff --git a/src/a.ts b/src/a.ts',
  'index 1111111..2222222 100644',
  '--- a/src/a.ts',
  '+++ b/src/a.ts',
  '@@ -2,7 +2,7 @@ function f() {',
  ' two',
  ' three',
  ' four',
  '-five',
  '+FIVE',
  ' six',
  ' seven',
  ' eight',
  '@@ -17,3 +17,4 @@',
  ' seventeen',
  ' eighteen',
  ' nineteen',
  '+twenty',
  'diff --git a/new file.txt b/new file.txt',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/new file.txt',
  '@@ -0,0 +1,2 @@',
  '+one',
  '+two',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  'diff --git "a/tab\\there.txt" "b/tab\\there.txt"',
  '--- "a/tab\\there.txt"',
  '+++ "b/tab\\there.txt"',
  '@@ -1 +1 @@',
  '-x',
  '+y',
  '',
].join('\n');

const changes: ChangeSet = { base: 'b', head: 'h', files: parseUnifiedDiff(DIFF) };

function finding(path: string | undefined, line?: number, extra: Partial<Finding> = {}): Finding {
  return {
    tool: 'semgrep',
    ruleId: 'r',
    title: 't',
    message: 'm',
    severity: 'high',
    category: 'sast',
    fingerprint: `${path}:${line}`,
    stepId: 'scan',
    ...(path ? { location: { path, ...(line ? { startLine: line } : {}) } } : {}),
    ...extra,
  };
}

function step(findings: Finding[], id = 'scan'): StepResult {
  return {
    id,
    kind: 'semgrep',
    needs: [],
    status: 'passed',
    allowedFailure: false,
    durationMs: 1,
    attempts: [],
    exitCode: 0,
    findings,
    cases: [],
    artifacts: [],
  };
}

describe('parseUnifiedDiff', () => {
  it('reads the added lines and the hunks of each file on the new side, leaving deleted files out', () => {
    expect(changes.files.get('src/a.ts')).toEqual({
      added: [
        [5, 5],
        [20, 20],
      ],
      hunks: [
        [2, 8],
        [17, 20],
      ],
    });
    expect(changes.files.get('new file.txt')).toEqual({ added: [[1, 2]], hunks: [[1, 2]] });
    expect(changes.files.has('gone.txt')).toBe(false);
    expect(changes.files.get('tab\there.txt')?.added).toEqual([[1, 1]]);
  });
});

describe('isChanged', () => {
  it('added: only the lines the change added or modified', () => {
    expect(isChanged(changes, { path: 'src/a.ts', startLine: 5 })).toBe(true);
    expect(isChanged(changes, { path: 'src/a.ts', startLine: 6 })).toBe(false);
    expect(isChanged(changes, { path: 'src/a.ts', startLine: 3, endLine: 5 })).toBe(true);
  });
  it('diff_context: anywhere in a hunk, context included', () => {
    expect(isChanged(changes, { path: 'src/a.ts', startLine: 8 }, 'diff_context')).toBe(true);
    expect(isChanged(changes, { path: 'src/a.ts', startLine: 12 }, 'diff_context')).toBe(false);
  });
  it('file: anywhere in a changed file; nofilter: everything', () => {
    expect(isChanged(changes, { path: 'src/a.ts', startLine: 12 }, 'file')).toBe(true);
    expect(isChanged(changes, { path: 'src/b.ts', startLine: 1 }, 'file')).toBe(false);
    expect(isChanged(changes, { path: 'src/b.ts', startLine: 1 }, 'nofilter')).toBe(true);
    expect(isChanged(changes, undefined, 'file')).toBe(false);
  });
});

describe('resolveNewOnly', () => {
  it('auto is added on a pull/merge request and nofilter elsewhere', () => {
    expect(resolveNewOnly('auto', true)).toBe('added');
    expect(resolveNewOnly('auto', false)).toBe('nofilter');
    expect(resolveNewOnly('file', false)).toBe('file');
  });
});

describe('markNewFindings and the gate', () => {
  it('fails the gate only for findings on changed lines in added mode', () => {
    const onChange = finding('src/a.ts', 20);
    const before = finding('src/a.ts', 12);
    const steps = [step([onChange, before])];
    markNewFindings(steps, changes, () => 'added');
    expect([onChange.baseline, before.baseline]).toEqual(['new', 'existing']);
    const gate = evaluateGate(steps, 'high');
    expect(gate.passed).toBe(false);
    expect(gate.reason).toBe('1 high new finding at or above the high threshold (1 existing finding outside the change does not count).');
    expect(gate.existing).toBe(1);
  });

  it('passes the gate when every finding is existing, and says so', () => {
    const steps = [step([finding('src/b.ts', 1), finding(undefined)])];
    markNewFindings(steps, changes, () => 'added');
    const gate = evaluateGate(steps, 'high');
    expect(gate.passed).toBe(true);
    expect(gate.reason).toMatch(/No new findings at or above the high threshold \(0 new findings in total; 2 existing findings/);
  });

  it('always counts a secret found in one of the change’s commits, wherever it is', () => {
    const secret = finding('config/old.env', 3, { category: 'secret', properties: { commit: 'abc' } });
    const steps = [step([secret])];
    markNewFindings(steps, changes, () => 'added');
    expect(secret.baseline).toBe('new');
    expect(evaluateGate(steps, 'high').passed).toBe(false);
  });

  it('takes each step’s own mode: nofilter leaves its findings unmarked and counting', () => {
    const a = finding('src/b.ts', 1);
    const b = finding('src/b.ts', 1);
    markNewFindings([step([a], 'strict'), step([b], 'lax')], changes, (id) => (id === 'strict' ? 'nofilter' : 'added'));
    expect(a.baseline).toBeUndefined();
    expect(b.baseline).toBe('existing');
  });
});
