// The keyword prefilter: one pass over the raw bytes of a file finds every occurrence of every rule
// keyword, ASCII case folded. Hand-written because the npm packages (aho-corasick, ahocorasick,
// @monyone/aho-corasick) walk JS strings through object/Map tries, one hash lookup per character, several
// times slower than the flat transition table over bytes below; and this is the loop every byte of a
// scan goes through.

/** A compiled automaton: plain typed arrays, so it can be built once and shipped to worker threads. */
export interface Automaton {
  /** Byte → character class; 0 for bytes that occur in no keyword. Letters fold to their lowercase class. */
  classes: Uint8Array;
  classCount: number;
  /**
   * A full DFA (failure links folded in), indexed by row (`state * classCount`) + class. Entries are the
   * target's row, or `~row` when the target state ends a keyword: one load and one sign test per byte.
   */
  next: Int32Array;
  /** Per state: index into `outputs` where its keyword list starts, and how many keywords end there. */
  outStart: Int32Array;
  outCount: Int32Array;
  /** Keyword ids, grouped per state (including keywords that end there through failure links). */
  outputs: Int32Array;
  /** Keyword byte lengths, by id. */
  lengths: Int32Array;
  /** For keywords that must match case exactly: their bytes, else null. */
  exact: Array<Uint8Array | null>;
  /** UTF-16 unit → class, built on first use by mayHaveKeyword (never shipped to workers). */
  charClasses?: Uint16Array;
}

function lower(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

/** Keywords are matched ASCII-case-insensitively; a keyword with capitals must also match in that exact case. */
export function buildAutomaton(keywords: readonly string[]): Automaton {
  const encoded = keywords.map((k) => Buffer.from(k, 'utf8'));
  const classes = new Uint8Array(256);
  let classCount = 1;
  for (const kw of encoded) {
    for (const b of kw) {
      const l = lower(b);
      if (classes[l] === 0) {
        classes[l] = classCount++;
        if (l >= 0x61 && l <= 0x7a) classes[l - 0x20] = classes[l]!;
      }
    }
  }

  // Trie over folded bytes.
  const children: Array<Map<number, number>> = [new Map()];
  const terminal: number[][] = [[]];
  encoded.forEach((kw, id) => {
    if (kw.length === 0) return;
    let s = 0;
    for (const b of kw) {
      const c = classes[lower(b)]!;
      let t = children[s]!.get(c);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        terminal.push([]);
        children[s]!.set(c, t);
      }
      s = t;
    }
    terminal[s]!.push(id);
  });

  const stateCount = children.length;
  const next = new Int32Array(stateCount * classCount);
  const fail = new Int32Array(stateCount);
  const outLists: number[][] = terminal.map((t) => [...t]);
  // Breadth-first: each state's transitions and outputs complete its failure state's.
  const queue: number[] = [];
  for (let c = 0; c < classCount; c++) {
    const t = children[0]!.get(c);
    if (t !== undefined && c !== 0) {
      next[c] = t;
      queue.push(t);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    const f = fail[s]!;
    for (const id of outLists[f]!) outLists[s]!.push(id);
    for (let c = 0; c < classCount; c++) {
      const t = children[s]!.get(c);
      if (t !== undefined && c !== 0) {
        fail[t] = next[f * classCount + c]!;
        next[s * classCount + c] = t;
        queue.push(t);
      } else {
        next[s * classCount + c] = next[f * classCount + c]!;
      }
    }
  }

  const outStart = new Int32Array(stateCount);
  const outCount = new Int32Array(stateCount);
  const flat: number[] = [];
  for (let s = 0; s < stateCount; s++) {
    outStart[s] = flat.length;
    outCount[s] = outLists[s]!.length;
    flat.push(...outLists[s]!);
  }
  // Rows instead of states, and the output flag in the sign bit (see `next`).
  for (let i = 0; i < next.length; i++) {
    const t = next[i]!;
    next[i] = outLists[t]!.length > 0 ? ~(t * classCount) : t * classCount;
  }
  return {
    classes,
    classCount,
    next,
    outStart,
    outCount,
    outputs: Int32Array.from(flat),
    lengths: Int32Array.from(encoded.map((k) => k.length)),
    exact: keywords.map((k, i) => (/[A-Z]/.test(k) ? encoded[i]! : null)),
  };
}

/**
 * Calls `onHit(keywordId, start)` for every occurrence (overlapping ones included) in `bytes[0..length)`,
 * in order of where they end. Always a Buffer: one receiver type keeps this loop monomorphic (a mix of
 * Buffer and plain Uint8Array measurably slows it).
 */
export function findKeywords(a: Automaton, bytes: Buffer, length: number, onHit: (keyword: number, start: number) => void): void {
  const { classes, classCount, next, outStart, outCount, outputs, lengths, exact } = a;
  let row = 0;
  for (let i = 0; i < length; i++) {
    const t = next[row + classes[bytes[i]!]!]!;
    if (t >= 0) {
      row = t;
      continue;
    }
    row = ~t;
    const s = row / classCount;
    const o = outStart[s]!;
    const n = outCount[s]!;
    for (let k = 0; k < n; k++) {
      const id = outputs[o + k]!;
      const start = i - lengths[id]! + 1;
      const want = exact[id];
      if (want && !sameBytes(bytes, start, want)) continue;
      onHit(id, start);
    }
  }
}

function sameBytes(bytes: Buffer, at: number, want: Uint8Array): boolean {
  for (let j = 0; j < want.length; j++) if (bytes[at + j] !== want[j]) return false;
  return true;
}

/**
 * Whether `text` may hold a keyword: the same automaton walked over a JS string's UTF-16 units, with no
 * Buffer to allocate, for the per-line prefilter of streamed output. Exact-case keywords are checked as
 * in findKeywords. Characters outside ASCII fall to class 0, which is exact as long as every keyword is
 * ASCII; an automaton with a non-ASCII keyword answers true for any non-ASCII text (the caller then scans
 * the UTF-8 bytes).
 */
export function mayHaveKeyword(a: Automaton, text: string): boolean {
  const { classCount, next, outStart, outCount, outputs, lengths, exact } = a;
  const classes = a.charClasses ?? charClassesOf(a);
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const c = classes[text.charCodeAt(i)]!;
    if (c === NON_ASCII) return true;
    const t = next[row + c]!;
    if (t >= 0) {
      row = t;
      continue;
    }
    row = ~t;
    const s = row / classCount;
    const o = outStart[s]!;
    const n = outCount[s]!;
    for (let k = 0; k < n; k++) {
      const id = outputs[o + k]!;
      const want = exact[id];
      if (!want || sameChars(text, i - lengths[id]! + 1, want)) return true;
    }
  }
  return false;
}

const NON_ASCII = 0xffff;

/** One table lookup per UTF-16 unit, no branch on its range: about a quarter faster than testing it. */
function charClassesOf(a: Automaton): Uint16Array {
  const table = new Uint16Array(65536);
  let asciiOnly = true;
  for (let b = 0x80; b < 256; b++) if (a.classes[b] !== 0) asciiOnly = false;
  for (let c = 0; c < 0x80; c++) table[c] = a.classes[c]!;
  if (!asciiOnly) table.fill(NON_ASCII, 0x80);
  a.charClasses = table;
  return table;
}

function sameChars(text: string, at: number, want: Uint8Array): boolean {
  for (let j = 0; j < want.length; j++) if (text.charCodeAt(at + j) !== want[j]) return false;
  return true;
}
