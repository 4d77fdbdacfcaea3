// Issue 16, "No leaks": the tokens runlens is GIVEN (the action's github-token, RUNLENS_GITLAB_TOKEN, OTLP
// headers from OTEL_EXPORTER_OTLP_HEADERS or the otel-headers input, credentials in OTEL_RESOURCE_ATTRIBUTES)
// and values only a custom secret rule (a secrets step's `rules:`) recognises never reach any byte runlens
// writes, prints or sends: the output directory, stdout/stderr, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY, the
// comment sent to the forge, the OTLP requests (trace and metrics bodies). Canaries are random strings no
// built-in rule matches, so only runlens's own knowledge of them can hide them. (tests/secrets/canary*.test.ts
// cover secrets the rules find: in files, env, step output, tool reports.)
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from '../support/dist.js';
import { startFakeForge, type FakeForge } from '../support/fake-forge.js';
import { commitAll, gitRepo, randomOf, writeFiles } from '../support/secrets.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { expectNoLeftovers, MARK_VAR, newMark } from './support.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const canary = (): string => `cnry${randomOf(ALNUM, 24)}`;

let build: SourceBuild;
let forge: FakeForge;
const forgeToken = canary();
let otlp: { url: string; bodies: string[]; close: () => Promise<void> };
let mark: string;

