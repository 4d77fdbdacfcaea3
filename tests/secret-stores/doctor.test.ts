// `runlens doctor` with secrets: each store the references use is probed — reachable, authenticated —
// and no value is read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doctor } from '../../src/commands/doctor.js';
import { registerFakeStore, type FakeStore } from '../support/fake-secret-store.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});
let fake: FakeStore;
beforeEach(() => {
  fake = registerFakeStore({ 'db-password': 'never-read-by-doctor' });
});
afterEach(() => fake.unregister());

let lastWorkspace = '';
async function doctorWith(yml: string) {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-secret-doctor-'));
  made.push(ws);
  lastWorkspace = ws;
  await writeFile(path.join(ws, 'runlens.yml'), yml);
  return doctor({ workspace: ws, env: {} });
}

describe('doctor and secret stores', () => {
  it('reports each store the references use as reachable and authenticated, reading no value', async () => {
    const checks = await doctorWith(
      'version: 1\nsecrets:\n  A: fake://db-password\n  B: fake://other\nsteps:\n  s: { run: x, secrets: [A] }\n',
    );
    expect(checks.find((c) => c.name === 'secret store fake')).toEqual({
      name: 'secret store fake',
      ok: true,
      required: true,
      detail: 'Fake store (tests): reachable, authenticated (2 references)',
    });
    expect(fake.probes).toBe(1);
    expect(fake.fetches).toEqual([]);
    // Relative files in store settings resolve against the workspace doctor was given, not its cwd.
    expect(fake.workspaces).toEqual([lastWorkspace]);
  });

  it('fails the doctor when a store cannot be reached, with its reason', async () => {
    const checks = await doctorWith(
      'version: 1\nsecret-stores:\n  fake: { reachable: false }\nsecrets:\n  A: fake://db-password\nsteps:\n  s: { run: x }\n',
    );
    expect(checks.find((c) => c.name === 'secret store fake')).toMatchObject({
      ok: false,
      required: true,
      detail: expect.stringContaining('not reachable'),
    });
  });

  it('probes nothing when the config has no secrets', async () => {
    const checks = await doctorWith('version: 1\nsteps:\n  s: { run: x }\n');
    expect(checks.some((c) => c.name.startsWith('secret store'))).toBe(false);
    expect(fake.loads).toBe(0);
  });
});
