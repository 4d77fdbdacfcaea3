// Cargo.lock (format versions 1–4). Packages without a `source` are the workspace's own crates (or path
// dependencies); their `dependencies` are the direct ones. Cargo.lock does not separate dev-dependencies,
// so no scope.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { lineOf } from '../../../base/line-index.js';
import { locatedArrayTables, parseTomlFile } from './toml.js';

const HINT = 'regenerate it with `cargo generate-lockfile`';

export const cargoFormat: LockfileFormat = {
  id: 'cargo',
  ecosystem: 'crates.io',
  matches: (name) => name === 'Cargo.lock',
  parse: parseCargoLock,
};

export function parseCargoLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const value = parseTomlFile(text, file, HINT);
  const version = value['version'];
  if (version !== undefined && version !== 3 && version !== 4 && version !== 1 && version !== 2) {
    throw new InputError(
      { file, line: lineOf(text, 'version') ?? 1 },
      `unsupported Cargo.lock version ${JSON.stringify(version)} (runlens reads 1 to 4)`,
      HINT,
    );
  }
  const tables = locatedArrayTables(value, text, 'package', file, HINT);
  // Cargo always locks at least the workspace's own crate.
  if (tables.length === 0) throw new InputError({ file, line: 1, column: 1 }, 'has no [[package]] entries', HINT);
  // A dependency is `name`, `name version` or `name version (source)`; the first two are unique in the lockfile.
  const direct = new Set<string>();
  const byName = new Map<string, number>();
  tables.forEach(({ table }, i) => {
    const name = String(table['name']);
    byName.set(name, byName.has(name) ? -1 : i);
  });
  for (const { table } of tables) {
    if (table['source'] !== undefined) continue;
    for (const dep of Array.isArray(table['dependencies']) ? table['dependencies'] : []) {
      const [name, ver] = String(dep).split(' ');
      direct.add(ver ? `${name} ${ver}` : name!);
    }
  }
  const out: LockedPackage[] = [];
  for (const { table, line } of tables) {
    const name = table['name'];
    const ver = table['version'];
    if (typeof name !== 'string' || typeof ver !== 'string') {
      throw new InputError({ file, line }, 'a [[package]] needs a string `name` and `version`', HINT);
    }
    const source = table['source'];
    if (source === undefined) continue; // a workspace member or path dependency: the project's own code
    if (typeof source === 'string' && !source.startsWith('registry+') && !source.startsWith('sparse+')) {
      io?.skipped?.({ file, line, text: `${name} ${ver}`, reason: `not from a registry (${source.split('+')[0]!})` });
      continue;
    }
    out.push({
      name,
      version: ver,
      ecosystem: 'crates.io',
      lockfile: file,
      line,
      direct: direct.has(`${name} ${ver}`) || (byName.get(name) !== -1 && direct.has(name)),
    });
  }
  return out;
}
