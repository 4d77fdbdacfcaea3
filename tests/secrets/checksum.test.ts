// GitHub's token checksum (src/checks/secrets/checksum.ts): the last 6 characters of a classic-format token are
// the CRC32 of its 30 random characters in base62. The known answers below are the random part and checksum of
// published GitHub tokens (revoked; split here so that no token-shaped text is in the repository); the tokens
// the scan tests use are built here, with a valid checksum and with a broken one.
import { describe, expect, it } from 'vitest';
import { base62, confidenceOf, crc32, hasValidGithubChecksum } from '../../src/checks/secrets/checksum.js';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { EMPTY_ALLOW } from '../../src/checks/secrets/rule.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';
import { findingsOf } from '../../src/checks/secrets/scan-findings.js';
import { toSarif } from '../../src/report/sarif.js';
import { run, step } from '../support/run-result.js';

// [random part, checksum] of real GitHub personal access tokens published as test vectors (all revoked).
const PUBLISHED: ReadonlyArray<readonly [string, string]> = [
  ['zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', '0mLq17'],
  ['adE7dp8rHP6gUTuPwxLTZjZdtya3sV', '0UQzQM'],
  ['H3xbiBdlzffNx7Y56iNsPw3joObj7U', '2nO29h'],
  ['UWfZwHbDGofbxvubaSt3hVAtqrumVP', '03inMa'],
];

function token(prefix: string, random: string): string {
  return `${prefix}_${random}${base62(crc32(random), 6)}`;
}
/** The same token with its last character changed: the checksum no longer matches. */
function broken(t: string): string {
  return t.slice(0, -1) + (t.endsWith('a') ? 'b' : 'a');
}

describe('GitHub token checksum', () => {
  it('computes CRC-32 (IEEE) and base62 as GitHub does', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 6)).toBe('00000z');
    expect(base62(62, 6)).toBe('000010');
    for (const [random, checksum] of PUBLISHED) {
      expect(base62(crc32(random), 6), random).toBe(checksum);
      expect(hasValidGithubChecksum(`gh${'p'}_${random}${checksum}`)).toBe(true);
    }
  });

  it('rejects a token whose checksum does not match', () => {
    for (const [random, checksum] of PUBLISHED) {
      expect(hasValidGithubChecksum(broken(`gh${'p'}_${random}${checksum}`))).toBe(false);
      // A swapped character in the random part breaks it too.
      expect(hasValidGithubChecksum(`gh${'p'}_${random.slice(1)}${random[0]}${checksum}`)).toBe(false);
    }
    expect(hasValidGithubChecksum('ghp_short')).toBe(false);
  });

  it('gives checksum rules a confidence, and others none', () => {
    const pat = BUILTIN_RULES.find((r) => r.id === 'github-pat')!;
    const fine = BUILTIN_RULES.find((r) => r.id === 'github-fine-grained-pat')!;
    const t = token('ghp', 'Rk2v9QmXw7LpZt4NcB8yHs3JdF6gUa');
    expect(confidenceOf(pat, t)).toBe('high');
    expect(confidenceOf(pat, broken(t))).toBe('medium');
    expect(confidenceOf(fine, 'github_pat_' + 'x'.repeat(82))).toBeUndefined();
    for (const id of ['github-pat', 'github-oauth-token', 'github-app-token', 'github-refresh-token'])
      expect(BUILTIN_RULES.find((r) => r.id === id)!.checksum, id).toBe('github');
  });

  it('reports checksum-valid tokens as high confidence and broken ones as medium, in findings and SARIF', () => {
    const valid = [
      token('ghp', 'Rk2v9QmXw7LpZt4NcB8yHs3JdF6gUa'),
      token('gho', 'bN5xQ2wE8rT1yU4iO7pA3sD6fG9hJk'),
      token('ghs', 'Lm3Np6Qr9St2Uv5Wx8Yz1Ab4Cd7Ef0'),
    ];
    const text = [...valid.map((t) => `token = "${t}"`), `token = "${broken(valid[0]!)}"`].join('\n') + '\n';
    const bytes = Buffer.from(text);
    const rules = [...BUILTIN_RULES];
    const matches = new Matcher({ rules, allow: EMPTY_ALLOW }).scan(bytes, bytes.length, 'config/app.env');
    expect(matches.map((m) => m.ruleId)).toEqual(['github-pat', 'github-oauth-token', 'github-app-token', 'github-pat']);
    const findings = findingsOf(
      'secrets',
      rules,
      {
        counts: { scanned: 1, binary: 0, 'too-large': 0, unreadable: 0 },
        bytes: bytes.length,
        matches: [{ path: 'config/app.env', matches }],
      },
      undefined,
    );
    expect(findings.map((f) => [f.location?.startLine, f.properties?.confidence])).toEqual([
      [1, 'high'],
      [2, 'high'],
      [3, 'high'],
      [4, 'medium'],
    ]);
    const { log } = toSarif(run({ steps: [step({ id: 'secrets', kind: 'secrets', findings })] }));
    const results = log.runs.flatMap((r) => r.results ?? []);
    const byLine = results
      .map((r) => [r.locations?.[0]?.physicalLocation?.region?.startLine, r.properties?.confidence] as const)
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    expect(byLine).toEqual([
      [1, 'high'],
      [2, 'high'],
      [3, 'high'],
      [4, 'medium'],
    ]);
    // The secret never reaches the report unredacted.
    expect(JSON.stringify(log)).not.toContain(valid[0]);
  });
});
