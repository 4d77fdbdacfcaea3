// Reading JSON written by other tools, with positions for the errors a user has to fix.
// JSON.parse does the work (fast); jsonc-parser runs only when something is wrong, to say where.
import { findNodeAtLocation, parse as parseLenient, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../base/errors.js';
import { positionAt } from '../base/line-index.js';

export type JsonPath = Array<string | number>;

export function parseJson(file: string, text: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const { reason, offset } = locateJsonError(body, err);
    throw new InputError(
      { file, ...positionAt(text, offset + (text.length - body.length)) },
      `${what} is not valid JSON: ${reason}`,
      `fix the file or the tool that wrote it`,
    );
  }
}

/** Where and why `text` (which JSON.parse refused with `err`) is not JSON, in words for a user. */
export function locateJsonError(text: string, err: unknown): { reason: string; offset: number } {
  const errors: ParseError[] = [];
  try {
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses per nesting level: thousands of unclosed `[` overflow its stack. JSON.parse's own
    // message says where it stopped.
    errors.length = 0;
  }
  const first = errors[0];
  if (first) return { reason: describeParseError(first), offset: first.offset };
  const failure = jsonParseFailure(err);
  return { reason: failure.reason, offset: failure.offset ?? text.length };
}

/** The offset in V8's JSON.parse message ("… in JSON at position 12 (line 1 column 13)"). */
function positionInMessage(err: unknown): number | undefined {
  const m = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
  return m ? Number(m[1]) : undefined;
}

/**
 * JSON.parse's complaint in one line, and where: its message quotes the input (`Unexpected token 'x', "…"
 * is not valid JSON`, newlines and all) and ends with the position, which the caller reports its own way.
 */
export function jsonParseFailure(err: unknown): { reason: string; offset?: number } {
  const message = err instanceof Error ? err.message : String(err);
  const reason = message
    .replace(/, (?:"|\.\.\.)[\s\S]* is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
  const offset = positionInMessage(err);
  return { reason, ...(offset !== undefined ? { offset } : {}) };
}

/** The position of the value at `path`, or of its nearest ancestor that exists. */
export function locateJsonPath(text: string, path: JsonPath): { line: number; column: number } {
  let root: ReturnType<typeof parseTree>;
  try {
    root = parseTree(text);
  } catch {
    // Nested deeper than jsonc-parser's recursion goes: the document's start is the best we can say.
    return { line: 1, column: 1 };
  }
  if (!root) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return positionAt(text, node.offset);
  }
  return { line: 1, column: 1 };
}

export function formatJsonPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const PARSE_ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character in a string',
};

function describeParseError(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  return PARSE_ERROR_WORDS[code] ?? code;
}
