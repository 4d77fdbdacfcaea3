// hadolint: Dockerfile linter. JSON on stdout; `--no-fail` keeps exit 0 for findings, so 1 is a failure.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import type { Severity } from '../../../model/severity.js';
import { badReport, firstVersion, isObject, parseReport, positive, repoPath, severityOf, str, type Preset } from '../preset.js';
import { PRESET_REQUIRES } from './requires.js';

/** hadolint levels, on a linter's scale. */
const SEVERITY: Record<string, Severity> = { error: 'medium', warning: 'low', info: 'note', style: 'note' };

export const hadolint: Preset = {
  name: 'hadolint',
  tool: { name: 'hadolint', informationUri: 'https://github.com/hadolint/hadolint' },
  category: 'quality',
  requires: PRESET_REQUIRES.hadolint,
  version: firstVersion,
  paths: { kind: 'files', globs: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile'] },
  batch: 'all',
  argv: ({ options }) => [
    'hadolint',
    '--format',
    'json',
    '--no-fail',
    '--no-color',
    ...(options.config ? ['--config', options.config] : []),
  ],
  output: 'stdout',
  exitCodes: [0],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!Array.isArray(report)) throw badReport(input.source, 'expected a JSON array of findings');
    const findings: Finding[] = [];
    for (const c of report) {
      if (!isObject(c) || typeof c.file !== 'string') continue;
      const code = str(c.code) ?? 'hadolint';
      const message = str(c.message) ?? code;
      const path = repoPath(c.file, input);
      findings.push({
        tool: 'hadolint',
        ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
        ruleId: code,
        title: code,
        message,
        severity: severityOf(SEVERITY, c.level, 'low'),
        category: 'quality',
        location: {
          path,
          ...(positive(c.line) ? { startLine: c.line as number } : {}),
          ...(positive(c.column) ? { startColumn: c.column as number } : {}),
        },
        fingerprint: fingerprintOf('hadolint', code, path, message),
        helpUri: code.startsWith('SC') ? `https://www.shellcheck.net/wiki/${code}` : `https://github.com/hadolint/hadolint/wiki/${code}`,
        stepId: input.stepId,
        properties: { toolSeverity: c.level },
      });
    }
    return { findings };
  },
};
