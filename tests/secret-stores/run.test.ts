// Secrets through the whole run (src/run.ts, in-process, the local platform): each step gets only the
// secrets it lists; one that cannot be fetched fails only the steps that list it, before they start;
// `required: true` stops the run before any step; nothing is fetched for a dry run or a run without secrets.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCheck } from '../../src/checks/check.js';
import { registerCheck } from '../../src/checks/registry.js';
import { readTraceFile } from '../../src/telemetry/trace-file.js';
import { registerFakeStore, type FakeStore } from '../support/fake-secret-store.js';
import { runInProcess } from '../support/run-in-process.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

let fake: FakeStore;
beforeEach(() => {
  fake = registerFakeStore({ 'db-password': 'pw-for-the-db-9f3a', 'api/token': 'tok-for-the-api-77c1' });
});
afterEach(() => fake.unregister());

async function runlens(yml: string, opts: { dryRun?: boolean; untrusted?: string } = {}) {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-secret-run-'));
  made.push(ws);
  await writeFile(path.join(ws, 'runlens.yml'), yml);
  const ran = await runInProcess(
    ws,
    {},
    {
      ...(opts.dryRun ? { dryRun: true } : {}),
      ...(opts.untrusted ? { refuseRunSteps: async () => opts.untrusted } : {}),
    },
  );
  const seen = (file: string) => readFile(path.join(ws, file), 'utf8').catch(() => '(not written)');
  return { ws, seen, ...ran };
}

