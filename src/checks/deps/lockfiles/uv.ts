// uv.lock (version 1). The workspace's own packages (`source = { editable | virtual = … }`) list what the
// project declares: `dependencies` and `optional-dependencies` (extras) are runtime, `dev-dependencies`
// (dependency groups) development. Those are the direct packages; scope comes from walking the dependency
// graph from them.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { lineOf } from '../../../base/line-index.js';
import { locatedArrayTables, parseTomlFile } from './toml.js';

const HINT = 'regenerate it with `uv lock`';

export const uvFormat: LockfileFormat = {
  id: 'uv',
  ecosystem: 'PyPI',
  matches: (name) => name === 'uv.lock',
  parse: parseUvLock,
};

type Table = Record<string, unknown>;
const asTable = (v: unknown): Table => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Table) : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function parseUvLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const value = parseTomlFile(text, file, HINT);
  if (value['version'] !== 1) {
    throw new InputError(
      { file, line: lineOf(text, 'version') ?? 1 },
      `unsupported uv.lock version ${JSON.stringify(value['version'] ?? null)} (runlens reads 1)`,
      HINT,
    );
  }
  const tables = locatedArrayTables(value, text, 'package', file, HINT);
  const byName = new Map<string, number[]>();
  tables.forEach(({ table }, i) => {
    const name = String(table['name']);
    byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  const resolve = (dep: unknown): number | undefined => {
    const d = asTable(dep);
    const candidates = byName.get(String(d['name'])) ?? [];
    if (candidates.length <= 1 || d['version'] === undefined) return candidates[0];
    return candidates.find((i) => tables[i]!.table['version'] === d['version']);
  };
  const isLocal = (t: Table): boolean => {
    const s = asTable(t['source']);
    return 'editable' in s || 'virtual' in s;
  };
  const runtime = new Set<number>();
  const development = new Set<number>();
  const direct = new Set<number>();
  const walk = (start: number[], into: Set<number>): void => {
    const stack = [...start];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (into.has(i)) continue;
      into.add(i);
      const t = tables[i]!.table;
      const next = [...asList(t['dependencies'])];
      for (const extra of Object.values(asTable(t['optional-dependencies']))) next.push(...asList(extra));
      for (const d of next) {
        const j = resolve(d);
        if (j !== undefined) stack.push(j);
      }
    }
  };
  const runtimeRoots: number[] = [];
  const devRoots: number[] = [];
  for (const { table } of tables) {
    if (!isLocal(table)) continue;
    const rt = [...asList(table['dependencies'])];
    for (const extra of Object.values(asTable(table['optional-dependencies']))) rt.push(...asList(extra));
    const dev: unknown[] = [];
    for (const group of Object.values(asTable(table['dev-dependencies']))) dev.push(...asList(group));
    for (const d of rt) {
      const j = resolve(d);
      if (j !== undefined) runtimeRoots.push(j);
    }
    for (const d of dev) {
      const j = resolve(d);
      if (j !== undefined) devRoots.push(j);
    }
  }
  for (const j of [...runtimeRoots, ...devRoots]) direct.add(j);
  walk(runtimeRoots, runtime);
  walk(devRoots, development);
  const out: LockedPackage[] = [];
  tables.forEach(({ table, line }, i) => {
    const name = table['name'];
    const version = table['version'];
    if (typeof name !== 'string') throw new InputError({ file, line }, 'a [[package]] needs a string `name`', HINT);
    if (isLocal(table)) return; // the project itself
    const source = asTable(table['source']);
    if (typeof version !== 'string' || !('registry' in source)) {
      io?.skipped?.({ file, line, text: name, reason: 'not from a package index (git, path or URL source)' });
      return;
    }
    const scope = runtime.has(i) ? 'runtime' : development.has(i) ? 'development' : undefined;
    out.push({ name, version, ecosystem: 'PyPI', lockfile: file, line, direct: direct.has(i), ...(scope && { scope }) });
  });
  return out;
}
