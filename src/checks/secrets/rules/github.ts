// GitHub (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/)
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

// The classic formats end in a CRC32 of their random part (checksum.ts); `github_pat_` documents none.
const CHECKSUM = { checksum: 'github' } as const;

export const GITHUB_RULES: readonly SecretRule[] = [
  prefixed('github-pat', 'GitHub personal access token (classic)', 'github', 'critical', 'ghp_[A-Za-z0-9]{36}', ['ghp_'], CHECKSUM),
  prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'github', 'critical', 'github_pat_[A-Za-z0-9_]{82}', [
    'github_pat_',
  ]),
  prefixed('github-oauth-token', 'GitHub OAuth access token', 'github', 'high', 'gho_[A-Za-z0-9]{36}', ['gho_'], CHECKSUM),
  prefixed(
    'github-app-token',
    'GitHub App user-to-server or installation token',
    'github',
    'high',
    'gh[us]_[A-Za-z0-9]{36}',
    ['ghu_', 'ghs_'],
    CHECKSUM,
  ),
  prefixed('github-refresh-token', 'GitHub App refresh token', 'github', 'high', 'ghr_[A-Za-z0-9]{36,76}', ['ghr_'], CHECKSUM),
];
