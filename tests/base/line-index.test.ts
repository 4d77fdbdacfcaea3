import { describe, expect, it } from 'vitest';
import { LineIndex, lineOf, positionAt } from '../../src/base/line-index.js';

describe('line and column of an offset', () => {
  const text = 'ab\ncd\n\nefg';

  it('gives 1-based lines and columns, the same from the index and from one look-up', () => {
    const index = new LineIndex(text);
    for (const [offset, want] of [
      [0, { line: 1, column: 1 }],
      [2, { line: 1, column: 3 }],
      [3, { line: 2, column: 1 }],
      [6, { line: 3, column: 1 }],
      [9, { line: 4, column: 3 }],
    ] as const) {
      expect(index.at(offset), `offset ${offset}`).toEqual(want);
      expect(positionAt(text, offset), `offset ${offset}`).toEqual(want);
    }
  });

  it('puts an offset past the end at the end', () => {
    expect(positionAt(text, 99)).toEqual({ line: 4, column: 4 });
  });

  it('finds the line of the first occurrence of a text, or none', () => {
    expect(lineOf(text, 'ef')).toBe(4);
    expect(lineOf(text, 'zz')).toBeUndefined();
  });
});
