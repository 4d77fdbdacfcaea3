// composer.lock: `packages` are runtime, `packages-dev` development. The lockfile does not say which
// packages composer.json requires, so no `direct`. Versions are written as Composer does (`v5.4.0` keeps
// its `v`; the matcher's Composer ordering ignores it).
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { parseLocatedJson, str } from './json.js';

const HINT = 'regenerate it with `composer update --lock`';

export const composerFormat: LockfileFormat = {
  id: 'composer',
  ecosystem: 'Packagist',
  matches: (name) => name === 'composer.lock',
  parse: parseComposerLock,
};

export function parseComposerLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const { value, lines } = parseLocatedJson(text, file, { hint: HINT });
  if (!Array.isArray(value['packages'])) {
    throw new InputError({ file, line: 1, column: 1 }, 'has no `packages` list', HINT);
  }
  const out: LockedPackage[] = [];
  for (const [section, scope] of [
    ['packages', 'runtime'],
    ['packages-dev', 'development'],
  ] as const) {
    const list = value[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new InputError({ file, line: 1 }, `\`${section}\` is not a list`, HINT);
    const sectionLines = lines.get(section) ?? new Map<string, number>();
    list.forEach((entry, i) => {
      const line = sectionLines.get(String(i)) ?? 1;
      const name = str(entry, 'name');
      const version = str(entry, 'version');
      if (!name || !version) throw new InputError({ file, line }, 'a package needs a `name` and a `version`', HINT);
      if (version.startsWith('dev-')) {
        io?.skipped?.({ file, line, text: `${name} ${version}`, reason: 'a development branch, not a release' });
        return;
      }
      out.push({ name, version, ecosystem: 'Packagist', lockfile: file, line, scope });
    });
  }
  return out;
}
