// Maven ordering, as Maven's ComparableVersion implements the POM "version order specification":
// no maintained npm library does this, so it is written here from the specification
// (https://maven.apache.org/pom.html#Version_Order_Specification).
//
// A version splits into tokens at `.`, `-` and every digit/letter transition (a transition counts
// as `-`); empty tokens are 0; trailing "null" tokens (0, "", final, ga, release) are trimmed at the
// end and before each `-`. Tokens compare pairwise, the shorter side padded with nulls:
// - same separator: numbers numerically; qualifiers alpha < beta < milestone < rc = cr < snapshot
//   < "" = final = ga = release < sp, then unknown qualifiers alphabetically (case-insensitive);
//   a number beats a qualifier unless it is padding;
// - different separators: `.qualifier` < `-qualifier` < `-number` < `.number`.
interface Token {
  sep: '.' | '-' | '';
  value: string;
  numeric: boolean;
  pad?: boolean;
}

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const NUMBER = /^\d+$/;

function isNull(t: Token): boolean {
  return t.numeric ? /^0+$/.test(t.value) || t.value === '' : t.value === '';
}

function tokenize(version: string): Token[] {
  const tokens: Token[] = [];
  const re = /([.-]?)([^.-]*)/g;
  const text = version.trim().toLowerCase();
  let first = true;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const sep = (first ? '' : m[1] || '-') as Token['sep'];
    first = false;
    const raw = m[2]!;
    // digit/letter transitions split a part, as if a `-` stood there
    const pieces = raw === '' ? [''] : raw.match(/\d+|\D+/g)!;
    pieces.forEach((piece, i) => {
      let value = piece;
      const numeric = value === '' || NUMBER.test(value);
      if (numeric) value = value === '' ? '0' : value.replace(/^0+(?=\d)/, '');
      else {
        const followedByNumber = i + 1 < pieces.length;
        if (followedByNumber && value === 'a') value = 'alpha';
        else if (followedByNumber && value === 'b') value = 'beta';
        else if (followedByNumber && value === 'm') value = 'milestone';
        if (value === 'cr') value = 'rc';
        if (value === 'ga' || value === 'final' || value === 'release') value = '';
      }
      tokens.push({ sep: i === 0 ? sep : '-', value, numeric });
    });
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  trim(tokens);
  return tokens;
}

/** Drops trailing nulls, then again before each remaining `-`, from the end to the start. */
function trim(tokens: Token[]): void {
  let end = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (i === tokens.length - 1 || tokens[i + 1]?.sep === '-') {
      // i is the last token of a `-` segment: drop its trailing nulls
      let j = i;
      while (j > 0 && isNull(tokens[j]!) && tokens[j]!.sep !== '-') j--;
      // the segment's own leading token (sep '-') can be null too, when it is not the first token
      const k = j > 0 && isNull(tokens[j]!) ? j - 1 : j;
      if (k < i) tokens.splice(k + 1, i - k);
      end = Math.min(end, tokens.length);
    }
  }
}

function qualifierRank(value: string): number {
  const i = QUALIFIERS.indexOf(value);
  return i >= 0 ? i : QUALIFIERS.length;
}

function padFor(other: Token): Token {
  return other.sep === '-' ? { sep: '-', value: '', numeric: false, pad: true } : { sep: '.', value: '0', numeric: true, pad: true };
}

function sepOrder(t: Token): number {
  // `.qualifier` < `-qualifier` < `-number` < `.number`
  if (t.numeric) return t.sep === '-' ? 2 : 3;
  return t.sep === '-' ? 1 : 0;
}

function compareToken(a: Token, b: Token): number {
  if (a.sep === b.sep || a.sep === '' || b.sep === '') {
    if (a.numeric && b.numeric) {
      const x = BigInt(a.value);
      const y = BigInt(b.value);
      return x === y ? 0 : x < y ? -1 : 1;
    }
    if (a.numeric !== b.numeric) {
      // a number beats a qualifier, unless the number is padding (then it stands for "" : release)
      if (a.numeric && !a.pad) return 1;
      if (b.numeric && !b.pad) return -1;
    }
    const av = a.numeric ? '' : a.value;
    const bv = b.numeric ? '' : b.value;
    const ra = qualifierRank(av);
    const rb = qualifierRank(bv);
    if (ra !== rb) return ra < rb ? -1 : 1;
    if (ra === QUALIFIERS.length) return av < bv ? -1 : av > bv ? 1 : 0;
    return 0;
  }
  return Math.sign(sepOrder(a) - sepOrder(b));
}

const cache = new Map<string, Token[]>();

function tokensOf(v: string): Token[] {
  let t = cache.get(v);
  if (!t) {
    t = tokenize(v);
    cache.set(v, t);
  }
  return t;
}

export function compareMaven(a: string, b: string): number {
  const x = tokensOf(a);
  const y = tokensOf(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const l = x[i] ?? padFor(y[i]!);
    const r = y[i] ?? padFor(x[i]!);
    const c = compareToken(l, r);
    if (c !== 0) return c;
  }
  return 0;
}
