// The step's section of the job summary: what was scanned against what, and a table of the
// vulnerable packages with the version to upgrade to.
import { escapeMarkdown, markdownLink, tableHeader, tableRow } from '../../base/markdown.js';
import { compareSeverity, type Severity } from '../../model/severity.js';
import type { PackageFindings } from './findings.js';

const MAX_ROWS = 100;

export interface SummaryInput {
  lockfiles: string[];
  packageCounts: Record<string, number>;
  source?: string;
  vulnerable: PackageFindings[];
  failures: string[];
  notes: string[];
  ignored: Array<{ id: string; pkg: string; reason: string }>;
  knownFromBase: number;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function worst(p: PackageFindings): Severity {
  return p.findings.map((f) => f.severity).reduce((a, b) => (compareSeverity(b, a) > 0 ? b : a), 'note' as Severity);
}

export function depsSummary(s: SummaryInput): string {
  const lines: string[] = [];
  if (s.lockfiles.length === 0 && s.failures.length === 0) {
    lines.push(
      'No lockfile found: no dependencies were checked. (runlens reads package-lock.json, yarn.lock, pnpm-lock.yaml, bun.lock, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, go.mod, Cargo.lock, Gemfile.lock, composer.lock and gradle.lockfile.)',
    );
    return lines.join('\n\n');
  }
  const counts = Object.entries(s.packageCounts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([eco, n]) => `${eco} ${n.toLocaleString('en-US')}`)
    .join(', ');
  const total = Object.values(s.packageCounts).reduce((a, b) => a + b, 0);
  lines.push(
    `Checked ${plural(total, 'package')}${counts ? ` (${counts})` : ''} from ${plural(s.lockfiles.length, 'lockfile')} (${s.lockfiles.map((l) => `\`${l.replace(/`/g, "'")}\``).join(', ')})${s.source ? ` against ${escapeMarkdown(s.source)}` : ''}.`,
  );
  for (const f of s.failures) lines.push(`❌ ${escapeMarkdown(f)}`);
  const findings = s.vulnerable.reduce((n, p) => n + p.findings.length, 0);
  const extra: string[] = [];
  if (s.ignored.length) extra.push(`${s.ignored.length} ignored`);
  if (s.knownFromBase) extra.push(`${s.knownFromBase} already in the base commit, not reported`);
  const tail = extra.length ? ` (${extra.join('; ')})` : '';
  if (findings === 0) {
    lines.push(`No known vulnerabilities${tail}.`);
  } else {
    lines.push(`**${plural(s.vulnerable.length, 'vulnerable package')}, ${plural(findings, 'advisory', 'advisories')}**${tail}.`);
    const rows = [...s.vulnerable].sort(
      (a, b) => compareSeverity(worst(b), worst(a)) || (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0),
    );
    const table = [
      tableHeader([
        { title: 'Package' },
        { title: 'Version' },
        { title: 'Ecosystem' },
        { title: 'Severity' },
        { title: 'Advisories' },
        { title: 'Upgrade to' },
        { title: 'Lockfile' },
      ]),
    ];
    for (const p of rows.slice(0, MAX_ROWS)) {
      const advisories = p.findings
        .slice()
        .sort((a, b) => compareSeverity(b.severity, a.severity))
        .map((f) => `${f.helpUri ? markdownLink(f.ruleId, f.helpUri) : escapeMarkdown(f.ruleId)} (${f.severity})`)
        .join(', ');
      const kind = [p.pkg.direct === false ? 'transitive' : p.pkg.direct ? 'direct' : '', p.pkg.scope === 'development' ? 'dev' : '']
        .filter(Boolean)
        .join(', ');
      table.push(
        tableRow([
          `${escapeMarkdown(p.pkg.name)}${kind ? ` (${kind})` : ''}`,
          escapeMarkdown(p.pkg.version),
          p.pkg.ecosystem,
          worst(p),
          advisories,
          p.upgrade ? `**${escapeMarkdown(p.upgrade)}**` : 'no fix known',
          `${escapeMarkdown(p.pkg.lockfile)}:${p.pkg.line}`,
        ]),
      );
    }
    lines.push(table.join('\n'));
    if (rows.length > MAX_ROWS) lines.push(`… and ${plural(rows.length - MAX_ROWS, 'more package')} (all are in the findings).`);
  }
  if (s.ignored.length) {
    lines.push(
      `Ignored: ${s.ignored.map((i) => `${escapeMarkdown(i.id)} in ${escapeMarkdown(i.pkg)} (${escapeMarkdown(i.reason)})`).join('; ')}.`,
    );
  }
  for (const n of s.notes) lines.push(`Note: ${escapeMarkdown(n)}`);
  return lines.join('\n\n');
}
