// The JSONPath subset `ignore:` accepts: `$.a.b`, `$['a b']`, `$.items[3]`, `$.items[*].id`, `$.*`,
// `$..timestamp` (any depth). Enough to name volatile values; filters and slices are not needed.
import { UsageError } from '../../base/errors.js';

export type PathSegment = string | number;

type Token = { kind: 'key'; name: string } | { kind: 'index'; index: number } | { kind: 'any' } | { kind: 'deep' };

export class PathPattern {
  private constructor(
    readonly source: string,
    private readonly tokens: Token[],
  ) {}

  static parse(source: string): PathPattern {
    const fail = (at: number, what: string): never => {
      throw new UsageError(
        `ignore path "${source}", character ${at + 1}: ${what} — write paths like $.meta.time, $.items[*].id or $..timestamp`,
      );
    };
    if (!source.startsWith('$')) fail(0, 'a path starts with $');
    const tokens: Token[] = [];
    let i = 1;
    while (i < source.length) {
      const c = source[i];
      if (c === '.') {
        if (source[i + 1] === '.') {
          tokens.push({ kind: 'deep' });
          i += 2;
          if (source[i] === '[') continue;
        } else i++;
        if (source[i] === '*') {
          tokens.push({ kind: 'any' });
          i++;
          continue;
        }
        const m = /^[^.[\]]+/.exec(source.slice(i));
        if (!m) fail(i, 'a name must follow "."');
        tokens.push({ kind: 'key', name: m![0] });
        i += m![0].length;
      } else if (c === '[') {
        const rest = source.slice(i);
        const m = /^\[(?:(\*)|(\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
        if (!m) fail(i, "expected [*], [number] or ['name']");
        if (m![1]) tokens.push({ kind: 'any' });
        else if (m![2] !== undefined) tokens.push({ kind: 'index', index: Number(m![2]) });
        else tokens.push({ kind: 'key', name: (m![3] ?? m![4]!).replace(/\\(.)/g, '$1') });
        i += m![0].length;
      } else {
        fail(i, `unexpected "${c}"`);
      }
    }
    if (tokens.at(-1)?.kind === 'deep') fail(source.length - 1, 'a name must follow ".."');
    return new PathPattern(source, tokens);
  }

  matches(path: readonly PathSegment[]): boolean {
    return match(this.tokens, 0, path, 0);
  }
}

function match(tokens: Token[], t: number, path: readonly PathSegment[], p: number): boolean {
  if (t === tokens.length) return p === path.length;
  const token = tokens[t]!;
  if (token.kind === 'deep') {
    for (let skip = p; skip <= path.length; skip++) if (match(tokens, t + 1, path, skip)) return true;
    return false;
  }
  if (p === path.length) return false;
  const seg = path[p]!;
  const ok =
    token.kind === 'any' || (token.kind === 'key' && String(seg) === token.name) || (token.kind === 'index' && seg === token.index);
  return ok && match(tokens, t + 1, path, p + 1);
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
