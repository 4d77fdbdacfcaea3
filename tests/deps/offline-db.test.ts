import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineSource } from '../../src/checks/deps/advisories.js';
import { loadOfflineDatabase } from '../../src/checks/deps/osv/offline.js';
import { OSV_DIR, pkg, zipDatabase } from './support.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'runlens-osv-offline-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('offline advisory database', () => {
  it('reads a directory of OSV JSON and YAML records, only those naming a wanted package', async () => {
    const db = await loadOfflineDatabase(OSV_DIR, ['npm', 'PyPI'], ['lodash', 'Jinja2']);
    expect(db.records.map((r) => r.id).sort()).toEqual([
      'GHSA-29mw-wpgm-hmr9',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-p6mc-m468-83gw',
      'PYSEC-2014-82',
      'PYSEC-2019-217',
      'PYSEC-2021-66',
    ]);
    expect(db.problems).toEqual([]);
  });

  it("reads osv-scanner's <Ecosystem>/all.zip layout", async () => {
    const dir = path.join(tmp, 'zipped');
    await zipDatabase(OSV_DIR, dir);
    const db = await loadOfflineDatabase(dir, ['npm', 'Go'], ['lodash', 'golang.org/x/crypto']);
    expect(db.zips.map((z) => path.relative(dir, z)).sort()).toEqual(['Go/all.zip', 'npm/all.zip']);
    expect(db.records.map((r) => r.id).sort()).toEqual([
      'GHSA-29mw-wpgm-hmr9',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-p6mc-m468-83gw',
      'GO-2020-0012',
    ]);
  });

  it('indexes each zip once, reads only the entries a later run needs, and re-indexes a changed zip', async () => {
    const dir = path.join(tmp, 'indexed');
    const indexDir = path.join(tmp, 'index');
    await zipDatabase(OSV_DIR, dir);
    const first = await loadOfflineDatabase(dir, ['npm'], ['lodash'], { indexDir });
    expect((await readdir(indexDir)).length).toBe(1);
    const second = await loadOfflineDatabase(dir, ['npm'], ['lodash', 'axios'], { indexDir });
    expect(first.records.map((r) => r.id).sort()).toEqual(['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'GHSA-p6mc-m468-83gw']);
    expect(second.records.map((r) => r.id).sort()).toEqual([
      'GHSA-29mw-wpgm-hmr9',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-8hc4-vh64-cxmj',
      'GHSA-cph5-m8f7-6c5x',
      'GHSA-p6mc-m468-83gw',
      'GHSA-wf5p-g6vw-rhxx',
    ]);
    // a new database under the same path: one record only
    await writeFile(
      path.join(dir, 'npm', 'all.zip'),
      zipSync({
        'GHSA-x.json': new TextEncoder().encode(
          JSON.stringify({ id: 'GHSA-x', affected: [{ package: { ecosystem: 'npm', name: 'lodash' } }] }),
        ),
      }),
    );
    const third = await loadOfflineDatabase(dir, ['npm'], ['lodash'], { indexDir });
    expect(third.records.map((r) => r.id)).toEqual(['GHSA-x']);
  });

  it('skips withdrawn records and matches the rest', async () => {
    const src = await offlineSource(OSV_DIR, [pkg('Go', 'github.com/gravitational/teleport', 'v1.0.0'), pkg('npm', 'lodash', '4.17.20')]);
    expect(src.withdrawn).toBe(1);
    expect(src.matches(pkg('Go', 'github.com/gravitational/teleport', 'v1.0.0'))).toEqual([]);
    expect(
      src
        .matches(pkg('npm', 'lodash', '4.17.20'))
        .map((m) => m.record.id)
        .sort(),
    ).toEqual(['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm']);
  });

  it('reports a broken record and keeps the others', async () => {
    const dir = path.join(tmp, 'broken');
    await mkdir(path.join(dir, 'npm'), { recursive: true });
    await writeFile(path.join(dir, 'npm', 'bad.json'), '{"id": "GHSA-bad", "affected": [{"package": {"name": "lodash"}');
    await writeFile(path.join(dir, 'npm', 'ok.json'), await readFile(path.join(OSV_DIR, 'npm', 'GHSA-29mw-wpgm-hmr9.json')));
    const db = await loadOfflineDatabase(dir, ['npm'], ['lodash']);
    expect(db.records.map((r) => r.id)).toEqual(['GHSA-29mw-wpgm-hmr9']);
    expect(db.problems).toHaveLength(1);
    expect(db.problems[0]).toMatch(/bad\.json: not valid JSON/);
  });

  it('names the directory when it does not exist', async () => {
    await expect(loadOfflineDatabase(path.join(tmp, 'nope'), ['npm'], ['x'])).rejects.toThrow(
      /nope: the offline advisory database does not exist/,
    );
  });
});
