// Issue 16, "Paths" and "Audit trail" for `uses: semgrep`: `sarif-output` is a file runlens has semgrep
// write, so it stays inside the workspace (`..`, absolute and symlinks out are refused; the plan refuses the
// first two at runlens.yml:line, the check refuses them all again at run time), and the file semgrep wrote is
// listed in run.json `files`.
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerMark, writtenSince } from '../../src/base/written-files.js';
import { buildPlan } from '../../src/engine/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/base/errors.js';
import { removeTempDirs, scan, tempDir, workspace } from './support.js';

let ws: string;
beforeAll(async () => {
  ws = await workspace();
});
afterAll(removeTempDirs);

describe('semgrep sarif-output stays inside the workspace', () => {
  it('is refused in runlens.yml when it leads out through ".." or is absolute, at the line that says so', async () => {
    for (const [value, why] of [
      ['../out.sarif', /it leads out of the workspace/],
      ['/tmp/out.sarif', /it is an absolute path outside the workspace/],
    ] as const) {
      const dir = await tempDir();
      await writeFile(
        path.join(dir, 'runlens.yml'),
        `version: 1\nsteps:\n  scan:\n    uses: semgrep\n    with:\n      config: rules\n      sarif-output: ${value}\n`,
      );
      const loaded = await loadConfig({ cwd: dir, env: {} });
      let error: unknown;
      try {
        buildPlan(loaded.config, { locate: loaded.locate, workspace: dir });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/runlens\.yml:7:\d+: steps\.scan\.with\.sarif-output: sarif-output ".*" is refused/);
      expect((error as Error).message).toMatch(why);
    }
  });

  it('fails the step, without running semgrep, when sarif-output is a symlink out of the workspace', async () => {
    const outside = await tempDir('runlens-outside-');
    await writeFile(path.join(outside, 'victim.sarif'), 'keep me\n');
    await mkdir(path.join(ws, 'linked'), { recursive: true });
    await symlink(path.join(outside, 'victim.sarif'), path.join(ws, 'linked', 'semgrep.sarif'));
    const r = await scan(ws, { config: 'rules/python.yml', paths: 'app', 'sarif-output': 'linked/semgrep.sarif' });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toMatch(
      /sarif-output "linked\/semgrep\.sarif" is refused: it is a symlink to .*victim\.sarif, outside the workspace/,
    );
    expect(readFileSync(path.join(outside, 'victim.sarif'), 'utf8')).toBe('keep me\n');
  });

  it('fails the step when the check is given a sarif-output leading out (the plan bypassed)', async () => {
    const r = await scan(ws, { config: 'rules/python.yml', paths: 'app', 'sarif-output': '../elsewhere.sarif' });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toMatch(/sarif-output "\.\.\/elsewhere\.sarif" is refused: it leads out of the workspace/);
  });

  it("lists semgrep's own SARIF in the audit trail (run.json `files`)", async () => {
    const mark = ledgerMark();
    const r = await scan(ws, { config: 'rules/python.yml', paths: 'app', 'sarif-output': 'reports/own.sarif' });
    expect(r.outcome.error).toBeUndefined();
    expect(writtenSince(mark)).toContain(path.join(ws, 'reports', 'own.sarif'));
  }, 60_000);
});
