// pnpm-lock.yaml, lockfileVersion 6 (pnpm 8) and 9 (pnpm 9, 10). Every package is a key of `packages`
// (`/lodash@4.17.15` in v6, `lodash@4.17.15` in v9, peer suffixes in parentheses). Direct: named by an
// importer (`importers.<path>` or, in a v6 single project, the top-level dependency maps). Scope: v6 writes
// `dev: true|false` on each package (absent = used by both, so runtime); v9 drops the flag, so scope comes
// from walking the `snapshots` graph from the importers' runtime and dev dependencies.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { parseLocatedYaml, ymap, ystr, type YamlValue } from './yaml.js';
import { lineOf } from '../../../base/line-index.js';

const HINT = 'regenerate it with `pnpm install --lockfile-only`';
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies'] as const;
const ALL_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

export const pnpmFormat: LockfileFormat = {
  id: 'pnpm',
  ecosystem: 'npm',
  matches: (name) => name === 'pnpm-lock.yaml',
  parse: parsePnpmLock,
};

/** `name@version` (peer suffix and v6's leading slash removed), split. */
export function splitPnpmKey(key: string): { name: string; version: string } | undefined {
  let k = key.startsWith('/') ? key.slice(1) : key;
  const paren = k.indexOf('(');
  if (paren > 0) k = k.slice(0, paren);
  const at = k.indexOf('@', 1);
  if (at < 0) return undefined;
  return { name: k.slice(0, at), version: k.slice(at + 1) };
}

/** The packages key an importer or snapshot dependency (`name: version`) points at, without peer suffix. */
function depKey(name: string, version: string, v6: boolean): string | undefined {
  if (version.startsWith('link:') || version.startsWith('file:') || version.startsWith('workspace:')) return undefined;
  const base = version.includes('(') ? version.slice(0, version.indexOf('(')) : version;
  // An alias (`foo: npm:bar@1.0.0`) is written as the target key: `/bar@1.0.0` (v6) or `bar@1.0.0` (v9).
  const key = base.startsWith('/') || base.indexOf('@', 1) > 0 ? base : `${name}@${base}`;
  if (v6) return key.startsWith('/') ? key : `/${key}`;
  return key.startsWith('/') ? key.slice(1) : key;
}

function stripPeers(key: string): string {
  const paren = key.indexOf('(');
  return paren > 0 ? key.slice(0, paren) : key;
}

export function parsePnpmLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const { value, lines } = parseLocatedYaml(text, file, HINT);
  const lockfileVersion = ystr(value['lockfileVersion']) ?? '';
  const major = /^(\d+)\./.exec(lockfileVersion)?.[1];
  if (major !== '6' && major !== '9') {
    throw new InputError(
      { file, line: lineOf(text, 'lockfileVersion') ?? 1 },
      `unsupported pnpm lockfileVersion ${JSON.stringify(value['lockfileVersion'] ?? null)} (runlens reads 6.x and 9.x)`,
      'pnpm 8 writes 6.0, pnpm 9 and 10 write 9.0; regenerate the lockfile with one of them',
    );
  }
  const v6 = major === '6';
  const importers: Array<{ [key: string]: YamlValue }> = value['importers'] ? Object.values(ymap(value['importers'])).map(ymap) : [value];

  const direct = new Set<string>();
  for (const importer of importers) {
    for (const field of ALL_FIELDS) {
      for (const [name, spec] of Object.entries(ymap(importer[field]))) {
        const version = ystr(ymap(spec)['version']) ?? ystr(spec);
        const key = version && depKey(name, version, v6);
        if (key) direct.add(key);
      }
    }
  }

  const runtime = v6 ? undefined : reachableRuntime(value, importers);
  const packages = ymap(value['packages']);
  const packageLines = lines.get('packages') ?? new Map<string, number>();
  const out: LockedPackage[] = [];
  for (const [key, raw] of Object.entries(packages)) {
    const entry = ymap(raw);
    const line = packageLines.get(key) ?? 1;
    const split = splitPnpmKey(key);
    const name = ystr(entry['name']) ?? split?.name;
    const version = ystr(entry['version']) ?? split?.version;
    if (!name || !version || !/^\d/.test(version)) {
      io?.skipped?.({ file, line, text: key, reason: 'not a registry version (git, tarball or local dependency)' });
      continue;
    }
    const base = stripPeers(key);
    let scope: LockedPackage['scope'];
    if (v6) scope = ystr(entry['dev']) === 'true' ? 'development' : 'runtime';
    else scope = runtime!.has(base) ? 'runtime' : 'development';
    out.push({ name, version, ecosystem: 'npm', lockfile: file, line, direct: direct.has(base), scope });
  }
  return out;
}

/** v9: the packages keys reachable from an importer's runtime dependencies through `snapshots`. */
function reachableRuntime(value: { [key: string]: YamlValue }, importers: Array<{ [key: string]: YamlValue }>): Set<string> {
  const snapshots = ymap(value['snapshots']);
  // Snapshot keys carry peer suffixes; dependencies name them exactly, so walk by full key.
  const seen = new Set<string>();
  const stack: string[] = [];
  const push = (name: string, version: string): void => {
    if (version.startsWith('link:') || version.startsWith('file:')) return;
    const key = version.indexOf('@', 1) > 0 ? version : `${name}@${version}`;
    if (!seen.has(key)) {
      seen.add(key);
      stack.push(key);
    }
  };
  for (const importer of importers) {
    for (const field of RUNTIME_FIELDS) {
      for (const [name, spec] of Object.entries(ymap(importer[field]))) {
        const version = ystr(ymap(spec)['version']);
        if (version) push(name, version);
      }
    }
  }
  while (stack.length > 0) {
    const snap = ymap(snapshots[stack.pop()!]);
    for (const field of RUNTIME_FIELDS) {
      for (const [name, version] of Object.entries(ymap(snap[field]))) {
        const v = ystr(version);
        if (v) push(name, v);
      }
    }
  }
  return new Set([...seen].map(stripPeers));
}
