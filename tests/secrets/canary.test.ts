// Never leak: canary secrets planted in a repository's tree and in the commits of a pull request go through
// the whole product — the committed bundles, as users run them, locally, as the GitHub Action and on GitLab —
// and no file under the output directory (run.json, SARIF, summary, logs, JUnit, GitLab reports, trace),
// no summary or output file and no console line contains any of them. The one exception is GitHub's own
// masking command (`::add-mask::`), which the runner consumes, and which must come before anything else
// mentions the secrets.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distAction, distCli, requireDist, runNode } from '../support/dist.js';
import { commitAll, fake, gitRepo, writeFiles } from '../support/secrets.js';

interface Repo {
  dir: string;
  base: string;
  head: string;
  canaries: string[];
}

/** A repository whose PR adds canaries in the tree and one more that a later PR commit deletes again. */
async function plantedRepo(): Promise<Repo> {
  const dir = await gitRepo();
  await writeFiles(dir, {
    'runlens.yml': 'version: 1\nfail-on: critical\nsteps:\n  secrets: { uses: secrets }\n',
    'README.md': '# shop\n',
  });
  const base = commitAll(dir, 'init');
  const canaries = [fake.githubPat(), fake.awsKeyId(), fake.awsSecret(), fake.slackBot(), fake.password(), fake.rsaKey(), fake.npm()];
  const [gh, keyId, awsSecret, slack, password, rsa, npm] = canaries as [string, string, string, string, string, string, string];
  await writeFiles(dir, {
    'deploy/.env': `GITHUB_TOKEN=${gh}\nAWS_ACCESS_KEY_ID=${keyId}\naws_secret_access_key = ${awsSecret}\n`,
    'src/notify.ts': `export const client = new WebClient("${slack}");\nexport const dbPassword = "${password}";\n`,
    'keys/deploy.pem': `${rsa}\n`,
    'old.npmrc': `//registry.npmjs.org/:_authToken=${npm}\n`,
  });
  commitAll(dir, 'add deployment');
  await rm(path.join(dir, 'old.npmrc'));
  const head = commitAll(dir, 'remove the npm token again');
  return { dir, base, head, canaries };
}

