// azure-kv://: the real @azure/keyvault-secrets and @azure/identity clients against a stand-in speaking Key
// Vault's REST API (with its 401 challenge) and Entra's token endpoint over TLS (tests/support/azure-key-vault.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/base/duration.js';
import { azureStore, type AzureSettings } from '../../src/secret-stores/azure/store.js';
import { SecretRefError, type FetchOutcome, type StoreContext } from '../../src/secret-stores/store.js';
import { startKeyVaultStandIn, type KeyVaultStandIn } from '../support/azure-key-vault.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';
import { randomOf } from '../support/secrets.js';

const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const canary = { appPw: randomOf(AN, 24), appPwOld: randomOf(AN, 24), token: randomOf(AN, 32) };
const reader = { clientId: randomUUID(), secret: randomOf(AN, 34) };
const outsider = { clientId: randomUUID(), secret: randomOf(AN, 34) };
const federated = randomUUID();

let kv: KeyVaultStandIn;
let oidc: OidcIssuer;
let oldVersion: string;

beforeAll(async () => {
  kv = await startKeyVaultStandIn();
  oidc = await startOidcIssuer();
  oldVersion = kv.put('app-pw', canary.appPwOld);
  kv.put('app-pw', canary.appPw);
  kv.put('registry-token', canary.token);
  kv.register({ clientId: reader.clientId, secret: reader.secret, canRead: ['*'] });
  kv.register({ clientId: outsider.clientId, secret: outsider.secret, canRead: ['registry-token'] });
  kv.register({ clientId: federated, federatedToken: await oidc.tokenFor('api://AzureADTokenExchange'), canRead: ['*'] });
});

afterAll(async () => {
  await oidc?.close();
  await kv?.stop();
});

function ctx(
  over: { settings?: Partial<AzureSettings>; env?: Record<string, string>; timeoutMs?: number; workspace?: string } = {},
): StoreContext<AzureSettings> {
  return {
    settings: azureStore.settings().parse({
      'tenant-id': kv.tenantId,
      'client-id': reader.clientId,
      'authority-host': kv.origin,
      // Every vault name reaches the one stand-in: the URL of a private endpoint, say.
      'vault-url': kv.origin,
      'ca-cert': kv.caPem,
      ...over.settings,
    }),
    env: over.env ?? { AZURE_CLIENT_SECRET: reader.secret },
    signal: new AbortController().signal,
    timeoutMs: over.timeoutMs ?? 15_000,
    workspace: over.workspace ?? process.cwd(),
  };
}

async function fetchRefs(refs: string[], c = ctx()): Promise<FetchOutcome[]> {
  return (await azureStore.client()).fetch(
    refs.map((r) => azureStore.parse(r)),
    c,
  );
}

const values = (outcomes: FetchOutcome[]) => outcomes.map((o) => (o.ok ? o.value : `ERROR ${o.error}`));

function expectNoValueIn(outcomes: FetchOutcome[]): void {
  for (const o of outcomes) if (!o.ok) for (const v of Object.values(canary)) expect(o.error).not.toContain(v);
}

