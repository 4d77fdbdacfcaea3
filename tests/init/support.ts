// Harness for init's end-to-end tests: fixture repositories copied to temp dirs, the CLI built from source,
// an offline environment, and the validators every file init writes must pass.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { runNode, type Ran } from '../support/dist.js';
import { repoRoot, schemaErrors, validatorFor } from '../support/shared-schemas.js';
import { buildSource } from '../support/source-build.js';

export const INIT_FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'init');
export const TOOLS_BIN = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');

const made: string[] = [];

/** A copy of a fixture repository (or an empty dir), made a git repository as users' are. */
export async function repoCopy(fixture?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-init-'));
  made.push(dir);
  if (fixture) await cp(path.join(INIT_FIXTURES, fixture), dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  return dir;
}

export async function removeCopies(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/**
 * No network at test time: package managers install from their caches (filled when the fixtures were generated
 * on this machine), and no CI variables leak in from the machine running the tests.
 */
export const OFFLINE_ENV: Record<string, string> = {
  PATH: `${TOOLS_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  UV_OFFLINE: '1',
  UV_NO_PROGRESS: '1',
  GOFLAGS: '-mod=mod',
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  CARGO_NET_OFFLINE: 'true',
  ...(process.env.CARGO_HOME ? { CARGO_HOME: process.env.CARGO_HOME } : {}),
  ...(process.env.RUSTUP_HOME ? { RUSTUP_HOME: process.env.RUSTUP_HOME } : {}),
  ...(process.env.GOPATH ? { GOPATH: process.env.GOPATH } : {}),
  ...(process.env.GOCACHE ? { GOCACHE: process.env.GOCACHE } : {}),
  ...(process.env.RUNLENS_TOOLS ? { RUNLENS_TOOLS: process.env.RUNLENS_TOOLS } : {}),
  RUNLENS_LOG_ORDER: 'grouped',
};

export async function runlens(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Ran> {
  const { cli } = await buildSource();
  return runNode(cli, args, { cwd, env: { ...OFFLINE_ENV, ...env } });
}

export function readYaml(file: string): unknown {
  return load(readFileSync(file, 'utf8'));
}

/** Schema errors of the three files init writes (empty when they validate); actionlint too when installed. */
export function validateWritten(dir: string): string[] {
  const errors: string[] = [];
  const check = (file: string, v: ReturnType<typeof validatorFor>) => {
    for (const e of schemaErrors(v, readYaml(path.join(dir, file)))) errors.push(`${file}: ${e}`);
  };
  check('runlens.yml', validatorFor(path.join(repoRoot, 'schema', 'runlens.schema.json')));
  check('.github/workflows/runlens.yml', validatorFor('github-workflow.schema.json'));
  check('.gitlab-ci.yml', validatorFor('gitlab-ci.schema.json'));
  return errors;
}

/** actionlint's complaints about the workflow, or undefined when actionlint is not installed (scripts/install-tools.sh). */
export function actionlint(dir: string): string | undefined {
  const bin = path.join(TOOLS_BIN, 'actionlint');
  if (!existsSync(bin)) return undefined;
  try {
    execFileSync(bin, ['-no-color', '.github/workflows/runlens.yml'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    return '';
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

export interface RunJson {
  status: string;
  steps: Array<{ id: string; status: string; cases: unknown[] }>;
}

export function runJson(dir: string): RunJson {
  return JSON.parse(readFileSync(path.join(dir, '.runlens', 'run.json'), 'utf8')) as RunJson;
}
