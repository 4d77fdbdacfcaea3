// Live terminal progress: a line per step start and end, step output streamed with a name prefix or
// replayed per step in a fold, and a closing table.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { styleText } from 'node:util';
import { formatDuration } from '../base/duration.js';
import type { Progress } from '../model/progress.js';
import type { StepResult } from '../model/result.js';
import { formatUsage } from './usage.js';

export interface ConsoleProgressOptions {
  stream: NodeJS.WritableStream;
  /** The entry decides: a TTY without NO_COLOR, or FORCE_COLOR. */
  color: boolean;
  /** `stream`: output live, prefixed with the step id; `grouped`: each step's log in a fold when it ends. */
  logOrder: 'stream' | 'grouped';
  /**
   * ::group:: on GitHub, section markers on GitLab; written to the same stream. A grouped step's fold
   * carries the step's own start and end times and is open (`collapsed: false`) when the step failed.
   */
  group: { start(title: string, opts?: { collapsed?: boolean; at?: Date }): void; end(at?: Date): void };
}

type Style = Parameters<typeof styleText>[0];

const STEP_COLOURS: Style[] = ['cyan', 'magenta', 'blue', 'yellow', 'green', 'cyanBright', 'magentaBright', 'blueBright'];

const SYMBOL: Record<StepResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  'timed-out': '✗',
  cancelled: '■',
  skipped: '○',
};

export function createConsoleProgress(opts: ConsoleProgressOptions): Progress {
  const paint = (style: Style, text: string): string => (opts.color ? styleText(style, text, { validateStream: false }) : text);
  const out = new SerialWriter(opts.stream);
  let width = 0;
  const colourOf = new Map<string, Style>();
  const maxAttempts = new Map<string, number>();
  const prefixes = new Map<string, string>();

  const attemptsText = (r: StepResult): string => {
    const of = maxAttempts.get(r.id);
    return r.attempts.length > 1 || (of !== undefined && of > 1)
      ? `${r.attempts.length}/${of ?? r.attempts.length}`
      : `${r.attempts.length}`;
  };
  const statusStyle = (r: StepResult): Style =>
    r.status === 'passed' ? 'green' : r.allowedFailure ? 'yellow' : r.status === 'skipped' || r.status === 'cancelled' ? 'gray' : 'red';

  return {
    runStarted(stepIds) {
      prefixes.clear();
      width = Math.max(width, ...stepIds.map((id) => id.length));
      stepIds.forEach((id, i) => colourOf.set(id, STEP_COLOURS[i % STEP_COLOURS.length]!));
    },
    stepStarted(step) {
      if (step.id.length > width) {
        width = step.id.length;
        prefixes.clear();
      }
      out.write(`${paint('cyan', '▶')} ${paint('bold', step.id)}${step.kind === 'run' ? '' : paint('gray', ` (${step.kind})`)}\n`);
    },
    stepOutput(stepId, line) {
      if (opts.logOrder !== 'stream') return;
      let prefix = prefixes.get(stepId);
      if (prefix === undefined) {
        prefix = `${paint(colourOf.get(stepId) ?? 'cyan', stepId.padEnd(width))} ${paint('gray', '│')} `;
        prefixes.set(stepId, prefix);
      }
      out.write(prefix + line + '\n');
    },
    stepRetrying(stepId, failed, next) {
      maxAttempts.set(stepId, next.of);
      const why = failed.error ?? failed.status;
      out.write(
        `${paint('yellow', '↻')} ${stepId}  attempt ${failed.attempt}/${next.of} ${why}; retrying in ${formatDuration(next.delayMs)}\n`,
      );
    },
    stepFinished(result, logFile) {
      const outcome = describeOutcome(result);
      const tail = result.attempts.length > 1 ? ` · attempt ${attemptsText(result)}` : '';
      const took = result.status === 'skipped' ? '' : ` ${formatDuration(result.durationMs)}`;
      if (opts.logOrder === 'grouped' && logFile) {
        const title = `${result.id} — ${outcome}${took}${tail}`;
        const startedAt = result.startedAt ? new Date(result.startedAt) : undefined;
        const endedAt = startedAt ? new Date(startedAt.getTime() + result.durationMs) : undefined;
        // A failure is what the reader came for: its log opens expanded (a continue-on-error one stays folded).
        const collapsed = result.status === 'passed' || result.status === 'skipped' || result.allowedFailure;
        out.run(async () => {
          opts.group.start(title, { collapsed, at: startedAt });
          await replay(logFile, opts.stream);
          opts.group.end(endedAt);
        });
        return;
      }
      const shown = result.status === 'passed' ? '' : ` ${paint(statusStyle(result), outcome)}`;
      out.write(`${paint(statusStyle(result), SYMBOL[result.status])} ${paint('bold', result.id)} ${shown}${paint('gray', took + tail)}\n`);
    },
    flush: () => out.drained(),
    runFinished(results) {
      out.run(() => {
        // The usage column appears when some step was measured (`run:` steps on Linux).
        const measured = results.some((r) => r.usage);
        const rows = results.map((r) => [
          r.id,
          r.status === 'failed' && r.allowedFailure ? 'failed (allowed)' : r.status,
          r.status === 'skipped' ? '–' : formatDuration(r.durationMs),
          r.status === 'skipped' ? '–' : attemptsText(r),
          ...(measured ? [formatUsage(r.usage)] : []),
          r.status === 'passed' ? '' : (r.reason ?? ''),
        ]);
        const head = ['step', 'status', 'duration', 'attempts', ...(measured ? ['usage'] : []), 'reason'];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
        const line = (cells: string[], style?: (i: number, text: string) => string): string =>
          cells
            .map((c, i) => {
              const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]!);
              return style ? style(i, padded) : padded;
            })
            .join('  ')
            .trimEnd();
        const text = [
          '',
          paint('bold', line(head)),
          ...rows.map((row, n) => line(row, (i, t) => (i === 1 ? paint(statusStyle(results[n]!), t) : t))),
          '',
        ].join('\n');
        opts.stream.write(text);
      });
      return out.drained();
    },
  };
}

