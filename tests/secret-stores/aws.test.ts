// aws-sm://: the real AWS SDK v3 against a real moto server (Secrets Manager, IAM enforcement, STS
// AssumeRoleWithWebIdentity), GitHub's identity-token service played by a local stand-in.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsStore, type AwsRef, type AwsSettings } from '../../src/secret-stores/aws/store.js';
import { SecretRefError, type FetchOutcome, type StoreContext } from '../../src/secret-stores/store.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';
import { startFixedAnswerServer, startSilentServer } from '../support/odd-servers.js';
import { allowUnsignedCalls, seedMoto, startMoto, type Moto, type Seeded } from '../support/moto.js';
import { randomOf } from '../support/secrets.js';

const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const canary = {
  dbPassword: randomOf(AN, 24),
  dbOld: randomOf(AN, 24),
  token: randomOf(AN, 32),
  binary: randomBytes(48),
};

let moto: Moto;
let seeded: Seeded;
let oidc: OidcIssuer;

beforeAll(async () => {
  moto = await startMoto();
  oidc = await startOidcIssuer();
  seeded = await seedMoto(moto, {
    secrets: {
      'prod/db': JSON.stringify({ username: 'app', password: canary.dbOld, port: 5432 }),
      'ci/registry-token': canary.token,
      'ci/signing-key': { binary: canary.binary.toString('base64') },
    },
    versions: { 'prod/db': [JSON.stringify({ username: 'app', password: canary.dbPassword, port: 5432, tls: { mode: 'verify-full' } })] },
  });
}, 120_000);

afterAll(async () => {
  await oidc?.close();
  await moto?.stop();
});

function ctx(
  over: { settings?: Partial<AwsSettings>; env?: Record<string, string>; timeoutMs?: number; workspace?: string } = {},
): StoreContext<AwsSettings> {
  return {
    settings: awsStore.settings().parse({ region: seeded.region, endpoint: moto.endpoint, ...over.settings }),
    env: over.env ?? { AWS_ACCESS_KEY_ID: seeded.reader.accessKeyId, AWS_SECRET_ACCESS_KEY: seeded.reader.secretAccessKey },
    signal: new AbortController().signal,
    timeoutMs: over.timeoutMs ?? 15_000,
    workspace: over.workspace ?? process.cwd(),
  };
}

async function fetchRefs(refs: string[], c = ctx()): Promise<FetchOutcome[]> {
  const client = await awsStore.client();
  return client.fetch(
    refs.map((r) => awsStore.parse(r)),
    c,
  );
}

const values = (outcomes: FetchOutcome[]) => outcomes.map((o) => (o.ok ? o.value : `ERROR ${o.error}`));

function expectNoValueIn(outcomes: FetchOutcome[]): void {
  for (const o of outcomes) {
    if (o.ok) continue;
    for (const v of [canary.dbPassword, canary.dbOld, canary.token, canary.binary.toString('base64')]) expect(o.error).not.toContain(v);
  }
}

