// Runs the committed dist/index.js exactly as the GitHub runner does: INPUT_* variables with hyphens
// kept, temp files for GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, GITHUB_WORKSPACE.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distAction, parseGithubOutput, repoRoot, requireDist, runNode, tempWorkspace } from '../support/dist.js';
import { startFakeForge } from '../support/fake-forge.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';

const loadValidator = (file: string) => (data: unknown) => schemaErrors(validatorFor(file), data);

const sarifWithHighFinding = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'acme-lint',
          rules: [{ id: 'AC1', shortDescription: { text: 'Unsafe eval' }, properties: { 'security-severity': '8.1' } }],
        },
      },
      results: [
        {
          ruleId: 'AC1',
          level: 'error',
          message: { text: 'eval of user input' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.js' }, region: { startLine: 3 } } }],
        },
      ],
    },
  ],
});

const pipeline = `version: 1
name: shop
steps:
  build:
    run: echo building && mkdir -p out && echo ok > out/built.txt
  lint:
    run: [node, -e, "require('fs').writeFileSync('lint.sarif', process.env.SARIF)"]
    env: { SARIF: '${sarifWithHighFinding.replace(/'/g, "''")}' }
    sarif: lint.sarif
  flaky-docs:
    run: exit 4
    continue-on-error: true
  test:
    needs: build
    run: test -f out/built.txt && echo tested
`;

async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const ws = await tempWorkspace({ 'runlens.yml': pipeline, 'src/app.js': 'const a = 1;\nconst b = 2;\neval(req.query.x);\n' });
  const summary = path.join(ws, 'step-summary.md');
  const output = path.join(ws, 'github-output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '42',
    GITHUB_REF: 'refs/heads/main',
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const ran = await runNode(distAction, [], { cwd: ws, env });
  return { ws, ran, summary: readFileSync(summary, 'utf8'), outputs: parseGithubOutput(readFileSync(output, 'utf8')) };
}

