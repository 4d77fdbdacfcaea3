// The job summary (GitHub step summary, summary.md): what happened, at a glance, under 1 MiB.
import { formatDuration } from '../base/duration.js';
import type { RunResult, StepResult, StepStatus, TestCase } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { SEVERITIES, compareSeverity, type Severity } from '../model/severity.js';
import { escapeMarkdown, markdownLink, tableHeader, tableRow } from '../base/markdown.js';
import { findingUrl, removedInCommit, sourceUrl } from './source-link.js';
import { formatUsage } from './usage.js';
import { formatMinutes, formatMoney } from './cost.js';

export interface SummaryOptions {
  /** UTF-8 bytes. GitHub rejects a step summary over 1 MiB; the default leaves room for what others append. */
  maxBytes?: number;
  /** Rows in the top-findings table. */
  topFindings?: number;
  /** Rows in the failed-tests table. */
  failedTests?: number;
}

const DEFAULTS = { maxBytes: 1_000_000, topFindings: 50, failedTests: 50 };
// Room kept for the truncation notice itself.
const NOTICE_RESERVE = 2_000;

const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', note: '⬜' };

interface Section {
  /** What a reader lost if it goes, for the truncation notice. */
  label: string;
  head: string;
  rows: string[];
  tail?: string;
  /** Dropped as a unit (a check's own Markdown cannot be cut safely). */
  whole: boolean;
  /** Lower goes first when the summary is too big. */
  priority: number;
  droppedRows: number;
  dropped: boolean;
}

export function renderSummary(run: RunResult, opts: SummaryOptions = {}): string {
  const o = { ...DEFAULTS, ...opts };
  const head = resultBlock(run);
  const sections: Section[] = [
    stepsSection(run),
    severitySection(run),
    topFindingsSection(run, o.topFindings),
    failedTestsSection(run, o.failedTests),
    costSection(run),
    ...stepSummarySections(run),
    notesSection(run),
  ].filter((s): s is Section => s !== undefined);

  const lost = fitToBudget(head, sections, Math.max(0, o.maxBytes - NOTICE_RESERVE));
  let out = render(head, sections);
  if (lost.length > 0) {
    const notice = `\n> [!WARNING]\n> This summary was cut to stay under ${o.maxBytes.toLocaleString('en-US')} bytes: ${escapeMarkdown(lost.join('; '), 400)}. Everything is in run.json and the SARIF report.\n`;
    out += notice;
  }
  // Last resort, should the head alone be too big: cut at a line boundary, whole characters only.
  if (bytes(out) > o.maxBytes) out = cutToBytes(out, o.maxBytes);
  return out;
}

function resultBlock(run: RunResult): string {
  const allowedFailures = run.steps.filter((s) => s.allowedFailure && s.status !== 'passed' && s.status !== 'skipped');
  const icon = run.status === 'failed' ? '❌' : run.status === 'cancelled' || allowedFailures.length > 0 ? '⚠️' : '✅';
  const verb = run.status === 'passed' ? 'passed' : run.status === 'cancelled' ? 'was cancelled' : 'failed';
  const paragraphs = [`## ${icon} ${escapeMarkdown(run.name, 200)} ${verb} in ${formatDuration(run.durationMs)}`];
  const gateIcon = run.gate.passed ? '✅' : '❌';
  const facts = [`${gateIcon} **Findings gate** (fail-on: ${run.gate.failOn}): ${escapeMarkdown(run.gate.reason, 500)}`];
  const failed = run.steps.filter((s) => isFailure(s.status) && !s.allowedFailure);
  if (failed.length > 0) facts.push(`❌ **Failed steps:** ${escapeMarkdown(failed.map((s) => s.id).join(', '), 2000)}`);
  if (allowedFailures.length > 0)
    facts.push(`⚠️ **Allowed to fail:** ${escapeMarkdown(allowedFailures.map((s) => s.id).join(', '), 2000)}`);
  const review = reviewFact(run);
  if (review) facts.push(review);
  const cost = costFact(run);
  if (cost) facts.push(cost);
  if (run.budget) {
    const b = run.budget;
    const icon = !b.exceeded ? '✅' : b.onExceed === 'fail' ? '❌' : '⚠️';
    facts.push(`${icon} **Budget**${b.exceeded ? ' exceeded' : ''}: ${escapeMarkdown(b.reason, 500)}`);
  }
  // Two trailing spaces: a line break inside one paragraph.
  paragraphs.push(facts.join('  \n'));
  const context = [
    `runlens ${escapeMarkdown(run.runlensVersion)}`,
    run.platform.sha ? `commit ${escapeMarkdown(run.platform.sha.slice(0, 12))}` : undefined,
    run.platform.runUrl ? markdownLink(run.platform.kind === 'gitlab' ? 'pipeline' : 'workflow run', run.platform.runUrl) : undefined,
    run.traceId ? `trace ${escapeMarkdown(run.traceId)}` : undefined,
  ].filter(Boolean);
  paragraphs.push(`<sub>${context.join(' · ')}</sub>`);
  return `${paragraphs.join('\n\n')}\n`;
}

