// `<outputDir>/logs/<step>.log`: the step's output as it comes (masked, no colour codes added), plus
// runlens's own remarks marked `[runlens]`.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LineRedactor, Redactor } from './redactor.js';

// Lines are coalesced into one write per event-loop turn (or per 64 KiB): a write call per line made
// a million-line step several times slower.
const FLUSH_AT = 64 * 1024;

export class StepLog {
  private failure: Error | undefined;
  private pending = '';
  private scheduled = false;
  private readonly lines: LineRedactor;

  private constructor(
    /** Absolute. */
    readonly file: string,
    private readonly out: WriteStream,
    private readonly redactor: Redactor,
    private readonly echo: (line: string) => void,
  ) {
    this.lines = redactor.lines();
    // A full disk must not crash the run: the step goes on, its log is incomplete.
    out.on('error', (err) => {
      this.failure ??= err;
    });
  }

  static async open(file: string, redactor: Redactor, echo: (line: string) => void): Promise<StepLog> {
    await mkdir(path.dirname(file), { recursive: true });
    const out = createWriteStream(file, { flags: 'w' });
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    return new StepLog(file, out, redactor, echo);
  }

  /** A line of the step's own output: to the log and the console, redacted as it streams. */
  line(text: string): void {
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
    this.flush();
    await new Promise<void>((resolve) => this.out.end(resolve));
    return this.failure ? `the step log ${this.file} is incomplete: ${this.failure.message}` : undefined;
  }
}
