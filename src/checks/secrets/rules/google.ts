// Google
import type { SecretRule } from '../rule.js';
import { KEY_BODY, prefixed } from './shape.js';

export const GOOGLE_RULES: readonly SecretRule[] = [
  prefixed('google-api-key', 'Google API key', 'google', 'high', 'AIza[0-9A-Za-z_-]{35}', ['AIza']),
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key',
    description: 'The private key of a service account key file (JSON).',
    provider: 'gcp-service-account',
    severity: 'critical',
    regex: String.raw`"private_key"\s*:\s*"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)${KEY_BODY}-----END (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)?)"`,
    keywords: ['"private_key"'],
    window: 'keyword',
    noPlaceholderCheck: true,
  },
  prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'google', 'high', 'GOCSPX-[A-Za-z0-9_-]{28}', ['GOCSPX-']),
  prefixed('google-oauth-access-token', 'Google OAuth access token', 'google', 'medium', String.raw`ya29\.[0-9A-Za-z_-]{30,}`, ['ya29.']),
  prefixed('google-oauth-refresh-token', 'Google OAuth refresh token', 'google', 'high', '1//0[0-9A-Za-z_-]{40,}', ['1//0']),
];