const NEW_ONLY_WORDS = {
  added: 'on lines it added or changed',
  diff_context: 'within its diff hunks',
  file: 'in files it changed',
  nofilter: 'anywhere',
} as const;

/** new-only: what the gate compared findings with, and what it could not. */
function reviewFact(run: RunResult): string | undefined {
  const r = run.review;
  if (!r) return undefined;
  if (r.unavailable) return `ℹ️ **New-only** (${r.mode}): not applied — ${escapeMarkdown(r.unavailable, 500)}`;
  if (r.mode === 'nofilter') return undefined;
  const range = r.base && r.head ? ` \`${r.base.slice(0, 12)}...${r.head.slice(0, 12)}\`` : '';
  return `🔎 **New-only** (${r.mode}): only findings ${NEW_ONLY_WORDS[r.mode]} can fail the gate (git diff${range}, ${r.changedFiles ?? 0} files changed); the others are listed as existing.`;
}

/** `💰 Cost of this PR's pipeline: 4.2 min, $0.030 (…); base: 3.1 min, $0.024`. */
function costFact(run: RunResult): string | undefined {
  const c = run.cost;
  if (!c) return undefined;
  const change = run.platform.changeId ? `this ${run.platform.kind === 'gitlab' ? 'MR' : 'PR'}'s pipeline` : 'this run';
  const billed = c.minutes !== c.wallMinutes ? `${formatMinutes(c.minutes)} billed` : '';
  const compute = c.computeMinutes !== undefined ? `${formatMinutes(c.computeMinutes)} compute (cost factor ${c.costFactor})` : '';
  const at = `\`${escapeMarkdown(c.runner, 100)}\` at ${formatMoney(c.rate, c.currency)}/min${c.rateSource === 'config' ? ' (runlens.yml)' : ''}`;
  let text = `💰 **Cost** of ${change}: ${formatMinutes(c.wallMinutes)}, ${formatMoney(c.amount, c.currency)} (${[billed, compute, at].filter(Boolean).join(', ')})`;
  if (c.base) {
    const amount = c.base.amount !== undefined ? `, ${formatMoney(c.base.amount, c.base.currency ?? c.currency)}` : '';
    const delta = c.base.amount !== undefined && (c.base.currency ?? c.currency) === c.currency ? c.amount - c.base.amount : undefined;
    const diff =
      delta !== undefined && Math.abs(delta) >= 1e-6 ? ` (${delta > 0 ? '+' : '−'}${formatMoney(Math.abs(delta), c.currency)})` : '';
    text += `; base: ${formatMinutes(c.base.wallMinutes)}${amount}${diff}`;
  }
  return text;
}

