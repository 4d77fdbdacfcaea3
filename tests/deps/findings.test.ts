import { describe, expect, it } from 'vitest';
import { findingsFor, groupByAlias, primaryId } from '../../src/checks/deps/findings.js';
import { affectingEntries } from '../../src/checks/deps/match.js';
import { applyIgnores } from '../../src/checks/deps/ignore.js';
import type { OsvRecord } from '../../src/checks/deps/osv/record.js';
import { depsSummary } from '../../src/checks/deps/summary.js';
import { pkg, record } from './support.js';

const matchOf = (r: OsvRecord, p = pkg('PyPI', 'jinja2', '2.10')) => ({ record: r, entries: affectingEntries(r, p) });

// PYSEC-2019-217 is the PyPA record of CVE-2019-10906; GitHub's record of the same flaw, as osv.dev serves it.
const GHSA_JINJA: OsvRecord = {
  id: 'GHSA-462w-v97r-4m45',
  aliases: ['CVE-2019-10906'],
  summary: 'Jinja2 sandbox escape via string formatting',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N' }],
  affected: [
    { package: { ecosystem: 'PyPI', name: 'Jinja2' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.10.1' }] }] },
  ],
};

describe('grouping advisories', () => {
  it('makes one vulnerability of records that alias each other, under a GHSA id', () => {
    const pysec = record('PyPI/PYSEC-2019-217.yaml');
    const groups = groupByAlias([matchOf(pysec), matchOf(GHSA_JINJA)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.primary).toBe('GHSA-462w-v97r-4m45');
    expect(groups[0]!.ids).toEqual(['GHSA-462w-v97r-4m45', 'CVE-2019-10906', 'PYSEC-2019-217']);
  });

  it('chooses the primary id GHSA, then CVE, then the ecosystem database, alphabetically within each', () => {
    expect(primaryId(['PYSEC-2019-217', 'CVE-2019-10906', 'GHSA-462w-v97r-4m45'])).toBe('GHSA-462w-v97r-4m45');
    expect(primaryId(['PYSEC-2019-217', 'CVE-2019-10906'])).toBe('CVE-2019-10906');
    expect(primaryId(['RUSTSEC-2021-0001', 'GO-2021-0001'])).toBe('GO-2021-0001');
  });

  it('keeps unrelated advisories apart', () => {
    const p = pkg('npm', 'lodash', '4.17.15');
    expect(
      groupByAlias([matchOf(record('npm/GHSA-29mw-wpgm-hmr9.json'), p), matchOf(record('npm/GHSA-35jh-r3h4-6jhm.json'), p)]),
    ).toHaveLength(2);
  });
});

describe('findings', () => {
  const p = pkg('PyPI', 'Jinja2', '2.10', { lockfile: 'requirements.txt', line: 7, direct: true, scope: 'runtime' });
  const made = findingsFor(p, [matchOf(record('PyPI/PYSEC-2019-217.yaml'), p), matchOf(GHSA_JINJA, p)], {
    stepId: 'deps',
    unknownSeverity: 'medium',
  });

  it('carries package, version, ids, fixes and the CVSS severity', () => {
    expect(made.findings).toHaveLength(1);
    expect(made.findings[0]).toMatchObject({
      tool: 'runlens-deps',
      ruleId: 'GHSA-462w-v97r-4m45',
      title: 'Jinja2 sandbox escape via string formatting',
      severity: 'high',
      category: 'dependency',
      location: { path: 'requirements.txt', startLine: 7 },
      properties: {
        package: 'Jinja2',
        version: '2.10',
        ecosystem: 'PyPI',
        aliases: ['CVE-2019-10906', 'PYSEC-2019-217'],
        advisories: ['GHSA-462w-v97r-4m45', 'PYSEC-2019-217'],
        direct: true,
        scope: 'runtime',
        fixed: ['2.10.1'],
        upgrade: '2.10.1',
        cvssScore: 8.6,
      },
    });
  });

  it('keeps its fingerprint when the lockfile line moves', () => {
    const moved = findingsFor({ ...p, line: 99 }, [matchOf(GHSA_JINJA, p)], { stepId: 'deps', unknownSeverity: 'medium' });
    expect(moved.findings[0]!.fingerprint).toBe(made.findings[0]!.fingerprint);
  });

  it('uses the unknown-severity option when a record has no severity at all', () => {
    const go = pkg('Go', 'golang.org/x/crypto', 'v0.0.0-20200101000000-aaaaaaaaaaaa');
    const f = findingsFor(go, [matchOf(record('Go/GO-2020-0012.json'), go)], { stepId: 'deps', unknownSeverity: 'low' });
    expect(f.findings[0]!.severity).toBe('low');
  });

  it('ignores by any id of the vulnerability until the date, then counts it again', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const live = applyIgnores(made.findings, [{ id: 'cve-2019-10906', until: '2026-12-31T23:59:59.999Z', reason: 'sandbox unused' }], now);
    expect(live.kept).toEqual([]);
    expect(live.ignored[0]!.reason).toBe('sandbox unused');
    const expired = applyIgnores(
      made.findings,
      [{ id: 'PYSEC-2019-217', until: '2026-01-31T23:59:59.999Z', reason: 'sandbox unused' }],
      now,
    );
    expect(expired.kept).toHaveLength(1);
    expect(expired.expired).toEqual(['the ignore entry for PYSEC-2019-217 expired on 2026-01-31 (sandbox unused): it counts again']);
  });

  it('summarises vulnerable packages in a table with their upgrade', () => {
    const md = depsSummary({
      lockfiles: ['requirements.txt'],
      packageCounts: { PyPI: 1 },
      source: 'the offline database x',
      vulnerable: [made],
      failures: [],
      notes: [],
      ignored: [],
      knownFromBase: 0,
    });
    expect(md).toContain('| Package | Version | Ecosystem | Severity | Advisories | Upgrade to | Lockfile |');
    expect(md).toContain(
      '| Jinja2 (direct) | 2.10 | PyPI | high | [GHSA-462w-v97r-4m45](https://osv.dev/vulnerability/GHSA-462w-v97r-4m45) (high) | **2.10.1** | requirements.txt:7 |',
    );
  });
});
