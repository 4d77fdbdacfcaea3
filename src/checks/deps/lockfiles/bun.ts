// bun.lock, Bun's text lockfile (JSONC with trailing commas; lockfileVersion 0–2). `packages` maps an
// install path (`mkdirp/minimist` = minimist nested under mkdirp) to `[ "name@version", registry, info,
// integrity ]`; `workspaces` lists what each workspace declares. Direct: what a workspace declares, found
// the way Bun resolves it. Scope: walking the dependency graph from the workspaces' runtime and dev
// dependencies.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { isRecord, parseLocatedJson, rec } from './json.js';
import { lineOf } from '../../../base/line-index.js';

const HINT = 'regenerate it with `bun install --lockfile-only`';
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

export const bunFormat: LockfileFormat = {
  id: 'bun',
  ecosystem: 'npm',
  matches: (name) => name === 'bun.lock',
  parse: parseBunLock,
};

/** `a/@s/b/c` → `a/@s/b` (the install path one level up), '' at the top. */
function parentPath(key: string): string {
  const parts = key.split('/');
  let names = 0;
  const starts: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    starts.push(i);
    names++;
    if (parts[i]!.startsWith('@')) i++;
  }
  return names <= 1 ? '' : parts.slice(0, starts[starts.length - 1]).join('/');
}

export function parseBunLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const { value, lines } = parseLocatedJson(text, file, { jsonc: true, hint: HINT });
  const version = value['lockfileVersion'];
  if (version !== 0 && version !== 1 && version !== 2) {
    throw new InputError(
      { file, line: lineOf(text, '"lockfileVersion"') ?? 1 },
      `unsupported bun.lock lockfileVersion ${JSON.stringify(version ?? null)} (runlens reads 0 to 2)`,
      HINT,
    );
  }
  const packages = rec(value, 'packages');
  const resolve = (from: string, name: string): string | undefined => {
    for (let at = from; ; at = parentPath(at)) {
      const key = at === '' ? name : `${at}/${name}`;
      if (key in packages) return key;
      if (at === '') return undefined;
    }
  };
  const direct = new Set<string>();
  const runtimeRoots: string[] = [];
  const devRoots: string[] = [];
  for (const [path, ws] of Object.entries(rec(value, 'workspaces'))) {
    // A workspace's own resolutions live under its name (`app/lodash`), the root's at the top.
    const wsName = isRecord(ws) && typeof ws['name'] === 'string' ? ws['name'] : path;
    const from = path === '' ? '' : wsName;
    for (const field of [...RUNTIME_FIELDS, 'devDependencies'] as const) {
      for (const name of Object.keys(rec(ws, field))) {
        const key = resolve(from, name);
        if (!key) continue;
        direct.add(key);
        (field === 'devDependencies' ? devRoots : runtimeRoots).push(key);
      }
    }
  }
  const walk = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const key = stack.pop()!;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = packages[key];
      const info = Array.isArray(entry) && isRecord(entry[2]) ? entry[2] : {};
      for (const field of RUNTIME_FIELDS) {
        for (const name of Object.keys(rec(info, field))) {
          const dep = resolve(key, name);
          if (dep) stack.push(dep);
        }
      }
    }
    return seen;
  };
  const runtime = walk(runtimeRoots);
  const development = walk(devRoots);
  const packageLines = lines.get('packages') ?? new Map<string, number>();
  const out: LockedPackage[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const line = packageLines.get(key) ?? 1;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      throw new InputError({ file, line }, `package "${key}" is not a ["name@version", …] list`, HINT);
    }
    const ident = entry[0];
    const at = ident.indexOf('@', 1);
    const name = at > 0 ? ident.slice(0, at) : ident;
    const ver = at > 0 ? ident.slice(at + 1) : '';
    if (!/^\d/.test(ver)) {
      if (!ver.startsWith('workspace:'))
        io?.skipped?.({ file, line, text: ident, reason: 'not a registry version (git, file or link dependency)' });
      continue;
    }
    const scope = runtime.has(key) ? 'runtime' : development.has(key) ? 'development' : undefined;
    out.push({ name, version: ver, ecosystem: 'npm', lockfile: file, line, direct: direct.has(key), ...(scope && { scope }) });
  }
  return out;
}