describe('azure-kv:// against a Key Vault stand-in', () => {
  it('reads the current version of secrets in two vaults, signed in with a client secret', async () => {
    expect(values(await fetchRefs(['kv1/app-pw', 'kv-ci-2/registry-token']))).toEqual([canary.appPw, canary.token]);
    expect(kv.tokenRequests.at(-1)).toEqual({ clientId: reader.clientId, grant: 'secret', scope: 'https://vault.azure.net/.default' });
  });

  it('reads a version other than the current one', async () => {
    expect(values(await fetchRefs([`kv1/app-pw/${oldVersion}`]))).toEqual([canary.appPwOld]);
  });

  it("signs in by workload identity federation with GitHub's OIDC token (audience api://AzureADTokenExchange)", async () => {
    oidc.requests.length = 0;
    const outcomes = await fetchRefs(['kv1/app-pw'], ctx({ settings: { 'client-id': federated }, env: { ...oidc.env } }));
    expect(values(outcomes)).toEqual([canary.appPw]);
    expect(oidc.requests).toEqual([{ audience: 'api://AzureADTokenExchange', authorized: true }]);
    expect(kv.tokenRequests.at(-1)).toEqual({ clientId: federated, grant: 'assertion', scope: 'https://vault.azure.net/.default' });
  });

  it('takes the identity token from id-token-env (GitLab id_tokens:) when it is set', async () => {
    oidc.requests.length = 0;
    const outcomes = await fetchRefs(
      ['kv-ci-2/registry-token'],
      ctx({ settings: { 'client-id': federated }, env: { AZURE_ID_TOKEN: await oidc.tokenFor('api://AzureADTokenExchange') } }),
    );
    expect(values(outcomes)).toEqual([canary.token]);
    expect(oidc.requests).toEqual([]);
  });

  it('says which secret is missing from which vault, and which version', async () => {
    const outcomes = await fetchRefs(['kv1/app-pwd', `kv1/app-pw/${'0'.repeat(32)}`, 'kv1/app-pw']);
    expect(outcomes[0]).toEqual({ ok: false, error: 'azure-kv: secret app-pwd in vault kv1 not found' });
    expect(outcomes[1]).toEqual({ ok: false, error: `azure-kv: secret app-pw (version ${'0'.repeat(32)}) in vault kv1 not found` });
    expect(outcomes[2]).toEqual({ ok: true, value: canary.appPw });
  });

  it('reports access denied when the identity holds no role on the secret', async () => {
    const outcomes = await fetchRefs(
      ['kv1/app-pw', 'kv-ci-2/registry-token'],
      ctx({ settings: { 'client-id': outsider.clientId }, env: { AZURE_CLIENT_SECRET: outsider.secret } }),
    );
    expect(outcomes[0]).toEqual({
      ok: false,
      error: `azure-kv: access denied on app-pw in vault kv1 (RBAC: "Key Vault Secrets User" on the vault or secret for client ${outsider.clientId} with AZURE_CLIENT_SECRET? or an access policy with secret get)`,
    });
    expect(outcomes[1]).toEqual({ ok: true, value: canary.token });
  });

  it("passes on Entra's answer when the client secret is wrong", async () => {
    const outcomes = await fetchRefs(['kv1/app-pw'], ctx({ env: { AZURE_CLIENT_SECRET: randomOf(AN, 34) } }));
    expect(outcomes).toEqual([
      {
        ok: false,
        error: `azure-kv: sign-in failed (client ${reader.clientId} with AZURE_CLIENT_SECRET): invalid_client: AADSTS7000215: Invalid client secret provided.`,
      },
    ]);
  });

  it('passes on Entra refusing an identity token no federated credential matches', async () => {
    const outcomes = await fetchRefs(
      ['kv1/app-pw'],
      ctx({ settings: { 'client-id': federated }, env: { AZURE_ID_TOKEN: await oidc.tokenFor('api://SomethingElse') } }),
    );
    expect(outcomes).toEqual([
      {
        ok: false,
        error: `azure-kv: sign-in failed (client ${federated} by workload identity federation): invalid_client: AADSTS700213: No matching federated identity record found for presented assertion subject.`,
      },
    ]);
    expectNoValueIn(outcomes);
  });

  it('refuses a vault whose certificate it does not trust (no ca-cert)', async () => {
    const outcomes = await fetchRefs(['kv1/app-pw'], ctx({ settings: { 'ca-cert': undefined } }));
    expect(outcomes[0]!.ok).toBe(false);
    expect(!outcomes[0]!.ok && outcomes[0]!.error).toMatch(/^azure-kv: .*(self-signed|SELF_SIGNED)/i);
  });

  it('never shows a value from an answer it cannot read, whatever its status (the SDK quotes the whole body; unreadable.ts)', async () => {
    // The stand-in answers the secret's JSON (its value in it) cut short, with an error status.
    kv.garble = true;
    try {
      for (const status of [500, 403, 200]) {
        kv.garbleStatus = status;
        const outcomes = await fetchRefs(['kv1/app-pw']);
        expect(outcomes[0]!.ok).toBe(false);
        expectNoValueIn(outcomes);
        expect(!outcomes[0]!.ok && outcomes[0]!.error).toMatch(/^azure-kv: app-pw in vault kv1: an answer runlens could not read/);
      }
    } finally {
      kv.garble = false;
      kv.garbleStatus = 200;
    }
  });

  it('gives up after the timeout when the vault accepts and never answers', async () => {
    kv.hang = true;
    try {
      const outcomes = await fetchRefs(['kv1/app-pw'], ctx({ timeoutMs: 1500 }));
      expect(outcomes).toEqual([{ ok: false, error: `azure-kv: no answer within ${formatDuration(1500)} reading app-pw in vault kv1` }]);
    } finally {
      kv.hang = false;
    }
  });
});

