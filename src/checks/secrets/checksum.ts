// Checksums that token formats carry, so a scanner can tell a real token from token-shaped text without asking
// the provider. GitHub (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/):
// `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` + 30 random base62 characters + the CRC32 (IEEE) of those 30 characters,
// base62-encoded (digits, upper case, lower case) and left-padded with `0` to 6 characters. Checked against
// published, revoked real tokens. Fine-grained `github_pat_` tokens carry no documented checksum.
import type { FindingConfidence } from '../../model/finding.js';
import type { SecretRule } from './rule.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_LENGTH = 6;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib's) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** `value` in base62 (0-9A-Za-z), left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62]! + out;
  return out.padStart(width, '0');
}

/** A GitHub token (`ghp_…`) whose last 6 characters are the base62 CRC32 of the random part before them. */
export function hasValidGithubChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length <= CHECKSUM_LENGTH || !/^[A-Za-z0-9]+$/.test(body)) return false;
  const random = body.slice(0, -CHECKSUM_LENGTH);
  return base62(crc32(random), CHECKSUM_LENGTH) === body.slice(-CHECKSUM_LENGTH);
}

/**
 * How sure a finding of `rule` is, from the checksum its format carries: `high` when it is valid, `medium`
 * when it is not (a typo'd, truncated or made-up token is still reported). Undefined for rules without one.
 */
export function confidenceOf(rule: SecretRule, secret: string): FindingConfidence | undefined {
  switch (rule.checksum) {
    case undefined:
      return undefined;
    case 'github':
      return hasValidGithubChecksum(secret) ? 'high' : 'medium';
  }
}
