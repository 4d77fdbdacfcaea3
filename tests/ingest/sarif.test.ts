import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContext } from '../support/check-context.js';
import { sarifCheck } from '../../src/checks/sarif/check.js';
import { ingestSarif } from '../../src/ingest/sarif.js';
import { repoRoot } from '../support/shared-schemas.js';
import { expectInputError } from '../support/input-error.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/sarif');
// The fixtures were generated in this directory (tests/fixtures/sarif/generate.sh), so their absolute URIs point there.
const FIXTURE_WORKSPACE = '/tmp/runlens-sarif-fixture';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-ingest-sarif-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingestFixture(name: string, opts: { workspace?: string; cwd?: string } = {}) {
  await copyFile(path.join(fixtures, name), path.join(dir, name));
  return ingestSarif([path.join(dir, name)], { cwd: opts.cwd ?? dir, workspace: opts.workspace ?? FIXTURE_WORKSPACE, stepId: 'lint' });
}

describe('ingestSarif with real tool output', () => {
  it('reads every bandit result with its rule, level, location and snippet', async () => {
    const { findings, files } = await ingestFixture('bandit.sarif', { cwd: FIXTURE_WORKSPACE });
    expect(files).toHaveLength(1);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['B101', 'B324', 'B404', 'B506', 'B602']);
    const shell = findings.find((f) => f.ruleId === 'B602')!;
    expect(shell).toMatchObject({
      tool: 'Bandit',
      toolVersion: '1.9.4',
      severity: 'high',
      category: 'sast',
      stepId: 'lint',
      location: { path: 'app.py', startLine: 10 },
    });
    expect(shell.location?.snippet).toContain('shell=True');
    expect(shell.helpUri).toMatch(/^https:\/\/bandit\.readthedocs\.io\//);
  });

  it('makes ESLint file:// URIs workspace-relative and takes titles from shortDescription', async () => {
    const { findings } = await ingestFixture('eslint.sarif');
    expect(findings).toHaveLength(3);
    for (const f of findings) expect(f.location?.path).toBe('app.js');
    const evalFinding = findings.find((f) => f.ruleId === 'no-eval')!;
    expect(evalFinding).toMatchObject({ tool: 'ESLint', severity: 'high', title: 'Disallow the use of `eval()`', category: 'quality' });
    expect(findings.find((f) => f.ruleId === 'no-unused-vars')!.severity).toBe('medium');
  });

  it('looks up gosec rules by id when results carry no ruleIndex, with help and CWE tags', async () => {
    const { findings } = await ingestFixture('gosec.sarif', { cwd: FIXTURE_WORKSPACE });
    const md5 = findings.find((f) => f.ruleId === 'G401')!;
    expect(md5).toMatchObject({ tool: 'gosec', toolVersion: '2.22.11', category: 'sast', location: { path: 'main.go', startLine: 12 } });
    expect(md5.help).toBeTruthy();
    expect(md5.title).not.toBe('G401');
  });

  it('resolves relative URIs against the step working directory, not the workspace root', async () => {
    const { findings } = await ingestFixture('bandit.sarif', { cwd: `${FIXTURE_WORKSPACE}/services/api`, workspace: FIXTURE_WORKSPACE });
    expect(findings[0]!.location?.path).toBe('services/api/app.py');
  });

  it('gives the same fingerprints when the same file is read twice', async () => {
    const a = await ingestFixture('bandit.sarif');
    const b = await ingestFixture('bandit.sarif');
    expect(a.findings.map((f) => f.fingerprint)).toEqual(b.findings.map((f) => f.fingerprint));
    expect(new Set(a.findings.map((f) => f.fingerprint)).size).toBe(a.findings.length);
  });

  it('reads every file a glob matches', async () => {
    await mkdir(path.join(dir, 'reports'));
    for (const n of ['bandit.sarif', 'eslint.sarif', 'gosec.sarif']) await copyFile(path.join(fixtures, n), path.join(dir, 'reports', n));
    const { findings, files } = await ingestSarif(['reports/*.sarif'], { cwd: dir, workspace: dir, stepId: 'scan' });
    expect(files).toEqual(['reports/bandit.sarif', 'reports/eslint.sarif', 'reports/gosec.sarif']);
    expect(new Set(findings.map((f) => f.tool))).toEqual(new Set(['Bandit', 'ESLint', 'gosec']));
  });
});

