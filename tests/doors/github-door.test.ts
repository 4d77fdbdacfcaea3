// The GitHub door end to end: the action built from src/, the runner's environment with realistic
// GITHUB_EVENT_PATH payloads (tests/fixtures/github/events/), and the real @actions/github client against a
// local server speaking GitHub's documented REST endpoints (comments with authors, SARIF upload and status).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeForge, type FakeForge, type FakeForgeOptions } from '../support/fake-forge.js';
import { commitAll, git, gitRepo, writeFiles } from '../support/secrets.js';
import { schemaErrors, schemaValidator } from '../support/shared-schemas.js';
import { buildSource, runAction, type ActionRun, type SourceBuild } from '../support/source-build.js';

const EVENTS = path.join(import.meta.dirname, '..', 'fixtures', 'github', 'events');
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const MERGE = 'e'.repeat(40);
const MARKER = '<!-- runlens:comment:shop -->';

let build: SourceBuild;
beforeAll(async () => {
  build = await buildSource();
}, 120_000);

let forge: FakeForge | undefined;
afterEach(async () => {
  await forge?.close();
  forge = undefined;
});

async function startForge(opts: Partial<FakeForgeOptions> = {}): Promise<FakeForge> {
  forge = await startFakeForge({ token: 'ghs_installation_token', ...opts });
  return forge;
}

/** A fixture event with the shas of the repository the test built. */
async function eventFile(name: string, shas: { base?: string; head?: string } = {}): Promise<string> {
  const text = (await readFile(path.join(EVENTS, `${name}.json`), 'utf8'))
    .replaceAll(BASE, shas.base ?? BASE)
    .replaceAll(HEAD, shas.head ?? HEAD);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-event-'));
  await writeFile(path.join(dir, 'event.json'), text);
  return path.join(dir, 'event.json');
}

type EventName = 'push' | 'pull_request' | 'pull_request_fork' | 'pull_request_target' | 'merge_group';

async function githubEnv(f: FakeForge, event: EventName, shas: { base?: string; head?: string } = {}): Promise<Record<string, string>> {
  const eventName = event === 'pull_request_fork' ? 'pull_request' : event;
  const ref = {
    push: 'refs/heads/main',
    pull_request: 'refs/pull/12/merge',
    pull_request_fork: 'refs/pull/13/merge',
    pull_request_target: 'refs/heads/main',
    merge_group: `refs/heads/gh-readonly-queue/main/pr-12-${BASE}`,
  }[event];
  return {
    GITHUB_API_URL: f.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_JOB: 'runlens',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: await eventFile(event, shas),
    GITHUB_REF: ref,
    GITHUB_SHA: event === 'pull_request' || event === 'pull_request_fork' ? MERGE : event === 'merge_group' ? HEAD : (shas.head ?? HEAD),
  };
}