describe('azure-kv:// doctor probe', () => {
  const probe = async (refs: string[], c = ctx()) =>
    (await azureStore.client()).probe(
      refs.map((r) => azureStore.parse(r)),
      c,
    );

  it("finds each secret by listing its versions' properties, reading no value", async () => {
    expect(await probe(['kv1/app-pw', `kv1/app-pw/${oldVersion}`, 'kv-ci-2/registry-token'])).toEqual({
      ok: true,
      detail: `authenticated as client ${reader.clientId} with AZURE_CLIENT_SECRET; 2 of 2 secret(s) found`,
    });
  });

  it('fails on a missing secret', async () => {
    const r = await probe(['kv1/app-pw', 'kv1/nope']);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('azure-kv: secret nope in vault kv1 not found');
  });

  it('counts a refusal as authenticated, saying reading may still be allowed', async () => {
    const r = await probe(
      ['kv1/app-pw'],
      ctx({ settings: { 'client-id': outsider.clientId }, env: { AZURE_CLIENT_SECRET: outsider.secret } }),
    );
    expect(r).toEqual({
      ok: true,
      detail: `authenticated as client ${outsider.clientId} with AZURE_CLIENT_SECRET; listing denied on kv1/app-pw (reading may still be allowed)`,
    });
  });

  it('fails when sign-in fails', async () => {
    const r = await probe(['kv1/app-pw'], ctx({ env: { AZURE_CLIENT_SECRET: randomOf(AN, 34) } }));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('invalid_client: AADSTS7000215');
  });
});

describe('azure-kv:// references', () => {
  it('parses vault, secret and version', () => {
    expect(azureStore.parse('kv1/app-pw')).toEqual({ vault: 'kv1', secret: 'app-pw' });
    expect(azureStore.parse(`kv1/app-pw/${'a'.repeat(32)}`)).toEqual({ vault: 'kv1', secret: 'app-pw', version: 'a'.repeat(32) });
  });

  it.each([
    ['kv1', '"kv1" is not <vault-name>/<secret>[/<version>]'],
    ['kv1/a/b/c', '"kv1/a/b/c" is not <vault-name>/<secret>[/<version>]'],
    ['kv1//x', '"kv1//x" is not <vault-name>/<secret>[/<version>]'],
    ['1kv/app', '"1kv" is not a vault name: 3 to 24 letters, digits and single hyphens, starting with a letter'],
    ['kv--1/app', '"kv--1" is not a vault name: 3 to 24 letters, digits and single hyphens, starting with a letter'],
    ['kv1/app_pw', '"app_pw" is not a secret name: 1 to 127 letters, digits and hyphens'],
    ['kv1/app-pw/latest', '"latest" is not a secret version (32 hexadecimal digits)'],
  ])('rejects azure-kv://%s', (body, message) => {
    expect(() => azureStore.parse(body)).toThrow(new SecretRefError(message));
  });

  it('builds the vault URL from the template, the public cloud by default', async () => {
    const { vaultUrl } = await import('../../src/secret-stores/azure/client.js');
    expect(vaultUrl(azureStore.settings().parse({}), 'kv1')).toBe('https://kv1.vault.azure.net');
    expect(vaultUrl(azureStore.settings().parse({ 'vault-url': 'https://{vault}.vault.azure.cn/' }), 'kv1')).toBe(
      'https://kv1.vault.azure.cn',
    );
  });
});
