// The GitLab door: the same CLI inside a GitLab job writes the reports GitLab's widgets read,
// folds each step's log in a collapsible section, and never lets a found secret through.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNode, tempWorkspace } from '../support/dist.js';
import { buildSource } from '../support/source-build.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';

// Built at run time so no credential-shaped literal sits in the repository.
const token = ['ghp', '_', 'R7kq2Lm9Xv4Tz8Np3Bw6Yc1Hd5Fj0Gs2Qa7E'].join('');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('runlens in a GitLab job', () => {
  // The CLI built from src/ (dist/ is rebuilt at release time); tests/doors/gitlab-ci-local.test.ts runs the packed bundle.
  let cli: string;
  beforeAll(async () => {
    cli = (await buildSource()).cli;
  });

  it('writes schema-valid GitLab reports, folds logs into sections, and redacts the secret everywhere', async () => {
    const ws = await tempWorkspace({
      'runlens.yml': 'version: 1\nsteps:\n  build: { run: echo built }\n  secrets: { uses: secrets }\n',
      'deploy/ci.env': `GITHUB_TOKEN=${token}\n`,
    });
    const ran = await runNode(cli, ['run'], {
      cwd: ws,
      env: {
        GITLAB_CI: 'true',
        CI: 'true',
        CI_PROJECT_PATH: 'acme/shop',
        CI_SERVER_URL: 'https://gitlab.example.com',
        CI_COMMIT_SHA: 'c'.repeat(40),
      },
    });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/\u001b\[0Ksection_start:\d+:runlens_\d+\[collapsed=true\]\r\u001b\[0Kbuild/);
    const out = path.join(ws, '.runlens');
    const secret = JSON.parse(readFileSync(path.join(out, 'gl-secret-detection-report.json'), 'utf8'));
    expect(schemaErrors(validatorFor('gitlab-secret-detection-report.schema.json'), secret)).toEqual([]);
    expect(secret.vulnerabilities).toHaveLength(1);
    expect(secret.vulnerabilities[0].location.file).toBe('deploy/ci.env');
    const quality = JSON.parse(readFileSync(path.join(out, 'gl-code-quality-report.json'), 'utf8'));
    expect(quality[0]).toMatchObject({ location: { path: 'deploy/ci.env', lines: { begin: 1 } } });
    expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).not.toBe('');
    // No SAST or dependency scan ran: GitLab would read an empty report as "scanned, nothing found".
    expect(
      readdirSync(out)
        .filter((f) => f.startsWith('gl-'))
        .sort(),
    ).toEqual(['gl-code-quality-report.json', 'gl-secret-detection-report.json']);
    expect(readFileSync(path.join(out, 'runlens.env'), 'utf8')).toMatch(/^RUNLENS_RESULT=failed$/m);
    expect(ran.stdout).toMatch(/^\s+\w+\s+deploy\/ci\.env:1:\d+\s+GitHub/m);
    for (const f of filesUnder(out)) expect(readFileSync(f, 'utf8'), f).not.toContain(token);
    expect(ran.stdout + ran.stderr).not.toContain(token);
  });
});