/** A linter that writes `n` error-level results on distinct lines of app.js. */
function lintConfig(n: number, extra = ''): string {
  const sarif = JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lintish', rules: [{ id: 'no-eval', properties: { 'security-severity': '8.0' } }] } },
        results: Array.from({ length: n }, (_, i) => ({
          ruleId: 'no-eval',
          level: 'error',
          message: { text: `eval on line ${i + 1}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'app.js' }, region: { startLine: i + 1 } } }],
        })),
      },
    ],
  });
  return [
    'version: 1',
    'name: shop',
    'steps:',
    '  lint:',
    `    run: [node, -e, "require('fs').writeFileSync('lint.sarif', process.env.SARIF)"]`,
    `    env: { SARIF: '${sarif.replace(/'/g, "''")}' }`,
    '    sarif: lint.sarif',
    extra,
  ].join('\n');
}

const APP = Array.from({ length: 20 }, (_, i) => `eval(input${i});`).join('\n') + '\n';

async function workspace(config: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gh-door-'));
  await writeFiles(dir, { 'runlens.yml': config, 'app.js': APP });
  return dir;
}

const annotations = (r: ActionRun, level: string) => r.commands.filter((c) => c.name === level);

describe('the PR comment (issue 13, items 4 and 5)', () => {
  it('writes every report first, and a stalled API costs a bounded wait and a warning, not the job', async () => {
    const f = await startForge({ stall: /\/issues\/12\/comments|\/user$/ });
    const ws = await workspace(lintConfig(1));
    const r = await runAction(
      build,
      ws,
      { 'fail-on': 'critical', 'github-token': 'ghs_installation_token', 'api-timeout': '1s' },
      await githubEnv(f, 'pull_request'),
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.result).toBe('passed');
    expect(r.summary).toMatch(/shop passed/);
    expect(existsSync(path.join(ws, '.runlens', 'run.json'))).toBe(true);
    const warning = annotations(r, 'warning').find((a) => /PR comment/.test(a.message));
    expect(warning?.message).toMatch(/could not post the PR comment: .*(no answer within 1s|gave up after 3s)/);
    // The comment phase started after the reports were written: the API saw the requests that stalled.
    expect(f.requests.some((q) => q.path === '/repos/acme/shop/issues/12/comments')).toBe(true);
  }, 60_000);

  it('edits only its own comment, never a user’s comment that quotes its marker', async () => {
    const f = await startForge();
    const quoted = { id: 1, body: `> ${MARKER}\n> ## shop failed\nWhy is this red?`, user: { login: 'octocat', type: 'User' as const } };
    f.threads.set('12', [{ ...quoted }]);
    const ws = await workspace(lintConfig(1));
    const env = await githubEnv(f, 'pull_request');
    for (let i = 0; i < 2; i++) {
      const r = await runAction(build, ws, { 'fail-on': 'critical', 'github-token': 'ghs_installation_token' }, env);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
    const thread = f.threads.get('12')!;
    expect(thread[0]).toEqual(quoted);
    const ours = thread.filter((c) => c.user?.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.startsWith(MARKER)).toBe(true);
    expect(f.requests.filter((q) => q.method === 'PATCH').map((q) => q.path)).toEqual([`/repos/acme/shop/issues/comments/${ours[0]!.id}`]);
  }, 60_000);
});

describe('annotations within GitHub’s budget (issue 13, item 1)', () => {
  it('keeps the verdict among at most 10 errors, and the summary says how many were not annotated', async () => {
    const f = await startForge();
    const ws = await workspace(lintConfig(14));
    const r = await runAction(build, ws, { 'fail-on': 'high', 'pr-comment': 'off' }, await githubEnv(f, 'push'));
    expect(r.outputs.result).toBe('failed');
    const errors = annotations(r, 'error');
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.some((a) => a.message.startsWith('runlens: failed'))).toBe(true);
    expect(r.summary).toMatch(/\d+ findings and failures were not annotated \(GitHub shows 10 annotations of each level per step/);
  }, 60_000);
});

interface Uploaded {
  commit_sha: string;
  ref: string;
  checkout_uri?: string;
  sarif: unknown;
}

function decoded(f: FakeForge): Uploaded[] {
  return f.sarifUploads.map((u) => ({ ...u, sarif: JSON.parse(gunzipSync(Buffer.from(u.sarif, 'base64')).toString('utf8')) }));
}

describe('upload-sarif: true', () => {
  it('uploads on push for the pushed commit and branch, gzip + base64, a valid SARIF 2.1.0 log, and waits for processing', async () => {
    const f = await startForge({ sarifProcessing: ['pending', 'pending', 'complete'] });
    const ws = await workspace(lintConfig(2));
    const r = await runAction(
      build,
      ws,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'api-timeout': '2s' },
      await githubEnv(f, 'push'),
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const [upload, ...more] = decoded(f);
    expect(more).toEqual([]);
    expect(upload).toMatchObject({ commit_sha: HEAD, ref: 'refs/heads/main', checkout_uri: `file://${ws}` });
    expect(schemaErrors(schemaValidator('sarif-2.1.0.schema.json', '04'), upload!.sarif)).toEqual([]);
    expect((upload!.sarif as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(2);
    expect(r.stdout).toMatch(/SARIF upload: processed for refs\/heads\/main at bbbbbbbbbbbb/);
    expect(f.requests.filter((q) => q.method === 'GET' && /code-scanning\/sarifs\/sarif-1$/.test(q.path))).toHaveLength(3);
  }, 60_000);

  it('files a pull request’s analysis under refs/pull/N/merge and the merge commit it checked out', async () => {
    const f = await startForge();
    const ws = await workspace(lintConfig(1));
    await runAction(
      build,
      ws,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'api-timeout': '2s' },
      await githubEnv(f, 'pull_request'),
    );
    expect(decoded(f)[0]).toMatchObject({ commit_sha: MERGE, ref: 'refs/pull/12/merge' });
  }, 60_000);

  it('files it under refs/pull/N/head when the workflow checked out the PR’s head commit', async () => {
    const f = await startForge();
    const repo = await gitRepo();
    await writeFiles(repo, { 'runlens.yml': lintConfig(1), 'app.js': APP });
    const head = commitAll(repo, 'head');
    await runAction(
      build,
      repo,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'api-timeout': '2s' },
      await githubEnv(f, 'pull_request', { head }),
    );
    expect(decoded(f)[0]).toMatchObject({ commit_sha: head, ref: 'refs/pull/12/head' });
  }, 60_000);

  it('files a merge queue’s analysis under its queue branch and head commit', async () => {
    const f = await startForge();
    const ws = await workspace(lintConfig(1));
    await runAction(
      build,
      ws,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'api-timeout': '2s' },
      await githubEnv(f, 'merge_group'),
    );
    expect(decoded(f)[0]).toMatchObject({ commit_sha: HEAD, ref: `refs/heads/gh-readonly-queue/main/pr-12-${BASE}` });
  }, 60_000);

  it('skips a fork pull request, whose token is read-only, and says so', async () => {
    const f = await startForge();
    const ws = await workspace(lintConfig(1));
    const r = await runAction(
      build,
      ws,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'pr-comment': 'off' },
      await githubEnv(f, 'pull_request_fork'),
    );
    expect(r.code).toBe(0);
    expect(f.sarifUploads).toEqual([]);
    expect(
      annotations(r, 'notice')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/comes from a fork \(mallory\/shop\).*read-only token/);
  }, 60_000);

  it('names the missing security-events: write permission on a 403', async () => {
    const f = await startForge({ sarifRefusal: { status: 403, message: 'Resource not accessible by integration' } });
    const ws = await workspace(lintConfig(1));
    const r = await runAction(
      build,
      ws,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'api-timeout': '2s' },
      await githubEnv(f, 'push'),
    );
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('passed');
    expect(
      annotations(r, 'warning')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/permissions: security-events: write/);
  }, 60_000);

  it('says code scanning is not enabled, and what GitHub Enterprise Server needs, on its /api/v3 URL', async () => {
    const f = await startForge({
      sarifRefusal: { status: 403, message: 'Advanced Security must be enabled for this repository to use code scanning.' },
    });
    const ws = await workspace(lintConfig(1));
    const env = { ...(await githubEnv(f, 'push')), GITHUB_API_URL: `${f.url}/api/v3`, GITHUB_SERVER_URL: 'https://ghe.example.com' };
    const r = await runAction(
      build,
      ws,
      { 'upload-sarif': 'true', 'github-token': 'ghs_installation_token', 'fail-on': 'none', 'api-timeout': '2s' },
      env,
    );
    const warning = annotations(r, 'warning')
      .map((a) => a.message)
      .join('\n');
    expect(warning).toMatch(/code scanning is not enabled for acme\/shop/);
    expect(warning).toMatch(/GitHub Enterprise Server at .*\/api\/v3: code scanning needs GitHub Advanced Security/);
  }, 60_000);
});

