// The gitleaks preset: its report holds the secrets themselves; a finding never does.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from '../support/secrets.js';
import { removeWorkspaces, requireTools, runTool, workspace } from './support.js';

beforeAll(() => requireTools('gitleaks'));
afterAll(removeWorkspaces);

describe('gitleaks preset', () => {
  it('reports each leak with a redacted snippet and masks the secret before logging anything', async () => {
    const ws = await workspace();
    const aws = fake.awsKeyId();
    const pat = fake.githubPat();
    await mkdir(path.join(ws, 'deploy'));
    await writeFile(path.join(ws, 'deploy', 'config.yml'), `aws:\n  key_id: ${aws}\n  token: "${pat}"\n`);
    await writeFile(path.join(ws, 'README.md'), 'nothing secret here\n');
    const before = new Set(await readdir(os.tmpdir()));
    const { outcome, masked, log } = await runTool({ preset: 'gitleaks' }, ws);

    expect(outcome.status).toBeUndefined();
    expect(masked).toEqual(expect.arrayContaining([aws, pat]));
    const byRule = Object.fromEntries(outcome.findings.map((f) => [f.ruleId, f]));
    expect(Object.keys(byRule).sort()).toEqual(['aws-access-token', 'github-pat']);
    expect(byRule['aws-access-token']).toMatchObject({
      tool: 'gitleaks',
      toolVersion: '8.30.1',
      severity: 'high',
      category: 'secret',
      location: { path: 'deploy/config.yml', startLine: 2, startColumn: 11, snippet: `${aws.slice(0, 4)}****` },
    });
    expect(byRule['github-pat']!.location).toMatchObject({ startLine: 3, snippet: 'ghp_****' });
    const everything = JSON.stringify({ outcome, log });
    expect(everything).not.toContain(aws);
    expect(everything).not.toContain(pat);
    expect(outcome.tools).toEqual([
      { name: 'gitleaks', version: '8.30.1', informationUri: 'https://github.com/gitleaks/gitleaks', category: 'secret' },
    ]);
    // gitleaks wrote the secrets to its report file: that file is gone with the step.
    const left = (await readdir(os.tmpdir())).filter((f) => f.startsWith('runlens-tool-') && !before.has(f));
    expect(left).toEqual([]);
  });

  it('keeps a secret’s fingerprint when the secret moves to another line', async () => {
    const ws = await workspace();
    const token = fake.githubPat();
    await writeFile(path.join(ws, 'a.env'), `TOKEN=${token}\n`);
    const first = (await runTool({ preset: 'gitleaks' }, ws)).outcome.findings[0]!;
    await writeFile(path.join(ws, 'a.env'), `# moved\n\nTOKEN=${token}\n`);
    const second = (await runTool({ preset: 'gitleaks' }, ws)).outcome.findings[0]!;
    expect(second.location?.startLine).toBe(3);
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  it('scans each of several paths (gitleaks takes one per run) and reports paths from the repository root', async () => {
    const ws = await workspace();
    await mkdir(path.join(ws, 'svc', 'a'), { recursive: true });
    await mkdir(path.join(ws, 'svc', 'b'), { recursive: true });
    await writeFile(path.join(ws, 'svc', 'a', 'x.txt'), `key ${fake.awsKeyId()}\n`);
    await writeFile(path.join(ws, 'svc', 'b', 'y.txt'), `key ${fake.awsKeyId()}\n`);
    const { outcome } = await runTool({ preset: 'gitleaks', paths: ['a', 'b'] }, ws, { sub: 'svc' });
    expect(outcome.findings.map((f) => f.location?.path).sort()).toEqual(['svc/a/x.txt', 'svc/b/y.txt']);
  });
});
