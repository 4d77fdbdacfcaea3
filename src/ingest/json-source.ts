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
    const errors: ParseError[] = [];
    parseLenient(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first?.offset ?? body.length;
    const detail = first ? describeParseError(first) : (err as Error).message;
    throw new InputError(
      { file, ...positionAt(text, offset + (text.length - body.length)) },
      `${what} is not valid JSON: ${detail}`,
      `fix the file or the tool that wrote it`,
    );
  }
}

/** The position of the value at `path`, or of its nearest ancestor that exists. */
export function locateJsonPath(text: string, path: JsonPath): { line: number; column: number } {
  const root = parseTree(text);
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
