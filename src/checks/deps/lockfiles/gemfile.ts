// Gemfile.lock (and gems.locked). Bundler's lockfile is its own indented format, not YAML; the gem
// `bundler` parses it in Ruby only, so it is read here line by line. Gems come from the `specs:` of the GEM
// and GIT sections (PATH gems are the project's own code); `DEPENDENCIES` names the Gemfile's own gems, so
// packages carry `direct`. Groups (`:test`, `:development`) live only in the Gemfile: no scope.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { splitLines } from './lines.js';

const HINT = 'regenerate it with `bundle lock`';
const SPEC = /^ {4}([^\s(]+) \(([^)]+)\)$/;
const DEPENDENCY = /^ {2}([^\s(!]+)!?(?: \(.*\))?$/;

export const gemfileFormat: LockfileFormat = {
  id: 'gemfile',
  ecosystem: 'RubyGems',
  matches: (name) => name === 'Gemfile.lock' || name === 'gems.locked',
  parse: parseGemfileLock,
};

export function parseGemfileLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const lines = splitLines(text);
  const found: Array<LockedPackage & { local: boolean }> = [];
  const direct = new Set<string>();
  let section = '';
  let inSpecs = false;
  let sawSource = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (line[0] !== ' ') {
      if (!/^[A-Z][A-Z ]*$/.test(line)) {
        throw new InputError(
          { file, line: i + 1, column: 1 },
          `expected a section name (GEM, GIT, PATH, PLATFORMS, DEPENDENCIES …), found "${line.slice(0, 40)}"`,
          HINT,
        );
      }
      section = line;
      inSpecs = false;
      if (section === 'GEM' || section === 'GIT' || section === 'PATH' || section === 'PLUGIN SOURCE') sawSource = true;
      continue;
    }
    if (section === 'GEM' || section === 'GIT' || section === 'PATH' || section === 'PLUGIN SOURCE') {
      if (line === '  specs:') {
        inSpecs = true;
        continue;
      }
      if (!inSpecs || line.startsWith('      ')) continue; // source options, or a gem's own dependencies
      const m = SPEC.exec(line);
      if (!m)
        throw new InputError({ file, line: i + 1, column: 1 }, `expected a gem spec "    name (version)", found "${line.trim()}"`, HINT);
      // A platform gem is written `1.10.0-x86_64-linux`; RubyGems versions never contain `-` themselves.
      const version = m[2]!.split('-')[0]!;
      found.push({
        name: m[1]!,
        version,
        ecosystem: 'RubyGems',
        lockfile: file,
        line: i + 1,
        local: section === 'PATH' || section === 'PLUGIN SOURCE',
      });
    } else if (section === 'DEPENDENCIES') {
      const m = DEPENDENCY.exec(line);
      if (!m)
        throw new InputError(
          { file, line: i + 1, column: 1 },
          `expected a dependency "  name (requirement)", found "${line.trim()}"`,
          HINT,
        );
      direct.add(m[1]!);
    }
  }
  if (!sawSource) throw new InputError({ file, line: 1, column: 1 }, 'has no GEM, GIT or PATH section: not a Gemfile.lock', HINT);
  const out: LockedPackage[] = [];
  const seen = new Set<string>();
  for (const { local, ...p } of found) {
    if (local) {
      io?.skipped?.({ file, line: p.line, text: `${p.name} (${p.version})`, reason: 'a PATH gem: the project’s own code' });
      continue;
    }
    // One gem locked for several platforms is one package.
    if (seen.has(`${p.name}\0${p.version}`)) continue;
    seen.add(`${p.name}\0${p.version}`);
    out.push({ ...p, direct: direct.has(p.name) });
  }
  return out;
}
