// One runlens `deps` scan as its own process (so its time is comparable with osv-scanner's, start-up
// included): `node bench/deps/runlens-scan.mjs <dir> <offline-db> <cache-dir>` runs the check's own
// runDeps from the compiled lib/ on every lockfile under <dir> and prints {findings, ms} as JSON. The
// cache dir holds the database's zip index: an empty one makes a cold run.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OPTIONS } from './options.mjs';

const t0 = performance.now();
if (process.argv.length < 5) {
  console.error('usage: node bench/deps/runlens-scan.mjs <dir> <offline-db> <cache-dir>');
  process.exit(2);
}
const [dir, db, cacheDir] = process.argv.slice(2).map((p) => path.resolve(p));
const root = path.resolve(import.meta.dirname, '..', '..');
const lib = (p) => pathToFileURL(path.join(root, 'lib', p)).href;
const { runDeps } = await import(lib('checks/deps/run.js'));

const logs = [];
const t1 = performance.now();
const outcome = await runDeps({
  stepId: 'deps',
  cwd: dir,
  workspace: dir,
  outputDir: path.join(dir, '.runlens'),
  options: { ...OPTIONS, source: db, 'cache-dir': cacheDir },
  platform: { kind: 'local' },
  env: process.env,
  signal: new AbortController().signal,
  log: (l) => logs.push(l),
  mask: () => undefined,
  phase: (_n, fn) => fn(),
  exec: () => {
    throw new Error('not used offline');
  },
});
process.stdout.write(
  JSON.stringify({
    ms: performance.now() - t0,
    checkMs: performance.now() - t1,
    status: outcome.status ?? 'passed',
    error: outcome.error,
    logs,
    findings: outcome.findings.map((f) => ({
      lockfile: f.location?.path,
      ecosystem: f.properties.ecosystem,
      name: f.properties.package,
      version: f.properties.version,
      advisories: f.properties.advisories,
    })),
  }),
);
