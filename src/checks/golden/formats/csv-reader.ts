// CSV / TSV reading: one side's records, walked straight from the bytes of a ChunkReader window.
// Records without a double quote are byte ranges of the window; a record holding one takes a careful
// RFC 4180 path that unescapes into a scratch buffer. The comparison (csv.ts) walks two of these.
import { InputError } from '../../../base/errors.js';
import type { ChunkReader } from '../chunk-reader.js';
import { NOT_A_NUMBER, numberScan, parseNumberBytes } from '../number-literal.js';

export const NL = 10;
export const CR = 13;
export const QUOTE = 34;

/** One side's stream of records. The current record's fields are byte ranges of `bytes`. */
export class CsvSide {
  /** The valid bytes of the reader's buffer. */
  view: Buffer;
  /** Start of the next record in `view`. */
  pos = 0;
  /** Just past the last newline in `view`: every record starting before it is complete. */
  stop = 0;
  /** Line number of the next record. */
  line = 1;
  /** Next double quote at or after `pos`, or -1: records before it need no unquoting. */
  private quoteAt = -1;

  /** Start of the line holding the next double quote (Infinity if none): rows before it are quote-free. */
  quoteLine(): number {
    return this.quoteAt === -1 ? Infinity : this.view.lastIndexOf(NL, this.quoteAt) + 1;
  }
  private scratch = Buffer.allocUnsafe(4096);

  // The current record (after `next`).
  bytes: Buffer;
  recLine = 0;
  recStart = 0;
  recEnd = 0;
  /** Not split into fields yet: only recStart/recEnd are valid. */
  raw = true;
  n = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1-based column in the file of each field (0 when unknown: later lines of a multi-line record). */
  cols = new Int32Array(64);

  constructor(
    readonly reader: ChunkReader,
    readonly label: string,
    private readonly delimiter: number,
  ) {
    this.view = reader.buf.subarray(0, 0);
    this.bytes = reader.buf;
  }

  get done(): boolean {
    return this.reader.eof && this.pos >= this.view.length;
  }

  async fill(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const first = this.reader.offset === 0 && this.reader.end === 0;
    await this.reader.refill(this.pos);
    this.pos = 0;
    const r = this.reader;
    if (r.eof && r.end > 0 && r.buf[r.end - 1] !== NL) {
      // The reader keeps a spare byte: a last line without a newline gets one, so every record ends in one.
      r.buf[r.end++] = NL;
    }
    this.view = r.buf.subarray(0, r.end);
    if (first && this.view[0] === 0xef && this.view[1] === 0xbb && this.view[2] === 0xbf) this.pos = 3;
    this.stop = this.view.lastIndexOf(NL) + 1;
    this.quoteAt = this.view.indexOf(QUOTE, this.pos);
  }

  /** Takes the next record if it is complete in the buffer; false when more bytes are needed, or at the end. */
  next(): boolean {
    const view = this.view;
    const pos = this.pos;
    if (pos >= this.stop) return false;
    const nl = view.indexOf(NL, pos);
    if (this.quoteAt !== -1 && this.quoteAt < nl) return this.nextCareful();
    let end = nl;
    if (end > pos && view[end - 1] === CR) end--;
    this.bytes = this.reader.buf;
    this.recStart = pos;
    this.recEnd = end;
    this.recLine = this.line++;
    this.pos = nl + 1;
    this.raw = true;
    return true;
  }

  split(): void {
    if (!this.raw) return;
    const b = this.bytes;
    const d = this.delimiter;
    const end = this.recEnd;
    const base = this.recStart;
    let s = base;
    let n = 0;
    for (let i = s; i < end; i++) {
      if (b[i] === d) {
        if (n === this.starts.length) this.grow();
        this.starts[n] = s;
        this.ends[n] = i;
        this.cols[n] = s - base + 1;
        n++;
        s = i + 1;
      }
    }
    if (n === this.starts.length) this.grow();
    this.starts[n] = s;
    this.ends[n] = end;
    this.cols[n] = s - base + 1;
    this.n = n + 1;
    this.raw = false;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const cols = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    cols.set(this.cols);
    this.starts = starts;
    this.ends = ends;
    this.cols = cols;
  }

