// pip-audit: known vulnerabilities in Python requirements (PyPI's advisory data). JSON on stdout;
// exits 1 both when it found vulnerabilities and when it failed, so the report decides.
import type { Finding } from '../../../model/finding.js';
import { badReport, firstVersion, isObject, parseReport, str, type Preset } from '../preset.js';
import { dependencyFinding, severityOfAdvisory } from './advisory.js';
import { PRESET_REQUIRES } from './requires.js';

export const pipAudit: Preset = {
  name: 'pip-audit',
  tool: { name: 'pip-audit', informationUri: 'https://github.com/pypa/pip-audit' },
  category: 'dependency',
  requires: PRESET_REQUIRES['pip-audit'],
  version: firstVersion,
  paths: { kind: 'none' },
  batch: 'all',
  argv: ({ options }) => [
    'pip-audit',
    '--format',
    'json',
    '--progress-spinner',
    'off',
    ...(options['resolve-deps'] === false ? ['--no-deps', '--disable-pip'] : []),
    ...(options.requirements ?? ['requirements.txt']).flatMap((r) => ['--requirement', r]),
  ],
  output: 'stdout',
  exitCodes: [0, 1],
  parse(text, input) {
    const report = parseReport(text, input.source);
    if (!isObject(report) || !Array.isArray(report.dependencies)) throw badReport(input.source, 'no "dependencies" array');
    const requirements = input.options.requirements ?? ['requirements.txt'];
    // pip-audit does not say which file named a package; with one file, it is that one.
    const file = requirements.length === 1 ? requirements[0] : undefined;
    const findings: Finding[] = [];
    const notes: string[] = [];
    for (const dep of report.dependencies) {
      if (!isObject(dep)) continue;
      if (str(dep.skip_reason)) notes.push(`pip-audit skipped ${String(dep.name)}: ${String(dep.skip_reason)}`);
      for (const v of Array.isArray(dep.vulns) ? dep.vulns : []) {
        if (!isObject(v) || typeof v.id !== 'string') continue;
        const description = str(v.description);
        findings.push(
          dependencyFinding(
            {
              tool: 'pip-audit',
              id: v.id,
              aliases: Array.isArray(v.aliases) ? v.aliases.filter((a): a is string => typeof a === 'string') : [],
              summary: description ? firstSentence(description) : undefined,
              ...(description ? { details: description } : {}),
              package: str(dep.name) ?? 'unknown',
              ...(str(dep.version) ? { version: dep.version as string } : {}),
              ecosystem: 'PyPI',
              // PyPI's advisory data carries no severity.
              severity: severityOfAdvisory(undefined, undefined),
              fixed: Array.isArray(v.fix_versions) ? v.fix_versions.filter((f): f is string => typeof f === 'string') : [],
              ...(file ? { file } : {}),
              helpUri: `https://osv.dev/vulnerability/${v.id}`,
              properties: { severityKnown: false },
            },
            input,
          ),
        );
      }
    }
    return { findings, notes };
  },
};

function firstSentence(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? text;
  const sentence = /^(.{20,200}?[.!?])\s/.exec(line + ' ')?.[1] ?? line;
  return sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
}
