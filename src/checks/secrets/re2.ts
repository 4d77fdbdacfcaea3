// Go RE2 syntax (gitleaks rules) → JavaScript. Most of RE2 is valid JS; the differences that occur in
// real gitleaks configs are handled here: inline flags `(?i)` (a leading one becomes a regex flag, later
// ones a modifier group up to the end of their group), `(?P<name>`, `\A` `\z`, `\Q…\E`, POSIX classes,
// `\x{…}`. Unsupported constructs surface as a compile error the caller reports with the rule's position.

const POSIX: Record<string, string> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: '0-9A-Fa-f',
};

export interface TranslatedRegex {
  source: string;
  flags: string;
}

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function translateRe2(pattern: string): TranslatedRegex {
  let flags = '';
  let p = pattern;
  // Leading flags apply to the whole pattern: make them real flags.
  const lead = /^\(\?([imsU]+)\)/.exec(p);
  if (lead) {
    for (const f of lead[1]!) if (f !== 'U' && !flags.includes(f)) flags += f;
    p = p.slice(lead[0].length);
  }

  let out = '';
  // Per open group: how many modifier groups we opened inside it that must close with it.
  const pendingCloses: number[] = [0];
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const lit = end === -1 ? p.slice(i + 2) : p.slice(i + 2, end);
        out += escapeLiteral(lit);
        i = end === -1 ? p.length : end + 1;
        continue;
      }
      if (!inClass && n === 'A') {
        out += '^';
        i++;
        continue;
      }
      if (!inClass && n === 'z') {
        out += '$(?![\\s\\S])';
        i++;
        continue;
      }
      if (n === 'x' && p[i + 2] === '{') {
        const close = p.indexOf('}', i + 3);
        const hex = p.slice(i + 3, close);
        out += hex.length <= 4 ? `\\u${hex.padStart(4, '0')}` : String.fromCodePoint(parseInt(hex, 16));
        i = close;
        continue;
      }
      out += c + (n ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && p[i + 1] === ':') {
        const close = p.indexOf(':]', i + 2);
        const name = p.slice(i + 2, close);
        const negated = name.startsWith('^');
        const cls = POSIX[negated ? name.slice(1) : name];
        if (close !== -1 && cls && !negated) {
          out += cls;
          i = close + 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // `[]a]` and `[^]a]`: a leading `]` is a literal in RE2.
      if (p[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (p[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(') {
      const named = /^\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(p.slice(i));
      if (named) {
        out += `(?<${named[1]}>`;
        i += named[0].length - 1;
        pendingCloses.push(0);
        continue;
      }
      const inline = /^\(\?([imsU-]+)\)/.exec(p.slice(i));
      if (inline) {
        // `(?i)` mid-pattern: applies up to the end of the enclosing group, so open a modifier group there.
        const [on, off = ''] = inline[1]!.replace(/U/g, '').split('-');
        if (on || off) {
          out += `(?${on ?? ''}${off ? `-${off}` : ''}:`;
          pendingCloses[pendingCloses.length - 1]!++;
        }
        i += inline[0].length - 1;
        continue;
      }
      const scoped = /^\(\?([imsU]*)(?:-([imsU]*))?:/.exec(p.slice(i));
      if (scoped) {
        const on = (scoped[1] ?? '').replace(/U/g, '');
        const off = (scoped[2] ?? '').replace(/U/g, '');
        out += on || off ? `(?${on}${off ? `-${off}` : ''}:` : '(?:';
        i += scoped[0].length - 1;
        pendingCloses.push(0);
        continue;
      }
      out += c;
      pendingCloses.push(0);
      continue;
    }
    if (c === ')') {
      out += ')'.repeat(pendingCloses.pop() ?? 0) + ')';
      continue;
    }
    if (c === '|' && pendingCloses[pendingCloses.length - 1]! > 0) {
      // An inline flag covers the rest of its alternative only; close it before the next one.
      out += ')'.repeat(pendingCloses[pendingCloses.length - 1]!) + '|';
      pendingCloses[pendingCloses.length - 1] = 0;
      continue;
    }
    out += c;
  }
  out += ')'.repeat(pendingCloses[0] ?? 0);
  return { source: out, flags };
}
