import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The layers of src/, bottom to top (docs/architecture.md): a file imports only from its own layer or below.
// Types included: a type import up the stack is the same dependency, and the same picture drawn wrong.
const LAYERS = [
  'base',
  'model',
  'findings',
  'ingest',
  'checks',
  'secret-stores',
  'config',
  'engine',
  'telemetry',
  'report',
  'platform',
  'commands',
];
// The doors (src/*.ts: main.ts, cli.ts, run.ts, index.ts …) sit on top of everything; nothing below imports them.
const layerZones = LAYERS.map((layer, i) => ({
  target: `./src/${layer}/**`,
  from: [...LAYERS.slice(i + 1).map((above) => `./src/${above}/**`), './src/*.ts'],
  message: `src/${layer} sits below what it imports here: move the shared piece down (docs/architecture.md, "Layers").`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'node_modules/',
      'bench/.work/',
      'coverage/',
      'examples/**/node_modules/',
      '**/.runlens/',
      'tests/fixtures/**/corpus/**',
      // Fixture repositories for `runlens init`, with eslint configs of their own.
      'tests/fixtures/init/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Sources import `./x.js` for `./x.ts` (NodeNext): resolve the way tsc does.
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      // An import the resolver cannot follow would slip past the layer rule: every one must resolve.
      'import-x/no-unresolved': ['error', { ignore: ['^node:'] }],
    },
  },
);
