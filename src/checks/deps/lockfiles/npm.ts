// npm's package-lock.json and npm-shrinkwrap.json (same format). Versions 2 and 3 list every installed
// package under `packages`, keyed by its install path (`node_modules/a/node_modules/b`), with `dev` /
// `devOptional` flags; the root entry `""` and workspace entries name what the project declares, so a
// package is direct when it is where Node would resolve one of those names from the declaring folder.
// Version 1 nests `dependencies` trees with `dev` flags but does not record the root's own dependencies,
// so its packages carry no `direct`.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { isRecord, parseLocatedJson, rec, str } from './json.js';
import { scanJsonKeys } from './json-lines.js';
import { lineOf } from '../../../base/line-index.js';

const HINT = 'regenerate it with `npm install --package-lock-only`';
const DECLARING_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;
const NM = 'node_modules/';

export const npmFormat: LockfileFormat = {
  id: 'package-lock',
  ecosystem: 'npm',
  matches: (name) => name === 'package-lock.json' || name === 'npm-shrinkwrap.json',
  parse: parsePackageLock,
};

export function parsePackageLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const { value, lines } = parseLocatedJson(text, file, { hint: HINT });
  const version = value['lockfileVersion'];
  if (version === 2 || version === 3) return fromPackages(value, lines.get('packages') ?? new Map(), file, io);
  if (version === 1) return fromDependencyTree(text, value, file, io);
  throw new InputError(
    { file, line: lineOf(text, '"lockfileVersion"') ?? 1 },
    `unsupported package-lock lockfileVersion ${JSON.stringify(version)} (runlens reads 1, 2 and 3)`,
    HINT,
  );
}

function fromPackages(value: Record<string, unknown>, lines: Map<string, number>, file: string, io?: ParseIO): LockedPackage[] {
  const packages = rec(value, 'packages');
  // The folders that declare dependencies: the root and every workspace (entries not under node_modules).
  const direct = new Set<string>();
  for (const [key, entry] of Object.entries(packages)) {
    if (key !== '' && (key.startsWith(NM) || key.includes(`/${NM}`))) continue;
    for (const field of DECLARING_FIELDS) {
      for (const name of Object.keys(rec(entry, field))) {
        const at = resolveFrom(packages, key, name);
        if (at !== undefined) direct.add(at);
      }
    }
  }
  const out: LockedPackage[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const at = key.lastIndexOf(NM);
    if (at < 0 || !isRecord(entry)) continue; // the root and workspace folders are the project itself
    const line = lines.get(key) ?? 1;
    if (entry['link'] === true) continue; // a symlink to a workspace folder: the project's own code
    const version = str(entry, 'version');
    const name = str(entry, 'name') ?? key.slice(at + NM.length);
    if (!version) {
      io?.skipped?.({ file, line, text: key, reason: 'no version recorded' });
      continue;
    }
    out.push({
      name,
      version,
      ecosystem: 'npm',
      lockfile: file,
      line,
      direct: direct.has(key),
      scope: entry['dev'] === true || entry['devOptional'] === true ? 'development' : 'runtime',
    });
  }
  return out;
}

/** The install path Node finds `name` at when required from folder `from` ('' = the root). */
function resolveFrom(packages: Record<string, unknown>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? NM + name : `${dir}/${NM}${name}`;
    if (candidate in packages) return candidate;
    if (dir === '') return undefined;
    const cut = dir.lastIndexOf('/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
    // `a/node_modules` is not a folder a package lives in; step over it to `a`.
    if (dir.endsWith('/node_modules') || dir === 'node_modules') {
      const c2 = dir.lastIndexOf('/');
      dir = c2 < 0 ? '' : dir.slice(0, c2);
    }
  }
}

const MAX_NESTING = 500;

function fromDependencyTree(text: string, value: Record<string, unknown>, file: string, io?: ParseIO): LockedPackage[] {
  // Lines of every nested `dependencies` key, by its path of package names (joined with NUL).
  const lines = new Map<string, number>();
  scanJsonKeys(text, Infinity, (key, line, path) => {
    if (path.length % 2 === 1 && path[path.length - 1] === 'dependencies' && path[0] === 'dependencies') {
      const names = path.filter((_, i) => i % 2 === 1);
      names.push(key);
      lines.set(names.join('\0'), line);
    }
  });
  const out: LockedPackage[] = [];
  const walk = (deps: Record<string, unknown>, trail: string[]): void => {
    // npm nests a v1 tree as deep as node_modules goes (a few dozen levels); thousands is a hostile file,
    // and would overflow the stack of this walk.
    if (trail.length > MAX_NESTING) {
      throw new InputError(
        { file, line: lines.get(trail.join('\0')) ?? 1 },
        `"dependencies" nest more than ${MAX_NESTING} levels deep`,
        'regenerate the lockfile with npm install',
      );
    }
    for (const [key, entry] of Object.entries(deps)) {
      if (!isRecord(entry)) continue;
      const path = [...trail, key];
      const line = lines.get(path.join('\0')) ?? 1;
      let name = key;
      let version = str(entry, 'version');
      // An alias (`"b": "npm:real@1.0.0"`) installs `real`.
      if (version?.startsWith('npm:')) {
        const spec = version.slice(4);
        const cut = spec.lastIndexOf('@');
        if (cut > 0) {
          name = spec.slice(0, cut);
          version = spec.slice(cut + 1);
        }
      }
      if (!version || !/^\d/.test(version)) {
        io?.skipped?.({ file, line, text: `${key}@${version ?? ''}`, reason: 'not a registry version (git, file or URL dependency)' });
      } else {
        out.push({
          name,
          version,
          ecosystem: 'npm',
          lockfile: file,
          line,
          scope: entry['dev'] === true ? 'development' : 'runtime',
        });
      }
      walk(rec(entry, 'dependencies'), path);
    }
  };
  walk(rec(value, 'dependencies'), []);
  return out;
}
