// Malformed lockfiles are InputErrors naming file:line(:col) with a hint — never a crash, never an empty
// result. Samples are the real fixtures cut short or broken, plus plain garbage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/base/errors.js';
import { LOCKFILE_FORMATS } from '../../../src/checks/deps/lockfiles/index.js';
import type { LockfileFormat } from '../../../src/checks/deps/lockfiles/index.js';

const ROOT = path.resolve('tests/fixtures/deps/lockfiles');
const fixture = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');
const format = (id: string): LockfileFormat => LOCKFILE_FORMATS.find((f) => f.id === id)!;

async function parseError(id: string, text: string, file = 'lock/file'): Promise<InputError> {
  try {
    const io = { readInclude: async () => undefined };
    const result = await format(id).parse(text, file, io);
    throw new Error(`parsed without error: ${JSON.stringify(result).slice(0, 200)}`);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}

/** Cuts `text` after its `n`-th line. */
const firstLines = (text: string, n: number): string => text.split('\n').slice(0, n).join('\n');
const GARBAGE = '\u0000\u0001PK\u0003\u0004 this is not a lockfile }{ ][ :: ==\n';

describe('JSON lockfiles', () => {
  it('reports a truncated package-lock.json at the end of the text', async () => {
    const err = await parseError('package-lock', firstLines(fixture('npm/v3/package-lock.json'), 50), 'package-lock.json');
    expect(err.position).toMatchObject({ file: 'package-lock.json', line: 50 });
    expect(err.message).toMatch(/^package-lock\.json:50:\d+: invalid JSON: .* — regenerate it with `npm install --package-lock-only`$/);
  });

  it('reports a missing comma at its line and column', async () => {
    const text = fixture('npm/v1/package-lock.json').replace('"version": "0.21.0",', '"version": "0.21.0"');
    const err = await parseError('package-lock', text, 'a/package-lock.json');
    expect(err.position).toEqual({ file: 'a/package-lock.json', line: 13, column: 7 });
  });

  it('rejects a lockfileVersion it does not know, at that line', async () => {
    const text = fixture('npm/v3/package-lock.json').replace('"lockfileVersion": 3', '"lockfileVersion": 4');
    const err = await parseError('package-lock', text);
    expect(err.position.line).toBe(4);
    expect(err.detail).toBe('unsupported package-lock lockfileVersion 4 (runlens reads 1, 2 and 3)');
  });

  it('reports garbage in Pipfile.lock, composer.lock and bun.lock', async () => {
    for (const id of ['pipfile', 'composer', 'bun', 'package-lock']) {
      const err = await parseError(id, GARBAGE);
      expect(err.position.line, id).toBe(1);
      expect(err.detail, id).toMatch(/^invalid JSON/);
    }
  });

  it('reports a truncated composer.lock and Pipfile.lock', async () => {
    expect((await parseError('composer', firstLines(fixture('composer/composer.lock'), 30))).position.line).toBe(30);
    expect((await parseError('pipfile', firstLines(fixture('python/pipenv/Pipfile.lock'), 60))).position.line).toBe(60);
  });

  it('reports a truncated bun.lock, and one with an unknown lockfileVersion', async () => {
    expect((await parseError('bun', firstLines(fixture('bun/bun.lock'), 30))).position.line).toBe(30);
    const err = await parseError('bun', fixture('bun/bun.lock').replace('"lockfileVersion": 2', '"lockfileVersion": 9'));
    expect(err.detail).toMatch(/unsupported bun\.lock lockfileVersion 9/);
    expect(err.position.line).toBe(2);
  });

  it('rejects a JSON document that is not an object', async () => {
    expect((await parseError('composer', '[1, 2]\n')).detail).toBe('is not a JSON object');
  });
});

describe('YAML lockfiles', () => {
  it('reports bad YAML in pnpm-lock.yaml at its line', async () => {
    const text = fixture('pnpm/pnpm10/pnpm-lock.yaml').replace(
      '  axios@0.21.0:\n    resolution:',
      '  axios@0.21.0:\n   resolution: [unclosed\n    resolution:',
    );
    const err = await parseError('pnpm', text, 'pnpm-lock.yaml');
    expect(err.position.file).toBe('pnpm-lock.yaml');
    expect(err.position.line).toBeGreaterThanOrEqual(40);
    expect(err.detail).toMatch(/^invalid YAML: /);
  });

  it('rejects pnpm lockfile versions it does not read', async () => {
    const err = await parseError('pnpm', fixture('pnpm/pnpm8/pnpm-lock.yaml').replace("lockfileVersion: '6.0'", "lockfileVersion: '5.4'"));
    expect(err.position.line).toBe(1);
    expect(err.detail).toBe('unsupported pnpm lockfileVersion "5.4" (runlens reads 6.x and 9.x)');
    expect((await parseError('pnpm', GARBAGE)).position.line).toBe(1);
  });

  it('reports a Berry yarn.lock entry without resolution, and bad YAML', async () => {
    const noResolution = fixture('yarn/berry/yarn.lock').replace('  resolution: "lodash@npm:4.17.15"\n', '');
    const err = await parseError('yarn', noResolution);
    expect(err.position.line).toBe(71);
    const bad = fixture('yarn/berry/yarn.lock').replace('"lodash@npm:4.17.15":', '"lodash@npm:4.17.15:');
    expect((await parseError('yarn', bad)).detail).toMatch(/^invalid YAML/);
  });
});

describe('text lockfiles', () => {
  it('reports a yarn classic entry without a version, and garbage', async () => {
    const text = fixture('yarn/classic/yarn.lock').replace('  version "4.17.15"\n', '');
    const err = await parseError('yarn', text);
    expect(err.position.line).toBe(32);
    expect(err.detail).toBe('entry "lodash@4.17.15" has no version');
    expect((await parseError('yarn', 'lodash@4.17.15\n  version "1"\n')).position).toMatchObject({ line: 1, column: 1 });
    expect((await parseError('yarn', GARBAGE)).position.line).toBe(1);
  });

  it('reports an unknown go.mod directive, an unclosed block and a bad requirement', async () => {
    expect((await parseError('go-mod', GARBAGE)).detail).toMatch(/^unknown directive/);
    const unclosed = fixture('go/go.mod').replace(/\)\n\nreplace/, '\nreplace');
    const err = await parseError('go-mod', unclosed);
    expect(err.detail).toMatch(/never closed/);
    expect(err.position.line).toBe(11);
    const bad = await parseError('go-mod', 'module x\n\nrequire golang.org/x/text\n');
    expect(bad.position.line).toBe(3);
  });

  it('reports a malformed Gemfile.lock spec line and a file with no gem sources', async () => {
    const text = fixture('ruby/Gemfile.lock').replace('    rack (2.0.0)', '    rack 2.0.0');
    const err = await parseError('gemfile', text);
    expect(err.position).toMatchObject({ line: 7, column: 1 });
    expect((await parseError('gemfile', GARBAGE)).position.line).toBe(1);
    expect((await parseError('gemfile', 'PLATFORMS\n  ruby\n')).detail).toMatch(/no GEM, GIT or PATH section/);
  });

  it('reports a gradle.lockfile line that is not group:artifact:version=configurations', async () => {
    const text = fixture('gradle/gradle.lockfile').replace('junit:junit:4.12=', 'junit:4.12=');
    expect((await parseError('gradle', text)).position).toMatchObject({ line: 7, column: 1 });
    expect((await parseError('gradle', GARBAGE)).position.line).toBe(1);
  });

  it('reports requirements that are neither requirements nor options, and unreadable includes', async () => {
    expect((await parseError('requirements', 'django==3.2\n}}} not a requirement\n')).position).toMatchObject({ line: 2, column: 1 });
    expect((await parseError('requirements', 'django=3.2\n')).detail).toMatch(/not a version specifier/);
    expect((await parseError('requirements', '--frobnicate\n')).detail).toBe('unknown option "--frobnicate"');
    const missing = await parseError('requirements', 'django==3.2\n-r missing.txt\n', 'app/requirements.txt');
    expect(missing.position).toMatchObject({ file: 'app/requirements.txt', line: 2 });
    expect(missing.detail).toBe('includes "missing.txt" (app/missing.txt), which cannot be read');
    // Outside the repository: refused, never read (a change under review must not read the runner's files).
    for (const outside of ['../../etc/passwd', '/etc/passwd']) {
      const escaped = await parseError('requirements', `django==3.2\n-r ${outside}\n`, 'app/requirements.txt');
      expect(escaped.position).toMatchObject({ file: 'app/requirements.txt', line: 2 });
      expect(escaped.detail).toBe(`includes "${outside}", which is outside the repository`);
    }
    expect((await parseError('requirements', GARBAGE)).position.line).toBe(1);
  });
});

