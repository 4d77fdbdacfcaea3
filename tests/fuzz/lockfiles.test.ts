// Every lockfile parser, fed real lockfiles (the fixtures the package managers wrote) truncated, flipped,
// spliced and — for the JSON ones — with values replaced by other types, plus garbage and a corpus of
// malformed files: each read ends in packages or an InputError at file[:line], never a foreign
// exception, a hang or runaway memory (tests/fuzz/support/harness.ts holds the rule).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, truncated } from './support/mutate.js';
import { repoRoot } from '../support/dist.js';

const L = 'tests/fixtures/deps/lockfiles';

interface Format {
  id: string;
  name: string;
  seeds: string[];
  json?: boolean;
}

const FORMATS: Format[] = [
  {
    id: 'package-lock',
    name: 'package-lock.json',
    json: true,
    seeds: [
      `${L}/npm/v1/package-lock.json`,
      `${L}/npm/v2/package-lock.json`,
      `${L}/npm/v3/package-lock.json`,
      `${L}/npm/workspaces/package-lock.json`,
    ],
  },
  { id: 'yarn', name: 'yarn.lock', seeds: [`${L}/yarn/classic/yarn.lock`, `${L}/yarn/berry/yarn.lock`] },
  {
    id: 'pnpm',
    name: 'pnpm-lock.yaml',
    seeds: [`${L}/pnpm/pnpm8/pnpm-lock.yaml`, `${L}/pnpm/pnpm10/pnpm-lock.yaml`, `${L}/pnpm/workspace/pnpm-lock.yaml`],
  },
  { id: 'bun', name: 'bun.lock', seeds: [`${L}/bun/bun.lock`] },
  {
    id: 'requirements',
    name: 'requirements.txt',
    seeds: [`${L}/python/pip-tools/requirements.txt`, `${L}/python/pip-tools/requirements-nohash.txt`],
  },
  { id: 'poetry', name: 'poetry.lock', seeds: [`${L}/python/poetry/poetry.lock`] },
  { id: 'pipfile', name: 'Pipfile.lock', json: true, seeds: [`${L}/python/pipenv/Pipfile.lock`] },
  { id: 'uv', name: 'uv.lock', seeds: [`${L}/python/uv/uv.lock`] },
  { id: 'go-mod', name: 'go.mod', seeds: [`${L}/go/go.mod`] },
  { id: 'cargo', name: 'Cargo.lock', seeds: [`${L}/cargo/Cargo.lock`] },
  { id: 'gemfile', name: 'Gemfile.lock', seeds: [`${L}/ruby/Gemfile.lock`] },
  { id: 'composer', name: 'composer.lock', json: true, seeds: [`${L}/composer/composer.lock`] },
  { id: 'gradle', name: 'gradle.lockfile', seeds: [`${L}/gradle/gradle.lockfile`] },
];

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('lockfiles');
});

describe.each(FORMATS)('the $id lockfile parser', (format) => {
  const seeds = format.seeds.map(fixture);
  const request = (bytes: Uint8Array): FuzzRequest => ({ target: `lockfile:${format.id}`, name: format.name, bytes });

  it('reads every seed fixture as it is', async () => {
    for (const seed of seeds) {
      const r = await expectClean(worker, request(seed));
      expect(r.kind, `${format.name}: ${r.kind === 'input-error' ? r.message : ''}`).toBe('ok');
    }
  });

  it('ends a truncated lockfile in packages or an InputError at the file', async () => {
    await fuzz(worker, truncated(seeds).map(request));
  });

  it('ends a lockfile with flipped, inserted, deleted or repeated bytes in packages or an InputError at the file', async () => {
    await fuzz(worker, damaged(seeds).map(request));
  });

  it('ends garbage in an InputError at the file, or nothing', async () => {
    await fuzz(worker, garbage().map(request));
  });

  if (format.json) {
    it('ends a lockfile whose values have the wrong types in packages or an InputError at the file', async () => {
      await fuzz(
        worker,
        fc
          .oneof(
            mutatedJson(seeds),
            mutatedJson(seeds, (v) => JSON.stringify(v)),
          )
          .map(request),
      );
    });
  }
});

describe('the malformed-lockfile corpus (tests/fixtures/fuzz/lockfiles/)', () => {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'fuzz', 'lockfiles');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  // <format id>/<any name>: read as that format under its own lockfile name.
  it.each(files.map((d) => path.relative(dir, path.join(d.parentPath, d.name))))('%s ends cleanly', async (rel) => {
    const id = rel.split(path.sep)[0]!;
    const format = FORMATS.find((f) => f.id === id);
    expect(format, `corpus folder ${id} names no lockfile format`).toBeDefined();
    await expectClean(worker, {
      target: `lockfile:${id}`,
      name: format!.name,
      bytes: fixture(path.join('tests/fixtures/fuzz/lockfiles', rel)),
    });
  });
});
