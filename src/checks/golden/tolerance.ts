// The one definition of "equal within tolerance", used by every format (CSV, JSON, YAML, NPY, WAV).
import { DEFAULT_TOLERANCE, type ToleranceInput } from './options.js';

export interface Tolerance {
  abs: number;
  rel: number;
  nanEqual: boolean;
  /** A tolerance was written somewhere: integers then use it instead of comparing exactly. */
  given: boolean;
}

/** Most specific first: column, case, step. A field left out is inherited from the next level. */
export function resolveTolerance(levels: Array<ToleranceInput | undefined>, nanEqual: boolean): Tolerance {
  let abs: number | undefined;
  let rel: number | undefined;
  let given = false;
  for (const level of levels) {
    if (!level) continue;
    if (abs === undefined && level.abs !== undefined) abs = level.abs;
    if (rel === undefined && level.rel !== undefined) rel = level.rel;
    given ||= level.abs !== undefined || level.rel !== undefined;
  }
  return { abs: abs ?? DEFAULT_TOLERANCE.abs, rel: rel ?? DEFAULT_TOLERANCE.rel, nanEqual, given };
}

/**
 * `|a − e| ≤ abs + rel·|e|` (NumPy `isclose`). Infinities equal only the same infinity (the formula
 * alone would call inf close to anything when rel > 0); NaN equals NaN only with `nanEqual`.
 */
export function withinTolerance(actual: number, expected: number, abs: number, rel: number, nanEqual: boolean): boolean {
  if (actual === expected) return true;
  if (actual !== actual || expected !== expected) return nanEqual && actual !== actual && expected !== expected;
  if (actual === Infinity || actual === -Infinity || expected === Infinity || expected === -Infinity) return false;
  return Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
}

/** How many times the allowed error a difference is: > 1 is out of tolerance; Infinity when nothing is allowed. */
export function excessOf(actual: number, expected: number, abs: number, rel: number): number {
  const err = Math.abs(actual - expected);
  if (err !== err) return Infinity;
  const allowed = abs + rel * Math.abs(expected);
  return allowed > 0 ? err / allowed : err > 0 ? Infinity : 0;
}

/** |a − e| / |e|; Infinity when e is 0 and a is not. */
export function relativeError(actual: number, expected: number): number {
  const err = Math.abs(actual - expected);
  if (err === 0) return 0;
  return err / Math.abs(expected);
}

export function describeTolerance(t: Tolerance): string {
  const show = (n: number) => (n === 0 ? '0' : n >= 1e-3 && n < 1e6 ? String(n) : n.toExponential().replace(/\.?0*e\+?/, 'e'));
  return `abs ${show(t.abs)}, rel ${show(t.rel)}${t.given ? '' : ', the defaults'}`;
}
