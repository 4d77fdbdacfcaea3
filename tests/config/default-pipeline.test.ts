import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, defaultPipeline, defaultPipelineKinds } from '../../src/config/default-pipeline.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/base/errors.js';

const emptyDir = () => mkdtemp(path.join(os.tmpdir(), 'runlens-default-'));

describe('defaultPipeline', () => {
  const kind = (k: string, defaultPipeline: boolean) => ({ kind: k, defaultPipeline });

  it('runs every check that asks to be in the default pipeline, in registration order', () => {
    expect(defaultPipeline('/repo', [kind('sarif', false), kind('secrets', true), kind('deps', true)])).toEqual({
      version: 1,
      steps: { secrets: { uses: 'secrets' }, deps: { uses: 'deps' } },
    });
  });

  it('leaves out the checks that do not ask to be there', () => {
    expect(defaultPipeline('/repo', [kind('sarif', false), kind('secrets', true)])).toEqual({
      version: 1,
      steps: { secrets: { uses: 'secrets' } },
    });
  });

  it('takes the kinds from the registry: secrets is one of them', () => {
    expect(defaultPipelineKinds()).toContain('secrets');
    expect(defaultPipelineKinds()).not.toContain('golden');
  });

  it('says no runlens.yml was found, where it looked, and what to write, when no default check is registered', () => {
    let err: unknown;
    try {
      defaultPipeline('/work/repo', [kind('sarif', false)]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as ConfigError).message;
    expect(message).toMatch(
      /^\/work\/repo: no runlens\.yml found \(looked for runlens\.yml, runlens\.yaml, \.runlens\.yml, \.github\/runlens\.yml\)/,
    );
    expect(message).toContain(EXAMPLE_CONFIG.trimEnd().replace(/^/gm, '    '));
  });

  it('shows a five-line example that is itself a valid runlens.yml', async () => {
    const dir = await emptyDir();
    await writeFile(path.join(dir, 'runlens.yml'), EXAMPLE_CONFIG);
    const { config } = await loadConfig({ cwd: dir, env: {} });
    expect(EXAMPLE_CONFIG.trimEnd().split('\n')).toHaveLength(5);
    expect(Object.keys(config.steps)).toEqual(['build', 'test', 'lint']);
  });
});

describe('loadConfig without a runlens.yml', () => {
  const registered = defaultPipelineKinds();

  it('loads the default pipeline of the registered checks, or explains how to write a runlens.yml', async () => {
    const dir = await emptyDir();
    const loading = loadConfig({ cwd: dir, env: {} });
    if (registered.length === 0) {
      await expect(loading).rejects.toThrow(`${dir}: no runlens.yml found`);
    } else {
      const loaded = await loading;
      expect(loaded.path).toBeUndefined();
      expect(Object.keys(loaded.config.steps)).toEqual(registered);
    }
  });
});
