// Packagist ordering: Composer's. Composer normalises a version (strips a leading `v`, pads the release to
// four numbers: `1.2` is `1.2.0.0`) and then compares with PHP's version_compare, whose rules are:
// split on `.`, `-`, `_`, `+` and between digits and letters; numbers compare as numbers; words rank
// unknown < dev < alpha = a < beta = b < RC = rc < (a number) < pl = p; a longer version wins when
// its next part is a number and otherwise ranks that part against a number.
const SPECIAL: Array<[string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];

function special(part: string): number {
  for (const [form, rank] of SPECIAL) if (part.startsWith(form)) return rank;
  return -6;
}

const NUMBER = /^\d+$/;

function canonical(v: string): string[] {
  let s = v.trim().replace(/^[vV](?=\d)/, '');
  s = s.replace(/[-_+]/g, '.');
  s = s.replace(/([^\d.])(\d)/g, '$1.$2').replace(/(\d)([^\d.])/g, '$1.$2');
  const parts = s.split('.').filter((p) => p !== '');
  // Composer pads the numeric release to four parts before comparing.
  let n = 0;
  while (n < parts.length && NUMBER.test(parts[n]!)) n++;
  if (n > 0 && n < 4) parts.splice(n, 0, ...Array<string>(4 - n).fill('0'));
  return parts;
}

function comparePart(a: string, b: string): number {
  const na = NUMBER.test(a);
  const nb = NUMBER.test(b);
  if (na && nb) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const ra = na ? special('#') : special(a);
  const rb = nb ? special('#') : special(b);
  return Math.sign(ra - rb);
}

function compareParts(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = comparePart(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  if (a.length > n) return NUMBER.test(a[n]!) ? 1 : compareParts(a.slice(n), ['#']);
  if (b.length > n) return NUMBER.test(b[n]!) ? -1 : compareParts(['#'], b.slice(n));
  return 0;
}

export function comparePackagist(a: string, b: string): number {
  return compareParts(canonical(a), canonical(b));
}
