// The vault:// store against a local Vault stand-in (tests/support/vault-server.ts) that speaks Vault's
// documented HTTP API, with real JWTs (jose) and a real TLS CA made by openssl.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findStore } from '../../src/secret-stores/registry.js';
import { SecretRefError, type StoreContext } from '../../src/secret-stores/store.js';
import { vaultStore, type VaultRef, type VaultSettings } from '../../src/secret-stores/vault/store.js';
import { startOidcIssuer, GITHUB_CLAIMS, type OidcIssuer } from '../support/oidc-issuer.js';
import { startFixedAnswerServer } from '../support/odd-servers.js';
import { startVaultStandIn, type VaultStandIn } from '../support/vault-server.js';

const PASSWORD = 'hunter2-Canary-7f3a';
const API_KEY = 'ak-Canary-91bd';

const parse = (body: string) => vaultStore.parse(body);
const settings = (s: unknown = {}) => vaultStore.settings().parse(s);

async function fetchRefs(
  refs: string[],
  s: unknown,
  env: Record<string, string | undefined>,
  extra: Partial<StoreContext<VaultSettings>> = {},
) {
  const client = await vaultStore.client();
  const ctx: StoreContext<VaultSettings> = {
    settings: settings(s),
    env,
    signal: new AbortController().signal,
    timeoutMs: 5000,
    workspace: process.cwd(),
    ...extra,
  };
  return client.fetch(refs.map(parse), ctx);
}

async function probeRefs(refs: string[], s: unknown, env: Record<string, string | undefined>) {
  const client = await vaultStore.client();
  return client.probe(refs.map(parse), {
    settings: settings(s),
    env,
    signal: new AbortController().signal,
    timeoutMs: 5000,
    workspace: process.cwd(),
  });
}

describe('vault:// references', () => {
  it('is registered under the scheme `vault`', () => {
    expect(findStore('vault')).toBe(vaultStore);
  });

  it('parses mount, path and key, and an optional KV v2 version', () => {
    expect(parse('secret/ci/app#password')).toEqual({ mount: 'secret', path: 'ci/app', key: 'password' });
    expect(parse('kv/db?version=3#user')).toEqual({ mount: 'kv', path: 'db', key: 'user', version: 3 });
    expect(parse('secret/app/#api.key')).toEqual({ mount: 'secret', path: 'app', key: 'api.key' });
  });

  it.each([
    ['secret/app', /no key: name the key after `#`/],
    ['secret/app#', /the key after `#` is empty/],
    ['secret#password', /a path is needed after the mount/],
    ['/secret/app#password', /no leading `\/`/],
    ['secret//app#password', /empty path segment/],
    ['secret/../sys#x', /`\.` and `\.\.`/],
    ['secret/app?ver=2#password', /unknown parameter "ver"/],
    ['secret/app?version=0#password', /version "0" is not a positive whole number/],
    ['secret/my app#password', /character Vault paths do not take/],
  ])('rejects vault://%s with a message saying what a good one looks like', (body, why) => {
    expect(() => parse(body)).toThrow(SecretRefError);
    expect(() => parse(body)).toThrow(why);
    expect(() => parse(body)).toThrow('write vault://<mount>/<path>#<key>');
  });

  it('defaults to token auth and KV version detection, and refuses unknown settings', () => {
    expect(settings()).toEqual({ 'kv-version': 'auto', auth: { method: 'token', 'token-env': 'VAULT_TOKEN' } });
    expect(settings({ auth: { method: 'jwt', role: 'ci' } }).auth).toEqual({
      method: 'jwt',
      role: 'ci',
      mount: 'jwt',
      'id-token-env': 'VAULT_ID_TOKEN',
    });
    expect(() => settings({ adress: 'http://x' })).toThrow();
    expect(() => settings({ auth: { method: 'jwt' } })).toThrow(/role/);
    expect(() => settings({ address: 'ftp://vault' })).toThrow();
    expect(() => settings({ auth: { method: 'token', token: 'hvs.literal' } })).toThrow();
  });
});

