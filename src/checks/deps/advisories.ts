// Which advisories affect which locked packages: from an offline database or the OSV API, matched
// by match.ts either way (with the API, its answer decides what is affected; the records still give
// the fixed versions and severities).
import path from 'node:path';
import type { Ecosystem, LockedPackage } from './package.js';
import { advisoryName, advisoryVersion, affectingEntries, entriesFor } from './match.js';
import { OsvApiClient, type OsvApiOptions } from './osv/api.js';
import { OsvCache, defaultCacheDir } from './osv/cache.js';
import { loadOfflineDatabase } from './osv/offline.js';
import { isWithdrawn, type OsvAffected, type OsvRecord } from './osv/record.js';

export interface Match {
  record: OsvRecord;
  /** The record's `affected[]` entries about this package that hold its version. */
  entries: OsvAffected[];
}

export interface AdvisorySource {
  /** What was read, in a sentence (for the log and summary). */
  description: string;
  /** Records that could not be read (offline database), in sentences. */
  problems: string[];
  withdrawn: number;
  matches(pkg: LockedPackage): Match[];
}

export type PackageKey = string;

export function packageKey(p: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): PackageKey {
  return `${p.ecosystem}\0${advisoryName(p.ecosystem, p.name)}\0${advisoryVersion(p.ecosystem, p.version)}`;
}

function unique(packages: LockedPackage[]): LockedPackage[] {
  const seen = new Map<PackageKey, LockedPackage>();
  for (const p of packages) if (!seen.has(packageKey(p))) seen.set(packageKey(p), p);
  return [...seen.values()];
}

export async function offlineSource(
  dir: string,
  packages: LockedPackage[],
  opts: { indexDir?: string } = {},
  now = Date.now(),
): Promise<AdvisorySource> {
  const ecosystems = new Set<Ecosystem>(packages.map((p) => p.ecosystem));
  const loaded = await loadOfflineDatabase(
    dir,
    ecosystems,
    packages.map((p) => p.name),
    opts,
  );
  // name index: ecosystem + advisory name → records
  const index = new Map<string, OsvRecord[]>();
  let withdrawn = 0;
  for (const r of loaded.records) {
    if (isWithdrawn(r, now)) {
      withdrawn++;
      continue;
    }
    const keys = new Set<string>();
    for (const a of r.affected ?? []) {
      const eco = a.package?.ecosystem.split(':', 1)[0] as Ecosystem | undefined;
      if (!a.package || !eco || !ecosystems.has(eco)) continue;
      keys.add(`${eco}\0${advisoryName(eco, a.package.name)}`);
    }
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
  }
  const memo = new Map<PackageKey, Match[]>();
  return {
    description: `the offline database ${dir} (${loaded.files.toLocaleString('en-US')} records${loaded.zips.length ? ` in ${loaded.zips.length} zip${loaded.zips.length === 1 ? '' : 's'} and files` : ''}, ${loaded.records.length} about the locked packages)`,
    problems: loaded.problems,
    withdrawn,
    matches(pkg) {
      const key = packageKey(pkg);
      let m = memo.get(key);
      if (!m) {
        m = [];
        for (const record of index.get(`${pkg.ecosystem}\0${advisoryName(pkg.ecosystem, pkg.name)}`) ?? []) {
          const entries = affectingEntries(record, pkg);
          if (entries.length > 0) m.push({ record, entries });
        }
        memo.set(key, m);
      }
      return m;
    },
  };
}

export interface ApiSourceOptions extends Omit<OsvApiOptions, 'cache'> {
  cacheDir?: string;
  cacheTtlMs: number;
  env: Record<string, string | undefined>;
  cwd: string;
}

export async function apiSource(packages: LockedPackage[], opts: ApiSourceOptions, now = Date.now()): Promise<AdvisorySource> {
  const cacheDir = opts.cacheDir ? path.resolve(opts.cwd, opts.cacheDir) : defaultCacheDir(opts.env);
  const cache = opts.cacheTtlMs > 0 ? await OsvCache.open(cacheDir, opts.cacheTtlMs) : undefined;
  const client = new OsvApiClient({ ...opts, ...(cache ? { cache } : {}) });
  const pkgs = unique(packages);
  const refs = await client.queryBatch(
    pkgs.map((p) => ({
      ecosystem: p.ecosystem,
      name: advisoryName(p.ecosystem, p.name),
      version: advisoryVersion(p.ecosystem, p.version),
    })),
  );
  const ids = new Map<string, { id: string; modified?: string }>();
  for (const list of refs) for (const r of list) ids.set(r.id, r);
  const records = new Map((await client.records([...ids.values()])).map((r) => [r.id, r]));
  await cache?.flush().catch(() => undefined);
  let withdrawn = 0;
  const byKey = new Map<PackageKey, Match[]>();
  pkgs.forEach((p, i) => {
    const m: Match[] = [];
    for (const ref of refs[i]!) {
      const record = records.get(ref.id);
      if (!record) continue;
      if (isWithdrawn(record, now)) {
        withdrawn++;
        continue;
      }
      const affecting = affectingEntries(record, p);
      m.push({ record, entries: affecting.length > 0 ? affecting : entriesFor(record, p.ecosystem, p.name) });
    }
    byKey.set(packageKey(p), m);
  });
  const s = client.stats;
  const cached =
    s.cachedQueries + s.cachedRecords > 0 ? `; ${s.cachedQueries} queries and ${s.cachedRecords} records from the cache ${cacheDir}` : '';
  return {
    description: `the OSV API at ${opts.baseUrl} (${s.requests} requests${s.retries ? `, ${s.retries} retried` : ''}${cached})`,
    problems: [],
    withdrawn,
    matches: (pkg) => byKey.get(packageKey(pkg)) ?? [],
  };
}
