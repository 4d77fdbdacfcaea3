// TOML lockfiles (Cargo.lock, poetry.lock, uv.lock) keep every package as one `[[package]]` table.
// smol-toml gives the value and error positions but no node positions, so the line of each
// `[[package]]` header is found by scanning the text (skipping multi-line strings, where such a line is
// text, not a header); the n-th header is the n-th element of the parsed array.
import { TomlError, parse } from 'smol-toml';
import { InputError } from '../../../base/errors.js';
import { splitLines } from './lines.js';

export function parseTomlFile(text: string, file: string, hint: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) {
      const reason = err.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      throw new InputError({ file, line: err.line, column: err.column }, `invalid TOML: ${reason}`, hint);
    }
    throw err;
  }
}

/** 1-based lines of the `[[name]]` headers, in order. */
export function arrayTableLines(text: string, name: string): number[] {
  const out: number[] = [];
  const header = new RegExp(`^\\s*\\[\\[\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\]\\]\\s*(#.*)?$`);
  const lines = splitLines(text);
  let inString: '"""' | "'''" | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inString) {
      if (closes(line, inString, 0)) inString = undefined;
      continue;
    }
    if (header.test(line)) {
      out.push(i + 1);
      continue;
    }
    inString = opensMultiline(line);
  }
  return out;
}

/** Whether `delim` appears (unescaped for `"""`) in `line` from `from`. */
function closes(line: string, delim: string, from: number): boolean {
  for (let at = line.indexOf(delim, from); at !== -1; at = line.indexOf(delim, at + 1)) {
    if (delim === "'''") return true;
    let backslashes = 0;
    for (let j = at - 1; j >= 0 && line[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

/** The multi-line string delimiter left open at the end of `line`, if any. */
function opensMultiline(line: string): '"""' | "'''" | undefined {
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '#') return undefined;
    if (c === '"' || c === "'") {
      const triple = c.repeat(3);
      if (line.startsWith(triple, i)) {
        let end = -1;
        for (let at = line.indexOf(triple, i + 3); at !== -1; at = line.indexOf(triple, at + 1)) {
          if (c === "'" || !isEscaped(line, at)) {
            end = at;
            break;
          }
        }
        if (end < 0) return triple as '"""' | "'''";
        i = end + 3;
        while (line[i] === c) i++;
        continue;
      }
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    i++;
  }
  return undefined;
}

function isEscaped(line: string, at: number): boolean {
  let backslashes = 0;
  for (let j = at - 1; j >= 0 && line[j] === '\\'; j--) backslashes++;
  return backslashes % 2 === 1;
}

/** The `[[name]]` array of tables with each table's header line; throws when the two disagree. */
export function locatedArrayTables(
  value: Record<string, unknown>,
  text: string,
  name: string,
  file: string,
  hint: string,
): Array<{ table: Record<string, unknown>; line: number }> {
  const raw = value[name];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new InputError({ file, line: 1 }, `\`${name}\` is not an array of tables`, hint);
  const lines = arrayTableLines(text, name);
  if (lines.length !== raw.length) {
    throw new InputError(
      { file, line: lines[0] ?? 1 },
      `\`${name}\` must be written as \`[[${name}]]\` tables (found ${lines.length} headers for ${raw.length} entries)`,
      hint,
    );
  }
  return raw.map((table, i) => {
    if (typeof table !== 'object' || table === null || Array.isArray(table)) {
      throw new InputError({ file, line: lines[i]! }, `a \`[[${name}]]\` entry is not a table`, hint);
    }
    return { table: table as Record<string, unknown>, line: lines[i]! };
  });
}
