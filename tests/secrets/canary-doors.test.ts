// Issue 9, "Done when": canary secrets planted everywhere a user's pipeline can carry one — files in the
// tree, the environment, a step's output (a step printing them while the secrets step runs beside it),
// a linter's SARIF (message and snippet), a test's JUnit failure, golden data — go through both doors as
// users run them, built from the current source: the action (GitHub runner environment, a pull request,
// the REST API stand-in) and the CLI in a GitLab merge-request job. No byte runlens writes (every file of
// the output directory, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), prints (stdout, stderr) or sends to the API
// holds one — raw, or under Markdown, JSON, XML or URL escaping. The one exception is GitHub's masking
// command (`::add-mask::`), which the runner consumes and never shows.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from '../support/dist.js';
import { startFakeForge, type FakeForge } from '../support/fake-forge.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { commitAll, fake, gitRepo, randomOf, writeFiles } from '../support/secrets.js';

interface Planted {
  dir: string;
  base: string;
  head: string;
  /** Every secret planted, by where it was planted. */
  canaries: Record<string, string>;
  /** The environment that carries some of them. */
  env: Record<string, string>;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

/**
 * A repository whose pipeline carries a secret through every channel. The tool outputs (SARIF, JUnit,
 * the actual golden file) are written at run time from base64, so the secrets step never sees those
 * canaries in the tree: only the redactor's rules can catch them.
 */
async function plantedRepo(forgeToken: string): Promise<Planted> {
  const canaries = {
    treeToken: fake.githubPat(),
    treeKey: fake.rsaKey(),
    envPassword: fake.password(),
    envStripe: fake.stripeLive(),
    sarifSlack: fake.slackBot(),
    junitAws: fake.awsKeyId(),
    junitNpm: fake.npm(),
    goldenExpected: fake.githubPat(),
    goldenActual: fake.githubPat(),
    forgeToken,
  };
  const sarif = {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bandit', version: '1.7.10', rules: [{ id: 'B105', name: 'hardcoded_password_string' }] } },
        results: [
          {
            ruleId: 'B105',
            level: 'error',
            message: { text: `Possible hardcoded password: '${canaries.sarifSlack}'` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'app/settings.py' },
                  region: { startLine: 2, snippet: { text: `SLACK_TOKEN = '${canaries.sarifSlack}'` } },
                },
              },
            ],
          },
        ],
      },
    ],
  };
  const junit =
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="auth" tests="2" failures="1">` +
    `<testcase classname="tests.auth" name="rotates the deploy key" file="tests/test_auth.py" line="12">` +
    `<failure message="expected ${canaries.junitAws} to be rotated">AssertionError: registry login used //registry.npmjs.org/:_authToken=${canaries.junitNpm}</failure>` +
    `</testcase><testcase classname="tests.auth" name="logs in"/></testsuite></testsuites>\n`;
  const lint = [
    'set -e',
    'mkdir -p out',
    `echo ${b64(JSON.stringify(sarif))} | base64 -d > out/bandit.sarif`,
    `echo ${b64(junit)} | base64 -d > out/junit.xml`,
    `echo ${b64(`region = eu-west-1\ntoken = "${canaries.goldenActual}"\n`)} | base64 -d > out/settings.txt`,
    'echo "lint: 1 finding, 1 failed test"',
  ].join('\n');
  const dir = await gitRepo();
  await writeFiles(dir, {
    'runlens.yml': [
      'version: 1',
      'concurrency: 4',
      'steps:',
      '  show: { run: "cat deploy/.env keys/deploy.pem; echo shown" }',
      '  secrets: { uses: secrets }',
      '  deploy: { run: \'echo "deploying with $DEPLOY_PASSWORD to $PAYMENTS_SETTING"\' }',
      '  lint: { run: bash tools/lint.sh, sarif: out/bandit.sarif, junit: out/junit.xml }',
      '  golden:',
      '    uses: golden',
      '    needs: [lint]',
      '    with:',
      '      cases:',
      '        - { name: settings, actual: out/settings.txt, expected: golden/settings.txt, format: text }',
      '',
    ].join('\n'),
    'app/settings.py': 'import os\nSLACK_TOKEN = os.environ["SLACK_TOKEN"]\n',
    'tools/lint.sh': `${lint}\n`,
    'golden/settings.txt': `region = eu-west-1\ntoken = "${canaries.goldenExpected}"\n`,
    '.gitignore': 'out/\n.runlens/\n',
  });
  const base = commitAll(dir, 'init');
  await writeFiles(dir, { 'deploy/.env': `GITHUB_TOKEN=${canaries.treeToken}\n`, 'keys/deploy.pem': `${canaries.treeKey}\n` });
  const head = commitAll(dir, 'add deployment');
  return {
    dir,
    base,
    head,
    canaries,
    env: { DEPLOY_PASSWORD: canaries.envPassword, PAYMENTS_SETTING: canaries.envStripe },
  };
}

