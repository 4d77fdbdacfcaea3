// The one severity scale (docs/architecture.md, "Findings and severities") and every mapping out of it. Data, not code.
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The gate thresholds: a severity, or `none` to never fail on findings. */
export const FAIL_ON = ['none', 'note', 'low', 'medium', 'high', 'critical'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };

/** Positive when a is more severe than b. Sorting with `(a, b) => compareSeverity(b, a)` puts the worst first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

export function atLeast(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

interface SeverityMapping {
  sarifLevel: 'error' | 'warning' | 'note';
  /** GitHub code scanning reads `security-severity` (0.1–10) to bucket alerts. */
  securitySeverity: string;
  gitlab: 'Critical' | 'High' | 'Medium' | 'Low' | 'Info';
  codeClimate: 'blocker' | 'critical' | 'major' | 'minor' | 'info';
  annotation: 'error' | 'warning' | 'notice';
}

export const SEVERITY_MAP: Record<Severity, SeverityMapping> = {
  critical: { sarifLevel: 'error', securitySeverity: '9.5', gitlab: 'Critical', codeClimate: 'blocker', annotation: 'error' },
  high: { sarifLevel: 'error', securitySeverity: '8.0', gitlab: 'High', codeClimate: 'critical', annotation: 'error' },
  medium: { sarifLevel: 'warning', securitySeverity: '5.5', gitlab: 'Medium', codeClimate: 'major', annotation: 'warning' },
  low: { sarifLevel: 'note', securitySeverity: '2.0', gitlab: 'Low', codeClimate: 'minor', annotation: 'notice' },
  note: { sarifLevel: 'note', securitySeverity: '0.1', gitlab: 'Info', codeClimate: 'info', annotation: 'notice' },
};

/** From a SARIF result: `security-severity` wins (GitHub's buckets), then the level. */
export function severityFromSarif(level: string | undefined, securitySeverity: unknown): Severity {
  const score = typeof securitySeverity === 'string' || typeof securitySeverity === 'number' ? Number(securitySeverity) : NaN;
  if (Number.isFinite(score)) {
    if (score >= 9) return 'critical';
    if (score >= 7) return 'high';
    if (score >= 4) return 'medium';
    if (score > 0.1) return 'low';
    return 'note';
  }
  switch (level) {
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    case 'note':
      return 'low';
    default:
      // SARIF's default level is "warning".
      return level === 'none' ? 'note' : 'medium';
  }
}
