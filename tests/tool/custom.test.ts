// `uses: tool` with a custom `run`: SARIF on stdout or in a file, or text read with a problem matcher.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, removeWorkspaces, requireTools, runTool, workspace } from './support.js';

beforeAll(() => requireTools('bandit', 'shellcheck', 'eslint'));
afterAll(removeWorkspaces);

describe('custom tool writing SARIF', () => {
  it('reads SARIF from standard output, with the tool and version the SARIF names', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ run: ['bandit', '--format', 'sarif', '--quiet', '-r', 'svc'], format: 'sarif' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(outcome.findings.map((f) => f.ruleId).sort()).toEqual(['B101', 'B301', 'B403', 'B404', 'B602']);
    expect(outcome.findings.find((f) => f.ruleId === 'B602')).toMatchObject({
      tool: 'Bandit',
      location: { path: 'svc/app.py', startLine: 8 },
      severity: 'high',
    });
    expect(outcome.tools).toEqual([expect.objectContaining({ name: 'Bandit' })]);
  });

  it('reads SARIF from the file the tool wrote, through the shell, and lists a clean tool', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool(
      {
        run: 'mkdir -p out && bandit --format sarif --quiet --output out/bandit.sarif svc/clean.py',
        format: 'sarif',
        output: 'out/bandit.sarif',
        'exit-codes': [0],
      },
      ws,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.findings).toEqual([]);
    expect(outcome.tools).toEqual([expect.objectContaining({ name: 'Bandit' })]);
    expect(outcome.artifacts).toEqual(['out/bandit.sarif']);
    expect(JSON.parse(await readFile(path.join(ws, 'out/bandit.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });

  it('never reads a report an earlier run left behind', async () => {
    const ws = await workspace('python');
    await writeFile(
      path.join(ws, 'stale.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'old' } }, results: [] }] }),
    );
    const { outcome } = await runTool({ run: ['true'], format: 'sarif', output: 'stale.sarif' }, ws);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      'stale.sarif: was not written: the tool exited without writing its report — see the step log for what it printed',
    );
  });

  it('quotes the error line of a usage message, not the usage', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool(
      { run: ['bandit', '--format', 'sarif', '--output', 'no/such/dir/x.sarif', 'svc'], format: 'sarif' },
      ws,
    );
    expect(outcome.error).toMatch(/^bandit exited with code 2: bandit: error: argument -o\/--output: can't open 'no\/such\/dir\/x\.sarif'/);
  });

  it('fails the step on an exit code outside `exit-codes`, quoting what the tool said', async () => {
    const ws = await workspace();
    const { outcome } = await runTool({ run: ['bash', '-c', 'echo "boom: no config" >&2; exit 3'], format: 'sarif' }, ws);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('bash exited with code 3: boom: no config (a run that completes exits with 0 or 1)');
  });
});

describe('custom tool read with a problem matcher', () => {
  it('turns shellcheck’s gcc output into findings, severities from its words', async () => {
    const ws = await workspace('shell');
    const { outcome } = await runTool(
      {
        run: ['shellcheck', '--format=gcc', 'scripts/deploy.sh'],
        format: 'problem-matcher',
        matcher: path.join(FIXTURES, 'matchers/shellcheck-gcc.json'),
      },
      ws,
    );
    expect(outcome.status).toBeUndefined();
    expect(outcome.findings.map((f) => [f.ruleId, f.location?.path, f.location?.startLine, f.location?.startColumn, f.severity])).toEqual([
      ['SC2086', 'scripts/deploy.sh', 4, 12, 'note'],
      ['SC2045', 'scripts/deploy.sh', 5, 10, 'high'],
      ['SC2035', 'scripts/deploy.sh', 5, 15, 'note'],
      ['SC2154', 'scripts/deploy.sh', 8, 7, 'medium'],
    ]);
    expect(outcome.findings[1]).toMatchObject({
      tool: 'shellcheck-gcc',
      message: 'Iterating over ls output is fragile. Use globs.',
      category: 'quality',
    });
    expect(outcome.tools).toEqual([{ name: 'shellcheck-gcc', category: 'quality' }]);
  });

  it('names the tool, records its version and remaps severities when asked', async () => {
    const ws = await workspace('shell');
    const { outcome } = await runTool(
      {
        run: 'shellcheck --format=gcc scripts/*.sh',
        format: 'problem-matcher',
        matcher: path.join(FIXTURES, 'matchers/shellcheck-gcc.json'),
        name: 'shellcheck',
        'version-args': ['--version'],
        severities: { note: 'low', error: 'critical' },
      },
      ws,
    );
    expect(outcome.findings.map((f) => f.severity)).toEqual(['low', 'critical', 'low', 'medium']);
    expect(outcome.findings[0]).toMatchObject({ tool: 'shellcheck' });
    expect(outcome.tools).toEqual([{ name: 'shellcheck', version: expect.stringMatching(/^0\.9\.0/), category: 'quality' }]);
  });

  it('reads ESLint’s stylish output with the multi-line (loop) matcher setup-node uses', async () => {
    const ws = await workspace('corpus/js');
    const { outcome } = await runTool(
      {
        run: ['eslint', '--format', 'stylish', 'src'],
        format: 'problem-matcher',
        matcher: path.join(FIXTURES, 'matchers/eslint-stylish.json'),
      },
      ws,
    );
    expect(
      outcome.findings.map((f) => `${f.ruleId} ${f.location?.path}:${f.location?.startLine}:${f.location?.startColumn} ${f.severity}`),
    ).toEqual(['no-unused-vars src/app.js:1:7 high', 'eqeqeq src/app.js:4:9 medium', 'no-eval src/app.js:4:22 high']);
  });

  it('fails the step, naming file:line:col, when the matcher file is broken', async () => {
    const ws = await workspace('shell');
    const { outcome } = await runTool(
      { run: ['true'], format: 'problem-matcher', matcher: path.join(FIXTURES, 'matchers/broken.json') },
      ws,
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(
      /broken\.json:7:19: problemMatcher\[0\]\.pattern\[0\]\.line is group 4, but the regexp has 2 capture groups/,
    );
  });
});
