// Lockfile discovery: the whole tree minus installed copies, build output, the output directory and
// .gitignored paths, in a stable order; or exactly the listed paths.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/base/errors.js';
import { findLockfiles } from '../../../src/checks/deps/lockfiles/index.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'runlens-lockfiles-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(rel: string, text = '{}\n'): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), text);
}

const rels = async (opts?: Parameters<typeof findLockfiles>[1]): Promise<string[]> => (await findLockfiles(root, opts)).map((f) => f.rel);

describe('findLockfiles', () => {
  it('finds every lockfile fixture written by the package managers, sorted, with its format', async () => {
    const found = await findLockfiles('tests/fixtures/deps/lockfiles');
    expect(found.map((f) => `${f.rel} ${f.format.id}`)).toEqual([
      'bun/bun.lock bun',
      'cargo/Cargo.lock cargo',
      'composer/composer.lock composer',
      'go/go.mod go-mod',
      'go/locallib/go.mod go-mod',
      'gradle/gradle.lockfile gradle',
      'npm/shrinkwrap/npm-shrinkwrap.json package-lock',
      'npm/v1/package-lock.json package-lock',
      'npm/v2/package-lock.json package-lock',
      'npm/v3/package-lock.json package-lock',
      'npm/workspaces/package-lock.json package-lock',
      'pnpm/pnpm10/pnpm-lock.yaml pnpm',
      'pnpm/pnpm8/pnpm-lock.yaml pnpm',
      'pnpm/workspace/pnpm-lock.yaml pnpm',
      'python/handwritten/extra/requirements-test.txt requirements',
      'python/handwritten/requirements-dev.txt requirements',
      'python/pip-tools/requirements-nohash.txt requirements',
      'python/pip-tools/requirements.txt requirements',
      'python/pipenv/Pipfile.lock pipfile',
      'python/poetry/poetry.lock poetry',
      'python/uv/uv.lock uv',
      'ruby/Gemfile.lock gemfile',
      'yarn/berry/yarn.lock yarn',
      'yarn/classic/yarn.lock yarn',
    ]);
    expect(path.isAbsolute(found[0]!.path)).toBe(true);
  });

  it('skips node_modules, .git, vendor, target, .venv, the output directory and .gitignored paths', async () => {
    await put('package-lock.json');
    await put('app/yarn.lock', '');
    await put('node_modules/dep/package-lock.json');
    await put('.git/modules/x/Cargo.lock', '');
    await put('vendor/github.com/x/go.mod', '');
    await put('target/package/Cargo.lock', '');
    await put('.venv/lib/requirements.txt', '');
    await put('.runlens/snapshot/poetry.lock', '');
    await put('ignored/Gemfile.lock', '');
    await put('.gitignore', 'ignored/\n');
    await put('docs/notes.txt', 'not a lockfile');
    expect(await rels({ skipDirs: [path.join(root, '.runlens')] })).toEqual(['app/yarn.lock', 'package-lock.json']);
  });

  it('reads only the listed files and directories, minus excluded globs', async () => {
    await put('package-lock.json');
    await put('services/a/go.mod', '');
    await put('services/b/go.mod', '');
    await put('services/b/testdata/go.mod', '');
    expect(await rels({ paths: ['services'], exclude: ['**/testdata/**'] })).toEqual(['services/a/go.mod', 'services/b/go.mod']);
    expect(await rels({ paths: ['package-lock.json', path.join(root, 'services/a/go.mod')] })).toEqual([
      'package-lock.json',
      'services/a/go.mod',
    ]);
  });

  it('names a listed path that does not exist', async () => {
    const err = await findLockfiles(root, { paths: ['app/package-lock.json'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^app\/package-lock\.json: the listed lockfile path does not exist — /);
  });

  it('refuses a listed file that is not a lockfile it reads', async () => {
    await put('deps.lock', '');
    const err = await findLockfiles(root, { paths: ['deps.lock'] }).catch((e: unknown) => e);
    expect((err as InputError).message).toMatch(/^deps\.lock: is not a lockfile runlens reads — known names: package-lock\.json/);
  });

  it('refuses a listed lockfile outside the repository', async () => {
    await put('package-lock.json');
    await mkdir(path.join(root, 'repo'));
    const err = await findLockfiles(path.join(root, 'repo'), { paths: ['../package-lock.json'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      '../package-lock.json: is outside the repository — list lockfiles inside the repository the step runs in',
    );
  });

  it('returns nothing for a tree without lockfiles', async () => {
    await put('README.md', '# nothing here');
    expect(await rels()).toEqual([]);
  });
});