describe('fetching from Vault', () => {
  let vault: VaultStandIn;
  const env = () => ({ VAULT_ADDR: vault.address, VAULT_TOKEN: 'root-token' });

  beforeAll(async () => {
    vault = await startVaultStandIn();
    vault.mount('secret', 2);
    vault.mount('kv1', 1);
    vault.mount('team/kv', 2);
    vault.put('secret', 'ci/app', { user: 'ci', password: 'old-version-value' });
    vault.put('secret', 'ci/app', { user: 'ci', password: PASSWORD, port: 5432, nested: { a: 1 } });
    vault.put('secret', 'ci/other', { api_key: API_KEY });
    vault.put('secret', 'ci/gone', { x: 'deleted-value' });
    vault.deleteLatest('secret', 'ci/gone');
    vault.put('kv1', 'legacy/db', { password: 'v1-value' });
    vault.put('team/kv', 'app', { token: 'nested-mount-value' });
    vault.token('root-token', { '*': ['root'] }, { displayName: 'root' });
    vault.token('reader', { 'secret/data/ci/other': ['read'] }, { displayName: 'token-reader' });
  });
  afterAll(() => vault.close());
  afterEach(() => {
    vault.requests.length = 0;
    vault.stall = undefined;
  });

  it('reads KV v2 keys with VAULT_TOKEN, one request per secret path however many keys it gives', async () => {
    const out = await fetchRefs(['secret/ci/app#password', 'secret/ci/app#user', 'secret/ci/other#api_key'], {}, env());
    expect(out).toEqual([
      { ok: true, value: PASSWORD },
      { ok: true, value: 'ci' },
      { ok: true, value: API_KEY },
    ]);
    const reads = vault.requests.filter((r) => r.path.startsWith('secret/data/'));
    expect(reads.map((r) => r.path).sort()).toEqual(['secret/data/ci/app', 'secret/data/ci/other']);
    expect(vault.requests.filter((r) => r.path.startsWith('sys/internal/ui/mounts/')).length).toBe(2);
  });

  it('gives a number or an object as its JSON text', async () => {
    expect(await fetchRefs(['secret/ci/app#port', 'secret/ci/app#nested'], {}, env())).toEqual([
      { ok: true, value: '5432' },
      { ok: true, value: '{"a":1}' },
    ]);
  });

  it('reads an older KV v2 version with ?version=N', async () => {
    expect(await fetchRefs(['secret/ci/app?version=1#password'], {}, env())).toEqual([{ ok: true, value: 'old-version-value' }]);
    expect(vault.requests.some((r) => r.path === 'secret/data/ci/app')).toBe(true);
  });

  it('detects a KV v1 mount the way the vault CLI does (sys/internal/ui/mounts) and reads it without data/', async () => {
    expect(await fetchRefs(['kv1/legacy/db#password'], {}, env())).toEqual([{ ok: true, value: 'v1-value' }]);
    expect(vault.requests.map((r) => r.path)).toEqual(['sys/internal/ui/mounts/kv1/legacy/db', 'kv1/legacy/db']);
  });

  it('skips the mount look-up when kv-version is set', async () => {
    expect(await fetchRefs(['kv1/legacy/db#password'], { 'kv-version': 1 }, env())).toEqual([{ ok: true, value: 'v1-value' }]);
    expect(vault.requests.map((r) => r.path)).toEqual(['kv1/legacy/db']);
  });

  it('finds a nested mount (team/kv/) from the look-up, not from the first segment', async () => {
    expect(await fetchRefs(['team/kv/app#token'], {}, env())).toEqual([{ ok: true, value: 'nested-mount-value' }]);
    expect(vault.requests.map((r) => r.path)).toContain('team/kv/data/app');
  });

  it('names the missing key and the keys there are, never a value', async () => {
    const [out] = await fetchRefs(['secret/ci/app#pasword'], {}, env());
    expect(out).toEqual({ ok: false, error: 'vault: no key "pasword" in secret/ci/app (keys: user, password, port, nested)' });
  });

  it('says when there is no secret at the path', async () => {
    const [out] = await fetchRefs(['secret/ci/nope#x'], {}, env());
    expect(out).toEqual({ ok: false, error: 'vault: no secret at secret/ci/nope (KV v2 mount secret/)' });
  });

  it('says when the newest version was deleted', async () => {
    const [out] = await fetchRefs(['secret/ci/gone#x'], {}, env());
    expect(out).toMatchObject({ ok: false, error: expect.stringMatching(/^vault: the newest version of secret\/ci\/gone was deleted/) });
    expect(JSON.stringify(out)).not.toContain('deleted-value');
  });

  it('reports permission denied on the KV v2 data path, with a hint at the policy', async () => {
    const out = await fetchRefs(['secret/ci/app#password', 'secret/ci/other#api_key'], {}, { ...env(), VAULT_TOKEN: 'reader' });
    expect(out).toEqual([
      { ok: false, error: 'vault: permission denied on secret/data/ci/app (policy?)' },
      { ok: true, value: API_KEY },
    ]);
  });

  it('reports permission denied when the policy grants nothing under the mount', async () => {
    const [out] = await fetchRefs(['kv1/legacy/db#password'], {}, { ...env(), VAULT_TOKEN: 'reader' });
    expect(out).toMatchObject({ ok: false, error: expect.stringMatching(/^vault: permission denied on kv1\/legacy\/db \(policy\?/) });
  });

  it('tells a refused token from a policy that lacks the path', async () => {
    const [out] = await fetchRefs(['secret/ci/app#password'], { 'kv-version': 2 }, { ...env(), VAULT_TOKEN: 'hvs.expired' });
    expect(out).toEqual({
      ok: false,
      error: 'vault: permission denied on secret/data/ci/app: the token was refused (expired, revoked, or wrong namespace?)',
    });
    expect(JSON.stringify(out)).not.toContain('hvs.expired');
  });

  it('fails every reference with one clear message when there is no token or no address', async () => {
    expect(await fetchRefs(['secret/ci/app#password', 'secret/ci/other#api_key'], {}, { VAULT_ADDR: vault.address })).toEqual([
      { ok: false, error: 'vault: no token: set VAULT_TOKEN, or log in another way (secret-stores.vault.auth.method: approle or jwt)' },
      { ok: false, error: 'vault: no token: set VAULT_TOKEN, or log in another way (secret-stores.vault.auth.method: approle or jwt)' },
    ]);
    expect(await fetchRefs(['secret/ci/app#password'], {}, { VAULT_TOKEN: 'root-token' })).toEqual([
      { ok: false, error: 'vault: no address: set secret-stores.vault.address in runlens.yml or VAULT_ADDR' },
    ]);
  });

  it('says the server cannot be reached when nothing listens at the address', async () => {
    const [out] = await fetchRefs(['secret/ci/app#password'], { address: 'http://127.0.0.1:1' }, { VAULT_TOKEN: 'root-token' });
    expect(out).toEqual({
      ok: false,
      error: 'vault: cannot reach http://127.0.0.1:1 (connection refused): is the address right and the server up?',
    });
  });

  it("follows a standby node's 307 to the active node", async () => {
    const standby = await startVaultStandIn();
    standby.redirectTo = vault.address;
    try {
      expect(await fetchRefs(['secret/ci/app#password'], { address: standby.address }, { VAULT_TOKEN: 'root-token' })).toEqual([
        { ok: true, value: PASSWORD },
      ]);
      expect(standby.requests.map((r) => r.path)).toEqual(['sys/internal/ui/mounts/secret/ci/app', 'secret/data/ci/app']);
    } finally {
      await standby.close();
    }
  });

  it('gives up on a server that never answers within the timeout', async () => {
    vault.stall = /^\/v1\/secret\//;
    const [out] = await fetchRefs(['secret/ci/app#password'], {}, env(), { timeoutMs: 300 });
    expect(out).toEqual({ ok: false, error: `vault: no answer from ${vault.address} within 300ms` });
  });

  it('stops when the run is cancelled', async () => {
    vault.stall = /^\/v1\/secret\//;
    const abort = new AbortController();
    const pending = fetchRefs(['secret/ci/app#password', 'secret/ci/other#api_key'], {}, env(), {
      signal: abort.signal,
      timeoutMs: 60_000,
    });
    while (!vault.requests.some((r) => r.path.startsWith('secret/data/'))) await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    expect(await pending).toEqual([
      { ok: false, error: 'vault: cancelled' },
      { ok: false, error: 'vault: cancelled' },
    ]);
  });

  it('fetches nothing once cancelled before it starts', async () => {
    const abort = new AbortController();
    abort.abort();
    expect(await fetchRefs(['secret/ci/app#password'], {}, env(), { signal: abort.signal })).toEqual([
      { ok: false, error: 'vault: cancelled' },
    ]);
    expect(vault.requests).toEqual([]);
  });

  it('doctor: looks the token up and checks read capability on each path without reading a value', async () => {
    const ok = await probeRefs(['secret/ci/other#api_key'], {}, { ...env(), VAULT_TOKEN: 'reader' });
    expect(ok).toEqual({
      ok: true,
      detail: `${vault.address}: authenticated as token-reader (policies: default, ttl 3600s); read allowed on secret/data/ci/other`,
    });
    const bad = await probeRefs(['secret/ci/other#api_key', 'secret/ci/app#password'], {}, { ...env(), VAULT_TOKEN: 'reader' });
    expect(bad.ok).toBe(false);
    expect(bad.detail).toContain('no read on secret/data/ci/app (capabilities: deny)');
    expect(vault.requests.filter((r) => r.path.startsWith('secret/'))).toEqual([]);
    const refused = await probeRefs([], {}, { ...env(), VAULT_TOKEN: 'hvs.nope' });
    expect(refused).toEqual({
      ok: false,
      detail: `vault: ${vault.address}: the token was refused by auth/token/lookup-self: HTTP 403: permission denied`,
    });
  });
});

describe('Vault namespaces', () => {
  let vault: VaultStandIn;
  beforeAll(async () => {
    vault = await startVaultStandIn();
    vault.mount('secret', 2, 'team-a');
    vault.put('secret', 'app', { password: PASSWORD }, 'team-a');
    vault.token('ns-token', { 'secret/data/*': ['read'] }, { namespace: 'team-a' });
  });
  afterAll(() => vault.close());

  it('sends X-Vault-Namespace from the settings or VAULT_NAMESPACE', async () => {
    const base = { VAULT_ADDR: vault.address, VAULT_TOKEN: 'ns-token' };
    expect(await fetchRefs(['secret/app#password'], { namespace: 'team-a' }, base)).toEqual([{ ok: true, value: PASSWORD }]);
    expect(await fetchRefs(['secret/app#password'], {}, { ...base, VAULT_NAMESPACE: 'team-a' })).toEqual([{ ok: true, value: PASSWORD }]);
    expect(vault.requests.every((r) => r.namespace === 'team-a')).toBe(true);
  });

  it('is refused in the root namespace', async () => {
    const [out] = await fetchRefs(['secret/app#password'], {}, { VAULT_ADDR: vault.address, VAULT_TOKEN: 'ns-token' });
    expect(out).toMatchObject({ ok: false, error: expect.stringMatching(/^vault: permission denied on secret\/app/) });
  });
});

describe('Vault logins', () => {
  let vault: VaultStandIn;
  let github: OidcIssuer;
  let gitlab: OidcIssuer;
  const readApp = { 'secret/data/ci/app': ['read'] };

  beforeAll(async () => {
    vault = await startVaultStandIn();
    github = await startOidcIssuer();
    gitlab = await startOidcIssuer('https://gitlab.example.com');
    vault.mount('secret', 2);
    vault.put('secret', 'ci/app', { user: 'ci', password: PASSWORD });
    vault.approle('ci', { roleId: 'role-123', secretId: 'sid-Canary-55', policy: readApp });
    vault.approle('ci-cidr', { roleId: 'role-cidr', secretId: 'sid-Canary-66', policy: readApp, echoSecretId: true });
    vault.jwtAuth('jwt', github.jwks, {
      'payments-ci': { boundAudiences: ['https://vault.acme.dev'], boundClaims: { repository: GITHUB_CLAIMS.repository }, policy: readApp },
    });
    vault.jwtAuth('gitlab', gitlab.jwks, {
      'payments-ci': { boundAudiences: ['https://vault.acme.dev'], boundClaims: { project_path: 'acme/payments' }, policy: readApp },
    });
  });
  afterAll(async () => {
    await vault.close();
    await github.close();
    await gitlab.close();
  });
  afterEach(() => {
    vault.requests.length = 0;
  });

  const logins = () => vault.requests.filter((r) => r.path.endsWith('/login'));
  const expectNoIssuedToken = (out: unknown) => {
    for (const t of vault.issued) expect(JSON.stringify(out)).not.toContain(t);
  };

  it('AppRole: logs in once for all references and uses that token for every read', async () => {
    const out = await fetchRefs(
      ['secret/ci/app#password', 'secret/ci/app#user', 'secret/ci/app#missing'],
      { auth: { method: 'approle' } },
      { VAULT_ADDR: vault.address, VAULT_ROLE_ID: 'role-123', VAULT_SECRET_ID: 'sid-Canary-55' },
    );
    expect(out.slice(0, 2)).toEqual([
      { ok: true, value: PASSWORD },
      { ok: true, value: 'ci' },
    ]);
    expect(out[2]).toEqual({ ok: false, error: 'vault: no key "missing" in secret/ci/app (keys: user, password)' });
    expect(logins().map((r) => r.path)).toEqual(['auth/approle/login']);
    expect(vault.requests.filter((r) => !r.path.endsWith('/login')).every((r) => r.withToken)).toBe(true);
    expectNoIssuedToken(out);
  });

  it('AppRole: a refused login fails every reference, never showing the secret ID even when Vault echoes it', async () => {
    const out = await fetchRefs(
      ['secret/ci/app#password', 'secret/ci/app#user'],
      { auth: { method: 'approle', 'role-id': 'role-cidr' } },
      { VAULT_ADDR: vault.address, VAULT_SECRET_ID: 'sid-Canary-wrong' },
    );
    const error = 'vault: AppRole login at auth/approle/login failed: HTTP 400: invalid secret_id "***"';
    expect(out).toEqual([
      { ok: false, error },
      { ok: false, error },
    ]);
  });

  it('JWT on GitHub: requests the job token for the audience and logs in with the role', async () => {
    const out = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', role: 'payments-ci', audience: 'https://vault.acme.dev' } },
      {
        VAULT_ADDR: vault.address,
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: github.github.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.github.requestToken,
      },
    );
    expect(out).toEqual([{ ok: true, value: PASSWORD }]);
    expect(github.requests.at(-1)?.audience).toBe('https://vault.acme.dev');
    expect(logins().map((r) => r.path)).toEqual(['auth/jwt/login']);
    expectNoIssuedToken(out);
  });

  it("JWT on GitHub: a token for another audience is refused with Vault's reason", async () => {
    const [out] = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', role: 'payments-ci' } },
      {
        VAULT_ADDR: vault.address,
        ACTIONS_ID_TOKEN_REQUEST_URL: github.github.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.github.requestToken,
      },
    );
    expect(github.requests.at(-1)?.audience).toBeNull();
    expect(out).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^vault: JWT \(role "payments-ci"\) login at auth\/jwt\/login failed: HTTP 400: error validating token: .*aud/,
      ),
    });
  });

  it('JWT on GitHub without `id-token: write` says what to grant', async () => {
    const [out] = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', role: 'payments-ci' } },
      { VAULT_ADDR: vault.address, GITHUB_ACTIONS: 'true' },
    );
    expect(out).toEqual({
      ok: false,
      error: "vault: JWT login needs the job's identity token, and GitHub offers none: give the job `permissions: id-token: write`",
    });
  });

  it('JWT on GitLab: logs in with the id_tokens variable named in the settings', async () => {
    const jwt = await gitlab.mint({ project_path: 'acme/payments', ref: 'main' }, 'https://vault.acme.dev');
    const out = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', mount: 'gitlab', role: 'payments-ci', 'id-token-env': 'VAULT_ID_TOKEN' } },
      { VAULT_ADDR: vault.address, GITLAB_CI: 'true', VAULT_ID_TOKEN: jwt },
    );
    expect(out).toEqual([{ ok: true, value: PASSWORD }]);
    expect(logins().map((r) => r.path)).toEqual(['auth/gitlab/login']);
  });

  it('JWT on GitLab: a token of another project is refused by the bound claims, and the JWT never shows', async () => {
    const jwt = await gitlab.mint({ project_path: 'evil/fork' }, 'https://vault.acme.dev');
    const [out] = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', mount: 'gitlab', role: 'payments-ci' } },
      { VAULT_ADDR: vault.address, VAULT_ID_TOKEN: jwt },
    );
    expect(out).toMatchObject({ ok: false, error: expect.stringContaining('claim "project_path" does not match') });
    expect(JSON.stringify(out)).not.toContain(jwt);
  });

  it('JWT without an identity token says how to declare one on GitLab', async () => {
    const [out] = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', role: 'payments-ci' } },
      { VAULT_ADDR: vault.address },
    );
    expect(out).toMatchObject({ ok: false, error: expect.stringContaining('declare `id_tokens: { VAULT_ID_TOKEN: { aud: … } }`') });
  });

  it('says when the auth method is not enabled at the mount', async () => {
    const [out] = await fetchRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'jwt', mount: 'oidc', role: 'x' } },
      { VAULT_ADDR: vault.address, VAULT_ID_TOKEN: 'a.b.c' },
    );
    expect(out).toMatchObject({
      ok: false,
      error: expect.stringMatching(/auth\/oidc\/login failed: HTTP 404: .*\(is JWT auth enabled at auth\/oidc\/login\?\)$/),
    });
  });

  it('doctor logs in the same way before it checks the token', async () => {
    const probe = await probeRefs(
      ['secret/ci/app#password'],
      { auth: { method: 'approle' } },
      {
        VAULT_ADDR: vault.address,
        VAULT_ROLE_ID: 'role-123',
        VAULT_SECRET_ID: 'sid-Canary-55',
      },
    );
    expect(probe).toEqual({
      ok: true,
      detail: `${vault.address}: authenticated as approle-ci (policies: default, approle-ci, ttl 3600s); read allowed on secret/data/ci/app`,
    });
  });
});

