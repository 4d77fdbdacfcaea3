// Matched advisories → findings: one per locked package occurrence and vulnerability, where records
// that alias each other (a GHSA, its CVE, the PYSEC/GO/RUSTSEC record of the same flaw) are one
// vulnerability.
import type { Finding } from '../../model/finding.js';
import { compareSeverity, type Severity } from '../../model/severity.js';
import { fingerprintOf } from '../../findings/fingerprint.js';
import type { Match } from './advisories.js';
import { advisoryName, fixedVersions, smallestUpgrade } from './match.js';
import type { LockedPackage } from './package.js';
import type { OsvRecord } from './osv/record.js';
import { advisorySeverity } from './severity.js';
import { TOOL as DEPS_TOOL } from './tool.js';

export const TOOL = DEPS_TOOL.name;

export interface Vulnerability {
  /** The id the finding carries (its SARIF rule id). */
  primary: string;
  /** Every id and alias of the grouped records, primary first, then sorted. */
  ids: string[];
  records: OsvRecord[];
  entries: Match['entries'];
}

/**
 * The primary id of a group, deterministically: a GHSA id first (GitHub's reviewed database covers
 * every ecosystem runlens reads, so the same flaw gets the same id whatever the source), then a CVE,
 * then the ecosystem's own ids (GO-, PYSEC-, RUSTSEC-…); ties alphabetical.
 */
export function primaryId(ids: Iterable<string>): string {
  let best: string | undefined;
  let bestRank = 3;
  for (const id of ids) {
    const p = id.slice(0, 5).toUpperCase();
    const rank = p === 'GHSA-' ? 0 : p.startsWith('CVE-') ? 1 : 2;
    if (rank < bestRank || (rank === bestRank && id < best!)) {
      best = id;
      bestRank = rank;
    }
  }
  if (best === undefined) throw new Error('runlens bug: a vulnerability without an id');
  return best;
}

/** Groups matches whose ids or aliases overlap (transitively). */
export function groupByAlias(matches: Match[]): Vulnerability[] {
  const parent = matches.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  matches.forEach((m, i) => {
    for (const id of [m.record.id, ...(m.record.aliases ?? [])]) {
      const j = owner.get(id);
      if (j === undefined) owner.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Match[]>();
  matches.forEach((m, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()]
    .map((g) => {
      const all = new Set(g.flatMap((m) => [m.record.id, ...(m.record.aliases ?? [])]));
      const primary = primaryId(all);
      all.delete(primary);
      return {
        primary,
        ids: [primary, ...[...all].sort()],
        records: g.map((m) => m.record).sort((a, b) => (a.id < b.id ? -1 : 1)),
        entries: g.flatMap((m) => m.entries),
      };
    })
    .sort((a, b) => (a.primary < b.primary ? -1 : a.primary > b.primary ? 1 : 0));
}

function firstLine(text: string | undefined): string | undefined {
  const line = text
    ?.split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('#'));
  return line ? (line.length > 120 ? `${line.slice(0, 119)}…` : line) : undefined;
}

function help(v: Vulnerability): string {
  const parts: string[] = [];
  for (const r of v.records) {
    const body = (r.details ?? r.summary ?? '').trim();
    parts.push(`**${r.id}**${r.summary ? `: ${r.summary}` : ''}\n\n${body.length > 3000 ? `${body.slice(0, 2999)}…` : body}`);
    const refs = (r.references ?? []).filter((x) => /^https?:\/\//.test(x.url)).slice(0, 8);
    if (refs.length > 0) parts.push(refs.map((x) => `- ${x.type}: ${x.url}`).join('\n'));
  }
  return parts.join('\n\n');
}

/** The record whose id to link on osv.dev: the primary's own record when there is one. */
function linkedRecord(v: Vulnerability): OsvRecord {
  return v.records.find((r) => r.id === v.primary) ?? v.records.find((r) => (r.aliases ?? []).includes(v.primary)) ?? v.records[0]!;
}

export interface FindingOptions {
  stepId: string;
  unknownSeverity: Severity;
}

export interface PackageFindings {
  pkg: LockedPackage;
  vulnerabilities: Vulnerability[];
  /** The smallest version clearing every advisory of the package, when one does. */
  upgrade?: string;
  findings: Finding[];
}

export function findingsFor(pkg: LockedPackage, matches: Match[], opts: FindingOptions): PackageFindings {
  const vulnerabilities = groupByAlias(matches);
  const upgrade =
    vulnerabilities.length > 0
      ? smallestUpgrade(
          matches.map((m) => m.record),
          pkg,
        )
      : undefined;
  const findings = vulnerabilities.map((v): Finding => {
    const sev = v.records
      .map((r) => advisorySeverity(r, v.entries))
      .reduce((a, b) => (b.severity && (!a.severity || compareSeverity(b.severity, a.severity) > 0) ? b : a), {});
    const fixed = fixedVersions(v.entries, pkg.ecosystem, pkg.version);
    const linked = linkedRecord(v);
    const summary = linked.summary ?? v.records.map((r) => r.summary).find(Boolean) ?? firstLine(linked.details);
    const aliases = v.ids.slice(1);
    const fix =
      fixed.length > 0
        ? ` Fixed in ${fixed.join(', ')}${upgrade ? `; upgrading to ${upgrade} clears every known advisory of ${pkg.name}` : ''}.`
        : ' No fixed version is known.';
    return {
      tool: TOOL,
      ruleId: v.primary,
      title: summary ?? `${v.primary} in ${pkg.name}`,
      message: `${pkg.name}@${pkg.version} (${pkg.ecosystem}) is affected by ${v.primary}${aliases.length ? ` (${aliases.join(', ')})` : ''}${summary ? `: ${summary}` : ''}.${fix}`,
      severity: sev.severity ?? opts.unknownSeverity,
      category: 'dependency',
      location: { path: pkg.lockfile, startLine: pkg.line },
      fingerprint: fingerprintOf(TOOL, pkg.lockfile, pkg.ecosystem, advisoryName(pkg.ecosystem, pkg.name), v.primary),
      help: help(v),
      helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(linked.id)}`,
      stepId: opts.stepId,
      properties: {
        package: pkg.name,
        version: pkg.version,
        ecosystem: pkg.ecosystem,
        aliases,
        advisories: v.records.map((r) => r.id),
        ...(pkg.direct !== undefined && { direct: pkg.direct }),
        ...(pkg.scope !== undefined && { scope: pkg.scope }),
        fixed,
        ...(upgrade !== undefined && { upgrade }),
        ...(sev.score !== undefined && { cvssScore: sev.score }),
        ...(sev.source !== undefined && { severitySource: sev.source }),
      },
    };
  });
  return { pkg, vulnerabilities, ...(upgrade !== undefined && { upgrade }), findings };
}
