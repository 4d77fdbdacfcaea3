// runlens writes GitHub's workflow and file commands itself (to keep @actions/core's HTTP stack out of
// start-up); @actions/core, the reference implementation, is the oracle for every format.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { appendSummary, formatCommand, getBooleanInput, getInput, setOutput } from '../../src/platform/github-commands.js';

function captureStdout(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const awkward = 'line 1\nline 2\r\n100% done: a, b, c';

afterEach(() => {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k === 'GITHUB_OUTPUT' || k === 'GITHUB_STEP_SUMMARY') delete process.env[k];
});

describe('GitHub workflow commands', () => {
  it('formats annotations exactly as @actions/core does, escaping data and properties', () => {
    const theirs = captureStdout(() =>
      core.error(awkward, { title: 'a: b, c', file: 'src/a,b.ts', startLine: 3, endLine: 4, startColumn: 5, endColumn: 6 }),
    );
    const ours =
      formatCommand('error', awkward, { title: 'a: b, c', file: 'src/a,b.ts', line: 3, endLine: 4, col: 5, endColumn: 6 }) + os.EOL;
    expect(ours).toBe(theirs);
  });

  it('formats groups and masks exactly as @actions/core does', () => {
    expect(formatCommand('group', 'build — passed 1.2s') + os.EOL).toBe(captureStdout(() => core.startGroup('build — passed 1.2s')));
    expect(formatCommand('endgroup', '') + os.EOL).toBe(captureStdout(() => core.endGroup()));
    expect(formatCommand('add-mask', 'hunter2%') + os.EOL).toBe(captureStdout(() => core.setSecret('hunter2%')));
  });

  it('writes multi-line outputs that @actions/core’s format reads back, like core.setOutput', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-gh-'));
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    setOutput({ GITHUB_OUTPUT: ours }, 'failed-steps', awkward);
    process.env.GITHUB_OUTPUT = theirs;
    core.setOutput('failed-steps', awkward);
    const shape = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
    expect(shape(readFileSync(ours, 'utf8'))).toBe(shape(readFileSync(theirs, 'utf8')));
  });

  it('appends to the step summary as core.summary.addRaw(md, true).write() does', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-gh-'));
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    writeFileSync(ours, 'before\n');
    writeFileSync(theirs, 'before\n');
    appendSummary({ GITHUB_STEP_SUMMARY: ours }, '## ✅ shop passed');
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await core.summary.addRaw('## ✅ shop passed', true).write();
    core.summary.emptyBuffer();
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
  });

  it('reads inputs as core.getInput and core.getBooleanInput do, hyphens kept', () => {
    process.env['INPUT_FAIL-ON'] = '  high ';
    process.env['INPUT_DRY-RUN'] = 'True';
    process.env['INPUT_BAD-BOOL'] = 'yes';
    const env = process.env;
    expect(getInput(env, 'fail-on')).toBe(core.getInput('fail-on'));
    expect(getBooleanInput(env, 'dry-run')).toBe(core.getBooleanInput('dry-run'));
    expect(() => core.getBooleanInput('bad-bool')).toThrow(TypeError);
  });

  it('rejects a non-boolean boolean input as a usage error naming what was given and what is accepted', () => {
    // core throws a TypeError, which a door reports as a runlens bug (exit 3); a typo in a workflow is exit 2.
    const err = (() => {
      try {
        getBooleanInput({ 'INPUT_BAD-BOOL': 'yes' }, 'bad-bool');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as UsageError).message).toBe('input "bad-bool": "yes" is not a boolean; use true or false (also True, TRUE, False, FALSE)');
  });
});
