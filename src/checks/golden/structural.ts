// Structural comparison of two JSON/YAML trees: key order never matters, array order optionally,
// numbers within tolerance, ignored paths skipped. Differences are logged with the golden line.
import type { DifferenceLog, Place } from './comparison.js';
import { formatPath, type PathPattern, type PathSegment } from './json-path.js';
import { excessOf, relativeError, withinTolerance, type Tolerance } from './tolerance.js';
import { preview, type TreeNode } from './tree.js';

export interface StructuralOptions {
  tolerance: Tolerance;
  ignore: PathPattern[];
  arrayOrder: 'strict' | 'any';
  file: string;
}

/** Beyond this many item pairs, unordered arrays are matched exactly only (no tolerance search). */
const PAIRWISE_LIMIT = 1_000_000;

export class StructuralComparer {
  constructor(
    private readonly options: StructuralOptions,
    private readonly log: DifferenceLog,
  ) {}

  compare(expected: TreeNode, actual: TreeNode): void {
    this.diff(expected, actual, [], true);
  }

  private ignored(path: PathSegment[]): boolean {
    return this.options.ignore.some((p) => p.matches(path));
  }

  private place(path: PathSegment[], node: TreeNode | undefined, fallback?: TreeNode): Place {
    const at = node ?? fallback;
    return { where: formatPath(path), ...(at ? { line: at.line, column: at.column } : {}) };
  }

  private structural(path: PathSegment[], e: TreeNode | undefined, a: TreeNode | undefined, note: string, parent?: TreeNode): void {
    const place = this.place(path, e, parent);
    this.log.add(
      Infinity,
      undefined,
      undefined,
      () => place,
      () => ({ ...place, expected: preview(e), actual: preview(a), excess: Infinity, note }),
    );
  }

  /** Returns whether the two are equal; logs differences only when `record` is set. */
  private diff(e: TreeNode, a: TreeNode, path: PathSegment[], record: boolean): boolean {
    if (this.ignored(path)) return true;
    if (e.kind !== a.kind) {
      if (record) this.structural(path, e, a, `type differs: ${e.kind} in the golden file, ${a.kind} in the actual`);
      return false;
    }
    switch (e.kind) {
      case 'number':
        return this.numbers(e, a as typeof e, path, record);
      case 'string':
      case 'boolean':
        if (e.value === (a as typeof e).value) {
          if (record) this.log.compared++;
          return true;
        }
        if (record) {
          this.log.compared++;
          this.structural(path, e, a, e.kind === 'string' ? 'text differs' : 'value differs');
        }
        return false;
      case 'null':
        if (record) this.log.compared++;
        return true;
      case 'object':
        return this.objects(e, a as typeof e, path, record);
      case 'array':
        return this.options.arrayOrder === 'any'
          ? this.unordered(e, a as typeof e, path, record)
          : this.ordered(e, a as typeof e, path, record);
    }
  }

  private numbers(
    e: Extract<TreeNode, { kind: 'number' }>,
    a: Extract<TreeNode, { kind: 'number' }>,
    path: PathSegment[],
    record: boolean,
  ): boolean {
    const t = this.options.tolerance;
    if (record) this.log.compared++;
    let equal: boolean;
    let excess: number;
    if (e.integer && a.integer && !t.given) {
      equal = Number.isSafeInteger(e.value) && Number.isSafeInteger(a.value) ? e.value === a.value : bigEqual(e, a);
      excess = equal ? 0 : Infinity;
    } else {
      equal = withinTolerance(a.value, e.value, t.abs, t.rel, t.nanEqual);
      excess = equal ? 0 : excessOf(a.value, e.value, t.abs, t.rel);
    }
    const err = Math.abs(a.value - e.value);
    if (record && err === err) this.log.noteError(err);
    if (equal || !record) return equal;
    const numeric = err === err;
    const place = this.place(path, e);
    this.log.add(
      excess,
      numeric ? err : undefined,
      numeric ? relativeError(a.value, e.value) : undefined,
      () => place,
      () => ({
        ...place,
        expected: e.raw,
        actual: a.raw,
        excess,
        ...(numeric ? { absError: err, relError: relativeError(a.value, e.value) } : {}),
        ...(e.integer && a.integer && !t.given ? { note: 'integers differ (no tolerance given)' } : {}),
      }),
    );
    return false;
  }

