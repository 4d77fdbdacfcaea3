// The GitLab templates as a user runs them: fixture projects include the template (or the CI/CD
// component) and extend its jobs; gitlab-ci-local runs the pipeline in its shell executor with
// GITLAB_CI=true. The runlens under test is this checkout: built from src/ (RUNLENS_CLI) and, for the
// packaging test, `npm pack`ed and installed through RUNLENS_PACKAGE as a user's job would.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { isBuiltin } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/registry.js';
import { repoRoot } from '../support/dist.js';
import { startFakeForge, GITLAB_TOKEN_USER } from '../support/fake-forge.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';
import { buildSource } from '../support/source-build.js';

const TOOLS = process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools');
const GCL = path.join(TOOLS, 'node', 'gitlab-ci-local', 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');

// Built at run time so no credential-shaped literal sits in the repository.
const token = ['ghp', '_', 'R7kq2Lm9Xv4Tz8Np3Bw6Yc1Hd5Fj0Gs2Qa7E'].join('');
const forgeToken = ['glpat', '-', 'x9Yk2Lm4Np6Qr8St0Uv1W'].join('');

const SECURITY_SCHEMA: Record<string, string> = {
  'gl-secret-detection-report.json': 'gitlab-secret-detection-report.schema.json',
  'gl-sast-report.json': 'gitlab-sast-report.schema.json',
  'gl-dependency-scanning-report.json': 'gitlab-dependency-scanning-report.schema.json',
};

let cli: string;

beforeAll(async () => {
  if (!existsSync(GCL)) throw new Error(`gitlab-ci-local is missing (${GCL}): run \`bash scripts/install-tools.sh gitlab-ci-local\``);
  try {
    execFileSync('rsync', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('rsync is missing (gitlab-ci-local copies the project with it): run `bash scripts/install-tools.sh gitlab-ci-local`');
  }
  const build = await buildSource();
  // The runlens under test, its output also kept byte for byte: gitlab-ci-local renders the section
  // markers GitLab would fold, so the raw log is where they can be read.
  cli = path.join(build.dir, 'runlens-under-test');
  await writeFile(
    cli,
    [
      '#!/bin/sh',
      'raw="$RUNLENS_TEST_RAW_DIR/$CI_JOB_NAME"',
      `{ "${process.execPath}" "${build.cli}" "$@" 2>&1; echo $? > "$raw.status"; } | tee "$raw.log"`,
      'exit "$(cat "$raw.status")"',
      '',
    ].join('\n'),
  );
  chmodSync(cli, 0o755);
});

interface Project {
  dir: string;
  git(...args: string[]): string;
}

/** A fixture project in a temp dir, with the template and the component where a user's include would put them, committed. */
async function project(fixture: string, files: Record<string, string> = {}): Promise<Project> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gcl-'));
  await cp(path.join(repoRoot, 'tests', 'fixtures', 'gitlab', fixture), dir, { recursive: true });
  await mkdir(path.join(dir, 'ci'), { recursive: true });
  await cp(path.join(repoRoot, 'gitlab', 'runlens.gitlab-ci.yml'), path.join(dir, 'ci', 'runlens.gitlab-ci.yml'));
  await cp(path.join(repoRoot, 'templates', 'runlens', 'template.yml'), path.join(dir, 'templates', 'runlens', 'template.yml'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'initial');
  return { dir, git };
}

interface Pipeline {
  code: number | null;
  stdout: string;
  /** A job's log as gitlab-ci-local shows it. */
  log(job: string): string;
  /** What runlens wrote to stdout in a job, byte for byte (section markers included). */
  raw(job: string): string;
  /** A job's exported artifacts. */
  artifact(job: string, file: string): string;
  artifactFiles(job: string): string[];
}

function gitlabCiLocal(p: Project, variables: Record<string, string>, args: string[] = []): Promise<Pipeline> {
  const home = path.join(p.dir, '..', `${path.basename(p.dir)}-home`);
  // Outside the project: gitlab-ci-local removes the job's build dir when the pipeline ends.
  const rawDir = path.join(home, 'raw');
  mkdirSync(rawDir, { recursive: true });
  const vars = {
    GITLAB_CI: 'true',
    RUNLENS_CLI: cli,
    RUNLENS_TEST_RAW_DIR: rawDir,
    // gitlab-ci-local's shell executor names a /builds/… CI_PROJECT_DIR it does not use.
    npm_config_cache: path.join(home, 'npm'),
    ...variables,
  };
  const argv = [GCL, '--force-shell-executor', '--color=false', '--home', home, ...args];
  for (const [k, v] of Object.entries(vars)) argv.push('--variable', `${k}=${v}`);
  const env = { ...process.env, PATH: [path.dirname(process.execPath), path.join(TOOLS, 'bin'), process.env.PATH].join(path.delimiter) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: p.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const state = path.join(p.dir, '.gitlab-ci-local');
      const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
      resolve({
        code,
        stdout,
        log: (job) => read(path.join(state, 'output', `${job}.log`)),
        raw: (job) => read(path.join(rawDir, `${job}.log`)),
        artifact: (job, file) => path.join(state, 'artifacts', job, file),
        artifactFiles: (job) => filesUnder(path.join(state, 'artifacts', job)),
      });
    });
  });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