describe('Vault answers runlens cannot read', () => {
  const CANARY = 'Canary-Vault-garbled-7Qz2';
  it.each([
    [200, JSON.stringify({ data: { data: { password: CANARY }, metadata: {} } }).slice(0, -6)],
    [500, JSON.stringify({ errors: [`bad ${CANARY}`, 'x'] }).slice(0, -5)],
    [403, `<html>${CANARY}</html>`],
  ])('HTTP %i with a garbled body: never quoted in the error', async (status, body) => {
    const garbled = await startFixedAnswerServer(status, body);
    try {
      const out = await fetchRefs(['secret/ci/app#password'], {}, { VAULT_ADDR: garbled.url, VAULT_TOKEN: 'root-token' });
      expect(out).toHaveLength(1);
      expect(out[0]!.ok).toBe(false);
      expect(JSON.stringify(out)).not.toContain(CANARY);
    } finally {
      await garbled.stop();
    }
  });
});

describe('Vault over TLS with a private CA', () => {
  let dir: string;
  let vault: VaultStandIn;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'runlens-vault-tls-'));
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=runlens test CA',
    );
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
    writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    ssl(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'san.ext',
    );
    vault = await startVaultStandIn({
      tls: { key: readFileSync(path.join(dir, 'server.key'), 'utf8'), cert: readFileSync(path.join(dir, 'server.pem'), 'utf8') },
    });
    vault.mount('secret', 2);
    vault.put('secret', 'app', { password: PASSWORD });
    vault.token('root-token', { '*': ['root'] });
  });
  afterAll(async () => {
    await vault.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('trusts the CA given by ca-cert or VAULT_CACERT', async () => {
    const env = { VAULT_ADDR: vault.address, VAULT_TOKEN: 'root-token' };
    expect(await fetchRefs(['secret/app#password'], { 'ca-cert': path.join(dir, 'ca.pem') }, env)).toEqual([{ ok: true, value: PASSWORD }]);
    expect(await fetchRefs(['secret/app#password'], {}, { ...env, VAULT_CACERT: path.join(dir, 'ca.pem') })).toEqual([
      { ok: true, value: PASSWORD },
    ]);
  });

  it("finds a relative ca-cert or VAULT_CACERT in the run's workspace, not in the process's directory", async () => {
    expect(process.cwd()).not.toBe(dir);
    expect(existsSync(path.resolve('ca.pem'))).toBe(false);
    const env = { VAULT_ADDR: vault.address, VAULT_TOKEN: 'root-token' };
    expect(await fetchRefs(['secret/app#password'], { 'ca-cert': 'ca.pem' }, env, { workspace: dir })).toEqual([
      { ok: true, value: PASSWORD },
    ]);
    expect(await fetchRefs(['secret/app#password'], {}, { ...env, VAULT_CACERT: './ca.pem' }, { workspace: dir })).toEqual([
      { ok: true, value: PASSWORD },
    ]);
  });

  it('refuses the server without the CA and says where to give it', async () => {
    const [out] = await fetchRefs(['secret/app#password'], {}, { VAULT_ADDR: vault.address, VAULT_TOKEN: 'root-token' });
    expect(out).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^vault: TLS: .* \(secret-stores\.vault\.ca-cert or VAULT_CACERT\)$/),
    });
  });

  it('says so when the CA file is missing', async () => {
    const [out] = await fetchRefs(
      ['secret/app#password'],
      { 'ca-cert': path.join(dir, 'nope.pem') },
      { VAULT_ADDR: vault.address, VAULT_TOKEN: 'root-token' },
    );
    expect(out).toEqual({ ok: false, error: `vault: cannot read the CA file ${path.join(dir, 'nope.pem')}: ENOENT` });
  });
});

// Type check: the reference shape other layers see.
const _ref: VaultRef = { mount: 'secret', path: 'app', key: 'k' };
void _ref;
