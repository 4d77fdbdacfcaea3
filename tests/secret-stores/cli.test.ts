// The CLI as users run it (built from the current source), with a `vault://` secret served by the local
// Vault stand-in: the value reaches the step that lists it and no byte of stdout, stderr or the output
// dir; `validate` checks references; `doctor` says whether the store is reachable and we are logged in.
// And start-up: a run without secrets loads no store client and no secret-fetching code at all.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runNode } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { startVaultStandIn, type VaultStandIn } from '../support/vault-server.js';
import { filesBelow } from '../support/written-files.js';

const VALUE = 'vault canary/value+with?odd=chars 5e1b';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const FORMS = [
  VALUE,
  b64(VALUE),
  b64(VALUE).replace(/=+$/, ''),
  b64(VALUE).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  encodeURIComponent(VALUE),
];

let build: SourceBuild;
let vault: VaultStandIn;
const made: string[] = [];

beforeAll(async () => {
  [build, vault] = await Promise.all([buildSource(), startVaultStandIn()]);
  vault.mount('secret', 2);
  vault.put('secret', 'ci/app', { password: VALUE });
  vault.token('ci-token', { 'secret/data/ci/*': ['read'] }, { displayName: 'ci' });
}, 120_000);
afterAll(async () => {
  await vault?.close();
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

async function workspace(yml: string): Promise<string> {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-secret-cli-'));
  made.push(ws);
  await writeFile(path.join(ws, 'runlens.yml'), yml);
  return ws;
}

const vaultEnv = () => ({ VAULT_ADDR: vault.address, VAULT_TOKEN: 'ci-token' });

describe('runlens run with a vault:// secret', () => {
  it('hands the value to the step that lists it and prints or writes it nowhere, in no form', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'runlens-secret-cli-outside-'));
    made.push(outside);
    const ws = await workspace(`version: 1
secrets:
  DB_PASSWORD: vault://secret/ci/app#password
steps:
  migrate:
    secrets: [DB_PASSWORD]
    run: |
      printf '%s' "$DB_PASSWORD" > ${JSON.stringify(path.join(outside, 'seen.txt'))}
      echo "connecting with $DB_PASSWORD"
      echo "encoded: $(printf '%s' "$DB_PASSWORD" | base64 -w0)" >&2
      node -e 'console.log("url: " + encodeURIComponent(process.env.DB_PASSWORD))'
      echo "pw=$DB_PASSWORD" >> "$RUNLENS_OUTPUT"
      exit 1
  report:
    run: printf '%s' "\${DB_PASSWORD-unset}" > ${JSON.stringify(path.join(outside, 'other.txt'))}
`);
    const ran = await runNode(build.cli, ['run', '--log-order', 'stream'], { cwd: ws, env: vaultEnv() });
    expect(ran.code).toBe(1);
    expect(await readFile(path.join(outside, 'seen.txt'), 'utf8')).toBe(VALUE);
    expect(await readFile(path.join(outside, 'other.txt'), 'utf8')).toBe('unset');
    expect(ran.stdout).toContain('secrets: 1 fetched from vault');
    expect(ran.stdout).toContain('connecting with ***');
    for (const form of FORMS) {
      expect(ran.stdout, 'stdout').not.toContain(form);
      expect(ran.stderr, 'stderr').not.toContain(form);
    }
    const files = await filesBelow(path.join(ws, '.runlens'));
    expect(files.map(([f]) => f)).toEqual(
      expect.arrayContaining(['run.json', 'summary.md', 'runlens.sarif', 'trace.jsonl', 'logs/migrate.log']),
    );
    for (const [file, bytes] of files) for (const form of FORMS) expect(bytes.includes(form), `${file} holds ${form}`).toBe(false);
  });

  it('fails only the step whose secret Vault refuses, with Vault’s reason and no value', async () => {
    const ws = await workspace(`version: 1
secrets:
  OTHER: vault://secret/team/app#password
steps:
  a: { run: 'true', secrets: [OTHER] }
  b: { run: 'true' }
`);
    const ran = await runNode(build.cli, ['run'], { cwd: ws, env: vaultEnv() });
    expect(ran.code).toBe(1);
    const run = JSON.parse(await readFile(path.join(ws, '.runlens', 'run.json'), 'utf8')) as {
      steps: Array<{ id: string; status: string; reason?: string }>;
    };
    expect(run.steps.find((s) => s.id === 'b')!.status).toBe('passed');
    expect(run.steps.find((s) => s.id === 'a')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^secret not fetched: OTHER \(vault:\/\/secret\/team\/app#password\): vault: .*permission denied/),
    });
  });
});

