// poetry.lock. Poetry 2 (lock-version 2.1) writes each package's dependency `groups`; older lockfiles
// write a `category` (`main` / `dev`). A package only in non-main groups is development. The lockfile does
// not say which packages pyproject.toml names, so no `direct`.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { lineOf } from '../../../base/line-index.js';
import { locatedArrayTables, parseTomlFile } from './toml.js';

const HINT = 'regenerate it with `poetry lock`';

export const poetryFormat: LockfileFormat = {
  id: 'poetry',
  ecosystem: 'PyPI',
  matches: (name) => name === 'poetry.lock',
  parse: parsePoetryLock,
};

export function parsePoetryLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const value = parseTomlFile(text, file, HINT);
  const meta = value['metadata'];
  const lockVersion = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>)['lock-version'] : undefined;
  if (typeof lockVersion !== 'string' || !/^[12]\./.test(lockVersion)) {
    throw new InputError(
      { file, line: lineOf(text, 'lock-version') ?? 1 },
      `unsupported poetry.lock lock-version ${JSON.stringify(lockVersion ?? null)} (runlens reads 1.x and 2.x)`,
      HINT,
    );
  }
  const out: LockedPackage[] = [];
  for (const { table, line } of locatedArrayTables(value, text, 'package', file, HINT)) {
    const name = table['name'];
    const version = table['version'];
    if (typeof name !== 'string' || typeof version !== 'string') {
      throw new InputError({ file, line }, 'a [[package]] needs a string `name` and `version`', HINT);
    }
    const source = table['source'] as Record<string, unknown> | undefined;
    const type = source?.['type'];
    if (type === 'directory' || type === 'file' || type === 'git' || type === 'url') {
      io?.skipped?.({ file, line, text: `${name} ${version}`, reason: `not from a package index (${String(type)})` });
      continue;
    }
    let scope: LockedPackage['scope'];
    const groups = table['groups'];
    if (Array.isArray(groups)) scope = groups.includes('main') ? 'runtime' : 'development';
    else if (table['category'] === 'main') scope = 'runtime';
    else if (table['category'] === 'dev') scope = 'development';
    out.push({ name, version, ecosystem: 'PyPI', lockfile: file, line, ...(scope && { scope }) });
  }
  return out;
}
