// An offline advisory database: osv-scanner's layout (`<dir>/<Ecosystem>/all.zip`, as osv.dev publishes
// it per ecosystem), a directory of OSV records (`*.json`, `*.yaml`, at any depth, e.g. a checkout
// of an advisory repository), or a mix. Only the records that name a package the lockfiles lock are
// parsed: a cheap scan of each record's text for its `name` fields comes first.
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { load as loadYaml } from 'js-yaml';
import { InputError } from '../../../base/errors.js';
import { ECOSYSTEMS, type Ecosystem } from '../package.js';
import { normalizePypiName } from '../match.js';
import { mapLimit } from './concurrency.js';
import { asRecord, type OsvRecord } from './record.js';
import { createHash } from '../../../base/hash.js';
import { recordWrite } from '../../../base/written-files.js';

export interface OfflineLoad {
  records: OsvRecord[];
  /** Record files (or zip entries) looked at. */
  files: number;
  zips: string[];
  /** Records that could not be read, in sentences (the rest still count). */
  problems: string[];
}

/** Every spelling of a wanted name a record could use: as locked, and PEP 503-normalised. */
export function nameFilter(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    out.add(normalizePypiName(n));
  }
  return out;
}

const JSON_NAME = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
const YAML_NAME = /^[ \t-]*name:[ \t]*(['"]?)(.*?)\1[ \t]*$/gm;

/** The package names a record's text mentions (`affected[].package.name`, and any other `name` field). */
function namesIn(text: string, yaml: boolean): string[] {
  const re = yaml ? YAML_NAME : JSON_NAME;
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(yaml ? m[2]! : m[1]!.replace(/\\(.)/g, '$1'));
  return out;
}

function anyWanted(names: readonly string[], wanted: Set<string>): boolean {
  return names.some((name) => wanted.has(name) || wanted.has(normalizePypiName(name)));
}

function parseRecord(text: string, yaml: boolean, where: string, problems: string[]): OsvRecord | undefined {
  let value: unknown;
  try {
    value = yaml ? loadYaml(text) : JSON.parse(text);
  } catch (err) {
    problems.push(`${where}: not valid ${yaml ? 'YAML' : 'JSON'} (${(err as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const r = asRecord(value);
  if (typeof r === 'string') {
    problems.push(`${where}: not an OSV record (${r})`);
    return undefined;
  }
  return r;
}

const RECORD_FILE = /\.(json|ya?ml)$/i;

async function walk(dir: string, ecosystems: Set<string>, out: { files: string[]; zips: string[] }): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.')) continue;
      // A folder named after an ecosystem no lockfile uses holds nothing to match.
      if ((ECOSYSTEMS as readonly string[]).includes(e.name) && !ecosystems.has(e.name)) continue;
      await walk(abs, ecosystems, out);
    } else if (e.isFile() || e.isSymbolicLink()) {
      if (/\.zip$/i.test(e.name)) out.zips.push(abs);
      else if (RECORD_FILE.test(e.name)) out.files.push(abs);
    }
  }
}

/**
 * Reads the records of `dir` that could concern `names` (as locked; PyPI names are matched
 * normalised). Throws InputError when `dir` is no directory.
 */
export interface OfflineOptions {
  /** Where to keep each zip's index of package names (absent: no index, every entry is inflated). */
  indexDir?: string;
}

export async function loadOfflineDatabase(
  dir: string,
  ecosystems: Iterable<Ecosystem>,
  names: Iterable<string>,
  opts: OfflineOptions = {},
): Promise<OfflineLoad> {
  const wanted = nameFilter(names);
  const found = { files: [] as string[], zips: [] as string[] };
  try {
    await walk(dir, new Set(ecosystems), found);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      { file: dir },
      code === 'ENOENT'
        ? 'the offline advisory database does not exist'
        : `cannot read the offline advisory database (${code ?? (err as Error).message})`,
      'set `source:` to a directory holding <Ecosystem>/all.zip files or OSV records, or to `osv-api`',
    );
  }
  const problems: string[] = [];
  const records: OsvRecord[] = [];
  let files = 0;
  for (const zip of found.zips.sort()) {
    try {
      files += await readZip(zip, wanted, opts.indexDir, (text, yaml, where) => {
        const r = parseRecord(text, yaml, where, problems);
        if (r) records.push(r);
      });
    } catch (err) {
      problems.push(`${zip}: not a readable zip (${(err as Error).message})`);
    }
  }
  const texts = await mapLimit(found.files.sort(), 64, (f) => readFile(f, 'utf8'));
  found.files.forEach((file, i) => {
    files++;
    const text = texts[i]!;
    const yaml = !/\.json$/i.test(file);
    if (!anyWanted(namesIn(text, yaml), wanted)) return;
    const r = parseRecord(text, yaml, file, problems);
    if (r) records.push(r);
  });
  return { records: newestById(records), files, zips: found.zips, problems };
}

/** One record per id: the most recently modified (a record can be both zipped and loose). */
function newestById(records: OsvRecord[]): OsvRecord[] {
  const byId = new Map<string, OsvRecord>();
  for (const r of records) {
    const had = byId.get(r.id);
    if (!had || (r.modified ?? '') > (had.modified ?? '')) byId.set(r.id, r);
  }
  return [...byId.values()];
}

// A zip's index: which package names each entry mentions. Inflating and scanning every record of a
// large ecosystem (Go: 4,000+, npm: 200,000+) is most of an offline run; with the index, a later run
// inflates only the entries that name a locked package. It is keyed by the zip's path, size and
// modification time, so a new database is indexed anew.
interface ZipIndex {
  version: 1;
  zip: string;
  size: number;
  mtimeMs: number;
  entries: Record<string, string[]>;
}

function indexFile(indexDir: string, zip: string): string {
  return path.join(indexDir, `${createHash('sha256').update(path.resolve(zip)).digest('hex').slice(0, 32)}.json`);
}

async function readIndex(indexDir: string | undefined, zip: string, size: number, mtimeMs: number): Promise<ZipIndex | undefined> {
  if (!indexDir) return undefined;
  try {
    const idx = JSON.parse(await readFile(indexFile(indexDir, zip), 'utf8')) as ZipIndex;
    return idx.version === 1 && idx.zip === path.resolve(zip) && idx.size === size && idx.mtimeMs === mtimeMs ? idx : undefined;
  } catch {
    return undefined;
  }
}

async function writeIndex(indexDir: string, idx: ZipIndex): Promise<void> {
  const file = indexFile(indexDir, idx.zip);
  await mkdir(indexDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(idx));
  await rename(tmp, file);
  recordWrite(file);
}

/** Calls `take` for each entry of `zip` that names a wanted package; returns the number of record entries. */
async function readZip(
  zip: string,
  wanted: Set<string>,
  indexDir: string | undefined,
  take: (text: string, yaml: boolean, where: string) => void,
): Promise<number> {
  const st = await stat(zip);
  const idx = await readIndex(indexDir, zip, st.size, st.mtimeMs);
  const decoder = new TextDecoder();
  const bytes = new Uint8Array(await readFile(zip));
  if (idx) {
    const names = Object.keys(idx.entries);
    const needed = new Set(names.filter((n) => anyWanted(idx.entries[n]!, wanted)));
    const entries = needed.size > 0 ? unzipSync(bytes, { filter: (f) => needed.has(f.name) }) : {};
    for (const [name, data] of Object.entries(entries)) take(decoder.decode(data), !/\.json$/i.test(name), `${zip}!${name}`);
    return names.length;
  }
  const entries = unzipSync(bytes, { filter: (f) => RECORD_FILE.test(f.name) });
  const index: ZipIndex = { version: 1, zip: path.resolve(zip), size: st.size, mtimeMs: st.mtimeMs, entries: {} };
  for (const [name, data] of Object.entries(entries)) {
    const text = decoder.decode(data);
    const yaml = !/\.json$/i.test(name);
    const mentioned = [...new Set(namesIn(text, yaml))];
    index.entries[name] = mentioned;
    if (anyWanted(mentioned, wanted)) take(text, yaml, `${zip}!${name}`);
  }
  if (indexDir) await writeIndex(indexDir, index).catch(() => undefined);
  return Object.keys(index.entries).length;
}
