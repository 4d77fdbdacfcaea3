// CSV / TSV: header-aware, per-column tolerances and ignores, streaming in constant memory.
//
// Hand-written on purpose: no CSV library parses anywhere near 100 MB/s while also comparing, and we
// need neither objects nor strings per field. Both files are read in 4 MB chunks; rows are walked in
// lockstep, byte by byte, on both buffers at once: a field whose bytes match is equal whatever the
// tolerance, so only fields that differ are delimited and parsed as numbers, straight from the bytes.
// A row holding a double quote takes a careful RFC 4180 path that unescapes into a scratch buffer;
// so do rows when the columns of the two files are in a different order. Reading is csv-reader.ts;
// this file is the comparison.
import { ChunkReader } from '../chunk-reader.js';
import { DifferenceLog, SeriesBuilder, type Comparison, type Difference, type Place } from '../comparison.js';
import {
  INTEGER,
  NOT_A_NUMBER,
  integerLiteralsEqual,
  numberScan,
  pairScan,
  parseDecimalPair,
  parseNumberBytes,
  reparseExact,
} from '../number-literal.js';
import { excessOf, relativeError, resolveTolerance, withinTolerance } from '../tolerance.js';
import { CR, CsvSide, NL, QUOTE, isNumericRow, nextRecord } from './csv-reader.js';
import type { CompareInput } from './format.js';

function looksNaN(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((b[i]! | 32) === 110) return true;
  return false;
}

export async function compareCsv(input: CompareInput): Promise<Comparison> {
  const { files, options } = input;
  const delimiter = (options.delimiter ?? (input.format === 'tsv' ? '\t' : ',')).charCodeAt(0);
  const readers: ChunkReader[] = [];
  try {
    readers.push(await ChunkReader.open(files.expected), await ChunkReader.open(files.actual));
    const e = new CsvSide(readers[0]!, files.expectedLabel, delimiter);
    const a = new CsvSide(readers[1]!, files.actualLabel, delimiter);
    return await new CsvComparison(input, e, a, delimiter).run();
  } finally {
    await Promise.all(readers.map((r) => r.close()));
  }
}

/** Two fields whose bytes differ: where they are in both buffers, and where in the golden file. */
interface FieldPair {
  /** 0-based data row. */
  row: number;
  /** 0-based column of the golden file. */
  c: number;
  eb: Buffer;
  es: number;
  ee: number;
  ab: Buffer;
  as: number;
  ae: number;
  line: number;
  /** 1-based column in the golden file, 0 when unknown. */
  column: number;
  /** Leading bytes both fields share (the lockstep walk already compared them). */
  shared: number;
}

function fieldPair(): FieldPair {
  const empty = Buffer.alloc(0);
  return { row: 0, c: 0, eb: empty, es: 0, ee: 0, ab: empty, as: 0, ae: 0, line: 0, column: 0, shared: 0 };
}

/** The outcome of the lockstep walk: why it stopped. */
const WINDOW_END = 0;
const NEEDS_CAREFUL_ROW = 1;

class CsvComparison {
  private readonly log: DifferenceLog;
  private readonly series = new SeriesBuilder('row');
  private names: string[] = [];
  private width = 0;
  private map = new Int32Array(0);
  private ignore = new Uint8Array(0);
  private abs = new Float64Array(0);
  private rel = new Float64Array(0);
  private given = new Uint8Array(0);
  /** Columns line up one to one: rows can be walked in lockstep. */
  private identity = true;
  private readonly nanEqual: boolean;
  /** Data rows compared so far. */
  private row = 0;
  /** Largest |actual − expected| in the current row: one series point per row, not per field. */
  private rowErr = 0;
  /** Filled in place for each differing field: the hot path allocates nothing. */
  private readonly pair = fieldPair();

  constructor(
    private readonly input: CompareInput,
    private readonly e: CsvSide,
    private readonly a: CsvSide,
    private readonly delimiter: number,
  ) {
    this.nanEqual = input.tolerance.nanEqual;
    this.log = new DifferenceLog(input.keep);
  }

