// How a pipeline trends over its last runs: duration and failure rate per step, as Markdown with
// Mermaid charts (GitHub and GitLab render `xychart-beta`). A pure function of earlier RunResults;
// `runlens report history` (src/commands/history.ts) reads them, and `runlens run --history DIR`
// appends the section to the job summary.
import { formatDuration } from '../base/duration.js';
import { escapeMarkdown, joinBlocks, tableHeader, tableRow } from '../base/markdown.js';
import type { RunResult, StepResult } from '../model/result.js';
import { stepFailed } from '../model/result.js';

export interface HistoryOptions {
  /** Only the most recent N runs (default 20). */
  last?: number;
  /** Heading level of the section (default 2). */
  level?: number;
}

export const DEFAULT_HISTORY_RUNS = 20;
/** Charts stay readable: the steps that take longest get a place on the chart, the table has every step. */
const CHART_STEPS = 12;
const SPARK = '▁▂▃▄▅▆▇█';

export interface StepTrend {
  id: string;
  /** Runs in which the step ran (neither skipped, cached nor resumed). */
  ran: number;
  failed: number;
  /** Durations of the runs in which it ran, oldest first. */
  durationsMs: number[];
  /** The step's duration in each run of the window, oldest first; undefined where it did not run. */
  byRun: (number | undefined)[];
  /** Whether it failed in the most recent run it ran in. */
  lastFailed: boolean;
}

export interface History {
  name: string;
  runs: RunResult[];
  steps: StepTrend[];
}

/** The runs in time order, the last `last` of them, and each step's trend over them. */
export function pipelineHistory(runs: readonly RunResult[], last = DEFAULT_HISTORY_RUNS): History {
  const ordered = [...runs].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)).slice(-Math.max(1, last));
  const ids: string[] = [];
  for (const run of ordered) for (const s of run.steps) if (!ids.includes(s.id)) ids.push(s.id);
  const steps = ids.map((id): StepTrend => {
    const byRun = ordered.map((run) => {
      const s = run.steps.find((x) => x.id === id);
      return s && ran(s) ? s.durationMs : undefined;
    });
    const results = ordered.flatMap((run) => run.steps.filter((x) => x.id === id && ran(x)));
    return {
      id,
      ran: results.length,
      failed: results.filter((s) => stepFailed(s)).length,
      durationsMs: byRun.filter((d): d is number => d !== undefined),
      byRun,
      lastFailed: results.length > 0 && stepFailed(results.at(-1)!),
    };
  });
  return { name: ordered.at(-1)?.name ?? 'pipeline', runs: ordered, steps };
}

/** The history as Markdown: a verdict line, two Mermaid charts and a table of every step. */
export function historyMarkdown(runs: readonly RunResult[], opts: HistoryOptions = {}): string {
  const h = pipelineHistory(runs, opts.last ?? DEFAULT_HISTORY_RUNS);
  const hashes = '#'.repeat(opts.level ?? 2);
  const failedRuns = h.runs.filter((r) => r.status === 'failed').length;
  const heading = `${hashes} Pipeline history: ${escapeMarkdown(h.name)} (last ${h.runs.length} run${h.runs.length === 1 ? '' : 's'})`;
  const verdict =
    `${h.runs.length} run${h.runs.length === 1 ? '' : 's'} from ${day(h.runs[0]!.startedAt)} to ${day(h.runs.at(-1)!.startedAt)}: ` +
    `${failedRuns} failed (${percent(failedRuns, h.runs.length)}), median duration ${formatDuration(median(h.runs.map((r) => r.durationMs)))}.`;
  return joinBlocks(heading, verdict, runChart(h), stepChart(h), stepTable(h));
}

