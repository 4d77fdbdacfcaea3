// primaryLocationLineHash as GitHub's own SARIF upload computes it (github/codeql-action, "fingerprints"):
// for every line of the file, a rolling hash (base 37, 64-bit wrap-around) of the next 100 characters
// from the line's start, spaces and tabs left out and every line ending read as "\n", then ":n" for the
// nth line with that hash. Computing it here, from the file, gives each flagged line its own hash even
// when the tool wrote no snippet, and the same hash the upload action would have given it.
import { readFileSync } from 'node:fs';

const BLOCK = 100;
const MOD = 37n;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
// The hashing pads the end of a file with one 0xFFFF and then zeros.
const EOF = 0xffff;
const FIRST_MOD = BigInt.asIntN(64, MOD ** BigInt(BLOCK));

/** The hash of every line of `text`, 1-based: `hashes[0]` is line 1's. */
export function lineHashes(text: string): string[] {
  const window = new Array<number>(BLOCK).fill(0);
  const lineAt = new Array<number>(BLOCK).fill(-1);
  const counts = new Map<string, number>();
  const out: string[] = [];
  let hash = 0n;
  let index = 0;
  let line = 0;
  let lineStart = true;
  let prevCR = false;

  const emit = () => {
    const value = BigInt.asUintN(64, hash).toString(16);
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    out[lineAt[index]! - 1] = `${value}:${n}`;
    lineAt[index] = -1;
  };
  const update = (c: number) => {
    const begin = window[index]!;
    window[index] = c;
    hash = BigInt.asIntN(64, MOD * hash + BigInt(c) - FIRST_MOD * BigInt(begin));
    index = (index + 1) % BLOCK;
  };
  const take = (code: number) => {
    let c = code;
    if (c === SPACE || c === TAB || (prevCR && c === LF)) {
      prevCR = false;
      return;
    }
    prevCR = c === CR;
    if (c === CR) c = LF;
    if (lineAt[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      lineAt[index] = ++line;
    }
    if (c === LF) lineStart = true;
    update(c);
  };

  for (let i = 0; i < text.length; i++) take(text.charCodeAt(i));
  take(EOF);
  for (let i = 0; i < BLOCK; i++) {
    if (lineAt[index] !== -1) emit();
    update(0);
  }
  return out;
}

/** Line hashes of files, each read and hashed once; `undefined` for a file that cannot be read. */
export function fileLineHasher(): (absolutePath: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(file, text === undefined ? undefined : lineHashes(text));
    }
    return cache.get(file);
  };
}