  async run(): Promise<Comparison> {
    const { e, a, log, input } = this;
    const signal = input.signal;
    let eHave = await nextRecord(e, signal);
    let aHave = await nextRecord(a, signal);
    let header = input.options.header;
    if (eHave) e.split();
    if (header === 'auto') header = eHave && !isNumericRow(e);
    if (header && eHave) {
      const expectedNames = Array.from({ length: e.n }, (_, k) => e.text(k).trim());
      let actualNames: string[] = [];
      if (aHave) {
        a.split();
        actualNames = Array.from({ length: a.n }, (_, k) => a.text(k).trim());
      }
      this.setColumns(expectedNames, actualNames, e.recLine);
      eHave = await nextRecord(e, signal);
      aHave = aHave && (await nextRecord(a, signal));
    } else if (eHave) {
      this.setColumns(
        Array.from({ length: e.n }, (_, k) => String(k + 1)),
        undefined,
        e.recLine,
      );
    }
    let goldenLonger = eHave && !aHave;
    let actualLonger = aHave && !eHave;
    if (eHave && aHave) {
      // The first data rows were taken while looking for a header.
      this.compareRecord();
      this.row++;
      const lockstep = this.identity && this.nanEqual;
      let carefulRowNext = false;
      for (;;) {
        if (lockstep && !carefulRowNext) carefulRowNext = this.walk() === NEEDS_CAREFUL_ROW;
        // One row pair the slow way: at a window's end, or a row with quotes.
        if (!e.next()) {
          if (!e.done) {
            await e.fill(signal);
            continue;
          }
          actualLonger = await nextRecord(a, signal);
          break;
        }
        if (!(await nextRecord(a, signal))) {
          goldenLonger = true;
          break;
        }
        this.compareRecord();
        this.row++;
        carefulRowNext = false;
      }
    }
    const comparedColumns = this.ignore.reduce((n, ig) => n + (ig ? 0 : 1), 0);
    log.compared = this.row * comparedColumns;
    this.series.extendTo(this.row);
    if (goldenLonger || actualLonger) await this.reportRowCounts(goldenLonger, signal);
    return log.result(input.format, 'values', this.series);
  }

  private async reportRowCounts(goldenLonger: boolean, signal: AbortSignal): Promise<void> {
    const { e, a, log } = this;
    const longer = goldenLonger ? e : a;
    const firstExtraLine = e.recLine;
    let extra = 1;
    for (;;) {
      while (longer.next()) extra++;
      if (longer.done) break;
      await longer.fill(signal);
    }
    const row = this.row;
    const goldenRows = goldenLonger ? row + extra : row;
    const actualRows = goldenLonger ? row : row + extra;
    const at: Place = goldenLonger
      ? { where: `row ${row + 1}`, line: firstExtraLine }
      : { where: `after row ${row}`, line: Math.max(1, e.line - 1) };
    log.problem(
      `the golden file has ${goldenRows.toLocaleString('en-US')} data rows, the actual file ${actualRows.toLocaleString('en-US')}`,
      at,
    );
  }

