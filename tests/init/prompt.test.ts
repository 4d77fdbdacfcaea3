// On a terminal init asks before writing; `--yes` and a pipe (CI) never ask. `script` gives the CLI a real pty.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSource } from '../support/source-build.js';
import { OFFLINE_ENV, removeCopies, repoCopy, runlens } from './support.js';

afterAll(removeCopies);

function onTerminal(cwd: string, args: string[], answer: string): Promise<string> {
  return buildSource().then(
    ({ cli }) =>
      new Promise((resolve) => {
        const command = [process.execPath, cli, ...args].map((a) => `'${a}'`).join(' ');
        const child = execFile(
          'script',
          ['-qec', command, '/dev/null'],
          { cwd, env: { ...OFFLINE_ENV, HOME: process.env.HOME, TERM: 'dumb' } },
          (_err, stdout) => resolve(stdout),
        );
        // Answer once the question is on screen.
        child.stdout!.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('Write ')) child.stdin!.write(answer);
        });
      }),
  );
}

it('asks before writing on a terminal, and writes nothing when told no', { timeout: 60_000 }, async () => {
  const dir = await repoCopy('go-mod');
  const out = await onTerminal(dir, ['init', '--offline'], 'n\r');
  expect(out).toMatch(/Write runlens\.yml, \.github\/workflows\/runlens\.yml, \.gitlab-ci\.yml\?/);
  expect(out).toMatch(/nothing written \(answered no\)/);
  expect(existsSync(path.join(dir, 'runlens.yml'))).toBe(false);
});

it('writes after a yes on a terminal', { timeout: 60_000 }, async () => {
  const dir = await repoCopy('go-mod');
  const out = await onTerminal(dir, ['init', '--offline'], 'y\r');
  expect(out).toMatch(/created\s+runlens\.yml/);
  expect(existsSync(path.join(dir, 'runlens.yml'))).toBe(true);
});

it('never asks without a terminal (CI)', async () => {
  const dir = await repoCopy('go-mod');
  const ran = await runlens(dir, ['init', '--offline']);
  expect(ran.stdout).not.toMatch(/Write /);
  expect(ran.stdout).toMatch(/created\s+runlens\.yml/);
});