describe('aws-sm:// against moto', () => {
  it('reads a whole secret string with the access keys in the run environment', async () => {
    expect(values(await fetchRefs(['ci/registry-token']))).toEqual([canary.token]);
  });

  it('picks one key of a JSON secret, printing numbers and nested objects as text', async () => {
    expect(values(await fetchRefs(['prod/db#password', 'prod/db#port', 'prod/db#tls']))).toEqual([
      canary.dbPassword,
      '5432',
      '{"mode":"verify-full"}',
    ]);
  });

  it('reads an earlier version by staging label or by version id, and a secret by its ARN', async () => {
    const [firstVersion] = seeded.secrets['prod/db']!.versions;
    const outcomes = await fetchRefs([
      'prod/db?version-stage=AWSPREVIOUS#password',
      `prod/db?version-id=${firstVersion}#password`,
      `${seeded.secrets['ci/registry-token']!.arn}`,
    ]);
    expect(values(outcomes)).toEqual([canary.dbOld, canary.dbOld, canary.token]);
  });

  it('hands a binary secret over base64-encoded', async () => {
    expect(values(await fetchRefs(['ci/signing-key']))).toEqual([canary.binary.toString('base64')]);
  });

  it('says which secret is missing, in which region', async () => {
    const outcomes = await fetchRefs(['prod/nope', 'ci/registry-token']);
    expect(outcomes[0]).toEqual({ ok: false, error: 'aws-sm: secret prod/nope not found in eu-west-1' });
    expect(outcomes[1]).toEqual({ ok: true, value: canary.token });
  });

  it('reports access denied on the secret, pointing at the IAM policy, when the principal may not read it', async () => {
    const outcomes = await fetchRefs(
      ['prod/db#password'],
      ctx({ env: { AWS_ACCESS_KEY_ID: seeded.nobody.accessKeyId, AWS_SECRET_ACCESS_KEY: seeded.nobody.secretAccessKey } }),
    );
    expect(outcomes[0]!.ok).toBe(false);
    expect(!outcomes[0]!.ok && outcomes[0]!.error).toMatch(
      /^aws-sm: access denied on prod\/db \(IAM policy\? it needs secretsmanager:GetSecretValue/,
    );
    expectNoValueIn(outcomes);
  });

  it('says the credentials were refused when moto knows no such access key', async () => {
    const outcomes = await fetchRefs(
      ['prod/db'],
      ctx({
        env: { AWS_ACCESS_KEY_ID: 'AKIA' + randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), AWS_SECRET_ACCESS_KEY: randomOf(AN, 40) },
      }),
    );
    expect(!outcomes[0]!.ok && outcomes[0]!.error).toMatch(/^aws-sm: not authenticated: the credentials were refused/);
  });

  it('names the keys a JSON secret has when the wanted one is missing, and never the values', async () => {
    const outcomes = await fetchRefs(['prod/db#pasword', 'ci/registry-token#password', 'ci/signing-key#x']);
    expect(outcomes.map((o) => !o.ok && o.error)).toEqual([
      'aws-sm: prod/db has no key "pasword" (its keys: username, password, port, tls)',
      'aws-sm: ci/registry-token is not JSON, so #password cannot be picked from it (drop #password to take the whole value)',
      'aws-sm: ci/signing-key is a binary secret (SecretBinary): #x picks from a JSON SecretString only',
    ]);
    expectNoValueIn(outcomes);
  });

  it("assumes a role with GitHub's OIDC token (AssumeRoleWithWebIdentity) when role-arn is set", async () => {
    oidc.requests.length = 0;
    await allowUnsignedCalls(moto, 1);
    const outcomes = await fetchRefs(['prod/db#password'], ctx({ settings: { 'role-arn': seeded.roleArn }, env: { ...oidc.env } }));
    expect(values(outcomes)).toEqual([canary.dbPassword]);
    expect(oidc.requests).toEqual([{ audience: 'sts.amazonaws.com', authorized: true }]);
  });

  it('takes the identity token from id-token-env (GitLab id_tokens:) before asking GitHub', async () => {
    oidc.requests.length = 0;
    await allowUnsignedCalls(moto, 1);
    const outcomes = await fetchRefs(
      ['ci/registry-token'],
      ctx({
        settings: { 'role-arn': seeded.roleArn, 'id-token-env': 'AWS_ID_TOKEN' },
        env: { AWS_ID_TOKEN: await oidc.tokenFor('sts.amazonaws.com'), ...oidc.env },
      }),
    );
    expect(values(outcomes)).toEqual([canary.token]);
    expect(oidc.requests).toEqual([]);
  });

  it('tells a GitHub job without id-token: write what to add, once per secret, before asking AWS', async () => {
    const outcomes = await fetchRefs(
      ['prod/db#password', 'ci/registry-token'],
      ctx({ settings: { 'role-arn': seeded.roleArn }, env: { GITHUB_ACTIONS: 'true' } }),
    );
    for (const o of outcomes)
      expect(o).toEqual({
        ok: false,
        error: `aws-sm: assuming ${seeded.roleArn} (secret-stores.aws-sm.role-arn) needs the job's identity token, and GitHub offers none: give the job \`permissions: id-token: write\``,
      });
  });

  it('gives up after the timeout when the endpoint accepts and never answers', async () => {
    const silent = await startSilentServer();
    try {
      const outcomes = await fetchRefs(['prod/db'], ctx({ settings: { endpoint: silent.url }, timeoutMs: 400 }));
      expect(outcomes).toEqual([{ ok: false, error: 'aws-sm: no answer within 400ms reading prod/db' }]);
    } finally {
      await silent.stop();
    }
  });

  it('never shows a value from an answer it cannot read', async () => {
    const garbled = await startFixedAnswerServer(
      200,
      JSON.stringify({ Name: 'prod/db', SecretString: canary.dbPassword }).slice(0, -3),
      'application/x-amz-json-1.1',
    );
    try {
      const outcomes = await fetchRefs(['prod/db'], ctx({ settings: { endpoint: garbled.url } }));
      expect(outcomes).toEqual([{ ok: false, error: 'aws-sm: prod/db: an answer runlens could not read (HTTP 200)' }]);
    } finally {
      await garbled.stop();
    }
  });

  it('says it cannot reach the endpoint when nothing listens there', async () => {
    const silent = await startSilentServer();
    await silent.stop();
    const outcomes = await fetchRefs(['prod/db'], ctx({ settings: { endpoint: silent.url } }));
    expect(outcomes).toEqual([{ ok: false, error: `aws-sm: cannot reach ${silent.url} on prod/db: ECONNREFUSED` }]);
  });
});

