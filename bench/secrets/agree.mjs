// Agreement with gitleaks on large real trees, end to end through both CLIs (start-up included):
//   npm  — the node_modules tree of build-tree.mjs (published npm packages, ≈ 240 MB);
//   go   — published Go modules from the Go module proxy whose tests and docs are full of example credentials
//          (trivy's secret-scanner fixtures, golang.org/x/crypto and oauth2 test keys, the AWS SDK's docs).
// Per rule family: findings on the same file and lines by both tools, by runlens only, by gitleaks only, and
// the largest "only gitleaks" groups by gitleaks rule (paths only: no secret is printed). Throughput is tree
// bytes / wall time of `runlens run` (compiled lib/, Node 24) and of `gitleaks dir`.
//
//   npx node bench/secrets/agree.mjs [--tree npm|go] [--runs N] [--skip-build]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTree, treeBytes } from './build-tree.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = path.join(root, 'bench', '.work', 'secrets');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(arg('--runs', 3));
const TREES = arg('--tree', 'npm,go').split(',');
const MAX_MB = 10;
mkdirSync(work, { recursive: true });

const tools = process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools');
const gitleaks = path.join(tools, 'bin', 'gitleaks');
if (!existsSync(gitleaks)) {
  console.error('gitleaks is not installed: run scripts/install-tools.sh gitleaks');
  process.exit(1);
}
if (!args.includes('--skip-build')) {
  console.log('compiling src/ → lib/ (tsc -p tsconfig.build.json)…');
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}
const lib = (p) => pathToFileURL(path.join(root, 'lib', p)).href;
const { RULE_FAMILIES } = await import(lib('checks/secrets/rules.js'));
const { GITLEAKS_COVERAGE } = await import(lib('checks/secrets/gitleaks-coverage.js'));
const familyOfRule = new Map(Object.entries(RULE_FAMILIES).flatMap(([family, rules]) => rules.map((r) => [r.id, family])));
const familyOfGitleaks = (id) => familyOfRule.get(GITLEAKS_COVERAGE[id]?.[0]) ?? `(gitleaks ${id})`;

// Published Go modules, fetched through the Go module proxy (no-op when already in the module cache).
const GO_MODULES = [
  'github.com/aquasecurity/trivy@v0.74.0',
  'golang.org/x/crypto@v0.57.0',
  'golang.org/x/oauth2@v0.36.0',
  'github.com/aws/smithy-go@v1.27.6',
  'github.com/aws/aws-sdk-go-v2@v1.43.4',
];
function goTree() {
  const dir = path.join(work, 'go-tree');
  const stamp = path.join(work, 'go-tree.stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GO_MODULES.join(',')) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const m of GO_MODULES) {
    const r = spawnSync('go', ['mod', 'download', '-json', m], { encoding: 'utf8' });
    const info = JSON.parse(r.stdout || '{}');
    if (!info.Dir) throw new Error(`go mod download ${m}: ${info.Error ?? r.stderr}`);
    const to = path.join(dir, m.replace(/[@/]/g, '_'));
    cpSync(info.Dir, to, { recursive: true });
    makeWritable(to);
  }
  writeFileSync(stamp, GO_MODULES.join(','));
  return dir;
}
function makeWritable(dir) {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) makeWritable(p);
    else if (e.isFile()) chmodSync(p, statSync(p).mode | 0o200);
  }
}

const node24 = path.join(root, 'node_modules', 'node', 'bin', 'node');
const node = existsSync(node24) ? node24 : process.execPath;
const config = path.join(work, 'agree.runlens.yml');
writeFileSync(
  config,
  `version: 1\nsteps:\n  secrets:\n    uses: secrets\n    with:\n      gitignore: false\n      history: off\n      max-file-size: ${MAX_MB}MB\n`,
);

function runRunlens(dir, out) {
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(node, [path.join(root, 'lib', 'cli.js'), 'run', '-c', config, '-o', out, '--fail-on', 'none'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CI: '', GITHUB_ACTIONS: '', GITLAB_CI: '' },
  });
  const ms = performance.now() - t0;
  const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
  if (!run.steps?.[0]) throw new Error(`runlens failed: ${r.stderr}`);
  // Finding paths are relative to the repository root, which holds bench/.work/: make them relative to the tree.
  const prefix = `${path.relative(root, dir)}/`;
  const findings = run.steps[0].findings.map((f) => ({
    file: f.location.path.startsWith(prefix) ? f.location.path.slice(prefix.length) : f.location.path,
    line: f.location.startLine,
    endLine: f.location.endLine ?? f.location.startLine,
    rule: f.ruleId,
  }));
  return { ms, findings };
}

