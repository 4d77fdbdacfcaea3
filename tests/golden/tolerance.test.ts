import { describe, expect, it } from 'vitest';
import { DECIMAL, INTEGER, NOT_A_NUMBER, numberScan, parseNumberBytes, parseNumberText } from '../../src/checks/golden/number-literal.js';
import { goldenOptions } from '../../src/checks/golden/options.js';
import { excessOf, resolveTolerance, withinTolerance } from '../../src/checks/golden/tolerance.js';

describe('withinTolerance', () => {
  it('accepts a difference equal to abs + rel·|expected|', () => {
    expect(withinTolerance(1.5, 1, 0.25, 0.25, false)).toBe(true);
    expect(withinTolerance(1.5000001, 1, 0.25, 0.25, false)).toBe(false);
  });

  it('requires exact equality when both tolerances are zero', () => {
    expect(withinTolerance(0.1 + 0.2, 0.3, 0, 0, false)).toBe(false);
    expect(withinTolerance(0.3, 0.3, 0, 0, false)).toBe(true);
  });

  it('takes the relative part from the expected value only, like NumPy isclose', () => {
    // |a − e| = 10 both ways; 0.5·|e| is 5 when e = 10 (out) and 10 when e = 20 (in).
    expect(withinTolerance(20, 10, 0, 0.5, false)).toBe(false);
    expect(withinTolerance(10, 20, 0, 0.5, false)).toBe(true);
  });

  it('uses the magnitude of a negative expected value', () => {
    expect(withinTolerance(-101, -100, 0, 0.01, false)).toBe(true);
    expect(withinTolerance(-102, -100, 0, 0.01, false)).toBe(false);
  });

  it('treats zero and negative zero as equal', () => {
    expect(withinTolerance(-0, 0, 0, 0, false)).toBe(true);
  });

  it('equates NaN with NaN only when nan-equal is on', () => {
    expect(withinTolerance(NaN, NaN, 1, 1, true)).toBe(true);
    expect(withinTolerance(NaN, NaN, 1, 1, false)).toBe(false);
    expect(withinTolerance(NaN, 1, 1e300, 1, true)).toBe(false);
    expect(withinTolerance(1, NaN, 1e300, 1, true)).toBe(false);
  });

  it('equates an infinity only with the same infinity, whatever the tolerance', () => {
    expect(withinTolerance(Infinity, Infinity, 0, 0, false)).toBe(true);
    expect(withinTolerance(-Infinity, -Infinity, 0, 0, false)).toBe(true);
    expect(withinTolerance(-Infinity, Infinity, 1e308, 1e308, false)).toBe(false);
    expect(withinTolerance(1, Infinity, 0, 1, false)).toBe(false);
    expect(withinTolerance(Infinity, 1e308, 1e308, 1e308, false)).toBe(false);
  });

  it('does not overflow for huge magnitudes of opposite sign', () => {
    expect(withinTolerance(1.7e308, -1.7e308, 0, 1e-6, false)).toBe(false);
    expect(withinTolerance(1.7e308, 1.7e308 * (1 + 1e-9), 0, 1e-6, false)).toBe(true);
  });

  it('tells tiny magnitudes apart when abs is zero and lets abs absorb them otherwise', () => {
    expect(withinTolerance(2e-300, 1e-300, 0, 1e-6, false)).toBe(false);
    expect(withinTolerance(2e-300, 1e-300, 1e-8, 0, false)).toBe(true);
    expect(withinTolerance(5e-324, 0, 0, 0, false)).toBe(false);
  });

  it('reports how many times the allowed error a difference is', () => {
    expect(excessOf(1.5, 1, 0.1, 0)).toBeCloseTo(5);
    expect(excessOf(1.5, 1, 0, 0)).toBe(Infinity);
    expect(excessOf(1, 1, 0, 0)).toBe(0);
  });
});

describe('resolveTolerance', () => {
  it('falls back to NumPy allclose defaults and keeps integers exact when nothing is given', () => {
    expect(resolveTolerance([undefined, undefined], true)).toEqual({ abs: 1e-8, rel: 1e-5, nanEqual: true, given: false });
  });

  it('inherits each field separately from column to case to step', () => {
    const t = resolveTolerance([{ abs: 0.5 }, { rel: 0.1 }, { abs: 9, rel: 9 }], false);
    expect(t).toEqual({ abs: 0.5, rel: 0.1, nanEqual: false, given: true });
  });

  it('rejects a negative tolerance in the options', () => {
    const parsed = goldenOptions.safeParse({ cases: [{ actual: 'a.csv', expected: 'b.csv', tolerance: { abs: -1 } }] });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues[0]?.path)).toBe('["cases",0,"tolerance","abs"]');
  });
});

describe('parseNumberBytes', () => {
  const bytes = (s: string) => Buffer.from(s, 'latin1');
  const parse = (s: string) => parseNumberBytes(bytes(s), 0, s.length);

  it('parses the decimal shapes CSV writers produce, correctly rounded', () => {
    for (const s of [
      '0',
      '-0',
      '12',
      '-12.5',
      '.5',
      '5.',
      '1e3',
      '1E-3',
      '+7',
      '0.1',
      '0.30000000000000004',
      '123456789012345678901234',
      '1.7976931348623157e308',
      '5e-324',
      '2.2250738585072014e-308',
      '0.000001234567890123456789',
      '9007199254740993',
      '  3.25  ',
    ]) {
      const v = parse(s);
      const exact = numberScan.exact ? v : Number(s.trim());
      expect(exact, s).toBe(Number(s.trim()));
      expect(Math.abs(v - Number(s.trim())) <= Math.abs(Number(s.trim())) * 1e-15, s).toBe(true);
    }
  });

  it('is exact for random 15-digit decimals', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 2000; k++) {
      const s = ((rand() - 0.5) * 10 ** Math.floor(rand() * 12)).toPrecision(1 + Math.floor(rand() * 15));
      expect(parse(s), s).toBe(Number(s));
    }
  });

  it('tells integers from decimals', () => {
    parse('-42');
    expect(numberScan.kind).toBe(INTEGER);
    parse('-42.0');
    expect(numberScan.kind).toBe(DECIMAL);
    parse('4e2');
    expect(numberScan.kind).toBe(DECIMAL);
  });

  it('reads nan and inf in any case, with a sign', () => {
    expect(parse('NaN')).toBeNaN();
    expect(numberScan.kind).toBe(DECIMAL);
    expect(parse('-Inf')).toBe(-Infinity);
    expect(parse('infinity')).toBe(Infinity);
    expect(parse('+INF')).toBe(Infinity);
  });

  it('rejects text that is not a whole number literal', () => {
    for (const s of ['', ' ', 'abc', '1.2.3', '1e', '--1', '1,5', '0x10', 'nan1', '12abc', '-', '.']) {
      parse(s);
      expect(numberScan.kind, JSON.stringify(s)).toBe(NOT_A_NUMBER);
    }
  });

  it('applies the same grammar to strings', () => {
    expect(parseNumberText('2.5e-3')).toBe(0.0025);
    expect(parseNumberText('ı')).toBeNaN();
    expect(numberScan.kind).toBe(NOT_A_NUMBER);
  });
});
