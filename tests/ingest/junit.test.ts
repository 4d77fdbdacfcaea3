import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestJunit } from '../../src/ingest/junit.js';
import { repoRoot } from '../support/shared-schemas.js';
import { expectInputError } from '../support/input-error.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/junit');
// Where tests/fixtures/junit/generate.sh ran the test runners.
const FIXTURE_WORKSPACE = '/tmp/runlens-junit-fixture';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-ingest-junit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingestFixture(name: string) {
  await copyFile(path.join(fixtures, name), path.join(dir, name));
  return ingestJunit([path.join(dir, name)], { cwd: FIXTURE_WORKSPACE, workspace: FIXTURE_WORKSPACE, stepId: 'test' });
}

describe('ingestJunit with real runner output', () => {
  it('reads pytest outcomes: passed, failed, skipped and a setup error', async () => {
    const { cases } = await ingestFixture('pytest.xml');
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['test_adds', 'passed'],
      ['test_compares_spectra', 'failed'],
      ['test_on_gpu', 'skipped'],
      ['test_uses_database', 'error'],
      ['test_parses_empty_input', 'passed'],
    ]);
  });

  it('turns pytest 0-based lines into the 1-based lines of the test function', async () => {
    const { cases } = await ingestFixture('pytest.xml');
    const source = (await readFile(path.join(fixtures, 'project/test_sample.py'), 'utf8')).split('\n');
    const adds = cases.find((c) => c.name === 'test_adds')!;
    expect(adds).toMatchObject({ file: 'test_sample.py', classname: 'test_sample', suite: 'pytest' });
    expect(source[adds.line! - 1]).toBe('def test_adds():');
  });

  it('keeps the failure message and the decoded details of a pytest failure', async () => {
    const { cases } = await ingestFixture('pytest.xml');
    const failed = cases.find((c) => c.name === 'test_compares_spectra')!;
    expect(failed.message).toMatch(/^AssertionError: spectrum differs at index 1\nassert/);
    expect(failed.details).toContain('>       assert actual == expected');
    const errored = cases.find((c) => c.name === 'test_uses_database')!;
    expect(errored.message).toBe('failed on setup with "RuntimeError: database <unavailable> & retry failed"');
  });

  it('reads vitest names, durations and the skipped case', async () => {
    const { cases } = await ingestFixture('vitest.xml');
    expect(cases).toHaveLength(4);
    const quoted = cases.find((c) => c.name.startsWith('parser > keeps quoted'))!;
    expect(quoted.name).toBe('parser > keeps quoted commas "a,b" | c');
    expect(quoted.status).toBe('failed');
    expect(quoted.durationMs).toBeGreaterThan(0);
    expect(cases.filter((c) => c.status === 'skipped').map((c) => c.name)).toEqual(['parser > numbers > parses hex floats']);
  });

  it('walks nested suites from node --test and makes absolute file paths workspace-relative', async () => {
    const { cases } = await ingestFixture('node-test.xml');
    expect(cases.map((c) => [c.suite, c.name, c.status])).toEqual([
      ['golden spectrum', 'matches within tolerance', 'passed'],
      ['golden spectrum', 'keeps its peak at 440 Hz', 'failed'],
      ['golden spectrum > edges', 'handles an empty series', 'skipped'],
    ]);
    expect(cases[1]!.file).toBe('sample.test.mjs');
    expect(cases[1]!.message).toContain('peak moved');
  });

  it('reads a bare <testsuite> root from mocha, with hex character references', async () => {
    const { cases } = await ingestFixture('mocha.xml');
    expect(cases.map((c) => c.status)).toEqual(['passed', 'failed', 'skipped']);
    expect(cases[1]!.name).toBe('rejects version 2 with a <clear> message');
    expect(cases[1]!.suite).toBe('Mocha Tests');
    expect(cases[1]!.message).toBe('Expected values to be strictly equal:');
  });

  it('reads every file a glob matches', async () => {
    for (const n of ['pytest.xml', 'vitest.xml']) await copyFile(path.join(fixtures, n), path.join(dir, n));
    const { cases, files } = await ingestJunit(['*.xml'], { cwd: dir, workspace: dir, stepId: 'test' });
    expect(files).toEqual(['pytest.xml', 'vitest.xml']);
    expect(cases).toHaveLength(9);
  });
});

describe('ingestJunit errors', () => {
  it('reports a mismatched closing tag with line:col', async () => {
    await writeFile(
      path.join(dir, 'bad.xml'),
      '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="a">\n    <testcase name="x"></testsuite>\n</testsuites>\n',
    );
    const err = await expectInputError(ingestJunit(['bad.xml'], { cwd: dir, workspace: dir, stepId: 't' }));
    expect(err.position).toMatchObject({ file: 'bad.xml', line: 4 });
    expect(err.position.column).toBeGreaterThan(1);
    expect(err.message).toMatch(/^bad\.xml:4:\d+: not well-formed XML: /);
    expect(err.hint).toMatch(/truncated/);
  });

  it('reports a report cut off mid-write with its position', async () => {
    const text = (await readFile(path.join(fixtures, 'vitest.xml'), 'utf8')).slice(0, 400);
    await writeFile(path.join(dir, 'cut.xml'), text);
    const err = await expectInputError(ingestJunit(['cut.xml'], { cwd: dir, workspace: dir, stepId: 't' }));
    expect(err.position.line).toBeGreaterThanOrEqual(1);
    expect(err.message).toContain('not well-formed XML');
  });

  it('rejects XML that is not a test report, naming its root element', async () => {
    await writeFile(path.join(dir, 'pom.xml'), '<?xml version="1.0"?>\n\n<project><version>1</version></project>\n');
    const err = await expectInputError(ingestJunit(['pom.xml'], { cwd: dir, workspace: dir, stepId: 't' }));
    expect(err.position).toEqual({ file: 'pom.xml', line: 3, column: 1 });
    expect(err.detail).toBe('the root element is <project>, not <testsuites> or <testsuite>');
  });

  it('fails when a pattern matches no file', async () => {
    const err = await expectInputError(ingestJunit(['reports/junit.xml'], { cwd: dir, workspace: dir, stepId: 't' }));
    expect(err.message).toContain('no JUnit XML file matches');
  });
});
