#!/usr/bin/env node
// Benchmark: runlens's golden CSV comparator against numdiff (Debian package) on the same pair of
// large numeric CSV files, with the same tolerance, in one run.
//
//   node bench/golden/run.mjs [--size MB] [--numdiff-size MB] [--abs X] [--outliers N]
//   (needs numdiff: scripts/install-tools.sh numdiff; compiles src/checks/golden itself)
//
// --size          MB of each generated file (default 500). Cached under bench/.work/.
// --numdiff-size  MB prefix of the pair given to numdiff (default 40; 0 = the whole files). numdiff
//                 runs at a few MB/s and holds its input in memory (about 10× its size), so a full
//                 500 MB run takes many minutes and gigabytes; its rate and RSS are extrapolated.
// Both tools must report the same out-of-tolerance values on the prefix, and runlens exactly the
// generator's outliers on the full pair. Tolerance: absolute only (rel 0), because numdiff's -a/-r
// mean "abs OR rel" while runlens's mean abs + rel·|e|; with rel 0 both are |a − e| ≤ abs.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePair } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, 'bench/.work/golden');
const LIB = join(ROOT, 'bench/.work/lib');
const MB = 1e6;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const size = arg('size', 500);
const numdiffSize = arg('numdiff-size', 40);
const abs = arg('abs', 1e-5);
const outliers = arg('outliers', 12);

function log(line) {
  process.stderr.write(`bench/golden: ${line}\n`);
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function pairOfSize(mb) {
  mkdirSync(WORK, { recursive: true });
  const base = join(WORK, `pair-${mb}MB-${outliers}`);
  const meta = `${base}.json`;
  const expected = `${base}-expected.csv`;
  const actual = `${base}-actual.csv`;
  if (existsSync(meta) && existsSync(expected) && existsSync(actual))
    return { expected, actual, ...JSON.parse(readFileSync(meta, 'utf8')) };
  log(`generating ${mb} MB × 2 (cached in ${WORK})…`);
  const made = await generatePair({ expected, actual, bytes: mb * MB, outliers, perturbEvery: 3 });
  writeFileSync(meta, JSON.stringify(made));
  return { expected, actual, ...made };
}

/** The first `lines` lines of a file (rows stay aligned between the two files). */
async function prefix(from, to, lines) {
  if (existsSync(to)) return;
  const out = createWriteStream(to);
  let left = lines;
  for await (const chunk of createReadStream(from, { highWaterMark: 1 << 22 })) {
    let cut = -1;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      if (--left === 0) {
        cut = i + 1;
        break;
      }
    }
    if (!out.write(cut === -1 ? chunk : chunk.subarray(0, cut))) await once(out, 'drain');
    if (cut !== -1) break;
  }
  out.end();
  await once(out, 'finish');
}

/** Lines in the first `bytes` bytes of a file. */
function countLines(file, bytes) {
  const buf = Buffer.alloc(Math.min(bytes, statSync(file).size));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

function buildLib() {
  log('compiling src/checks/golden with tsc into bench/.work/lib…');
  execFileSync(
    join(ROOT, 'node_modules/.bin/tsc'),
    [
      '--ignoreConfig',
      '--outDir',
      LIB,
      '--rootDir',
      join(ROOT, 'src'),
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2023',
      '--skipLibCheck',
      '--types',
      'node',
      '--strict',
      '--noUncheckedIndexedAccess',
      '--verbatimModuleSyntax',
      join(ROOT, 'src/checks/golden/formats/csv.ts'),
      join(ROOT, 'src/checks/golden/options.ts'),
    ],
    { stdio: 'inherit', cwd: ROOT },
  );
}

const TIME = which('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs argv under /usr/bin/time -v; returns stdout, wall seconds, CPU seconds, peak RSS (KB). */
function timed(argv) {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-v', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr ?? '')?.[1] ?? NaN);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    wall,
    cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    rssKB: field('Maximum resident set size \\(kbytes\\)'),
  };
}

function runlens(expected, actual) {
  const node = process.execPath;
  const r = timed([node, join(ROOT, 'bench/golden/compare.mjs'), LIB, expected, actual, String(abs)]);
  if (r.status !== 0) throw new Error(`runlens comparator failed:\n${r.stderr}`);
  const out = JSON.parse(r.stdout);
  return {
    ...out,
    wall: out.wallMs / 1000,
    cpu: out.cpuMs / 1000,
    rssKB: Number.isNaN(r.rssKB) ? out.maxRssKB : r.rssKB,
    processWall: r.wall,
  };
}

function numdiff(expected, actual) {
  const r = timed(['numdiff', '-a', String(abs), '-r', '0', '-s', ',\n', expected, actual]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`numdiff failed (${r.status}):\n${r.stderr}`);
  const found = [];
  const lines = r.stdout.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^##(\d+)\s+#:(\d+)\s+<== (.*)$/.exec(lines[i]);
    const n = m && /^##\d+\s+#:\d+\s+==> (.*)$/.exec(lines[i + 1] ?? '');
    if (m && n) found.push({ line: Number(m[1]), expected: m[3].trim(), actual: n[1].trim() });
  }
  return { wall: r.wall, cpu: r.cpu, rssKB: r.rssKB, found };
}