describe('the built action (dist/index.js)', () => {
  beforeAll(() => requireDist(distAction));

  it('runs the DAG and reports a pass when findings stay below fail-on', async () => {
    const { ws, ran, summary, outputs } = await runAction({ 'fail-on': 'critical', 'output-dir': 'reports' });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(outputs.result).toBe('passed');
    expect(outputs.high).toBe('1');
    expect(outputs['failed-steps']).toBe('');
    expect(outputs.sarif).toBe(path.join(ws, 'reports', 'runlens.sarif'));
    expect(summary).toMatch(/build/);
    expect(summary).toMatch(/flaky-docs/);
    expect(summary).toMatch(/Unsafe eval|eval of user input/);
    // The job summary is summary.md, trace section included.
    expect(summary).toBe(readFileSync(path.join(ws, 'reports', 'summary.md'), 'utf8') + '\n');
    expect(summary).toContain(outputs['trace-id']!);
    expect(ran.stdout).toContain('::group::');
    expect(ran.stdout).toMatch(/::error title=[^\n]*Unsafe eval[^\n]*,file=src\/app\.js,line=3::eval of user input/);

    const sarif = JSON.parse(readFileSync(path.join(ws, 'reports', 'runlens.sarif'), 'utf8'));
    expect(loadValidator('sarif-2.1.0.schema.json')(sarif)).toEqual([]);
    const run = JSON.parse(readFileSync(path.join(ws, 'reports', 'run.json'), 'utf8'));
    expect(loadValidator(path.join(repoRoot, 'schema', 'run-result.schema.json'))(run)).toEqual([]);
    expect(run.steps.map((s: { id: string; status: string }) => `${s.id}:${s.status}`).sort()).toEqual([
      'build:passed',
      'flaky-docs:failed',
      'lint:passed',
      'test:passed',
    ]);
  });

  it('fails with exit code 1 when a finding reaches fail-on', async () => {
    const { ran, outputs } = await runAction({ 'fail-on': 'high' });
    expect(ran.code).toBe(1);
    expect(outputs.result).toBe('failed');
    expect(outputs['exit-code']).toBe('1');
    // @actions/core writes `::error ::` when a command has no properties; the runner reads both forms.
    expect(ran.stdout).toMatch(/::error ?::runlens: failed/);
  });

  it('runs only the named steps and what they need', async () => {
    const { ran, outputs, ws } = await runAction({ steps: 'test', 'fail-on': 'none' });
    expect(ran.code).toBe(0);
    expect(outputs.result).toBe('passed');
    const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
    expect(run.steps.map((s: { id: string }) => s.id).sort()).toEqual(['build', 'test']);
  });

  it('runs one shard of the plan from the shard input, and refuses a malformed one with exit 2', async () => {
    const shards = await Promise.all(['1/2', '2/2'].map((shard) => runAction({ shard, 'fail-on': 'none' })));
    const ids = shards.map(({ ran, ws }) => {
      expect(ran.code, ran.stderr).toBe(0);
      const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
      return (run.steps as { id: string }[]).map((s) => s.id);
    });
    // Between them the two shards ran every step exactly once.
    expect([...ids[0]!, ...ids[1]!].sort()).toEqual(['build', 'flaky-docs', 'lint', 'test']);
    const bad = await runAction({ shard: '3/2' });
    expect(bad.ran.code).toBe(2);
    expect(bad.ran.stdout).toMatch(/input "shard" "3\/2" is not a shard/);
  });

  it('posts one sticky comment on the pull request and updates it on the next run', async () => {
    const forge = await startFakeForge({ token: 'ghs_testtoken' });
    try {
      const ws = await tempWorkspace({
        'event.json': JSON.stringify({ pull_request: { number: 12, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }),
      });
      const env = { GITHUB_API_URL: forge.url, GITHUB_EVENT_PATH: path.join(ws, 'event.json'), GITHUB_EVENT_NAME: 'pull_request' };
      for (let i = 0; i < 2; i++) {
        const { ran } = await runAction({ 'fail-on': 'critical', 'github-token': 'ghs_testtoken' }, env);
        expect(ran.code).toBe(0);
      }
      const comments = forge.threads.get('12') ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toMatch(/^<!-- runlens:comment:shop -->/);
      expect(comments[0]!.body).toMatch(/shop passed/);
    } finally {
      await forge.close();
    }
  });

  it('exits 2 with file:line:col for a broken runlens.yml', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\nsteps:\n  build:\n    rnu: echo hi\n' });
    const ran = await runNode(distAction, [], { cwd: ws, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws } });
    expect(ran.code).toBe(2);
    // An annotation at the line and column (item 9 of issue 9), not a bare ::error:: naming them in its text.
    expect(ran.stdout).toMatch(/::error title=[^\n]*,file=runlens\.yml,line=4,col=5::/);
    expect(ran.stdout).toMatch(/did you mean "run"/);
    expect(ran.stdout + ran.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the committed dist/', () => {
  // ncc copies any folder it takes for an asset: a path expression it misreads once shipped the whole
  // checkout (node_modules included) inside dist/.
  it('holds only the bundle: chunks, the secrets worker, the CLI shim, the pipeline templates and gRPC’s protos', () => {
    const dist = path.join(repoRoot, 'dist');
    const entries = readdirSync(dist, { withFileTypes: true });
    // proto/, protoc-gen-validate/, xds/: @grpc/grpc-js's own .proto files (~230 KB), which the GCP Secret
    // Manager client (gcp-sm://, loaded on demand) reads when it loads. xdg-open: the `open` package's script,
    // which @azure/identity's browser sign-in would call (runlens never does).
    expect(entries.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual([
      'pipeline-templates',
      'proto',
      'protoc-gen-validate',
      'xds',
    ]);
    const protos = ['proto', 'protoc-gen-validate', 'xds'].flatMap((d) =>
      readdirSync(path.join(dist, d), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()),
    );
    expect(protos.filter((e) => !/\.proto$|^LICENSE$/.test(e.name)).map((e) => e.name)).toEqual([]);
    const stray = entries.filter(
      (e) => e.isFile() && !/^(\d+\.)?index\.js$|^(cli|secrets-worker)\.js$|^licenses\.txt$|^package\.json$|^xdg-open$/.test(e.name),
    );
    expect(stray.map((e) => e.name)).toEqual([]);
    const bytes = entries.filter((e) => e.isFile()).reduce((n, e) => n + statSync(path.join(dist, e.name)).size, 0);
    expect(bytes).toBeLessThan(20 * 1024 * 1024);
  });
});
