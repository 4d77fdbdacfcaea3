// A whole run (src/run.ts, the local platform) with aws-sm://, azure-kv:// and gcp-sm:// secrets at once:
// moto for AWS, the Key Vault and Secret Manager stand-ins, GitHub's identity-token service for Azure and
// Google. Each step that lists a secret gets its value; no byte runlens writes or prints holds one.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKeyVaultStandIn, type KeyVaultStandIn } from '../support/azure-key-vault.js';
import { startGcpStandIn, type GcpStandIn } from '../support/gcp-secret-manager.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';
import { seedMoto, startMoto, type Moto, type Seeded } from '../support/moto.js';
import { randomOf } from '../support/secrets.js';
import { runInProcess } from '../support/run-in-process.js';
import { everyFile } from '../support/written-files.js';

const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const canary = { aws: `aws-${randomOf(AN, 20)}`, azure: `az-${randomOf(AN, 20)}`, gcp: `gcp-${randomOf(AN, 20)}` };
const SA = 'ci@acme-ci.iam.gserviceaccount.com';
const CLIENT = '4a7c2d1e-0000-4000-8000-0000000000c1';

let moto: Moto;
let seeded: Seeded;
let kv: KeyVaultStandIn;
let gcp: GcpStandIn;
let oidc: OidcIssuer;
const made: string[] = [];

beforeAll(async () => {
  [moto, kv, gcp, oidc] = await Promise.all([startMoto(), startKeyVaultStandIn(), startGcpStandIn(), startOidcIssuer()]);
  seeded = await seedMoto(moto, { secrets: { 'prod/db': JSON.stringify({ user: 'app', password: canary.aws }) } });
  kv.put('registry-token', canary.azure);
  kv.register({ clientId: CLIENT, federatedToken: await oidc.tokenFor('api://AzureADTokenExchange'), canRead: ['*'] });
  gcp.put('signing-key', canary.gcp);
  gcp.allow(SA, ['*']);
  gcp.allowImpersonation(SA);
}, 120_000);

afterAll(async () => {
  await Promise.all([moto?.stop(), kv?.stop(), gcp?.stop(), oidc?.close()]);
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

describe('a run with secrets from AWS, Azure and Google Cloud', () => {
  it('gives each declaring step its value, masks all of them everywhere, and fails only the step whose secret is missing', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-cloud-run-'));
    made.push(ws);
    // ca-cert is relative: found in the run's workspace, not in this process's directory.
    await mkdir(path.join(ws, 'certs'));
    await writeFile(path.join(ws, 'certs', 'ca.pem'), kv.caPem);
    await writeFile(
      path.join(ws, 'runlens.yml'),
      `version: 1
secret-stores:
  aws-sm: { region: ${seeded.region}, endpoint: "${moto.endpoint}" }
  azure-kv: { tenant-id: ${kv.tenantId}, client-id: ${CLIENT}, authority-host: "${kv.origin}", vault-url: "${kv.origin}", ca-cert: certs/ca.pem }
  gcp-sm: { workload-identity-provider: ${gcp.provider}, service-account: ${SA}, endpoint: "${gcp.endpoint}" }
secrets:
  DB_PASSWORD: aws-sm://prod/db#password
  REGISTRY_TOKEN: azure-kv://kv-ci/registry-token
  SIGNING_KEY: gcp-sm://projects/acme-ci/secrets/signing-key/versions/latest
  MISSING: gcp-sm://projects/acme-ci/secrets/not-there
steps:
  migrate: { run: 'printf "%s" "$DB_PASSWORD" > db.txt; echo "connecting with $DB_PASSWORD"', secrets: [DB_PASSWORD] }
  publish: { run: 'printf "%s|%s" "$REGISTRY_TOKEN" "$SIGNING_KEY" > publish.txt; echo "token $REGISTRY_TOKEN key $SIGNING_KEY"', secrets: [REGISTRY_TOKEN, SIGNING_KEY] }
  release: { run: 'touch release-ran', secrets: [MISSING] }
  plain: { run: 'printf "%s" "\${DB_PASSWORD-none}\${REGISTRY_TOKEN-none}" > plain.txt' }
`,
    );
    const { printed, byId } = await runInProcess(ws, {
      AWS_ACCESS_KEY_ID: seeded.reader.accessKeyId,
      AWS_SECRET_ACCESS_KEY: seeded.reader.secretAccessKey,
      ...oidc.env,
    });
    expect(byId.migrate).toMatchObject({ status: 'passed' });
    expect(byId.publish).toMatchObject({ status: 'passed' });
    expect(await readFile(path.join(ws, 'db.txt'), 'utf8')).toBe(canary.aws);
    expect(await readFile(path.join(ws, 'publish.txt'), 'utf8')).toBe(`${canary.azure}|${canary.gcp}`);
    expect(await readFile(path.join(ws, 'plain.txt'), 'utf8')).toBe('nonenone');
    expect(byId.release).toMatchObject({
      status: 'failed',
      reason: `secret not fetched: MISSING (gcp-sm://projects/acme-ci/secrets/not-there): gcp-sm: projects/acme-ci/secrets/not-there/versions/latest not found`,
    });

    const written = await everyFile(path.join(ws, '.runlens'));
    expect(written).toContain('connecting with ***');
    expect(written).toContain('token *** key ***');
    for (const value of [...Object.values(canary), seeded.reader.secretAccessKey]) {
      expect(written).not.toContain(value);
      expect(printed()).not.toContain(value);
    }
  });
});
