// Every malformed input or flag is a usage error (exit 2) that says what was given and what is accepted —
// never "this is a bug" with a stack trace — and a configuration error on CI still leaves the job its
// outputs, a summary, an annotation at runlens.yml's line and the reports the GitLab template declares.
// The doors run from a fresh build of the source (tests/support/source-build.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNode, tempWorkspace } from '../support/dist.js';
import { fake } from '../support/secrets.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';
import { buildSource, runAction, type SourceBuild } from '../support/source-build.js';

const pipeline = 'version: 1\nsteps:\n  hello: { run: echo hello }\n';

function expectUsageError(ran: { code: number | null; stdout: string; stderr: string }, given: string, accepted: RegExp): void {
  const text = ran.stdout + ran.stderr;
  expect(ran.code, text).toBe(2);
  expect(text).toContain(given);
  expect(text).toMatch(accepted);
  expect(text).not.toMatch(/this is a bug|\n\s+at .+:\d+:\d+/);
}

describe('malformed action inputs', () => {
  let build: SourceBuild;
  beforeAll(async () => {
    build = await buildSource();
  });

  it.each([
    ['dry-run', 'yes', /use true or false/],
    ['concurrency', 'abc', /whole number/],
    ['fail-on', 'severe', /none, note, low, medium, high, critical/],
    ['log-order', 'sideways', /auto, stream, grouped/],
    ['pr-comment', 'maybe', /auto, off/],
    ['otel-exporter', 'jaeger', /file, otlp, none/],
    ['otel-protocol', 'grpc', /http\/protobuf or http\/json/],
    ['otel-endpoint', 'collector:4318', /http\(s\) URL/],
    ['otel-headers', 'Authorization', /key=value/],
    ['working-directory', 'pakages/app', /not a directory/],
  ])('input %s: %j is exit 2, naming the input, the value and what is accepted', async (name, value, accepted) => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await runAction(build, ws, { [name]: value });
    expectUsageError(ran, `input "${name}"`, accepted);
    // The header value may be a token: it is never echoed.
    if (name !== 'otel-headers') expect(ran.stdout).toContain(value);
    expect(ran.outputs.result).toBe('error');
    expect(ran.outputs['exit-code']).toBe('2');
    expect(existsSync(ran.outputs.sarif!)).toBe(true);
    expect(existsSync(path.join(ws, 'pakages')), 'a missing working-directory is not created').toBe(false);
  });
});

describe('malformed CLI flags and variables', () => {
  let build: SourceBuild;
  beforeAll(async () => {
    build = await buildSource();
  });

  it.each([
    [['--concurrency', 'abc'], 'abc', /whole number/],
    [['--fail-on', 'severe'], 'severe', /none, note, low, medium, high, critical/],
    [['--log-order', 'sideways'], 'sideways', /auto, stream, grouped/],
    [['--otel-exporter', 'jaeger'], 'jaeger', /file, otlp, none/],
    [['--otel-endpoint', 'collector:4318'], 'collector:4318', /http\(s\) URL/],
    [['--shard', '3/2'], '3/2', /I\/N with 1 ≤ I ≤ N/],
  ])('runlens run %j is exit 2, naming the value and what is accepted', async (flags, given, accepted) => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    expectUsageError(await runNode(build.cli, ['run', ...flags], { cwd: ws }), given, accepted);
  });

  it('RUNLENS_DRY_RUN=maybe is exit 2', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    expectUsageError(
      await runNode(build.cli, ['run'], { cwd: ws, env: { RUNLENS_DRY_RUN: 'maybe' } }),
      'maybe',
      /true, 1, yes, false, 0 or no/,
    );
  });
});

