// Shared by tests/secrets-*.test.ts: fake credentials made at run time (never committed, never real) and a
// way to run the secrets check with a real context over a real temp directory.
import { checkContext } from './check-context.js';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StepOutcome } from '../../src/checks/check.js';
import type { SecretsOptionsInput } from '../../src/checks/secrets/options.js';
import { secretsOptions } from '../../src/checks/secrets/options.js';
import { secretsCheck } from '../../src/checks/secrets/check.js';
import type { PlatformInfo } from '../../src/model/result.js';

const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random characters from `alphabet`, free of runs and words the placeholder filter (rightly) rejects. */
export function randomOf(alphabet: string, n: number): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
    if (!/(.)\1{3}|example|sample|dummy|fake|xxx|test|1234|abcd/i.test(s)) return s;
  }
}

export const fake = {
  githubPat: () => `ghp_${randomOf(AN, 36)}`,
  awsKeyId: () => `AKIA${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: () => randomOf(AN + '/+', 40),
  slackBot: () => `xoxb-${randomOf('0123456789', 12)}-${randomOf('0123456789', 13)}-${randomOf(AN, 24)}`,
  stripeLive: () => `sk_live_${randomOf(AN, 32)}`,
  npm: () => `npm_${randomOf(AN, 36)}`,
  password: () => randomOf(AN + '!#%&*', 22),
  rsaKey: () =>
    `-----BEGIN RSA PRIVATE KEY-----\n${randomBytes(900)
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n')}\n-----END RSA PRIVATE KEY-----`,
};

export async function tempDir(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-secrets-'));
  await writeFiles(dir, files);
  return dir;
}

export async function writeFiles(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, content);
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada Lovelace',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada Lovelace',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  })
    .toString()
    .trim();
}

export async function gitRepo(): Promise<string> {
  const dir = await tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export interface CheckRun {
  outcome: StepOutcome;
  logs: string[];
  masked: string[];
  /** Log lines and masks in the order they happened. */
  events: Array<{ kind: 'log' | 'mask'; value: string }>;
  outputDir: string;
}

export async function runSecretsCheck(
  workspace: string,
  options: SecretsOptionsInput = {},
  platform: PlatformInfo = { kind: 'local' },
): Promise<CheckRun> {
  const outputDir = path.join(workspace, '.runlens');
  const events: CheckRun['events'] = [];
  const outcome = await secretsCheck.run(
    checkContext({
      stepId: 'secrets',
      cwd: workspace,
      outputDir,
      options: secretsOptions.parse(options),
      platform,
      env: {},
      log: (line) => events.push({ kind: 'log', value: line }),
      mask: (value) => events.push({ kind: 'mask', value }),
    }),
  );
  return {
    outcome,
    logs: events.filter((e) => e.kind === 'log').map((e) => e.value),
    masked: events.filter((e) => e.kind === 'mask').map((e) => e.value),
    events,
    outputDir,
  };
}

/** The gitleaks binary scripts/install-tools.sh builds; tests that compare against it need it. */
export function gitleaksBinary(): string {
  const bin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin', 'gitleaks');
  if (!existsSync(bin)) throw new Error(`gitleaks is not installed at ${bin}: run \`scripts/install-tools.sh gitleaks\``);
  return bin;
}
