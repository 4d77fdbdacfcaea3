// The job summary and the PR comment as GitHub renders them (cmark-gfm's spec, through micromark + GFM):
// headings stay headings, tables keep their rows, details blocks open and close, text after a table or a
// details block is not swallowed by it.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { writeReports } from '../../src/report/write-reports.js';
import { traceSummaryMarkdown } from '../../src/telemetry/index.js';
import { gfmStructure } from '../support/gfm.js';
import { findings, run, step, testCase } from '../support/run-result.js';

// What the golden check writes for a failing case (src/checks/golden/summary.ts): a table, then a
// details block per failing case, the block being the last thing in the step's summary.
const goldenSection = [
  '**Golden data: 1 of 2 cases failed.**',
  '',
  '| | case | result |',
  '| --- | --- | --- |',
  '| ❌ | `spectrum` | 3 differ |',
  '| ✅ | `mean` | passed |',
  '',
  '<details><summary>❌ <code>spectrum</code>: 3 differ</summary>',
  '',
  'Golden `golden/spectrum.csv`, actual `out/spectrum.csv` (csv).',
  '',
  '</details>',
].join('\n');

function busyRun() {
  const started = '2026-11-22T01:02:03.456Z';
  return run({
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    failOn: 'critical',
    steps: [
      step({ id: 'lint', findings: findings(60, ['high', 'medium']), startedAt: started }),
      step({
        id: 'test',
        status: 'failed',
        startedAt: started,
        cases: Array.from({ length: 55 }, (_, i) => testCase({ name: `case ${i}`, status: 'failed', message: 'boom' })),
      }),
      step({ id: 'golden', kind: 'golden', status: 'failed', startedAt: started, summary: goldenSection }),
    ],
  });
}

describe('the job summary on GitHub', () => {
  it('keeps the trace heading a heading after a step summary that ends in </details>', async () => {
    const r = busyRun();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gfm-'));
    const paths = await writeReports({ ...r, outputDir: dir }, { outputDir: dir, gitlab: false, summaryTail: traceSummaryMarkdown(r) });
    const s = gfmStructure(await readFile(paths.summary, 'utf8'));
    expect(s.headings[0]).toMatch(/^h2 ❌ payments-api failed/);
    expect(s.headings.slice(1)).toEqual([
      'h3 Steps',
      'h3 Findings by severity',
      'h3 Top 50 findings, most severe first',
      'h3 Failed tests (55)',
      'h3 golden',
      'h3 Trace',
    ]);
    expect(s.details).toEqual({ open: 1, close: 1 });
  });

  it('ends the findings and failed-tests tables at their last row, the "…and N more" line a paragraph of its own', () => {
    const s = gfmStructure(renderSummary(busyRun()));
    const [steps, severity, top, tests, golden] = s.tables;
    expect(steps!.rows.map((row) => row[1])).toEqual(['lint', 'test', 'golden']);
    expect(severity!.rows).toHaveLength(1);
    expect(top!.header).toEqual(['Severity', 'Finding', 'Location', 'Tool']);
    expect(top!.rows).toHaveLength(50);
    expect(tests!.rows).toHaveLength(50);
    expect(golden!.rows.map((row) => row[1])).toEqual(['spectrum', 'mean']);
    for (const t of s.tables) for (const row of t.rows) expect(row.join(' ')).not.toMatch(/…and \d+ more/);
    expect(s.paragraphs).toContain('…and 10 more in the SARIF report and run.json.');
    expect(s.paragraphs).toContain('…and 5 more in junit.xml.');
  });
});

describe('the PR comment on GitHub', () => {
  it('renders its heading, tables and details, with the hidden marker out of sight', () => {
    const body = renderComment(busyRun());
    const s = gfmStructure(body);
    expect(s.headings[0]).toMatch(/^h2 ❌ payments-api failed/);
    expect(s.headings).toContain('h3 Top 10 findings, most severe first');
    const top = s.tables.find((t) => t.header.includes('Finding'))!;
    expect(top.rows).toHaveLength(10);
    expect(s.paragraphs).toContain('…and 50 more in the SARIF report and run.json.');
    expect(s.details).toEqual({ open: 1, close: 1 });
    expect(s.paragraphs.join('\n')).not.toContain('runlens:comment');
  });
});
