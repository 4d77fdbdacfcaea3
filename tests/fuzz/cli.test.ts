// The same bad input through the CLI as users run it (a build of the current source): a malformed
// runlens.yml is exit 2 with runlens.yml:line on stderr, malformed SARIF, JUnit, problem-matcher,
// lockfile and golden files fail their step (exit 1) with the file:line in the step's reason — and never
// a stack trace, never exit 3 ("a runlens bug").
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runNode, tempWorkspace, type Ran } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { count, reportTally } from './support/harness.js';
import { damaged, fixture } from './support/mutate.js';

const STACK = /\n\s+at .+:\d+:\d+|this is a bug/;

function expectNoStack(ran: Ran): void {
  expect(ran.stderr + ran.stdout, 'no stack trace').not.toMatch(STACK);
  expect(ran.code, ran.stderr).not.toBe(3);
}

let build: SourceBuild;
beforeAll(async () => {
  build = await buildSource();
}, 120_000);
afterAll(() => reportTally('cli'));

describe('a malformed runlens.yml through the CLI', () => {
  it.each([
    'billion-laughs.yml',
    'deep-nesting.yml',
    'empty.yml',
    'nul-bytes.yml',
    'utf16.yml',
    'two-documents.yml',
    'unknown-keys.yml',
    'step-wrong-types.yml',
    'unclosed-flow.yml',
    'tab-indent.yml',
    'many-steps.yml',
    'matrix-ten-billion.yml',
    'long-unknown-key.yml',
  ])('%s is exit 2 with runlens.yml:line on stderr and no stack trace', async (name) => {
    const ws = await tempWorkspace({});
    copyFileSync(path.join(repoRoot, 'tests/fixtures/fuzz/config', name), path.join(ws, 'runlens.yml'));
    const ran = await runNode(build.cli, ['run'], { cwd: ws });
    expectNoStack(ran);
    expect(ran.code, ran.stderr + ran.stdout).toBe(2);
    expect(ran.stderr + ran.stdout).toMatch(/runlens\.yml:\d+(:\d+)?: /);
  });

  it('keeps every damaged config to exit 0 or 2 with no stack trace (`runlens validate`)', async () => {
    const seeds = ['runlens.yml', 'examples/demo/runlens.yml', 'tests/fixtures/config/demo-like.yml'].map(fixture);
    const samples = fc.sample(damaged(seeds), { numRuns: 12, seed: 16 });
    for (const bytes of samples) {
      const ws = await tempWorkspace({});
      const file = path.join(ws, 'runlens.yml');
      await import('node:fs/promises').then((fs) => fs.writeFile(file, bytes));
      const ran = await runNode(build.cli, ['validate'], { cwd: ws });
      count(
        'cli:config',
        ran.code === 0
          ? { kind: 'ok', detail: '' }
          : { kind: 'input-error', name: 'ConfigError', message: ran.stderr, shown: 'runlens.yml' },
      );
      expectNoStack(ran);
      expect([0, 2], `${ran.stderr}\n--- config ---\n${Buffer.from(bytes).toString('utf8').slice(0, 400)}`).toContain(ran.code);
      if (ran.code === 2) expect(ran.stderr + ran.stdout).toMatch(/runlens\.yml(:\d+)?/);
    }
  });
});

describe('malformed tool output and data files through the CLI', () => {
  it('fails each step that reads a malformed file, naming file:line, with exit 1 and no stack trace', async () => {
    const f = (rel: string) => readFileSync(path.join(repoRoot, rel));
    const ws = await tempWorkspace({
      'runlens.yml': [
        'version: 1',
        'steps:',
        '  sarif-step: { run: "true", sarif: bad.sarif }',
        '  junit-step: { run: "true", junit: bad.xml }',
        '  matcher-step: { run: "echo hello", problem-matcher: bad-matcher.json }',
        '  deps-step:',
        '    uses: deps',
        '    with: { paths: [lock/package-lock.json], source: advisories, cache-dir: .cache }',
        '  golden-step:',
        '    uses: golden',
        '    with: { cases: [{ actual: out.npy, expected: golden.npy }] }',
        '',
      ].join('\n'),
      'advisories/.keep': '',
    });
    const put = (name: string, bytes: Buffer) =>
      import('node:fs/promises').then((fs) =>
        fs.mkdir(path.dirname(path.join(ws, name)), { recursive: true }).then(() => fs.writeFile(path.join(ws, name), bytes)),
      );
    await put('bad.sarif', f('tests/fixtures/fuzz/sarif/deeply-nested-unclosed.sarif'));
    await put('bad.xml', f('tests/fixtures/fuzz/junit/external-entity.xml'));
    await put('bad-matcher.json', f('tests/fixtures/fuzz/problem-matcher/exponential-with-backreference.json'));
    await put('lock/package-lock.json', f('tests/fixtures/fuzz/lockfiles/package-lock/v1-nested-3000-deep.json'));
    await put('golden.npy', f('tests/fixtures/fuzz/golden/shape-2e40.npy'));
    await put('out.npy', f('tests/fixtures/golden/npy/ref_f8.npy'));

    const ran = await runNode(build.cli, ['run'], { cwd: ws });
    expectNoStack(ran);
    expect(ran.code, ran.stderr + ran.stdout).toBe(1);
    const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8')) as {
      steps: Array<{ id: string; status: string; reason?: string; cases: Array<{ status: string; message?: string }> }>;
    };
    const step = (id: string) => run.steps.find((s) => s.id === id)!;
    const said = (id: string) =>
      `${step(id).reason ?? ''} ${step(id)
        .cases.map((c) => c.message ?? '')
        .join(' ')}`;
    for (const id of ['sarif-step', 'junit-step', 'matcher-step', 'deps-step', 'golden-step']) {
      expect(step(id).status, `${id}: ${said(id)}`).toBe('failed');
      count(`cli:${id}`, { kind: 'input-error', name: 'InputError', message: said(id), shown: id });
    }
    expect(said('sarif-step')).toMatch(/bad\.sarif:1:\d+: this SARIF file is not valid JSON/);
    expect(said('junit-step')).toMatch(/bad\.xml: cannot be read as JUnit XML: External entities are not supported/);
    expect(said('matcher-step')).toMatch(
      /bad-matcher\.json:\d+:\d+: problemMatcher\[0\]\.pattern\[0\]\.regexp could backtrack catastrophically/,
    );
    expect(said('deps-step')).toMatch(/lock\/package-lock\.json:\d+: "dependencies" nest more than 500 levels deep/);
    expect(said('golden-step')).toMatch(/golden\.npy: truncated \.npy file/);
  });
});
