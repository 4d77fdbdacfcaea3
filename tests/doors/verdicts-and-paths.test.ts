// What the doors report, end to end, from a fresh build of the source: a check's own "fail" verdict fails its
// step everywhere (console, summary, JUnit, run.json, outputs) while a clean scan's findings are left to the
// gate; every path is repository-relative when the run starts in a subfolder; failed tests are annotated.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNode, tempWorkspace } from '../support/dist.js';
import { buildSource, runAction, type SourceBuild } from '../support/source-build.js';

const sarif = (uri: string) =>
  JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'acme-lint', rules: [{ id: 'AC1', shortDescription: { text: 'Unsafe eval' } }] } },
        results: [
          {
            ruleId: 'AC1',
            level: 'error',
            message: { text: 'eval of user input' },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 3 } } }],
          },
        ],
      },
    ],
  });

const junit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="app" tests="2" failures="1">
  <testcase classname="app" name="adds" file="tests/app.test.js" line="3" time="0.01"/>
  <testcase classname="app" name="divides by zero" file="tests/app.test.js" line="7" time="0.01"><failure message="expected Infinity, got NaN">at tests/app.test.js:7</failure></testcase>
</testsuite></testsuites>
`;

/** A `run:` step that writes `file` with `content` (no shell quoting involved). */
const writes = (file: string) => `[node, -e, "require('fs').writeFileSync('${file}', process.env.CONTENT)"]`;

const goldenPipeline = `version: 1
fail-on: critical
steps:
  lint:
    run: ${writes('lint.sarif')}
    env: { CONTENT: '${sarif('src/app.js').replace(/'/g, "''")}' }
    sarif: lint.sarif
  golden:
    uses: golden
    with: { cases: [{ name: sine, actual: out/a.csv, expected: golden/a.csv }] }
`;

const goldenFiles = {
  'runlens.yml': goldenPipeline,
  'src/app.js': 'const a = 1;\nconst b = 2;\neval(req.query.x);\n',
  'golden/a.csv': 't,v\n0,1\n1,2\n',
  'out/a.csv': 't,v\n0,1\n1,3\n',
};

describe('a check whose own verdict is "fail"', () => {
  let build: SourceBuild;
  beforeAll(async () => {
    build = await buildSource();
  });

  it('fails its step in the console, summary, JUnit and run.json, while a clean scan with findings passes and the gate judges it', async () => {
    const ws = await tempWorkspace(goldenFiles);
    const ran = await runNode(build.cli, ['run'], { cwd: ws });
    // The golden step failed; the gate (fail-on: critical) passed the high finding of lint.
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^✗ golden\s+failed \(1 of 1 golden case does not match: sine\)/m);
    expect(ran.stdout).toMatch(/^✓ lint\b/m);
    expect(ran.stdout).toMatch(/gate passed/);

    const out = path.join(ws, '.runlens');
    const summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^\| ❌ \| golden \| golden \|/m);
    expect(summary).toMatch(/^\| ✅ \| lint \| run \|/m);
    expect(summary).toContain('❌ **Failed steps:** golden');

    const xml = readFileSync(path.join(out, 'junit.xml'), 'utf8');
    expect(xml).toMatch(
      /<testcase classname="runlens.golden" name="step golden"[^>]*>\s*<failure message="1 of 1 golden case does not match: sine"/,
    );
    expect(xml).toMatch(/<testcase classname="runlens.run" name="step lint"[^>]*\/>/);

    const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    const status = Object.fromEntries(run.steps.map((s: { id: string; status: string }) => [s.id, s.status]));
    expect(status).toEqual({ lint: 'passed', golden: 'failed' });
    expect(run.gate.passed).toBe(true);
    expect(run.status).toBe('failed');
  });

  it('fails its step in the action outputs too', async () => {
    const ws = await tempWorkspace(goldenFiles);
    const ran = await runAction(build, ws, {});
    expect(ran.code).toBe(1);
    expect(ran.outputs).toMatchObject({ result: 'failed', 'exit-code': '1', 'failed-steps': 'golden', high: '2' });
    expect(ran.summary).toMatch(/^\| ❌ \| golden \|/m);
  });
});

const monorepoPipeline = `version: 1
steps:
  lint:
    run: ${writes('lint.sarif')}
    env: { CONTENT: '${sarif('src/app.js').replace(/'/g, "''")}' }
    sarif: lint.sarif
  test:
    # A test run that writes its report and fails, as test runners do.
    run: node -e "require('fs').writeFileSync('junit.xml', process.env.CONTENT)" && exit 1
    env: { CONTENT: '${junit.replace(/'/g, "''").replace(/\n/g, ' ')}' }
    junit: junit.xml
