// ESLint: its built-in JSON formatter on stdout (no formatter package needed in the project);
// exits 1 when there are lint errors, 2 on a configuration error or crash.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import type { Severity } from '../../../model/severity.js';
import { badReport, firstVersion, isObject, parseReport, positive, repoPath, severityOf, str, type Preset } from '../preset.js';
import { PRESET_REQUIRES } from './requires.js';

/** ESLint's message severity (2 error, 1 warning); a parse error (`fatal`) is high. */
const SEVERITY: Record<string, Severity> = { fatal: 'high', '2': 'medium', '1': 'low' };

export const eslint: Preset = {
  name: 'eslint',
  tool: { name: 'eslint', informationUri: 'https://eslint.org/' },
  category: 'quality',
  requires: PRESET_REQUIRES.eslint,
  version: firstVersion,
  paths: { kind: 'keep' },
  batch: 'all',
  argv: ({ options }) => ['eslint', '--format', 'json', ...(options.config ? ['--config', options.config] : [])],
  output: 'stdout',
  exitCodes: [0, 1],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!Array.isArray(report)) throw badReport(input.source, 'expected a JSON array of file results');
    const findings: Finding[] = [];
    for (const file of report) {
      if (!isObject(file) || typeof file.filePath !== 'string' || !Array.isArray(file.messages)) continue;
      const path = repoPath(file.filePath, input);
      for (const m of file.messages) {
        if (!isObject(m)) continue;
        const fatal = m.fatal === true;
        const ruleId = str(m.ruleId) ?? (fatal ? 'parse-error' : 'eslint');
        const message = str(m.message) ?? ruleId;
        findings.push({
          tool: 'eslint',
          ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
          ruleId,
          title: ruleId,
          message,
          severity: severityOf(SEVERITY, fatal ? 'fatal' : m.severity, 'low'),
          category: 'quality',
          location: {
            path,
            ...(positive(m.line) ? { startLine: m.line as number } : {}),
            ...(positive(m.column) ? { startColumn: m.column as number } : {}),
            ...(positive(m.endLine) ? { endLine: m.endLine as number } : {}),
            ...(positive(m.endColumn) ? { endColumn: m.endColumn as number } : {}),
          },
          fingerprint: fingerprintOf('eslint', ruleId, path, message),
          ...(str(m.ruleId) && !String(m.ruleId).includes('/')
            ? { helpUri: `https://eslint.org/docs/latest/rules/${String(m.ruleId)}` }
            : {}),
          stepId: input.stepId,
          properties: { toolSeverity: fatal ? 'fatal' : m.severity === 2 ? 'error' : 'warning' },
        });
      }
    }
    return { findings };
  },
};
