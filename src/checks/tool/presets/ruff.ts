// ruff: Python linter. JSON report on stdout; exits 1 when it found violations, 2 when it failed.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import type { Severity } from '../../../model/severity.js';
import { badReport, firstVersion, isObject, parseReport, positive, repoPath, str, type Preset } from '../preset.js';
import { PRESET_REQUIRES } from './requires.js';

/**
 * ruff gives every violation the same level, so severity comes from the rule: code that cannot be
 * parsed or read is high; pyflakes (likely bugs), flake8-bandit, bugbear and pylint errors are medium;
 * the rest (style, conventions) is low. Keys are a rule's linter letters, optionally with the start of
 * its number (`E9` = E901, E902…); the most specific entry wins.
 */
const SEVERITY_BY_RULE: Record<string, Severity> = {
  'invalid-syntax': 'high',
  E9: 'high',
  F: 'medium',
  S: 'medium',
  B: 'medium',
  PLE: 'medium',
};

function severityOfCode(code: string): Severity {
  const m = /^([A-Z]+)(\d*)$/.exec(code);
  if (!m) return SEVERITY_BY_RULE[code] ?? 'low';
  const [, letters, digits] = m as unknown as [string, string, string];
  for (let n = digits.length; n >= 0; n--) {
    const hit = SEVERITY_BY_RULE[letters + digits.slice(0, n)];
    if (hit) return hit;
  }
  return 'low';
}

export const ruff: Preset = {
  name: 'ruff',
  tool: { name: 'ruff', informationUri: 'https://docs.astral.sh/ruff/' },
  category: 'quality',
  requires: PRESET_REQUIRES.ruff,
  version: firstVersion,
  paths: { kind: 'keep' },
  batch: 'all',
  argv: ({ options }) => ['ruff', 'check', '--output-format=json', '--no-cache', ...(options.config ? ['--config', options.config] : [])],
  output: 'stdout',
  exitCodes: [0, 1],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!Array.isArray(report)) throw badReport(input.source, 'expected a JSON array of violations');
    const findings: Finding[] = [];
    for (const v of report) {
      if (!isObject(v) || typeof v.filename !== 'string') continue;
      const code = str(v.code) ?? 'invalid-syntax';
      const message = str(v.message) ?? code;
      const path = repoPath(v.filename, input);
      const start = isObject(v.location) ? v.location : {};
      const end = isObject(v.end_location) ? v.end_location : {};
      const security = code.startsWith('S');
      findings.push({
        tool: 'ruff',
        ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
        ruleId: code,
        title: str(v.name) ? `${code}: ${String(v.name)}` : code,
        message,
        severity: severityOfCode(code),
        category: security ? 'sast' : 'quality',
        location: {
          path,
          ...(positive(start.row) ? { startLine: start.row as number } : {}),
          ...(positive(start.column) ? { startColumn: start.column as number } : {}),
          ...(positive(end.row) ? { endLine: end.row as number } : {}),
          ...(positive(end.column) ? { endColumn: end.column as number } : {}),
        },
        fingerprint: fingerprintOf('ruff', code, path, message),
        ...(str(v.url) ? { helpUri: String(v.url) } : {}),
        stepId: input.stepId,
        properties: {
          ...(security ? { tags: ['security'] } : {}),
          ...(isObject(v.fix) && str(v.fix.message) ? { fix: v.fix.message } : {}),
        },
      });
    }
    return { findings };
  },
};