describe('ingestSarif SARIF semantics', () => {
  const minimal = (run: Record<string, unknown>) =>
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'codeql' } }, ...run }] });

  it('resolves %SRCROOT% to the workspace and declared uriBaseIds through originalUriBaseIds', async () => {
    await writeFile(
      path.join(dir, 'x.sarif'),
      minimal({
        originalUriBaseIds: { PKG: { uri: 'packages/web/', uriBaseId: '%SRCROOT%' } },
        results: [
          {
            ruleId: 'a',
            message: { text: 'm' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a%20b.ts', uriBaseId: '%SRCROOT%' } } }],
          },
          {
            ruleId: 'b',
            message: { text: 'm' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'index.ts', uriBaseId: 'PKG' } } }],
          },
          {
            ruleId: 'c',
            message: { text: 'm' },
            locations: [{ physicalLocation: { artifactLocation: { uri: path.join(dir, 'abs.ts') } } }],
          },
        ],
      }),
    );
    const { findings } = await ingestSarif([path.join(dir, 'x.sarif')], { cwd: path.join(dir, 'sub'), workspace: dir, stepId: 's' });
    expect(findings.map((f) => f.location?.path)).toEqual(['src/a b.ts', 'packages/web/index.ts', 'abs.ts']);
  });

  it('takes security-severity over the level, and the rule default level when the result has none', async () => {
    await writeFile(
      path.join(dir, 'x.sarif'),
      minimal({
        tool: {
          driver: {
            name: 'codeql',
            rules: [
              { id: 'sev', properties: { 'security-severity': '9.8' } },
              { id: 'lvl', defaultConfiguration: { level: 'note' } },
            ],
          },
        },
        results: [
          { ruleId: 'sev', level: 'note', message: { text: 'm' } },
          { ruleId: 'lvl', message: { text: 'm' } },
          { ruleId: 'none', message: { text: 'm' } },
        ],
      }),
    );
    const { findings } = await ingestSarif(['x.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(findings.map((f) => f.severity)).toEqual(['critical', 'low', 'medium']);
  });

  it('fills message placeholders from the rule message strings', async () => {
    await writeFile(
      path.join(dir, 'x.sarif'),
      minimal({
        tool: {
          driver: {
            name: 'codeql',
            rules: [{ id: 'r', messageStrings: { default: { text: 'Variable {0} is unused in {1}; {{literal}}' } } }],
          },
        },
        results: [{ ruleId: 'r', ruleIndex: 0, message: { id: 'default', arguments: ['x', 'f()'] } }],
      }),
    );
    const { findings } = await ingestSarif(['x.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(findings[0]!.message).toBe('Variable x is unused in f(); {literal}');
  });

  it('skips suppressed, passing and absent results', async () => {
    await writeFile(
      path.join(dir, 'x.sarif'),
      minimal({
        results: [
          { ruleId: 'kept', message: { text: 'm' } },
          { ruleId: 'suppressed', message: { text: 'm' }, suppressions: [{ kind: 'inSource' }] },
          { ruleId: 'pass', kind: 'pass', message: { text: 'm' } },
          { ruleId: 'absent', baselineState: 'absent', message: { text: 'm' } },
        ],
      }),
    );
    const { findings } = await ingestSarif(['x.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(findings.map((f) => f.ruleId)).toEqual(['kept']);
  });

  it('builds the fingerprint from partialFingerprints when the tool gives them, so a moved line keeps it', async () => {
    const at = (line: number) =>
      minimal({
        results: [
          {
            ruleId: 'r',
            message: { text: 'm' },
            partialFingerprints: { primaryLocationLineHash: 'abc:1' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ts' }, region: { startLine: line } } }],
          },
        ],
      });
    await writeFile(path.join(dir, 'a.sarif'), at(3));
    await writeFile(path.join(dir, 'b.sarif'), at(30));
    const a = await ingestSarif(['a.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    const b = await ingestSarif(['b.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(a.findings[0]!.fingerprint).toBe(b.findings[0]!.fingerprint);
    expect(a.findings[0]!.properties?.partialFingerprints).toEqual({ primaryLocationLineHash: 'abc:1' });
  });

  it('never keeps the snippet of a secret scanner, which is the secret itself', async () => {
    await writeFile(
      path.join(dir, 'x.sarif'),
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'gitleaks' } },
            results: [
              {
                ruleId: 'generic-api-key',
                message: { text: 'generic-api-key has detected secret for file config.env.' },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: 'config.env' },
                      region: { startLine: 1, snippet: { text: 'API_KEY=CANARY-value-9f8e7d' } },
                    },
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    const { findings } = await ingestSarif(['x.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(findings[0]!.category).toBe('secret');
    expect(JSON.stringify(findings)).not.toContain('CANARY');
  });

  it('reads a run whose results are null (the tool did not finish) as no findings', async () => {
    await writeFile(path.join(dir, 'x.sarif'), minimal({ results: null }));
    const { findings } = await ingestSarif(['x.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(findings).toEqual([]);
  });
});

describe('ingestSarif errors', () => {
  it('reports a JSON syntax error with file:line:col', async () => {
    await writeFile(
      path.join(dir, 'broken.sarif'),
      '{\n  "version": "2.1.0",\n  "runs": [\n    { "tool": { "driver": { "name": "x" } }, }\n  ]\n}\n',
    );
    const err = await expectInputError(ingestSarif(['broken.sarif'], { cwd: dir, workspace: dir, stepId: 's' }));
    expect(err.position).toEqual({ file: 'broken.sarif', line: 4, column: 46 });
    expect(err.message).toMatch(/^broken\.sarif:4:46: this SARIF file is not valid JSON: expected a property name/);
  });

  it('reports a file cut short with the position of its end', async () => {
    const text = (await readFile(path.join(fixtures, 'bandit.sarif'), 'utf8')).slice(0, 500);
    await writeFile(path.join(dir, 'cut.sarif'), text);
    const err = await expectInputError(ingestSarif(['cut.sarif'], { cwd: dir, workspace: dir, stepId: 's' }));
    const lines = text.split('\n');
    expect(err.position.line).toBe(lines.length);
    expect(err.message).toContain('not valid JSON');
  });

  it('names the missing driver name with its position and what to do', async () => {
    await writeFile(
      path.join(dir, 'nodriver.sarif'),
      '{\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {},\n      "results": []\n    }\n  ]\n}\n',
    );
    const err = await expectInputError(ingestSarif(['nodriver.sarif'], { cwd: dir, workspace: dir, stepId: 's' }));
    expect(err.position).toEqual({ file: 'nodriver.sarif', line: 5, column: 15 });
    expect(err.detail).toBe('runs[0].tool.driver.name is missing: every SARIF run names the tool that produced it');
    expect(err.hint).toMatch(/SARIF 2\.1\.0/);
  });

  it('rejects results that are not an array', async () => {
    await writeFile(path.join(dir, 'x.sarif'), '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":{}}]}');
    const err = await expectInputError(ingestSarif(['x.sarif'], { cwd: dir, workspace: dir, stepId: 's' }));
    expect(err.detail).toBe('runs[0].results is not an array');
    expect(err.position).toMatchObject({ line: 1, column: 70 });
  });

  it('rejects a JSON file that is not SARIF', async () => {
    await writeFile(path.join(dir, 'package.json'), '{ "name": "x" }');
    const err = await expectInputError(ingestSarif(['package.json'], { cwd: dir, workspace: dir, stepId: 's' }));
    expect(err.detail).toMatch(/^runs is missing or not an array/);
  });

  it('fails when a pattern matches no file, saying where it looked', async () => {
    const err = await expectInputError(ingestSarif(['reports/*.sarif'], { cwd: dir, workspace: dir, stepId: 's' }));
    expect(err.message).toContain('reports/*.sarif');
    expect(err.message).toContain(dir);
  });
});

describe('uses: sarif', () => {
  it('ingests the files named in `with.files` and lists them as artifacts', async () => {
    await copyFile(path.join(fixtures, 'eslint.sarif'), path.join(dir, 'eslint.sarif'));
    const options = sarifCheck.options.parse({ files: '*.sarif' });
    const logged: string[] = [];
    const outcome = await sarifCheck.run(checkContext({ stepId: 'eslint', cwd: dir, options, env: {}, log: (l) => logged.push(l) }));
    expect(outcome.findings).toHaveLength(3);
    expect(outcome.findings.every((f) => f.stepId === 'eslint')).toBe(true);
    expect(outcome.artifacts).toEqual(['eslint.sarif']);
    expect(logged.join('\n')).toContain('3 findings from 1 SARIF file');
  });

  it('rejects options without files', () => {
    expect(sarifCheck.options.safeParse({}).success).toBe(false);
  });
});

describe('ingestSarif file patterns', () => {
  it('does not pick up SARIF files inside node_modules with a ** glob', async () => {
    await mkdir(path.join(dir, 'node_modules/pkg'), { recursive: true });
    await mkdir(path.join(dir, 'reports'));
    await copyFile(path.join(fixtures, 'eslint.sarif'), path.join(dir, 'node_modules/pkg/x.sarif'));
    await copyFile(path.join(fixtures, 'eslint.sarif'), path.join(dir, 'reports/x.sarif'));
    const { files } = await ingestSarif(['**/*.sarif'], { cwd: dir, workspace: dir, stepId: 's' });
    expect(files).toEqual(['reports/x.sarif']);
  });

  it('reads a ../ pattern from a step working directory below the workspace', async () => {
    await mkdir(path.join(dir, 'app'));
    await mkdir(path.join(dir, 'reports'));
    await copyFile(path.join(fixtures, 'eslint.sarif'), path.join(dir, 'reports/x.sarif'));
    const { files } = await ingestSarif(['../reports/*.sarif'], { cwd: path.join(dir, 'app'), workspace: dir, stepId: 's' });
    expect(files).toEqual(['reports/x.sarif']);
  });
});
