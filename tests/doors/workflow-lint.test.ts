// The workflows users copy (workflows-examples/) and runlens's own CI are clean under actionlint and zizmor
// (both pinned in scripts/install-tools.sh), pin every action by full commit SHA and grant least privilege.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';

const bin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');
const examples = readdirSync(path.join(repoRoot, 'workflows-examples'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `workflows-examples/${f}`);
const workflows = [...examples, '.github/workflows/ci.yml'];

function tool(name: string): string {
  const file = path.join(bin, name);
  if (!existsSync(file)) throw new Error(`${name} is not installed: run \`bash scripts/install-tools.sh ${name}\``);
  return file;
}

async function lint(program: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await promisify(execFile)(program, args, { cwd: repoRoot, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
}
const read = (file: string) => load(readFileSync(path.join(repoRoot, file), 'utf8')) as Workflow;

describe('workflow linters', () => {
  it('actionlint finds nothing (shellcheck included) in the example workflows and ci.yml', async () => {
    const r = await lint(tool('actionlint'), ['-no-color', ...workflows]);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it('zizmor (offline audits) finds nothing in the example workflows and ci.yml', async () => {
    const r = await lint(tool('zizmor'), ['--offline', '--no-progress', '--format=plain', ...workflows]);
    expect(r.out).toMatch(/No findings to report/);
    expect(r.code).toBe(0);
  }, 60_000);

  it('zizmor does flag a workflow that pins an action by tag (the test can fail)', async () => {
    const bad = path.join(repoRoot, 'tests', 'fixtures', 'doors', 'unpinned-workflow.yml');
    const r = await lint(tool('zizmor'), ['--offline', '--no-progress', '--format=plain', bad]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/unpinned-uses/);
  }, 60_000);
});

describe.each(examples)('%s', (file) => {
  const wf = read(file);
  const jobs = Object.values(wf.jobs);

  it('pins every action by a full commit SHA', () => {
    for (const step of jobs.flatMap((j) => j.steps)) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('grants each job only what it needs', () => {
    for (const job of jobs) {
      const runlens = job.steps.find((s) => s.uses?.startsWith('runlens/runlens@'));
      const p = job.permissions ?? wf.permissions ?? {};
      expect(p.contents).toMatch(/^(read|write)$/);
      // The summary comment is on by default on pull requests; a workflow without them needs no write there.
      const onPullRequests = runlens !== undefined && 'pull_request' in wf.on && runlens.with?.['pr-comment'] !== 'off';
      if (onPullRequests) expect(p['pull-requests']).toBe('write');
      const uploads = runlens?.with?.['upload-sarif'] === true || job.steps.some((s) => s.uses?.includes('codeql-action/upload-sarif'));
      expect(p['security-events'] === 'write').toBe(uploads);
      if (!('workflow_dispatch' in wf.on && p.contents === 'write')) expect(p.contents).toBe('read');
    }
  });
});