beforeAll(async () => {
  build = await buildSource();
  forge = await startFakeForge({ token: forgeToken });
  const bodies: string[] = [];
  const read = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    return req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
  };
  const server = createServer((req, res) => {
    void read(req).then((body) => {
      // Protobuf keeps strings as UTF-8 bytes: a canary in an attribute is there, readable.
      bodies.push(body.toString('latin1'));
      res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/json' });
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  otlp = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}, 120_000);
afterAll(async () => {
  await forge?.close();
  await otlp?.close();
});
afterEach(async () => {
  await expectNoLeftovers(mark);
});

interface Planted {
  dir: string;
  head: string;
  canaries: Record<string, string>;
  env: Record<string, string>;
}

async function plantedRepo(): Promise<Planted> {
  const canaries = {
    resourceAttribute: canary(),
    otlpHeader: canary(),
    otlpHeaderEncoded: canary(),
    customRuleInTree: randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24),
    customRuleInOutput: randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24),
    forgeToken,
  };
  const dir = await gitRepo();
  await writeFiles(dir, {
    'runlens.yml': `version: 1
fail-on: critical
steps:
  secrets:
    uses: secrets
    with:
      rules:
        - { id: acme-key, regex: 'ACME-[A-Z0-9]{24}', keywords: [ACME-] }
  show-env:
    run: env | sort
  vendor:
    run: 'echo "vendor said: key ACME-${canaries.customRuleInOutput} rejected"'
`,
    'config/acme.txt': `key = ACME-${canaries.customRuleInTree}\n`,
    '.gitignore': '.runlens/\n',
  });
  const head = commitAll(dir, 'init');
  return {
    dir,
    head,
    canaries,
    env: {
      OTEL_RESOURCE_ATTRIBUTES: `service.namespace=shop,deploy.token=${canaries.resourceAttribute}`,
      OTEL_EXPORTER_OTLP_HEADERS: `x-honeycomb-team=${canaries.otlpHeader},x-tenant-key=${encodeURIComponent(`k/${canaries.otlpHeaderEncoded}`)}`,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      OTEL_TRACES_EXPORTER: 'file,otlp',
      [MARK_VAR]: (mark = newMark()),
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Which canaries `text` holds, raw or %-encoded. */
function leaksIn(where: string, text: string, canaries: Record<string, string>): string[] {
  return Object.entries(canaries)
    .filter(([, c]) => text.includes(c) || text.includes(encodeURIComponent(c)))
    .map(([name]) => `${where}: ${name}`);
}

/** The channels carried the canaries (redacted, not dropped): the test is not vacuous. */
function expectChannelsUsed(outputDir: string): void {
  const envLog = readFileSync(path.join(outputDir, 'logs', 'show-env.log'), 'utf8');
  expect(envLog).toMatch(/OTEL_RESOURCE_ATTRIBUTES=service\.namespace=shop,deploy\.token=\*\*\*/);
  expect(envLog).toMatch(/OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=\*\*\*/);
  expect(readFileSync(path.join(outputDir, 'logs', 'vendor.log'), 'utf8')).toMatch(/vendor said: key \S+ rejected/);
  const run = JSON.parse(readFileSync(path.join(outputDir, 'run.json'), 'utf8'));
  const secrets = run.steps.find((s: { id: string }) => s.id === 'secrets');
  expect(secrets.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('acme-key');
  expect(otlp.bodies.length).toBeGreaterThan(0);
  expect(otlp.bodies.join('')).toContain('service.namespace');
}

describe('tokens given to runlens and custom-rule secrets never leak (both doors, built from source)', () => {
  it('GitLab: the CLI in a merge-request job with RUNLENS_GITLAB_TOKEN and OTLP export', async () => {
    const repo = await plantedRepo();
    otlp.bodies.length = 0;
    const head = repo.head;
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
        CI_COMMIT_SHA: head,
        CI_MERGE_REQUEST_IID: '9',
        RUNLENS_GITLAB_TOKEN: forgeToken,
      },
    });
    const outputDir = path.join(repo.dir, '.runlens');
    expect(ran.code, ran.stderr).toBe(0);
    expectChannelsUsed(outputDir);
    expect(forge.threads.get('mr9')?.[0]?.body ?? '').toContain('runlens');
    const leaks = [
      ...leaksIn('stdout', ran.stdout, repo.canaries),
      ...leaksIn('stderr', ran.stderr, repo.canaries),
      ...filesUnder(outputDir).flatMap((f) => leaksIn(path.relative(repo.dir, f), readFileSync(f, 'latin1'), repo.canaries)),
      ...leaksIn('API request bodies', forge.requests.map((r) => r.body ?? '').join('\n'), repo.canaries),
      ...leaksIn('OTLP request bodies', otlp.bodies.join('\n'), repo.canaries),
    ];
    expect(leaks).toEqual([]);
  }, 120_000);

  it('GitHub: the action on a pull request with github-token and the otel-headers input', async () => {
    const repo = await plantedRepo();
    otlp.bodies.length = 0;
    const inputHeader = canary();
    const canaries = { ...repo.canaries, inputHeader };
    const head = repo.head;
    const side = (name: string) => path.join(repo.dir, '..', `${path.basename(repo.dir)}-${name}`);
    const [summary, output, event] = [side('summary.md'), side('output.txt'), side('event.json')];
    writeFileSync(summary, '');
    writeFileSync(output, '');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 11, base: { sha: head }, head: { sha: head } } }));
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
        GITHUB_SHA: head,
        GITHUB_RUN_ID: '43',
        GITHUB_API_URL: forge.url,
        'INPUT_GITHUB-TOKEN': forgeToken,
        'INPUT_OTEL-HEADERS': `authorization=Bearer ${inputHeader}`,
        'INPUT_LOG-ORDER': 'stream',
      },
    });
    const outputDir = path.join(repo.dir, '.runlens');
    expect(ran.code, ran.stderr).toBe(0);
    expectChannelsUsed(outputDir);
    expect(forge.threads.get('11')?.[0]?.body ?? '').toContain('runlens');
    const lines = ran.stdout.split('\n');
    // The runner is told to mask the tokens runlens was given (it never prints the mask commands' values elsewhere).
    const masks = lines.filter((l) => l.startsWith('::add-mask::')).join('\n');
    expect(masks).toContain(inputHeader);
    expect(masks).toContain(repo.canaries.otlpHeader);
    const shown = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const leaks = [
      ...leaksIn('stdout', shown, canaries),
      ...leaksIn('stderr', ran.stderr, canaries),
      ...[...filesUnder(outputDir), summary, output].flatMap((f) =>
        leaksIn(path.relative(repo.dir, f), readFileSync(f, 'latin1'), canaries),
      ),
      ...leaksIn('API request bodies', forge.requests.map((r) => r.body ?? '').join('\n'), canaries),
      ...leaksIn('OTLP request bodies', otlp.bodies.join('\n'), canaries),
    ];
    expect(leaks).toEqual([]);
  }, 120_000);

  it('golden update and doctor print through the redactor too', async () => {
    const secret = canary();
    mark = newMark();
    const dir = await gitRepo();
    await writeFiles(dir, {
      'runlens.yml': `version: 1
steps:
  gold:
    uses: golden
    with:
      run: 'echo "using $DEPLOY_PASSWORD" && mkdir -p out && echo "value = 2" > out/a.txt'
      cases:
        - { actual: out/a.txt, expected: golden/a.txt }
`,
      'golden/a.txt': 'value = 1\n',
    });
    const env = { DEPLOY_PASSWORD: secret, OTEL_EXPORTER_OTLP_HEADERS: `api-key=${secret}`, [MARK_VAR]: mark };
    const update = await runNode(build.cli, ['golden', 'update'], { cwd: dir, env });
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/using \*\*\*/);
    const doctor = await runNode(build.cli, ['doctor'], { cwd: dir, env });
    expect([
      ...leaksIn('golden update', update.stdout + update.stderr, { secret }),
      ...leaksIn('doctor', doctor.stdout + doctor.stderr, { secret }),
    ]).toEqual([]);
  }, 60_000);
});