  private setColumns(expectedNames: string[], actualNames: string[] | undefined, headerLine: number): void {
    const { options, levels } = this.input;
    const width = expectedNames.length;
    this.width = width;
    this.names = expectedNames;
    this.map = new Int32Array(width);
    this.ignore = new Uint8Array(width);
    this.abs = new Float64Array(width);
    this.rel = new Float64Array(width);
    this.given = new Uint8Array(width);
    const ignored = new Set(options['ignore-columns']);
    const known = new Set<string>();
    const used = new Set<number>();
    for (let c = 0; c < width; c++) {
      const name = expectedNames[c]!;
      const number = String(c + 1);
      known.add(name).add(number);
      const column = options.columns[name] ?? options.columns[number];
      this.ignore[c] = ignored.has(name) || ignored.has(number) || column?.ignore ? 1 : 0;
      const t = resolveTolerance([column, ...levels], this.nanEqual);
      this.abs[c] = t.abs;
      this.rel[c] = t.rel;
      this.given[c] = t.given ? 1 : 0;
      if (actualNames === undefined) {
        this.map[c] = c;
        continue;
      }
      // The n-th column of a name maps to the n-th of the same name, so duplicates keep their order.
      let nth = 0;
      for (let k = 0; k < c; k++) if (expectedNames[k] === name) nth++;
      let found = -1;
      for (let k = 0; k < actualNames.length; k++) {
        if (actualNames[k] === name && nth-- === 0) {
          found = k;
          break;
        }
      }
      this.map[c] = found;
      if (found === -1) {
        if (!this.ignore[c]) {
          this.log.problem(`column "${name}" of the golden file is missing from the actual file`, {
            where: `header, column ${name}`,
            line: headerLine,
          });
        }
      } else used.add(found);
      if (found !== c) this.identity = false;
    }
    if (actualNames !== undefined) {
      if (actualNames.length !== width) this.identity = false;
      for (let k = 0; k < actualNames.length; k++) {
        const name = actualNames[k]!;
        if (!used.has(k) && !ignored.has(name) && !options.columns[name]?.ignore) {
          this.log.problem(`the actual file has a column "${name}" the golden file does not`, { where: 'header', line: headerLine });
        }
      }
      if (!this.identity && actualNames.length === width && expectedNames.every((n) => actualNames.includes(n))) {
        this.log.facts.push(['columns', 'same names in a different order; compared by name']);
      }
    }
    for (const key of [...Object.keys(options.columns), ...ignored]) {
      if (!known.has(key)) this.log.facts.push(['unknown column', `"${key}" in the case options names no column of the golden file`]);
    }
  }

  /**
   * Walks complete rows of both windows in lockstep until either window runs out, comparing only
   * fields whose bytes differ. Stops before the first row holding a double quote on either side.
   */
  private walk(): number {
    const { e, a } = this;
    const eb = e.view;
    const ab = a.view;
    // Rows up to the line of the next quote on either side are plain; that line takes the careful path.
    const eQuote = e.quoteLine();
    const aQuote = a.quoteLine();
    const eStop = Math.min(e.stop, eQuote);
    const aStop = Math.min(a.stop, aQuote);
    const d = this.delimiter;
    const width = this.width;
    const ignore = this.ignore;
    let i = e.pos;
    let j = a.pos;
    let line = e.line;
    let rows = 0;
    let outcome = WINDOW_END;
    rows: while (i < eStop && j < aStop) {
      const eRow = i;
      const aRow = j;
      let field = 0;
      for (;;) {
        const fe0 = i;
        const fa0 = j;
        let c = eb[i]!;
        for (;;) {
          // The hot loop: equal bytes, none of them special (newline, quote, delimiter are ≤ 34 or d).
          while (c === ab[j] && c > QUOTE && c !== d) {
            c = eb[++i]!;
            ++j;
          }
          if (c !== ab[j] || c === d || c === NL || c === QUOTE) break;
          // A space, tab or carriage return equal on both sides: still inside the field.
          c = eb[++i]!;
          ++j;
        }
        if (c === ab[j]) {
          if (c === d) {
            i++;
            j++;
            field++;
            continue;
          }
          if (c === NL) {
            i++;
            j++;
            break;
          }
          outcome = NEEDS_CAREFUL_ROW;
          i = eRow;
          j = aRow;
          break rows;
        }
        // The field differs from byte `shared` on: find where it ends on each side.
        const shared = i - fe0;
        let x = eb[i]!;
        while (x !== d && x !== NL && x !== QUOTE) x = eb[++i]!;
        let y = ab[j]!;
        while (y !== d && y !== NL && y !== QUOTE) y = ab[++j]!;
        if (x === QUOTE || y === QUOTE) {
          outcome = NEEDS_CAREFUL_ROW;
          i = eRow;
          j = aRow;
          break rows;
        }
        if (field >= width || ignore[field] === 0) {
          const ee = x === NL && i > fe0 && eb[i - 1] === CR ? i - 1 : i;
          const ae = y === NL && j > fa0 && ab[j - 1] === CR ? j - 1 : j;
          const p = this.pair;
          p.row = this.row + rows;
          p.c = field;
          p.eb = eb;
          p.es = fe0;
          p.ee = ee;
          p.ab = ab;
          p.as = fa0;
          p.ae = ae;
          p.line = line;
          p.column = fe0 - eRow + 1;
          p.shared = shared;
          this.compareField(p);
        }
        if (x === d && y === d) {
          i++;
          j++;
          field++;
          continue;
        }
        if (x === NL && y === NL) {
          i++;
          j++;
          break;
        }
        // One row has more fields than the other: count them, then go on with the next row.
        let eFields = field + 1;
        let aFields = field + 1;
        while (x === d) {
          eFields++;
          x = eb[++i]!;
          while (x !== d && x !== NL) x = eb[++i]!;
        }
        while (y === d) {
          aFields++;
          y = ab[++j]!;
          while (y !== d && y !== NL) y = ab[++j]!;
        }
        this.fieldCountDiffers(this.row + rows, line, eFields, aFields);
        i++;
        j++;
        break;
      }
      this.endRow(this.row + rows);
      rows++;
      line++;
    }
    if (outcome === WINDOW_END && ((i >= eQuote && eQuote < e.stop) || (j >= aQuote && aQuote < a.stop))) outcome = NEEDS_CAREFUL_ROW;
    e.pos = i;
    a.pos = j;
    e.line = line;
    a.line += rows;
    this.row += rows;
    return outcome;
  }