describe('untrusted code', () => {
  const config = lintConfig(0, ['  build:', '    run: echo ran > ran.txt', '  secrets:', '    uses: secrets', ''].join('\n'));

  it('refuses run: steps under pull_request_target, and still runs the checks', async () => {
    const f = await startForge();
    const ws = await workspace(config);
    const r = await runAction(build, ws, { 'pr-comment': 'off' }, await githubEnv(f, 'pull_request_target'));
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(false);
    const run = JSON.parse(await readFile(path.join(ws, '.runlens', 'run.json'), 'utf8'));
    const status = Object.fromEntries(
      run.steps.map((s: { id: string; status: string; reason?: string }) => [s.id, `${s.status}: ${s.reason ?? ''}`]),
    );
    expect(status.build).toMatch(/^skipped: run: step refused under pull_request_target/);
    expect(status.secrets).toMatch(/^passed/);
    expect(
      annotations(r, 'warning')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/allow-untrusted-run: true/);
  }, 60_000);

  it('runs them when the workflow says allow-untrusted-run: true', async () => {
    const f = await startForge();
    const ws = await workspace(config);
    const r = await runAction(build, ws, { 'pr-comment': 'off', 'allow-untrusted-run': 'true' }, await githubEnv(f, 'pull_request_target'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(true);
  }, 60_000);

  it('refuses the run: steps of a fork’s pull request that changes runlens.yml', async () => {
    const f = await startForge();
    const repo = await gitRepo();
    await writeFiles(repo, { 'runlens.yml': lintConfig(0, ['  secrets:', '    uses: secrets', ''].join('\n')), 'app.js': APP });
    const base = commitAll(repo, 'base');
    git(repo, 'checkout', '-q', '-b', 'patch-1');
    await writeFiles(repo, { 'runlens.yml': config });
    const head = commitAll(repo, 'add a build step');
    await runAction(build, repo, { 'pr-comment': 'off' }, await githubEnv(f, 'pull_request_fork', { base, head }));
    expect(existsSync(path.join(repo, 'ran.txt'))).toBe(false);
    const run = JSON.parse(await readFile(path.join(repo, '.runlens', 'run.json'), 'utf8'));
    expect(run.steps.find((s: { id: string }) => s.id === 'build')).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/from mallory\/shop changes runlens\.yml/),
    });
  }, 60_000);

  it('runs a fork’s run: steps when its runlens.yml is the base’s', async () => {
    const f = await startForge();
    const repo = await gitRepo();
    await writeFiles(repo, { 'runlens.yml': config, 'app.js': APP });
    const base = commitAll(repo, 'base');
    git(repo, 'checkout', '-q', '-b', 'patch-1');
    await writeFiles(repo, { 'app.js': APP + 'eval(more);\n' });
    const head = commitAll(repo, 'change app.js only');
    const r = await runAction(build, repo, { 'pr-comment': 'off' }, await githubEnv(f, 'pull_request_fork', { base, head }));
    expect(r.outputs.result, r.stdout + r.stderr).toBeDefined();
    expect(existsSync(path.join(repo, 'ran.txt'))).toBe(true);
  }, 60_000);
});