function runChart(h: History): string | undefined {
  if (h.runs.length < 2) return undefined;
  const labels = h.runs.map((r, i) => runLabel(r, i));
  const seconds = h.runs.map((r) => round(r.durationMs / 1000));
  return mermaid([
    'xychart-beta',
    '  title "Run duration (s), oldest to newest"',
    `  x-axis [${labels.map(quote).join(', ')}]`,
    `  y-axis "seconds" 0 --> ${niceMax(Math.max(...seconds))}`,
    `  bar [${seconds.join(', ')}]`,
    `  line [${seconds.join(', ')}]`,
  ]);
}

function stepChart(h: History): string | undefined {
  const charted = [...h.steps]
    .filter((s) => s.ran > 0)
    .sort((a, b) => median(b.durationsMs) - median(a.durationsMs))
    .slice(0, CHART_STEPS);
  if (charted.length === 0) return undefined;
  const seconds = charted.map((s) => round(median(s.durationsMs) / 1000));
  const failure = charted.map((s) => Math.round((100 * s.failed) / s.ran));
  const axis = `  x-axis [${charted.map((s) => quote(s.id)).join(', ')}]`;
  return joinBlocks(
    mermaid([
      'xychart-beta',
      `  title "Median step duration (s) over the last ${h.runs.length} runs"`,
      axis,
      `  y-axis "seconds" 0 --> ${niceMax(Math.max(...seconds))}`,
      `  bar [${seconds.join(', ')}]`,
    ]),
    failure.some((f) => f > 0)
      ? mermaid([
          'xychart-beta',
          `  title "Step failure rate (%) over the last ${h.runs.length} runs"`,
          axis,
          '  y-axis "failed %" 0 --> 100',
          `  bar [${failure.join(', ')}]`,
        ])
      : undefined,
  );
}

function stepTable(h: History): string {
  const rows = h.steps.map((s) =>
    tableRow([
      `\`${escapeMarkdown(s.id).replace(/`/g, "'")}\``,
      String(s.ran),
      s.failed ? `${s.failed} (${percent(s.failed, s.ran)})` : '0',
      s.ran ? formatDuration(median(s.durationsMs)) : '–',
      s.ran ? `${formatDuration(Math.min(...s.durationsMs))} – ${formatDuration(Math.max(...s.durationsMs))}` : '–',
      s.ran ? `${formatDuration(s.durationsMs.at(-1)!)}${s.lastFailed ? ' ✗' : ''}` : '–',
      sparkline(s.byRun),
    ]),
  );
  return [
    tableHeader([
      { title: 'step' },
      { title: 'ran', align: 'right' },
      { title: 'failed', align: 'right' },
      { title: 'median', align: 'right' },
      { title: 'range', align: 'right' },
      { title: 'last', align: 'right' },
      { title: 'trend (oldest → newest)' },
    ]),
    ...rows,
  ].join('\n');
}

/** Steps that did not run this time (skipped, replayed from the cache, kept by --resume) have no duration of their own. */
function ran(s: StepResult): boolean {
  return s.status !== 'skipped' && !s.cached && !s.resumed;
}

/** `▁▃█` per run, `·` where the step did not run; scaled to the step's own range. */
function sparkline(values: (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return '';
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return values
    .map((v) => (v === undefined ? '·' : SPARK[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (SPARK.length - 1))]))
    .join('');
}

function mermaid(lines: string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

/** A run's x-axis label: its short commit when run.json has one, else its start time. */
function runLabel(r: RunResult, i: number): string {
  const sha = r.platform?.sha?.slice(0, 7);
  const at = r.startedAt.slice(5, 16).replace('T', ' ');
  return `${i + 1}${sha ? ` ${sha}` : ` ${at}`}`;
}

/** Mermaid strings cannot hold a double quote or a line break. */
function quote(text: string): string {
  return `"${text.replace(/["\r\n]/g, "'").slice(0, 40)}"`;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percent(n: number, of: number): string {
  return of === 0 ? '0 %' : `${Math.round((100 * n) / of)} %`;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A y-axis top a little above the highest value, so the tallest bar does not touch the frame. */
function niceMax(x: number): number {
  if (x <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  return Math.ceil((x * 1.1) / magnitude) * magnitude;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}
