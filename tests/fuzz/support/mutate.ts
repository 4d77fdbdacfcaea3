// Arbitraries that damage real files: byte-level edits (truncate, flip, insert, delete, duplicate, splice
// in a token that means something to some syntax) and, for JSON and YAML, edits of the parsed value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { repoRoot } from '../../support/dist.js';

export function fixture(rel: string): Buffer {
  return readFileSync(path.join(repoRoot, rel));
}

/** Byte sequences that mean something to JSON, YAML, TOML, XML, CSV or a line format — and bytes that are not UTF-8. */
const TOKENS: readonly string[] = [
  '\0',
  '\uFEFF',
  '"',
  "'",
  '\\',
  '\\u',
  '\\uD800',
  '{',
  '}',
  '[',
  ']',
  '[[',
  ':',
  ': ',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '#',
  '- ',
  '=',
  '==',
  '@',
  '1e999',
  '-1',
  '0',
  '-0',
  '99999999999999999999999',
  '0x7fffffff',
  'null',
  'true',
  'NaN',
  'Infinity',
  '\u2028',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!!int ',
  '? ',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '|',
  '>-',
  '"""',
  "'''",
  '<!DOCTYPE x [<!ENTITY e "ee">]>',
  '&e;',
  '&#0;',
  '&#xFFFFFFFF;',
  '<![CDATA[',
  ']]>',
  '</',
  '<testcase name="x">',
  '<?xml version="1.0"?>',
  '\x1b[31m',
  '${{',
  '%',
  '(',
  ')',
  '((((((((((((',
  '.*',
  '(a+)+$',
];

const INVALID_UTF8: readonly number[][] = [[0xff], [0xfe, 0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]];

// A fraction in [0, 1): where in a file or a list to act. Not fc.double: it draws uniformly over the doubles'
// bit patterns, so nearly every value was below 1e-10 — every truncation, byte edit and pick landed at the start.
const SCALE = 2 ** 30;
const position = fc.integer({ min: 0, max: SCALE - 1 }).map((n) => n / SCALE);

type Op =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(
      fc.constantFrom(...TOKENS).map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
      fc.constantFrom(...INVALID_UTF8).map((b) => new Uint8Array(b)),
      fc.uint8Array({ minLength: 1, maxLength: 16 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: position,
    length: fc.integer({ min: 1, max: 8 }),
    times: fc.integer({ min: 2, max: 2000 }),
  }),
);

function apply(seed: Uint8Array, ops: Op[]): Uint8Array {
  let b = Buffer.from(seed);
  for (const o of ops) {
    const at = Math.floor(o.at * (b.length + 1));
    switch (o.kind) {
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'flip':
        if (at < b.length) b[at]! ^= o.mask;
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), o.bytes, b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + o.length)]);
        break;
      case 'duplicate':
        b = Buffer.concat([b.subarray(0, at + o.length), b.subarray(at)]);
        break;
      case 'repeat': {
        const piece = b.subarray(at, at + o.length);
        b = Buffer.concat([b.subarray(0, at), ...new Array<Buffer>(o.times).fill(piece), b.subarray(at)]);
        break;
      }
    }
  }
  return new Uint8Array(b);
}

/** A seed file damaged by one to four byte-level edits. */
export function damaged(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), ops: fc.array(op, { minLength: 1, maxLength: 4 }) })
    .map(({ seed, ops }) => apply(seed, ops));
}

/** A seed truncated at a random offset (the commonest damage: a killed writer). */
export function truncated(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.record({ seed: fc.constantFrom(...seeds), at: position }).map(({ seed, at }) => seed.slice(0, Math.floor(at * seed.length)));
}

/** Bytes from nowhere: random binary, random text, and text made of the syntax tokens. */
export function garbage(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 512 }),
    fc.string({ unit: 'grapheme', maxLength: 256 }).map((s) => new Uint8Array(Buffer.from(s))),
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => new Uint8Array(Buffer.from(t.join('')))),
  );
}

// --- structured edits of JSON-like values --------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

type Edit = { picks: number[]; action: 'replace' | 'delete' | 'wrap' | 'retype'; value: Json };

/** Odd values: wrong types, extremes, deep or wide structures. */
export const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    null,
    '',
    0,
    -1,
    1e308,
    -1e308,
    2 ** 53 + 1,
    1.5,
    true,
    [],
    {},
    '\u0000',
    '../../../../etc/passwd',
    '/etc/passwd',
    'file:///etc/passwd',
    '%SRCROOT%',
    'a'.repeat(70_000),
    '__proto__',
    'constructor',
  ),
  fc.integer({ min: 1, max: 2000 }).map((n) => {
    let v: Json = 'deep';
    for (let i = 0; i < n; i++) v = [v];
    return v;
  }),
  fc.integer({ min: 1, max: 20_000 }).map((n) => new Array<Json>(n).fill(0)),
);

const edit: fc.Arbitrary<Edit> = fc.record({
  picks: fc.array(position, { maxLength: 8 }),
  action: fc.constantFrom('replace', 'delete', 'wrap', 'retype'),
  value: oddValue,
});

function retype(v: Json): Json {
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v !== null && typeof v === 'object') return Object.values(v);
  if (typeof v === 'string') return Number(v) || v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 1 : 'false';
  return {};
}

/** `root` with one node changed; only the nodes on the path are copied. */
function applyEdit(root: Json, e: Edit): Json {
  const go = (v: Json, depth: number): Json | undefined => {
    const children: Array<[string | number, Json]> = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : v !== null && typeof v === 'object'
        ? Object.entries(v)
        : [];
    if (depth === e.picks.length || children.length === 0) {
      switch (e.action) {
        case 'replace':
          return e.value;
        case 'delete':
          return undefined;
        case 'wrap':
          return [v];
        case 'retype':
          return retype(v);
      }
    }
    const [key, child] = children[Math.floor(e.picks[depth]! * children.length)]!;
    const changed = go(child, depth + 1);
    if (Array.isArray(v)) {
      const copy = v.slice();
      if (changed === undefined) copy.splice(key as number, 1);
      else copy[key as number] = changed;
      return copy;
    }
    const copy = { ...(v as Record<string, Json>) };
    if (changed === undefined) delete copy[key as string];
    else copy[key as string] = changed;
    return copy;
  };
  return go(root, 0) ?? null;
}

/** A JSON seed with one to three of its values replaced, deleted, wrapped or changed to another type. */
export function mutatedJson(seeds: readonly Uint8Array[], serialize: (v: unknown) => string = (v) => JSON.stringify(v, null, 2)) {
  const values = seeds.map((s) => JSON.parse(Buffer.from(s).toString('utf8')) as Json);
  return fc
    .record({ seed: fc.constantFrom(...values), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) })
    .map(({ seed, edits }) => new Uint8Array(Buffer.from(serialize(edits.reduce(applyEdit, seed)))));
}

export function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}