/** `failed (exit 1)`, `timed out after 10m`, `skipped (needs build, which failed)`. */
export function describeOutcome(r: StepResult): string {
  switch (r.status) {
    case 'passed':
      return 'passed';
    case 'failed':
      return `failed${r.reason ? ` (${r.reason})` : ''}${r.allowedFailure ? ', allowed by continue-on-error' : ''}`;
    case 'timed-out':
      return `${r.reason ?? 'timed out'}${r.allowedFailure ? ', allowed by continue-on-error' : ''}`;
    case 'cancelled':
      return 'cancelled';
    case 'skipped':
      return `skipped${r.reason ? ` (${r.reason})` : ''}`;
  }
}

/** Streams the log file to `stream` (never held in memory whole), honouring back-pressure. */
async function replay(file: string, stream: NodeJS.WritableStream): Promise<void> {
  let last = '\n';
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      const text = chunk as string;
      if (text.length === 0) continue;
      last = text[text.length - 1]!;
      if (!stream.write(text)) await once(stream, 'drain');
    }
  } catch (err) {
    stream.write(`(could not read the step log ${file}: ${(err as Error).message})\n`);
    return;
  }
  if (last !== '\n') stream.write('\n');
}

/**
 * Keeps output in order while a grouped replay reads a log asynchronously: anything written meanwhile
 * waits its turn instead of landing inside another step's fold. Idle, it coalesces writes into one
 * per event-loop turn (a write call per line made a million-line step several times slower).
 */
const BACKLOG = 8 * 1024 * 1024;

class SerialWriter {
  private dropped = 0;
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;
  private pending = '';
  private scheduled = false;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  write(text: string): void {
    if (this.queued > 0) {
      this.run(() => void this.stream.write(text));
      return;
    }
    this.pending += text;
    if (this.pending.length >= 64 * 1024) this.flushPending();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flushPending());
    }
  }

  run(task: () => void | Promise<void>): void {
    this.flushPending();
    this.queued++;
    this.tail = this.tail
      .then(task)
      .catch((err: unknown) => void this.stream.write(`(progress output failed: ${(err as Error).message})\n`))
      .finally(() => {
        this.queued--;
      });
  }

  drained(): Promise<void> {
    this.flushPending();
    if (this.dropped > 0) {
      this.stream.write(
        `[runlens] ${this.dropped} characters of output not shown: the console could not keep up (the step logs have them)\n`,
      );
      this.dropped = 0;
    }
    return this.tail;
  }

  private flushPending(): void {
    this.scheduled = false;
    if (this.pending === '') return;
    // A console slower than a step's output (a pipe read slowly) would buffer it all in memory: beyond
    // BACKLOG unwritten bytes, output is dropped and counted, and the console told once it has caught up.
    const backlog = (this.stream as { writableLength?: number }).writableLength ?? 0;
    if (backlog > BACKLOG) {
      this.dropped += this.pending.length;
    } else {
      if (this.dropped > 0) {
        this.stream.write(
          `[runlens] ${this.dropped} characters of output not shown: the console could not keep up (the step logs have them)\n`,
        );
        this.dropped = 0;
      }
      this.stream.write(this.pending);
    }
    this.pending = '';
  }
}
