// gcp-sm://: the official @google-cloud/secret-manager client (REST transport) and google-auth-library's
// workload identity federation against a stand-in for Secret Manager, STS and IAM Credentials
// (tests/support/gcp-secret-manager.ts); GitHub's identity-token service played by a local stand-in.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/base/duration.js';
import { crc32c } from '../../src/secret-stores/gcp/client.js';
import { gcpStore, type GcpSettings } from '../../src/secret-stores/gcp/store.js';
import { SecretRefError, type FetchOutcome, type StoreContext } from '../../src/secret-stores/store.js';
import { startGcpStandIn, type GcpStandIn } from '../support/gcp-secret-manager.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';
import { randomOf } from '../support/secrets.js';

const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const canary = { v1: randomOf(AN, 24), v2: randomOf(AN, 24), v3: randomOf(AN, 24), token: randomOf(AN, 32), other: randomOf(AN, 20) };
const binary = Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), randomBytes(29)]);
const SA = 'ci-reader@acme-ci.iam.gserviceaccount.com';
const ADMIN = 'ci-admin@acme-ci.iam.gserviceaccount.com';

let gcp: GcpStandIn;
let oidc: OidcIssuer;

beforeAll(async () => {
  gcp = await startGcpStandIn();
  oidc = await startOidcIssuer();
  gcp.put('db-password', canary.v1);
  gcp.put('db-password', canary.v2);
  gcp.put('db-password', canary.v3);
  gcp.alias('db-password', 'stable', 2);
  gcp.put('registry-token', canary.token);
  gcp.put('signing-key', binary);
  gcp.put('rotated', canary.other);
  gcp.put('rotated', canary.other + 'x');
  gcp.destroy('rotated', 1);
  gcp.put('flaky', canary.other);
  gcp.corrupt('flaky');
  gcp.put('admin-only', canary.other);
  gcp.allow(SA, ['db-password', 'registry-token', 'signing-key', 'rotated', 'flaky']);
  gcp.allow('federated', ['registry-token']);
  gcp.allow(ADMIN, ['*']);
  gcp.allowImpersonation(SA);
  gcp.allowImpersonation(ADMIN);
  gcp.allowMetadata(SA);
});

afterAll(async () => {
  await oidc?.close();
  await gcp?.stop();
});

function ctx(
  over: { settings?: Partial<GcpSettings>; env?: Record<string, string>; timeoutMs?: number; workspace?: string } = {},
): StoreContext<GcpSettings> {
  return {
    settings: gcpStore.settings().parse({
      'workload-identity-provider': gcp.provider,
      'service-account': SA,
      endpoint: gcp.endpoint,
      ...over.settings,
    }),
    env: over.env ?? { ...oidc.env },
    signal: new AbortController().signal,
    timeoutMs: over.timeoutMs ?? 15_000,
    workspace: over.workspace ?? process.cwd(),
  };
}

async function fetchRefs(refs: string[], c = ctx()): Promise<FetchOutcome[]> {
  return (await gcpStore.client()).fetch(
    refs.map((r) => gcpStore.parse(r)),
    c,
  );
}

const values = (outcomes: FetchOutcome[]) => outcomes.map((o) => (o.ok ? o.value : `ERROR ${o.error}`));
const ref = (secret: string, version?: string) => `projects/acme-ci/secrets/${secret}${version ? `/versions/${version}` : ''}`;

function expectNoValueIn(outcomes: FetchOutcome[]): void {
  for (const o of outcomes) if (!o.ok) for (const v of Object.values(canary)) expect(o.error).not.toContain(v);
}