function runGitleaks(dir, report) {
  const t0 = performance.now();
  const r = spawnSync(
    gitleaks,
    [
      'dir',
      '.',
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
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`gitleaks exited ${r.status}`);
  // Only places and rule ids are kept: the report's Secret and Match fields never leave this function.
  const findings = JSON.parse(readFileSync(report, 'utf8')).map((f) => ({
    file: f.File.replace(/^\.\//, ''),
    line: f.StartLine,
    endLine: f.EndLine,
    rule: f.RuleID,
  }));
  rmSync(report, { force: true });
  return { ms, findings };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function agreement(ours, theirs) {
  const byFile = new Map();
  for (const g of theirs) (byFile.get(g.file) ?? byFile.set(g.file, []).get(g.file)).push(g);
  const matched = new Set();
  const rows = new Map();
  const row = (family) => rows.get(family) ?? rows.set(family, { both: 0, runlens: 0, gitleaks: 0 }).get(family);
  for (const r of ours) {
    const same = (byFile.get(r.file) ?? []).filter((g) => g.line <= r.endLine && g.endLine >= r.line);
    same.forEach((g) => matched.add(g));
    row(familyOfRule.get(r.rule) ?? '(custom)')[same.length ? 'both' : 'runlens']++;
  }
  const onlyGitleaks = theirs.filter((g) => !matched.has(g));
  for (const g of onlyGitleaks) row(familyOfGitleaks(g.rule)).gitleaks++;
  const groups = new Map();
  for (const g of onlyGitleaks) {
    const k = g.rule;
    const e = groups.get(k) ?? groups.set(k, { n: 0, dirs: new Map() }).get(k);
    e.n++;
    const d = g.file.split('/').slice(0, 4).join('/');
    e.dirs.set(d, (e.dirs.get(d) ?? 0) + 1);
  }
  return { rows, groups, onlyGitleaks: onlyGitleaks.length };
}

const results = {};
for (const name of TREES) {
  const dir = name === 'npm' ? buildTree(work) : goTree();
  const size = treeBytes(dir);
  const mb = size.bytes / 1e6;
  console.log(`\n## tree ${name}: ${size.files.toLocaleString('en-US')} files, ${mb.toFixed(1)} MB (${path.relative(root, dir)})`);
  const out = path.join(work, `agree-out-${name}`);
  runRunlens(dir, out); // warm-up: page cache
  const times = [];
  let ours;
  for (let i = 0; i < RUNS; i++) {
    ours = runRunlens(dir, out);
    times.push(ours.ms);
  }
  const theirs = runGitleaks(dir, path.join(os.tmpdir(), `gitleaks-agree-${process.pid}.json`));
  const oursMs = median(times);
  console.log(
    `runlens CLI : ${(oursMs / 1000).toFixed(2)} s  ${(mb / (oursMs / 1000)).toFixed(1)} MB/s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(' ')})`,
  );
  console.log(`gitleaks dir: ${(theirs.ms / 1000).toFixed(2)} s  ${(mb / (theirs.ms / 1000)).toFixed(1)} MB/s`);
  console.log(`ratio       : runlens is ${(theirs.ms / oursMs).toFixed(1)}× gitleaks end to end (goal ≥ 10×)`);
  const a = agreement(ours.findings, theirs.findings);
  console.log(`findings    : runlens ${ours.findings.length}, gitleaks ${theirs.findings.length}`);
  console.log('\n| family | both | only runlens | only gitleaks |\n|---|---:|---:|---:|');
  for (const [family, r] of [...a.rows].sort(
    (x, y) => y[1].both + y[1].runlens + y[1].gitleaks - (x[1].both + x[1].runlens + x[1].gitleaks),
  )) {
    console.log(`| ${family} | ${r.both} | ${r.runlens} | ${r.gitleaks} |`);
  }
  console.log(`\nlargest "only gitleaks" groups (gitleaks rule: count — where):`);
  for (const [rule, g] of [...a.groups].sort((x, y) => y[1].n - x[1].n).slice(0, 10)) {
    const where = [...g.dirs]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 3)
      .map(([d, n]) => `${d} (${n})`)
      .join(', ');
    console.log(`  ${rule}: ${g.n} — ${where}`);
  }
  results[name] = {
    mb,
    runlensMs: oursMs,
    gitleaksMs: theirs.ms,
    rows: Object.fromEntries(a.rows),
    onlyGitleaks: Object.fromEntries([...a.groups].map(([k, g]) => [k, g.n])),
  };
}
writeFileSync(path.join(work, 'agree.json'), JSON.stringify(results, null, 1));