  /** Compares the records `e.next()` and `a.next()` took. */
  private compareRecord(): void {
    const { e, a } = this;
    if (
      this.identity &&
      this.nanEqual &&
      e.raw &&
      a.raw &&
      e.recEnd - e.recStart === a.recEnd - a.recStart &&
      e.bytes.compare(a.bytes, a.recStart, a.recEnd, e.recStart, e.recEnd) === 0
    ) {
      return;
    }
    this.compareRow(this.row);
  }

  private fieldCountDiffers(row: number, line: number, expected: number, actual: number): void {
    const place = (): Place => ({ where: `row ${row + 1}`, line });
    this.log.add(Infinity, undefined, undefined, place, () => ({
      ...place(),
      expected: `${expected} fields`,
      actual: `${actual} fields`,
      excess: Infinity,
      note: 'field count differs',
    }));
  }

  private compareRow(row: number): void {
    const { e, a } = this;
    e.split();
    a.split();
    const eb = e.bytes;
    const ab = a.bytes;
    const nanEqual = this.nanEqual;
    if (this.identity && e.n !== a.n) this.fieldCountDiffers(row, e.recLine, e.n, a.n);
    const n = e.n;
    const width = this.width;
    for (let c = 0; c < n; c++) {
      let ac = c;
      if (c < width) {
        if (this.ignore[c] === 1) continue;
        ac = this.map[c]!;
        if (ac < 0) continue;
      }
      if (ac >= a.n) continue;
      const es = e.starts[c]!;
      const ee = e.ends[c]!;
      const as = a.starts[ac]!;
      const ae = a.ends[ac]!;
      const len = ee - es;
      if (len === ae - as) {
        let k = 0;
        while (k < len && eb[es + k] === ab[as + k]) k++;
        if (k === len && (nanEqual || !looksNaN(eb, es, ee))) continue;
      }
      const p = this.pair;
      p.row = row;
      p.c = c;
      p.eb = eb;
      p.es = es;
      p.ee = ee;
      p.ab = ab;
      p.as = as;
      p.ae = ae;
      p.line = e.recLine;
      p.column = e.cols[c]!;
      p.shared = 0;
      this.compareField(p);
    }
    this.endRow(row);
  }

