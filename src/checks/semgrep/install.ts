// `install: auto`: semgrep at the pinned version in a venv of its own under the user's cache
// (`~/.cache/runlens/semgrep-<version>`), installed once with pip from PyPI and reused by later runs.
import { access, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { atomicWriteFile } from '../../base/atomic-write.js';
import { RunlensError } from '../../base/errors.js';
import { recordWrite } from '../../base/written-files.js';
import type { CheckContext } from '../check.js';

const MARK = '.runlens-installed';

export function installDir(env: Record<string, string | undefined>, version: string): string {
  const cache = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(cache, 'runlens', `semgrep-${version}`);
}

async function installed(dir: string, version: string): Promise<boolean> {
  try {
    await access(path.join(dir, 'bin', 'semgrep'));
    return (await readFile(path.join(dir, MARK), 'utf8')).trim() === version;
  } catch {
    return false;
  }
}

/** The semgrep program to run: the cached one, installed first when missing. */
export async function ensureSemgrep(ctx: CheckContext<unknown>, version: string): Promise<string> {
  const dir = installDir(ctx.env, version);
  const program = path.join(dir, 'bin', 'semgrep');
  if (await installed(dir, version)) return program;

  ctx.log(`semgrep: installing semgrep ${version} into ${dir} (install: auto)`);
  await rm(dir, { recursive: true, force: true });
  const python = ctx.env.RUNLENS_PYTHON || 'python3';
  const steps: string[][] = [
    [python, '-m', 'venv', dir],
    [path.join(dir, 'bin', 'python'), '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `semgrep==${version}`],
  ];
  for (const argv of steps) {
    let r;
    try {
      r = await ctx.exec(argv, { stdout: 'log', stderr: 'capture' });
    } catch (err) {
      throw new RunlensError(`semgrep could not be installed (install: auto): ${(err as Error).message}`);
    }
    if (r.status !== 'passed') {
      await rm(dir, { recursive: true, force: true });
      const why = r.stderr.trim().split('\n').slice(-3).join(' ') || r.error || `exit code ${String(r.exitCode)}`;
      throw new RunlensError(`semgrep ${version} could not be installed (install: auto): \`${argv.join(' ')}\` failed: ${why}`);
    }
  }
  await atomicWriteFile(path.join(dir, MARK), `${version}\n`);
  // The venv's files are pip's; the program runlens will run is listed in run.json `files` (with its sha256)
  // next to the marker, so the audit trail shows what was installed and run.
  recordWrite(program);
  return program;
}