const key = (d) => `${d.line}:${d.expected}:${d.actual}`;
const same = (a, b) => JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

const pair = await pairOfSize(size);
const bytesE = statSync(pair.expected).size;
const bytesA = statSync(pair.actual).size;
buildLib();

log(`runlens on the full pair (${fmt(bytesE / MB)} MB + ${fmt(bytesA / MB)} MB)…`);
const full = runlens(pair.expected, pair.actual);
const expectedOutliers = pair.outliers.map((o) => ({ line: o.line, expected: o.expected, actual: o.actual }));
const fullAgrees = same(full.found, expectedOutliers) && full.differences === expectedOutliers.length;

let ndFiles = { expected: pair.expected, actual: pair.actual };
if (numdiffSize > 0 && numdiffSize < size) {
  const lines = countLines(pair.expected, numdiffSize * MB);
  ndFiles = { expected: `${pair.expected}.prefix-${numdiffSize}MB.csv`, actual: `${pair.actual}.prefix-${numdiffSize}MB.csv` };
  await prefix(pair.expected, ndFiles.expected, lines);
  await prefix(pair.actual, ndFiles.actual, lines);
}
const ndBytes = statSync(ndFiles.expected).size + statSync(ndFiles.actual).size;
log(`numdiff on ${fmt(ndBytes / 2 / MB)} MB + ${fmt(ndBytes / 2 / MB)} MB…`);
const nd = numdiff(ndFiles.expected, ndFiles.actual);
const rlSame = ndFiles.expected === pair.expected ? full : runlens(ndFiles.expected, ndFiles.actual);
const prefixAgrees = same(nd.found, rlSame.found) && nd.found.length === rlSame.differences;

const input = bytesE + bytesA;
const rows = [
  ['tool', 'input (both files)', 'wall s', 'CPU s', 'MB/s wall', 'MB/s CPU', 'peak RSS MB', 'out of tolerance'],
  [
    'runlens (full)',
    `${fmt(input / MB)} MB`,
    fmt(full.wall, 2),
    fmt(full.cpu, 2),
    fmt(input / MB / full.wall),
    fmt(input / MB / full.cpu),
    fmt(full.rssKB / 1024),
    String(full.differences),
  ],
  [
    'runlens (numdiff’s input)',
    `${fmt(ndBytes / MB)} MB`,
    fmt(rlSame.wall, 2),
    fmt(rlSame.cpu, 2),
    fmt(ndBytes / MB / rlSame.wall),
    fmt(ndBytes / MB / rlSame.cpu),
    fmt(rlSame.rssKB / 1024),
    String(rlSame.differences),
  ],
  [
    'numdiff',
    `${fmt(ndBytes / MB)} MB`,
    fmt(nd.wall, 2),
    fmt(nd.cpu, 2),
    fmt(ndBytes / MB / nd.wall),
    fmt(ndBytes / MB / nd.cpu),
    fmt(nd.rssKB / 1024),
    String(nd.found.length),
  ],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(
  `\nGolden CSV comparison, |a − e| ≤ ${abs} (rel 0), ${pair.rows.toLocaleString('en-US')} rows × 8 columns per file, every 3rd value perturbed within tolerance, ${expectedOutliers.length} out.`,
);
console.log(
  `runlens = src/checks/golden compiled by tsc (bench/.work/lib), Node ${process.versions.node}; numdiff ${execFileSync('numdiff', [
    '--version',
  ])
    .toString()
    .split('\n')[0]
    .replace(/^numdiff\s*/, '')}.`,
);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
// Rates, not times: numdiff's is steady, and runlens's full-pair rate is past its JIT warm-up.
const rate = (bytes, s) => bytes / MB / s;
console.log(
  `\nspeed ratio runlens (full pair) / numdiff: ${fmt(rate(input, full.wall) / rate(ndBytes, nd.wall))}× wall, ` +
    `${fmt(rate(input, full.cpu) / rate(ndBytes, nd.cpu))}× CPU; on numdiff's own input: ${fmt(nd.wall / rlSame.wall)}× wall, ${fmt(nd.cpu / rlSame.cpu)}× CPU`,
);
if (ndFiles.expected !== pair.expected) {
  const scale = input / ndBytes;
  console.log(
    `numdiff extrapolated to the full pair (linear): ~${fmt(nd.wall * scale, 0)} s wall, ~${fmt(nd.cpu * scale, 0)} s CPU, ` +
      `RSS ~${fmt((nd.rssKB / 1024) * scale, 0)} MB (it grows with the input); runlens: ${fmt(full.wall, 1)} s, ${fmt(full.rssKB / 1024, 0)} MB.`,
  );
}
console.log(`agreement: numdiff and runlens report the same ${nd.found.length} values on numdiff's input: ${prefixAgrees ? 'yes' : 'NO'}`);
console.log(
  `agreement: runlens reports exactly the generator's ${expectedOutliers.length} outliers on the full pair: ${fullAgrees ? 'yes' : 'NO'}`,
);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average at the end: ${load} (2 cores shared; CPU-time rates are the steadier figure)`);
if (!prefixAgrees || !fullAgrees) process.exitCode = 1;
