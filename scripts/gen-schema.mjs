// Writes schema/runlens.schema.json from the built lib/ (`npm run schema` builds first).
// tests/config/json-schema.test.ts fails when the committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configJsonSchema } from '../lib/config/json-schema.js';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'schema', 'runlens.schema.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path.relative(root, out)}`);
