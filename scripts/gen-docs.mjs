// Rewrites the runlens.yml reference table in README.md (between the config-reference markers) from the
// built lib/ (`npm run schema` builds first). tests/config-reference.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withConfigReference } from '../lib/config/reference.js';

const root = path.resolve(import.meta.dirname, '..');
const readme = path.join(root, 'README.md');
try {
  const before = readFileSync(readme, 'utf8');
  const after = withConfigReference(before);
  if (after !== before) writeFileSync(readme, after);
  console.log(after === before ? 'README.md reference table is up to date' : 'updated the reference table in README.md');
} catch (err) {
  console.error(`gen-docs: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
