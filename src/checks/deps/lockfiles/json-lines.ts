// Where the keys of a JSON text are. jsonc-parser's visitor reports the same positions, but it tokenizes
// every value and calls back for each, which costs 3–5× JSON.parse on a large package-lock; this scanner
// only steps over strings and counts brackets and newlines. It assumes valid JSON (run it after JSON.parse
// succeeded); syntax errors are located with jsonc-parser instead.

/** Called for every object key: `path` holds the keys (or array indices) of the containers above it. */
export type KeyCallback = (key: string, line: number, path: readonly string[]) => void;

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;

/**
 * Calls `onKey` for the keys of objects at most `maxDepth` containers deep (the root object is depth 1),
 * and `onItem` for every object or array that is an element of an array at most `maxDepth` deep.
 */
export function scanJsonKeys(
  text: string,
  maxDepth: number,
  onKey: KeyCallback,
  onItem?: (index: number, line: number, path: readonly string[]) => void,
): void {
  const path: string[] = [];
  const isArray: boolean[] = [];
  const counters: number[] = [];
  let depth = 0;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
    } else if (c === QUOTE) {
      let j = i + 1;
      let escaped = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return;
        let b = 0;
        for (let k = q - 1; k > i && text.charCodeAt(k) === BACKSLASH; k--) b++;
        if (b % 2 === 0) {
          j = q;
          break;
        }
        escaped = true;
        j = q + 1;
      }
      // A key is a string followed by `:`.
      let k = j + 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === 32 || d === 9 || d === 13 || d === NEWLINE) k++;
        else break;
      }
      if (k < n && text.charCodeAt(k) === COLON && depth <= maxDepth && !isArray[depth - 1]) {
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        onKey(key, line, path.slice(0, depth - 1));
        path[depth - 1] = key;
      }
      i = j; // the main loop still counts any newline before the `:`
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth > 0 && isArray[depth - 1]) {
        const index = counters[depth - 1]!;
        path[depth - 1] = String(index);
        if (onItem && depth <= maxDepth) onItem(index, line, path.slice(0, depth - 1));
      }
      isArray[depth] = c === OPEN_BRACKET;
      counters[depth] = 0;
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    } else if (c === COMMA && depth > 0 && isArray[depth - 1]) {
      counters[depth - 1]!++;
    }
  }
}
