// Parses numbers straight from bytes, without allocating a string per value: the CSV fast path calls this
// for every field that differs byte-wise, so it must cost nanoseconds. Number() stays the arbiter of the
// correctly rounded value, called only when this parse is not exact (see `numberScan.exact`).

export const NOT_A_NUMBER = 0;
export const INTEGER = 1;
export const DECIMAL = 2;

/** Side results of the last parse, kept in one object so the hot path returns a plain double. */
export const numberScan = {
  kind: NOT_A_NUMBER as 0 | 1 | 2,
  /** The returned double is the correctly rounded value (Clinger's fast path, or Number()). */
  exact: true,
  /** Trimmed bounds of the literal, for an exact re-parse. */
  start: 0,
  end: 0,
};

const POW10: number[] = Array.from({ length: 309 }, (_, k) => Number(`1e${k}`));
const TWO53 = 9007199254740992;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function matchWord(b: Uint8Array, i: number, end: number, word: string): number {
  if (end - i < word.length) return -1;
  for (let k = 0; k < word.length; k++) {
    // ASCII lower-casing: `| 32` maps A–Z onto a–z and leaves a–z alone.
    if ((b[i + k]! | 32) !== word.charCodeAt(k)) return -1;
  }
  return i + word.length;
}

/**
 * The number in `b[start, end)`: optional spaces, sign, digits with an optional point and exponent,
 * or `nan` / `inf` / `infinity` in any case. Sets `numberScan.kind` to NOT_A_NUMBER for anything else.
 */
export function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  // Fast path for the common shape: [-]digits[.digits], at most 15 digits, nothing else. Such a
  // mantissa is an exact double and the divisor an exact power of ten, so one division rounds correctly.
  let i = start;
  let c = i < end ? b[i]! : 0;
  const negative = c === 45;
  if (negative) c = ++i < end ? b[i]! : 0;
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let d = c - 48;
  while (d >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    digits++;
    d = ++i < end ? b[i]! - 48 : -1;
  }
  if (d === -2 && i < end) {
    d = ++i < end ? b[i]! - 48 : -1;
    while (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      fraction++;
      d = ++i < end ? b[i]! - 48 : -1;
    }
    if (i >= end && digits > 0 && digits <= 15) {
      numberScan.kind = DECIMAL;
      numberScan.exact = true;
      numberScan.start = start;
      numberScan.end = end;
      const v = mantissa / POW10[fraction]!;
      return negative ? -v : v;
    }
  } else if (i >= end && digits > 0 && digits <= 15) {
    numberScan.kind = INTEGER;
    numberScan.exact = true;
    numberScan.start = start;
    numberScan.end = end;
    return negative ? -mantissa : mantissa;
  }
  return parseGeneral(b, start, end);
}

function parseGeneral(b: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(b[i]!)) i++;
  while (end > i && isSpace(b[end - 1]!)) end--;
  numberScan.start = i;
  numberScan.end = end;
  numberScan.exact = true;
  if (i >= end) {
    numberScan.kind = NOT_A_NUMBER;
    return NaN;
  }
  let negative = false;
  let c = b[i]!;
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
    if (i >= end) {
      numberScan.kind = NOT_A_NUMBER;
      return NaN;
    }
    c = b[i]!;
  }
  if (c > 57 && i < end) {
    let j = matchWord(b, i, end, 'nan');
    if (j === end) {
      numberScan.kind = DECIMAL;
      return NaN;
    }
    j = matchWord(b, i, end, 'infinity');
    if (j !== end) j = matchWord(b, i, end, 'inf');
    numberScan.kind = j === end ? DECIMAL : NOT_A_NUMBER;
    return j === end ? (negative ? -Infinity : Infinity) : NaN;
  }
  let mantissa = 0;
  let significant = 0;
  let dropped = false;
  let exp10 = 0;
  let digits = 0;
  let kind: 1 | 2 = INTEGER;
  for (; i < end; i++) {
    c = b[i]!;
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      digits++;
      if (significant < 19) {
        if (mantissa !== 0 || d !== 0) significant++;
        mantissa = mantissa * 10 + d;
        if (kind === DECIMAL) exp10--;
      } else {
        if (d !== 0) dropped = true;
        if (kind === INTEGER) exp10++;
      }
    } else if (c === 46 && kind === INTEGER) {
      kind = DECIMAL;
    } else break;
  }
  if (digits === 0) {
    numberScan.kind = NOT_A_NUMBER;
    return NaN;
  }
  if (i < end) {
    if ((c | 32) !== 101) {
      numberScan.kind = NOT_A_NUMBER;
      return NaN;
    }
    kind = DECIMAL;
    i++;
    let expNegative = false;
    if (i < end && (b[i] === 45 || b[i] === 43)) {
      expNegative = b[i] === 45;
      i++;
    }
    let e = 0;
    const expStart = i;
    for (; i < end; i++) {
      const d = b[i]! - 48;
      if (d < 0 || d > 9) break;
      if (e < 100000) e = e * 10 + d;
    }
    if (i === expStart || i < end) {
      numberScan.kind = NOT_A_NUMBER;
      return NaN;
    }
    exp10 += expNegative ? -e : e;
  }
  numberScan.kind = kind;
  if (mantissa === 0) return negative ? -0 : 0;
  let value: number;
  if (!dropped && mantissa < TWO53 && exp10 >= -22 && exp10 <= 22) {
    // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds correctly. (A
    // mantissa that rounded while accumulating is ≥ 2^53, so `< TWO53` proves it exact.)
    value = exp10 >= 0 ? mantissa * POW10[exp10]! : mantissa / POW10[-exp10]!;
  } else if (exp10 >= -290 && exp10 <= 290) {
    value = exp10 >= 0 ? mantissa * POW10[exp10]! : mantissa / POW10[-exp10]!;
    numberScan.exact = false;
    if (value === 0 || value === Infinity) return exactValue(b);
  } else {
    return exactValue(b);
  }
  return negative ? -value : value;
}

