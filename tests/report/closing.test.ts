import { describe, expect, it } from 'vitest';
import { TOP_FINDINGS, closingLines, reportsLine } from '../../src/report/closing.js';
import { finding, run, step } from '../support/run-result.js';

describe('the closing lines of a run', () => {
  it('lists the worst findings first with file:line:col, rule and step, never a message or snippet', () => {
    const secret = finding({
      tool: 'runlens-secrets',
      ruleId: 'github-pat',
      title: 'GitHub personal access token',
      message: 'GITHUB_TOKEN=ghp_…',
      severity: 'critical',
      category: 'secret',
      stepId: 'secrets',
      location: { path: 'deploy/ci.env', startLine: 1, startColumn: 14, snippet: 'GITHUB_TOKEN=ghp_***' },
    });
    const text = closingLines(run({ steps: [step({ findings: [finding({ severity: 'low' }), secret] })] }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('top findings:');
    expect(lines[1]).toBe('  critical  deploy/ci.env:1:14  GitHub personal access token (runlens-secrets github-pat, step secrets)');
    expect(lines[2]).toMatch(/^ {2}low {7}src\/app\.py:\d+:5 {2}subprocess called with shell=True \(semgrep python\.lang/);
    expect(text).not.toContain('ghp_');
    expect(lines[3]).toMatch(/^findings: 2 \(1 critical/);
  });

  it(`shows at most ${TOP_FINDINGS} findings and says how many there are`, () => {
    const many = Array.from({ length: TOP_FINDINGS + 5 }, () => finding());
    const text = closingLines(run({ steps: [step({ findings: many })] }));
    expect(text).toContain(`top findings (${TOP_FINDINGS} of ${TOP_FINDINGS + 5}):`);
    expect(text.split('\n').filter((l) => l.startsWith('  high'))).toHaveLength(TOP_FINDINGS);
  });

  it('says nothing about findings when there are none but the gate line', () => {
    expect(closingLines(run())).toMatch(/^findings: 0 /);
  });
});

describe('the Reports line', () => {
  it('names every file written, GitLab reports included, relative to the working directory', () => {
    const o = '/w/.runlens';
    const line = reportsLine(
      {
        outputDir: o,
        runJson: `${o}/run.json`,
        sarif: `${o}/runlens.sarif`,
        summary: `${o}/summary.md`,
        junit: `${o}/junit.xml`,
        gitlab: {
          codeQuality: `${o}/gl-code-quality-report.json`,
          secretDetection: `${o}/gl-secret-detection-report.json`,
          dotenv: `${o}/runlens.env`,
        },
      },
      '/w',
    );
    expect(line).toBe(
      'Reports: .runlens/summary.md · .runlens/runlens.sarif · .runlens/run.json · .runlens/junit.xml · .runlens/gl-code-quality-report.json · .runlens/gl-secret-detection-report.json · .runlens/runlens.env\n',
    );
  });
});
