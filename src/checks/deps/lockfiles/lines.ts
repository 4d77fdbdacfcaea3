// Lines for the parsers that walk the text themselves (positions: src/base/line-index.ts).

/** The text's lines, without their line terminators (`\r\n` or `\n`). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  return lines;
}
