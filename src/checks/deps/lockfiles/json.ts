// JSON lockfiles (package-lock, composer.lock, Pipfile.lock, bun.lock): the value, plus the line of every
// entry two levels down (`packages["node_modules/x"]`, `packages[3]`), which is where these lockfiles
// declare a package. The value comes from the native JSON.parse and the lines from a bracket-counting scan
// (json-lines.ts); a syntax error is located by jsonc-parser. JSONC (bun.lock) is read by jsonc-parser,
// values and positions both.
import { parse as parseJsonc, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { InputError } from '../../../base/errors.js';
import { positionAt } from '../../../base/line-index.js';
import { jsonParseFailure } from '../../../ingest/json-source.js';
import { scanJsonKeys } from './json-lines.js';

export interface LocatedJson {
  value: Record<string, unknown>;
  /** 1-based line of `container[key]` for every container at the top level: `lines.get('packages')?.get('node_modules/x')`. */
  lines: Map<string, Map<string, number>>;
}

export interface JsonOptions {
  jsonc?: boolean;
  /** What to do about a syntax error (the InputError's hint). */
  hint: string;
}

export function parseLocatedJson(text: string, file: string, opts: JsonOptions): LocatedJson {
  if (opts.jsonc) return parseLocatedJsonc(text, file, opts);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const failure = jsonParseFailure(err);
    throw (
      locateSyntaxError(text, file, opts) ??
      new InputError(
        { file, ...(failure.offset !== undefined ? positionAt(text, failure.offset) : { line: 1, column: 1 }) },
        `invalid JSON: ${failure.reason}`,
        opts.hint,
      )
    );
  }
  if (!isRecord(value)) throw new InputError({ file, line: 1, column: 1 }, 'is not a JSON object', opts.hint);
  const lines = new Map<string, Map<string, number>>();
  scanJsonKeys(
    text,
    2,
    (key, line, path) => {
      if (path.length === 0) lines.set(key, new Map());
      else lines.get(path[0]!)?.set(key, line);
    },
    (index, line, path) => {
      if (path.length === 1) lines.get(path[0]!)?.set(String(index), line);
    },
  );
  return { value, lines };
}

/** The first syntax error jsonc-parser finds, as an InputError. */
function locateSyntaxError(text: string, file: string, opts: JsonOptions): InputError | undefined {
  let error: InputError | undefined;
  // jsonc-parser recurses per nesting level: thousands of unclosed `[` overflow its stack (then JSON.parse's message says enough).
  if (tooDeep(text)) return undefined;
  visit(
    text,
    {
      onError: (code, _offset, _length, startLine, startCharacter) => {
        error ??= new InputError(
          { file, line: startLine + 1, column: startCharacter + 1 },
          `invalid JSON: ${printParseErrorCode(code)}`,
          opts.hint,
        );
      },
    },
    { disallowComments: !opts.jsonc, allowTrailingComma: !!opts.jsonc },
  );
  return error;
}

/** Whether brackets nest deeper than jsonc-parser's recursive descent can follow (strings are not skipped: a cheap upper bound). */
function tooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Deeper than any lockfile nests, well within jsonc-parser's recursion. */
const MAX_DEPTH = 1000;

function parseLocatedJsonc(text: string, file: string, opts: JsonOptions): LocatedJson {
  if (tooDeep(text)) throw new InputError({ file, line: 1, column: 1 }, `nests brackets more than ${MAX_DEPTH} deep`, opts.hint);
  const lines = new Map<string, Map<string, number>>();
  let error: InputError | undefined;
  let depth = 0;
  let pendingKey = '';
  let top: Map<string, number> | undefined;
  let topIsArray = false;
  let index = 0;
  const begin = (startLine: number, isArray: boolean): void => {
    depth++;
    if (depth === 2) {
      top = new Map();
      lines.set(pendingKey, top);
      topIsArray = isArray;
      index = 0;
    } else if (depth === 3 && top && topIsArray) {
      top.set(String(index++), startLine + 1);
    }
  };
  const end = (): void => {
    if (depth === 2) top = undefined;
    depth--;
  };
  visit(
    text,
    {
      onObjectBegin: (_offset, _length, startLine) => begin(startLine, false),
      onArrayBegin: (_offset, _length, startLine) => begin(startLine, true),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (property, _offset, _length, startLine) => {
        if (depth === 1) pendingKey = property;
        else if (depth === 2 && top && !topIsArray) top.set(property, startLine + 1);
      },
      onError: (code, _offset, _length, startLine, startCharacter) => {
        error ??= new InputError(
          { file, line: startLine + 1, column: startCharacter + 1 },
          `invalid JSON: ${printParseErrorCode(code)}`,
          opts.hint,
        );
      },
    },
    { disallowComments: false, allowTrailingComma: true },
  );
  if (error) throw error;
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (!isRecord(value)) throw new InputError({ file, line: 1, column: 1 }, 'is not a JSON object', opts.hint);
  return { value, lines };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The string at `o[key]`, else undefined. */
export function str(o: unknown, key: string): string | undefined {
  if (!isRecord(o)) return undefined;
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** `o[key]` when it is an object, else an empty one. */
export function rec(o: unknown, key: string): Record<string, unknown> {
  if (!isRecord(o)) return {};
  const v = o[key];
  return isRecord(v) ? v : {};
}
