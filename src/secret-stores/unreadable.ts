// An answer a store's client could not parse may hold the value it was carrying, and parse errors quote
// their input (`Unexpected token 'x', "hunter2…" is not valid JSON`; Azure's "occurred while parsing the
// response body - {…}"). Such a message is never shown; the stores say "an answer runlens could not read".

// V8's JSON.parse messages, Azure's and the AWS SDK's wrappers of them (a file name ending in .json is not one).
const QUOTES_ANSWER =
  /not valid JSON|in JSON at position|Unexpected (token|end of JSON|non-whitespace)|Unterminated string|Bad (control|escaped) character|parsing the response body|[Dd]eserializ|responseBody|XML parse/;

/** Whether an error (or one it wraps) is about an answer that could not be parsed. */
export function isUnreadableAnswer(err: unknown): boolean {
  for (
    let e = err as { name?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    if (e.name === 'SyntaxError') return true;
    if (typeof e.message === 'string' && QUOTES_ANSWER.test(e.message)) return true;
  }
  return false;
}
