// yarn.lock, classic (yarn 1) and Berry (yarn 2+). Classic is yarn's own indented syntax, not YAML; no
// maintained parser gives positions (@yarnpkg/lockfile was last released in 2018), and the syntax is small,
// so it is read line by line here. Berry's lockfile is YAML (`__metadata:` first) and is read with js-yaml.
// Neither says dev or runtime. Berry lists each workspace (`name@workspace:.`) with its dependencies, dev
// ones included, so Berry packages carry `direct`; classic packages carry neither flag.
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { splitLines } from './lines.js';
import { parseLocatedYaml, ymap, ystr } from './yaml.js';

const CLASSIC_HINT = 'regenerate it with `yarn install`';
/** Ranges that point somewhere other than the registry: the version is whatever that source holds. */
const NON_REGISTRY = /^(file:|link:|portal:|workspace:|git[+:]|github:|gitlab:|bitbucket:|https?:|\.{0,2}\/)/;
const BERRY_HINT = 'regenerate it with `yarn install --mode=update-lockfile`';

export const yarnFormat: LockfileFormat = {
  id: 'yarn',
  ecosystem: 'npm',
  matches: (name) => name === 'yarn.lock',
  parse: parseYarnLock,
};

export function parseYarnLock(text: string, file: string, io?: ParseIO): LockedPackage[] {
  return /^__metadata:/m.test(text) ? parseBerry(text, file, io) : parseClassic(text, file, io);
}

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    try {
      return JSON.parse(t) as string;
    } catch {
      return t.slice(1, -1);
    }
  }
  return t;
}

/** `name@range` → name (a scoped name keeps its leading `@`). */
function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? descriptor : descriptor.slice(0, at);
}

function parseClassic(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const lines = splitLines(text);
  const out: LockedPackage[] = [];
  let header: { line: number; descriptors: string[] } | undefined;
  let version: string | undefined;
  const flush = (): void => {
    if (!header) return;
    if (version === undefined) {
      throw new InputError({ file, line: header.line }, `entry "${header.descriptors.join(', ')}" has no version`, CLASSIC_HINT);
    }
    const first = header.descriptors[0]!;
    let name = descriptorName(first);
    // An alias (`alias@npm:real@^1.0.0`) installs `real`.
    const range = first.slice(name.length + 1);
    if (range.startsWith('npm:')) name = descriptorName(range.slice(4));
    if (!/^\d/.test(version) || NON_REGISTRY.test(range)) {
      io?.skipped?.({ file, line: header.line, text: first, reason: 'not a registry package (file, link, git or URL dependency)' });
    } else {
      out.push({ name, version, ecosystem: 'npm', lockfile: file, line: header.line });
    }
    header = undefined;
    version = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line[0] !== ' ' && line[0] !== '\t') {
      flush();
      if (!line.endsWith(':')) {
        throw new InputError({ file, line: i + 1, column: 1 }, 'expected an entry header ending in `:` (`name@range:`)', CLASSIC_HINT);
      }
      const descriptors = splitHeader(line.slice(0, -1)).map(unquote);
      if (descriptors.some((d) => d === '' || d.indexOf('@', 1) < 0)) {
        throw new InputError({ file, line: i + 1, column: 1 }, `malformed entry header "${line}"`, CLASSIC_HINT);
      }
      header = { line: i + 1, descriptors };
      continue;
    }
    if (!header) throw new InputError({ file, line: i + 1, column: 1 }, 'indented line outside an entry', CLASSIC_HINT);
    // Only the entry's own two-space fields matter; deeper lines are its dependency lists.
    if (line.startsWith('  version ') && line[2] !== ' ') version = unquote(line.slice(10));
  }
  flush();
  if (out.length === 0 && !/^# yarn lockfile v1/m.test(text) && text.trim() !== '') {
    throw new InputError({ file, line: 1, column: 1 }, 'is neither a yarn classic lockfile nor a Berry one', CLASSIC_HINT);
  }
  return out;
}

/** Splits `"a@1", b@2` at commas outside quotes. */
function splitHeader(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  parts.push(cur.trim());
  return parts;
}

function parseBerry(text: string, file: string, io?: ParseIO): LockedPackage[] {
  const { value, lines, topLines } = parseLocatedYaml(text, file, BERRY_HINT);
  const metaVersion = Number(ystr(ymap(value['__metadata'])['version']));
  if (!Number.isInteger(metaVersion) || metaVersion < 4) {
    throw new InputError(
      { file, line: lines.get('__metadata')?.get('version') ?? 2 },
      `unsupported yarn lockfile __metadata.version ${JSON.stringify(ymap(value['__metadata'])['version'] ?? null)} (runlens reads Berry lockfiles, version 4 and later)`,
      BERRY_HINT,
    );
  }
  // Every descriptor (`axios@npm:0.21.0`) → the entry key that resolves it.
  const byDescriptor = new Map<string, string>();
  for (const key of Object.keys(value)) for (const d of key.split(',')) byDescriptor.set(d.trim(), key);
  const direct = new Set<string>();
  for (const [key, raw] of Object.entries(value)) {
    const resolution = ystr(ymap(raw)['resolution']) ?? '';
    if (!resolution.includes('@workspace:')) continue;
    const entry = ymap(raw);
    for (const field of ['dependencies', 'peerDependencies'] as const) {
      for (const [name, range] of Object.entries(ymap(entry[field]))) {
        // yarn 2 writes workspace ranges without the `npm:` its entry keys carry.
        const r = ystr(range) ?? '';
        const target = byDescriptor.get(`${name}@${r}`) ?? byDescriptor.get(`${name}@npm:${r}`);
        if (target && target !== key) direct.add(target);
      }
    }
  }
  const out: LockedPackage[] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (key === '__metadata') continue;
    const entry = ymap(raw);
    const line = topLines.get(key) ?? 1;
    const resolution = ystr(entry['resolution']) ?? '';
    const name = descriptorName(resolution);
    const protocol = resolution.slice(name.length + 1);
    if (protocol.startsWith('workspace:')) continue; // the project itself
    const version = ystr(entry['version']);
    if (!resolution || !version) throw new InputError({ file, line }, `entry "${key}" has no resolution or version`, BERRY_HINT);
    if (!protocol.startsWith('npm:')) {
      // `patch:` entries repeat a package already listed under its npm: resolution.
      if (!protocol.startsWith('patch:')) io?.skipped?.({ file, line, text: resolution, reason: 'not a registry package' });
      continue;
    }
    out.push({ name, version, ecosystem: 'npm', lockfile: file, line, direct: direct.has(key) });
  }
  return out;
}
