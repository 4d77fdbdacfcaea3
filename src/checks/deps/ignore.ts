// `ignore: [{ id, until, reason }]`: accepted advisories. An entry past its date no longer hides
// anything, and says so in the log, so an acceptance cannot silently outlive its review.
import type { Finding } from '../../model/finding.js';
import type { DepsOptions } from './options.js';

export interface IgnoreResult {
  kept: Finding[];
  ignored: Array<{ finding: Finding; reason: string }>;
  /** Entries past their date, in sentences. */
  expired: string[];
}

function idsOf(f: Finding): string[] {
  const aliases = Array.isArray(f.properties?.aliases) ? (f.properties.aliases as string[]) : [];
  const advisories = Array.isArray(f.properties?.advisories) ? (f.properties.advisories as string[]) : [];
  return [f.ruleId, ...aliases, ...advisories].map((s) => s.toUpperCase());
}

export function applyIgnores(findings: Finding[], entries: DepsOptions['ignore'], now = Date.now()): IgnoreResult {
  const expired: string[] = [];
  const live = entries.filter((e) => {
    if (e.until && Date.parse(e.until) < now) {
      expired.push(`the ignore entry for ${e.id} expired on ${e.until.slice(0, 10)} (${e.reason}): it counts again`);
      return false;
    }
    return true;
  });
  const kept: Finding[] = [];
  const ignored: IgnoreResult['ignored'] = [];
  for (const f of findings) {
    const ids = idsOf(f);
    const hit = live.find((e) => ids.includes(e.id.toUpperCase()));
    if (hit) ignored.push({ finding: f, reason: hit.reason });
    else kept.push(f);
  }
  return { kept, ignored, expired };
}
