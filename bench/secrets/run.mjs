// Secrets benchmark: runlens's built-in scanner vs `gitleaks dir` on the same large real-world tree
// (node_modules of popular packages, ≥ 150 MB; see build-tree.mjs), in one run, on this machine.
//
// runlens runs from the compiled library (`tsc -p tsconfig.build.json` → lib/, rebuilt here), through
// scanSecrets — the function the `secrets` check calls — with worker threads, as in a real step.
// gitleaks is the binary scripts/install-tools.sh builds from the Go module proxy.
// Both scan every file up to the same size limit; .gitignore handling is off for runlens (gitleaks dir
// does not read .gitignore) so both do the same work. runlens's figure is the median of --runs runs (default
// 3) after a warm-up; gitleaks takes minutes on this tree, so it runs --gitleaks-runs times (default 1),
// after runlens has warmed the page cache for both. Throughput is tree bytes / wall time.
//
// Also: accuracy on the labelled corpus (tests/fixtures/secrets) for both tools, and the number of
// findings each reports on the tree (node_modules holds no real credentials: a proxy for false positives).
//
//   node bench/secrets/run.mjs [--runs N] [--gitleaks-runs N] [--skip-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTree, treeBytes } from './build-tree.mjs';
import { scoreCorpus } from './score.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = path.join(root, 'bench', '.work', 'secrets');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const RUNS = option('--runs', 3);
const GITLEAKS_RUNS = option('--gitleaks-runs', 1);
const MAX_MB = 10;
mkdirSync(work, { recursive: true });

const tools = process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools');
const gitleaks = path.join(tools, 'bin', 'gitleaks');
if (!existsSync(gitleaks)) {
  console.error(`gitleaks is not installed: run scripts/install-tools.sh gitleaks`);
  process.exit(1);
}

if (!args.includes('--skip-build')) {
  console.log('compiling src/ → lib/ (tsc -p tsconfig.build.json)…');
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}
const lib = (p) => pathToFileURL(path.join(root, 'lib', p)).href;
const { scanSecrets } = await import(lib('checks/secrets/scan.js'));
const { secretsOptions } = await import(lib('checks/secrets/options.js'));

const tree = buildTree(work);
const size = treeBytes(tree);
const mb = size.bytes / 1e6;
console.log(`tree: ${size.files.toLocaleString('en-US')} files, ${mb.toFixed(1)} MB (${tree})`);
console.log(
  `machine: ${os.availableParallelism()} CPUs, node ${process.version}, ${execFileSync(gitleaks, ['version']).toString().trim()} (gitleaks)`,
);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function runlens(dir, options = {}) {
  const t0 = performance.now();
  const r = await scanSecrets({
    stepId: 'secrets',
    workspace: dir,
    cwd: dir,
    options: secretsOptions.parse({ gitignore: false, 'max-file-size': `${MAX_MB}MB`, history: 'off', ...options }),
    platform: { kind: 'local' },
    signal: new AbortController().signal,
    skipDirs: [],
    log: () => undefined,
    mask: () => undefined,
    phase: (_n, fn) => fn(),
  });
  return { ms: performance.now() - t0, result: r };
}

function runGitleaks(dir, report) {
  const t0 = performance.now();
  const r = spawnSync(
    gitleaks,
    [
      'dir',
      dir,
      '--no-banner',
      '--log-level',
      'error',
      '--max-target-megabytes',
      String(MAX_MB),
      '--report-format',
      'json',
      '--report-path',
      report,
      '--exit-code',
      '0',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`gitleaks exited ${r.status}`);
  return { ms, findings: JSON.parse(readFileSync(report, 'utf8')) };
}

// --- throughput ---
const glReport = path.join(work, 'gitleaks-tree.json');
await runlens(tree); // warm-up: page cache, JIT
const ours = [];
let last;
for (let i = 0; i < RUNS; i++) {
  last = await runlens(tree);
  ours.push(last.ms);
}
const theirs = [];
let glLast;
for (let i = 0; i < GITLEAKS_RUNS; i++) {
  glLast = runGitleaks(tree, glReport);
  theirs.push(glLast.ms);
}
const oursMs = median(ours);
const theirsMs = median(theirs);
const s = last.result.stats;
console.log('');
console.log(
  `runlens  : ${(oursMs / 1000).toFixed(2)} s  ${(mb / (oursMs / 1000)).toFixed(1)} MB/s  (${s.files} files / ${(s.bytes / 1e6).toFixed(1)} MB scanned, ${s.binary} binary + ${s.tooLarge} > ${MAX_MB} MB skipped, ${s.workers} workers, runs: ${ours.map((x) => (x / 1000).toFixed(2)).join(' ')})`,
);
console.log(
  `gitleaks : ${(theirsMs / 1000).toFixed(2)} s  ${(mb / (theirsMs / 1000)).toFixed(1)} MB/s  (runs: ${theirs.map((x) => (x / 1000).toFixed(2)).join(' ')})`,
);
console.log(`ratio    : runlens is ${(theirsMs / oursMs).toFixed(2)}× gitleaks' throughput (goal ≥ 2×)`);

// In-thread, for the record: what the worker threads buy on this machine.
const single = await runlens(tree, { workers: 0 });
console.log(`runlens in one thread (workers: 0): ${(single.ms / 1000).toFixed(2)} s  ${(mb / (single.ms / 1000)).toFixed(1)} MB/s`);

// --- findings on the tree: no real credentials live in these packages ---
const byRule = (items, key) => {
  const m = new Map();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
};
console.log('');
console.log(`findings on the tree (published packages; essentially all false positives or test fixtures):`);
console.log(`  runlens : ${last.result.findings.length}  (${byRule(last.result.findings, (f) => f.ruleId)})`);
console.log(`  gitleaks: ${glLast.findings.length}  (${byRule(glLast.findings, (f) => f.RuleID)})`);

// --- accuracy on the labelled corpus ---
console.log('');
const corpus = await scoreCorpus({ runlens: async (dir) => (await runlens(dir)).result.findings, gitleaks, work });
for (const line of corpus.lines) console.log(line);
