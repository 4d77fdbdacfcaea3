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

/** A parsed document that is an OSV record, or why not. */
export function asRecord(value: unknown): OsvRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return 'no `id`';
  if (r.affected !== undefined && !Array.isArray(r.affected)) return '`affected` is not a list';
  for (const a of (r.affected as unknown[] | undefined) ?? []) {
    if (typeof a !== 'object' || a === null) return '`affected[]` holds a non-object';
    const ranges = (a as Record<string, unknown>).ranges;
    if (ranges !== undefined && !Array.isArray(ranges)) return '`affected[].ranges` is not a list';
    for (const range of (ranges as unknown[] | undefined) ?? []) {
      if (typeof range !== 'object' || range === null || !Array.isArray((range as Record<string, unknown>).events))
        return '`affected[].ranges[]` has no `events` list';
    }
  }
  return r as unknown as OsvRecord;
}

/** A record the database has taken back: never reported. */
export function isWithdrawn(r: OsvRecord, now = Date.now()): boolean {
  if (!r.withdrawn) return false;
  const t = Date.parse(r.withdrawn);
  // A withdrawal dated in the future is not in force yet; an unparsable date still withdraws.
  return Number.isNaN(t) || t <= now;
}