/** The cost per step, dearest first, and a pie of the top steps (GitHub and GitLab render Mermaid). */
function costSection(run: RunResult): Section | undefined {
  const c = run.cost;
  if (!c) return undefined;
  const costed = run.steps.filter((s) => s.cost).sort((a, b) => b.cost!.amount - a.cost!.amount || a.id.localeCompare(b.id));
  if (costed.length === 0) return undefined;
  const slices = costed.filter((s) => s.cost!.minutes > 0);
  const top = slices.slice(0, PIE_SLICES);
  const rest = slices.slice(PIE_SLICES).reduce((sum, s) => sum + s.cost!.minutes, 0);
  // Slices by billed minutes: the same proportions as the cost, and a pie with no currency to misread.
  const pie =
    top.length > 0
      ? [
          '```mermaid',
          `pie showData title Billed minutes by step (${formatMinutes(c.minutes)} in all)`,
          ...top.map((s) => `    "${pieLabel(s.id)}" : ${round3(s.cost!.minutes)}`),
          ...(rest > 0 ? [`    "${slices.length - top.length} other steps" : ${round3(rest)}`] : []),
          '```',
          '',
          '',
        ].join('\n')
      : '';
  const s = section(
    'rows of the cost table',
    35,
    `### Cost\n\n${pie}${tableHeader([
      { title: 'Step' },
      { title: 'Duration', align: 'right' },
      { title: 'Billed minutes', align: 'right' },
      { title: 'Cost', align: 'right' },
      { title: 'Share', align: 'right' },
    ])}`,
    costed.map((st) =>
      tableRow([
        escapeMarkdown(st.id, 200),
        st.status === 'skipped' ? '–' : st.cached ? 'cached' : st.resumed ? 'resumed' : formatDuration(st.durationMs),
        st.cost!.minutes.toFixed(2),
        formatMoney(st.cost!.amount, st.cost!.currency),
        c.amount > 0 ? `${Math.round((st.cost!.amount / c.amount) * 100)}%` : '–',
      ]),
    ),
  );
  s.tail = `\n\n_Each step's share of the job's ${formatMinutes(c.minutes)} billed (wall time${c.minutes !== c.wallMinutes ? ', overhead and rounding' : ''}), in proportion to its duration; cloud resources the pipeline creates are not counted._`;
  return s;
}

const PIE_SLICES = 8;

