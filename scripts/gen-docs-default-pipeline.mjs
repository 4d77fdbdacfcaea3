// Rewrites README.md's default-pipeline sentence (between the default-pipeline markers) from the registry,
// via the built lib/ (`npm run schema` builds first). tests/doors/docs-truth.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withDefaultPipelineDoc } from '../lib/config/default-pipeline.js';

const readme = path.resolve(import.meta.dirname, '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withDefaultPipelineDoc(before);
if (after !== before) writeFileSync(readme, after);
console.log(after === before ? 'README.md default pipeline is up to date' : 'updated the default pipeline in README.md');
