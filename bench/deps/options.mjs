// depsOptions' defaults (set `source`), written out: parsing them would import zod (~0.2 s here),
// which a real run has loaded already for its runlens.yml. tests/deps/bench-options.test.ts keeps
// this object equal to depsOptions.parse({ source }).
export const OPTIONS = {
  source: '',
  'api-url': 'https://api.osv.dev',
  'api-timeout': 30_000,
  'api-retries': 4,
  'api-concurrency': 8,
  'cache-ttl': 21_600_000,
  paths: ['.'],
  exclude: [],
  'only-direct': false,
  scopes: ['runtime', 'development'],
  'new-only': false,
  'unknown-severity': 'medium',
  ignore: [],
};
