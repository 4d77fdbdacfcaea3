// The parts of an OSV record (https://ossf.github.io/osv-schema/) the check reads.
export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: string;
  repo?: string;
  events: OsvEvent[];
}

export interface OsvSeverity {
  type: string;
  score: string;
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvRecord {
  id: string;
  modified?: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: Array<{ type: string; url: string }>;
  database_specific?: Record<string, unknown>;
}

/**
 * A parsed document that is an OSV record, or why not. Every field the deps check reads is checked for its
 * type here (a record is untrusted input: an offline database, a cache file, an API answer), so a record of
 * the wrong shape is one problem the step reports, never a TypeError while matching or reporting.
 */
export function asRecord(value: unknown): OsvRecord | string {
  if (!isObject(value)) return 'not an object';
  const r = value;
  if (typeof r.id !== 'string' || r.id === '') return 'no `id`';
  return (
    optional(r, ['modified', 'published', 'withdrawn', 'summary', 'details'], 'string') ??
    stringList(r, 'aliases') ??
    stringList(r, 'related') ??
    severities(r.severity, '`severity`') ??
    objectField(r, 'database_specific', '`database_specific`') ??
    list(r.references, '`references`', (ref, at) =>
      !isObject(ref) || typeof ref.type !== 'string' || typeof ref.url !== 'string' ? `${at} is not a {type, url} object` : undefined,
    ) ??
    list(r.affected, '`affected`', affected) ??
    (r as unknown as OsvRecord)
  );
}

function affected(a: unknown, at: string): string | undefined {
  if (!isObject(a)) return `${at} is not an object`;
  if (a.package !== undefined) {
    const p = a.package;
    if (!isObject(p) || typeof p.ecosystem !== 'string' || typeof p.name !== 'string')
      return `${at}.package is not an object with a string \`ecosystem\` and \`name\``;
    if (p.purl !== undefined && typeof p.purl !== 'string') return `${at}.package.purl is not a string`;
  }
  return (
    severities(a.severity, `${at}.severity`) ??
    stringList(a, 'versions', at) ??
    objectField(a, 'ecosystem_specific', `${at}.ecosystem_specific`) ??
    objectField(a, 'database_specific', `${at}.database_specific`) ??
    list(a.ranges, `${at}.ranges`, (range, where) => {
      if (!isObject(range) || typeof range.type !== 'string') return `${where} is not an object with a string \`type\``;
      if (range.repo !== undefined && typeof range.repo !== 'string') return `${where}.repo is not a string`;
      if (!Array.isArray(range.events)) return `${where} has no \`events\` list`;
      return list(range.events, `${where}.events`, (e, w) =>
        !isObject(e) || !Object.values(e).every((v) => typeof v === 'string') ? `${w} is not an object of version strings` : undefined,
      );
    })
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optional(o: Record<string, unknown>, keys: string[], type: 'string'): string | undefined {
  for (const k of keys) if (o[k] !== undefined && typeof o[k] !== type) return `\`${k}\` is not a ${type}`;
  return undefined;
}

function objectField(o: Record<string, unknown>, key: string, at: string): string | undefined {
  return o[key] !== undefined && !isObject(o[key]) ? `${at} is not an object` : undefined;
}

function stringList(o: Record<string, unknown>, key: string, parent?: string): string | undefined {
  const at = parent ? `${parent}.${key}` : `\`${key}\``;
  return list(o[key], at, (v, w) => (typeof v === 'string' ? undefined : `${w} is not a string`));
}

function severities(v: unknown, at: string): string | undefined {
  return list(v, at, (s, w) =>
    !isObject(s) || typeof s.type !== 'string' || typeof s.score !== 'string' ? `${w} is not a {type, score} object of strings` : undefined,
  );
}

/** Why an optional list is not a list of good items (the first bad one), or undefined. */
function list(v: unknown, at: string, item: (x: unknown, at: string) => string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return `${at} is not a list`;
  for (let i = 0; i < v.length; i++) {
    const why = item(v[i], `${at}[${i}]`);
    if (why) return why;
  }
  return undefined;
}

/** A record the database has taken back: never reported. */
export function isWithdrawn(r: OsvRecord, now = Date.now()): boolean {
  if (!r.withdrawn) return false;
  const t = Date.parse(r.withdrawn);
  // A withdrawal dated in the future is not in force yet; an unparsable date still withdraws.
  return Number.isNaN(t) || t <= now;
}
