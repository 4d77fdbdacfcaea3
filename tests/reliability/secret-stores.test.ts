// Issue 16 × issue 19: secrets fetched from a secret manager (the Vault stand-in) under the same rules as
// every other fault and leak here, through the CLI built from source. A value from the store, printed by the
// step and held by a daemon it leaves behind, reaches no byte runlens writes or prints, and the daemon is
// stopped; a store that is down or never answers fails the run clearly, in bounded time, with no orphan.
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { startVaultStandIn, type VaultStandIn } from '../support/vault-server.js';
import { expectNoCrash, expectNoLeftovers, newMark, runCli } from './support.js';

const PASSWORD = `vault-canary-${Math.random().toString(36).slice(2, 12)}`;
let build: SourceBuild;
let vault: VaultStandIn;
let mark: string;

beforeAll(async () => {
  build = await buildSource();
  vault = await startVaultStandIn();
  vault.mount('secret', 2);
  vault.put('secret', 'ci/app', { password: PASSWORD });
  vault.approle('ci', { roleId: 'role-ci', secretId: 'sid-reliability-7c2', policy: { 'secret/data/ci/*': ['read'] } });
}, 120_000);
afterAll(async () => {
  await vault?.close();
});
afterEach(async () => {
  await expectNoLeftovers(mark);
});

const config = `version: 1
kill-grace: 2s
secret-stores:
  vault:
    auth: { method: approle }
secrets:
  DB_PASSWORD: vault://secret/ci/app#password
steps:
  migrate:
    secrets: [DB_PASSWORD]
    run: |
      echo "connecting with $DB_PASSWORD"
      setsid sh -c 'echo $$ > daemon.pid; exec sleep 1010' &
      # Wait until it has left the process group (its pid file is written after setsid), so it is a stray.
      while [ ! -s daemon.pid ]; do sleep 0.05; done
      echo done
`;

function everyFile(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'latin1'))
    .join('\n');
}

describe('secret-manager values (Vault)', () => {
  it('never leak, and a daemon holding one in its environment is stopped with the step', async () => {
    mark = newMark();
    const ws = await tempWorkspace({ 'runlens.yml': config });
    const ran = await runCli(build, ['run'], {
      cwd: ws,
      mark,
      env: { VAULT_ADDR: vault.address, VAULT_ROLE_ID: 'role-ci', VAULT_SECRET_ID: 'sid-reliability-7c2' },
    });
    expectNoCrash(ran);
    expect(ran.code, ran.stderr).toBe(0);
    const log = readFileSync(path.join(ws, '.runlens', 'logs', 'migrate.log'), 'utf8');
    expect(log).toMatch(/connecting with \*\*\*/);
    expect(log).toMatch(/outside its process group/);
    const leaks = [ran.stdout, ran.stderr, everyFile(path.join(ws, '.runlens'))].filter((t) => t.includes(PASSWORD));
    expect(leaks).toEqual([]);
  });

  it.each([
    [
      'down (nothing listens)',
      async () => {
        const s = http.createServer();
        await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
        const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
        await new Promise<void>((r) => s.close(() => r()));
        return { url, close: async () => undefined };
      },
    ],
    [
      'never answering',
      async () => {
        const sockets = new Set<import('node:net').Socket>();
        const s = http.createServer((req) => req.resume());
        s.on('connection', (c) => sockets.add(c));
        await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
        return {
          url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
          close: () =>
            new Promise<void>((r) => {
              for (const c of sockets) c.destroy();
              s.close(() => r());
            }),
        };
      },
    ],
  ])(
    'a store %s: the step that needs it does not run, the run fails saying why, exit 1',
    async (_name, start) => {
      mark = newMark();
      const store = await start();
      try {
        const ws = await tempWorkspace({ 'runlens.yml': config });
        const ran = await runCli(build, ['run'], {
          cwd: ws,
          mark,
          env: { VAULT_ADDR: store.url, VAULT_ROLE_ID: 'role-ci', VAULT_SECRET_ID: 'sid-reliability-7c2' },
        });
        expectNoCrash(ran);
        expect(ran.code).toBe(1);
        const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
        expect(run.status).toBe('failed');
        expect(run.steps[0].status).not.toBe('passed');
        expect(`${ran.stdout}\n${JSON.stringify(run.notes)}\n${JSON.stringify(run.steps[0])}`).toMatch(/vault/i);
      } finally {
        await store.close();
      }
    },
    120_000,
  );
});
