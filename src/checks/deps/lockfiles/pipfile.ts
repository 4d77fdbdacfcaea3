// Pipfile.lock (pipfile-spec 6): `default` is runtime, `develop` development. A package locked in both is
// reported once, as runtime. Entries without a `==` version (git, path or editable requirements) are
// skipped. The lockfile does not say which packages the Pipfile names, so no `direct`.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { isRecord, parseLocatedJson, rec, str } from './json.js';
import { lineOf } from '../../../base/line-index.js';

const HINT = 'regenerate it with `pipenv lock`';

export const pipfileFormat: LockfileFormat = {
  id: 'pipfile',
  ecosystem: 'PyPI',
  matches: (name) => name === 'Pipfile.lock',
  parse: parsePipfileLock,
};

export function parsePipfileLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const { value, lines } = parseLocatedJson(text, file, { hint: HINT });
  const spec = rec(value, '_meta')['pipfile-spec'];
  if (spec !== undefined && spec !== 6) {
    throw new InputError(
      { file, line: lineOf(text, '"pipfile-spec"') ?? 1 },
      `unsupported pipfile-spec ${JSON.stringify(spec)} (runlens reads 6)`,
      HINT,
    );
  }
  if (!isRecord(value['default']) && !isRecord(value['develop'])) {
    throw new InputError({ file, line: 1, column: 1 }, 'has neither a `default` nor a `develop` section', HINT);
  }
  const out: LockedPackage[] = [];
  const seen = new Set<string>();
  for (const [section, scope] of [
    ['default', 'runtime'],
    ['develop', 'development'],
  ] as const) {
    const sectionLines = lines.get(section) ?? new Map<string, number>();
    for (const [name, entry] of Object.entries(rec(value, section))) {
      const line = sectionLines.get(name) ?? 1;
      const version = str(entry, 'version');
      if (!version?.startsWith('==')) {
        io?.skipped?.({ file, line, text: name, reason: 'no pinned version (a git, path or editable requirement)' });
        continue;
      }
      const v = version.replace(/^===?/, '');
      if (seen.has(`${name}\0${v}`)) continue;
      seen.add(`${name}\0${v}`);
      out.push({ name, version: v, ecosystem: 'PyPI', lockfile: file, line, scope });
    }
  }
  return out;
}
