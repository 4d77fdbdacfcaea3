// The history scope, on real git repositories: what a range of commits added, with commit and author.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, fake, git, gitRepo, runSecretsCheck, tempDir, writeFiles } from '../support/secrets.js';

describe('secrets check: git history', () => {
  it('finds a secret a commit added and a later commit removed, naming commit, author and date', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'README.md': '# app\n' });
    const base = commitAll(repo, 'init');
    const token = fake.slackBot();
    await writeFiles(repo, { 'src/notify.js': `// notifier\nconst client = new WebClient(\n  "${token}");\n` });
    const leak = commitAll(repo, 'add notifier');
    await writeFiles(repo, { 'src/notify.js': '// notifier\nconst client = new WebClient(process.env.SLACK_TOKEN);\n' });
    const head = commitAll(repo, 'read the token from the environment');

    const run = await runSecretsCheck(repo, { history: `${base}..${head}` });
    expect(run.outcome.findings).toHaveLength(1);
    const [f] = run.outcome.findings;
    expect(f).toMatchObject({
      ruleId: 'slack-bot-token',
      location: { path: 'src/notify.js', startLine: 3, startColumn: 4 },
      properties: { scope: 'history', commit: leak, author: 'Ada Lovelace <ada@example.com>' },
    });
    expect(String(f?.properties?.date)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(f?.message).toContain(leak.slice(0, 12));
    // Not in the working tree any more: reports link the commit that added it, not the file at head.
    expect(f?.message).toContain('and removed since');
    expect(f?.properties?.removed).toBe(true);
    expect(run.masked).toContain(token);
  });

  it('does not call a secret "removed since" while the working tree still holds it', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'README.md': '# app\n' });
    const base = commitAll(repo, 'init');
    await writeFiles(repo, { 'deploy.sh': `export NPM_TOKEN=${fake.npm()}\n` });
    const head = commitAll(repo, 'deploy script');
    const run = await runSecretsCheck(repo, { tree: false, history: `${base}..${head}` });
    expect(run.outcome.findings).toHaveLength(1);
    expect(run.outcome.findings[0]?.message).not.toContain('removed since');
    expect(run.outcome.findings[0]?.properties?.removed).toBeUndefined();
  });

  it('scans the commits of a pull request (base..head) by default on CI, not the ones before it', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'old.env': `NPM_TOKEN=${fake.npm()}\n` });
    commitAll(repo, 'an old leak, already on main');
    await rm(path.join(repo, 'old.env'));
    const base = commitAll(repo, 'remove it');
    await writeFiles(repo, { 'new.env': `GITHUB_TOKEN=${fake.githubPat()}\n` });
    const head = commitAll(repo, 'the PR leaks a new one');
    await rm(path.join(repo, 'new.env'));
    commitAll(repo, 'not part of this PR');

    const run = await runSecretsCheck(repo, { tree: false }, { kind: 'github', baseSha: base, sha: head });
    expect(run.outcome.findings.map((f) => [f.ruleId, f.location?.path])).toEqual([['github-pat', 'new.env']]);
    expect(run.outcome.summary).toMatch(new RegExp(`1 commit of ${base}\\.\\.${head}`));
  });

  it('scans no history on a laptop unless asked', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'a.env': `NPM_TOKEN=${fake.npm()}\n` });
    commitAll(repo, 'leak');
    await rm(path.join(repo, 'a.env'));
    commitAll(repo, 'remove');
    expect((await runSecretsCheck(repo)).outcome.findings).toEqual([]);
    expect((await runSecretsCheck(repo, { history: 'all' })).outcome.findings).toHaveLength(1);
  });

  it('reports a secret that is in the tree and in the range once, with the commit that added it', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'README.md': '# app\n' });
    const base = commitAll(repo, 'init');
    await writeFiles(repo, { 'deploy.sh': `export STRIPE_KEY=${fake.stripeLive()}\n` });
    const head = commitAll(repo, 'deploy script');
    const run = await runSecretsCheck(repo, { history: `${base}..${head}` });
    expect(run.outcome.findings).toHaveLength(1);
    expect(run.outcome.findings[0]?.properties).toMatchObject({ scope: 'tree', commit: head });
  });

  it('warns and still scans the tree when the base commit is missing (shallow clone)', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'a.txt': `${fake.npm()}\n` });
    const head = commitAll(repo, 'one');
    const run = await runSecretsCheck(repo, {}, { kind: 'gitlab', baseSha: 'f'.repeat(40), sha: head });
    expect(run.outcome.findings).toHaveLength(1);
    expect(run.outcome.summary).toMatch(/History not scanned: the base commit ffffffffffff is not in this clone.*fetch-depth: 0/);
    expect(run.logs.join('\n')).toMatch(/history not scanned/);
  });

  it('fails with what to do when an explicit range cannot be resolved', async () => {
    const repo = await gitRepo();
    await writeFiles(repo, { 'a.txt': 'x\n' });
    commitAll(repo, 'one');
    await expect(runSecretsCheck(repo, { history: 'nope..HEAD' })).rejects.toThrow(/base commit nope is not in this clone/);
  });

  it('fails when history is asked for outside a git repository', async () => {
    const dir = await tempDir({ 'a.txt': 'x\n' });
    await expect(runSecretsCheck(dir, { history: 'all' })).rejects.toThrow(/not a git repository; set `history: off`/);
  });

  it('finds a private key whose lines a commit added', async () => {
    const repo = await gitRepo();
    await writeFile(path.join(repo, 'README.md'), '# keys\n');
    const base = commitAll(repo, 'init');
    await writeFiles(repo, { 'README.md': `# keys\n\n${fake.rsaKey()}\n` });
    const head = commitAll(repo, 'oops');
    await writeFiles(repo, { 'README.md': '# keys\n' });
    commitAll(repo, 'remove');
    const run = await runSecretsCheck(repo, { history: `${base}..${head}`, tree: false });
    expect(run.outcome.findings.map((f) => [f.ruleId, f.location?.startLine])).toEqual([['private-key-rsa', 3]]);
    expect(git(repo, 'log', '--format=%s', '-1')).toBe('remove');
  });
});
