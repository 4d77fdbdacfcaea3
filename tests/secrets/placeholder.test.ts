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
