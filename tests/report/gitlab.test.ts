import { describe, expect, it } from 'vitest';
import { toGitlabCodeQuality, toGitlabDependencyScanning, toGitlabSast, toGitlabSecretDetection } from '../../src/report/gitlab.js';
import { finding, run, step } from '../support/run-result.js';
import { schemaErrors, schemaValidator } from '../support/shared-schemas.js';

function gitlabRun() {
  return run({
    platform: {
      kind: 'gitlab',
      serverUrl: 'https://gitlab.example.com',
      repository: 'acme/payments',
      sha: 'c0ffee0123456789c0ffee0123456789c0ffee01',
    },
    steps: [
      step({
        id: 'semgrep',
        kind: 'semgrep',
        findings: [
          finding({ severity: 'critical', properties: { tags: ['external/cwe/cwe-78', 'security'] } }),
          finding({ severity: 'low', helpUri: undefined, location: undefined }),
        ],
      }),
      step({
        id: 'secrets',
        kind: 'secrets',
        findings: [
          finding({
            tool: 'runlens-secrets',
            toolVersion: undefined,
            ruleId: 'aws-access-key-id',
            title: 'AWS access key ID',
            category: 'secret',
            severity: 'critical',
            location: { path: 'deploy/.env', startLine: 3, startColumn: 12, snippet: 'AKIA****' },
          }),
          finding({
            tool: 'runlens-secrets',
            toolVersion: undefined,
            ruleId: 'github-pat',
            title: 'GitHub token',
            category: 'secret',
            severity: 'high',
            properties: { commit: 'deadbeef', author: 'Dev <dev@example.com>', date: '2026-11-01T10:00:00Z' },
          }),
        ],
      }),
      step({
        id: 'deps',
        kind: 'deps',
        findings: [
          finding({
            tool: 'runlens-deps',
            ruleId: 'GHSA-jf85-cpcp-j695',
            title: 'Prototype pollution in lodash',
            category: 'dependency',
            severity: 'high',
            location: { path: 'package-lock.json' },
            properties: { package: 'lodash', version: '4.17.15', direct: true, aliases: ['CVE-2019-10744'] },
          }),
        ],
      }),
      step({ id: 'lint', findings: [finding({ tool: 'ESLint', ruleId: 'eqeqeq', category: 'quality', severity: 'medium' })] }),
    ],
  });
}

const noZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

