import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { LoadConfigOptions } from '../../src/config/load.js';
import { runOptionsFromEnv } from '../../src/config/overrides.js';
import { ConfigError } from '../../src/base/errors.js';

async function withFile(yaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-overrides-'));
  await writeFile(path.join(dir, 'runlens.yml'), yaml);
  return dir;
}

const FILE_SAYS_LOW = 'version: 1\nfail-on: low\noutput-dir: from-file\nsteps:\n  a: { run: x }\n';

async function failOn(opts: Partial<LoadConfigOptions>, yaml = FILE_SAYS_LOW): Promise<string> {
  const { config } = await loadConfig({ cwd: await withFile(yaml), env: {}, ...opts });
  return config['fail-on'];
}

async function messageOf(opts: Partial<LoadConfigOptions>): Promise<string> {
  const err = await loadConfig({ cwd: await withFile(FILE_SAYS_LOW), env: {}, ...opts }).catch((e: unknown) => e);
  if (!(err instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(err)}`);
  return err.message;
}

describe('precedence', () => {
  it('lets a flag beat the RUNLENS_* environment and the file', async () => {
    expect(await failOn({ overrides: { failOn: 'critical' }, env: { RUNLENS_FAIL_ON: 'medium' } })).toBe('critical');
  });

  it('lets the RUNLENS_* environment beat the file', async () => {
    expect(await failOn({ env: { RUNLENS_FAIL_ON: 'medium' } })).toBe('medium');
  });

  it('lets the file beat the schema default', async () => {
    expect(await failOn({})).toBe('low');
  });

  it('fills the schema default when nobody sets a field', async () => {
    expect(await failOn({}, 'version: 1\nsteps:\n  a: { run: x }\n')).toBe('high');
  });

  it('treats an empty flag or variable as unset, as action inputs arrive', async () => {
    expect(await failOn({ overrides: { failOn: '' }, env: { RUNLENS_FAIL_ON: '' } })).toBe('low');
  });

  it('applies every overridable field: output dir, concurrency, log order and kill grace', async () => {
    const { config } = await loadConfig({
      cwd: await withFile(FILE_SAYS_LOW),
      env: { RUNLENS_CONCURRENCY: '3', RUNLENS_LOG_ORDER: 'grouped', RUNLENS_OUTPUT_DIR: 'from-env' },
      overrides: { outputDir: 'from-flag', killGrace: '2s' },
    });
    expect(config).toMatchObject({ 'output-dir': 'from-flag', concurrency: 3, 'log-order': 'grouped', 'kill-grace': 2000 });
  });
});

describe('an override of a value the file sets', () => {
  it('is said, naming where each value came from, so it never wins silently', async () => {
    const { overridden } = await loadConfig({
      cwd: await withFile(FILE_SAYS_LOW),
      env: { RUNLENS_OUTPUT_DIR: '.runlens', RUNLENS_CONCURRENCY: '3' },
      overrides: { failOn: 'low' },
    });
    // fail-on is given the file's own value, concurrency is not in the file: neither is worth a word.
    expect(overridden).toEqual(["output-dir: RUNLENS_OUTPUT_DIR (.runlens) replaces runlens.yml's value (from-file)"]);
  });
});

describe('an invalid override', () => {
  it('is reported under the flag that gave it, with a suggestion', async () => {
    expect(await messageOf({ overrides: { failOn: 'hgh' } })).toBe(
      '--fail-on: expected one of none, note, low, medium, high, critical, got the string "hgh" (did you mean "high"?)',
    );
  });

  it('is reported under the environment variable that gave it', async () => {
    expect(await messageOf({ env: { RUNLENS_CONCURRENCY: 'lots' } })).toBe(
      'RUNLENS_CONCURRENCY: expected a whole number, got the string "lots"',
    );
  });

  it('is reported under the action input when the action gave it', async () => {
    expect(await messageOf({ overrides: { killGrace: 'soon' }, door: 'action' })).toBe(
      'input "kill-grace": "soon" is not a duration; write e.g. 90s, 10m, 1h30m or 250ms',
    );
  });
});

describe('runOptionsFromEnv', () => {
  it('splits RUNLENS_STEPS on commas and spaces', () => {
    expect(runOptionsFromEnv({ RUNLENS_STEPS: 'build, test  lint' }).steps).toEqual(['build', 'test', 'lint']);
  });

  it('reads RUNLENS_DRY_RUN yes, 1 and true as a dry run', () => {
    expect(['yes', '1', 'TRUE'].map((v) => runOptionsFromEnv({ RUNLENS_DRY_RUN: v }).dryRun)).toEqual([true, true, true]);
  });

  it('reads RUNLENS_DRY_RUN no, 0 and false as a real run', () => {
    expect(['no', '0', 'false'].map((v) => runOptionsFromEnv({ RUNLENS_DRY_RUN: v }).dryRun)).toEqual([false, false, false]);
  });

  it('rejects a RUNLENS_DRY_RUN it cannot read, naming the variable', () => {
    expect(() => runOptionsFromEnv({ RUNLENS_DRY_RUN: 'maybe' })).toThrow(
      'RUNLENS_DRY_RUN: expected true, 1, yes, false, 0 or no, got "maybe"',
    );
  });

  it('passes RUNLENS_CONFIG through as the config path', () => {
    expect(runOptionsFromEnv({ RUNLENS_CONFIG: 'ci/runlens.yml' })).toEqual({ configPath: 'ci/runlens.yml' });
  });

  it('returns nothing when no RUNLENS_* variable is set', () => {
    expect(runOptionsFromEnv({ PATH: '/usr/bin', RUNLENS_STEPS: ' ' })).toEqual({});
  });
});
