// A whole run (src/run.ts, the local platform) with vault:// secrets from the Vault stand-in: the step that
// lists a secret gets its value, and no byte runlens writes or prints holds it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVaultStandIn, type VaultStandIn } from '../support/vault-server.js';
import { runInProcess } from '../support/run-in-process.js';
import { everyFile } from '../support/written-files.js';

const PASSWORD = 'pg-Canary-vault-5e1d';

let vault: VaultStandIn;
const made: string[] = [];
beforeAll(async () => {
  vault = await startVaultStandIn();
  vault.mount('secret', 2);
  vault.put('secret', 'ci/app', { user: 'ci', password: PASSWORD });
  vault.approle('ci', { roleId: 'role-ci', secretId: 'sid-Canary-e2e', policy: { 'secret/data/ci/*': ['read'] } });
});
afterAll(async () => {
  await vault.close();
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

describe('a run with vault:// secrets', () => {
  it('gives the declaring step the value from Vault, masks it everywhere, and fails only the step whose key is missing', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-vault-run-'));
    made.push(ws);
    await writeFile(
      path.join(ws, 'runlens.yml'),
      `version: 1
secret-stores:
  vault:
    auth: { method: approle }
secrets:
  DB_PASSWORD: vault://secret/ci/app#password
  DB_TYPO: vault://secret/ci/app#pasword
steps:
  migrate: { run: 'printf "%s" "$DB_PASSWORD" > got.txt; echo "connecting with $DB_PASSWORD"', secrets: [DB_PASSWORD] }
  seed: { run: 'touch seed-ran', secrets: [DB_TYPO] }
  plain: { run: 'printf "%s" "\${DB_PASSWORD-none}" > plain.txt' }
`,
    );
    const { printed, byId } = await runInProcess(ws, {
      VAULT_ADDR: vault.address,
      VAULT_ROLE_ID: 'role-ci',
      VAULT_SECRET_ID: 'sid-Canary-e2e',
    });
    expect(byId.migrate).toMatchObject({ status: 'passed' });
    expect(await readFile(path.join(ws, 'got.txt'), 'utf8')).toBe(PASSWORD);
    expect(await readFile(path.join(ws, 'plain.txt'), 'utf8')).toBe('none');
    expect(byId.seed).toMatchObject({
      status: 'failed',
      reason:
        'secret not fetched: DB_TYPO (vault://secret/ci/app#pasword): vault: no key "pasword" in secret/ci/app (keys: user, password)',
    });
    // One login for both references, one read of the secret.
    expect(vault.requests.filter((r) => r.path === 'auth/approle/login')).toHaveLength(1);
    expect(vault.requests.filter((r) => r.path === 'secret/data/ci/app')).toHaveLength(1);

    expect(vault.bodies.join('\n')).not.toContain(PASSWORD);
    const written = await everyFile(path.join(ws, '.runlens'));
    expect(written).toContain('connecting with ***');
    for (const canary of [PASSWORD, 'sid-Canary-e2e', ...vault.issued]) {
      expect(written).not.toContain(canary);
      expect(printed()).not.toContain(canary);
    }
  });
});
