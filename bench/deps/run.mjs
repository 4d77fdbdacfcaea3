// Dependency-check benchmark: runlens's `deps` check vs osv-scanner on the same lockfiles and the SAME
// offline database, in one run, on this machine.
//
// Database: every record of the shared OSV corpus (../shared/osv, 7,045 real records), zipped per
// ecosystem as osv.dev publishes it (build-db.mjs); osv-scanner reads it through
// OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY with --offline-vulnerabilities, runlens through `source:`.
// Lockfiles: inputs.mjs (committed fixtures, this repository's package-lock.json, and two large
// generated lockfiles). Each tool runs as its own process per input set (start-up included), --runs
// times (default 3) after one warm-up; the median counts.
//
// Agreement: the sets of (ecosystem, package, version, advisory id) each tool reports, per ecosystem; names compared after each ecosystem's normalisation (PyPI: PEP 503, as both tools do).
//
//   node bench/deps/run.mjs [--runs N] [--skip-build] [--osv DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDatabase } from './build-db.mjs';
import { buildInputs } from './inputs.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = path.join(root, 'bench', '.work', 'deps');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 3));
const corpus = path.resolve(option('--osv', path.join(root, '..', 'shared', 'osv')));
mkdirSync(work, { recursive: true });

const tools = process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools');
const osvScanner = path.join(tools, 'bin', 'osv-scanner');
if (!existsSync(osvScanner)) {
  console.error('osv-scanner is not installed: run scripts/install-tools.sh osv-scanner');
  process.exit(1);
}
if (!existsSync(corpus)) {
  console.error(`the OSV corpus ${corpus} is missing (pass --osv DIR)`);
  process.exit(1);
}
if (!args.includes('--skip-build')) {
  console.log('compiling src/ → lib/ (tsc -p tsconfig.build.json)…');
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}

const db = path.join(work, 'db');
const counts = buildDatabase(corpus, db);
// Outside the clone: both tools honour .gitignore, and bench/.work is ignored.
const inputs = path.join(os.tmpdir(), 'runlens-bench-deps-lockfiles');
const generated = buildInputs(root, corpus, inputs);
console.log(
  `database: ${Object.entries(counts)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ')} records (zipped per ecosystem, ${db})`,
);
console.log(`generated: requirements.txt with ${generated.pypi} PyPI pins, go.mod with ${generated.go} Go modules`);
console.log(
  `machine: ${os.availableParallelism()} CPUs, node ${process.version}, ${execFileSync(osvScanner, ['--version']).toString().split('\n')[0]}`,
);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pep503 = (n) => n.replace(/[-_.]+/g, '-').toLowerCase();
const norm = (eco, name) => (eco === 'PyPI' ? pep503(name) : name);
const goV = (eco, v) => (eco === 'Go' ? v.replace(/^v/, '') : v);

// runlens keeps an index of each database zip in its cache dir: `cold` starts from an empty one.
const warmCache = path.join(work, 'cache');
rmSync(warmCache, { recursive: true, force: true });

function runRunlens(dir, cold = false) {
  const cache = cold ? path.join(work, `cold-cache-${Math.random().toString(36).slice(2)}`) : warmCache;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(import.meta.dirname, 'runlens-scan.mjs'), dir, db, cache], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (cold) rmSync(cache, { recursive: true, force: true });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`runlens scan failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  if (out.status !== 'passed') console.log(`  (runlens step ${out.status}: ${out.error})`);
  const set = new Set();
  for (const f of out.findings)
    for (const id of f.advisories) set.add(JSON.stringify([f.ecosystem, norm(f.ecosystem, f.name), goV(f.ecosystem, f.version), id]));
  return { ms, set, checkMs: out.checkMs };
}

function runOsvScanner(dir) {
  const t0 = performance.now();
  const r = spawnSync(
    osvScanner,
    ['scan', 'source', '--offline-vulnerabilities', '--no-resolve', '--no-call-analysis=all', '--all-vulns', '--format', 'json', '-r', dir],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: db } },
  );
  const ms = performance.now() - t0;
  // exit 1: vulnerabilities found; 128: no packages found
  if (r.status !== 0 && r.status !== 1 && r.status !== 128) throw new Error(`osv-scanner exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const set = new Set();
  const out = r.stdout.trim() ? JSON.parse(r.stdout) : { results: [] };
  for (const res of out.results ?? []) {
    for (const p of res.packages ?? []) {
      const eco = p.package.ecosystem;
      for (const v of p.vulnerabilities ?? []) set.add(JSON.stringify([eco, norm(eco, p.package.name), goV(eco, p.package.version), v.id]));
    }
  }
  return { ms, set };
}

