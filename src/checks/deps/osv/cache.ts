// The OSV API's answers on disk, so a repeated run asks nothing it asked within the TTL:
// `<dir>/queries.json` maps each (API, ecosystem, package, version) to the advisory ids and their
// `modified` times, with when it was asked; `<dir>/vulns/<id>.json` holds each record, reused while its
// `modified` time matches what the query said. It is a cache: a lost or corrupt file costs a request,
// never a wrong answer, so writes are rename-atomic but not fsynced.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { asRecord, type OsvRecord } from './record.js';
import { createHash, randomHex } from '../../../base/hash.js';
import { recordWrite } from '../../../base/written-files.js';

export interface VulnRef {
  id: string;
  modified?: string;
}

interface QueryEntry {
  at: number;
  vulns: VulnRef[];
}

/** `$XDG_CACHE_HOME/runlens/osv`, else `~/.cache/runlens/osv`. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'runlens', 'osv');
}

async function writeReplacing(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomHex(6)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
  recordWrite(file);
}

function safeName(id: string): string {
  return /^[A-Za-z0-9._-]+$/.test(id) ? id : createHash('sha256').update(id).digest('hex');
}

export class OsvCache {
  private queries = new Map<string, QueryEntry>();
  private dirty = false;

  private constructor(
    readonly dir: string,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  static async open(dir: string, ttlMs: number, now: () => number = Date.now): Promise<OsvCache> {
    const cache = new OsvCache(dir, ttlMs, now);
    try {
      const data = JSON.parse(await readFile(path.join(dir, 'queries.json'), 'utf8')) as Record<string, QueryEntry>;
      for (const [k, v] of Object.entries(data)) if (v && typeof v.at === 'number' && Array.isArray(v.vulns)) cache.queries.set(k, v);
    } catch {
      // none yet, or unreadable: start empty
    }
    return cache;
  }

  /** The ids a query returned within the TTL, or undefined. */
  query(key: string): VulnRef[] | undefined {
    const e = this.queries.get(key);
    if (!e || this.now() - e.at > this.ttlMs || e.at > this.now()) return undefined;
    return e.vulns;
  }

  setQuery(key: string, vulns: VulnRef[]): void {
    this.queries.set(key, { at: this.now(), vulns });
    this.dirty = true;
  }

  /** The cached record, when it is as recent as `modified` (or, with no `modified`, within the TTL). */
  async record(ref: VulnRef): Promise<OsvRecord | undefined> {
    try {
      const file = path.join(this.dir, 'vulns', `${safeName(ref.id)}.json`);
      const r = asRecord(JSON.parse(await readFile(file, 'utf8')));
      if (typeof r === 'string' || r.id !== ref.id) return undefined;
      if (ref.modified !== undefined && r.modified !== ref.modified) return undefined;
      return r;
    } catch {
      return undefined;
    }
  }

  async setRecord(r: OsvRecord): Promise<void> {
    await writeReplacing(path.join(this.dir, 'vulns', `${safeName(r.id)}.json`), JSON.stringify(r));
  }

  /** Writes the query answers, dropping expired ones. */
  async flush(): Promise<void> {
    if (!this.dirty) return;
    const now = this.now();
    const live: Record<string, QueryEntry> = {};
    for (const [k, v] of this.queries) if (now - v.at <= this.ttlMs) live[k] = v;
    await writeReplacing(path.join(this.dir, 'queries.json'), JSON.stringify(live));
    this.dirty = false;
  }
}