describe("aws-sm:// with the SDK's own defaults", () => {
  // The SDK's default chains read this process's environment and ~/.aws: pointed at nothing for the test.
  async function withBareProcess<T>(work: () => Promise<T>): Promise<T> {
    const saved = { ...process.env };
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
    Object.assign(process.env, {
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    try {
      return await work();
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  }

  it('asks for a region when neither the settings, the environment nor an ARN gives one', async () => {
    const outcomes = await withBareProcess(() => fetchRefs(['prod/db'], ctx({ settings: { region: undefined } })));
    expect(outcomes).toEqual([
      { ok: false, error: 'aws-sm: no region: set secret-stores.aws-sm.region or AWS_REGION (or reference the secret by ARN)' },
    ]);
  });

  it('says where credentials could come from when the default chain finds none', async () => {
    const outcomes = await withBareProcess(() => fetchRefs(['prod/db', 'ci/registry-token'], ctx({ env: {} })));
    for (const o of outcomes)
      expect(!o.ok && o.error).toMatch(/^aws-sm: no AWS credentials found: set AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY or AWS_PROFILE/);
  });
});

describe('aws-sm:// doctor probe', () => {
  const probe = async (refs: string[], c = ctx()) => (await awsStore.client()).probe(refs.map((r) => awsStore.parse(r)) as AwsRef[], c);

  it('finds the secrets with DescribeSecret, reading no value', async () => {
    expect(await probe(['prod/db#password', 'prod/db#username', 'ci/registry-token'])).toEqual({
      ok: true,
      detail: 'authenticated; 2 of 2 secret(s) found',
    });
  });

  it('fails on a missing secret', async () => {
    const r = await probe(['prod/db', 'prod/gone']);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('aws-sm: secret prod/gone not found in eu-west-1');
  });

  it('counts a refused DescribeSecret as authenticated, saying reading may still be allowed', async () => {
    const r = await probe(
      ['prod/db'],
      ctx({ env: { AWS_ACCESS_KEY_ID: seeded.nobody.accessKeyId, AWS_SECRET_ACCESS_KEY: seeded.nobody.secretAccessKey } }),
    );
    expect(r).toEqual({ ok: true, detail: 'authenticated; DescribeSecret denied on prod/db (reading may still be allowed)' });
  });

  it('fails when the credentials are refused', async () => {
    const r = await probe(
      ['prod/db'],
      ctx({
        env: { AWS_ACCESS_KEY_ID: 'AKIA' + randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), AWS_SECRET_ACCESS_KEY: randomOf(AN, 40) },
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/not authenticated: the credentials were refused/);
  });
});

describe('aws-sm:// references', () => {
  it('parses names, ARNs, JSON keys and versions', () => {
    expect(awsStore.parse('prod/db#password')).toEqual({ secretId: 'prod/db', jsonKey: 'password' });
    expect(awsStore.parse('arn:aws:secretsmanager:us-east-2:123456789012:secret:prod/db-AbCdEf#user')).toEqual({
      secretId: 'arn:aws:secretsmanager:us-east-2:123456789012:secret:prod/db-AbCdEf',
      arnRegion: 'us-east-2',
      jsonKey: 'user',
    });
    expect(awsStore.parse('prod/db?version-stage=AWSPREVIOUS')).toEqual({ secretId: 'prod/db', versionStage: 'AWSPREVIOUS' });
  });

  it.each([
    ['', 'no secret: write its name or ARN after `aws-sm://`'],
    ['prod/db#', 'the JSON key after `#` is empty'],
    ['prod db', '"prod db" is not a secret name: names take letters, digits and /_+=.@- (up to 512)'],
    [
      'arn:aws:s3:::bucket',
      '"arn:aws:s3:::bucket" is not a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)',
    ],
    ['prod/db?version=2', 'unknown parameter "version" (only `?version-id=…` or `?version-stage=…`)'],
    ['prod/db?version-id=x&version-stage=AWSCURRENT', 'version-id "x" is not a Secrets Manager version id (a UUID)'],
  ])('rejects aws-sm://%s', (body, message) => {
    expect(() => awsStore.parse(body)).toThrow(new SecretRefError(message));
  });

  it('rejects a region or role ARN that is not one', () => {
    expect(awsStore.settings().safeParse({ region: 'Europe' }).success).toBe(false);
    expect(awsStore.settings().safeParse({ 'role-arn': 'ci-role' }).success).toBe(false);
    expect(awsStore.settings().parse({})).toEqual({
      'id-token-env': 'AWS_ID_TOKEN',
      audience: 'sts.amazonaws.com',
      'session-name': 'runlens',
    });
  });
});
