// What comparing one golden case yields, whatever the format, and the bounded-memory collector that
// every comparator feeds: counts, the largest errors, the worst few differences and an error series.
import type { FormatName } from './options.js';

/** Where in the golden file a value sits. */
export interface Place {
  /** Human words: `row 17, column voltage`, `$.items[3].value`, `sample 4410, channel 2`, `index (3, 1)`. */
  where: string;
  line?: number;
  column?: number;
}

export interface Difference extends Place {
  expected: string;
  actual: string;
  absError?: number;
  relError?: number;
  /** |a − e| / (abs + rel·|e|): > 1 is out of tolerance; Infinity for a non-numeric difference. */
  excess: number;
  /** For a structural difference: `missing key`, `type differs`, … */
  note?: string;
}

export interface Extreme extends Place {
  value: number;
}

/** Points of |actual − expected| along the data (rows, flat indexes, samples), at most 100. */
export interface ErrorSeries {
  /** What the x axis counts. */
  unit: string;
  /** 1-based position of the first item of each point's bucket. */
  starts: number[];
  /** Largest |actual − expected| within each bucket. */
  maxAbs: number[];
  /** How many items the series covers. */
  total: number;
}

export interface Comparison {
  format: FormatName;
  passed: boolean;
  /** Values (or lines, or bytes) compared. */
  compared: number;
  /** What `compared` counts. */
  unit: string;
  /** Values out of tolerance plus structural differences. */
  differences: number;
  /** Largest errors among the values out of tolerance. */
  maxAbs?: Extreme;
  maxRel?: Extreme;
  /** Largest |actual − expected| over every value compared, in or out of tolerance. */
  maxAbsAll?: number;
  /** Where the first difference is: the finding points there. */
  first?: Place;
  /** The worst differences, worst first. */
  worst: Difference[];
  /** Differences of shape rather than value: row counts, headers, sample rates, dtypes, sizes. */
  problems: string[];
  series?: ErrorSeries;
  /** Text: an excerpt of the unified diff. */
  diff?: string;
  /** Extra figures worth a line in the report: SNR, hashes, shapes. */
  facts: Array<[string, string]>;
}

const SERIES_POINTS = 100;

/**
 * Keeps the largest error per bucket of consecutive items in constant memory: when the items outgrow
 * the buckets, neighbouring buckets merge and each bucket covers twice as many.
 */
export class SeriesBuilder {
  private width = 1;
  private readonly buckets = new Float64Array(SERIES_POINTS);
  private total = 0;

  constructor(private readonly unit: string) {}

  /** `index` is 0-based and never decreases. */
  add(index: number, absError: number): void {
    let bucket = Math.floor(index / this.width);
    while (bucket >= SERIES_POINTS) {
      this.grow();
      bucket = Math.floor(index / this.width);
    }
    if (absError > this.buckets[bucket]!) this.buckets[bucket] = absError;
    if (index + 1 > this.total) this.total = index + 1;
  }

  /** Items compared without error (e.g. identical rows) still extend the series. */
  extendTo(total: number): void {
    while (total > 0 && Math.floor((total - 1) / this.width) >= SERIES_POINTS) this.grow();
    if (total > this.total) this.total = total;
  }

  private grow(): void {
    for (let k = 0; k < SERIES_POINTS / 2; k++) {
      this.buckets[k] = Math.max(this.buckets[2 * k]!, this.buckets[2 * k + 1]!);
    }
    this.buckets.fill(0, SERIES_POINTS / 2);
    this.width *= 2;
  }

  build(): ErrorSeries | undefined {
    if (this.total === 0) return undefined;
    const points = Math.ceil(this.total / this.width);
    const starts: number[] = [];
    const maxAbs: number[] = [];
    for (let k = 0; k < points; k++) {
      starts.push(k * this.width + 1);
      maxAbs.push(this.buckets[k]!);
    }
    return { unit: this.unit, starts, maxAbs, total: this.total };
  }
}

/** Everything a comparator learns, fed one difference at a time; memory stays bounded by `keep`. */
export class DifferenceLog {
  differences = 0;
  compared = 0;
  maxAbsAll = 0;
  maxAbs: Extreme | undefined;
  maxRel: Extreme | undefined;
  first: Place | undefined;
  readonly worst: Difference[] = [];
  readonly problems: string[] = [];
  readonly facts: Array<[string, string]> = [];

  constructor(private readonly keep: number) {}

  /** Cheap test before building a Difference: would one of this excess be kept? */
  wouldKeep(excess: number): boolean {
    return this.worst.length < this.keep || excess > this.worst[this.worst.length - 1]!.excess;
  }

  noteError(absError: number): void {
    if (absError > this.maxAbsAll) this.maxAbsAll = absError;
  }

  /** A value out of tolerance or a structural difference. `make` runs only when the difference is kept or first. */
  add(excess: number, absError: number | undefined, relError: number | undefined, place: () => Place, make: () => Difference): void {
    this.differences++;
    let where = this.first === undefined ? place() : undefined;
    if (where !== undefined) this.first = where;
    if (absError !== undefined && (this.maxAbs === undefined || absError > this.maxAbs.value)) {
      this.maxAbs = { value: absError, ...(where ??= place()) };
    }
    if (relError !== undefined && (this.maxRel === undefined || relError > this.maxRel.value)) {
      this.maxRel = { value: relError, ...(where ?? place()) };
    }
    if (this.wouldKeep(excess)) {
      const d = make();
      let k = this.worst.length;
      while (k > 0 && this.worst[k - 1]!.excess < excess) k--;
      this.worst.splice(k, 0, d);
      if (this.worst.length > this.keep) this.worst.pop();
    }
  }

  problem(text: string, place?: Place): void {
    this.problems.push(text);
    if (this.first === undefined && place) this.first = place;
  }

  result(format: FormatName, unit: string, series?: SeriesBuilder, extra?: Partial<Comparison>): Comparison {
    const built = series?.build();
    return {
      format,
      passed: this.differences === 0 && this.problems.length === 0,
      compared: this.compared,
      unit,
      differences: this.differences,
      ...(this.maxAbs ? { maxAbs: this.maxAbs } : {}),
      ...(this.maxRel ? { maxRel: this.maxRel } : {}),
      maxAbsAll: this.maxAbsAll,
      ...(this.first ? { first: this.first } : {}),
      worst: this.worst,
      problems: this.problems,
      ...(built ? { series: built } : {}),
      facts: this.facts,
      ...extra,
    };
  }
}

/** Short, stable rendering of a number for reports. */
export function formatNumber(n: number | undefined): string {
  if (n === undefined) return '';
  if (n !== n) return 'NaN';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (n === 0) return '0';
  const a = Math.abs(n);
  if (a >= 1e-3 && a < 1e6) return String(Number(n.toPrecision(4)));
  return n.toExponential(3).replace(/\.?0+e/, 'e');
}
