import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OSV_DIR, record } from './support.js';
import { advisorySeverity, cvss2BaseScore, cvss3BaseScore, cvss4BaseScore, severityOfScore } from '../../src/checks/deps/severity.js';

describe('CVSS scores', () => {
  // Base scores as FIRST's calculators give them (https://www.first.org/cvss/calculator/3.1, /4-0).
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H', 5.9],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:C/C:L/I:L/A:N', 4.8],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:N', 5.5],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
    ['CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
  ])('computes the CVSS v3 base score of %s as %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score);
  });

  it.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
    ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N', 6.3],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5],
  ])('computes the CVSS v4.0 base score of %s as %d', (vector, score) => {
    expect(cvss4BaseScore(vector)).toBe(score);
  });

  it('computes CVSS v2 base scores', () => {
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(7.5);
  });

  it('rejects vectors that are not CVSS v3', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
    expect(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBeUndefined();
  });

  it('maps scores onto the CVSS qualitative bands', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(severityOfScore)).toEqual([
      'note',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it("prefers a v4 vector, then v3, then the database's own word", () => {
    const v3 = { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' };
    const v4 = { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N' };
    expect(advisorySeverity({ id: 'X', severity: [v3, v4] })).toMatchObject({ severity: 'medium', score: 6.3 });
    expect(advisorySeverity({ id: 'X', severity: [v3] })).toMatchObject({ severity: 'critical', score: 9.8 });
    expect(advisorySeverity({ id: 'X', database_specific: { severity: 'MODERATE' } })).toEqual({ severity: 'medium', source: 'MODERATE' });
    expect(advisorySeverity({ id: 'X' })).toEqual({});
  });

  it("agrees with FIRST's reference formula (as ae-cvss-calculator implements it) on every v3 vector of the real records", () => {
    const { Cvss3P1, Cvss3P0 } = createRequire(import.meta.url)('ae-cvss-calculator') as Record<
      string,
      new (v: string) => { calculateScores(): { base: number } }
    >;
    const vectors = readdirSync(OSV_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(path.join(OSV_DIR, d.name)).map((f) => record(`${d.name}/${f}`)))
      .flatMap((r) => (r.severity ?? []).filter((s) => s.type === 'CVSS_V3').map((s) => s.score));
    expect(vectors.length).toBeGreaterThan(5);
    for (const v of vectors) {
      const Lib = v.startsWith('CVSS:3.0') ? Cvss3P0! : Cvss3P1!;
      expect([v, cvss3BaseScore(v)]).toEqual([v, new Lib(v).calculateScores().base]);
    }
  });
});
