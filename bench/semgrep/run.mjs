// Semgrep benchmark: runlens's `semgrep` step vs `semgrep scan` called directly, on the same real
// codebase (Django's source, pinned, from PyPI) with the same rules (bench/semgrep/rules.yml), in one run.
//
// Both are timed from outside as whole processes: runlens's step runs in its own Node process
// (runlens-step.mjs: the check from the compiled lib/, the engine's real exec, JSON parsing, findings,
// fingerprints, snippets); semgrep gets the argv runlens gives it. Rounds alternate which goes first, so
// page cache and machine load fall on both alike. Goal: runlens adds < 3% wall time.
//
//   node bench/semgrep/run.mjs [--rounds N] [--skip-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DJANGO = '5.1.4';
const root = path.resolve(import.meta.dirname, '..', '..');
const work = path.join(root, 'bench', '.work', 'semgrep');
const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
const rules = path.join(import.meta.dirname, 'rules.yml');
const bin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');
const semgrep = path.join(bin, 'semgrep');
if (!existsSync(semgrep)) {
  console.error('semgrep is not installed: run scripts/install-tools.sh semgrep');
  process.exit(1);
}
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };

// The target: Django's sdist, unpacked as a git checkout (semgrep scans what git tracks, as in CI).
mkdirSync(work, { recursive: true });
const tree = path.join(work, `Django-${DJANGO}`);
if (!existsSync(path.join(tree, '.git'))) {
  const tarball = path.join(work, `Django-${DJANGO}.tar.gz`);
  if (!existsSync(tarball)) {
    console.log(`downloading Django ${DJANGO} (source, from PyPI)…`);
    execFileSync('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--no-binary', ':all:', `django==${DJANGO}`, '-d', work], {
      stdio: 'inherit',
    });
  }
  execFileSync('tar', ['--no-same-owner', '-xzf', tarball, '-C', work]);
  const g = (...a) => execFileSync('git', a, { cwd: tree, stdio: 'ignore' });
  g('init', '-q');
  g('add', '-A');
  g('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'Django source');
}

if (!args.includes('--skip-build')) {
  console.log('compiling src/ → lib/ (tsc -p tsconfig.build.json)…');
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}

const target = 'django';
const version = execFileSync(semgrep, ['--version'], { encoding: 'utf8' }).trim();
console.log(`target: Django ${DJANGO} source (${target}/), rules: bench/semgrep/rules.yml`);
console.log(`machine: ${os.availableParallelism()} CPUs, node ${process.version}, semgrep ${version}`);

function direct() {
  const t0 = performance.now();
  const r = spawnSync(semgrep, ['scan', '--metrics=off', '--json', '--disable-version-check', `--config=${rules}`, '--', target], {
    cwd: tree,
    env,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`semgrep exited with ${r.status}: ${r.stderr.slice(-500)}`);
  return { ms, findings: JSON.parse(r.stdout).results.length };
}

function runlens() {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(import.meta.dirname, 'runlens-step.mjs'), tree, rules, target], {
    env,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  const out = JSON.parse(r.stdout);
  if (out.status !== 'passed') throw new Error(`the runlens step failed: ${out.error}`);
  // Everything but the wait for semgrep: Node's start-up, loading runlens, reading the JSON, building findings.
  return { ms, findings: out.findings, ownMs: ms - out.execMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { semgrep: [], runlens: [], own: [] };
let counts;
direct(); // warm-up: page cache, semgrep's own caches
for (let i = 0; i < ROUNDS; i++) {
  const order = i % 2 === 0 ? ['runlens', 'semgrep'] : ['semgrep', 'runlens'];
  const round = {};
  for (const who of order) round[who] = who === 'runlens' ? runlens() : direct();
  times.semgrep.push(round.semgrep.ms);
  times.runlens.push(round.runlens.ms);
  times.own.push(round.runlens.ownMs);
  counts = { semgrep: round.semgrep.findings, runlens: round.runlens.findings };
  console.log(
    `round ${i + 1}/${ROUNDS}: semgrep ${(round.semgrep.ms / 1000).toFixed(2)} s, runlens step ${(round.runlens.ms / 1000).toFixed(2)} s, ` +
      `of which runlens's own ${Math.round(round.runlens.ownMs)} ms (${order[0]} first)`,
  );
}
const m = { semgrep: median(times.semgrep), runlens: median(times.runlens) };
const ratio = m.runlens / m.semgrep;
console.log(`findings: semgrep ${counts.semgrep}, runlens ${counts.runlens}${counts.semgrep === counts.runlens ? '' : '  ← DIFFERENT'}`);
console.log(`median wall time: semgrep scan ${(m.semgrep / 1000).toFixed(2)} s, runlens semgrep step ${(m.runlens / 1000).toFixed(2)} s`);
console.log(`ratio runlens/semgrep: ${ratio.toFixed(3)} (runlens adds ${((ratio - 1) * 100).toFixed(1)}%; goal < 3%)`);
const own = median(times.own);
// Other jobs on the 2 shared cores make the wall times noisier than runlens's share; this figure is not.
console.log(
  `runlens's own time (outside semgrep): median ${Math.round(own)} ms = ${((own / m.semgrep) * 100).toFixed(2)}% of semgrep's median wall time`,
);
if (counts.semgrep !== counts.runlens) process.exit(1);
