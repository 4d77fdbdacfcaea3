// An OSV record is untrusted input (an offline database, the cache, an API answer): asRecord checks the type of
// every field the deps check reads, so a record of the wrong shape is one problem the step reports — found by
// tests/fuzz/osv.test.ts, where `aliases: [7]` ended in "TypeError: id.slice(...).toUpperCase is not a function".
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineSource } from '../../src/checks/deps/advisories.js';
import { findingsFor } from '../../src/checks/deps/findings.js';
import { asRecord } from '../../src/checks/deps/osv/record.js';

const good = {
  id: 'GHSA-aaaa-bbbb-cccc',
  aliases: ['CVE-2020-1'],
  summary: 'bad',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'left-pad' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }],
      versions: ['1.0.0'],
      database_specific: { severity: 'HIGH' },
    },
  ],
  references: [{ type: 'WEB', url: 'https://example.com' }],
};

describe('asRecord', () => {
  it('accepts a well-formed record', () => {
    expect(asRecord(good)).toBe(good);
  });

  it.each([
    [{ aliases: [7] }, '`aliases`[0] is not a string'],
    [{ aliases: 'CVE-1' }, '`aliases` is not a list'],
    [{ summary: 3 }, '`summary` is not a string'],
    [{ withdrawn: {} }, '`withdrawn` is not a string'],
    [{ severity: [{ type: 'CVSS_V3', score: 9.8 }] }, '`severity`[0] is not a {type, score} object of strings'],
    [{ references: [null] }, '`references`[0] is not a {type, url} object'],
    [{ database_specific: [] }, '`database_specific` is not an object'],
    [{ affected: [{ package: {} }] }, '`affected`[0].package is not an object with a string `ecosystem` and `name`'],
    [{ affected: [{ package: { ecosystem: 'npm', name: 'x' }, versions: [1] }] }, '`affected`[0].versions[0] is not a string'],
    [
      { affected: [{ ranges: [{ type: 'SEMVER', events: [{ fixed: 2 }] }] }] },
      '`affected`[0].ranges[0].events[0] is not an object of version strings',
    ],
    [{ affected: [{ ranges: [{ events: [] }] }] }, '`affected`[0].ranges[0] is not an object with a string `type`'],
    [{ affected: [{ ecosystem_specific: 'high' }] }, '`affected`[0].ecosystem_specific is not an object'],
  ])('refuses %j, saying why', (change, why) => {
    expect(asRecord({ ...good, ...change })).toBe(why);
  });
});

describe('an offline database with a record of the wrong shape', () => {
  it('reports that record as a problem and still matches the others', async () => {
    const db = await mkdtemp(path.join(os.tmpdir(), 'runlens-osv-shape-'));
    await mkdir(path.join(db, 'npm'));
    await writeFile(path.join(db, 'npm', 'good.json'), JSON.stringify(good));
    await writeFile(path.join(db, 'npm', 'bad.json'), JSON.stringify({ ...good, id: 'GHSA-bad', aliases: [7] }));
    const pkg = { name: 'left-pad', version: '1.0.0', ecosystem: 'npm' as const, lockfile: 'package-lock.json', line: 1 };
    const source = await offlineSource(db, [pkg]);
    expect(source.problems).toEqual([`${path.join(db, 'npm', 'bad.json')}: not an OSV record (\`aliases\`[0] is not a string)`]);
    const found = findingsFor(pkg, source.matches(pkg), { stepId: 'deps', unknownSeverity: 'medium' });
    expect(found.findings.map((f) => f.ruleId)).toEqual(['GHSA-aaaa-bbbb-cccc']);
  });
});