const sets = [
  ['fixtures (package managers)', path.join(inputs, 'fixtures')],
  ['runlens package-lock.json', path.join(inputs, 'runlens')],
  ['generated requirements.txt', path.join(inputs, 'generated-pypi')],
  ['generated go.mod', path.join(inputs, 'generated-go')],
];

const rows = [];
const perEco = new Map();
const disagreements = [];
let totalOurs = 0;
let totalCold = 0;
let totalTheirs = 0;
for (const [label, dir] of sets) {
  runRunlens(dir);
  runOsvScanner(dir); // warm-up (page cache, JIT)
  const ours = [];
  const oursCheck = [];
  const cold = [];
  const theirs = [];
  let a;
  let b;
  for (let i = 0; i < RUNS; i++) {
    a = runRunlens(dir);
    ours.push(a.ms);
    oursCheck.push(a.checkMs);
    cold.push(runRunlens(dir, true).ms);
    b = runOsvScanner(dir);
    theirs.push(b.ms);
  }
  const o = median(ours);
  const t = median(theirs);
  const c = median(cold);
  totalOurs += o;
  totalCold += c;
  totalTheirs += t;
  rows.push([
    label,
    String(a.set.size),
    String(b.set.size),
    `${o.toFixed(0)} ms`,
    `${median(oursCheck).toFixed(0)} ms`,
    `${c.toFixed(0)} ms`,
    `${t.toFixed(0)} ms`,
    `${(o / t).toFixed(2)}×`,
    `${(c / t).toFixed(2)}×`,
  ]);
  for (const k of new Set([...a.set, ...b.set])) {
    const [eco] = JSON.parse(k);
    const e = perEco.get(eco) ?? { both: 0, onlyRunlens: 0, onlyOsv: 0 };
    if (a.set.has(k) && b.set.has(k)) e.both++;
    else if (a.set.has(k)) {
      e.onlyRunlens++;
      disagreements.push(`only runlens: ${label}: ${k}`);
    } else {
      e.onlyOsv++;
      disagreements.push(`only osv-scanner: ${label}: ${k}`);
    }
    perEco.set(eco, e);
  }
}

const table = (head, body) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  console.log(head.map((h, i) => h.padEnd(widths[i])).join('  '));
  for (const r of body) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
};
console.log('');
table(
  ['input', 'runlens tuples', 'osv-scanner tuples', 'runlens', '(its check)', 'runlens cold', 'osv-scanner', 'ratio', 'cold ratio'],
  rows,
);
console.log(
  `load average: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (2 cores shared with other work: wall times are noisy)`,
);
console.log(
  `\ntotal: runlens ${totalOurs.toFixed(0)} ms (cold, no zip index yet: ${totalCold.toFixed(0)} ms), osv-scanner ${totalTheirs.toFixed(0)} ms: ` +
    `ratio ${(totalOurs / totalTheirs).toFixed(2)}× (cold ${(totalCold / totalTheirs).toFixed(2)}×; goal ≤ 0.5×), medians of ${RUNS} runs`,
);
console.log('times are whole processes (node start-up and module loading included); "(its check)" is runDeps alone');
console.log('\nagreement per ecosystem, (package, version, advisory) tuples:');
table(
  ['ecosystem', 'both', 'only runlens', 'only osv-scanner', 'agreement'],
  [...perEco]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([eco, e]) => [
      eco,
      String(e.both),
      String(e.onlyRunlens),
      String(e.onlyOsv),
      `${((100 * e.both) / Math.max(1, e.both + e.onlyRunlens + e.onlyOsv)).toFixed(1)}%`,
    ]),
);
if (disagreements.length) {
  console.log(`\ndisagreements (${disagreements.length}; explained in bench/deps/README.md):`);
  for (const d of disagreements.slice(0, Number(option('--show', 60)))) console.log(`  ${d}`);
  if (disagreements.length > Number(option('--show', 60))) console.log(`  … ${disagreements.length - Number(option('--show', 60))} more`);
}