  private put(out: number, from: number, to: number): number {
    const need = out + (to - from);
    if (need > this.scratch.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
      this.scratch.copy(bigger, 0, 0, out);
      this.scratch = bigger;
    }
    this.view.copy(this.scratch, out, from, to);
    return need;
  }

  /** RFC 4180: quoted fields may hold delimiters, newlines and doubled quotes. Unescapes into `scratch`. */
  private nextCareful(): boolean {
    const b = this.view;
    const end = b.length;
    const eof = this.reader.eof;
    const d = this.delimiter;
    const recStart = this.pos;
    let i = recStart;
    let line = this.line;
    let lineStart = i;
    let out = 0;
    let n = 0;
    for (;;) {
      if (n === this.starts.length) this.grow();
      const fieldOut = out;
      this.cols[n] = line === this.line ? i - recStart + 1 : 0;
      if (b[i] === QUOTE) {
        const openLine = line;
        const openColumn = i - lineStart + 1;
        i++;
        for (;;) {
          const q = b.indexOf(QUOTE, i);
          if (q === -1) {
            if (!eof) return false;
            throw new InputError(
              { file: this.label, line: openLine, column: openColumn },
              'a quoted field is never closed',
              'end it with a double quote; a quote inside a quoted field is written twice ("")',
            );
          }
          for (let k = b.indexOf(NL, i); k !== -1 && k < q; k = b.indexOf(NL, k + 1)) {
            line++;
            lineStart = k + 1;
          }
          if (q + 1 >= end && !eof) return false;
          if (b[q + 1] === QUOTE) {
            out = this.put(out, i, q + 1);
            i = q + 2;
            continue;
          }
          out = this.put(out, i, q);
          i = q + 1;
          break;
        }
        const c = i < end ? b[i]! : NL;
        if (c === CR && i + 1 >= end && !eof) return false;
        if (c !== d && c !== NL && !(c === CR && (i + 1 >= end || b[i + 1] === NL))) {
          throw new InputError(
            { file: this.label, line, column: i - lineStart + 1 },
            `unexpected ${JSON.stringify(String.fromCharCode(c))} after the closing quote of a field`,
            'quote the whole field and write each quote inside it twice ("")',
          );
        }
        if (c === CR) i++;
      } else {
        let k = i;
        while (k < end && b[k] !== d && b[k] !== NL) k++;
        if (k >= end && !eof) return false;
        let fe = k;
        if ((k >= end || b[k] === NL) && fe > i && b[fe - 1] === CR) fe--;
        out = this.put(out, i, fe);
        i = k;
      }
      this.starts[n] = fieldOut;
      this.ends[n] = out;
      n++;
      if (i < end && b[i] === d) {
        i++;
        continue;
      }
      this.pos = Math.min(i + 1, end);
      break;
    }
    this.bytes = this.scratch;
    this.recStart = 0;
    this.recEnd = out;
    this.n = n;
    this.raw = false;
    this.recLine = this.line;
    this.line = line + 1;
    this.quoteAt = b.indexOf(QUOTE, this.pos);
    return true;
  }

  text(k: number): string {
    return this.bytes.toString('utf8', this.starts[k], this.ends[k]);
  }
}

export async function nextRecord(side: CsvSide, signal: AbortSignal): Promise<boolean> {
  while (!side.next()) {
    if (side.done) return false;
    await side.fill(signal);
  }
  return true;
}

export function isNumericRow(side: CsvSide): boolean {
  for (let k = 0; k < side.n; k++) {
    parseNumberBytes(side.bytes, side.starts[k]!, side.ends[k]!);
    if (numberScan.kind === NOT_A_NUMBER && numberScan.end > numberScan.start) return false;
  }
  return true;
}
