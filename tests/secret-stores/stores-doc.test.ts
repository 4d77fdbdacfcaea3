import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStores } from '../../src/secret-stores/registry.js';
import { storesTableMarkdown, withStoresTable } from '../../src/config/stores-doc.js';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the table of secret stores', () => {
  it('has one row per registered store, the reference as code and its note as text', () => {
    const table = storesTableMarkdown([{ scheme: 'x', title: 'X | Y', syntax: 'x://<name>  (a `note`)', example: 'x://db' }]);
    expect(table.split('\n')[2]).toBe('| X \\| Y | `x://<name>` (a `note`) | `x://db` | `secret-stores.x` |');
    expect(storesTableMarkdown().split('\n').length).toBe(2 + allStores().length);
  });

  it('is current in README.md (`npm run schema` writes it)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(withStoresTable(readme), 'README.md: the table of secret stores is stale; run `npm run schema`').toBe(readme);
  });
});
