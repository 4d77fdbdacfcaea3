// A copy of tests/fixtures/scale/<name> in a temp dir, and the runlens built from the current source.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunResult } from '../../src/model/result.js';
import { repoRoot, runNode, type Ran } from '../support/dist.js';
import { buildSource } from '../support/source-build.js';

export async function fixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `runlens-scale-${name}-`));
  await cp(path.join(repoRoot, 'tests', 'fixtures', 'scale', name), dir, { recursive: true });
  return dir;
}

/** Credential-shaped values made at run time, so none sits in the repository: one file each under src/. */
export async function plantSecrets(dir: string, count: number, sub = 'src'): Promise<void> {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < count; i++) {
    let body = '';
    for (let j = 0; j < 36; j++) body += alphabet[(i * 7 + j * 13 + j * j) % alphabet.length];
    await writeFile(path.join(dir, sub, `service-${i}.env`), `GITHUB_TOKEN=${['ghp', '_', body].join('')}\n`);
  }
}

export async function runlens(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  const build = await buildSource();
  return runNode(build.cli, args, { cwd, env });
}

export async function readRun(dir: string): Promise<RunResult> {
  return JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as RunResult;
}

/** What "the same result" means: the findings, test cases and verdicts, independent of order and timing. */
export function verdicts(run: RunResult) {
  const findings = run.steps
    .flatMap((s) => s.findings)
    .map((f) => [f.stepId, f.tool, f.ruleId, f.severity, f.location?.path, f.location?.startLine, f.fingerprint].join('|'))
    .sort();
  const cases = run.steps
    .flatMap((s) => s.cases)
    .map((c) => [c.suite, c.classname, c.name, c.status].join('|'))
    .sort();
  const steps = Object.fromEntries(run.steps.map((s) => [s.id, s.status]));
  return { findings, cases, steps, status: run.status, exitCode: run.exitCode, gate: run.gate.passed, counts: run.counts };
}