describe('gcp-sm:// against a Secret Manager stand-in', () => {
  it("reads the latest version by workload identity federation with GitHub's OIDC token, impersonating a service account", async () => {
    oidc.requests.length = 0;
    gcp.calls.length = 0;
    expect(values(await fetchRefs([ref('db-password', 'latest'), ref('registry-token')]))).toEqual([canary.v3, canary.token]);
    expect(oidc.requests).toEqual([{ audience: gcp.tokenAudience, authorized: true }]);
    expect(gcp.calls).toEqual([
      { step: 'sts', subject: `//iam.googleapis.com/${gcp.provider}` },
      { step: 'impersonate', subject: SA },
    ]);
  });

  it('reads a numbered version, an alias, and the project by number', async () => {
    const outcomes = await fetchRefs([
      ref('db-password', '1'),
      ref('db-password', 'stable'),
      `projects/${gcp.projectNumber}/secrets/db-password/versions/3`,
    ]);
    expect(values(outcomes)).toEqual([canary.v1, canary.v2, canary.v3]);
  });

  it('hands a payload that is not UTF-8 text over base64-encoded', async () => {
    expect(values(await fetchRefs([ref('signing-key', 'latest')]))).toEqual([binary.toString('base64')]);
  });

  it('reads as the federated identity itself when no service account is named', async () => {
    gcp.calls.length = 0;
    const outcomes = await fetchRefs([ref('registry-token')], ctx({ settings: { 'service-account': undefined } }));
    expect(values(outcomes)).toEqual([canary.token]);
    expect(gcp.calls.map((c) => c.step)).toEqual(['sts']);
  });

  it('takes the identity token from id-token-env (GitLab id_tokens:) when it is set', async () => {
    oidc.requests.length = 0;
    const outcomes = await fetchRefs([ref('registry-token')], ctx({ env: { GCP_ID_TOKEN: await oidc.tokenFor(gcp.tokenAudience) } }));
    expect(values(outcomes)).toEqual([canary.token]);
    expect(oidc.requests).toEqual([]);
  });

  it('signs in with an external_account credentials file (GOOGLE_APPLICATION_CREDENTIALS), as gcloud writes it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gcp-'));
    const tokenFile = path.join(dir, 'token.jwt');
    await writeFile(tokenFile, await oidc.tokenFor(gcp.tokenAudience));
    const credentials = path.join(dir, 'credentials.json');
    await writeFile(
      credentials,
      JSON.stringify({
        type: 'external_account',
        audience: `//iam.googleapis.com/${gcp.provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${gcp.endpoint}/v1/token`,
        service_account_impersonation_url: `${gcp.endpoint}/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
        credential_source: { file: tokenFile, format: { type: 'text' } },
      }),
    );
    const c = ctx({
      settings: { 'workload-identity-provider': undefined, 'service-account': undefined },
      env: { GOOGLE_APPLICATION_CREDENTIALS: credentials },
    });
    expect(values(await fetchRefs([ref('db-password', '2')], c))).toEqual([canary.v2]);
  });

  it('says which secret or version is missing, and which version is destroyed, to an identity with project-wide access', async () => {
    const outcomes = await fetchRefs(
      [ref('nope', 'latest'), ref('db-password', '9'), ref('rotated', '1'), ref('rotated', '2')],
      ctx({ settings: { 'service-account': ADMIN } }),
    );
    expect(outcomes).toEqual([
      { ok: false, error: 'gcp-sm: projects/acme-ci/secrets/nope/versions/latest not found' },
      { ok: false, error: 'gcp-sm: projects/acme-ci/secrets/db-password/versions/9 not found' },
      {
        ok: false,
        error: `gcp-sm: projects/acme-ci/secrets/rotated/versions/1: Secret Version [projects/${gcp.projectNumber}/secrets/rotated/versions/1] is in DESTROYED state.`,
      },
      { ok: true, value: canary.other + 'x' },
    ]);
  });

  it('reports access denied, pointing at roles/secretmanager.secretAccessor (Google says the same of a missing secret then)', async () => {
    const outcomes = await fetchRefs([ref('admin-only', 'latest'), ref('nope')]);
    expect(outcomes).toEqual([
      {
        ok: false,
        error: `gcp-sm: access denied on projects/acme-ci/secrets/admin-only/versions/latest, or it does not exist (IAM: roles/secretmanager.secretAccessor for service account ${SA} by workload identity federation?)`,
      },
      {
        ok: false,
        error: `gcp-sm: access denied on projects/acme-ci/secrets/nope/versions/latest, or it does not exist (IAM: roles/secretmanager.secretAccessor for service account ${SA} by workload identity federation?)`,
      },
    ]);
    expectNoValueIn(outcomes);
  });

  it('refuses a payload whose checksum does not match', async () => {
    const outcomes = await fetchRefs([ref('flaky', 'latest')]);
    expect(outcomes).toEqual([
      {
        ok: false,
        error: "gcp-sm: projects/acme-ci/secrets/flaky/versions/latest: the payload's checksum does not match (corrupted in transit?)",
      },
    ]);
    expectNoValueIn(outcomes);
  });

  it('passes on STS refusing an identity token for another audience, once for every secret', async () => {
    const outcomes = await fetchRefs(
      [ref('db-password'), ref('registry-token')],
      ctx({ env: { GCP_ID_TOKEN: await oidc.tokenFor('https://example.com/other') } }),
    );
    for (const o of outcomes)
      expect(o).toEqual({
        ok: false,
        error: `gcp-sm: sign-in failed (service account ${SA} by workload identity federation): STS: invalid_grant: The audience in ID Token [https://example.com/other] does not match the expected audience.`,
      });
  });

  it('says impersonation was refused when the CI principal may not act as the service account', async () => {
    const outcomes = await fetchRefs(
      [ref('db-password')],
      ctx({ settings: { 'service-account': 'other@acme-ci.iam.gserviceaccount.com' } }),
    );
    expect(!outcomes[0]!.ok && outcomes[0]!.error).toBe(
      "gcp-sm: sign-in failed (service account other@acme-ci.iam.gserviceaccount.com by workload identity federation) impersonating the service account (roles/iam.workloadIdentityUser for the CI principal?): PERMISSION_DENIED: Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
    );
  });

  it('tells a GitHub job without id-token: write what to add', async () => {
    const outcomes = await fetchRefs([ref('db-password')], ctx({ env: { GITHUB_ACTIONS: 'true' } }));
    expect(outcomes).toEqual([
      {
        ok: false,
        error: `gcp-sm: signing in through ${gcp.provider} needs the job's identity token, and GitHub offers none: give the job \`permissions: id-token: write\``,
      },
    ]);
  });

  it('says which credentials file it could not use', async () => {
    const missing = path.join(os.tmpdir(), `runlens-no-such-${randomBytes(4).toString('hex')}.json`);
    const outcomes = await fetchRefs(
      [ref('db-password')],
      ctx({ settings: { 'workload-identity-provider': undefined, 'credentials-file': missing } }),
    );
    expect(!outcomes[0]!.ok && outcomes[0]!.error).toMatch(
      new RegExp(`^gcp-sm: cannot use the credentials in ${missing.replace(/[.]/g, '\\.')}: .*ENOENT`),
    );
  });

  it('never shows a value, nor its base64, from an answer it cannot read', async () => {
    gcp.garble = true;
    try {
      const outcomes = await fetchRefs([ref('db-password', '1')]);
      expect(outcomes[0]!.ok).toBe(false);
      expectNoValueIn(outcomes);
      expect(!outcomes[0]!.ok && outcomes[0]!.error).not.toContain(Buffer.from(canary.v1).toString('base64').slice(0, 16));
      expect(!outcomes[0]!.ok && outcomes[0]!.error).toMatch(
        /^gcp-sm: projects\/acme-ci\/secrets\/db-password\/versions\/1: an answer runlens could not read/,
      );
    } finally {
      gcp.garble = false;
    }
  });

  it("finds a relative credentials-file in the run's workspace, not in the process's directory", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gcp-ws-'));
    await mkdir(path.join(dir, 'ci'));
    await writeFile(path.join(dir, 'ci', 'key.json'), '{"type": "service_account", "private_key": "x');
    const outcomes = await fetchRefs(
      [ref('db-password')],
      ctx({ settings: { 'workload-identity-provider': undefined, 'credentials-file': 'ci/key.json' }, workspace: dir }),
    );
    // Read from <workspace>/ci/key.json (its JSON is cut short), not looked for in the process's directory (ENOENT).
    expect(outcomes).toEqual([
      { ok: false, error: `gcp-sm: cannot use the credentials in ${path.join(dir, 'ci', 'key.json')}: not valid JSON` },
    ]);
  });

  it('never quotes a credentials file it cannot parse (a key file holds a private key)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gcp-'));
    const file = path.join(dir, 'key.json');
    const key = randomOf(AN, 40);
    await writeFile(file, `{"type": "service_account", "private_key": "${key}`);
    const outcomes = await fetchRefs(
      [ref('db-password')],
      ctx({ settings: { 'workload-identity-provider': undefined, 'credentials-file': file } }),
    );
    expect(outcomes).toEqual([{ ok: false, error: `gcp-sm: cannot use the credentials in ${file}: not valid JSON` }]);
  });

  it('gives up after the timeout when Secret Manager accepts and never answers', async () => {
    gcp.hang = true;
    try {
      const outcomes = await fetchRefs([ref('db-password', 'latest')], ctx({ timeoutMs: 1500 }));
      expect(outcomes).toEqual([
        {
          ok: false,
          error: `gcp-sm: no answer within ${formatDuration(1500)} reading projects/acme-ci/secrets/db-password/versions/latest`,
        },
      ]);
    } finally {
      gcp.hang = false;
    }
  });
});

