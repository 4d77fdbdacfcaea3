// npm audit: advisories for the packages in package-lock.json, from the registry's audit API. JSON on
// stdout (report version 2); exits 1 when it found vulnerabilities — and also when it failed, which the
// report then says in an `error` object.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../model/finding.js';
import { badReport, firstVersion, isObject, parseReport, str, ToolReportedError, type Preset } from '../preset.js';
import { dependencyFinding, severityOfAdvisory } from './advisory.js';
import { PRESET_REQUIRES } from './requires.js';

export const npmAudit: Preset = {
  name: 'npm-audit',
  tool: { name: 'npm audit', informationUri: 'https://docs.npmjs.com/cli/commands/npm-audit' },
  category: 'dependency',
  requires: PRESET_REQUIRES['npm-audit'],
  version: firstVersion,
  // npm audit audits the project it runs in: each path is a project directory.
  paths: { kind: 'cwd' },
  batch: 'each',
  argv: ({ options }) => ['npm', 'audit', '--json', '--no-fund', ...(options['omit-dev'] ? ['--omit=dev'] : [])],
  output: 'stdout',
  exitCodes: [0, 1],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!isObject(report)) throw badReport(input.source, 'expected a JSON object');
    if (isObject(report.error)) {
      const why = str(report.message) ?? str(report.error.summary) ?? str(report.error.code) ?? 'unknown error';
      const detail = str(report.error.detail);
      throw new ToolReportedError(`npm audit failed: ${why}${detail ? ` — ${detail}` : ''}`);
    }
    if (!isObject(report.vulnerabilities))
      throw badReport(input.source, 'no "vulnerabilities" object (npm 7 or later writes report version 2)');
    const lockName = ['npm-shrinkwrap.json', 'package-lock.json'].find((f) => existsSync(path.join(input.cwd, f))) ?? 'package-lock.json';
    const lock = readLock(path.join(input.cwd, lockName));
    const findings: Finding[] = [];
    for (const [name, entry] of Object.entries(report.vulnerabilities)) {
      if (!isObject(entry) || !Array.isArray(entry.via)) continue;
      const nodes = Array.isArray(entry.nodes) ? entry.nodes.filter((n): n is string => typeof n === 'string') : [];
      const versions = [...new Set(nodes.map((n) => lock[n]).filter((v): v is string => v !== undefined))];
      // A `via` that is a string means "vulnerable through that package", which has its own entry.
      for (const via of entry.via) {
        if (!isObject(via)) continue;
        const url = str(via.url);
        const ghsa = url ? /GHSA-[\w-]+/.exec(url)?.[0] : undefined;
        const id = ghsa ?? (via.source !== undefined ? `npm-${String(via.source)}` : `npm-${name}`);
        const score = isObject(via.cvss) && typeof via.cvss.score === 'number' && via.cvss.score > 0 ? via.cvss.score : undefined;
        const cwes = Array.isArray(via.cwe) ? via.cwe.filter((c): c is string => typeof c === 'string') : [];
        for (const version of versions.length > 0 ? versions : [undefined]) {
          findings.push(
            dependencyFinding(
              {
                tool: 'npm audit',
                id,
                aliases: via.source !== undefined && ghsa ? [`npm-${String(via.source)}`] : [],
                summary: str(via.title),
                package: str(via.name) ?? name,
                ...(version ? { version } : {}),
                ecosystem: 'npm',
                // npm's own severity word first: it is what `npm audit` shows and gates on.
                severity: severityOfAdvisory(str(via.severity) ? undefined : score, via.severity),
                fixed: [],
                file: path.join(input.cwd, lockName),
                ...(url ? { helpUri: url } : {}),
                direct: entry.isDirect === true,
                properties: {
                  ...(str(via.range) ? { vulnerableRange: via.range } : {}),
                  ...(score ? { cvssScore: score } : {}),
                  ...(cwes.length > 0 ? { cwe: cwes } : {}),
                  fixAvailable: entry.fixAvailable ?? false,
                },
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

/** node_modules path → installed version, from package-lock.json v2/v3 (`packages`). */
function readLock(file: string): Record<string, string> {
  try {
    const lock = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const out: Record<string, string> = {};
    if (isObject(lock) && isObject(lock.packages)) {
      for (const [p, meta] of Object.entries(lock.packages)) if (isObject(meta) && typeof meta.version === 'string') out[p] = meta.version;
    }
    return out;
  } catch {
    return {};
  }
}
