// osv-scanner: known vulnerabilities in the dependencies its lockfiles/manifests name. JSON on stdout;
// exits 1 when it found vulnerabilities, 128 when there was nothing to scan, 127 on errors.
import path from 'node:path';
import type { Finding } from '../../../model/finding.js';
import { badReport, firstVersion, isObject, parseReport, str, type Preset } from '../preset.js';
import { dependencyFinding, severityOfAdvisory } from './advisory.js';
import { PRESET_REQUIRES } from './requires.js';

export const osvScanner: Preset = {
  name: 'osv-scanner',
  tool: { name: 'osv-scanner', informationUri: 'https://google.github.io/osv-scanner/' },
  category: 'dependency',
  requires: PRESET_REQUIRES['osv-scanner'],
  version: (out) => /osv-scanner version:\s*(\S+)/.exec(out)?.[1] ?? firstVersion(out),
  paths: { kind: 'keep' },
  batch: 'all',
  argv: ({ options }) => [
    'osv-scanner',
    'scan',
    'source',
    '--format',
    'json',
    '--recursive',
    ...(options['offline-db'] ? ['--offline-vulnerabilities', '--offline'] : []),
    ...(options.config ? ['--config', options.config] : []),
  ],
  // osv-scanner reads its offline databases from <dir>/osv-scalibr/<Ecosystem>/all.zip.
  env: ({ options, cwd }): Record<string, string> =>
    options['offline-db'] ? { OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: path.resolve(cwd, options['offline-db']) } : {},
  output: 'stdout',
  exitCodes: [0, 1],
  nothingToScan: { 128: 'osv-scanner found no lockfile or manifest to scan' },
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!isObject(report) || !Array.isArray(report.results)) throw badReport(input.source, 'no "results" array');
    const findings: Finding[] = [];
    for (const result of report.results) {
      if (!isObject(result) || !Array.isArray(result.packages)) continue;
      const source = isObject(result.source) ? str(result.source.path) : undefined;
      for (const entry of result.packages) {
        if (!isObject(entry) || !isObject(entry.package)) continue;
        const pkg = entry.package;
        const vulns = Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities.filter(isObject) : [];
        const groups: Array<Record<string, unknown>> =
          Array.isArray(entry.groups) && entry.groups.length > 0
            ? entry.groups.filter(isObject)
            : vulns.map((v) => ({ ids: [v.id], aliases: v.aliases }));
        for (const group of groups) {
          const ids = Array.isArray(group.ids) ? group.ids.filter((x): x is string => typeof x === 'string') : [];
          const vuln = vulns.find((v) => ids.includes(v.id as string)) ?? {};
          const id = ids[0] ?? str(vuln.id) ?? 'unknown';
          const score = Number(group.max_severity);
          const dbSeverity = isObject(vuln.database_specific) ? vuln.database_specific.severity : undefined;
          findings.push(
            dependencyFinding(
              {
                tool: 'osv-scanner',
                id,
                aliases: Array.isArray(group.aliases) ? group.aliases.filter((x): x is string => typeof x === 'string') : ids,
                summary: str(vuln.summary),
                details: str(vuln.details),
                package: str(pkg.name) ?? 'unknown',
                version: str(pkg.version),
                ecosystem: str(pkg.ecosystem),
                severity: severityOfAdvisory(Number.isFinite(score) && group.max_severity !== '' ? score : undefined, dbSeverity),
                fixed: fixedVersions(vuln, str(pkg.name)),
                file: source,
                helpUri: `https://osv.dev/vulnerability/${id}`,
                properties: Number.isFinite(score) && group.max_severity !== '' ? { cvssScore: score } : {},
              },
              input,
            ),
          );
        }
      }
    }
    return { findings };
  },
};

/** The versions an OSV record says fix it, for this package. */
function fixedVersions(vuln: Record<string, unknown>, name: string | undefined): string[] {
  const fixed = new Set<string>();
  for (const affected of Array.isArray(vuln.affected) ? vuln.affected : []) {
    if (!isObject(affected) || (isObject(affected.package) && name && affected.package.name !== name)) continue;
    for (const range of Array.isArray(affected.ranges) ? affected.ranges : []) {
      for (const event of isObject(range) && Array.isArray(range.events) ? range.events : []) {
        if (isObject(event) && typeof event.fixed === 'string') fixed.add(event.fixed);
      }
    }
  }
  return [...fixed];
}
