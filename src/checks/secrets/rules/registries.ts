// Package registries
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

export const REGISTRIES_RULES: readonly SecretRule[] = [
  prefixed('npm-access-token', 'npm access token', 'npm', 'critical', 'npm_[A-Za-z0-9]{36}', ['npm_']),
  {
    id: 'npmrc-auth-token',
    title: 'npm registry auth token in .npmrc',
    description: 'A registry `_authToken` written out rather than read from the environment.',
    provider: 'npm',
    severity: 'critical',
    regex: String.raw`(?<=:)_authToken(?:\s*=\s*|\s+)["']?([^\s"'$]{16,})`,
    window: 'keyword',
    keywords: ['_authtoken'],
    entropy: 3,
  },
  prefixed(
    'pypi-upload-token',
    'PyPI upload token',
    'pypi',
    'critical',
    String.raw`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}`,
    ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
  ),
  prefixed('rubygems-api-key', 'RubyGems API key', 'rubygems', 'critical', 'rubygems_[a-f0-9]{48}', ['rubygems_']),
  prefixed('nuget-api-key', 'NuGet API key', 'nuget', 'critical', 'oy2[a-z0-9]{43}', ['oy2']),
  prefixed('clojars-token', 'Clojars deploy token', 'clojars', 'high', 'CLOJARS_[a-z0-9]{60}', ['CLOJARS_']),
  prefixed('dockerhub-token', 'Docker Hub personal or organization access token', 'docker', 'high', 'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}', [
    'dckr_pat_',
    'dckr_oat_',
  ]),
  {
    id: 'docker-config-auth',
    title: 'Registry credentials in a Docker config',
    description: 'An `auths` entry with base64 `user:password` (~/.docker/config.json).',
    provider: 'docker',
    severity: 'high',
    regex: String.raw`"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"`,
    window: 'keyword',
    keywords: ['"auth"'],
    check: 'basic-auth',
  },
];
