// An advisory's severity: its CVSS vector computed to a base score (v4.0 preferred, then v3.x, then
// v2), else the database's own word (GHSA `database_specific.severity`), else unknown.
import cvssCalculator from 'ae-cvss-calculator';
import type { Severity } from '../../model/severity.js';
import type { OsvAffected, OsvRecord, OsvSeverity } from './osv/record.js';

export interface AdvisorySeverity {
  severity?: Severity;
  /** CVSS base score, 0–10. */
  score?: number;
  /** The vector or the database's word it came from. */
  source?: string;
}

// ---- CVSS v3.0 / v3.1 base score (FIRST specification, section 7.1 and Appendix A) ----
const V3 = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** v3.1's Roundup: the smallest number of one decimal ≥ x, immune to floating-point noise. */
function roundUp31(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

function roundUp30(x: number): number {
  return Math.ceil(x * 10) / 10;
}

function metrics(vector: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of vector.split('/')) {
    const [k, v] = part.split(':');
    if (k && v !== undefined) m.set(k, v);
  }
  return m;
}

/** The CVSS v3.x base score of a vector, or undefined when it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  const version = /^CVSS:3\.([01])\//.exec(vector)?.[1];
  if (version === undefined) return undefined;
  const m = metrics(vector);
  const av = V3.AV[m.get('AV') as keyof typeof V3.AV];
  const ac = V3.AC[m.get('AC') as keyof typeof V3.AC];
  const ui = V3.UI[m.get('UI') as keyof typeof V3.UI];
  const scope = m.get('S');
  const c = V3.CIA[m.get('C') as keyof typeof V3.CIA];
  const i = V3.CIA[m.get('I') as keyof typeof V3.CIA];
  const a = V3.CIA[m.get('A') as keyof typeof V3.CIA];
  const prKey = m.get('PR');
  if ([av, ac, ui, c, i, a].some((x) => x === undefined) || (scope !== 'U' && scope !== 'C')) return undefined;
  const changed = scope === 'C';
  const pr = prKey === 'N' ? 0.85 : prKey === 'L' ? (changed ? 0.68 : 0.62) : prKey === 'H' ? (changed ? 0.5 : 0.27) : undefined;
  if (pr === undefined) return undefined;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av! * ac! * pr * ui!;
  if (impact <= 0) return 0;
  const roundUp = version === '1' ? roundUp31 : roundUp30;
  return changed ? roundUp(Math.min(1.08 * (impact + exploitability), 10)) : roundUp(Math.min(impact + exploitability, 10));
}

// CVSS v4.0's score comes from a lookup of macro-vectors and interpolation: too much to hand-copy
// safely, so it comes from ae-cvss-calculator (metaeffekt, Apache-2.0), which implements FIRST's
// reference calculator. It is CommonJS, imported statically so the bundle carries it (the deps chunk
// is loaded only when a deps step runs).
interface Scorer {
  calculateScores(): { base?: number; overall?: number };
}
type ScorerClass = new (vector: string) => Scorer;
let calculator: { Cvss4P0: ScorerClass; Cvss2: ScorerClass } | undefined;

function lib(): { Cvss4P0: ScorerClass; Cvss2: ScorerClass } {
  calculator ??= cvssCalculator as unknown as { Cvss4P0: ScorerClass; Cvss2: ScorerClass };
  return calculator;
}

export function cvss4BaseScore(vector: string): number | undefined {
  if (!/^CVSS:4\.0\//.test(vector)) return undefined;
  try {
    const s = new (lib().Cvss4P0)(vector).calculateScores();
    const score = s.base ?? s.overall;
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined;
  }
}

export function cvss2BaseScore(vector: string): number | undefined {
  if (!/^(\(?AV:[LAN])/.test(vector)) return undefined;
  try {
    const s = new (lib().Cvss2)(vector.replace(/^\(|\)$/g, '')).calculateScores();
    const score = s.base ?? s.overall;
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined;
  }
}

/** CVSS qualitative rating (v3.1 table 14; the same bands in v4.0): None maps to note. */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score >= 0.1) return 'low';
  return 'note';
}

const DATABASE_WORDS: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
  NONE: 'note',
};

const PREFERENCE = ['CVSS_V4', 'CVSS_V3', 'CVSS_V2'];

function scoreOf(s: OsvSeverity): number | undefined {
  if (s.type === 'CVSS_V4') return cvss4BaseScore(s.score);
  if (s.type === 'CVSS_V3') return cvss3BaseScore(s.score);
  if (s.type === 'CVSS_V2') return cvss2BaseScore(s.score);
  return undefined;
}

/** The severity of `record` for the entries that matched (their own `severity` counts too). */
export function advisorySeverity(record: OsvRecord, entries: OsvAffected[] = []): AdvisorySeverity {
  const vectors = [...(record.severity ?? []), ...entries.flatMap((e) => e.severity ?? [])];
  for (const type of PREFERENCE) {
    const scores = vectors
      .filter((v) => v.type === type)
      .map((v) => ({ v, score: scoreOf(v) }))
      .filter((x): x is { v: OsvSeverity; score: number } => x.score !== undefined);
    if (scores.length > 0) {
      const worst = scores.reduce((a, b) => (b.score > a.score ? b : a));
      return { severity: severityOfScore(worst.score), score: worst.score, source: worst.v.score };
    }
  }
  const words = [
    record.database_specific?.severity,
    ...entries.map((e) => e.ecosystem_specific?.severity ?? e.database_specific?.severity),
  ];
  for (const w of words) {
    if (typeof w === 'string' && DATABASE_WORDS[w.toUpperCase()]) return { severity: DATABASE_WORDS[w.toUpperCase()], source: w };
  }
  return {};
}
