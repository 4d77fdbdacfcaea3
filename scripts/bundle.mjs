// Builds the committed bundles: tsc compiles src/ to lib/, then ncc bundles each entry (ESM) into dist/.
// Entries share dist/ so a worker can sit beside the bundle that starts it; ncc writes each build to a
// scratch folder first because every build emits its own licenses file and package.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// --out DIR builds the same bundle into DIR (a scratch build for a benchmark or a test), compiling into a
// folder of its own (under lib/, so packages resolve from node_modules) and leaving dist/ alone.
const outAt = process.argv.indexOf('--out');
const outDir = outAt > 0 ? path.resolve(process.argv[outAt + 1] ?? '') : undefined;
// The folder is emptied first: never the repository or a folder holding it.
if (outDir && !path.relative(outDir, root).startsWith('..'))
  throw new Error(`bundle --out ${outDir}: give a folder that does not hold the repository`);
if (outDir) mkdirSync(path.join(root, 'lib'), { recursive: true });
const lib = outDir ? mkdtempSync(path.join(root, 'lib', '.bundle-')) : path.join(root, 'lib');
if (outDir) process.on('exit', () => rmSync(lib, { recursive: true, force: true }));
const ENTRIES = [
  // Both doors: the action runs dist/index.js; the CLI shim below imports it.
  { entry: path.relative(root, path.join(lib, 'index.js')), out: 'index.js' },
  // The secret scanner's worker threads load this file from beside the bundle that starts them.
  { entry: path.relative(root, path.join(lib, 'checks', 'secrets', 'worker.js')), out: 'secrets-worker.js' },
];

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
try {
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', ...(outDir ? ['--outDir', lib] : [])], { cwd: root, stdio: 'inherit' });
} catch (err) {
  // tsc emits despite type errors; a scratch build goes on with a warning (the tree may be mid-edit), a real one stops.
  if (!outDir || typeof err.status !== 'number') throw err;
  console.error('bundle --out: tsc reported errors (above); bundling what it emitted');
}

// --check builds into a scratch folder and fails if it differs from the committed dist/ (CI's check-dist).
const check = process.argv.includes('--check');
const committed = path.join(root, 'dist');
const dist = outDir ?? (check ? path.join(root, 'lib', '.dist-check') : committed);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const licenses = new Map();
for (const { entry, out } of ENTRIES) {
  const scratch = path.join(lib, '.ncc', path.basename(out, '.js'));
  rmSync(scratch, { recursive: true, force: true });
  execFileSync(bin('ncc'), ['build', entry, '-o', scratch, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const file of readdirSync(scratch)) {
    if (file === 'licenses.txt') {
      // ncc separates packages with a blank line before each "name\nlicense" block; keep each once.
      for (const block of readFileSync(path.join(scratch, file), 'utf8').split(/\n\n(?=\S+\n)/))
        licenses.set(block.split('\n')[0], block.trim());
    } else if (file === 'index.js') {
      cpSync(path.join(scratch, file), path.join(dist, out));
    } else if (file !== 'package.json') {
      if (existsSync(path.join(dist, file))) throw new Error(`bundle: two entries emit ${file}; rename one`);
      cpSync(path.join(scratch, file), path.join(dist, file), { recursive: true });
    }
  }
}
// The CLI door: the same bundle, marked, so the two doors cannot drift apart.
writeFileSync(path.join(dist, 'cli.js'), "#!/usr/bin/env node\nglobalThis.runlensDoor = 'cli';\nawait import('./index.js');\n", {
  mode: 0o755,
});
const sorted = [...licenses.keys()].sort().map((k) => licenses.get(k));
writeFileSync(path.join(dist, 'licenses.txt'), sorted.join('\n\n') + '\n');
// `runlens init --template` reads its templates (data) from beside the bundle.
cpSync(path.join(root, 'pipeline-templates'), path.join(dist, 'pipeline-templates'), { recursive: true });
// Tells Node the bundles are ESM wherever dist/ is copied.
writeFileSync(path.join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');

if (check) {
  const list = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);
  const built = list(dist);
  const ours = list(committed);
  const differ = [...new Set([...built, ...ours])].filter((f) => {
    const a = path.join(dist, f);
    const b = path.join(committed, f);
    if (!existsSync(a) || !existsSync(b)) return true;
    try {
      return !readFileSync(a).equals(readFileSync(b));
    } catch {
      return false; // a folder on both sides
    }
  });
  if (differ.length) {
    console.error(
      `dist/ is stale (${differ.length} files differ: ${differ.slice(0, 5).join(', ')}): run \`npm run bundle\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ is in sync with src/.');
}