/** Mermaid quotes a pie label with `"` and has no escape for it. */
function pieLabel(id: string): string {
  return id.replace(/["\n\r]/g, "'").slice(0, 80);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function stepsSection(run: RunResult): Section | undefined {
  if (run.steps.length === 0) return undefined;
  const measured = run.steps.some((s) => s.usage);
  // Unbounded (one row per step), unlike the capped tables below, so it gives way first after the step summaries.
  return section(
    'rows of the steps table',
    25,
    `### Steps\n\n${tableHeader([
      { title: ' ' },
      { title: 'Step' },
      { title: 'Kind' },
      { title: 'Duration', align: 'right' },
      { title: 'Attempts', align: 'right' },
      ...(measured ? [{ title: 'Usage' }] : []),
      { title: 'Reason' },
    ])}`,
    run.steps.map((s) =>
      tableRow([
        stepIcon(s),
        escapeMarkdown(s.id, 200),
        escapeMarkdown(s.kind, 100),
        s.status === 'skipped' ? '–' : formatDuration(s.durationMs),
        s.attempts.length > 0 ? String(s.attempts.length) : '–',
        ...(measured ? [formatUsage(s.usage)] : []),
        escapeMarkdown(stepReason(s), 500),
      ]),
    ),
  );
}

function severitySection(run: RunResult): Section {
  const c = run.counts;
  const header = tableHeader([
    ...SEVERITIES.map((s) => ({ title: `${SEVERITY_ICON[s]} ${s}`, align: 'right' as const })),
    { title: 'total', align: 'right' },
  ]);
  const all = run.steps.flatMap((s) => s.findings);
  if (all.some((f) => f.baseline !== undefined)) {
    // new-only: a row for what can fail the gate and one for what was there before the change.
    const row = (label: string, fs: Finding[]) =>
      tableRow([label, ...SEVERITIES.map((s) => String(fs.filter((f) => f.severity === s).length)), String(fs.length)]);
    const existing = all.filter((f) => f.baseline === 'existing');
    return section(
      'the findings count',
      90,
      `### Findings by severity\n\n${tableHeader([{ title: ' ' }, ...SEVERITIES.map((s) => ({ title: `${SEVERITY_ICON[s]} ${s}`, align: 'right' as const })), { title: 'total', align: 'right' }])}`,
      [
        row(
          'new',
          all.filter((f) => f.baseline !== 'existing'),
        ),
        row('existing', existing),
      ],
    );
  }
  return section('the findings count', 90, `### Findings by severity\n\n${header}`, [
    tableRow([...SEVERITIES.map((s) => String(c[s])), String(c.total)]),
  ]);
}

function topFindingsSection(run: RunResult, limit: number): Section | undefined {
  // New findings first (under new-only), then the most severe.
  const all = run.steps
    .flatMap((s) => s.findings)
    .sort((a, b) => Number(a.baseline === 'existing') - Number(b.baseline === 'existing') || compareSeverity(b.severity, a.severity));
  if (all.length === 0) return undefined;
  const shown = all.slice(0, limit);
  const s = section(
    'rows of the top findings',
    40,
    `### ${all.length > shown.length ? `Top ${shown.length} findings` : 'Findings'}, most severe first\n\n${tableHeader([
      { title: 'Severity' },
      { title: 'Finding' },
      { title: 'Location' },
      { title: 'Tool' },
    ])}`,
    shown.map((f) => findingRow(run, f)),
  );
  if (all.length > shown.length) s.tail = `\n\n_…and ${all.length - shown.length} more in the SARIF report and run.json._`;
  return s;
}

function findingRow(run: RunResult, f: Finding): string {
  const title = f.helpUri ? markdownLink(f.title, f.helpUri) : `**${escapeMarkdown(f.title, 200)}**`;
  const message = f.message && f.message !== f.title ? `<br>${escapeMarkdown(f.message, 500)}` : '';
  return tableRow([
    `${SEVERITY_ICON[f.severity]} ${f.severity}${f.baseline ? ` · ${f.baseline}` : ''}`,
    `${title}${message}`,
    f.location ? findingLocation(run, f) : '–',
    `${escapeMarkdown(f.tool, 100)} · ${escapeMarkdown(f.ruleId, 200)}`,
  ]);
}

function failedTestsSection(run: RunResult, limit: number): Section | undefined {
  const failed: Array<{ step: StepResult; tc: TestCase }> = [];
  for (const step of run.steps) for (const tc of step.cases) if (tc.status === 'failed' || tc.status === 'error') failed.push({ step, tc });
  if (failed.length === 0) return undefined;
  const shown = failed.slice(0, limit);
  const s = section(
    'rows of the failed tests',
    30,
    `### Failed tests (${failed.length})\n\n${tableHeader([{ title: 'Test' }, { title: 'Step' }, { title: 'Where' }, { title: 'Message' }])}`,
    shown.map(({ step, tc }) =>
      tableRow([
        `${tc.status === 'error' ? '💥' : '❌'} ${escapeMarkdown(`${tc.suite} › ${tc.name}`, 300)}`,
        escapeMarkdown(step.id, 200),
        tc.file ? locationLink(run, tc.file, tc.line) : '–',
        escapeMarkdown(tc.message ?? '', 500),
      ]),
    ),
  );
  if (failed.length > shown.length) s.tail = `\n\n_…and ${failed.length - shown.length} more in junit.xml._`;
  return s;
}

function stepSummarySections(run: RunResult): Section[] {
  const withSummary = run.steps.filter((s) => s.summary && s.summary.trim() !== '');
  // Later steps' summaries go first when space runs out.
  return withSummary.map((s, i) => ({
    ...section(s.id, 10 + (withSummary.length - i) / 1000, `### ${escapeMarkdown(s.id, 200)}\n\n${s.summary!.trim()}`, []),
    whole: true,
  }));
}

function notesSection(run: RunResult): Section | undefined {
  if (run.notes.length === 0) return undefined;
  return section(
    'notes',
    70,
    '### Notes\n',
    run.notes.map((n) => `- ${escapeMarkdown(n, 2000)}`),
  );
}

function section(label: string, priority: number, head: string, rows: string[]): Section {
  return { label, head, rows, whole: false, priority, droppedRows: 0, dropped: false };
}

/** Drops rows and sections, least important first, until the summary fits. Returns what was lost. */
function fitToBudget(head: string, sections: Section[], budget: number): string[] {
  let size = bytes(render(head, sections));
  const order = [...sections].sort((a, b) => a.priority - b.priority);
  for (const s of order) {
    if (size <= budget) break;
    if (!s.whole) {
      while (s.rows.length > 0 && size > budget) {
        size -= bytes(s.rows.pop()!) + 1;
        s.droppedRows += 1;
      }
      if (s.rows.length > 0) continue;
    }
    size -= bytes(renderSection(s)) + 1;
    s.dropped = true;
  }
  const lost: string[] = [];
  const droppedWhole: string[] = [];
  for (const s of sections) {
    if (s.dropped && s.whole) droppedWhole.push(s.label);
    else if (s.droppedRows > 0) lost.push(`${s.droppedRows} ${s.label}`);
  }
  if (droppedWhole.length > 0) {
    const names = droppedWhole.join(', ');
    lost.push(
      `the summaries of ${droppedWhole.length} step${droppedWhole.length === 1 ? '' : 's'} (${names.length > 200 ? `${names.slice(0, 199)}…` : names})`,
    );
  }
  return lost;
}

function render(head: string, sections: Section[]): string {
  return [head, ...sections.filter((s) => !s.dropped).map(renderSection)].join('\n');
}

function renderSection(s: Section): string {
  const body = s.rows.length > 0 ? `\n${s.rows.join('\n')}` : s.whole ? '' : '\n\n_(left out: too long for the summary)_';
  return `${s.head}${body}${s.tail ?? ''}\n`;
}

function findingLocation(run: RunResult, f: Finding): string {
  const loc = f.location!;
  const commit = removedInCommit(f);
  const text = `${loc.startLine ? `${loc.path}:${loc.startLine}` : loc.path}${commit ? ` @ ${commit.slice(0, 12)} (removed since)` : ''}`;
  const url = findingUrl(run.platform, f);
  return url ? markdownLink(text, url) : escapeMarkdown(text, 300);
}

function locationLink(run: RunResult, file: string, startLine?: number, endLine?: number): string {
  const text = startLine ? `${file}:${startLine}` : file;
  const url = sourceUrl(run.platform, file, startLine, endLine);
  return url ? markdownLink(text, url) : escapeMarkdown(text, 300);
}

function stepIcon(s: StepResult): string {
  if (s.status === 'failed' && s.allowedFailure) return '⚠️';
  const icons: Record<StepStatus, string> = { passed: '✅', failed: '❌', 'timed-out': '⏱️', cancelled: '🚫', skipped: '⏭️' };
  return icons[s.status];
}

function stepReason(s: StepResult): string {
  const reason = s.reason ?? (s.status === 'failed' && s.exitCode !== null ? `exit code ${s.exitCode}` : '');
  const parts = [
    s.allowedFailure && isFailure(s.status) ? 'allowed to fail' : '',
    s.cached ? 'cached (replayed from the step cache)' : s.resumed ? 'kept from the resumed run' : '',
    reason,
    s.findings.length > 0 ? `${s.findings.length} finding${s.findings.length === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function isFailure(status: StepStatus): boolean {
  return status === 'failed' || status === 'timed-out' || status === 'cancelled';
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function cutToBytes(s: string, max: number): string {
  const buf = Buffer.from(s, 'utf8');
  let end = Math.max(0, max - 1);
  // Back up to a newline so no Markdown construct or UTF-8 sequence is split.
  const newline = buf.lastIndexOf(0x0a, end - 1);
  if (newline > 0) end = newline;
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end -= 1;
  return `${buf.subarray(0, end).toString('utf8')}\n`;
}