/** Every secret and, for multi-line ones, every line of it long enough to identify it. */
function needles(canaries: string[]): string[] {
  return canaries.flatMap((c) => [c, ...c.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'))]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

function leaksIn(text: string, canaries: string[]): string[] {
  return needles(canaries)
    .filter((n) => text.includes(n))
    .map((n) => `${n.slice(0, 4)}… (${n.length} chars)`);
}

function expectNoLeakInFiles(files: string[], canaries: string[]): void {
  const leaks = files.flatMap((f) => leaksIn(readFileSync(f, 'utf8'), canaries).map((l) => `${path.basename(f)}: ${l}`));
  expect(leaks).toEqual([]);
}

describe('secrets never leak (built bundles)', () => {
  beforeAll(() => {
    requireDist(distCli);
    requireDist(distAction);
  });

  it('keeps every canary out of the output directory and the console (CLI, locally, history included)', async () => {
    const repo = await plantedRepo();
    await writeFiles(repo.dir, { 'runlens.yml': 'version: 1\nsteps:\n  secrets: { uses: secrets, with: { history: all } }\n' });
    const ran = await runNode(distCli, ['run'], { cwd: repo.dir, env: { OTEL_TRACES_EXPORTER: 'file' } });
    expect(ran.code).toBe(1);
    const out = path.join(repo.dir, '.runlens');
    const files = filesUnder(out);
    expect(files.map((f) => path.relative(out, f)).sort()).toEqual(
      expect.arrayContaining(['run.json', 'runlens.sarif', 'summary.md', 'logs/secrets.log']),
    );
    const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    // Every canary was found (so the absence below means redaction, not a miss).
    expect(run.steps[0].findings).toHaveLength(repo.canaries.length);
    // …and reached the SARIF report, as their own tool's run.
    const sarif = JSON.parse(readFileSync(path.join(out, 'runlens.sarif'), 'utf8'));
    const secretsRun = sarif.runs.find((r: { tool: { driver: { name: string } } }) => r.tool.driver.name === 'runlens-secrets');
    expect(secretsRun.results).toHaveLength(repo.canaries.length);
    expectNoLeakInFiles(files, repo.canaries);
    expect(leaksIn(ran.stdout + ran.stderr, repo.canaries)).toEqual([]);
  });

  it('masks every canary on GitHub before anything else is printed, and leaks none elsewhere (action, pull request)', async () => {
    const repo = await plantedRepo();
    const summary = path.join(repo.dir, '..', `${path.basename(repo.dir)}-summary.md`);
    const output = path.join(repo.dir, '..', `${path.basename(repo.dir)}-output.txt`);
    const event = path.join(repo.dir, '..', `${path.basename(repo.dir)}-event.json`);
    writeFileSync(summary, '');
    writeFileSync(output, '');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: repo.base }, head: { sha: repo.head } } }));
    const ran = await runNode(distAction, [], {
      cwd: repo.dir,
      env: {
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: repo.head,
        GITHUB_RUN_ID: '42',
        OTEL_TRACES_EXPORTER: 'file',
        'INPUT_PR-COMMENT': 'off',
      },
    });
    expect(ran.code).toBe(1);
    const lines = ran.stdout.split('\n');
    // The runner unescapes command data (%25 → %, %0D, %0A): compare what it will mask, not the escaped line.
    const masked = lines
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
    // The npm token only exists in history: finding it proves the PR's commits were scanned.
    for (const c of repo.canaries) expect(masked.some((l) => l.includes(c.split('\n')[0]!))).toBe(true);
    // Multi-line secrets are masked line by line too: the runner matches output line by line.
    const rsa = repo.canaries.find((c) => c.includes('PRIVATE KEY'))!;
    for (const keyLine of rsa.split('\n').filter((l) => !l.startsWith('-----'))) expect(masked).toContain(`::add-mask::${keyLine}`);
    // Each value once, however many times it was found.
    expect(new Set(masked).size).toBe(masked.length);
    const firstMask = lines.findIndex((l) => l.startsWith('::add-mask::'));
    const lastMask = lines.findLastIndex((l) => l.startsWith('::add-mask::'));
    // The first line that reports anything found: the step's log line, an annotation, a redacted value.
    const firstMention = lines.findIndex(
      (l) => /\bfindings?\b|\*\*\*\*|^::(?:error|warning|notice)/.test(l) && !l.startsWith('::add-mask::'),
    );
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(lastMask).toBeLessThan(firstMention);
    expect(leaksIn(lines.filter((l) => !l.startsWith('::add-mask::')).join('\n') + ran.stderr, repo.canaries)).toEqual([]);
    expectNoLeakInFiles([...filesUnder(path.join(repo.dir, '.runlens')), summary, output], repo.canaries);
    expect(readFileSync(summary, 'utf8')).toMatch(/GitHub personal access token/);
  });

  it('keeps every canary out of the GitLab reports (CLI in a merge request pipeline)', async () => {
    const repo = await plantedRepo();
    const ran = await runNode(distCli, ['run'], {
      cwd: repo.dir,
      env: {
        GITLAB_CI: 'true',
        CI: 'true',
        CI_PROJECT_DIR: repo.dir,
        CI_PROJECT_PATH: 'acme/shop',
        CI_COMMIT_SHA: repo.head,
        CI_MERGE_REQUEST_IID: '7',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.base,
        OTEL_TRACES_EXPORTER: 'file',
      },
    });
    expect(ran.code).toBe(1);
    const out = path.join(repo.dir, '.runlens');
    const files = filesUnder(out);
    expect(files.map((f) => path.basename(f))).toContain('gl-secret-detection-report.json');
    const report = JSON.parse(readFileSync(path.join(out, 'gl-secret-detection-report.json'), 'utf8'));
    expect(report.vulnerabilities.length).toBe(repo.canaries.length);
    expectNoLeakInFiles(files, repo.canaries);
    expect(leaksIn(ran.stdout + ran.stderr, repo.canaries)).toEqual([]);
  });
});
