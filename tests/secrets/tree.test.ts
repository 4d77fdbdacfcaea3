// The working-tree scope: what is scanned and what is skipped, on real files in temp directories.
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake, runSecretsCheck, tempDir } from '../support/secrets.js';

const paths = (run: Awaited<ReturnType<typeof runSecretsCheck>>) => run.outcome.findings.map((f) => f.location?.path).sort();

describe('secrets check: working tree', () => {
  it('skips files ignored by nested .gitignore files, deeper ones winning', async () => {
    const t = fake.githubPat();
    const dir = await tempDir({
      '.gitignore': '*.env\nbuild/\n',
      'app/.gitignore': '!keep.env\n',
      'app/keep.env': `TOKEN=${t}\n`,
      'app/drop.env': `TOKEN=${t}\n`,
      'root.env': `TOKEN=${t}\n`,
      'build/out.js': `const t = "${t}";\n`,
      'src/main.js': `const t = "${t}";\n`,
    });
    expect(paths(await runSecretsCheck(dir))).toEqual(['app/keep.env', 'src/main.js']);
  });

  it('applies .git/info/exclude', async () => {
    const dir = await tempDir({ '.git/info/exclude': 'local.txt\n', 'local.txt': `k=${fake.npm()}\n`, 'a.txt': `k=${fake.npm()}\n` });
    expect(paths(await runSecretsCheck(dir))).toEqual(['a.txt']);
  });

  it('scans ignored files when gitignore is off', async () => {
    const dir = await tempDir({ '.gitignore': '*.env\n', 'x.env': `TOKEN=${fake.githubPat()}\n` });
    expect(paths(await runSecretsCheck(dir, { gitignore: false }))).toEqual(['x.env']);
  });

  it('skips binary files (a NUL byte in the first 8 KiB)', async () => {
    const dir = await tempDir({ 'blob.bin': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(` ${fake.githubPat()} `)]) });
    const run = await runSecretsCheck(dir);
    expect(run.outcome.findings).toEqual([]);
    expect(run.outcome.summary).toMatch(/1 binary/);
  });

  it('skips files over the size limit and says so', async () => {
    const dir = await tempDir({ 'big.txt': `${'x'.repeat(2048)}\n${fake.githubPat()}\n`, 'small.txt': `${fake.githubPat()}\n` });
    const run = await runSecretsCheck(dir, { 'max-file-size': '1KB' });
    expect(paths(run)).toEqual(['small.txt']);
    expect(run.outcome.summary).toMatch(/1 larger than/);
  });

  it('does not follow symlinks, and counts those that leave the repository', async () => {
    const outside = await tempDir({ 'creds.txt': `${fake.githubPat()}\n` });
    const dir = await tempDir({ 'real.txt': `${fake.npm()}\n` });
    await symlink(path.join(outside, 'creds.txt'), path.join(dir, 'escape.txt'));
    await symlink(path.join(dir, 'real.txt'), path.join(dir, 'alias.txt'));
    const run = await runSecretsCheck(dir);
    expect(paths(run)).toEqual(['real.txt']);
    expect(run.outcome.summary).toMatch(/2 symlinks \(1 leaving the repository\)/);
  });

  it('never enters .git or the output directory', async () => {
    const t = fake.githubPat();
    const dir = await tempDir({
      '.git/config': `url = https://x:${t}@example.com\n`,
      '.runlens/run.json': `"${t}"\n`,
      'ok.txt': 'nothing here\n',
    });
    expect((await runSecretsCheck(dir)).outcome.findings).toEqual([]);
  });

  it('skips allowlisted path globs', async () => {
    const dir = await tempDir({
      'tests/fixtures/a.txt': `${fake.npm()}\n`,
      'docs/x.min.js': `"${fake.npm()}"\n`,
      'src/b.txt': `${fake.npm()}\n`,
    });
    const run = await runSecretsCheck(dir, { allowlist: { paths: ['tests/fixtures/**', '*.min.js'] } });
    expect(paths(run)).toEqual(['src/b.txt']);
  });

  it('scans only the given paths, relative to the step directory', async () => {
    const dir = await tempDir({ 'a/one.txt': `${fake.npm()}\n`, 'b/two.txt': `${fake.npm()}\n` });
    expect(paths(await runSecretsCheck(dir, { paths: ['b'] }))).toEqual(['b/two.txt']);
  });

  it('reports line and column, counting columns in characters after non-ASCII text', async () => {
    const t = fake.githubPat();
    const dir = await tempDir({ 'i18n.txt': `first line\n# clé d’accès: ${t}\n` });
    const [f] = (await runSecretsCheck(dir)).outcome.findings;
    expect(f?.location).toMatchObject({ path: 'i18n.txt', startLine: 2, startColumn: 16, endLine: 2, endColumn: 16 + t.length });
  });

  it('finds a secret in an empty directory tree without failing', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'empty'));
    const run = await runSecretsCheck(dir);
    expect(run.outcome.findings).toEqual([]);
    expect(run.outcome.summary).toMatch(/Scanned 0 files/);
  });

  it('scans a file with a secret on its last line and no final newline', async () => {
    const dir = await tempDir({ 'k.pem': fake.rsaKey() });
    const [f] = (await runSecretsCheck(dir)).outcome.findings;
    expect(f).toMatchObject({ ruleId: 'private-key-rsa', location: { startLine: 1 } });
  });
});
