// Is a locked package affected by an OSV record? Exactly the OSV schema's evaluation algorithm
// (https://ossf.github.io/osv-schema/#evaluation): a version is affected when it is listed in
// `affected[].versions` or lies in a `SEMVER`/`ECOSYSTEM` range. `GIT` ranges name commits, not
// versions, and are skipped (osv-scanner gives up on the whole entry when one comes first).
import type { Ecosystem, LockedPackage } from './package.js';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from './osv/record.js';
import { ecosystemOrder, semverOrder, type CompareVersions } from './versions/index.js';
import { stripV } from './versions/semver.js';

/** PEP 503: runs of `-`, `_`, `.` are one `-`, lower case. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The name under which advisories list a package: PyPI normalised, other ecosystems as spelled. */
export function advisoryName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'PyPI' ? normalizePypiName(name) : name;
}

/** The version as OSV writes it: Go versions without their `v`. */
export function advisoryVersion(ecosystem: Ecosystem, version: string): string {
  return ecosystem === 'Go' ? stripV(version) : version;
}

/** `Maven:https://…`, `Packagist:https://…` name the ecosystem plus a repository. */
export function ecosystemOf(affected: OsvAffected): string | undefined {
  const e = affected.package?.ecosystem;
  const colon = e?.indexOf(':') ?? -1;
  return colon < 0 ? e : e!.slice(0, colon);
}

function eventVersion(e: OsvEvent): string | undefined {
  return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
}

// A range's events sorted once per ordering: matching asks the same ranges again and again.
const sortedCache = new WeakMap<OsvEvent[], Map<CompareVersions, OsvEvent[]>>();

function sortedEvents(events: OsvEvent[], order: CompareVersions): OsvEvent[] {
  let byOrder = sortedCache.get(events);
  if (!byOrder) {
    byOrder = new Map();
    sortedCache.set(events, byOrder);
  }
  let sorted = byOrder.get(order);
  if (!sorted) {
    sorted = sortEvents(events, order);
    byOrder.set(order, sorted);
  }
  return sorted;
}

/** `introduced: "0"` sorts before everything, a `limit` containing `*` after everything. */
function sortEvents(events: OsvEvent[], order: CompareVersions): OsvEvent[] {
  const key = (e: OsvEvent): number => (e.introduced === '0' ? -1 : e.limit?.includes('*') ? 1 : 0);
  // Stable: events at the same version keep the record's order.
  return events
    .filter((e) => eventVersion(e) !== undefined)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ka = key(a.e);
      const kb = key(b.e);
      if (ka !== 0 || kb !== 0) return ka !== kb ? ka - kb : a.i - b.i;
      return order(eventVersion(a.e)!, eventVersion(b.e)!) || a.i - b.i;
    })
    .map((x) => x.e);
}

function beforeLimits(v: string, range: OsvRange, order: CompareVersions): boolean {
  const limits = range.events.filter((e) => e.limit !== undefined);
  if (limits.length === 0) return true;
  return limits.some((e) => e.limit!.includes('*') || order(v, e.limit!) < 0);
}

export function rangeIncludes(v: string, range: OsvRange, order: CompareVersions): boolean {
  if (!beforeLimits(v, range, order)) return false;
  let vulnerable = false;
  for (const e of sortedEvents(range.events, order)) {
    if (e.introduced !== undefined && (e.introduced === '0' || order(v, e.introduced) >= 0)) vulnerable = true;
    else if (e.fixed !== undefined && order(v, e.fixed) >= 0) vulnerable = false;
    else if (e.last_affected !== undefined && order(v, e.last_affected) > 0) vulnerable = false;
  }
  return vulnerable;
}

function orderOf(range: OsvRange, ecosystem: Ecosystem): CompareVersions | undefined {
  if (range.type === 'SEMVER') return semverOrder(ecosystem);
  if (range.type === 'ECOSYSTEM') return ecosystemOrder(ecosystem);
  return undefined;
}

/** The `affected[]` entries of `record` about this package (ecosystem and advisory name). */
export function entriesFor(record: OsvRecord, ecosystem: Ecosystem, name: string): OsvAffected[] {
  const wanted = advisoryName(ecosystem, name);
  return (record.affected ?? []).filter(
    (a) => ecosystemOf(a) === ecosystem && a.package && advisoryName(ecosystem, a.package.name) === wanted,
  );
}

export function entryAffects(entry: OsvAffected, ecosystem: Ecosystem, version: string): boolean {
  const v = advisoryVersion(ecosystem, version);
  if ((entry.versions ?? []).some((listed) => listed === v || listed === version)) return true;
  for (const range of entry.ranges ?? []) {
    const order = orderOf(range, ecosystem);
    if (order && rangeIncludes(v, range, order)) return true;
  }
  return false;
}

/** The entries of `record` that make this version of the package affected (none: not affected). */
export function affectingEntries(record: OsvRecord, pkg: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): OsvAffected[] {
  return entriesFor(record, pkg.ecosystem, pkg.name).filter((e) => entryAffects(e, pkg.ecosystem, pkg.version));
}

export function isAffected(record: OsvRecord, pkg: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): boolean {
  return affectingEntries(record, pkg).length > 0;
}

/** The `fixed` versions of the ranges that hold this version, in ecosystem order. */
export function fixedVersions(entries: OsvAffected[], ecosystem: Ecosystem, version: string): string[] {
  const v = advisoryVersion(ecosystem, version);
  const out = new Set<string>();
  for (const entry of entries) {
    for (const range of entry.ranges ?? []) {
      const order = orderOf(range, ecosystem);
      if (!order || !rangeIncludes(v, range, order)) continue;
      for (const e of range.events) if (e.fixed !== undefined && order(e.fixed, v) > 0) out.add(e.fixed);
    }
  }
  const order = ecosystemOrder(ecosystem);
  return [...out].sort(order);
}

/**
 * The smallest version above `version` that none of `records` affects, among their fixed versions:
 * the one upgrade that clears them all. Undefined when no listed fix clears every record.
 */
export function smallestUpgrade(records: OsvRecord[], pkg: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): string | undefined {
  const order = ecosystemOrder(pkg.ecosystem);
  const v = advisoryVersion(pkg.ecosystem, pkg.version);
  const candidates = new Set<string>();
  for (const r of records)
    for (const entry of entriesFor(r, pkg.ecosystem, pkg.name))
      for (const range of entry.ranges ?? [])
        for (const e of range.events) if (e.fixed !== undefined && order(e.fixed, v) > 0) candidates.add(e.fixed);
  const entries = records.flatMap((r) => entriesFor(r, pkg.ecosystem, pkg.name));
  for (const c of [...candidates].sort(order)) {
    if (!entries.some((e) => entryAffects(e, pkg.ecosystem, c))) return c;
  }
  return undefined;
}
