// JSON: structural comparison (see structural.ts) of trees that remember each value's line.
//
// A small parser of our own rather than JSON.parse: JSON.parse gives no positions (findings point at
// the golden line of a difference) and turns every number into a double (integers compare exactly
// on their literal, whatever their size). Nor jsonc-parser (which ingest/json-source.ts uses to locate
// errors): a tree built from its visitor costs ~1.6× the CPU of this parser on a 28 MB file (1,044 vs
// 650 ms), and golden files are the big inputs (docs/architecture.md, "Measured choices").
import { readFile } from 'node:fs/promises';
import { InputError } from '../../../base/errors.js';
import { DifferenceLog, type Comparison } from '../comparison.js';
import { PathPattern } from '../json-path.js';
import { StructuralComparer } from '../structural.js';
import { LineIndex } from '../../../base/line-index.js';
import type { TreeNode } from '../tree.js';
import type { CompareInput } from './format.js';

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class JsonParser {
  private i = 0;
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = new LineIndex(text);
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  parse(): TreeNode {
    this.ws();
    const root = this.value(0);
    this.ws();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describe()} after the end of the document`);
    return root;
  }

  private fail(detail: string, at = this.i): never {
    throw new InputError(
      { file: this.file, ...this.lines.at(at) },
      `invalid JSON: ${detail}`,
      'fix the file so that `jq . FILE` accepts it',
    );
  }

  private describe(): string {
    if (this.i >= this.text.length) return 'end of file';
    return JSON.stringify(this.text[this.i]);
  }

  private ws(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  private value(depth: number): TreeNode {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    const start = this.i;
    const at = this.lines.at(start);
    const c = this.text[start];
    switch (c) {
      case '{': {
        this.i++;
        const entries = new Map<string, TreeNode>();
        this.ws();
        if (this.text[this.i] === '}') {
          this.i++;
          return { kind: 'object', entries, ...at };
        }
        for (;;) {
          this.ws();
          if (this.text[this.i] !== '"') this.fail(`expected a "quoted" key, found ${this.describe()}`);
          const key = this.string();
          this.ws();
          if (this.text[this.i] !== ':') this.fail(`expected ":" after the key, found ${this.describe()}`);
          this.i++;
          this.ws();
          entries.set(key, this.value(depth + 1));
          this.ws();
          const next = this.text[this.i];
          this.i++;
          if (next === '}') return { kind: 'object', entries, ...at };
          if (next !== ',')
            this.fail(
              `expected "," or "}" in the object opened at line ${at.line}, found ${next === undefined ? 'end of file' : JSON.stringify(next)}`,
              this.i - 1,
            );
        }
      }
      case '[': {
        this.i++;
        const items: TreeNode[] = [];
        this.ws();
        if (this.text[this.i] === ']') {
          this.i++;
          return { kind: 'array', items, ...at };
        }
        for (;;) {
          this.ws();
          items.push(this.value(depth + 1));
          this.ws();
          const next = this.text[this.i];
          this.i++;
          if (next === ']') return { kind: 'array', items, ...at };
          if (next !== ',')
            this.fail(
              `expected "," or "]" in the array opened at line ${at.line}, found ${next === undefined ? 'end of file' : JSON.stringify(next)}`,
              this.i - 1,
            );
        }
      }
      case '"':
        return { kind: 'string', value: this.string(), ...at };
      case 't':
        return this.literal('true', { kind: 'boolean', value: true, ...at });
      case 'f':
        return this.literal('false', { kind: 'boolean', value: false, ...at });
      case 'n':
        return this.literal('null', { kind: 'null', ...at });
      default: {
        NUMBER.lastIndex = start;
        const m = NUMBER.exec(this.text);
        if (!m || m[0].length === 0 || m[0] === '-') this.fail(`expected a value, found ${this.describe()}`);
        this.i = start + m[0].length;
        const raw = m[0];
        return { kind: 'number', value: Number(raw), raw, integer: m[1] === undefined && m[2] === undefined, ...at };
      }
    }
  }

  private literal(word: string, node: TreeNode): TreeNode {
    if (!this.text.startsWith(word, this.i)) this.fail(`expected a value, found ${this.describe()}`);
    this.i += word.length;
    return node;
  }

  private string(): string {
    const t = this.text;
    const start = this.i;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      if (i >= t.length) this.fail('a string is never closed', start);
      if (c < 32) this.fail('a control character inside a string (write it as an escape such as \\n)', i);
      i++;
    }
    this.i = i + 1;
    if (!escaped) return t.slice(start + 1, i);
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      return this.fail('an invalid escape sequence in a string', start);
    }
  }
}

export function parseJsonTree(text: string, file: string): TreeNode {
  return new JsonParser(text, file).parse();
}

/** JSON and YAML share everything but the parser. */
export async function compareTrees(input: CompareInput, parse: (text: string, file: string) => TreeNode): Promise<Comparison> {
  const { files, options } = input;
  const ignore = options.ignore.map((p) => PathPattern.parse(p));
  const [expectedText, actualText] = await Promise.all([readFile(files.expected, 'utf8'), readFile(files.actual, 'utf8')]);
  input.signal.throwIfAborted();
  const expected = parse(expectedText, files.expectedLabel);
  const actual = parse(actualText, files.actualLabel);
  const log = new DifferenceLog(input.keep);
  new StructuralComparer(
    { tolerance: input.tolerance, ignore, arrayOrder: options['array-order'], file: files.expectedLabel },
    log,
  ).compare(expected, actual);
  return log.result(input.format, 'values');
}

export function compareJson(input: CompareInput): Promise<Comparison> {
  return compareTrees(input, parseJsonTree);
}