  /** Called for every field whose bytes differ: the common case (two finite decimals within tolerance) returns early. */
  private compareField(p: FieldPair): void {
    const c = p.c;
    if (c < this.width && parseDecimalPair(p.eb, p.es, p.ee, p.ab, p.as, p.ae, p.shared)) {
      const ev = pairScan.expected;
      const err = Math.abs(pairScan.actual - ev);
      if (err <= this.abs[c]! + this.rel[c]! * Math.abs(ev)) {
        if (err > this.rowErr) this.rowErr = err;
        return;
      }
    }
    this.compareFieldFully(p);
  }

  /** Ends a row: its largest error goes into the chart series and the overall maximum. */
  private endRow(row: number): void {
    if (this.rowErr > 0) {
      this.log.noteError(this.rowErr);
      this.series.add(row, this.rowErr);
      this.rowErr = 0;
    }
  }

  private compareFieldFully(p: FieldPair): void {
    const { c, eb, es, ee, ab, as, ae } = p;
    let ev = parseNumberBytes(eb, es, ee);
    const eKind = numberScan.kind;
    const eExact = numberScan.exact;
    const eFrom = numberScan.start;
    const eTo = numberScan.end;
    let av = parseNumberBytes(ab, as, ae);
    const aKind = numberScan.kind;
    const aExact = numberScan.exact;
    const aFrom = numberScan.start;
    const aTo = numberScan.end;
    const inWidth = c < this.width;
    const fallback = this.input.tolerance;
    const abs = inWidth ? this.abs[c]! : fallback.abs;
    const rel = inWidth ? this.rel[c]! : fallback.rel;
    const given = inWidth ? this.given[c] === 1 : fallback.given;
    // A copy: `p` is reused for the next field, while a recorded difference is rendered later.
    const at: FieldPair = { ...p };
    if (eKind === NOT_A_NUMBER || aKind === NOT_A_NUMBER) {
      // Fields that are blank but for spaces are equal; any other text must match byte for byte.
      if (eKind === NOT_A_NUMBER && aKind === NOT_A_NUMBER && eTo === eFrom && aTo === aFrom) return;
      this.record(at, Infinity, undefined, undefined, eKind === aKind ? 'text differs' : 'not both numbers');
      return;
    }
    if (eKind === INTEGER && aKind === INTEGER && !given) {
      if (eExact && aExact ? ev === av : integerLiteralsEqual(eb, eFrom, eTo, ab, aFrom, aTo)) return;
      const err = Math.abs(av - ev);
      if (err > this.rowErr) this.rowErr = err;
      this.record(at, Infinity, err, relativeError(av, ev), 'integers differ (no tolerance given)');
      return;
    }
    if (!eExact || !aExact) {
      // The byte parse can be an ulp or two off for long literals: near the boundary, Number() decides.
      const margin = Math.abs(Math.abs(av - ev) - (abs + rel * Math.abs(ev)));
      if (margin <= 1e-14 * (Math.abs(av) + Math.abs(ev))) {
        if (!eExact) ev = reparseExact(eb, eFrom, eTo);
        if (!aExact) av = reparseExact(ab, aFrom, aTo);
      }
    }
    const err = Math.abs(av - ev);
    if (err > this.rowErr) this.rowErr = err;
    if (withinTolerance(av, ev, abs, rel, this.nanEqual)) return;
    const numeric = err === err;
    this.record(at, excessOf(av, ev, abs, rel), numeric ? err : undefined, numeric ? relativeError(av, ev) : undefined);
  }

  private record(at: FieldPair, excess: number, absError: number | undefined, relError: number | undefined, note?: string): void {
    const name = at.c < this.names.length ? this.names[at.c]! : String(at.c + 1);
    const place = (): Place => ({ where: `row ${at.row + 1}, column ${name}`, line: at.line, ...(at.column ? { column: at.column } : {}) });
    this.log.add(excess, absError, relError, place, (): Difference => {
      const d: Difference = {
        ...place(),
        expected: at.eb.toString('utf8', at.es, at.ee),
        actual: at.ab.toString('utf8', at.as, at.ae),
        excess,
      };
      if (absError !== undefined) d.absError = absError;
      if (relError !== undefined) d.relError = relError;
      if (note) d.note = note;
      return d;
    });
  }
}
