// gitleaks: secret scanner. JSON report to a file; `--exit-code 0` so any non-zero exit is a failure.
// The report holds the secrets themselves: each is masked before anything could print it, and a
// finding keeps only a redacted snippet and a hash.
import { fingerprintOf } from '../../../findings/fingerprint.js';
import type { Finding } from '../../../model/finding.js';
import { redact } from '../../secrets/redact.js';
import { badReport, firstVersion, isObject, parseReport, positive, repoPath, str, type Preset } from '../preset.js';
import { createHash } from '../../../base/hash.js';
import { PRESET_REQUIRES } from './requires.js';

export const gitleaks: Preset = {
  name: 'gitleaks',
  tool: { name: 'gitleaks', informationUri: 'https://github.com/gitleaks/gitleaks' },
  category: 'secret',
  requires: PRESET_REQUIRES.gitleaks,
  version: firstVersion,
  paths: { kind: 'keep' },
  // `gitleaks dir` scans one path.
  batch: 'each',
  argv: ({ options, reportFile }) => [
    'gitleaks',
    'dir',
    '--report-format',
    'json',
    '--report-path',
    reportFile,
    '--exit-code',
    '0',
    '--no-banner',
    '--no-color',
    '--log-level',
    'warn',
    ...(options.config ? ['--config', options.config] : []),
  ],
  output: 'file',
  exitCodes: [0],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!Array.isArray(report)) throw badReport(input.source, 'expected a JSON array of leaks');
    // Mask every secret first: nothing below may log one before it is hidden.
    for (const leak of report) {
      if (!isObject(leak)) continue;
      for (const value of [leak.Secret, leak.Match]) if (typeof value === 'string' && value.trim().length >= 4) input.mask(value);
    }
    const findings: Finding[] = [];
    for (const leak of report) {
      if (!isObject(leak) || typeof leak.File !== 'string') continue;
      const ruleId = str(leak.RuleID) ?? 'gitleaks';
      const secret = typeof leak.Secret === 'string' ? leak.Secret : '';
      const match = typeof leak.Match === 'string' ? leak.Match : secret;
      const path = repoPath(leak.File, input);
      const hash = createHash('sha256').update(secret).digest('hex').slice(0, 16);
      const shown = secret ? match.split(secret).join(redact(secret)) : redact(match);
      const message = `${str(leak.Description) ?? ruleId} (${redact(secret || match)})`;
      findings.push({
        tool: 'gitleaks',
        ...(input.toolVersion ? { toolVersion: input.toolVersion } : {}),
        ruleId,
        title: ruleId,
        message,
        severity: 'high',
        category: 'secret',
        location: {
          path,
          ...(positive(leak.StartLine) ? { startLine: leak.StartLine as number } : {}),
          ...column(leak.StartLine, leak.StartColumn, 'startColumn'),
          ...(positive(leak.EndLine) ? { endLine: leak.EndLine as number } : {}),
          ...column(leak.EndLine, leak.EndColumn, 'endColumn'),
          // Only a redacted form, and never a line that might still hold the secret unmasked.
          ...(shown.includes(secret) && secret ? {} : { snippet: shown.slice(0, 200) }),
        },
        // The secret's hash (not its line) identifies it, so a moved secret keeps its fingerprint.
        fingerprint: fingerprintOf('gitleaks', ruleId, path, hash),
        help: 'Rotate the secret now (treat it as leaked), then remove it from the code and its history.',
        stepId: input.stepId,
        properties: {
          secretHash: hash,
          ...(typeof leak.Entropy === 'number' ? { entropy: Math.round(leak.Entropy * 100) / 100 } : {}),
          ...(str(leak.Commit) ? { commit: leak.Commit } : {}),
          ...(Array.isArray(leak.Tags) && leak.Tags.length > 0 ? { tags: leak.Tags } : {}),
        },
      });
    }
    return { findings };
  },
};

/**
 * gitleaks 8 counts the newline before a line as its first column, so on every line but the first its
 * columns are one too far right (a key at column 3 of line 3 is reported at 4).
 */
function column(line: unknown, col: unknown, key: 'startColumn' | 'endColumn'): Partial<Record<typeof key, number>> {
  const c = positive(col);
  if (!c) return {};
  const fixed = positive(line) && (line as number) > 1 && c > 1 ? c - 1 : c;
  return { [key]: fixed };
}