describe('TOML lockfiles', () => {
  it('reports bad TOML in Cargo.lock, poetry.lock and uv.lock at its line and column', async () => {
    const cargo = fixture('cargo/Cargo.lock').replace('name = "regex"', 'name = "regex');
    const err = await parseError('cargo', cargo, 'Cargo.lock');
    expect(err.position).toMatchObject({ file: 'Cargo.lock', line: 36 });
    expect(err.detail).toMatch(/^invalid TOML/);
    expect(err.hint).toBe('regenerate it with `cargo generate-lockfile`');
    const poetry = firstLines(fixture('python/poetry/poetry.lock'), 3) + '\nname = ';
    expect((await parseError('poetry', poetry)).position.line).toBe(4);
    expect((await parseError('uv', GARBAGE)).position.line).toBe(1);
  });

  it('rejects lockfile versions it does not read', async () => {
    expect((await parseError('cargo', fixture('cargo/Cargo.lock').replace('version = 4', 'version = 7'))).detail).toMatch(
      /unsupported Cargo\.lock version 7/,
    );
    expect((await parseError('uv', fixture('python/uv/uv.lock').replace('version = 1', 'version = 2'))).position.line).toBe(1);
    expect(
      (await parseError('poetry', fixture('python/poetry/poetry.lock').replace('lock-version = "2.1"', 'lock-version = "3.0"'))).detail,
    ).toMatch(/lock-version "3\.0"/);
  });

  it('finds [[package]] headers after multi-line strings that contain one', async () => {
    const text = `version = 4\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\ndescription = """\n[[package]]\n"""\n\n[[package]]\nname = "b"\nversion = "2.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`;
    const packages = await format('cargo').parse(text, 'Cargo.lock');
    expect(packages.map((p) => [p.name, p.line])).toEqual([
      ['a', 3],
      ['b', 11],
    ]);
  });
});

describe('empty files', () => {
  it('rejects empty lockfiles of formats that always hold something', async () => {
    for (const id of ['package-lock', 'pnpm', 'bun', 'poetry', 'pipfile', 'uv', 'go-mod', 'cargo', 'gemfile', 'composer', 'gradle']) {
      const err = await parseError(id, '');
      expect(err.position.line ?? 1, id).toBe(1);
    }
  });

  it('accepts empty requirements files and yarn lockfiles (a project without dependencies)', async () => {
    expect(await format('requirements').parse('# nothing\n', 'requirements.txt', { readInclude: async () => undefined })).toEqual([]);
    expect(
      await format('yarn').parse('# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n', 'yarn.lock'),
    ).toEqual([]);
  });
});
