// The OSV offline advisory database reader (src/checks/deps/osv/offline.ts, record.ts) and what the deps check
// does next with each record (matching the locked versions, the findings): fed the fixture records (JSON and
// YAML) damaged, with values of other types, zipped as osv.dev publishes them (<Ecosystem>/all.zip), and zips
// damaged byte by byte. A record that cannot be read is a problem the step reports (the others still count);
// nothing ends in a foreign exception, a hang or runaway memory (tests/fuzz/support/harness.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { load as loadYaml } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { LockedPackage } from '../../src/checks/deps/package.js';
import { repoRoot } from '../support/dist.js';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, truncated } from './support/mutate.js';

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('osv');
});

const DIR = 'tests/fixtures/deps/osv';
const files = readdirSync(path.join(repoRoot, DIR), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && /\.(json|ya?ml)$/.test(d.name))
  .map((d) => path.relative(repoRoot, path.join(d.parentPath, d.name)));
const jsonSeeds = files.filter((f) => f.endsWith('.json')).map(fixture);
const yamlSeeds = files.filter((f) => !f.endsWith('.json')).map(fixture);
const zipSeed = fixture('tests/fixtures/tool/osv/db/osv-scalibr/PyPI/all.zip');

type Pkg = Pick<LockedPackage, 'name' | 'version' | 'ecosystem'>;

/** The packages the fixture records are about, at the versions their ranges name (so records match). */
const PACKAGES: Pkg[] = (() => {
  const out = new Map<string, Pkg>();
  const add = (p: Pkg) => out.size < 80 && out.set(`${p.ecosystem} ${p.name} ${p.version}`, p);
  for (const f of files) {
    const text = readFileSync(path.join(repoRoot, f), 'utf8');
    const record = (f.endsWith('.json') ? JSON.parse(text) : loadYaml(text)) as {
      affected?: Array<{ package?: { ecosystem: string; name: string }; ranges?: Array<{ events: Array<Record<string, string>> }> }>;
    };
    for (const a of record.affected ?? []) {
      if (!a.package) continue;
      const versions = (a.ranges ?? []).flatMap((r) => r.events.flatMap((e) => Object.values(e))).filter((v) => v !== '0');
      for (const version of versions.slice(0, 3))
        add({ name: a.package.name, ecosystem: a.package.ecosystem as Pkg['ecosystem'], version });
    }
  }
  add({ name: 'requests', ecosystem: 'PyPI', version: '2.19.0' });
  return [...out.values()];
})();

const record =
  (name: string) =>
  (bytes: Uint8Array): FuzzRequest => ({ target: 'osv', name, bytes, packages: PACKAGES });
const looseJson = record('db/npm/GHSA-fuzz.json');
const looseYaml = record('db/PyPI/PYSEC-fuzz.yaml');
const zip = record('db/npm/all.zip');
/** One fuzzed record zipped with the untouched seeds around it, as osv.dev's all.zip holds many. */
const zipped = (bytes: Uint8Array) =>
  zip(zipSync({ 'GHSA-fuzz.json': bytes, ...Object.fromEntries(jsonSeeds.slice(0, 3).map((s, i) => [`seed-${i}.json`, s])) }));

describe('the OSV offline database reader', () => {
  it('reads the seed records, loose and zipped, and finds advisories for the packages', async () => {
    for (const seed of jsonSeeds) expect((await expectClean(worker, looseJson(seed))).kind).toBe('ok');
    for (const seed of yamlSeeds) expect((await expectClean(worker, looseYaml(seed))).kind).toBe('ok');
    const r = await expectClean(worker, zip(zipSeed));
    expect(r.kind).toBe('ok');
    expect(r.kind === 'ok' && r.detail).toMatch(/^[1-9]\d* findings, 0 problems$/);
  });
  it('ends a record whose values have other types in findings or a reported problem', async () => {
    await fuzz(
      worker,
      fc
        .oneof(
          mutatedJson(jsonSeeds),
          mutatedJson(jsonSeeds, (v) => JSON.stringify(v)),
        )
        .map(looseJson),
    );
  });
  it('ends a truncated or byte-damaged record (JSON or YAML) in findings or a reported problem', async () => {
    await fuzz(worker, fc.oneof(truncated(jsonSeeds), damaged(jsonSeeds)).map(looseJson));
    await fuzz(worker, fc.oneof(truncated(yamlSeeds), damaged(yamlSeeds)).map(looseYaml));
  });
  it('ends a zipped record whose values have other types in findings or a reported problem', async () => {
    await fuzz(worker, mutatedJson(jsonSeeds).map(zipped));
  });
  it('ends a truncated or byte-damaged all.zip in findings or a reported problem', async () => {
    await fuzz(worker, fc.oneof(truncated([zipSeed]), damaged([zipSeed])).map(zip));
  });
  it('ends garbage, loose or zipped, in a reported problem', async () => {
    await fuzz(worker, garbage().map(looseJson));
    await fuzz(worker, garbage().map(zip));
  });
});
