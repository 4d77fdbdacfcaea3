// The golden step's part of the job summary: a table of cases, then for each failing case the worst
// differences, the diff (text) or a chart of the error along the data (numeric series).
import { escapeMarkdown, tableHeader, tableRow } from '../../base/markdown.js';
import { errorChart } from './chart.js';
import type { CaseResult } from './compare.js';
import { formatNumber, type Difference } from './comparison.js';
import { caseMessage, placeText } from './report.js';

/** Keeps the section well under GitHub's 1 MiB per step summary, whatever the number of cases. */
const MAX_TABLE_ROWS = 200;
const MAX_DETAILED_CASES = 10;

const ICON: Record<CaseResult['status'], string> = {
  passed: '✅',
  failed: '❌',
  'missing-golden': '❌',
  'missing-actual': '❌',
  unmatched: '❌',
  malformed: '❌',
};

/** Inline code that stays inside its table cell: GFM splits cells at `|` even within backticks. */
function code(text: string, max = 80): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `\`${clipped.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, '↵')}\``;
}

function whereCell(r: CaseResult): string {
  const c = r.comparison;
  if (c?.maxAbs) return escapeMarkdown(placeText(c.maxAbs), 120);
  if (c?.first) return escapeMarkdown(placeText(c.first), 120);
  if (r.position)
    return escapeMarkdown(
      `line ${r.position.line ?? '?'}${r.position.column !== undefined ? `:${r.position.column}` : ''} of ${r.position.file}`,
      120,
    );
  return '';
}

function resultCell(r: CaseResult): string {
  switch (r.status) {
    case 'passed':
      return 'passed';
    case 'failed':
      return r.comparison && r.comparison.differences > 0 ? `${r.comparison.differences.toLocaleString('en-US')} differ` : 'differs';
    case 'missing-golden':
      return 'no golden file';
    case 'missing-actual':
      return 'no actual file';
    case 'unmatched':
      return 'no files match';
    case 'malformed':
      return 'malformed input';
  }
}

function differencesTable(worst: Difference[]): string {
  const numeric = worst.some((d) => d.absError !== undefined);
  const head = tableHeader([
    { title: 'where' },
    { title: 'golden' },
    { title: 'actual' },
    ...(numeric
      ? [
          { title: 'abs error', align: 'right' as const },
          { title: 'rel error', align: 'right' as const },
        ]
      : []),
    { title: 'note' },
  ]);
  const rows = worst.map((d) =>
    tableRow([
      escapeMarkdown(placeText(d), 120),
      code(d.expected),
      code(d.actual),
      ...(numeric ? [formatNumber(d.absError), formatNumber(d.relError)] : []),
      escapeMarkdown(d.note ?? '', 80),
    ]),
  );
  return [head, ...rows].join('\n');
}

function caseDetails(r: CaseResult): string {
  const c = r.case;
  const lines: string[] = [];
  lines.push(
    `<details><summary>${ICON[r.status]} <code>${escapeMarkdown(c.name, 200)}</code>: ${escapeMarkdown(resultCell(r), 80)}</summary>`,
    '',
  );
  lines.push(`Golden \`${c.expectedLabel}\`, actual \`${c.actualLabel}\` (${c.format}).`, '');
  lines.push(escapeMarkdown(caseMessage(r), 2000), '');
  const comparison = r.comparison;
  if (comparison) {
    if (comparison.facts.length)
      lines.push(comparison.facts.map(([k, v]) => `**${escapeMarkdown(k)}**: ${escapeMarkdown(v, 300)}`).join(' · '), '');
    if (comparison.worst.length && comparison.format !== 'text') lines.push(differencesTable(comparison.worst), '');
    if (comparison.diff) lines.push('```diff', comparison.diff.replace(/```/g, "'''"), '```', '');
    if (comparison.series && comparison.maxAbs) {
      const t = c.tolerance;
      const chart = errorChart(c.name, comparison.series, t.rel === 0 ? t.abs : undefined);
      if (chart) lines.push(chart, '');
    }
  }
  lines.push('</details>');
  return lines.join('\n');
}

export function goldenSummary(results: CaseResult[], obsolete: string[]): string {
  const failed = results.filter((r) => r.status !== 'passed');
  const out: string[] = [];
  out.push(
    failed.length === 0
      ? `**Golden data: all ${results.length} case${results.length === 1 ? '' : 's'} match.**`
      : `**Golden data: ${failed.length} of ${results.length} case${results.length === 1 ? '' : 's'} failed.**`,
    '',
  );
  // Failing cases first: they are what a reader came for.
  const ordered = [...failed, ...results.filter((r) => r.status === 'passed')];
  out.push(
    tableHeader([
      { title: '' },
      { title: 'case' },
      { title: 'format' },
      { title: 'compared', align: 'right' },
      { title: 'result' },
      { title: 'max abs error', align: 'right' },
      { title: 'max rel error', align: 'right' },
      { title: 'where' },
    ]),
  );
  for (const r of ordered.slice(0, MAX_TABLE_ROWS)) {
    const c = r.comparison;
    out.push(
      tableRow([
        ICON[r.status],
        code(r.case.name, 120),
        r.case.format,
        c ? `${c.compared.toLocaleString('en-US')} ${c.unit}` : '',
        escapeMarkdown(resultCell(r)),
        c?.maxAbs ? formatNumber(c.maxAbs.value) : c && c.maxAbsAll ? `(${formatNumber(c.maxAbsAll)})` : '',
        c?.maxRel ? formatNumber(c.maxRel.value) : '',
        whereCell(r),
      ]),
    );
  }
  if (ordered.length > MAX_TABLE_ROWS)
    out.push('', `_…and ${ordered.length - MAX_TABLE_ROWS} more cases (all in run.json and junit.xml)._`);
  out.push('', '<sub>Max errors are over the values out of tolerance; in parentheses, the largest error of a passing case.</sub>', '');
  for (const r of failed.slice(0, MAX_DETAILED_CASES)) out.push(caseDetails(r), '');
  if (failed.length > MAX_DETAILED_CASES)
    out.push(`_Details of ${failed.length - MAX_DETAILED_CASES} more failing cases are in junit.xml._`, '');
  if (obsolete.length) {
    out.push(
      `**Obsolete golden files** (no case uses them): ${obsolete
        .slice(0, 50)
        .map((p) => `\`${p}\``)
        .join(', ')}${obsolete.length > 50 ? ` and ${obsolete.length - 50} more` : ''}`,
      '',
    );
  }
  return out.join('\n');
}
