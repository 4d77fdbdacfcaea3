// go.mod. Go's own parser (golang.org/x/mod/modfile) is Go; the syntax is line-based and small, so it is
// read here line by line. Every `require` is a package at its line; `// indirect` marks a requirement the
// main module does not import itself (direct=false). `replace` directives are applied as the go command does
// (a versionless old path replaces every version); a replacement by a local directory is the project's own
// code and is skipped. Versions lose their `v` (OSV's Go records are written without it). The `go` and
// `toolchain` directives name the minimum language version and a suggested toolchain, not the standard
// library a binary was built with, so no `stdlib` package is made from them (osv-scanner ≥ 2.4 agrees:
// its ScanGoModVersion is off by default).
// go.mod says nothing about test-only modules, so no scope.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { splitLines } from './lines.js';

const HINT = 'run `go mod tidy` to rewrite it';
const DIRECTIVES = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);

export const goModFormat: LockfileFormat = {
  id: 'go-mod',
  ecosystem: 'Go',
  matches: (name) => name === 'go.mod',
  parse: parseGoMod,
};

interface Statement {
  verb: string;
  args: string[];
  comment: string;
  line: number;
}

/** Splits a line into tokens (quoted strings decoded) and its trailing `//` comment. */
function tokenize(text: string, file: string, line: number): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      return { tokens, comment: text.slice(i + 2).trim() };
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c === '"' ? 2 : 1;
      if (j >= text.length) throw new InputError({ file, line, column: i + 1 }, 'unterminated quoted string', HINT);
      const raw = text.slice(i, j + 1);
      if (c === '"') {
        // Go's interpreted strings escape as JSON's do, near enough; what JSON rejects (a raw control
        // character, `\x41`) is not a module path or version either.
        try {
          tokens.push(JSON.parse(raw) as string);
        } catch {
          throw new InputError(
            { file, line, column: i + 1 },
            `the quoted string ${raw.slice(0, 40)} has an invalid escape or control character`,
            HINT,
          );
        }
      } else tokens.push(raw.slice(1, -1));
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ' ' && text[j] !== '\t' && !(text[j] === '/' && text[j + 1] === '/')) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}

function statements(text: string, file: string): Statement[] {
  const out: Statement[] = [];
  const lines = splitLines(text);
  let block: string | undefined;
  let blockLine = 0;
  for (let n = 0; n < lines.length; n++) {
    const { tokens, comment } = tokenize(lines[n]!, file, n + 1);
    if (tokens.length === 0) continue;
    if (block !== undefined) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = undefined;
        continue;
      }
      out.push({ verb: block, args: tokens, comment, line: n + 1 });
      continue;
    }
    const verb = tokens[0]!;
    if (!DIRECTIVES.has(verb)) {
      throw new InputError(
        { file, line: n + 1, column: 1 },
        `unknown directive "${verb}"`,
        `a go.mod line starts with one of ${[...DIRECTIVES].join(', ')}; ${HINT}`,
      );
    }
    if (tokens.length === 2 && tokens[1] === '(') {
      block = verb;
      blockLine = n + 1;
      continue;
    }
    out.push({ verb, args: tokens.slice(1), comment, line: n + 1 });
  }
  if (block !== undefined) throw new InputError({ file, line: blockLine }, `the "${block} (" block is never closed`, HINT);
  return out;
}

const stripV = (v: string): string => (v.startsWith('v') ? v.slice(1) : v);

export function parseGoMod(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const stmts = statements(text, file);
  const packages: LockedPackage[] = [];
  const replaces: Statement[] = [];
  for (const s of stmts) {
    switch (s.verb) {
      case 'require': {
        if (s.args.length !== 2) throw new InputError({ file, line: s.line }, 'a requirement is `module/path vX.Y.Z`', HINT);
        const indirect = /^indirect(;|$)/.test(s.comment);
        packages.push({ name: s.args[0]!, version: stripV(s.args[1]!), ecosystem: 'Go', lockfile: file, line: s.line, direct: !indirect });
        break;
      }
      case 'replace':
        replaces.push(s);
        break;
    }
  }
  let result = packages;
  for (const r of replaces) {
    const arrow = r.args.indexOf('=>');
    if (arrow < 1 || arrow > 2 || r.args.length - arrow - 1 < 1 || r.args.length - arrow - 1 > 2) {
      throw new InputError({ file, line: r.line }, 'a replacement is `old/path [vX] => new/path vY` or `=> ./local/dir`', HINT);
    }
    const [oldPath, oldVersion] = r.args.slice(0, arrow);
    const [newPath, newVersion] = r.args.slice(arrow + 1);
    const next: LockedPackage[] = [];
    for (const p of result) {
      if (p.name !== oldPath || (oldVersion !== undefined && p.version !== stripV(oldVersion))) {
        next.push(p);
      } else if (newVersion === undefined) {
        io?.skipped?.({ file, line: p.line, text: `${p.name} => ${newPath!}`, reason: 'replaced by a local directory' });
      } else {
        next.push({ ...p, name: newPath!, version: stripV(newVersion) });
      }
    }
    result = next;
  }
  if (!stmts.some((s) => s.verb === 'module')) {
    throw new InputError(
      { file, line: 1, column: 1 },
      'has no `module` directive',
      `a go.mod starts with \`module example.com/name\`; ${HINT}`,
    );
  }
  return result;
}
