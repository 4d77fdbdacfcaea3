// Real OSV records from tests/fixtures/deps/osv (an offline database laid out per ecosystem).
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { load } from 'js-yaml';
import type { Ecosystem, LockedPackage } from '../../src/checks/deps/package.js';
import type { OsvRecord } from '../../src/checks/deps/osv/record.js';

export const OSV_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'deps', 'osv');

export function record(rel: string): OsvRecord {
  const text = readFileSync(path.join(OSV_DIR, rel), 'utf8');
  return (rel.endsWith('.json') ? JSON.parse(text) : load(text)) as OsvRecord;
}

export function pkg(ecosystem: Ecosystem, name: string, version: string, extra: Partial<LockedPackage> = {}): LockedPackage {
  return { ecosystem, name, version, lockfile: 'lock', line: 1, ...extra };
}

/** osv-scanner's layout: <dir>/<Ecosystem>/all.zip of every record of the ecosystem. */
export async function zipDatabase(from: string, to: string): Promise<void> {
  for (const eco of await readdir(from, { withFileTypes: true })) {
    if (!eco.isDirectory()) continue;
    const files: Record<string, Uint8Array> = {};
    for (const f of await readdir(path.join(from, eco.name))) {
      // osv.dev's zips hold JSON; YAML records are converted the way the database export does.
      const text = await readFile(path.join(from, eco.name, f), 'utf8');
      const json = f.endsWith('.json') ? text : JSON.stringify(load(text));
      files[f.replace(/\.ya?ml$/, '.json')] = new TextEncoder().encode(json);
    }
    await mkdir(path.join(to, eco.name), { recursive: true });
    await writeFile(path.join(to, eco.name, 'all.zip'), zipSync(files));
  }
}
