// "Only what the PR changed fails it" through both doors, on real git repositories: findings on lines the
// pull/merge request did not touch are reported as existing and never fail the gate; a secret from the
// change's own commits always counts; and a fetch-depth: 2 clone of such a PR is deepened, not trusted.
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSource, runAction, type SourceBuild } from '../support/source-build.js';
import { runNode } from '../support/dist.js';
import { commitAll, fake, git, gitRepo, writeFiles } from '../support/secrets.js';

let build: SourceBuild;
beforeAll(async () => {
  build = await buildSource();
}, 120_000);

const APP = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

/** A SARIF file as a linter writes it: one error per line given, in app.js. */
function sarif(lines: number[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lintish', rules: [{ id: 'no-eval' }] } },
        results: lines.map((l) => ({
          ruleId: 'no-eval',
          level: 'error',
          message: { text: `eval on line ${l}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'app.js' }, region: { startLine: l } } }],
        })),
      },
    ],
  });
}

const CONFIG = [
  'version: 1',
  'fail-on: note',
  'steps:',
  '  lint: { run: "true", sarif: lint.sarif }',
  '  secrets: { uses: secrets }',
  '',
].join('\n');

/** main holds app.js (10 lines) and an old leaked token; the PR adds line 11 and a lint report. */
async function pullRequest(findingLines: number[]): Promise<{ repo: string; base: string; head: string }> {
  const repo = await gitRepo();
  await writeFiles(repo, { 'runlens.yml': CONFIG, 'app.js': APP, 'old.env': `NPM_TOKEN=${fake.npm()}\n` });
  const base = commitAll(repo, 'main');
  git(repo, 'checkout', '-q', '-b', 'pr');
  await writeFiles(repo, { 'app.js': APP + 'line 11\n', 'lint.sarif': sarif(findingLines) });
  const head = commitAll(repo, 'add line 11');
  return { repo, base, head };
}

async function githubEvent(base: string, head: string, commits: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-event-'));
  const file = path.join(dir, 'event.json');
  await writeFile(file, JSON.stringify({ pull_request: { number: 7, commits, base: { sha: base }, head: { sha: head } } }));
  return file;
}

const githubEnv = (event: string) => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: event,
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_RUN_ID: '1',
  GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
});

describe('new-only through the action door (pull_request)', () => {
  it('passes when the only findings are on lines the PR did not change, listing them as existing', async () => {
    const { repo, base, head } = await pullRequest([3]);
    const r = await runAction(build, repo, {}, githubEnv(await githubEvent(base, head, 1)));
    expect(r.outputs.result, r.stdout + r.stderr).toBe('passed');
    expect(r.summary).toMatch(/\*\*New-only\*\* \(added\)/);
    expect(r.summary).toMatch(/\| existing \|/);
    expect(r.summary).toContain('high · existing');
    const runJson = JSON.parse(await readFile(path.join(repo, '.runlens', 'run.json'), 'utf8'));
    expect(runJson.gate.existing).toBe(2); // the lint finding on line 3 and the old token in old.env
    expect(runJson.review).toMatchObject({ mode: 'added', base, head, changedFiles: 2 });
    // Still in the SARIF, marked as there before the change.
    const log = JSON.parse(await readFile(path.join(repo, '.runlens', 'runlens.sarif'), 'utf8'));
    const states = log.runs.flatMap((run: { results: Array<{ baselineState?: string }> }) => run.results.map((x) => x.baselineState));
    expect(states.sort()).toEqual(['unchanged', 'unchanged']);
  });

  it('fails when a finding sits on a line the PR added, and only that one counts', async () => {
    const { repo, base, head } = await pullRequest([3, 11]);
    const r = await runAction(build, repo, {}, githubEnv(await githubEvent(base, head, 1)));
    expect(r.outputs.result).toBe('failed');
    expect(r.summary).toMatch(/1 high new finding at or above the note threshold \(2 existing findings/);
    expect(r.summary).toContain('high · new');
  });

  it('counts every finding with new-only: nofilter (the input beats runlens.yml)', async () => {
    const { repo, base, head } = await pullRequest([3]);
    const r = await runAction(build, repo, { 'new-only': 'nofilter' }, githubEnv(await githubEvent(base, head, 1)));
    expect(r.outputs.result).toBe('failed');
    expect(r.summary).not.toContain('existing');
  });

  it('counts every finding outside a pull request (auto is nofilter on a push)', async () => {
    const { repo } = await pullRequest([3]);
    const r = await runAction(build, repo, {}, { ...githubEnv(''), GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '' });
    expect(r.outputs.result).toBe('failed');
  });

  it('deepens a fetch-depth: 2 checkout so a secret added and removed within the PR still fails it', async () => {
    const origin = await gitRepo();
    await writeFiles(origin, { 'runlens.yml': 'version: 1\nsteps:\n  secrets: { uses: secrets }\n', 'README.md': '# app\n' });
    const base = commitAll(origin, 'main');
    git(origin, 'checkout', '-q', '-b', 'pr');
    await writeFiles(origin, { 'deploy.sh': `export NPM_TOKEN=${fake.npm()}\n` });
    commitAll(origin, 'deploy script');
    await rm(path.join(origin, 'deploy.sh'));
    const head = commitAll(origin, 'oops, remove it');
    // GitHub checks out refs/pull/N/merge: a merge commit of base and head.
    git(origin, 'checkout', '-q', '-b', 'pull-7-merge', 'main');
    git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', 'pr');
    const clone = path.join(await mkdtemp(path.join(os.tmpdir(), 'runlens-shallow-')), 'work');
    git(os.tmpdir(), 'clone', '-q', '--depth', '2', '--branch', 'pull-7-merge', `file://${origin}`, clone);
    expect(git(clone, 'rev-list', '--count', `${base}..${head}`)).toBe('1');

    const r = await runAction(build, clone, {}, githubEnv(await githubEvent(base, head, 2)));
    expect(r.stdout).toMatch(/history: deepened the shallow clone by 2 commits/);
    expect(r.outputs.result).toBe('failed');
    expect(r.summary).toMatch(/npm/i);

    // Without a reachable remote, the run says what is missing and how to fix it.
    const offline = path.join(path.dirname(clone), 'offline');
    git(os.tmpdir(), 'clone', '-q', '--depth', '2', '--branch', 'pull-7-merge', `file://${origin}`, offline);
    git(offline, 'remote', 'set-url', 'origin', `file://${path.join(path.dirname(clone), 'gone')}`);
    const w = await runAction(build, offline, {}, githubEnv(await githubEvent(base, head, 2)));
    const warning = w.commands.find((c) => c.name === 'warning' && /Incomplete history/.test(c.message));
    expect(warning?.message).toMatch(/only 1 of the change's 2 commits .*fetch-depth: 0/);
    expect(w.summary).toMatch(/Incomplete history/);
  }, 60_000);
});

describe('new-only through the CLI door (GitLab merge request)', () => {
  const gitlabEnv = (base: string, head: string) => ({
    GITLAB_CI: 'true',
    CI: 'true',
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    CI_COMMIT_SHA: head,
  });

  it('passes on existing findings and fails on a secret from the merge request’s own commits', async () => {
    const { repo, base, head } = await pullRequest([3]);
    const clean = await runNode(build.cli, ['run'], { cwd: repo, env: gitlabEnv(base, head) });
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);

    // A commit that adds a token and one that removes it: the tree is clean, the history is not.
    await writeFiles(repo, { 'deploy.sh': `export NPM_TOKEN=${fake.npm()}\n` });
    commitAll(repo, 'deploy script');
    await rm(path.join(repo, 'deploy.sh'));
    const head2 = commitAll(repo, 'remove it');
    const leaked = await runNode(build.cli, ['run', '--new-only', 'added'], { cwd: repo, env: gitlabEnv(base, head2) });
    expect(leaked.code).toBe(1);
    expect(leaked.stdout).toMatch(/1 high new finding|new finding/);
  }, 60_000);

  it('takes RUNLENS_NEW_ONLY, and rejects a mode it does not know naming the variable', async () => {
    const { repo, base, head } = await pullRequest([3]);
    const strict = await runNode(build.cli, ['run'], { cwd: repo, env: { ...gitlabEnv(base, head), RUNLENS_NEW_ONLY: 'file' } });
    expect(strict.code).toBe(1); // app.js changed: its line-3 finding counts in file mode
    const bad = await runNode(build.cli, ['run'], { cwd: repo, env: { ...gitlabEnv(base, head), RUNLENS_NEW_ONLY: 'lines' } });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain('RUNLENS_NEW_ONLY');
  }, 60_000);
});