describe('inputs stay out of the steps', () => {
  it('does not hand the action’s token (INPUT_GITHUB-TOKEN) to run: steps', async () => {
    const f = await startForge();
    const ws = await workspace(lintConfig(0, ['  dump:', '    run: env > env.txt', ''].join('\n')));
    const r = await runAction(build, ws, { 'github-token': 'ghs_installation_token', 'pr-comment': 'off' }, await githubEnv(f, 'push'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const env = await readFile(path.join(ws, 'env.txt'), 'utf8');
    expect(env).toContain('GITHUB_REPOSITORY=acme/shop');
    expect(env).not.toMatch(/^INPUT_/m);
    expect(env).not.toContain('ghs_installation_token');
  }, 60_000);
});

describe('untrusted code in a shallow checkout (the base commit is not there)', () => {
  const trusted = lintConfig(0, ['  secrets:', '    uses: secrets', ''].join('\n'));
  const withBuild = lintConfig(0, ['  build:', '    run: echo ran > ran.txt', '  secrets:', '    uses: secrets', ''].join('\n'));

  it('reads the base’s runlens.yml through the API and runs the steps when it is the same', async () => {
    const f = await startForge({ contents: { [`${BASE}:runlens.yml`]: withBuild } });
    const ws = await workspace(withBuild);
    const env = await githubEnv(f, 'pull_request_fork');
    await runAction(build, ws, { 'pr-comment': 'off', 'github-token': 'ghs_installation_token' }, env);
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(true);
    expect(f.requests.some((q) => q.path === '/repos/acme/shop/contents/runlens.yml')).toBe(true);
  }, 60_000);

  it('refuses them when the API’s copy differs, or cannot be read', async () => {
    for (const contents of [{ [`${BASE}:runlens.yml`]: trusted }, {}]) {
      const f = await startForge({ contents });
      const ws = await workspace(withBuild);
      const r = await runAction(
        build,
        ws,
        { 'pr-comment': 'off', 'github-token': 'ghs_installation_token' },
        await githubEnv(f, 'pull_request_fork'),
      );
      expect(existsSync(path.join(ws, 'ran.txt'))).toBe(false);
      expect(
        annotations(r, 'warning')
          .map((a) => a.message)
          .join('\n'),
      ).toMatch(Object.keys(contents).length ? /changes runlens\.yml/ : /base's runlens\.yml \(aaaaaaaaaaaa\) could not be read/);
      await f.close();
      forge = undefined;
    }
  }, 120_000);
});