describe('secrets in a run', () => {
  it('gives each step only the secrets it lists, as environment variables', async () => {
    const { outcome, seen } = await runlens(`version: 1
secrets:
  DB_PASSWORD: fake://db-password
  API_TOKEN: fake://api/token
steps:
  db:   { run: 'printf "%s|%s" "\${DB_PASSWORD-none}" "\${API_TOKEN-none}" > db.txt', secrets: [DB_PASSWORD] }
  both: { run: 'printf "%s|%s" "\${DB_PASSWORD-none}" "\${API_TOKEN-none}" > both.txt', secrets: [DB_PASSWORD, API_TOKEN] }
  none: { run: 'printf "%s|%s" "\${DB_PASSWORD-none}" "\${API_TOKEN-none}" > none.txt' }
`);
    expect(outcome.exitCode).toBe(0);
    expect(await seen('db.txt')).toBe('pw-for-the-db-9f3a|none');
    expect(await seen('both.txt')).toBe('pw-for-the-db-9f3a|tok-for-the-api-77c1');
    expect(await seen('none.txt')).toBe('none|none');
    // Fetched once, together, each reference once.
    expect(fake.loads).toBe(1);
    expect(fake.fetches).toEqual([['db-password', 'api/token']]);
  });

  it('fails only the steps that list a secret that could not be fetched, before they start, and skips what needs them', async () => {
    const { outcome, byId, seen, printed } = await runlens(`version: 1
secrets:
  DB_PASSWORD: fake://denied/db
  API_TOKEN: fake://api/token
steps:
  migrate: { run: 'touch migrate-ran', secrets: [DB_PASSWORD] }
  seed:    { run: 'touch seed-ran', needs: [migrate] }
  deploy:  { run: 'touch deploy-ran', secrets: [API_TOKEN] }
`);
    expect(outcome.exitCode).toBe(1);
    expect(byId.migrate).toMatchObject({
      status: 'failed',
      attempts: [],
      reason: 'secret not fetched: DB_PASSWORD (fake://denied/db): fake: permission denied on denied/db (policy?)',
    });
    expect(await seen('migrate-ran')).toBe('(not written)');
    expect(byId.seed).toMatchObject({ status: 'skipped', reason: 'needs migrate, which failed' });
    expect(byId.deploy).toMatchObject({ status: 'passed' });
    expect(await seen('deploy-ran')).toBe('');
    expect(printed()).toContain('secrets: could not fetch DB_PASSWORD (fake://denied/db): fake: permission denied on denied/db (policy?)');
  });

  it('records the fetch as a `secrets` span of the run in trace.jsonl: stores, counts, names, duration, no value', async () => {
    const { ws, seen } = await runlens(`version: 1
secrets:
  DB_PASSWORD: fake://denied/db
  API_TOKEN: fake://api/token
  ALSO_TOKEN: fake://api/token
steps:
  migrate: { run: 'true', secrets: [DB_PASSWORD] }
  deploy:  { run: 'true', secrets: [API_TOKEN, ALSO_TOKEN] }
`);
    const spans = await readTraceFile(path.join(ws, '.runlens', 'trace.jsonl'));
    const run = spans.find((s) => s.name.startsWith('RUN '))!;
    const phase = spans.filter((s) => s.name === 'secrets');
    expect(phase).toHaveLength(1);
    const secrets = phase[0]!;
    expect(secrets.parentSpanId).toBe(run.spanId);
    expect(secrets.attributes).toEqual({
      'runlens.secrets.stores': 'fake',
      'runlens.secrets.requested': 3,
      'runlens.secrets.fetched': 2,
      'runlens.secrets.failed': 1,
      'runlens.secrets.names': 'API_TOKEN,ALSO_TOKEN',
      'runlens.secrets.failed_names': 'DB_PASSWORD',
      'runlens.secrets.duration_ms': expect.any(Number),
      'error.type': 'secrets_failed',
    });
    expect(secrets.error).toBe(true);
    expect(secrets.statusMessage).toBe('1 secret not fetched: DB_PASSWORD');
    // Before any step: it ends before the first step span starts.
    const steps = spans.filter((s) => s.parentSpanId === run.spanId && s.name !== 'secrets');
    expect(steps.map((s) => s.name).sort()).toEqual(['deploy', 'migrate']);
    for (const step of steps) expect(step.start).toBeGreaterThanOrEqual(secrets.end);
    expect(await seen('.runlens/trace.jsonl')).not.toContain('tok-for-the-api-77c1');
  });

  it('writes no `secrets` span for a run without secrets', async () => {
    const { ws } = await runlens(`version: 1
steps:
  a: { run: 'true' }
`);
    const spans = await readTraceFile(path.join(ws, '.runlens', 'trace.jsonl'));
    expect(spans.map((s) => s.name)).not.toContain('secrets');
  });

  it('runs no step at all when a required secret cannot be fetched, and still writes the reports', async () => {
    const { outcome, byId, seen } = await runlens(`version: 1
secrets:
  DB_PASSWORD: { ref: fake://missing, required: true }
  API_TOKEN: fake://api/token
steps:
  build:   { run: 'touch build-ran' }
  migrate: { run: 'touch migrate-ran', secrets: [DB_PASSWORD], continue-on-error: true }
  deploy:  { run: 'touch deploy-ran', secrets: [API_TOKEN] }
`);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.run!.status).toBe('failed');
    expect(byId.migrate).toMatchObject({
      status: 'failed',
      allowedFailure: false,
      reason: expect.stringContaining('fake: no secret at missing'),
    });
    expect(byId.build).toMatchObject({ status: 'skipped', reason: 'not run: the required secret DB_PASSWORD could not be fetched' });
    expect(byId.deploy).toMatchObject({ status: 'skipped' });
    for (const f of ['build-ran', 'migrate-ran', 'deploy-ran']) expect(await seen(f)).toBe('(not written)');
    expect(outcome.run!.notes.join('\n')).toContain('DB_PASSWORD (fake://missing): fake: no secret at missing (required: no step runs)');
    expect(JSON.parse(await seen('.runlens/run.json'))).toMatchObject({ status: 'failed' });
    expect(await seen('.runlens/summary.md')).toContain('not run: the required secret DB\\_PASSWORD could not be fetched');
  });

  it('gives up on a store that does not answer within the timeout, and says so for each secret', async () => {
    fake.ignoreSignal = true;
    const { byId } = await runlens(`version: 1
secret-stores: { timeout: 100ms }
secrets:
  SLOW: fake://hang/slow
steps:
  a: { run: 'true', secrets: [SLOW] }
`);
    expect(byId.a).toMatchObject({
      status: 'failed',
      reason: 'secret not fetched: SLOW (fake://hang/slow): fake: no answer within 300ms (secret-stores.timeout)',
    });
  });

  it('fetches only what the steps that run list: nothing for a dry run, nothing for steps left out', async () => {
    const yml = `version: 1
secrets:
  DB_PASSWORD: fake://db-password
  API_TOKEN: fake://api/token
steps:
  db: { run: 'true', secrets: [DB_PASSWORD] }
  plain: { run: 'true' }
`;
    await runlens(yml, { dryRun: true });
    expect(fake.loads).toBe(0);
    await runlens(yml.replace("db: { run: 'true', secrets: [DB_PASSWORD] }", "db: { run: 'true' }"));
    expect(fake.loads).toBe(0);
    await runlens(yml);
    expect(fake.fetches).toEqual([['db-password']]);
  });

  it('gives a check (`uses:`) the secrets it lists in its context env, and no other check', async () => {
    const seen: Record<string, string | undefined> = {};
    const probe = defineCheck({
      kind: 'env-probe',
      tool: { name: 'env-probe' },
      category: 'other',
      description: 'records an env var',
      options: z.object({}),
      run: async (ctx) => {
        seen[ctx.stepId] = ctx.env.API_TOKEN;
        return { findings: [] };
      },
    });
    const unregister = registerCheck(probe);
    try {
      await runlens(`version: 1
secrets:
  API_TOKEN: fake://api/token
steps:
  with-it: { uses: env-probe, secrets: [API_TOKEN] }
  without: { uses: env-probe }
`);
    } finally {
      unregister();
    }
    expect(seen).toEqual({ 'with-it': 'tok-for-the-api-77c1', without: undefined });
  });

  it('fetches nothing for untrusted code: its runlens.yml chose the references', async () => {
    const { byId } = await runlens(
      `version: 1
secrets:
  API_TOKEN: fake://api/token
steps:
  check: { uses: secrets, secrets: [API_TOKEN] }
  plain: { uses: secrets }
`,
      { untrusted: 'refused under pull_request_target' },
    );
    expect(fake.loads).toBe(0);
    expect(byId.check).toMatchObject({ status: 'skipped', reason: 'secrets are not fetched: refused under pull_request_target' });
    expect(byId.plain!.status).toBe('passed');
  });

  it('does not hand an output holding a secret to later steps', async () => {
    const { byId, seen } = await runlens(`version: 1
secrets:
  DB_PASSWORD: fake://db-password
steps:
  leak: { run: 'echo "pw=$DB_PASSWORD" >> "$RUNLENS_OUTPUT"; echo "fine=yes" >> "$RUNLENS_OUTPUT"', secrets: [DB_PASSWORD] }
  later:
    needs: [leak]
    run: 'printf "%s|%s" "$PW" "$FINE" > later.txt'
    env: { PW: '\${{ steps.leak.outputs.pw }}', FINE: '\${{ steps.leak.outputs.fine }}' }
`);
    expect(byId.later!.status).toBe('passed');
    expect(await seen('later.txt')).toBe('|yes');
    expect(byId.leak!.outputs).toEqual({ pw: '***', fine: 'yes' });
    expect(await seen('.runlens/logs/leak.log')).toContain('output "pw" holds a secret; later steps do not get it');
  });
});