describe('runlens validate and doctor with secrets', () => {
  it('validate reports a malformed reference at its line, exit 2', async () => {
    const ws = await workspace('version: 1\nsecrets:\n  DB: vault://secret/ci/app\nsteps:\n  a: { run: x, secrets: [DB] }\n');
    const ran = await runNode(build.cli, ['validate'], { cwd: ws });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/runlens\.yml:3:7: secrets\.DB: vault: .*\(write vault:\/\/<mount>\/<path>#<key>/);
  });

  it('doctor says the store is reachable and who we are logged in as, and fails when the token is refused', async () => {
    const ws = await workspace('version: 1\nsecrets:\n  DB: vault://secret/ci/app#password\nsteps:\n  a: { run: x, secrets: [DB] }\n');
    const good = await runNode(build.cli, ['doctor'], { cwd: ws, env: vaultEnv() });
    expect(good.stdout).toMatch(/✓ secret store vault\s+HashiCorp Vault \/ OpenBao: .*authenticated as/);
    const bad = await runNode(build.cli, ['doctor'], { cwd: ws, env: { ...vaultEnv(), VAULT_TOKEN: 'wrong-token' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ secret store vault/);
    // The probe reads no secret.
    expect(vault.requests.some((r) => r.path.startsWith('secret/data/') && r.method === 'GET' && !r.withToken)).toBe(false);
    for (const form of FORMS) expect(good.stdout + bad.stdout).not.toContain(form);
  });
});

describe('start-up', () => {
  // The CLI from source (tsx), with a resolve hook that lists every module it loads.
  async function modulesLoaded(ws: string, env: Record<string, string> = {}): Promise<string[]> {
    const list = path.join(ws, 'modules.txt');
    const hook = path.join(ws, 'hook.mjs');
    const entry = path.join(ws, 'entry.mjs');
    await writeFile(list, '');
    const resolveHook = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(list)}, r.url + '\\n');
  return r;
}`;
    await writeFile(
      hook,
      `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(resolveHook)}));\n`,
    );
    await writeFile(entry, `globalThis.runlensDoor = 'cli';\nawait import(${JSON.stringify(path.join(repoRoot, 'src', 'index.ts'))});\n`);
    const code = await new Promise<number | null>((resolve, reject) => {
      const tsx = pathToFileURL(path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
      const child = spawn(process.execPath, ['--import', tsx, '--import', pathToFileURL(hook).href, entry, 'run'], {
        cwd: ws,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_PATH: path.join(repoRoot, 'node_modules'), ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (c) => (c === 0 ? resolve(c) : reject(new Error(`exit ${c}: ${stderr}`))));
    });
    expect(code).not.toBeNull();
    return (await readFile(list, 'utf8')).split('\n').filter(Boolean);
  }
  // The fetching code, each store's client half and the cloud SDKs; a store's light half (store.ts and what it imports) loads with the config.
  const SECRET_CODE =
    /\/src\/secret-stores\/(fetch|[^/]+\/client)\.ts$|\/src\/engine\/(secret-forms|step-secrets)\.ts$|\/node_modules\/(@aws-sdk|@azure|@google-cloud|google-gax)\//;
  const secretCode = (urls: string[]) => urls.filter((u) => SECRET_CODE.test(u));

  it('a run without secrets loads no store client, no fetching code and no SDK', async () => {
    const ws = await workspace('version: 1\nsteps:\n  a: { run: "true" }\n');
    const urls = await modulesLoaded(ws);
    expect(urls.some((u) => u.endsWith('/src/run.ts'))).toBe(true);
    expect(secretCode(urls)).toEqual([]);
  }, 60_000);

  it('a run with a vault:// secret does load them (the check above can fail)', async () => {
    const ws = await workspace('version: 1\nsecrets:\n  DB: vault://secret/ci/app#password\nsteps:\n  a: { run: "true", secrets: [DB] }\n');
    const urls = await modulesLoaded(ws, { ...vaultEnv() });
    expect(secretCode(urls).map((u) => u.slice(u.indexOf('/src/') + 1))).toEqual(
      expect.arrayContaining([
        'src/engine/step-secrets.ts',
        'src/secret-stores/fetch.ts',
        'src/secret-stores/vault/client.ts',
        'src/engine/secret-forms.ts',
      ]),
    );
  }, 60_000);
});
