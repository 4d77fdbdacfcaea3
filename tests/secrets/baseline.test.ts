// Baselines: accept today's known secrets, fail only on new ones.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSecretsBaseline } from '../../src/checks/secrets/baseline.js';
import { fake, runSecretsCheck, tempDir } from '../support/secrets.js';

describe('secrets check: baseline', () => {
  it('writes a baseline artifact of fingerprints, never the secrets', async () => {
    const token = fake.githubPat();
    const dir = await tempDir({ 'a.env': `GH=${token}\n` });
    const run = await runSecretsCheck(dir);
    expect(run.outcome.artifacts).toEqual(['.runlens/secrets/secrets.baseline.json']);
    const text = await readFile(path.join(dir, '.runlens/secrets/secrets.baseline.json'), 'utf8');
    expect(text).not.toContain(token);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      tool: 'runlens-secrets',
      secrets: [{ fingerprint: run.outcome.findings[0]!.fingerprint, rule: 'github-pat', path: 'a.env', line: 1 }],
    });
  });

  it('reports only secrets missing from the baseline', async () => {
    const dir = await tempDir({ 'a.env': `GH=${fake.githubPat()}\n` });
    await writeFile(
      path.join(dir, 'baseline.json'),
      await readFile(path.join((await runSecretsCheck(dir)).outputDir, 'secrets/secrets.baseline.json')),
    );
    await writeFile(path.join(dir, 'b.env'), `NPM=${fake.npm()}\n`);
    const run = await runSecretsCheck(dir, { baseline: 'baseline.json' });
    expect(run.outcome.findings.map((f) => f.location?.path)).toEqual(['b.env']);
    expect(run.outcome.summary).toMatch(/1 secret found\*\* \(1 more known in the baseline, not reported\)/);
  });

  it('keeps the fingerprint when the secret moves to another line', async () => {
    const token = fake.stripeLive();
    const dir = await tempDir({ 'a.env': `KEY=${token}\n` });
    const before = (await runSecretsCheck(dir)).outcome.findings[0]!.fingerprint;
    await writeFile(path.join(dir, 'a.env'), `# moved\n\n  KEY=${token}\n`);
    const after = (await runSecretsCheck(dir)).outcome.findings[0]!;
    expect(after.location?.startLine).toBe(3);
    expect(after.fingerprint).toBe(before);
  });

  it('gives a second copy of the same secret in a file its own fingerprint', async () => {
    const token = fake.npm();
    const dir = await tempDir({ 'a.env': `A=${token}\nB=${token}\n` });
    const [a, b] = (await runSecretsCheck(dir)).outcome.findings;
    expect(a!.fingerprint).not.toBe(b!.fingerprint);
  });

  it('accepts a plain JSON list of fingerprints, and names a baseline that is not JSON', async () => {
    const dir = await tempDir({ 'a.env': `GH=${fake.githubPat()}\n` });
    const fp = (await runSecretsCheck(dir)).outcome.findings[0]!.fingerprint;
    await writeFile(path.join(dir, 'list.json'), JSON.stringify([fp]));
    expect((await runSecretsCheck(dir, { baseline: 'list.json' })).outcome.findings).toEqual([]);
    await writeFile(path.join(dir, 'bad.json'), '{ nope');
    await expect(runSecretsCheck(dir, { baseline: 'bad.json' })).rejects.toThrow(/bad\.json: the secrets baseline is not JSON/);
  });

  it('writes a baseline from findings, for a CLI command', async () => {
    const dir = await tempDir({ 'a.env': `GH=${fake.githubPat()}\n` });
    const { findings } = (await runSecretsCheck(dir)).outcome;
    expect(await writeSecretsBaseline(path.join(dir, 'accepted.json'), findings)).toBe(1);
    expect((await runSecretsCheck(dir, { baseline: 'accepted.json' })).outcome.findings).toEqual([]);
  });
});