describe('GitLab security reports', () => {
  it('writes a SAST report valid against the 15.2.1 schema, times without Z or milliseconds', () => {
    const report = toGitlabSast(gitlabRun());
    expect(schemaErrors(schemaValidator('gitlab-sast-report.schema.json', '07'), report)).toEqual([]);
    expect(report.scan.start_time).toBe('2026-11-22T01:02:03');
    expect(report.scan.end_time).toMatch(noZ);
    expect(report.vulnerabilities).toHaveLength(2);
  });

  it('puts the rule first and CWE ids after it in the identifiers', () => {
    const [v] = toGitlabSast(gitlabRun()).vulnerabilities;
    expect(v!.identifiers).toEqual([
      {
        type: 'semgrep_rule_id',
        name: 'semgrep python.lang.security.audit.subprocess-shell-true',
        value: 'python.lang.security.audit.subprocess-shell-true',
        url: 'https://semgrep.dev/r/python.lang.security.audit.subprocess-shell-true',
      },
      { type: 'cwe', name: 'CWE-78', value: '78', url: 'https://cwe.mitre.org/data/definitions/78.html' },
    ]);
    expect(v).toMatchObject({ severity: 'Critical', location: { file: 'src/app.py' } });
  });

  it('writes a secret detection report with the commit of each secret, and never its snippet', () => {
    const report = toGitlabSecretDetection(gitlabRun());
    expect(schemaErrors(schemaValidator('gitlab-secret-detection-report.schema.json', '07'), report)).toEqual([]);
    expect(report.scan.scanner.id).toBe('runlens-secrets');
    const [tree, history] = report.vulnerabilities;
    expect(tree!.location).toEqual({ file: 'deploy/.env', start_line: 3, commit: { sha: 'c0ffee0123456789c0ffee0123456789c0ffee01' } });
    expect((history!.location as { commit: unknown }).commit).toEqual({
      sha: 'deadbeef',
      author: 'Dev <dev@example.com>',
      date: '2026-11-01T10:00:00Z',
    });
    expect(JSON.stringify(report)).not.toContain('AKIA');
  });

  it('writes a dependency scanning report naming the package, version and advisories', () => {
    const report = toGitlabDependencyScanning(gitlabRun());
    expect(schemaErrors(schemaValidator('gitlab-dependency-scanning-report.schema.json', '07'), report)).toEqual([]);
    const [v] = report.vulnerabilities;
    expect(v!.location).toEqual({
      file: 'package-lock.json',
      dependency: { package: { name: 'lodash' }, version: '4.17.15', direct: true },
    });
    expect((v!.identifiers as Array<{ type: string }>).map((i) => i.type)).toEqual(['runlens_deps_rule_id', 'ghsa', 'cve']);
  });

  it('gives a finding the same vulnerability id in every run', () => {
    const first = gitlabRun();
    // A later run: new timings, the finding moved down a few lines, same fingerprint.
    const later = structuredClone(first);
    later.startedAt = '2026-11-23T09:00:00.000Z';
    later.steps[0]!.findings[0]!.location!.startLine! += 5;
    const ids = toGitlabSast(first).vulnerabilities.map((v) => v.id);
    expect(toGitlabSast(later).vulnerabilities.map((v) => v.id)).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes valid empty reports when nothing was found', () => {
    const empty = run({ steps: [step()] });
    for (const [report, schema] of [
      [toGitlabSast(empty), 'gitlab-sast-report.schema.json'],
      [toGitlabSecretDetection(empty), 'gitlab-secret-detection-report.schema.json'],
      [toGitlabDependencyScanning(empty), 'gitlab-dependency-scanning-report.schema.json'],
    ] as const) {
      expect(schemaErrors(schemaValidator(schema, '07'), report)).toEqual([]);
      expect(report.vulnerabilities).toEqual([]);
    }
  });

  it('marks the scan failed when the step that scans failed', () => {
    const r = run({
      steps: [
        step({
          id: 'secrets',
          kind: 'secrets',
          status: 'failed',
          reason: 'could not read .git',
          tools: [{ name: 'runlens-secrets', category: 'secret' }],
        }),
      ],
    });
    expect(toGitlabSecretDetection(r).scan.status).toBe('failure');
    expect(toGitlabSast(r).scan.status).toBe('success');
  });
});

describe('GitLab Code Quality report', () => {
  it('lists every finding with a description, check name, unique fingerprint, severity and location', () => {
    const issues = toGitlabCodeQuality(gitlabRun());
    expect(issues).toHaveLength(6);
    for (const i of issues) {
      expect(i.description).toBeTruthy();
      expect(i.check_name).toMatch(/^[^:]+:.+/);
      expect(i.location.path).toBeTruthy();
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(6);
    expect(issues.map((i) => i.severity)).toEqual(['blocker', 'blocker', 'critical', 'critical', 'major', 'minor']);
  });

  it('places a finding without a location at the configuration file', () => {
    const issue = toGitlabCodeQuality(gitlabRun()).find((i) => i.severity === 'minor')!;
    expect(issue.location).toEqual({ path: 'runlens.yml', lines: { begin: 1 } });
  });

  it('gives duplicate findings distinct fingerprints', () => {
    const twice = finding({ fingerprint: 'same' });
    const issues = toGitlabCodeQuality(run({ steps: [step({ findings: [twice] }), step({ id: 'again', findings: [twice] })] }));
    expect(issues[0]!.fingerprint).not.toBe(issues[1]!.fingerprint);
  });
});