/** Every secret and, for multi-line ones, every line of it long enough to identify it. */
function needles(canaries: Record<string, string>): Array<[string, string]> {
  return Object.entries(canaries).flatMap(([name, c]) => [
    [name, c] as [string, string],
    ...c
      .split('\n')
      .filter((l) => l.length >= 16 && !l.startsWith('-----'))
      .map((l) => [`${name} (a line)`, l] as [string, string]),
  ]);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text as it reads once each escaping runlens's formats use is undone (and all of them at once). */
function unescapings(text: string): string[] {
  const markdown = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const json = (s: string) =>
    s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\\//g, '/');
  const xml = (s: string) =>
    s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, d?: string, h?: string, n?: string) =>
      d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : XML_ENTITIES[n!]!,
    );
  const url = (s: string) =>
    s.replace(/(?:%[0-9a-fA-F]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  return [text, markdown(text), json(text), xml(text), url(text), url(xml(json(markdown(text))))];
}

function leaksIn(where: string, text: string, canaries: Record<string, string>): string[] {
  const views = unescapings(text);
  return needles(canaries)
    .filter(([, n]) => views.some((v) => v.includes(n)))
    .map(([name]) => `${where}: ${name}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** What the run's reports say, to prove each canary's channel carried something (redacted, not dropped). */
function expectChannelsReported(outputDir: string): void {
  const run = JSON.parse(readFileSync(path.join(outputDir, 'run.json'), 'utf8'));
  const byId = Object.fromEntries(run.steps.map((s: { id: string }) => [s.id, s]));
  expect(byId.secrets.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(
    expect.arrayContaining(['github-pat', 'private-key-rsa']),
  );
  expect(byId.lint.findings[0].message).toMatch(/^Possible hardcoded password: '.+'$/);
  expect(byId.lint.findings[0].location.snippet).toMatch(/^SLACK_TOKEN = /);
  expect(byId.lint.cases.find((c: { status: string }) => c.status === 'failed').message).toMatch(/^expected .+ to be rotated$/);
  expect(byId.golden.cases[0].status).toBe('failed');
  expect(byId.golden.cases[0].details).toMatch(/^line 2: golden token = ".+", actual token = ".+"/);
  expect(readFileSync(path.join(outputDir, 'logs', 'show.log'), 'utf8')).toContain('GITHUB_TOKEN=');
  expect(readFileSync(path.join(outputDir, 'logs', 'deploy.log'), 'utf8')).toContain('deploying with');
}

let build: SourceBuild;
let forge: FakeForge;
const forgeToken = `forge-${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)}`;

beforeAll(async () => {
  build = await buildSource();
  forge = await startFakeForge({ token: forgeToken });
}, 120_000);
afterAll(() => forge?.close());

describe('no canary leaks through either door (built from source)', () => {
  it('GitHub: the action on a pull request — files, outputs, summary, console and the PR comment sent to the API', async () => {
    const repo = await plantedRepo(forgeToken);
    const side = (name: string) => path.join(repo.dir, '..', `${path.basename(repo.dir)}-${name}`);
    const [summary, output, event] = [side('summary.md'), side('output.txt'), side('event.json')];
    writeFileSync(summary, '');
    writeFileSync(output, '');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: repo.base }, head: { sha: repo.head } } }));
    const ran = await runNode(build.action, [], {
      cwd: repo.dir,
      env: {
        ...repo.env,
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
        GITHUB_API_URL: forge.url,
        'INPUT_GITHUB-TOKEN': forgeToken,
        'INPUT_LOG-ORDER': 'stream',
        OTEL_TRACES_EXPORTER: 'file',
      },
    });
    expect(ran.code, ran.stderr).toBe(1);
    const outputDir = path.join(repo.dir, '.runlens');
    expectChannelsReported(outputDir);

    const lines = ran.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    // Found by the scan, and found by the rules in other tools' text: both masked on the platform.
    expect(masks.join('\n')).toContain(repo.canaries.treeToken);
    expect(masks.join('\n')).toContain(repo.canaries.sarifSlack);
    const shown = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');

    const comment = forge.threads.get('7')?.[0]?.body ?? '';
    expect(comment).toContain('bandit');
    const sent = forge.requests.map((r) => r.body ?? '').join('\n');
    const leaks = [
      ...leaksIn('stdout', shown, repo.canaries),
      ...leaksIn('stderr', ran.stderr, repo.canaries),
      ...[...filesUnder(outputDir), summary, output].flatMap((f) =>
        leaksIn(path.relative(repo.dir, f), readFileSync(f, 'utf8'), repo.canaries),
      ),
      ...leaksIn('API request bodies', sent, repo.canaries),
    ];
    expect(leaks).toEqual([]);
  }, 120_000);

  it('GitLab: the CLI in a merge-request job — files, GitLab reports, console and the MR note sent to the API', async () => {
    const repo = await plantedRepo(forgeToken);
    const ran = await runNode(build.cli, ['run'], {
      cwd: repo.dir,
      env: {
        ...repo.env,
        GITLAB_CI: 'true',
        CI: 'true',
        CI_PROJECT_DIR: repo.dir,
        CI_PROJECT_PATH: 'acme/shop',
        CI_PROJECT_ID: '101',
        CI_SERVER_URL: 'https://gitlab.example.com',
        CI_API_V4_URL: `${forge.url}/api/v4`,
        CI_COMMIT_SHA: repo.head,
        CI_MERGE_REQUEST_IID: '8',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.base,
        RUNLENS_GITLAB_TOKEN: forgeToken,
        OTEL_TRACES_EXPORTER: 'file',
      },
    });
    expect(ran.code, ran.stderr).toBe(1);
    const outputDir = path.join(repo.dir, '.runlens');
    expectChannelsReported(outputDir);
    const files = filesUnder(outputDir);
    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['gl-secret-detection-report.json', 'gl-code-quality-report.json', 'junit.xml', 'trace.jsonl']),
    );
    const note = forge.threads.get('mr8')?.[0]?.body ?? '';
    expect(note).toContain('bandit');
    const sent = forge.requests.map((r) => r.body ?? '').join('\n');
    const leaks = [
      ...leaksIn('stdout', ran.stdout, repo.canaries),
      ...leaksIn('stderr', ran.stderr, repo.canaries),
      ...files.flatMap((f) => leaksIn(path.relative(repo.dir, f), readFileSync(f, 'utf8'), repo.canaries)),
      ...leaksIn('API request bodies', sent, repo.canaries),
    ];
    expect(leaks).toEqual([]);
  }, 120_000);

  it('a configuration error quoting a token: redacted on stderr, in the annotation, the summary and the outputs (both doors)', async () => {
    const token = fake.githubPat();
    const canaries = { configToken: token };
    const repo = await gitRepo();
    await writeFiles(repo, { 'runlens.yml': `version: 1\nfail-on: ${token}\nsteps:\n  a: { run: "echo hi" }\n` });
    const local = await runNode(build.cli, ['run'], { cwd: repo });
    expect(local.code).toBe(2);
    expect(local.stderr).toMatch(/runlens\.yml:2:\d+: fail-on: .*ghp_\*\*\*\*/);
    const side = (name: string) => path.join(repo, '..', `${path.basename(repo)}-${name}`);
    const [summary, output] = [side('summary.md'), side('output.txt')];
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const action = await runNode(build.action, [], {
      cwd: repo,
      env: { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: repo, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output },
    });
    expect(action.code).toBe(2);
    const shown = action.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const leaks = [
      ...leaksIn('cli stdout', local.stdout, canaries),
      ...leaksIn('cli stderr', local.stderr, canaries),
      ...leaksIn('action stdout', shown, canaries),
      ...leaksIn('action stderr', action.stderr, canaries),
      ...[summary, output, ...filesUnder(path.join(repo, '.runlens'))].flatMap((f) =>
        leaksIn(path.basename(f), readFileSync(f, 'utf8'), canaries),
      ),
    ];
    expect(leaks).toEqual([]);
  }, 120_000);
});
