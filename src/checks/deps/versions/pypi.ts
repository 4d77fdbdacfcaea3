// PEP 440 ordering (PyPI): @renovatebot/pep440. Versions PEP 440 cannot parse (old "legacy" versions)
// sort before every valid one, as pip's LegacyVersion did, and among themselves as strings.
import { compare, valid } from '@renovatebot/pep440';

const validity = new Map<string, boolean>();

function isValid(v: string): boolean {
  let ok = validity.get(v);
  if (ok === undefined) {
    ok = valid(v) !== null;
    validity.set(v, ok);
  }
  return ok;
}

// The library parses both versions on every call; matching compares the same few pairs over and over.
const compared = new Map<string, number>();

export function comparePypi(a: string, b: string): number {
  const va = isValid(a);
  const vb = isValid(b);
  if (va && vb) {
    const key = `${a}\0${b}`;
    let c = compared.get(key);
    if (c === undefined) {
      c = Math.sign(compare(a, b));
      compared.set(key, c);
    }
    return c;
  }
  if (va !== vb) return va ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
