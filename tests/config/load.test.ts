import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError, EXIT, exitCodeFor } from '../../src/base/errors.js';
import type { ConfigIssue } from '../../src/base/errors.js';

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-config-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function load(yaml: string) {
  return loadConfig({ cwd: await workspace({ 'runlens.yml': yaml }), env: {} });
}

async function issuesOf(yaml: string): Promise<ConfigIssue[]> {
  const err = await load(yaml).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(err)}`);
  return err.issues;
}

const where = (i: ConfigIssue): string => `${i.file}:${i.line}:${i.column} ${i.path}`;

describe('loadConfig', () => {
  it('suggests "needs" for the typo "nedds" at its exact line and column', async () => {
    const issues = await issuesOf('version: 1\nsteps:\n  build:\n    run: npm ci\n  test:\n    nedds: [build]\n    run: npm test\n');
    expect(issues).toEqual([
      { file: 'runlens.yml', line: 6, column: 5, path: 'steps.test.nedds', message: 'unknown key "nedds"', suggestion: 'needs' },
    ]);
  });

  it('says what a field expects and what it got, in plain words, at the value', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  test:\n    run: npm test\n    needs: 5\n');
    expect(issue).toMatchObject({
      line: 5,
      column: 12,
      path: 'steps.test.needs',
      message: 'expected a step id or a list of step ids, got the number 5',
    });
  });

  it('names the wrong item of a list', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  a: { run: x }\n  test:\n    run: npm test\n    needs: [a, 7]\n');
    expect(issue).toMatchObject({ line: 6, column: 16, path: 'steps.test.needs.1', message: 'expected a step id, got the number 7' });
  });

  it('reports a mistyped number at the value', async () => {
    const [issue] = await issuesOf('version: 1\nconcurrency: four\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ line: 2, column: 14, path: 'concurrency', message: 'expected a whole number, got the string "four"' });
  });

  it('suggests the closest allowed value for a misspelled enum', async () => {
    const [issue] = await issuesOf('version: 1\nfail-on: hihg\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ line: 2, column: 10, path: 'fail-on', suggestion: 'high' });
    expect(issue!.message).toBe('expected one of none, note, low, medium, high, critical, got the string "hihg"');
  });

  it('explains the branch of a union the value was written for', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  a:\n    run: x\n    retries: { attempts: many }\n');
    expect(issue).toMatchObject({
      line: 5,
      column: 26,
      path: 'steps.a.retries.attempts',
      message: 'expected a whole number, got the string "many"',
    });
  });

  it('says a duration field expects a duration', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  a:\n    run: x\n    timeout: true\n');
    expect(issue!.message).toBe('expected a duration such as 90s, 10m or 1h30m (or a number of seconds), got true');
  });

  it('reports a missing required field at the mapping that should hold it', async () => {
    const [issue] = await issuesOf('# no version\nsteps:\n  a: { run: x }\n');
    expect(issue).toMatchObject({ path: 'version', message: 'is required (expected 1)', line: 2, column: 1 });
  });

  it('reports every issue at once, sorted by line', async () => {
    const issues = await issuesOf(
      ['version: 1', 'steps:', '  a:', '    run: x', '    timout: 5m', '  b:', '    uses: sarfi', 'fail-on: urgent', 'concurrency: 0'].join(
        '\n',
      ),
    );
    expect(issues.map(where)).toEqual([
      'runlens.yml:5:5 steps.a.timout',
      'runlens.yml:7:11 steps.b.uses',
      'runlens.yml:8:10 fail-on',
      'runlens.yml:9:14 concurrency',
    ]);
    expect(issues[0]!.suggestion).toBe('timeout');
    expect(issues[3]!.message).toBe('expected at least 1, got the number 0');
  });

  it('reports an unknown `uses` kind with the closest registered check', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  scan:\n    uses: sarfi\n');
    expect(issue).toMatchObject({ line: 4, column: 11, path: 'steps.scan.uses', suggestion: 'sarif' });
    expect(issue!.message).toMatch(/^"sarfi" is not a built-in check; the checks are: .*sarif/);
  });

  it('reports a bad `with` option at its own position, under steps.<id>.with', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  lint:\n    uses: sarif\n    with:\n      files: 3\n');
    expect(issue).toMatchObject({
      line: 6,
      column: 14,
      path: 'steps.lint.with.files',
      message: 'expected a string or a list of strings, got the number 3',
    });
  });

  it('suggests the option a misspelled `with` key meant', async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  lint:\n    uses: sarif\n    with: { files: a.sarif, fils: b.sarif }\n');
    expect(issue).toMatchObject({ line: 5, column: 29, path: 'steps.lint.with.fils', suggestion: 'files' });
  });

  it("reports a required `with` option that is missing at the step's key", async () => {
    const [issue] = await issuesOf('version: 1\nsteps:\n  lint:\n    uses: sarif\n');
    expect(issue).toMatchObject({ line: 3, column: 3, path: 'steps.lint.with.files', message: expect.stringMatching(/^is required/) });
  });

  it("stores the options parsed by the check's schema in step.with", async () => {
    const { config } = await load('version: 1\nsteps:\n  lint:\n    uses: sarif\n    with: { files: reports/lint.sarif }\n');
    expect(config.steps.lint!.with).toEqual({ files: ['reports/lint.sarif'] });
  });

  it('fills what the file leaves out with the schema defaults', async () => {
    const { config } = await load('version: 1\nsteps:\n  a: { run: x }\n');
    expect(config).toMatchObject({ 'output-dir': '.runlens', 'fail-on': 'high', 'log-order': 'auto', 'kill-grace': 10_000 });
    expect(config.defaults).toEqual({ timeout: 1_800_000, retries: { attempts: 0, backoff: 1000 }, shell: 'bash' });
    expect(config.steps.a).toMatchObject({ needs: [], 'continue-on-error': false, env: {} });
  });

  it('lets the planner locate a field by its key', async () => {
    const loaded = await load('version: 1\nsteps:\n  a:\n    run: x\n    needs: [b]\n  b:\n    needs: [a]\n    run: y\n');
    expect(loaded.locate(['steps', 'b', 'needs'])).toEqual({ file: 'runlens.yml', line: 7, column: 5 });
    expect(loaded.locate(['steps', 'a', 'needs', 0], 'value')).toEqual({ file: 'runlens.yml', line: 5, column: 13 });
  });

  it('returns the absolute path of the file it read', async () => {
    const dir = await workspace({ 'runlens.yml': 'version: 1\nsteps:\n  a: { run: x }\n' });
    expect((await loadConfig({ cwd: dir, env: {} })).path).toBe(path.join(dir, 'runlens.yml'));
  });

  it('finds .github/runlens.yml when there is no runlens.yml', async () => {
    const dir = await workspace({ '.github/runlens.yml': 'version: 1\nsteps:\n  a: { run: x }\n' });
    expect((await loadConfig({ cwd: dir, env: {} })).path).toBe(path.join(dir, '.github', 'runlens.yml'));
  });

  it('prefers runlens.yml over runlens.yaml and .runlens.yml', async () => {
    const step = (id: string) => `version: 1\nsteps:\n  ${id}: { run: x }\n`;
    const dir = await workspace({ 'runlens.yaml': step('yaml'), '.runlens.yml': step('dot'), 'runlens.yml': step('yml') });
    expect(Object.keys((await loadConfig({ cwd: dir, env: {} })).config.steps)).toEqual(['yml']);
  });

  it('reads the file RUNLENS_CONFIG names when no path is given', async () => {
    const dir = await workspace({
      'ci/pipeline.yml': 'version: 1\nsteps:\n  from-env: { run: x }\n',
      'runlens.yml': 'version: 1\nsteps:\n  a: { run: x }\n',
    });
    const loaded = await loadConfig({ cwd: dir, env: { RUNLENS_CONFIG: 'ci/pipeline.yml' } });
    expect(Object.keys(loaded.config.steps)).toEqual(['from-env']);
  });

  it('says a given config path that does not exist is missing, naming the flag', async () => {
    const dir = await workspace({});
    const err = await loadConfig({ cwd: dir, configPath: 'nope.yml', env: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(`nope.yml: no such file (given by --config, relative to ${dir})`);
    expect(exitCodeFor(err)).toBe(EXIT.usage);
  });

  it('names the file relative to the working directory in every issue', async () => {
    const dir = await workspace({ 'ci/runlens.yml': 'version: 1\nsteps:\n  a: { run: x, colour: red }\n' });
    const err = (await loadConfig({ cwd: dir, configPath: 'ci/runlens.yml', env: {} }).catch((e: unknown) => e)) as ConfigError;
    expect(err.message).toBe(
      path.normalize('ci/runlens.yml') +
        ':3:16: steps.a.colour: unknown key "colour"; known keys: ' +
        'name, needs, run, uses, with, timeout, retries, continue-on-error, env, if, matrix, resources, working-directory, junit, sarif, new-only, inputs, cache, secrets, problem-matcher',
    );
  });
});
