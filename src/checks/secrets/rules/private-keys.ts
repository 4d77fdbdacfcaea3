// Private keys
import type { SecretRule } from '../rule.js';
import { pemKey, prefixed } from './shape.js';

export const PRIVATE_KEYS_RULES: readonly SecretRule[] = [
  prefixed('age-secret-key', 'age secret key', 'private-key', 'critical', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', [
    'AGE-SECRET-KEY-1',
  ]),
  pemKey('private-key-rsa', 'RSA private key', 'RSA PRIVATE KEY'),
  pemKey('private-key-ec', 'EC private key', 'EC PRIVATE KEY'),
  pemKey('private-key-dsa', 'DSA private key', 'DSA PRIVATE KEY'),
  pemKey('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY'),
  pemKey('private-key-pkcs8', 'PKCS#8 private key', 'PRIVATE KEY'),
  pemKey('private-key-pkcs8-encrypted', 'Encrypted PKCS#8 private key', 'ENCRYPTED PRIVATE KEY', 'high'),
  pemKey('pgp-private-key', 'PGP private key block', 'PGP PRIVATE KEY BLOCK'),
  {
    id: 'putty-private-key',
    title: 'PuTTY private key',
    description: 'A PuTTY .ppk private key.',
    provider: 'private-key',
    severity: 'critical',
    regex: String.raw`PuTTY-User-Key-File-[23]:[\s\S]{0,2000}?Private-Lines:\s*[0-9]+\s+([A-Za-z0-9+/=\s]{64,}?)\s*Private-(?:MAC|Hash)`,
    keywords: ['putty-user-key-file-'],
    window: 'keyword',
    noPlaceholderCheck: true,
  },
];