describe('a configuration error on CI', () => {
  let build: SourceBuild;
  beforeAll(async () => {
    build = await buildSource();
  });
  const broken = 'version: 1\nsteps:\n  build: { run: echo hi }\n  test:\n    needs: [build]\n    timeout: soon\n';

  it('on GitHub: result=error, exit-code=2, a SARIF file that exists, a summary, and an annotation at the line and column', async () => {
    const ws = await tempWorkspace({ 'packages/app/runlens.yml': broken });
    const ran = await runAction(build, ws, { 'working-directory': 'packages/app' });
    expect(ran.code).toBe(2);
    expect(ran.outputs).toMatchObject({ result: 'error', 'exit-code': '2' });
    // The documented `if: always()` upload step gets a file it can upload: valid SARIF with one run.
    const sarifFile = ran.outputs.sarif!;
    expect(existsSync(sarifFile)).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(schemaErrors(validatorFor('sarif-2.1.0.schema.json'), sarif)).toEqual([]);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolConfigurationNotifications[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'packages/app/runlens.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 14 },
    });
    expect(ran.summary).toContain('configuration error');
    expect(ran.summary).toContain('packages/app/runlens.yml:6:14');
    expect(ran.summary).toContain('is not a duration');
    const errors = ran.commands.filter((c) => c.name === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.props).toMatchObject({ file: 'packages/app/runlens.yml', line: '6', col: '14' });
    expect(errors[0]!.message).toMatch(/steps\.test\.timeout: "soon" is not a duration/);
  });

  it('on GitLab: every report the template declares exists and is valid, and the job still exits 2', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': broken });
    const template = readFileSync(path.join(import.meta.dirname, '..', '..', 'gitlab', 'runlens.gitlab-ci.yml'), 'utf8');
    // Every `artifacts: reports:` entry of the template, with its output dir.
    const reports = template.slice(template.indexOf('    reports:\n'), template.indexOf('\n\n', template.indexOf('    reports:\n')));
    const declared = [...reports.matchAll(/^\s+[a-z_]+: (\S+)$/gm)].map((m) => m[1]!.replace(/\$\{?RUNLENS_OUTPUT_DIR\}?/, '.runlens'));
    expect(declared.length).toBeGreaterThanOrEqual(5);
    const ran = await runNode(build.cli, ['run'], {
      cwd: ws,
      env: { GITLAB_CI: 'true', CI: 'true', CI_PROJECT_DIR: ws, CI_JOB_NAME: 'runlens' },
    });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('runlens.yml:6:14');
    for (const file of [...declared, '.runlens/runlens.sarif']) expect(existsSync(path.join(ws, file)), file).toBe(true);
    const read = (f: string) => JSON.parse(readFileSync(path.join(ws, '.runlens', f), 'utf8'));
    expect(schemaErrors(validatorFor('gitlab-sast-report.schema.json'), read('gl-sast-report.json'))).toEqual([]);
    expect(schemaErrors(validatorFor('gitlab-secret-detection-report.schema.json'), read('gl-secret-detection-report.json'))).toEqual([]);
    expect(schemaErrors(validatorFor('gitlab-dependency-scanning-report.schema.json'), read('gl-dependency-scanning-report.json'))).toEqual(
      [],
    );
    expect(read('gl-sast-report.json').scan.status).toBe('failure');
    expect(read('gl-code-quality-report.json')).toEqual([]);
    if (declared.some((f) => f.endsWith('runlens.env')))
      expect(readFileSync(path.join(ws, '.runlens', 'runlens.env'), 'utf8')).toMatch(/^RUNLENS_RESULT=error$/m);
    expect(schemaErrors(validatorFor('sarif-2.1.0.schema.json'), read('runlens.sarif'))).toEqual([]);
    // JUnit that parses, with the error as its one case.
    const junit = readFileSync(path.join(ws, '.runlens', 'junit.xml'), 'utf8');
    expect(() =>
      execFileSync('python3', ['-c', 'import sys,xml.dom.minidom as m; m.parse(sys.argv[1])', path.join(ws, '.runlens', 'junit.xml')]),
    ).not.toThrow();
    expect(junit).toContain('<error message="runlens.yml:6:14: steps.test.timeout');
  });

  it('never shows a secret that the error text quotes, in the annotation, summary, outputs or reports', async () => {
    const token = fake.githubPat();
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await runAction(build, ws, { 'fail-on': token });
    expect(ran.code).toBe(2);
    expect(ran.stdout).toContain('input "fail-on"');
    const written = [ran.stdout, ran.stderr, ran.summary, JSON.stringify(ran.outputs)];
    for (const f of ['runlens.sarif', 'summary.md', 'junit.xml']) written.push(readFileSync(path.join(ws, '.runlens', f), 'utf8'));
    for (const text of written) expect(text).not.toContain(token);
  });

  it('on a laptop writes nothing and says where the error is', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': broken });
    const ran = await runNode(build.cli, ['run'], { cwd: ws });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('runlens.yml:6:14');
    expect(existsSync(path.join(ws, '.runlens'))).toBe(false);
  });
});
