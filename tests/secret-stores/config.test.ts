// `secrets:`, per-step `secrets:` and `secret-stores:` in runlens.yml: every mistake at its file:line:col,
// with an example of what is right; `runlens validate` (the CLI) says the same.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/base/errors.js';
import type { ConfigIssue } from '../../src/base/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { buildPlan, formatPlan } from '../../src/engine/plan.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { storesTableMarkdown } from '../../src/config/stores-doc.js';
import { registerFakeStore, type FakeStore } from '../support/fake-secret-store.js';

let fake: FakeStore;
beforeAll(() => {
  fake = registerFakeStore();
});
afterAll(() => fake.unregister());

async function load(yaml: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-secrets-config-'));
  await writeFile(path.join(dir, 'runlens.yml'), yaml);
  return { dir, loaded: await loadConfig({ cwd: dir, env: {} }) };
}

async function issuesOf(yaml: string): Promise<ConfigIssue[]> {
  const err = await load(yaml).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(err)}`);
  return err.issues;
}

describe('secrets in runlens.yml', () => {
  it('reads references as strings or { ref, required } and gives each step its list of names', async () => {
    const { dir, loaded } = await load(
      [
        'version: 1',
        'secrets:',
        '  DB_PASSWORD: fake://db-password',
        '  API_TOKEN: { ref: fake://api/token, required: true }',
        'steps:',
        '  test: { run: ./test.sh, secrets: [DB_PASSWORD, API_TOKEN] }',
        '  lint: { run: ./lint.sh }',
        '',
      ].join('\n'),
    );
    expect(loaded.config.secrets).toEqual({
      DB_PASSWORD: { ref: 'fake://db-password', required: false },
      API_TOKEN: { ref: 'fake://api/token', required: true },
    });
    // A store the file does not configure gets its defaults, parsed by its own schema.
    expect(loaded.config['secret-stores']).toEqual({ timeout: 30_000, fake: { greeting: 'hello', reachable: true } });
    const plan = buildPlan(loaded.config, { locate: loaded.locate, workspace: dir });
    expect(plan.steps.find((s) => s.id === 'test')?.secrets).toEqual(['DB_PASSWORD', 'API_TOKEN']);
    expect(plan.steps.find((s) => s.id === 'lint')?.secrets).toBeUndefined();
    expect(formatPlan(plan)).toContain('secrets DB_PASSWORD, API_TOKEN');
  });

  it('reports a step that lists an undeclared secret at the name, suggesting the declared one', async () => {
    const issues = await issuesOf(
      'version: 1\nsecrets:\n  DB_PASSWORD: fake://db\nsteps:\n  test:\n    run: ./test.sh\n    secrets: [DB_PASWORD]\n',
    );
    expect(issues).toEqual([
      {
        file: 'runlens.yml',
        line: 7,
        column: 15,
        path: 'steps.test.secrets.0',
        message: '"DB_PASWORD" is not a secret declared under the top-level `secrets:` (DB_PASSWORD)',
        suggestion: 'DB_PASSWORD',
      },
    ]);
  });

  it('reports a secret a step also sets in its env', async () => {
    const [issue] = await issuesOf(
      'version: 1\nsecrets:\n  DB: fake://db\nsteps:\n  a:\n    run: x\n    env: { DB: local }\n    secrets: [DB]\n',
    );
    expect(issue).toMatchObject({ line: 8, path: 'steps.a.secrets.0', message: expect.stringContaining("also in this step's `env:`") });
  });

  it('tells how to declare a secret when the file declares none', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  test: { run: ./test.sh, secrets: TOKEN }\n');
    expect(issue).toMatchObject({ line: 3, path: 'steps.test.secrets' });
    expect(issue!.message).toContain('add it to the top-level `secrets:` with its reference, e.g. `secrets: { TOKEN: ');
  });

  it('reports a reference without a scheme at its value, with examples of right ones', async () => {
    const [issue] = await issuesOf('version: 1\nsecrets:\n  DB: secret/app#password\nsteps:\n  a: { run: x, secrets: [DB] }\n');
    expect(issue).toMatchObject({ file: 'runlens.yml', line: 3, column: 7, path: 'secrets.DB' });
    expect(issue!.message).toMatch(/^"secret\/app#password" is not a secret reference: write <store>:\/\/…, e\.g\. .*fake:\/\/db-password/);
  });

  it('reports an unknown store with the list of stores and a suggestion', async () => {
    const [issue] = await issuesOf('version: 1\nsecrets:\n  DB: { ref: "faek://db" }\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ line: 3, column: 14, path: 'secrets.DB.ref', suggestion: 'fake' });
    expect(issue!.message).toContain('"faek" is not a secret store; the stores are: ');
  });

  it("reports a reference its store cannot parse with the store's message and syntax", async () => {
    const [issue] = await issuesOf('version: 1\nsecrets:\n  DB: fake://Not Valid\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ line: 3, column: 7, path: 'secrets.DB' });
    expect(issue!.message).toBe(
      'fake: "Not Valid" is not a fake secret name (lowercase letters, digits, / _ -) (write fake://<name>, e.g. fake://db-password)',
    );
  });

  it("checks a store's settings by its own schema, and an unknown store key with a suggestion", async () => {
    const issues = await issuesOf(
      'version: 1\nsecret-stores:\n  timeout: 5s\n  fake:\n    reachable: sometimes\n  vualt: {}\nsteps:\n  a: { run: x }\n',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        line: 5,
        column: 16,
        path: 'secret-stores.fake.reachable',
        message: 'expected true or false, got the string "sometimes"',
      }),
      expect.objectContaining({ line: 6, column: 3, path: 'secret-stores.vualt', suggestion: 'vault' }),
    ]);
  });

  it('rejects a secret name that is not an environment variable name', async () => {
    const [issue] = await issuesOf('version: 1\nsecrets:\n  db-password: fake://db\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ line: 3, path: 'secrets.db-password' });
    expect(issue!.message).toContain('an environment variable name');
  });

  it('rejects a timeout that is not a duration', async () => {
    const [issue] = await issuesOf('version: 1\nsecret-stores: { timeout: soon }\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ line: 2, path: 'secret-stores.timeout' });
  });

  it("puts each store's settings in the JSON Schema and its row in the README table", () => {
    const stores = (
      configJsonSchema().properties as Record<string, { properties: Record<string, unknown>; additionalProperties: unknown }>
    )['secret-stores']!;
    expect(Object.keys(stores.properties)).toEqual(expect.arrayContaining(['timeout', 'fake']));
    expect(stores.additionalProperties).toBe(false);
    expect(storesTableMarkdown()).toContain('| Fake store (tests) | `fake://<name>` | `fake://db-password` | `secret-stores.fake` |');
  });
});
