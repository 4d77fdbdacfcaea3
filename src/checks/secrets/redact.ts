/**
 * What a report may show of a secret: at most its first 4 characters (fewer for short values, so a short
 * password keeps most of its length hidden), then `****`. `ghp_1234…` → `ghp_****`.
 */
export function redact(secret: string): string {
  const chars = [...secret];
  const shown = Math.min(4, Math.floor(chars.length / 4));
  return `${chars.slice(0, shown).join('')}****`;
}
