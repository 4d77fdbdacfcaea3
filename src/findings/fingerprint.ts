import { createHash } from '../base/hash.js';

/** A stable id from parts that identify a finding independently of its line number. */
export function fingerprintOf(...parts: Array<string | number | undefined>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p ?? '')).update('\0');
  return h.digest('hex').slice(0, 32);
}
