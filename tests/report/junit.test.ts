import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ingestJunit } from '../../src/ingest/junit.js';
import { toJunitXml } from '../../src/report/junit.js';
import { run, step, testCase } from '../support/run-result.js';

const nasty = 'bad \u0000\u0007 bytes, \u001b[31mred\u001b[0m, <tag> & "quotes" \'apos\' ]]> \uFFFE end';

function sampleRun() {
  return run({
    steps: [
      step({ id: 'build' }),
      step({
        id: 'test',
        status: 'failed',
        reason: 'exit code 1',
        cases: [
          testCase({ name: 'adds' }),
          testCase({
            name: `fails ${nasty}`,
            status: 'failed',
            message: `line one\nline two ${nasty}`,
            details: `trace\n${nasty}`,
            file: 'tests/a.test.ts',
            line: 3,
          }),
          testCase({ name: 'errors', status: 'error', message: 'boom' }),
          testCase({ name: 'skips', status: 'skipped', message: 'needs a GPU' }),
        ],
      }),
      step({ id: 'slow', status: 'timed-out', reason: 'timed out after 10m' }),
      step({ id: 'deploy', status: 'skipped', reason: 'needs test, which failed' }),
    ],
  });
}

describe('toJunitXml', () => {
  it('writes well-formed XML even from test output full of control characters and markup', () => {
    const xml = toJunitXml(sampleRun());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE]/);
  });

  it('writes one testsuite per step with the step as a case, followed by its ingested cases', () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => n === 'testsuite' || n === 'testcase',
    }).parse(toJunitXml(sampleRun()));
    const suites = doc.testsuites.testsuite as Array<Record<string, unknown> & { testcase: Array<Record<string, unknown>> }>;
    expect(suites.map((s) => s.name)).toEqual(['build', 'test', 'slow', 'deploy']);
    const test = suites[1]!;
    expect(test.testcase.map((c) => c.name)).toEqual(['step test', 'adds', expect.stringMatching(/^fails /), 'errors', 'skips']);
    expect(test).toMatchObject({ tests: '5', failures: '2', errors: '1', skipped: '1' });
    expect(doc.testsuites).toMatchObject({ tests: '8', failures: '2', errors: '2', skipped: '2' });
  });

  it('keeps text, newlines in messages and file/line through a parse', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-junit-out-'));
    try {
      await writeFile(path.join(dir, 'junit.xml'), toJunitXml(sampleRun()));
      const { cases } = await ingestJunit(['junit.xml'], { cwd: dir, workspace: dir, stepId: 'x' });
      const failed = cases.find((c) => c.name.startsWith('fails'))!;
      expect(failed.name).toBe('fails bad  bytes, red, <tag> & "quotes" \'apos\' ]]>  end');
      expect(failed.message).toBe('line one\nline two bad  bytes, red, <tag> & "quotes" \'apos\' ]]>  end');
      expect(failed).toMatchObject({ status: 'failed', file: 'tests/a.test.ts', line: 3 });
      expect(cases.find((c) => c.name === 'step slow')).toMatchObject({ status: 'error', message: 'timed out after 10m' });
      expect(cases.find((c) => c.name === 'step deploy')).toMatchObject({ status: 'skipped', message: 'needs test, which failed' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
