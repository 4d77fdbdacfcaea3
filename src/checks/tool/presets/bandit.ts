// bandit: Python security linter. JSON report on stdout; exits 1 when it found issues.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import type { Severity } from '../../../model/severity.js';
import { badReport, firstVersion, isObject, parseReport, positive, repoPath, severityOf, str, type Preset } from '../preset.js';
import { PRESET_REQUIRES } from './requires.js';

/** bandit's issue_severity (confidence goes into properties). */
const SEVERITY: Record<string, Severity> = { high: 'high', medium: 'medium', low: 'low', undefined: 'note' };

export const bandit: Preset = {
  name: 'bandit',
  tool: { name: 'bandit', informationUri: 'https://bandit.readthedocs.io/' },
  category: 'sast',
  requires: PRESET_REQUIRES.bandit,
  version: firstVersion,
  paths: { kind: 'keep' },
  batch: 'all',
  argv: ({ options }) => [
    'bandit',
    '--format',
    'json',
    '--quiet',
    '--recursive',
    ...(options.config ? ['--configfile', options.config] : []),
  ],
  output: 'stdout',
  exitCodes: [0, 1],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!isObject(report) || !Array.isArray(report.results)) throw badReport(input.source, 'no "results" array');
    const findings: Finding[] = [];
    for (const r of report.results) {
      if (!isObject(r) || typeof r.filename !== 'string') continue;
      const ruleId = str(r.test_id) ?? 'bandit';
      const message = str(r.issue_text) ?? ruleId;
      const path = repoPath(r.filename, input);
      const line = positive(r.line_number);
      const column = typeof r.col_offset === 'number' ? r.col_offset + 1 : undefined;
      const cwe = isObject(r.issue_cwe) && typeof r.issue_cwe.id === 'number' ? r.issue_cwe.id : undefined;
      findings.push({
        tool: 'bandit',
        ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
        ruleId,
        title: str(r.test_name) ? `${ruleId}: ${String(r.test_name)}` : ruleId,
        message,
        severity: severityOf(SEVERITY, r.issue_severity, 'medium'),
        category: 'sast',
        location: {
          path,
          ...(line ? { startLine: line } : {}),
          ...(column && column > 0 ? { startColumn: column } : {}),
          ...(Array.isArray(r.line_range) && positive(r.line_range.at(-1)) ? { endLine: r.line_range.at(-1) as number } : {}),
        },
        fingerprint: fingerprintOf('bandit', ruleId, path, message),
        ...(str(r.more_info) ? { helpUri: String(r.more_info) } : {}),
        stepId: input.stepId,
        properties: {
          toolSeverity: r.issue_severity,
          confidence: r.issue_confidence,
          ...(cwe ? { cwe: `CWE-${cwe}`, tags: ['security', `external/cwe/cwe-${cwe}`] } : { tags: ['security'] }),
        },
      });
    }
    const errors = Array.isArray(report.errors) ? report.errors.filter(isObject) : [];
    const notes = errors.map((e) => `bandit could not scan ${String(e.filename)}: ${String(e.reason)}`);
    return { findings, notes };
  },
};
