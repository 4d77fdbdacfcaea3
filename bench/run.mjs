// `npm run bench`: every capability's benchmark, one after another (each prints its own figures).
// `npm run bench -- engine` runs only bench/engine.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const only = process.argv.slice(2);
const suites = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(path.join(here, e.name, 'run.mjs')))
  .map((e) => e.name)
  .filter((name) => only.length === 0 || only.includes(name));
// Some benches measure the compiled lib/ rather than the bundle: compile it once, up front.
spawnSync(path.join(here, '..', 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
  cwd: path.join(here, '..'),
  stdio: 'inherit',
});
let failed = 0;
for (const name of suites) {
  console.log(`\n=== bench/${name} ===`);
  const r = spawnSync(process.execPath, [path.join(here, name, 'run.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
