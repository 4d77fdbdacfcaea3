// One shape for a vulnerable dependency, whichever scanner found it: the properties the GitLab
// dependency-scanning report reads (`package`, `version`, `aliases`) and the severity table.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import type { Severity } from '../../../model/severity.js';
import { repoPath, severityFromScore, severityOf, type ParseInput } from '../preset.js';

/** Advisory databases' words (GHSA, npm, OSV database_specific). */
const ADVISORY_SEVERITY: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  info: 'note',
  none: 'note',
};

/**
 * A CVSS score wins, then the database's word. A known vulnerability of unknown severity is `high`:
 * the gate should not let it through unseen.
 */
export function severityOfAdvisory(score: number | undefined, word: unknown): Severity {
  if (score !== undefined && Number.isFinite(score)) return severityFromScore(score);
  return severityOf(ADVISORY_SEVERITY, word, 'high');
}

export interface Advisory {
  tool: string;
  id: string;
  aliases: string[];
  summary?: string;
  details?: string;
  package: string;
  version?: string;
  ecosystem?: string;
  severity: Severity;
  fixed: string[];
  /** The lockfile or manifest that names the package, as the tool named it. */
  file?: string;
  helpUri?: string;
  direct?: boolean;
  properties?: Record<string, unknown>;
}

export function dependencyFinding(a: Advisory, input: ParseInput): Finding {
  const file = a.file ? repoPath(a.file, input) : undefined;
  const at = a.version ? `${a.package}@${a.version}` : a.package;
  const fix = a.fixed.length > 0 ? ` Fixed in ${a.fixed.join(', ')}.` : ' No fixed version is known.';
  const identifiers = [...new Set([a.id, ...a.aliases])];
  return {
    tool: a.tool,
    ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
    ruleId: a.id,
    title: `${at}: ${a.summary ?? a.id}`,
    message: `${at} is vulnerable: ${a.summary ?? a.id} (${identifiers.join(', ')}).${fix}`,
    severity: a.severity,
    category: 'dependency',
    ...(file ? { location: { path: file } } : {}),
    fingerprint: fingerprintOf(a.tool, a.id, file, a.ecosystem, a.package, a.version),
    ...(a.details ? { help: a.details } : {}),
    ...(a.helpUri ? { helpUri: a.helpUri } : {}),
    stepId: input.stepId,
    properties: {
      package: { name: a.package },
      ...(a.version ? { version: a.version } : {}),
      ...(a.ecosystem ? { ecosystem: a.ecosystem } : {}),
      aliases: a.aliases.filter((x) => x !== a.id),
      identifiers,
      fixedVersions: a.fixed,
      ...(a.direct !== undefined ? { direct: a.direct } : {}),
      tags: ['security', 'dependency'],
      ...a.properties,
    },
  };
}