describe('gcp-sm:// doctor probe', () => {
  const probe = async (refs: string[], c = ctx()) =>
    (await gcpStore.client()).probe(
      refs.map((r) => gcpStore.parse(r)),
      c,
    );

  it('finds each secret by its metadata, reading no payload', async () => {
    expect(await probe([ref('db-password', '1'), ref('db-password', 'latest'), ref('registry-token')])).toEqual({
      ok: true,
      detail: `authenticated as service account ${SA} by workload identity federation; 2 of 2 secret(s) found`,
    });
  });

  it('fails on a missing secret', async () => {
    const r = await probe([ref('nope')]);
    expect(r).toEqual({
      ok: false,
      detail: `authenticated as service account ${SA} by workload identity federation; gcp-sm: projects/acme-ci/secrets/nope not found`,
    });
  });

  it('counts a refused metadata look-up as authenticated, saying reading may still be allowed', async () => {
    const r = await probe([ref('registry-token')], ctx({ settings: { 'service-account': undefined } }));
    expect(r).toEqual({
      ok: true,
      detail: `authenticated as the federated identity of ${gcp.provider}; metadata denied on projects/acme-ci/secrets/registry-token (reading may still be allowed)`,
    });
  });

  it('fails when sign-in fails', async () => {
    const r = await probe([ref('registry-token')], ctx({ env: { GCP_ID_TOKEN: await oidc.tokenFor('https://example.com/other') } }));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('STS: invalid_grant');
  });
});

