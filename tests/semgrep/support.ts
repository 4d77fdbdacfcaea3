// The real semgrep (scripts/install-tools.sh semgrep), fixture projects copied to temp dirs (semgrep skips
// `tests/` by default and scans only git-tracked files inside a repository), and the check run directly.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StepOutcome } from '../../src/checks/check.js';
import { semgrepCheck } from '../../src/checks/semgrep/check.js';
import { semgrepOptions, type SemgrepOptionsInput } from '../../src/checks/semgrep/options.js';
import type { PlatformInfo } from '../../src/model/result.js';
import { checkContext } from '../support/check-context.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'semgrep');
export const TOOLS_BIN = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');

/** The directory holding the real semgrep; throws a clear reason when it is not installed. */
export function semgrepBin(): string {
  const bin = path.join(TOOLS_BIN, 'semgrep');
  if (!existsSync(bin)) throw new Error(`semgrep is not installed at ${bin}: run \`scripts/install-tools.sh semgrep\``);
  return TOOLS_BIN;
}

/** An environment whose PATH finds the real semgrep first. */
export function semgrepEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { ...process.env, PATH: `${semgrepBin()}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

const made: string[] = [];

export async function tempDir(prefix = 'runlens-semgrep-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A workspace holding the fixture project (`project/`) and the rule sets (`rules/`, `bad-rules/`). */
export async function workspace(): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(FIXTURES, 'project'), dir, { recursive: true });
  await cp(path.join(FIXTURES, 'rules'), path.join(dir, 'rules'), { recursive: true });
  await cp(path.join(FIXTURES, 'bad-rules'), path.join(dir, 'bad-rules'), { recursive: true });
  return dir;
}

/** A directory with an executable `semgrep` script of the given body (bash). */
export async function fakeSemgrep(body: string): Promise<string> {
  const dir = await tempDir('runlens-fake-semgrep-');
  const file = path.join(dir, 'semgrep');
  await writeFile(file, `#!/usr/bin/env bash\n${body}\n`);
  await chmod(file, 0o755);
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

export interface Scan {
  outcome: StepOutcome;
  logs: string[];
  masked: string[];
}

/** Runs the check directly (no engine) with the real exec. */
export async function scan(
  ws: string,
  options: SemgrepOptionsInput,
  over: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    platform?: PlatformInfo;
    signal?: AbortSignal;
    shard?: { index: number; total: number };
  } = {},
): Promise<Scan> {
  const logs: string[] = [];
  const masked: string[] = [];
  const outcome = await semgrepCheck.run(
    checkContext({
      stepId: 'semgrep',
      cwd: over.cwd ?? ws,
      workspace: ws,
      outputDir: path.join(ws, '.runlens'),
      options: semgrepOptions.parse(options),
      platform: over.platform ?? { kind: 'local' },
      env: over.env ?? semgrepEnv(),
      log: (line) => logs.push(line),
      mask: (v) => masked.push(v),
      ...(over.signal ? { signal: over.signal } : {}),
      ...(over.shard ? { shard: over.shard } : {}),
    }),
  );
  return { outcome, logs, masked };
}
