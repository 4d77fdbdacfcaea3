// Reports benchmark: SARIF ingestion throughput (MB/s) on a large generated log with the shape of the
// real bandit fixture, and the time every reporter takes on a large run (toSarif, summary, JUnit, GitLab,
// writeReports). Uses the compiled lib/ (`npm run build` first). Each figure is the median of 5 runs.
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
if (!existsSync(path.join(root, 'lib', 'report', 'sarif.js'))) {
  console.error('bench/reports needs the compiled lib/: run `npm run build` first');
  process.exit(1);
}
const lib = (p) => import(path.join(root, 'lib', p));
const { ingestSarif } = await lib('ingest/sarif.js');
const { toSarif } = await lib('report/sarif.js');
const { renderSummary } = await lib('report/summary.js');
const { toJunitXml } = await lib('report/junit.js');
const { toGitlabSast, toGitlabCodeQuality } = await lib('report/gitlab.js');
const { writeReports } = await lib('report/write-reports.js');
const { countFindings, evaluateGate } = await lib('findings/gate.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn, n = 5) {
  await fn();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(xs);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-reports-'));
try {
  // (a) ingestion: the real bandit run, its results repeated to 100,000.
  const real = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif/bandit.sarif'), 'utf8'));
  const run0 = real.runs[0];
  const results = Array.from({ length: 100_000 }, (_, i) => {
    const r = structuredClone(run0.results[i % run0.results.length]);
    r.locations[0].physicalLocation.artifactLocation.uri = `pkg${i % 500}/mod${i % 37}.py`;
    r.locations[0].physicalLocation.region.startLine = 1 + (i % 4000);
    return r;
  });
  const big = path.join(dir, 'big.sarif');
  writeFileSync(big, JSON.stringify({ ...real, runs: [{ ...run0, results }] }));
  const mb = statSync(big).size / 1e6;
  let count = 0;
  const ingestMs = await time(async () => {
    count = (await ingestSarif([big], { cwd: dir, workspace: dir, stepId: 'bandit' })).findings.length;
  });
  console.log(
    `ingestSarif: ${count} results, ${mb.toFixed(1)} MB in ${ingestMs.toFixed(0)} ms = ${(mb / (ingestMs / 1000)).toFixed(1)} MB/s`,
  );

  // (b) reporters on a large run: those 100,000 findings over 20 steps, 5,000 test cases.
  const { findings } = await ingestSarif([big], { cwd: dir, workspace: dir, stepId: 'bandit' });
  const severities = ['critical', 'high', 'medium', 'low', 'note'];
  const steps = Array.from({ length: 20 }, (_, s) => ({
    id: `step${s}`,
    kind: 'sarif',
    needs: [],
    status: 'passed',
    allowedFailure: false,
    durationMs: 1000,
    attempts: [],
    exitCode: 0,
    findings: findings
      .slice(s * 5000, (s + 1) * 5000)
      .map((f, i) => ({ ...f, tool: `tool${s % 4}`, severity: severities[i % 5], stepId: `step${s}` })),
    cases: Array.from({ length: 250 }, (_, i) => ({
      suite: 's',
      name: `case ${i}`,
      status: i % 10 ? 'passed' : 'failed',
      durationMs: 3,
      message: 'expected 1 to be 2',
    })),
    artifacts: [],
  }));
  const run = {
    version: 1,
    runlensVersion: '0.1.0',
    name: 'bench',
    status: 'failed',
    startedAt: new Date().toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: 1,
    workspace: dir,
    outputDir: dir,
    dryRun: false,
    platform: { kind: 'github', serverUrl: 'https://github.com', repository: 'o/r', sha: 'a'.repeat(40) },
    steps,
    counts: countFindings(steps.flatMap((s) => s.findings)),
    gate: evaluateGate(steps, 'high'),
    exitCode: 1,
    notes: [],
  };
  const fmt = (label, ms) => console.log(`${label.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms`);
  let sarifBytes = 0;
  fmt(
    'toSarif (100k results)',
    await time(() => {
      sarifBytes = JSON.stringify(toSarif(run).log).length;
    }),
  );
  fmt('renderSummary', await time(() => renderSummary(run)));
  fmt('toJunitXml (5k cases)', await time(() => toJunitXml(run)));
  fmt('toGitlabSast', await time(() => toGitlabSast(run)));
  fmt('toGitlabCodeQuality', await time(() => toGitlabCodeQuality(run)));
  fmt('writeReports (gitlab)', await time(() => writeReports({ ...run, notes: [] }, { outputDir: path.join(dir, 'out'), gitlab: true })));
  console.log(`SARIF written: ${(sarifBytes / 1e6).toFixed(1)} MB uncompressed`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
