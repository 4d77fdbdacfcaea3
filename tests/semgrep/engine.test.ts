// `uses: semgrep` through the config loader and the real engine, with the real semgrep.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/base/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { toSarif } from '../../src/report/sarif.js';
import { removeTempWorkspaces, run } from '../support/engine.js';
import { run as runResult } from '../support/run-result.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';
import { removeTempDirs, semgrepEnv, workspace } from './support.js';

afterAll(async () => {
  await removeTempDirs();
  await removeTempWorkspaces();
});

async function load(ws: string, yaml: string) {
  await writeFile(path.join(ws, 'runlens.yml'), yaml);
  return loadConfig({ cwd: ws, env: {} });
}

describe('uses: semgrep in a pipeline', () => {
  it('runs from runlens.yml and lands findings, tools, log and summary in the step result', async () => {
    const ws = await workspace();
    const { config } = await load(
      ws,
      [
        'version: 1',
        'steps:',
        '  sast:',
        '    uses: semgrep',
        '    with:',
        '      config: [rules/python.yml, rules/go.yml]',
        '      exclude: [web]',
        '',
      ].join('\n'),
    );
    const ran = await run(config, ws, { env: semgrepEnv() });
    const s = ran.byId.sast!;
    expect(s.status).toBe('passed');
    expect(s.kind).toBe('semgrep');
    expect(s.findings.map((f) => `${f.severity} ${f.ruleId} ${f.location!.path}:${f.location!.startLine}`).sort()).toEqual([
      'critical rules.eval-use app/views.py:15',
      'high rules.go-shell-exec svc/main.go:14',
      'high rules.subprocess-shell-true app/views.py:7',
      'low rules.go-weak-md5 svc/main.go:10',
      'medium rules.insecure-hash-md5 app/views.py:11',
    ]);
    expect(s.findings.every((f) => f.stepId === 'sast')).toBe(true);
    expect(s.tools).toEqual([
      { name: 'semgrep', version: expect.stringMatching(/^\d+\.\d+\.\d+$/), informationUri: 'https://semgrep.dev/', category: 'sast' },
    ]);
    expect(s.summary).toMatch(/^Ran semgrep \d+\.\d+\.\d+ \(rules\/python\.yml, rules\/go\.yml\) on 3 files: \*\*5 findings\*\*\./);
    const log = ran.log('sast');
    expect(log).toContain(
      'semgrep: semgrep scan --metrics=off --json --disable-version-check --config=rules/python.yml --config=rules/go.yml --exclude=web -- .',
    );
    expect(log).toMatch(/Ran 5 rules on 3 files: 5 findings/);

    const sarif = toSarif(runResult({ workspace: ws, steps: ran.results })).log;
    expect(schemaErrors(validatorFor('sarif-2.1.0.schema.json'), sarif)).toEqual([]);
    expect(sarif.runs.map((r) => [r.tool.driver.name, r.results!.length])).toEqual([['semgrep', 5]]);
  }, 120_000);

  it('rejects an extra-args flag outside the allowlist as a configuration error naming the flag and line', async () => {
    const ws = await workspace();
    const err = await load(
      ws,
      [
        'version: 1',
        'steps:',
        '  sast:',
        '    uses: semgrep',
        '    with:',
        '      config: rules',
        '      extra-args: [--autofix]',
        '',
      ].join('\n'),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(
      /^runlens\.yml:7:\d+: steps\.sast\.with\.extra-args: extra-args: "--autofix" is not an allowed semgrep flag/,
    );
  });

  it('rejects a flag runlens sets itself, saying which option to use', async () => {
    const ws = await workspace();
    const err = await load(
      ws,
      [
        'version: 1',
        'steps:',
        '  sast:',
        '    uses: semgrep',
        '    with:',
        '      config: rules',
        '      extra-args: [--config=p/ci]',
        '',
      ].join('\n'),
    ).catch((e: unknown) => e);
    expect((err as Error).message).toContain('extra-args: "--config" is set through `config`, not extra-args');
  });

  it('requires a config', async () => {
    const ws = await workspace();
    const err = await load(ws, ['version: 1', 'steps:', '  sast:', '    uses: semgrep', ''].join('\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain('steps.sast.with.config');
  });
});
