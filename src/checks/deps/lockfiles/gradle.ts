// gradle.lockfile (Gradle 6+ dependency locking): one `group:artifact:version=conf1,conf2` line per module,
// and `empty=` for configurations that resolve nothing. A module used only by test configurations
// (`testCompileClasspath`, `testRuntimeClasspath`, …) is development. Lockfiles list resolved graphs, so no
// `direct`.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat } from './format.js';
import { splitLines } from './lines.js';

const HINT = 'regenerate it with `gradle dependencies --write-locks`';

export const gradleFormat: LockfileFormat = {
  id: 'gradle',
  ecosystem: 'Maven',
  matches: (name) => name === 'gradle.lockfile' || name === 'buildscript-gradle.lockfile',
  parse: parseGradleLockfile,
};

export function parseGradleLockfile(text: string, file: string): LockedPackage[] {
  const out: LockedPackage[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const coords = eq < 0 ? line : line.slice(0, eq);
    if (coords === 'empty') continue;
    const parts = coords.split(':');
    if (eq < 0 || parts.length !== 3 || parts.some((p) => p === '')) {
      throw new InputError(
        { file, line: i + 1, column: 1 },
        `expected "group:artifact:version=configurations", found "${line.slice(0, 60)}"`,
        HINT,
      );
    }
    const configurations = line
      .slice(eq + 1)
      .split(',')
      .filter(Boolean);
    const testOnly = configurations.length > 0 && configurations.every((c) => /^test|Test[A-Z]/.test(c));
    out.push({
      name: `${parts[0]}:${parts[1]}`,
      version: parts[2]!,
      ecosystem: 'Maven',
      lockfile: file,
      line: i + 1,
      scope: testOnly ? 'development' : 'runtime',
    });
  }
  if (out.length === 0 && !lines.some((l) => l.startsWith('empty='))) {
    throw new InputError({ file, line: 1, column: 1 }, 'has neither modules nor an `empty=` line', HINT);
  }
  return out;
}
