import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isNonSecretValue } from '../../src/checks/secrets/placeholder.js';

describe('telling values that are not secrets from secrets', () => {
  it('takes real paths for paths', () => {
    for (const p of [
      '/usr/local/lib/node_modules',
      '/etc/ssl/certs/ca-certificates.crt',
      '~/.config/app/settings',
      './build/output/bundle',
      '/home/runner/work/shop/shop',
    ])
      expect(isNonSecretValue(p), p).toBe(true);
  });

  it('does not take a base64 key that happens to start with a slash for a path', () => {
    for (let i = 0; i < 200; i++) {
      const key = '/' + randomBytes(30).toString('base64').slice(0, 39);
      expect(isNonSecretValue(key), key).toBe(false);
    }
  });
});

describe('placeholder words', () => {
  it('drops a value with a placeholder word standing as a word, keeps a random one that spells it by chance', async () => {
    const { isPlaceholder } = await import('../../src/checks/secrets/placeholder.js');
    for (const p of [
      'AKIAIOSFODNN7EXAMPLE',
      'ghp_example0000111122223333444455556666',
      'my-dummy-token-value',
      'sk_test_FakeKey1234',
      'xoxb-sample-token',
      'sampleTokenValue',
      'aorvJYubGpU6i91YnH7Mfo-AT2fIVa1zCfA_Rvq9EXAMPLEREFRESHTOKENa1zCfA_Rvq9yjVK',
    ]) {
      expect(isPlaceholder(p), p).toBe(true);
    }
    // Random base62 that happens to contain a word mid-stream: a real token in a test file.
    for (const r of [
      'ghp_R8kq2Vw9zLmT4sAmPlEN7pXc3Jd6Hf1Gb0Ya5Es2Q',
      'AKIA4R7TQZWD2EXAMPN3XH',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJleGFtcGxlIn0.K3q9dUMmYZx7Vb2Nw8Lp5Rt1Ys6Hc4Gf0Ja',
    ]) {
      expect(isPlaceholder(r), r).toBe(false);
    }
  });
});

describe('values that are code, not keys', () => {
  it('takes the source of a regular expression for a pattern, not a secret', () => {
    expect(isNonSecretValue('(?:secret|token|key|pass(?:word|wd)?|pwd|auth|credential|cred)')).toBe(true);
    expect(isNonSecretValue('^(?=.*[A-Z])(?=.*\\d)[A-Za-z\\d]{12,}$')).toBe(true);
    // A key may hold `(` and `?`; only the `(?` of a group marks a pattern.
    expect(isNonSecretValue('x7Kq2?Lm9Xv4(Tz8Np3Bw6Yc1Hd5Fj0Gs')).toBe(false);
  });
});
