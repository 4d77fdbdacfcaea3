// SemVer 2.0 precedence (npm, crates.io, Go): the `semver` package, with a lenient fallback for the
// versions real databases and lockfiles hold that are not strict SemVer (`1.2`, `2.0.0.1`, `1.0-beta`).
import semver from 'semver';

interface Loose {
  release: bigint[];
  pre: Array<string | bigint>;
}

function loose(v: string): Loose {
  const noBuild = v.split('+', 1)[0]!;
  const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(noBuild);
  if (!m) return { release: [], pre: noBuild === '' ? [] : noBuild.split('.').map(ident) };
  const release = m[1]!.split('.').map(BigInt);
  const rest = m[2]!.replace(/^[-.]/, '');
  return { release, pre: rest === '' ? [] : rest.split('.').map(ident) };
}

function ident(s: string): string | bigint {
  return /^\d+$/.test(s) ? BigInt(s) : s;
}

/** SemVer §11: numeric identifiers compare numerically and sort before alphanumeric ones. */
function comparePre(a: Array<string | bigint>, b: Array<string | bigint>): number {
  // a release sorts after its prereleases
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : 1;
    if (typeof x === 'bigint') return -1;
    if (typeof y === 'bigint') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

const loosened = new Map<string, Loose>();

function looseOf(v: string): Loose {
  let l = loosened.get(v);
  if (!l) {
    l = loose(v);
    loosened.set(v, l);
  }
  return l;
}

function compareLoose(a: string, b: string): number {
  const x = looseOf(a);
  const y = looseOf(b);
  for (let i = 0; i < Math.max(x.release.length, y.release.length, 3); i++) {
    const p = x.release[i] ?? 0n;
    const q = y.release[i] ?? 0n;
    if (p !== q) return p < q ? -1 : 1;
  }
  return comparePre(x.pre, y.pre);
}

const parsed = new Map<string, semver.SemVer | null>();

function parse(v: string): semver.SemVer | null {
  let p = parsed.get(v);
  if (p === undefined) {
    p = semver.parse(v, { loose: false });
    parsed.set(v, p);
  }
  return p;
}

/** Build metadata is ignored (SemVer §10); `1.0.0+a` equals `1.0.0+b`. */
export function compareSemver(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (x && y) return x.compare(y);
  return compareLoose(a, b);
}

/**
 * Go module versions: SemVer with a `v` prefix. Pseudo-versions (`v0.0.0-20210101000000-abcdef123456`)
 * are SemVer prereleases and order as Go orders them; `+incompatible` is build metadata and ignored.
 */
export function compareGo(a: string, b: string): number {
  return compareSemver(stripV(a), stripV(b));
}

export function stripV(v: string): string {
  return v.startsWith('v') ? v.slice(1) : v;
}
