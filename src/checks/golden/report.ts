// Case results → findings (one per failing case, at the golden file's line) and JUnit test cases.
import type { TestCase } from '../../model/result.js';
import { formatPosition } from '../../base/errors.js';
import { fingerprintOf } from '../../findings/fingerprint.js';
import type { Finding } from '../../model/finding.js';
import { quoteArg, type CaseResult } from './compare.js';
import { formatNumber, type Comparison, type Difference, type Place } from './comparison.js';
import { describeTolerance } from './tolerance.js';
import { TOOL as GOLDEN_TOOL } from './tool.js';

const TOOL = GOLDEN_TOOL.name;

const TITLES: Record<Exclude<CaseResult['status'], 'passed'>, string> = {
  failed: 'Output differs from its golden file',
  'missing-golden': 'Golden file missing',
  'missing-actual': 'Actual output missing',
  unmatched: 'Golden case matches no file',
  malformed: 'Golden or actual file is malformed',
};

const HELP = [
  'A golden case compares a file the program wrote with a known-good copy kept in the repository.',
  '',
  '- If the change is a regression, fix the program: the finding points at the first difference.',
  '- If the new output is right, rewrite the golden file with `runlens golden update CASE` (or the',
  '  `golden-update` action input) and commit it.',
  '- To accept small numeric noise, widen `tolerance: { abs, rel }` of the case or of a CSV column:',
  '  values are equal when |actual − expected| ≤ abs + rel·|expected|.',
].join('\n');

/** `row 17, column v (line 18)`; just `line 3` where the place is a line already. */
export function placeText(x: Place | undefined): string {
  if (!x) return '';
  return x.line === undefined || x.where === `line ${x.line}` ? x.where : `${x.where} (line ${x.line})`;
}

/** One paragraph: how many values are out, the largest errors and where. */
function describeComparison(c: Comparison, tolerance: string): string {
  const parts: string[] = [];
  const outOf = `${c.compared.toLocaleString('en-US')} ${c.unit}`;
  const numeric = c.maxAbs !== undefined;
  if (c.differences > 0) {
    if (c.format === 'text') parts.push(`${c.differences.toLocaleString('en-US')} of ${outOf} differ`);
    else parts.push(`${c.differences.toLocaleString('en-US')} of ${outOf} ${numeric ? `out of tolerance (${tolerance})` : 'differ'}`);
  }
  if (c.maxAbs) parts.push(`max abs error ${formatNumber(c.maxAbs.value)} at ${placeText(c.maxAbs)}`);
  if (c.maxRel) parts.push(`max rel error ${formatNumber(c.maxRel.value)} at ${placeText(c.maxRel)}`);
  if (c.differences > 0 && !numeric && c.first) parts.push(`first at ${placeText(c.first)}`);
  parts.push(...c.problems);
  return parts.join('; ');
}

export function caseMessage(r: CaseResult): string {
  if (r.comparison) return describeComparison(r.comparison, describeTolerance(r.case.tolerance));
  return r.message ?? '';
}

/** Plain-text table of the worst differences, for JUnit details and logs. */
function differencesText(worst: Difference[]): string {
  return worst
    .map((d) => {
      const err = d.absError !== undefined ? `  abs ${formatNumber(d.absError)}  rel ${formatNumber(d.relError)}` : '';
      const note = d.note ? `  (${d.note})` : '';
      return `${placeText(d)}: golden ${d.expected}, actual ${d.actual}${err}${note}`;
    })
    .join('\n');
}

export function caseFinding(r: CaseResult, stepId: string): Finding | undefined {
  if (r.status === 'passed') return undefined;
  const c = r.case;
  const ruleId = `golden/${r.status}`;
  const detail = caseMessage(r);
  // A malformed-input message already starts with the file it is about.
  const message = detail.startsWith(`${c.name}:`) ? detail : `${c.name}: ${detail}`;
  let path = c.expectedLabel;
  let startLine: number | undefined;
  let startColumn: number | undefined;
  if (r.status === 'malformed' && r.position) {
    path = r.position.file;
    startLine = r.position.line;
    startColumn = r.position.column;
  } else if (r.comparison?.first) {
    startLine = r.comparison.first.line;
    startColumn = r.comparison.first.column;
  }
  const comparison = r.comparison;
  return {
    tool: TOOL,
    ruleId,
    title: TITLES[r.status],
    message,
    severity: c.severity,
    category: 'golden',
    location: {
      path,
      ...(startLine !== undefined ? { startLine } : {}),
      ...(startLine !== undefined && startColumn !== undefined ? { startColumn } : {}),
    },
    fingerprint: fingerprintOf(TOOL, ruleId, c.name, c.expectedLabel),
    help: HELP,
    stepId,
    properties: {
      case: c.name,
      format: c.format,
      golden: c.expectedLabel,
      actual: c.actualLabel,
      ...(comparison
        ? {
            compared: comparison.compared,
            differences: comparison.differences,
            ...(comparison.maxAbs ? { maxAbsError: comparison.maxAbs.value } : {}),
            ...(comparison.maxRel ? { maxRelError: comparison.maxRel.value } : {}),
          }
        : {}),
    },
  };
}

export function obsoleteFinding(path: string, stepId: string): Finding {
  return {
    tool: TOOL,
    ruleId: 'golden/obsolete',
    title: 'Obsolete golden file',
    message: `${path} is a golden file no case uses: delete it, or add a case for it`,
    severity: 'note',
    category: 'golden',
    location: { path },
    fingerprint: fingerprintOf(TOOL, 'golden/obsolete', path),
    help: 'Files under the `goldens:` glob of a golden step that no case compares. They drift out of date unnoticed.',
    stepId,
  };
}

export function caseTestCase(r: CaseResult, stepId: string): TestCase {
  const c = r.case;
  const tc: TestCase = {
    suite: stepId,
    classname: `golden.${c.format}`,
    name: c.name,
    status: r.status === 'passed' ? 'passed' : r.status === 'failed' ? 'failed' : 'error',
    durationMs: r.durationMs,
    file: c.expectedLabel,
  };
  if (r.status !== 'passed') {
    tc.message = caseMessage(r);
    const details: string[] = [];
    if (r.comparison?.worst.length) details.push(differencesText(r.comparison.worst));
    if (r.comparison?.diff) details.push(r.comparison.diff);
    if (r.status === 'malformed' && r.position) details.push(`at ${formatPosition(r.position)}`);
    if (r.status === 'missing-golden') details.push(`runlens golden update ${quoteArg(c.name)}`);
    if (details.length) tc.details = details.join('\n\n');
    const line = r.status === 'malformed' ? r.position?.line : r.comparison?.first?.line;
    if (line !== undefined) tc.line = line;
  }
  return tc;
}
