import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/engine/process.js';
import type { ProcessRequest } from '../../src/engine/process.js';
import { fixture, isAlive, pidsIn, removeTempWorkspaces, tempWorkspace } from '../support/engine.js';

afterAll(removeTempWorkspaces);

// A step's `run:` starts through node:child_process, a check's tool (ctx.exec) through execa: both
// spawners go through every case below.
let spawner: ProcessRequest['spawner'] = 'node';

async function exec(command: string | string[], extra: Partial<ProcessRequest> = {}) {
  const lines: string[] = [];
  const notes: string[] = [];
  const outcome = await runProcess({
    command,
    shell: 'bash',
    cwd: extra.cwd ?? (await tempWorkspace()),
    env: { PATH: process.env.PATH, HOME: '/home/someone' },
    timeoutMs: 0,
    killGraceMs: 500,
    signal: new AbortController().signal,
    onLine: (l) => lines.push(l),
    onNote: (l) => notes.push(l),
    spawner,
    ...extra,
  });
  return { outcome, lines, notes };
}

describe.each(['node', 'execa'] as const)('runProcess (spawned by %s)', (by) => {
  beforeAll(() => {
    spawner = by;
  });

  it('passes a list as argv with no shell, so $HOME stays literal', async () => {
    const { outcome, lines } = await exec(['printf', '%s\\n', '$HOME', 'a b']);
    expect(outcome.status).toBe('passed');
    expect(lines).toEqual(['$HOME', 'a b']);
  });

  it('runs a string through the shell, which expands $HOME', async () => {
    const { lines } = await exec('echo "$HOME"');
    expect(lines).toEqual(['/home/someone']);
  });

  it('stops a bash script at its first failing command', async () => {
    const { outcome, lines } = await exec('echo one\nfalse\necho two');
    expect(outcome).toMatchObject({ status: 'failed', exitCode: 1, error: 'exit 1' });
    expect(lines).toEqual(['one']);
  });

  it('fails a pipeline whose first command fails (pipefail)', async () => {
    const { outcome } = await exec('false | cat');
    expect(outcome.status).toBe('failed');
  });

  it('streams stdout and stderr as whole lines, a last line without newline included', async () => {
    const { lines } = await exec('echo out; printf "no newline"; echo err >&2');
    // The two pipes are read separately: their relative order is not defined, but no line is split or fused.
    expect(lines.sort()).toEqual(['err', 'no newline', 'out']);
  });

  it('gives the process only the environment it is given', async () => {
    const { lines } = await exec(['env'], { env: { PATH: process.env.PATH, ONLY: 'this' } });
    // …and the tag runlens finds the step's processes by (RUNLENS_PROCESS_TAG, engine/process.ts).
    expect(lines.sort()).toEqual([`ONLY=this`, `PATH=${process.env.PATH}`, expect.stringMatching(/^RUNLENS_PROCESS_TAG=\d+\.\w+\.\w+$/)]);
  });

  it('fails a missing argv command with exit 127 and says which', async () => {
    const { outcome } = await exec(['runlens-no-such-command', 'x']);
    expect(outcome).toMatchObject({ status: 'failed', exitCode: 127 });
    expect(outcome.error).toContain('command not found: runlens-no-such-command');
  });

  it('fails a missing command in a shell script with exit 127', async () => {
    const { outcome } = await exec('runlens-no-such-command');
    expect(outcome).toMatchObject({ status: 'failed', exitCode: 127, error: 'exit 127 (command not found)' });
  });

  it('says so when the configured shell is not installed', async () => {
    const { outcome } = await exec('true', { shell: 'runlens-no-such-shell' });
    expect(outcome).toMatchObject({ status: 'failed', exitCode: 127 });
    expect(outcome.error).toContain('the shell "runlens-no-such-shell" was not found');
  });

  it('fails a program that is not executable with exit 126 and says so', async () => {
    const cwd = await tempWorkspace();
    await writeFile(path.join(cwd, 'not-executable.sh'), '#!/bin/sh\necho hi\n', { mode: 0o644 });
    const { outcome } = await exec([path.join(cwd, 'not-executable.sh')], { cwd });
    expect(outcome).toMatchObject({ status: 'failed', exitCode: 126, spawnError: 'EACCES' });
    expect(outcome.error).toContain('is not executable');
  });

  it('writes `input` to standard input, and a program that never reads it still passes', async () => {
    const { outcome, lines } = await exec(['cat'], { input: 'first\nsecond\n' });
    expect(outcome.status).toBe('passed');
    expect(lines).toEqual(['first', 'second']);
    // More than a pipe holds, to a program that exits at once: the closed pipe is not the step's failure.
    const ignored = await exec(['true'], { input: 'x'.repeat(1 << 20) });
    expect(ignored.outcome).toMatchObject({ status: 'passed', exitCode: 0 });
  });

  it('captures stdout and stderr whole when asked, and reports a signal that killed the process', async () => {
    const captured = await exec('printf out; printf err >&2', { capture: { stdout: true, stderr: true } });
    expect(captured.outcome).toMatchObject({ status: 'passed', stdout: 'out', stderr: 'err' });
    const killed = await exec('kill -KILL $$');
    expect(killed.outcome).toMatchObject({ status: 'failed', exitCode: null, signal: 'SIGKILL', error: 'killed by SIGKILL' });
  });

  it('fails when the working directory does not exist', async () => {
    const { outcome } = await exec('true', { cwd: '/nonexistent/runlens' });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain('/nonexistent/runlens does not exist');
  });

  it('on timeout stops the whole process tree, even a grandchild that ignores SIGTERM', async () => {
    const dir = await tempWorkspace();
    const pids = path.join(dir, 'pids');
    const { outcome, lines, notes } = await exec(['bash', fixture('spawn-tree.sh'), pids], { timeoutMs: 1000, killGraceMs: 300 });
    expect(lines).toContain('ready');
    expect(outcome).toMatchObject({ status: 'timed-out', error: 'timed out after 1.00s' });
    expect(notes[0]).toContain('timed out');
    const started = pidsIn(pids);
    expect(started).toHaveLength(2);
    expect(started.filter(isAlive)).toEqual([]);
  });

  it('on cancel stops the whole process tree and reports cancelled', async () => {
    const dir = await tempWorkspace();
    const pids = path.join(dir, 'pids');
    const controller = new AbortController();
    const { outcome } = await exec(['bash', fixture('spawn-tree.sh'), pids], {
      signal: controller.signal,
      killGraceMs: 300,
      onLine: (l) => {
        if (l === 'ready') controller.abort();
      },
    });
    expect(outcome.status).toBe('cancelled');
    expect(pidsIn(pids).filter(isAlive)).toEqual([]);
  });

  it('stops what a passing step left running in the background', async () => {
    const dir = await tempWorkspace();
    const pids = path.join(dir, 'pids');
    const { outcome, notes } = await exec(`sleep 300 & echo $! > ${pids}; echo started`, { killGraceMs: 300 });
    expect(outcome.status).toBe('passed');
    expect(notes.join('\n')).toContain('left processes running in the background');
    expect(pidsIn(pids).filter(isAlive)).toEqual([]);
  });

  it('stops a daemon a passing step started in a session of its own, though the step left no process in its group', async () => {
    // The end-of-step /proc scan is skipped only when no process was created since the spawn but the step's own.
    const dir = await tempWorkspace();
    const pids = path.join(dir, 'pids');
    const { outcome, notes } = await exec(`setsid sleep 301 > /dev/null 2>&1 < /dev/null & echo $! > ${pids}; sleep 0.2`, {
      killGraceMs: 300,
    });
    expect(outcome.status).toBe('passed');
    expect(notes.join('\n')).toMatch(/outside its process group .*sleep 301/);
    expect(pidsIn(pids).filter(isAlive)).toEqual([]);
  });

  it('does not start anything when the run is already cancelled', async () => {
    const dir = await tempWorkspace();
    const marker = path.join(dir, 'ran');
    const controller = new AbortController();
    controller.abort();
    const { outcome } = await exec(['touch', marker], { signal: controller.signal });
    expect(outcome.status).toBe('cancelled');
    await expect(writeFile(marker, '', { flag: 'wx' })).resolves.toBeUndefined();
  });
});
