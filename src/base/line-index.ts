// Text offsets → 1-based line and column, the one way runlens computes a position in a file it read.
// Columns count UTF-16 code units, as editors and SARIF's default `columnKind` do.

/** 1-based. */
export interface LineColumn {
  line: number;
  column: number;
}

/** For many look-ups in one text: line starts indexed once, each look-up a binary search. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  at(offset: number): LineColumn {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}

/** One look-up (an error position): a linear scan, no index. An offset past the end is the end. */
export function positionAt(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** 1-based line of the first occurrence of `needle`, or undefined when it does not occur. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at === -1 ? undefined : positionAt(text, at).line;
}
