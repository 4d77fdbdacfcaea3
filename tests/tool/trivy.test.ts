// The trivy preset reads SARIF trivy 0.74 wrote (tests/fixtures/tool/trivy/generate.sh: building trivy
// takes ~15 minutes, so it is a fixture tool, not one every test run installs).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolOptions } from '../../src/checks/tool/options.js';
import { PRESETS } from '../../src/checks/tool/presets/index.js';
import { FIXTURES, removeWorkspaces } from './support.js';

afterAll(removeWorkspaces);

// generate.sh ran trivy in this directory: the SARIF's ROOTPATH points there.
const FIXTURE_WORKSPACE = '/tmp/runlens-trivy-fixture';

describe('trivy preset', () => {
  it('reads misconfigurations as sast and secrets as secret findings, with SARIF severities and the version', async () => {
    const text = await readFile(path.join(FIXTURES, 'trivy', 'trivy.sarif'), 'utf8');
    const parsed = PRESETS.trivy.parse(text, {
      cwd: FIXTURE_WORKSPACE,
      workspace: FIXTURE_WORKSPACE,
      stepId: 'trivy',
      source: 'trivy report',
      options: toolOptions.parse({ preset: 'trivy' }),
      mask: () => undefined,
    });
    expect(parsed.toolVersion).toBe('0.74.0');
    expect(parsed.findings.map((f) => [f.ruleId, f.category, f.severity, `${f.location?.path}:${f.location?.startLine}`])).toEqual([
      ['DS-0001', 'sast', 'medium', 'Dockerfile:1'],
      ['DS-0002', 'sast', 'high', 'Dockerfile:1'],
      ['DS-0013', 'sast', 'medium', 'Dockerfile:3'],
      ['DS-0026', 'sast', 'low', 'Dockerfile:1'],
      ['DS-0029', 'sast', 'high', 'Dockerfile:2'],
      ['github-pat', 'secret', 'critical', 'deploy/config.yml:2'],
    ]);
    const secret = parsed.findings.find((f) => f.ruleId === 'github-pat')!;
    expect(secret.location?.snippet).toBeUndefined();
    expect(secret.tool).toBe('trivy');
  });

  it('asks trivy for SARIF in a report file, one run per path, with the scanners chosen', () => {
    const options = toolOptions.parse({ preset: 'trivy', scanners: ['secret', 'misconfig'], config: 'trivy.yaml' });
    expect(PRESETS.trivy.argv({ cwd: '/repo', paths: ['.'], options, reportFile: '/tmp/r.sarif' })).toEqual([
      'trivy',
      'filesystem',
      '--format',
      'sarif',
      '--output',
      '/tmp/r.sarif',
      '--quiet',
      '--exit-code',
      '0',
      '--scanners',
      'secret,misconfig',
      '--config',
      'trivy.yaml',
    ]);
    expect(PRESETS.trivy.batch).toBe('each');
  });
});