function exactValue(b: Uint8Array): number {
  numberScan.exact = true;
  return Number(Buffer.from(b.buffer, b.byteOffset + numberScan.start, numberScan.end - numberScan.start).toString('latin1'));
}

/** The correctly rounded value of the literal the last parse saw (after an inexact parse). */
export function reparseExact(b: Uint8Array, start: number, end: number): number {
  return Number(Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1'));
}

/** Exact comparison of two integer literals of any size. */
export function integerLiteralsEqual(e: Uint8Array, es: number, ee: number, a: Uint8Array, as: number, ae: number): boolean {
  const text = (b: Uint8Array, s: number, t: number) => Buffer.from(b.buffer, b.byteOffset + s, t - s).toString('latin1');
  return BigInt(text(e, es, ee)) === BigInt(text(a, as, ae));
}

const textScratch = { bytes: new Uint8Array(0) };

/** The same grammar as `parseNumberBytes`, for text that is already a string (quoted CSV fields, JSON). */
export function parseNumberText(text: string): number {
  textScratch.bytes = Buffer.from(text, 'utf8');
  return parseNumberBytes(textScratch.bytes, 0, textScratch.bytes.length);
}

/**
 * Two fields known to share their first `shared` bytes, both plain decimals ([-]digits.digits, at
 * most 15 digits): the shared prefix is parsed once. Values land in `pairScan`; false when either
 * field has another shape (then parse each with `parseNumberBytes`). Integers never take this path:
 * they compare exactly unless a tolerance is given.
 */
export const pairScan = { expected: 0, actual: 0 };

export function parseDecimalPair(eb: Uint8Array, es: number, ee: number, ab: Uint8Array, as: number, ae: number, shared: number): boolean {
  let i = es;
  const prefixEnd = es + shared;
  let negative = false;
  if (i < prefixEnd && eb[i] === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < prefixEnd; i++) {
    const d = eb[i]! - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (d === -2 && fraction < 0) fraction = 0;
    else return false;
  }
  const e = finishDecimal(eb, prefixEnd, ee, shared === 0, negative, mantissa, digits, fraction);
  if (e !== e) return false;
  const a = finishDecimal(ab, as + shared, ae, shared === 0, negative, mantissa, digits, fraction);
  if (a !== a) return false;
  pairScan.expected = e;
  pairScan.actual = a;
  return true;
}

function finishDecimal(
  b: Uint8Array,
  i: number,
  end: number,
  signAllowed: boolean,
  negative: boolean,
  mantissa: number,
  digits: number,
  fraction: number,
): number {
  if (signAllowed && i < end && b[i] === 45) {
    negative = true;
    i++;
  }
  for (; i < end; i++) {
    const d = b[i]! - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (d === -2 && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || fraction < 0) return NaN;
  const v = mantissa / POW10[fraction]!;
  return negative ? -v : v;
}