`;

const monorepo = {
  'packages/app/runlens.yml': monorepoPipeline,
  'packages/app/src/app.js': 'const a = 1;\nconst b = 2;\neval(req.query.x);\n',
  'packages/app/tests/app.test.js': '// tests\n',
  'README.md': '# monorepo\n',
};

const sha = '0123456789abcdef0123456789abcdef01234567';
const github = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: sha, GITHUB_JOB: 'ci' };

describe('a run that starts in a subfolder (working-directory: packages/app)', () => {
  let build: SourceBuild;
  beforeAll(async () => {
    build = await buildSource();
  });

  it('reports repository-relative paths in annotations, summary links, SARIF and run.json (action)', async () => {
    const ws = await tempWorkspace(monorepo);
    const ran = await runAction(build, ws, { 'working-directory': 'packages/app' }, github);
    expect(ran.code).toBe(1);

    const finding = ran.commands.find((c) => c.props.title?.includes('acme-lint'));
    expect(finding?.props).toMatchObject({ file: 'packages/app/src/app.js', line: '3' });
    // Failed tests are annotated at the test file and line the JUnit report gives.
    const test = ran.commands.find((c) => c.props.title?.startsWith('test failed'));
    expect(test).toMatchObject({ name: 'error', message: 'expected Infinity, got NaN' });
    expect(test?.props).toMatchObject({ file: 'packages/app/tests/app.test.js', line: '7' });
    // The verdict is there too, within the budget.
    expect(ran.commands.some((c) => c.name === 'error' && c.message.startsWith('runlens: failed — test failed'))).toBe(true);

    expect(ran.summary).toContain(`(https://github.com/acme/shop/blob/${sha}/packages/app/src/app.js#L3)`);
    expect(ran.summary).toContain(`(https://github.com/acme/shop/blob/${sha}/packages/app/tests/app.test.js#L7)`);

    const log = JSON.parse(readFileSync(ran.outputs.sarif!, 'utf8'));
    const lint = log.runs.find((r: { tool: { driver: { name: string } } }) => r.tool.driver.name === 'acme-lint');
    expect(lint.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${ws}/`);
    expect(lint.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'packages/app/src/app.js',
      uriBaseId: '%SRCROOT%',
    });

    const run = JSON.parse(readFileSync(ran.outputs['run-json']!, 'utf8'));
    expect(run.workspace).toBe(ws);
    expect(run.steps.flatMap((s: { findings: Array<{ location: { path: string } }> }) => s.findings.map((f) => f.location.path))).toEqual([
      'packages/app/src/app.js',
    ]);
    expect(run.steps.find((s: { id: string }) => s.id === 'test').artifacts).toEqual(['packages/app/junit.xml']);
  });

  it('reports repository-relative paths from the CLI started in a package of a git repository', async () => {
    const ws = await tempWorkspace(monorepo);
    execFileSync('git', ['init', '-q', ws]);
    const ran = await runNode(build.cli, ['run'], { cwd: path.join(ws, 'packages', 'app') });
    expect(ran.code).toBe(1);
    const run = JSON.parse(readFileSync(path.join(ws, 'packages', 'app', '.runlens', 'run.json'), 'utf8'));
    expect(run.workspace).toBe(ws);
    const findings = run.steps.flatMap((s: { findings: Array<{ location: { path: string } }> }) => s.findings);
    expect(findings.map((f: { location: { path: string } }) => f.location.path)).toEqual(['packages/app/src/app.js']);
    const cases = run.steps.flatMap((s: { cases: Array<{ file?: string }> }) => s.cases);
    expect(cases.map((c: { file?: string }) => c.file)).toEqual(['packages/app/tests/app.test.js', 'packages/app/tests/app.test.js']);
  });

  it('reports repository-relative paths in the GitLab reports (CI_PROJECT_DIR is the root)', async () => {
    const ws = await tempWorkspace(monorepo);
    const ran = await runNode(build.cli, ['run'], {
      cwd: path.join(ws, 'packages', 'app'),
      env: { GITLAB_CI: 'true', CI: 'true', CI_PROJECT_DIR: ws, CI_COMMIT_SHA: sha },
    });
    expect(ran.code).toBe(1);
    const quality = JSON.parse(readFileSync(path.join(ws, 'packages', 'app', '.runlens', 'gl-code-quality-report.json'), 'utf8'));
    expect(quality.map((i: { location: { path: string } }) => i.location.path)).toEqual(['packages/app/src/app.js']);
  });
});
