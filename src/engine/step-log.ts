// `<outputDir>/logs/<step>.log`: the step's output as it comes (masked, no colour codes added), plus
// runlens's own remarks marked `[runlens]`.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LineRedactor, Redactor } from './redactor.js';
import { recordWrite } from '../base/written-files.js';

// Lines are coalesced into one write per event-loop turn (or per 64 KiB): a write call per line made
// a million-line step several times slower.
const FLUSH_AT = 64 * 1024;

export class StepLog {
  private failure: Error | undefined;
  private pending = '';
  private scheduled = false;
  private readonly lines: LineRedactor;
  /** Characters of step output kept so far, and what was left out once `limit` was reached. */
  private kept = 0;
  private droppedLines = 0;
  private droppedChars = 0;

  private constructor(
    /** Absolute. */
    readonly file: string,
    private readonly out: WriteStream,
    private readonly redactor: Redactor,
    private readonly echo: (line: string) => void,
    private readonly limit: number,
  ) {
    this.lines = redactor.lines();
    // A full disk must not crash the run: the step goes on, its log is incomplete.
    out.on('error', (err) => {
      this.failure ??= err;
    });
  }

  /** `limit`: characters of step output kept (log and console); what comes after is counted, not kept (`log-limit`). */
  static async open(file: string, redactor: Redactor, echo: (line: string) => void, limit = Infinity): Promise<StepLog> {
    await mkdir(path.dirname(file), { recursive: true });
    const out = createWriteStream(file, { flags: 'w' });
    recordWrite(file);
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    return new StepLog(file, out, redactor, echo, limit);
  }

  /** A line of the step's own output: to the log and the console, redacted as it streams. */
  line(text: string): void {
    if (this.kept + text.length > this.limit) {
      if (this.droppedLines++ === 0) {
        const note = `output beyond the log limit (${this.limit} characters, \`log-limit\`) is counted, not kept or shown`;
        this.note(note);
        this.echo(`[runlens] ${note}`);
      }
      this.droppedChars += text.length + 1;
      return;
    }
    this.kept += text.length + 1;
    const masked = this.lines.line(text);
    this.append(masked + '\n');
    this.echo(masked);
  }

  /** A remark of runlens about the step: to the log only. */
  note(text: string): void {
    // Every line carries the marker, so a multi-line script or a stack trace cannot pass for step output.
    const lines = this.redactor.redact(text.trimEnd()).split(/\r?\n/);
    this.append(lines.map((l) => `[runlens] ${l}`.trimEnd()).join('\n') + '\n');
  }

  private append(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending === '') return;
    if (!this.failure) this.out.write(this.pending);
    this.pending = '';
  }

  /** Resolves once everything is on disk; returns why the log is incomplete, if it is. */
  async close(): Promise<string | undefined> {
    if (this.droppedLines > 0)
      this.note(
        `${this.droppedLines} line${this.droppedLines === 1 ? '' : 's'} (${this.droppedChars} characters) of output not kept: the log limit was reached`,
      );
    this.flush();
    await new Promise<void>((resolve) => this.out.end(resolve));
    return this.failure ? `the step log ${this.file} is incomplete: ${this.failure.message}` : undefined;
  }
}
