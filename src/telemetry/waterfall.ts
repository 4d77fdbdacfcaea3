// `runlens trace show FILE`: a terminal waterfall of any OTLP/JSON trace file, one row per span,
// indented under its parent, with a bar where it sat in time.
import { formatDuration } from '../base/duration.js';
import { type TraceSpan, readTraceFile } from './trace-file.js';

export interface WaterfallOptions {
  color: boolean;
  /** Terminal columns. */
  width: number;
}

const ANSI = { red: '\x1b[31m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const DURATION_WIDTH = 8;

export async function renderTraceWaterfall(file: string, opts: WaterfallOptions): Promise<string> {
  const spans = await readTraceFile(file);
  if (spans.length === 0) return `${file}: no spans\n`;
  const byTrace = new Map<string, TraceSpan[]>();
  for (const span of spans) {
    const group = byTrace.get(span.traceId) ?? [];
    group.push(span);
    byTrace.set(span.traceId, group);
  }
  const blocks = [...byTrace.values()].sort((a, b) => earliest(a) - earliest(b)).map((group) => renderTrace(group, opts));
  return blocks.join('\n');
}

interface Row {
  span: TraceSpan;
  /** Tree drawing before the name: `│  ├─ `. */
  prefix: string;
}

function renderTrace(spans: TraceSpan[], opts: WaterfallOptions): string {
  const paint = (code: string, text: string): string => (opts.color ? `${code}${text}${ANSI.reset}` : text);
  const t0 = earliest(spans);
  const t1 = Math.max(...spans.map((s) => s.end));
  const total = Math.max(t1 - t0, 0.001);

  const rows = treeRows(spans);
  const services = [...new Set(spans.map((s) => s.serviceName).filter((s): s is string => s !== undefined))];
  const errors = spans.filter((s) => s.error).length;
  const header =
    `Trace ${spans[0]!.traceId} — ${spans.length} span${spans.length === 1 ? '' : 's'}, ${formatDuration(total)}` +
    (services.length ? `, ${services.join(', ')}` : '') +
    (errors ? `, ${errors} with errors` : '');

  const width = Math.max(40, Math.floor(opts.width));
  const labelWidth = Math.min(Math.max(...rows.map((r) => r.prefix.length + label(r.span).length)), Math.max(12, Math.floor(width * 0.4)));
  const barWidth = Math.max(10, width - labelWidth - DURATION_WIDTH - 4);

  const lines = [paint(ANSI.bold, header)];
  for (const { span, prefix } of rows) {
    const text = fit(label(span), labelWidth - prefix.length);
    const from = Math.min(barWidth - 1, Math.floor(((span.start - t0) / total) * barWidth));
    const to = Math.max(from + 1, Math.min(barWidth, Math.ceil(((span.end - t0) / total) * barWidth)));
    const bar = ' '.repeat(from) + '█'.repeat(to - from) + ' '.repeat(barWidth - to);
    const duration = formatDuration(span.end - span.start).padStart(DURATION_WIDTH);
    const name = (span.error ? paint(ANSI.red, text) : text) + ' '.repeat(labelWidth - prefix.length - text.length);
    lines.push(
      `${paint(ANSI.dim, prefix)}${name} ${paint(ANSI.dim, '│')}${paint(span.error ? ANSI.red : ANSI.cyan, bar)}${paint(ANSI.dim, '│')} ${duration}`,
    );
  }
  return lines.join('\n') + '\n';
}

function label(span: TraceSpan): string {
  return span.error ? `${span.name} ✗` : span.name;
}

/** Depth-first, children by start time; spans whose parent is not in the file are roots. */
function treeRows(spans: TraceSpan[]): Row[] {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, TraceSpan[]>();
  const roots: TraceSpan[] = [];
  for (const span of spans) {
    if (span.parentSpanId && ids.has(span.parentSpanId) && span.parentSpanId !== span.spanId) {
      const siblings = children.get(span.parentSpanId) ?? [];
      siblings.push(span);
      children.set(span.parentSpanId, siblings);
    } else {
      roots.push(span);
    }
  }
  const byStart = (a: TraceSpan, b: TraceSpan): number => a.start - b.start || a.name.localeCompare(b.name);
  const rows: Row[] = [];
  const seen = new Set<string>();
  const visit = (span: TraceSpan, indent: string, branch: string): void => {
    if (seen.has(span.spanId)) return;
    seen.add(span.spanId);
    rows.push({ span, prefix: indent + branch });
    const kids = (children.get(span.spanId) ?? []).sort(byStart);
    const nextIndent = indent + (branch === '' ? '' : branch === '├─ ' ? '│  ' : '   ');
    kids.forEach((kid, i) => visit(kid, nextIndent, i === kids.length - 1 ? '└─ ' : '├─ '));
  };
  for (const root of roots.sort(byStart)) visit(root, '', '');
  return rows;
}

function fit(text: string, width: number): string {
  if (width <= 1) return text.slice(0, Math.max(0, width));
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function earliest(spans: TraceSpan[]): number {
  return Math.min(...spans.map((s) => s.start));
}
