// Issue 9, item 3: a scan that scanned nothing must not pass in silence. A listed path that does not exist,
// lies outside the repository or matches no file fails the step, naming where it is written in runlens.yml;
// a scan of 0 files passes with a warning in the log, the summary and run.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { localPlatform } from '../../src/platform/local.js';
import { execute } from '../../src/run.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { schemaErrors, schemaValidator } from '../support/shared-schemas.js';
import { tempDir } from '../support/secrets.js';
import { config, run } from '../support/engine.js';
import { secretsOptions } from '../../src/checks/secrets/options.js';

async function runIn(
  ws: string,
): Promise<{ run: NonNullable<Awaited<ReturnType<typeof execute>>['run']>; console: string; exitCode: number }> {
  const out = new PassThrough();
  let console = '';
  out.on('data', (c: Buffer) => (console += c.toString()));
  const outcome = await execute(
    {
      workspace: ws,
      door: 'cli',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, OTEL_TRACES_EXPORTER: 'none' },
      out: out as unknown as NodeJS.WriteStream,
      color: false,
      signal: new AbortController().signal,
    },
    localPlatform(ws, out),
  );
  return { run: outcome.run!, console, exitCode: outcome.exitCode };
}

describe('secrets: paths that scan nothing', () => {
  it('fails on an absolute path outside the repository, at its line in runlens.yml', async () => {
    const ws = await tempDir({
      'runlens.yml': 'version: 1\nsteps:\n  secrets:\n    uses: secrets\n    with:\n      paths: [/src]\n',
      'src/app.ts': 'export {};\n',
    });
    const { run, exitCode } = await runIn(ws);
    expect(exitCode).toBe(1);
    const step = run.steps[0]!;
    expect(step.status).toBe('failed');
    expect(step.reason).toMatch(/^runlens\.yml:6:\d+: secrets: paths: "\/src" lies outside the repository/);
    expect(step.reason).toContain('("src")');
  });

  it('fails on a path that does not exist, naming that one only', async () => {
    const ws = await tempDir({
      'runlens.yml':
        'version: 1\nsteps:\n  secrets:\n    uses: secrets\n    with:\n      paths:\n        - src\n        - nowhere\n        - build\n',
      'src/app.ts': 'export {};\n',
      '.gitignore': 'build/\n',
      'build/out.js': 'x\n',
    });
    const { run } = await runIn(ws);
    const reason = run.steps[0]!.reason ?? '';
    expect(run.steps[0]!.status).toBe('failed');
    expect(reason).toMatch(/runlens\.yml:8:\d+: secrets: paths: "nowhere" does not exist/);
    expect(reason).not.toContain('"src"');
  });

  it('fails on a listed directory whose files are all ignored', async () => {
    const ws = await tempDir({
      'runlens.yml': 'version: 1\nsteps:\n  secrets:\n    uses: secrets\n    with:\n      paths: [src, build]\n',
      'src/app.ts': 'export {};\n',
      '.gitignore': 'build/\n',
      'build/out.js': 'x\n',
    });
    const { run } = await runIn(ws);
    expect(run.steps[0]!.reason).toMatch(/runlens\.yml:6:\d+: secrets: paths: "build" matches no file to scan/);
  });

  it('passes a scan of 0 files with a warning in the log, the console, the summary, run.json and an annotation', async () => {
    const ws = await tempDir({
      'runlens.yml': "version: 1\nsteps:\n  secrets:\n    uses: secrets\n    with:\n      allowlist: { paths: ['**'] }\n",
      'src/app.ts': 'export {};\n',
    });
    const { run, console } = await runIn(ws);
    const step = run.steps[0]!;
    expect(step.status).toBe('passed');
    expect(step.warnings?.[0]).toMatch(/scanned 0 files/);
    const out = path.join(ws, '.runlens');
    expect(readFileSync(path.join(out, 'logs', 'secrets.log'), 'utf8')).toMatch(/warning: the secret scan scanned 0 files/);
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toMatch(/scanned 0 files/);
    const json = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(json.notes).toEqual([expect.stringMatching(/^secrets: the secret scan scanned 0 files/)]);
    expect(schemaErrors(schemaValidator('run-result.schema.json', '2020-12', true), json)).toEqual([]);
    expect(console).toMatch(/scanned 0 files/);
    expect(selectAnnotations(run)).toContainEqual({ level: 'warning', title: 'step secrets', message: step.warnings![0] });
  });
});

describe('secrets: paths, without a config file to point at', () => {
  it('names the step and the option', async () => {
    const ws = await tempDir({ 'src/app.ts': 'export {};\n' });
    const { byId } = await run(config({ scan: { uses: 'secrets', with: secretsOptions.parse({ paths: ['/elsewhere'] }) } }), ws);
    expect(byId.scan!.reason).toMatch(/^step "scan", with\.paths\[0\]: secrets: paths: "\/elsewhere" lies outside the repository/);
  });
});
