// Text: line-based comparison after normalisation and scrubbing, reported as a unified diff.
import { readFile } from 'node:fs/promises';
import { structuredPatch } from 'diff';
import { DifferenceLog, type Comparison } from '../comparison.js';
import { makeScrubbers } from '../scrubbers.js';
import type { CompareInput } from './format.js';

/** Lines of diff shown in a report: enough to see the change, small enough for a job summary. */
const EXCERPT_LINES = 60;

export async function compareText(input: CompareInput): Promise<Comparison> {
  const { files, options } = input;
  const scrubbers = makeScrubbers(options.scrub, input.workspace);
  const prepare = (text: string): string => {
    let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (options['line-endings'] === 'normalize') t = t.replace(/\r\n?/g, '\n');
    if (options['trailing-whitespace'] === 'ignore') t = t.replace(/[ \t]+$/gm, '');
    for (const s of scrubbers) t = s.apply(t);
    return t;
  };
  const [expectedRaw, actualRaw] = await Promise.all([readFile(files.expected, 'utf8'), readFile(files.actual, 'utf8')]);
  input.signal.throwIfAborted();
  const expected = prepare(expectedRaw);
  const actual = prepare(actualRaw);
  const log = new DifferenceLog(input.keep);
  log.compared = countLines(expected);
  if (expected === actual) return log.result(input.format, 'lines');
  const patch = structuredPatch(files.expectedLabel, files.actualLabel, expected, actual, 'golden', 'actual', { context: 3 });
  const lines: string[] = [];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    lines.push(...hunk.lines);
    let oldLine = hunk.oldStart;
    let pendingRemoved: Array<{ line: number; text: string }> = [];
    for (const l of hunk.lines) {
      if (l.startsWith('-')) {
        pendingRemoved.push({ line: oldLine, text: l.slice(1) });
        oldLine++;
      } else if (l.startsWith('+')) {
        const removed = pendingRemoved.shift();
        const line = removed?.line ?? oldLine;
        const place = { where: `line ${line}`, line };
        log.add(
          Infinity,
          undefined,
          undefined,
          () => place,
          () => ({ ...place, expected: removed?.text ?? '(nothing)', actual: l.slice(1), excess: Infinity }),
        );
      } else if (!l.startsWith('\\')) {
        flushRemoved(log, pendingRemoved);
        pendingRemoved = [];
        oldLine++;
      }
    }
    flushRemoved(log, pendingRemoved);
  }
  const excerpt =
    lines.length > EXCERPT_LINES ? [...lines.slice(0, EXCERPT_LINES), `… ${lines.length - EXCERPT_LINES} more lines of diff`] : lines;
  const header = `--- ${files.expectedLabel} (golden)\n+++ ${files.actualLabel} (actual)\n`;
  if (log.differences === 0) {
    // Only a missing newline at the end of a file differs.
    log.problem('the files differ only in the newline at the end of the file', {
      where: `line ${log.compared}`,
      line: Math.max(1, log.compared),
    });
  }
  return log.result(input.format, 'lines', undefined, { diff: header + excerpt.join('\n') });
}

function flushRemoved(log: DifferenceLog, removed: Array<{ line: number; text: string }>): void {
  for (const r of removed) {
    const place = { where: `line ${r.line}`, line: r.line };
    log.add(
      Infinity,
      undefined,
      undefined,
      () => place,
      () => ({ ...place, expected: r.text, actual: '(missing)', excess: Infinity }),
    );
  }
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}