describe('gcp-sm:// references', () => {
  it('parses the resource name, latest when the version is left out', () => {
    expect(gcpStore.parse('projects/acme-ci/secrets/db-password/versions/3')).toEqual({
      project: 'acme-ci',
      secret: 'db-password',
      version: '3',
    });
    expect(gcpStore.parse('projects/acme-ci/secrets/db-password')).toEqual({
      project: 'acme-ci',
      secret: 'db-password',
      version: 'latest',
    });
  });

  it.each([
    ['acme-ci/db-password', '"acme-ci/db-password" is not projects/<project>/secrets/<secret>/versions/<version>'],
    [
      'projects/acme-ci/secrets/db/versions',
      '"projects/acme-ci/secrets/db/versions" is not projects/<project>/secrets/<secret>/versions/<version>',
    ],
    ['projects/Acme/secrets/db', '"Acme" is not a project id (6 to 30 lowercase letters, digits and hyphens) or number'],
    ['projects/acme-ci/secrets/db.pw', '"db.pw" is not a secret id (letters, digits, _ and -)'],
    ['projects/acme-ci/secrets/db/versions/0', '"0" is not a version: a number from 1, `latest`, or an alias'],
    [
      'projects/acme-ci/locations/us-east1/secrets/db/versions/1',
      'regional secrets (projects/<p>/locations/<l>/…) are not supported: reference a global secret',
    ],
  ])('rejects gcp-sm://%s', (body, message) => {
    expect(() => gcpStore.parse(body)).toThrow(new SecretRefError(message));
  });

  it('checks the workload identity provider and service account it is given', () => {
    expect(gcpStore.settings().safeParse({ 'workload-identity-provider': 'github/acme' }).success).toBe(false);
    expect(gcpStore.settings().safeParse({ 'service-account': 'ci-reader' }).success).toBe(false);
  });

  it("computes CRC-32C as Secret Manager's dataCrc32c does", () => {
    // The standard check value of CRC-32C (RFC 3720, appendix B.4).
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });
});
