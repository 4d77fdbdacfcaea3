// Rewrites the generated parts of README.md from the built lib/ (`npm run schema` builds first): the
// runlens.yml reference table (config-reference markers), the table of built-in checks (checks markers)
// and the table of secret stores (secret-stores markers).
// tests/config/reference.test.ts and tests/config/checks-doc.test.ts fail when they are stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withChecksTable } from '../lib/config/checks-doc.js';
import { withConfigReference } from '../lib/config/reference.js';
import { withStoresTable } from '../lib/config/stores-doc.js';

const root = path.resolve(import.meta.dirname, '..');
const readme = path.join(root, 'README.md');
try {
  const before = readFileSync(readme, 'utf8');
  const readmeOf = (kind) => {
    const rel = `src/checks/${kind}/README.md`;
    return existsSync(path.join(root, rel)) ? rel : undefined;
  };
  const after = withStoresTable(withChecksTable(withConfigReference(before), readmeOf));
  if (after !== before) writeFileSync(readme, after);
  console.log(after === before ? 'README.md generated tables are up to date' : 'updated the generated tables in README.md');
} catch (err) {
  console.error(`gen-docs: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
