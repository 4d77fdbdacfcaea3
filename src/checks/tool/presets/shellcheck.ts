// ShellCheck: json1 report on stdout; exits 1 when it found issues, 2–4 when it could not check.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import type { Severity } from '../../../model/severity.js';
import { badReport, firstVersion, isObject, parseReport, positive, repoPath, severityOf, type Preset } from '../preset.js';
import { PRESET_REQUIRES } from './requires.js';

/** ShellCheck levels, on a linter's scale; a parse error (SC1xxx at level error) is high. */
const SEVERITY: Record<string, Severity> = { error: 'medium', warning: 'low', info: 'note', style: 'note' };

export const shellcheck: Preset = {
  name: 'shellcheck',
  tool: { name: 'shellcheck', informationUri: 'https://www.shellcheck.net/' },
  category: 'quality',
  requires: PRESET_REQUIRES.shellcheck,
  version: (out) => /version:\s*(\S+)/.exec(out)?.[1] ?? firstVersion(out),
  // ShellCheck takes files, not directories.
  paths: { kind: 'files', globs: ['**/*.sh', '**/*.bash', '**/*.ksh', '**/*.bats'] },
  batch: 'all',
  argv: ({ options }) => ['shellcheck', '--format=json1', ...(options.config ? ['--rcfile', options.config] : [])],
  output: 'stdout',
  exitCodes: [0, 1],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!isObject(report) || !Array.isArray(report.comments)) throw badReport(input.source, 'no "comments" array (is the format json1?)');
    const findings: Finding[] = [];
    for (const c of report.comments) {
      if (!isObject(c) || typeof c.file !== 'string') continue;
      const code = typeof c.code === 'number' ? `SC${c.code}` : 'shellcheck';
      const message = typeof c.message === 'string' ? c.message : code;
      const path = repoPath(c.file, input);
      const parseError = c.level === 'error' && /^SC1\d{3}$/.test(code);
      findings.push({
        tool: 'shellcheck',
        ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
        ruleId: code,
        title: code,
        message,
        severity: parseError ? 'high' : severityOf(SEVERITY, c.level, 'low'),
        category: 'quality',
        location: {
          path,
          ...(positive(c.line) ? { startLine: c.line as number } : {}),
          ...(positive(c.column) ? { startColumn: c.column as number } : {}),
          ...(positive(c.endLine) ? { endLine: c.endLine as number } : {}),
          ...(positive(c.endColumn) ? { endColumn: c.endColumn as number } : {}),
        },
        fingerprint: fingerprintOf('shellcheck', code, path, message),
        helpUri: `https://www.shellcheck.net/wiki/${code}`,
        stepId: input.stepId,
        properties: { toolSeverity: c.level },
      });
    }
    return { findings };
  },
};