interface Section {
  name: string;
  title: string;
  collapsed: boolean;
  start: number;
  end?: number;
}

/** GitLab's section markers: `\e[0Ksection_start:<unix>:<name>[collapsed=…]\r\e[0K<title>` … `section_end:<unix>:<name>`. */
function sections(raw: string): Section[] {
  const found: Section[] = [];
  for (const m of raw.matchAll(/\u001b\[0Ksection_start:(\d+):([\w.-]+)(?:\[collapsed=(true|false)\])?\r\u001b\[0K([^\n]*)/g))
    found.push({ name: m[2]!, title: m[4]!, collapsed: m[3] !== 'false', start: Number(m[1]) });
  for (const m of raw.matchAll(/\u001b\[0Ksection_end:(\d+):([\w.-]+)\r/g)) {
    const s = found.find((x) => x.name === m[2]);
    if (s) s.end = Number(m[1]);
  }
  return found;
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** The report files `.runlens` declares in artifacts:reports, with RUNLENS_OUTPUT_DIR as given. */
function declaredReports(outputDir: string): string[] {
  const tpl = load(readFileSync(path.join(repoRoot, 'gitlab', 'runlens.gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { artifacts: { reports: Record<string, string> } }
  >;
  return Object.values(tpl['.runlens']!.artifacts.reports).map((f) => f.replace('${RUNLENS_OUTPUT_DIR}', outputDir));
}

describe('the GitLab templates under gitlab-ci-local', () => {
  it('runs a branch pipeline: passes, publishes the reports of the scans that ran, folds passed steps, and hands its outputs to later jobs', async () => {
    const p = await project('python-app');
    const run = await gitlabCiLocal(p, {});
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/PASS\s+runlens/);

    // Every declared report exists unless it is the security report of a scan that did not run.
    const present = declaredReports('.runlens').filter((f) => existsSync(run.artifact('runlens', f)));
    expect(present.sort()).toEqual(
      [
        '.runlens/junit.xml',
        '.runlens/gl-code-quality-report.json',
        '.runlens/gl-secret-detection-report.json',
        '.runlens/runlens.env',
      ].sort(),
    );
    const secret = json(run.artifact('runlens', '.runlens/gl-secret-detection-report.json'));
    expect(schemaErrors(validatorFor(SECURITY_SCHEMA['gl-secret-detection-report.json']!), secret)).toEqual([]);
    expect(secret.scan.status).toBe('success');
    expect(readFileSync(run.artifact('runlens', '.runlens/junit.xml'), 'utf8')).toContain('<testsuites');

    // Each step's log is a collapsed section spanning the step's own start and end.
    const runJson = json(run.artifact('runlens', '.runlens/run.json'));
    const folds = sections(run.raw('runlens'));
    expect(folds.map((s) => s.title.split(' ')[0]).sort()).toEqual(['lint', 'secrets', 'test']);
    for (const step of runJson.steps as Array<{ id: string; startedAt: string; durationMs: number }>) {
      const fold = folds.find((s) => s.title.startsWith(`${step.id} `))!;
      expect(fold.collapsed).toBe(true);
      const started = new Date(step.startedAt).getTime();
      expect([fold.start, fold.end]).toEqual([Math.floor(started / 1000), Math.floor((started + step.durationMs) / 1000)]);
    }
    expect(run.log('runlens')).toMatch(
      /Reports: \.runlens\/summary\.md · \.runlens\/runlens\.sarif · \.runlens\/run\.json · \.runlens\/junit\.xml · \.runlens\/gl-code-quality-report\.json · \.runlens\/gl-secret-detection-report\.json · \.runlens\/runlens\.env/,
    );

    // A later job reads the run's outputs from the dotenv report.
    expect(run.log('after-runlens')).toMatch(
      new RegExp(`result=passed findings=0 high=0 failed= trace=${runJson.traceId} summary=\\.runlens/summary\\.md`),
    );
  });

  it('fails a pipeline with a failing test and a committed secret: the failed step opens, the log says where the secret is (redacted), and RUNLENS_OUTPUT_DIR moves every report', async () => {
    const p = await project('python-app', {
      'deploy/ci.env': `GITHUB_TOKEN=${token}\n`,
      'tests/test_cart.py': readFileSync(path.join(repoRoot, 'tests/fixtures/gitlab/python-app/tests/test_cart.py'), 'utf8').replace(
        'assertEqual(total([1.5, 2.5]), 4.0)',
        'assertEqual(total([1.5, 2.5]), 5.0)',
      ),
      'runlens.yml': `${readFileSync(path.join(repoRoot, 'tests/fixtures/gitlab/python-app/runlens.yml'), 'utf8')}output-dir: build/reports\n`,
    });
    const run = await gitlabCiLocal(p, { RUNLENS_OUTPUT_DIR: 'out/runlens' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/FAIL\s+runlens/);

    const folds = sections(run.raw('runlens'));
    expect(folds.find((s) => s.title.startsWith('test '))).toMatchObject({ collapsed: false });
    expect(folds.find((s) => s.title.startsWith('lint '))).toMatchObject({ collapsed: true });

    const log = run.log('runlens');
    expect(log).toMatch(/^\s+(critical|high)\s+deploy\/ci\.env:1(:\d+)?\s+GitHub .*\(runlens-secrets [\w-]+, step secrets\)$/m);
    expect(log).toContain("note: output-dir: RUNLENS_OUTPUT_DIR (out/runlens) replaces runlens.yml's value (build/reports)");
    expect(log).toContain('out/runlens/gl-secret-detection-report.json');

    const secret = json(run.artifact('runlens', 'out/runlens/gl-secret-detection-report.json'));
    expect(schemaErrors(validatorFor(SECURITY_SCHEMA['gl-secret-detection-report.json']!), secret)).toEqual([]);
    expect(secret.vulnerabilities.map((v: { location: { file: string } }) => v.location.file)).toEqual(['deploy/ci.env']);
    expect(existsSync(run.artifact('runlens', 'out/runlens/junit.xml'))).toBe(true);
    expect(existsSync(run.artifact('runlens', 'build/reports'))).toBe(false);
    expect(run.log('after-runlens')).toMatch(/result=failed findings=1 high=\d failed=test /);

    expect(run.stdout).not.toContain(token);
    expect(run.raw('runlens')).not.toContain(token);
    for (const f of run.artifactFiles('runlens')) expect(readFileSync(f, 'utf8'), f).not.toContain(token);
  });

  it('runs a merge request pipeline: finds a secret only in the branch history and keeps one merge request note, editing only its own', async () => {
    const forge = await startFakeForge({ token: forgeToken });
    try {
      const p = await project('python-app', {
        '.gitlab-ci.yml': 'include:\n  - local: ci/runlens.gitlab-ci.yml\n\nsecret-detection:\n  extends: .runlens-secrets\n',
      });
      const base = p.git('rev-parse', 'HEAD');
      await writeFile(path.join(p.dir, 'shop', 'settings.py'), `API_TOKEN = "${token}"\n`);
      p.git('add', '-A');
      p.git('commit', '-q', '-m', 'add settings');
      const leaked = p.git('rev-parse', 'HEAD');
      p.git('rm', '-q', 'shop/settings.py');
      p.git('commit', '-q', '-m', 'remove settings');
      const mr = {
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_MERGE_REQUEST_IID: '7',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
        CI_API_V4_URL: `${forge.url}/api/v4`,
        CI_PROJECT_ID: '42',
        RUNLENS_GITLAB_TOKEN: forgeToken,
      };

      const first = await gitlabCiLocal(p, mr);
      expect(first.code).not.toBe(0);
      const secret = json(first.artifact('secret-detection', '.runlens/gl-secret-detection-report.json'));
      expect(schemaErrors(validatorFor(SECURITY_SCHEMA['gl-secret-detection-report.json']!), secret)).toEqual([]);
      expect(secret.vulnerabilities).toHaveLength(1);
      expect(secret.vulnerabilities[0].location).toMatchObject({ file: 'shop/settings.py', commit: { sha: leaked } });
      // The preset ran the secret scan alone: no other security report.
      expect(existsSync(first.artifact('secret-detection', '.runlens/gl-sast-report.json'))).toBe(false);
      expect(first.log('secret-detection')).toMatch(/merge request note: created note (\d+)/);
      const notes = forge.threads.get('mr7')!;
      expect(notes).toHaveLength(1);
      const marker = notes[0]!.body.split('\n')[0]!;
      expect(marker).toMatch(/^<!-- runlens:comment:/);

      // A reviewer quotes our note, marker and all, before the next pipeline: runlens must not touch it.
      const quoted = `> ${notes[0]!.body.slice(0, 200)}\n${marker}\nLooks bad.`;
      notes.unshift({ id: 1, body: quoted, author: { id: GITLAB_TOKEN_USER.id + 1, username: 'reviewer' } });
      const second = await gitlabCiLocal(p, mr);
      expect(second.log('secret-detection')).toMatch(new RegExp(`merge request note: updated note ${notes[1]!.id}`));
      expect(notes).toHaveLength(2);
      expect(notes[0]!.body).toBe(quoted);
      expect(forge.requests.some((r) => r.method === 'PUT' && r.path.endsWith('/notes/1'))).toBe(false);
      for (const n of notes) expect(n.body).not.toContain(token);
      expect(first.stdout + second.stdout).not.toContain(token);
      expect(first.stdout + second.stdout).not.toContain(forgeToken);
    } finally {
      await forge.close();
    }
  });

  it('says once in the log why no merge request note was posted: no token, or an unreachable API', async () => {
    const p = await project('python-app');
    const run = await gitlabCiLocal(p, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '3' });
    expect(run.code, run.stdout).toBe(0);
    const said = run.log('runlens').match(/merge request note not posted: no RUNLENS_GITLAB_TOKEN/g) ?? [];
    expect(said).toHaveLength(1);

    const unreachable = await gitlabCiLocal(p, {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '3',
      CI_API_V4_URL: 'http://127.0.0.1:9/api/v4',
      CI_PROJECT_ID: '42',
      RUNLENS_GITLAB_TOKEN: forgeToken,
    });
    expect(unreachable.code, unreachable.stdout).toBe(0);
    const failed =
      unreachable
        .log('runlens')
        .match(/could not post the merge request note: GitLab API GET http:\/\/127\.0\.0\.1:9\/api\/v4\/user unreachable: .+/g) ?? [];
    expect(failed).toHaveLength(1);
    expect(unreachable.log('runlens')).not.toContain(forgeToken);
  });

  it('runs the CI/CD component with typed inputs: job name, preset, fail-on and output dir', async () => {
    const p = await project('python-app', {
      '.gitlab-ci.yml': [
        'include:',
        '  - local: templates/runlens/template.yml',
        '    inputs:',
        '      job-name: security-scan',
        '      preset: secrets',
        '      fail-on: medium',
        '      output-dir: reports/runlens',
        `      cli: ${cli}`,
        '',
      ].join('\n'),
    });
    const run = await gitlabCiLocal(p, {});
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/PASS\s+security-scan/);
    const runJson = json(run.artifact('security-scan', 'reports/runlens/run.json'));
    expect(runJson.gate.failOn).toBe('medium');
    expect(runJson.steps.map((s: { id: string; kind: string }) => `${s.id}:${s.kind}`)).toEqual(['secrets:secrets']);
    expect(existsSync(run.artifact('security-scan', 'reports/runlens/gl-secret-detection-report.json'))).toBe(true);
    expect(existsSync(run.artifact('security-scan', 'reports/runlens/runlens.env'))).toBe(true);
  });

  it('runs .runlens-secure as its preset pipeline (semgrep with local rules), less the scans switched off by RUNLENS_<KIND>_DISABLED', async () => {
    const p = await project('python-app', {
      '.gitlab-ci.yml': 'include:\n  - local: ci/runlens.gitlab-ci.yml\n\nsecurity:\n  extends: .runlens-secure\n',
    });
    // deps is switched off (its runs are tests/deps'), and so is a kind not registered in this build.
    const registered = new Set(allChecks().map((c) => c.kind));
    const off = ['deps', 'semgrep'].filter((k) => k === 'deps' || !registered.has(k));
    const run = await gitlabCiLocal(p, {
      RUNLENS_SEMGREP_CONFIG: '.semgrep/rules.yml',
      ...Object.fromEntries(off.map((k) => [`RUNLENS_${k.toUpperCase()}_DISABLED`, 'true'])),
    });
    expect(run.code, run.stdout).toBe(0);
    for (const k of off) expect(run.log('security')).toContain(`runlens: ${k} disabled`);
    const lines: Record<string, string> = {
      secrets: '  secrets: { uses: secrets }\n',
      deps: '  deps: { uses: deps }\n',
      semgrep: '  semgrep: { uses: semgrep, with: { config: [".semgrep/rules.yml"] } }\n',
    };
    const ran = ['secrets', 'deps', 'semgrep'].filter((k) => !off.includes(k));
    expect(readFileSync(run.artifact('security', '.runlens/runlens.preset.yml'), 'utf8')).toBe(
      `version: 1\nsteps:\n${ran.map((k) => lines[k]).join('')}`,
    );
    const runJson = json(run.artifact('security', '.runlens/run.json'));
    expect(runJson.steps.map((st: { id: string; status: string }) => `${st.id}:${st.status}`)).toEqual(ran.map((k) => `${k}:passed`));
    for (const f of Object.keys(SECURITY_SCHEMA)) {
      const file = run.artifact('security', `.runlens/${f}`);
      if (existsSync(file)) expect(schemaErrors(validatorFor(SECURITY_SCHEMA[f]!), json(file)), f).toEqual([]);
    }
    expect(existsSync(run.artifact('security', '.runlens/gl-secret-detection-report.json'))).toBe(true);
    if (ran.includes('semgrep')) {
      const sast = json(run.artifact('security', '.runlens/gl-sast-report.json'));
      expect(sast.vulnerabilities.map((v: { location: { file: string } }) => v.location.file)).toEqual(['shop/cart.py']);
    }
  });

  it('works included from a pinned URL (`include: remote:`), as the README shows', async () => {
    const template = readFileSync(path.join(repoRoot, 'gitlab', 'runlens.gitlab-ci.yml'));
    const server = createServer((req, res) => {
      if (req.url !== '/runlens/v0.1.0/gitlab/runlens.gitlab-ci.yml') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end(template);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/runlens/v0.1.0/gitlab/runlens.gitlab-ci.yml`;
      const p = await project('python-app', { '.gitlab-ci.yml': `include:\n  - remote: ${url}\n\nrunlens:\n  extends: .runlens\n` });
      const run = await gitlabCiLocal(p, {});
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/PASS\s+runlens/);
      expect(existsSync(run.artifact('runlens', '.runlens/gl-code-quality-report.json'))).toBe(true);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('sends the trace of a .runlens-traced job to RUNLENS_OTLP_ENDPOINT and hands its id to later jobs', async () => {
    const posts: string[] = [];
    const collector = createServer((req, res) => {
      posts.push(`${req.method} ${req.url}`);
      req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end());
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
    try {
      const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
      const p = await project('python-app', {
        '.gitlab-ci.yml': [
          'include:\n  - local: ci/runlens.gitlab-ci.yml\nstages: [test, report]',
          `runlens:\n  extends: .runlens-traced\n  variables:\n    RUNLENS_OTLP_ENDPOINT: ${endpoint}`,
          'after-runlens:\n  stage: report\n  needs: [runlens]\n  script:\n    - echo "trace=$RUNLENS_TRACE_ID"\n',
        ].join('\n'),
      });
      const run = await gitlabCiLocal(p, {});
      expect(run.code, run.stdout).toBe(0);
      expect(posts).toContain('POST /v1/traces');
      const traceId = json(run.artifact('runlens', '.runlens/run.json')).traceId as string;
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(run.log('after-runlens')).toContain(`trace=${traceId}`);
    } finally {
      await new Promise((r) => collector.close(r));
    }
  });

  it('runs .runlens-quick in merge request pipelines only', async () => {
    const p = await project('python-app', {
      '.gitlab-ci.yml':
        'include:\n  - local: ci/runlens.gitlab-ci.yml\n\nquick:\n  extends: .runlens-quick\nbuild:\n  script: [echo build]\n',
    });
    expect((await gitlabCiLocal(p, {}, ['--list'])).stdout).not.toMatch(/^quick\s/m);
    expect((await gitlabCiLocal(p, { CI_PIPELINE_SOURCE: 'merge_request_event' }, ['--list'])).stdout).toMatch(/^quick\s+test\s/m);
  });

  it('leaves the job out of the pipeline when RUNLENS_DISABLED is true', async () => {
    const p = await project('python-app');
    expect((await gitlabCiLocal(p, {}, ['--list'])).stdout).toMatch(/^runlens\s+test\s/m);
    const run = await gitlabCiLocal(p, { RUNLENS_DISABLED: 'true' }, ['--list']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^after-runlens\s/m);
    expect(run.stdout).not.toMatch(/^runlens\s/m);
  });
});

describe('the published package', () => {
  let tarball: string;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-pack-'));
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    tarball = path.join(dir, name);
  });

  it('installs as the bundle alone, with no runtime dependency', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-install-'));
    await writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--silent', tarball], { cwd: dir });
    expect(readdirSync(path.join(dir, 'node_modules')).filter((n) => n !== '.bin' && !n.startsWith('.'))).toEqual(['runlens']);
    const version = execFileSync(process.execPath, [path.join(dir, 'node_modules', 'runlens', 'dist', 'cli.js'), '--version'], {
      encoding: 'utf8',
    }).trim();
    expect(version).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it("requires nothing at run time but Node's own modules (what ncc cannot see, such as createRequire(…)('pkg'), stays unbundled)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-unpack-'));
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const dist = path.join(dir, 'package', 'dist');
    const outside = readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) =>
        [...readFileSync(path.join(dist, f), 'utf8').matchAll(/import\.meta\.url\)\(\s*["']([^"']+)["']\s*\)/g)]
          .map((m) => m[1]!)
          .filter((id) => !isBuiltin(id))
          .map((id) => `${f}: ${id}`),
      );
    expect(outside, 'import these statically (or with await import()) so ncc bundles them').toEqual([]);
  });

  it('runs in a GitLab job installed through RUNLENS_PACKAGE (npx, npm cache in the project)', async () => {
    const p = await project('python-app', {
      'runlens.yml': 'version: 1\nsteps:\n  hello: { run: echo hello from the packed runlens }\n',
    });
    const run = await gitlabCiLocal(p, { RUNLENS_CLI: '', RUNLENS_PACKAGE: tarball });
    expect(run.code, run.stdout).toBe(0);
    expect(run.log('runlens')).toContain(`runlens: npx ${tarball}`);
    expect(run.log('runlens')).toContain('hello from the packed runlens');
    expect(json(run.artifact('runlens', '.runlens/run.json')).status).toBe('passed');
  });
});

describe('a sharded pipeline under gitlab-ci-local (.runlens-sharded, .runlens-merge)', () => {
  it('runs a pipeline as `parallel: 3` shards and a merge job, with the findings and verdicts of one job', async () => {
    const secrets: Record<string, string> = {};
    for (let i = 0; i < 9; i++)
      secrets[`src/service-${i}.env`] = `GITHUB_TOKEN=${['ghp', '_', `${'Rk7q2Lm9Xv4Tz8Np3Bw6Yc1Hd5Fj0Gs2'}${i}abc`].join('')}\n`;
    const sharded = await project('sharded', secrets);
    // The raw-log wrapper writes under the job's name, and gitlab-ci-local names a parallel job `runlens: [1/3]`.
    const raw = path.join(sharded.dir, '..', `${path.basename(sharded.dir)}-home`, 'raw');
    for (const i of [1, 2, 3]) mkdirSync(path.join(raw, `runlens: [${i}`), { recursive: true });
    const run = await gitlabCiLocal(sharded, {});
    const single = await gitlabCiLocal(await project('sharded', secrets), { RUNLENS_SINGLE: 'true' }, ['runlens-single']);
    // Each shard ran its share and passed its files on; this pipeline fails (a failing step, critical secrets).
    for (const i of [1, 2, 3]) expect(run.log(`runlens: [${i}/3]`) || run.stdout).toMatch(new RegExp(`shard ${i}/3`));
    expect(run.stdout).toMatch(/runlens-merge/);
    const merged = json(run.artifact('runlens-merge', '.runlens/run.json'));
    const one = json(single.artifact('runlens-single', '.runlens/run.json'));
    const shape = (r: {
      steps: Array<{ id: string; status: string; findings: Array<{ fingerprint: string; ruleId: string }> }>;
      status: string;
      gate: { passed: boolean };
    }) => ({
      steps: Object.fromEntries(r.steps.map((s) => [s.id, s.status])),
      findings: r.steps.flatMap((s) => s.findings.map((f) => `${s.id}|${f.ruleId}|${f.fingerprint}`)).sort(),
      status: r.status,
      gate: r.gate.passed,
    });
    expect(shape(merged)).toEqual(shape(one));
    expect(merged.merged.map((m: { index: number; status: string }) => m.index)).toEqual([1, 2, 3]);
    expect(merged.steps.find((s: { id: string }) => s.id === 'secrets').findings).toHaveLength(9);
    // The merge job publishes the reports GitLab shows; the shards publish none of their own.
    const secret = json(run.artifact('runlens-merge', '.runlens/gl-secret-detection-report.json'));
    expect(schemaErrors(validatorFor(SECURITY_SCHEMA['gl-secret-detection-report.json']!), secret)).toEqual([]);
    expect(secret.vulnerabilities).toHaveLength(9);
    expect(readFileSync(run.artifact('runlens-merge', '.runlens/junit.xml'), 'utf8')).toContain('<testsuites');
    // The merged job fails as the single job does (a failing step and critical secrets), and says so.
    expect(run.code).not.toBe(0);
    expect(run.log('runlens-merge')).toMatch(/findings: \d+/);
  });
});
