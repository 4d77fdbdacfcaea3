// `runlens run` (the engine behind the CLI door, in-process: dist/ is rebuilt by the lead) with tool
// and sarif steps whose tools find nothing: runlens.sarif still holds each tool's (empty) run, so code
// scanning closes the alerts those tools raised before.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPlatform } from '../../src/platform/local.js';
import { execute } from '../../src/run.js';
import { removeWorkspaces, requireTools, toolEnv, workspace } from './support.js';

beforeAll(() => requireTools('bandit', 'ruff', 'shellcheck'));
afterAll(removeWorkspaces);

async function runlensRun(ws: string, yml: string) {
  await writeFile(path.join(ws, 'runlens.yml'), yml);
  const out = new PassThrough();
  let printed = '';
  out.on('data', (c: Buffer) => (printed += c.toString()));
  const outcome = await execute(
    {
      workspace: ws,
      door: 'cli',
      env: toolEnv(),
      out: out as unknown as NodeJS.WriteStream,
      color: false,
      signal: new AbortController().signal,
    },
    localPlatform(ws, out),
  );
  const sarif = JSON.parse(await readFile(path.join(ws, '.runlens', 'runlens.sarif'), 'utf8')) as {
    runs: Array<{ tool: { driver: { name: string; version?: string } }; results: Array<{ ruleId: string }> }>;
  };
  return { outcome, sarif, printed, runs: Object.fromEntries(sarif.runs.map((r) => [r.tool.driver.name, r])) };
}

describe('runlens run with tool steps', () => {
  it('writes an empty SARIF run for an ingested SARIF tool and a preset that found nothing', async () => {
    const ws = await workspace('python');
    const { outcome, runs } = await runlensRun(
      ws,
      `version: 1
steps:
  bandit-sarif:
    run: [bandit, --format, sarif, --quiet, --output, bandit.sarif, svc/clean.py]
  ingest:
    needs: bandit-sarif
    uses: sarif
    with: { files: bandit.sarif }
  ruff:
    uses: tool
    with: { preset: ruff, paths: svc/clean.py }
`,
    );
    expect(outcome.exitCode).toBe(0);
    expect(runs['Bandit']).toMatchObject({ tool: { driver: { name: 'Bandit', version: '1.9.4' } }, results: [] });
    expect(runs['ruff']).toMatchObject({ tool: { driver: { name: 'ruff', version: '0.17.5' } }, results: [] });
  });

  it('puts a preset’s findings in runlens.sarif under the real tool, and the gate judges them', async () => {
    const ws = await workspace('python');
    const { outcome, runs } = await runlensRun(
      ws,
      `version: 1
fail-on: high
steps:
  bandit:
    uses: tool
    with: { preset: bandit, paths: svc }
`,
    );
    // B602 (subprocess with shell=True) is high: the gate fails the run; the step itself passed.
    expect(outcome.exitCode).toBe(1);
    expect(outcome.run!.steps[0]!.status).toBe('passed');
    expect(outcome.run!.gate.passed).toBe(false);
    expect(runs['bandit']!.results.map((r) => r.ruleId).sort()).toEqual(['B101', 'B301', 'B403', 'B404', 'B602']);
  });

  it('fails a step whose paths are not there, naming the line in runlens.yml', async () => {
    const ws = await workspace('python');
    const { outcome } = await runlensRun(
      ws,
      'version: 1\nsteps:\n  lint:\n    uses: tool\n    with:\n      preset: ruff\n      paths: [svc, nope]\n',
    );
    expect(outcome.run!.steps[0]).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^runlens\.yml:7:\d+: nope does not exist/),
    });
  });

  it('validates tool options when the config loads, naming the line', async () => {
    const ws = await workspace('python');
    await writeFile(
      path.join(ws, 'runlens.yml'),
      'version: 1\nsteps:\n  lint:\n    uses: tool\n    with:\n      preset: ruff\n      offline-db: db\n',
    );
    const err = await execute(
      {
        workspace: ws,
        door: 'cli',
        env: toolEnv(),
        out: new PassThrough() as unknown as NodeJS.WriteStream,
        color: false,
        signal: new AbortController().signal,
      },
      localPlatform(ws, new PassThrough()),
    ).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/runlens\.yml:7:\d+: .*`offline-db` is an option of the osv-scanner preset, not ruff/);
  });
});