  private objects(
    e: Extract<TreeNode, { kind: 'object' }>,
    a: Extract<TreeNode, { kind: 'object' }>,
    path: PathSegment[],
    record: boolean,
  ): boolean {
    let equal = true;
    for (const [key, ev] of e.entries) {
      const child = [...path, key];
      const av = a.entries.get(key);
      if (av === undefined) {
        if (this.ignored(child)) continue;
        if (!record) return false;
        this.structural(child, ev, undefined, 'missing from the actual file');
        equal = false;
        continue;
      }
      if (!this.diff(ev, av, child, record)) {
        if (!record) return false;
        equal = false;
      }
    }
    for (const [key, av] of a.entries) {
      if (e.entries.has(key)) continue;
      const child = [...path, key];
      if (this.ignored(child)) continue;
      if (!record) return false;
      this.structural(child, undefined, av, 'not in the golden file', e);
      equal = false;
    }
    return equal;
  }

  private ordered(
    e: Extract<TreeNode, { kind: 'array' }>,
    a: Extract<TreeNode, { kind: 'array' }>,
    path: PathSegment[],
    record: boolean,
  ): boolean {
    let equal = true;
    const n = Math.min(e.items.length, a.items.length);
    for (let k = 0; k < n; k++) {
      if (!this.diff(e.items[k]!, a.items[k]!, [...path, k], record)) {
        if (!record) return false;
        equal = false;
      }
    }
    if (e.items.length !== a.items.length) {
      if (!record) return false;
      const extra = e.items.length > a.items.length ? e.items[n] : undefined;
      this.structural(
        [...path, n],
        extra,
        a.items[n],
        `array length differs: ${e.items.length} items in the golden file, ${a.items.length} in the actual`,
        e,
      );
      equal = false;
    }
    return equal;
  }

  /** Matches items regardless of order: exact twins first, then within tolerance, then pairs what is left. */
  private unordered(
    e: Extract<TreeNode, { kind: 'array' }>,
    a: Extract<TreeNode, { kind: 'array' }>,
    path: PathSegment[],
    record: boolean,
  ): boolean {
    const pairs: Array<[number, number]> = [];
    const freeA = new Map<string, number[]>();
    a.items.forEach((item, k) => {
      const key = canonical(item);
      const list = freeA.get(key);
      if (list) list.push(k);
      else freeA.set(key, [k]);
    });
    const leftE: number[] = [];
    e.items.forEach((item, k) => {
      const list = freeA.get(canonical(item));
      const match = list?.shift();
      if (match === undefined) leftE.push(k);
      else pairs.push([k, match]);
    });
    let leftA = [...freeA.values()].flat().sort((x, y) => x - y);
    if (leftE.length * leftA.length <= PAIRWISE_LIMIT) {
      const stillE: number[] = [];
      for (const k of leftE) {
        const idx = leftA.findIndex((m) => this.diff(e.items[k]!, a.items[m]!, [...path, k], false));
        if (idx === -1) stillE.push(k);
        else {
          pairs.push([k, leftA[idx]!]);
          leftA = leftA.filter((_, x) => x !== idx);
        }
      }
      leftE.splice(0, leftE.length, ...stillE);
    }
    if (record) {
      // Matched pairs are equal within tolerance by construction; count their values once.
      for (const [k, m] of pairs) this.diff(e.items[k]!, a.items[m]!, [...path, k], true);
    }
    if (leftE.length === 0 && leftA.length === 0) return true;
    if (!record) return false;
    // What is left has no counterpart: pair it in order to show how the items differ.
    const n = Math.min(leftE.length, leftA.length);
    for (let x = 0; x < n; x++) this.diff(e.items[leftE[x]!]!, a.items[leftA[x]!]!, [...path, leftE[x]!], true);
    for (const k of leftE.slice(n)) this.structural([...path, k], e.items[k], undefined, 'no matching item in the actual array');
    for (const m of leftA.slice(n)) this.structural([...path, m], undefined, a.items[m], 'no matching item in the golden array', e);
    return false;
  }
}

function bigEqual(e: { raw: string; value: number }, a: { raw: string; value: number }): boolean {
  try {
    return BigInt(e.raw) === BigInt(a.raw);
  } catch {
    return e.value === a.value;
  }
}

/** A key equal for structurally identical values regardless of key order: the exact-match bucket. */
function canonical(node: TreeNode): string {
  switch (node.kind) {
    case 'object':
      return `{${[...node.entries.entries()]
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
        .join(',')}}`;
    case 'array':
      return `[${node.items.map(canonical).join(',')}]`;
    case 'number':
      return String(node.value);
    case 'string':
      return JSON.stringify(node.value);
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
  }
}
