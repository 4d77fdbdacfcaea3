// The dependency presets: osv-scanner against a local OSV database, npm audit against a local registry
// (the public audit API is out of reach here), pip-audit live and on its documented report format.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/checks/tool/presets/index.js';
import { toolOptions } from '../../src/checks/tool/options.js';
import { toGitlabDependencyScanning } from '../../src/report/gitlab.js';
import { run as runResult, step } from '../support/run-result.js';
import { startRegistry, type FakeRegistry } from './registry-server.js';
import { removeWorkspaces, requireTools, runTool, toolEnv, workspace } from './support.js';

beforeAll(() => requireTools('osv-scanner', 'pip-audit'));
afterAll(removeWorkspaces);

describe('osv-scanner preset', () => {
  it('reports a vulnerable requirement from a local database, with the package, aliases and fix', async () => {
    const ws = await workspace('osv');
    const { outcome } = await runTool({ preset: 'osv-scanner', paths: 'api', 'offline-db': 'db' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(outcome.findings).toHaveLength(1);
    const [f] = outcome.findings;
    expect(f).toMatchObject({
      tool: 'osv-scanner',
      toolVersion: '2.6.0',
      ruleId: 'GHSA-x84v-xcm2-53pg',
      title: 'requests@2.19.0: Insufficiently Protected Credentials in Requests',
      severity: 'high',
      category: 'dependency',
      location: { path: 'api/requirements.txt' },
      helpUri: 'https://osv.dev/vulnerability/GHSA-x84v-xcm2-53pg',
      properties: {
        package: { name: 'requests' },
        version: '2.19.0',
        ecosystem: 'PyPI',
        aliases: ['CVE-2018-18074', 'PYSEC-2018-28'],
        fixedVersions: ['2.20.0'],
        cvssScore: 7.5,
      },
    });
    expect(f!.message).toMatch(/Fixed in 2\.20\.0/);
    expect(outcome.tools).toEqual([
      { name: 'osv-scanner', version: '2.6.0', informationUri: 'https://google.github.io/osv-scanner/', category: 'dependency' },
    ]);
  });

  it('feeds the GitLab dependency-scanning report the package and version', async () => {
    const ws = await workspace('osv');
    const { outcome } = await runTool({ preset: 'osv-scanner', paths: 'api', 'offline-db': 'db' }, ws);
    const run = runResult({ steps: [step({ id: 'scan', kind: 'tool', findings: outcome.findings, tools: outcome.tools! })] });
    const report = toGitlabDependencyScanning(run);
    expect(report.vulnerabilities[0]).toMatchObject({
      location: { file: 'api/requirements.txt', dependency: { package: { name: 'requests' }, version: '2.19.0' } },
    });
  });

  it('treats "no lockfile to scan" as clean, not as a failure', async () => {
    const ws = await workspace('docker');
    const { outcome, log } = await runTool({ preset: 'osv-scanner', 'offline-db': '.' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(outcome.findings).toEqual([]);
    expect(log.join('\n')).toMatch(/found no lockfile or manifest/);
  });
});

describe('npm audit preset', () => {
  let registry: FakeRegistry;
  beforeAll(async () => {
    registry = await startRegistry(
      {
        lodash: [
          {
            id: 1523,
            url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
            title: 'Command Injection in lodash',
            severity: 'high',
            vulnerable_versions: '<4.17.21',
            cwe: ['CWE-77', 'CWE-94'],
            cvss: { score: 7.2, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' },
          },
        ],
        minimist: [
          {
            id: 1179,
            url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
            title: 'Prototype Pollution in minimist',
            severity: 'moderate',
            vulnerable_versions: '<0.2.1',
            cwe: ['CWE-1321'],
            cvss: { score: 5.6, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L' },
          },
        ],
      },
      { lodash: ['4.17.15', '4.17.21'], minimist: ['0.0.8', '0.2.4'] },
    );
  });
  afterAll(() => registry.close());

  it('reports each advisory for the installed version, from the lockfile', async () => {
    const ws = await workspace('npm');
    const { outcome } = await runTool({ preset: 'npm-audit' }, ws, { env: toolEnv({ npm_config_registry: registry.url }) });
    expect(registry.asked.sort()).toEqual(['lodash', 'minimist']);
    expect(outcome.status).toBeUndefined();
    const byId = Object.fromEntries(outcome.findings.map((f) => [f.ruleId, f]));
    expect(Object.keys(byId).sort()).toEqual(['GHSA-35jh-r3h4-6jhm', 'GHSA-vh95-rmgr-6w4m']);
    expect(byId['GHSA-35jh-r3h4-6jhm']).toMatchObject({
      tool: 'npm audit',
      severity: 'high',
      category: 'dependency',
      location: { path: 'package-lock.json' },
      properties: {
        package: { name: 'lodash' },
        version: '4.17.15',
        ecosystem: 'npm',
        direct: true,
        aliases: ['npm-1523'],
        vulnerableRange: '<4.17.21',
      },
    });
    expect(byId['GHSA-vh95-rmgr-6w4m']).toMatchObject({ severity: 'medium', properties: { version: '0.0.8' } });
    expect(outcome.tools![0]).toMatchObject({
      name: 'npm audit',
      category: 'dependency',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('fails the step with npm’s own reason when the audit endpoint cannot be reached', async () => {
    const ws = await workspace('npm');
    // Nothing listens there: npm exits 1 as it does for findings, and says why in its JSON.
    const { outcome } = await runTool({ preset: 'npm-audit' }, ws, { env: toolEnv({ npm_config_registry: 'http://127.0.0.1:9/' }) });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(
      /^npm audit failed: request to http:\/\/127\.0\.0\.1:9\/-\/npm\/v1\/security\/advisories\/bulk failed.*ECONNREFUSED/,
    );
  });
});

describe('pip-audit preset', () => {
  it('runs the real pip-audit on pinned requirements and logs what it could not audit', async () => {
    const ws = await workspace('osv');
    const { outcome, log } = await runTool({ preset: 'pip-audit', requirements: 'api/requirements.txt', 'resolve-deps': false }, ws);
    // PyPI's JSON API (pip-audit's advisory source) is out of reach here: it reports each package as skipped.
    expect(outcome.status).toBeUndefined();
    expect(outcome.tools).toEqual([expect.objectContaining({ name: 'pip-audit', version: '2.10.1', category: 'dependency' })]);
    expect(log.join('\n')).toMatch(/pip-audit skipped requests: /);
  });

  it('reads vulnerabilities in pip-audit’s JSON format, with fix versions and aliases', () => {
    // pip-audit 2.x `--format json` (pip_audit/_format/json.py), as its documentation shows it.
    const report = JSON.stringify({
      dependencies: [
        {
          name: 'requests',
          version: '2.19.0',
          vulns: [
            {
              id: 'PYSEC-2018-28',
              fix_versions: ['2.20.0'],
              aliases: ['CVE-2018-18074', 'GHSA-x84v-xcm2-53pg'],
              description:
                'The Requests package before 2.20.0 for Python sends an HTTP Authorization header to an http URI upon receiving a same-hostname https-to-http redirect.',
            },
          ],
        },
        { name: 'six', version: '1.16.0', vulns: [] },
      ],
      fixes: [],
    });
    const options = toolOptions.parse({ preset: 'pip-audit', requirements: 'api/requirements.txt' });
    const parsed = PRESETS['pip-audit'].parse(report, {
      cwd: '/repo',
      workspace: '/repo',
      stepId: 'deps',
      source: 'pip-audit output',
      toolVersion: '2.10.1',
      options,
      mask: () => undefined,
    });
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        tool: 'pip-audit',
        ruleId: 'PYSEC-2018-28',
        severity: 'high',
        category: 'dependency',
        location: { path: 'api/requirements.txt' },
        properties: expect.objectContaining({
          package: { name: 'requests' },
          version: '2.19.0',
          ecosystem: 'PyPI',
          aliases: ['CVE-2018-18074', 'GHSA-x84v-xcm2-53pg'],
          fixedVersions: ['2.20.0'],
          severityKnown: false,
        }),
      }),
    ]);
  });

  it('fails with a clear error when pip-audit cannot read the requirements', async () => {
    const ws = await workspace('osv');
    await writeFile(path.join(ws, 'broken.txt'), 'requests==\n');
    const { outcome } = await runTool({ preset: 'pip-audit', requirements: 'broken.txt', 'resolve-deps': false }, ws);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/^pip-audit exited with code 1/);
  });
});
