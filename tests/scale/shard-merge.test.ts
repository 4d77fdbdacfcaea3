// Sharding and merging, end to end through the CLI: N shards + merge == one job.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors, schemaValidator } from '../support/shared-schemas.js';
import { fixture, plantSecrets, readRun, runlens, verdicts } from './support.js';

let ws: string;
let out: (name: string) => string;
// One GitLab pipeline: every job (shard) sees the same pipeline id, and the GitLab reports are written.
const ci = { GITLAB_CI: 'true', CI_PIPELINE_ID: '4242', CI_PROJECT_PATH: 'group/scale', CI_SERVER_URL: 'http://127.0.0.1:9' };

beforeAll(async () => {
  ws = await fixture('pipeline');
  await plantSecrets(ws, 12);
  // Output dirs outside the workspace: the secret scan must not read another shard's reports.
  const outRoot = await fixture('pipeline');
  out = (name) => path.join(outRoot, 'results', name);
  const single = await runlens(['run', '-o', out('single')], ws, ci);
  expect(single.code, single.stderr).toBe(1);
  for (const i of [1, 2, 3]) {
    const r = await runlens(['run', '--shard', `${i}/3`, '-o', out(`shard-${i}`)], ws, { ...ci, CI_JOB_NAME: `scan ${i}/3` });
    expect([0, 1], r.stderr).toContain(r.code);
  }
}, 120_000);

describe('runlens run --shard + runlens merge', () => {
  it('gives the findings, test cases and verdicts of one job', async () => {
    const merged = await runlens(['merge', out('shard-1'), out('shard-2'), out('shard-3'), '-o', out('merged')], ws, ci);
    expect(merged.code, merged.stderr).toBe(1);
    const single = await readRun(out('single'));
    const run = await readRun(out('merged'));
    expect(verdicts(run)).toEqual(verdicts(single));
    // 17 from the SARIF of the run steps, 12 secrets.
    expect(single.counts.total).toBe(29);
    expect(single.steps.find((s) => s.id === 'secrets')!.findings).toHaveLength(12);
    const shards = await Promise.all([1, 2, 3].map((i) => readRun(out(`shard-${i}`))));
    expect(run.merged?.map((m) => [m.index, m.status])).toEqual(shards.map((r) => [r.shard!.index, r.status]));
    // The shards of one CI run share one trace id (derived from the run id).
    expect(new Set(shards.map((r) => r.traceId)).size).toBe(1);
    expect(run.traceId).toBe(shards[0]!.traceId);
  });

  it('splits the secret scan: each shard scans only its files, and together all of them', async () => {
    const per = await Promise.all([1, 2, 3].map(async (i) => (await readRun(out(`shard-${i}`))).steps.find((s) => s.id === 'secrets')!));
    const counts = per.map((s) => s.findings.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(1);
    const shard1 = await readRun(out('shard-1'));
    expect(shard1.shard?.split).toEqual(['secrets']);
  });

  it('runs each whole step in exactly one shard, with its needs', async () => {
    const runs = await Promise.all([1, 2, 3].map((i) => readRun(out(`shard-${i}`))));
    const whole = runs.flatMap((r) => r.steps.filter((s) => s.id !== 'secrets').map((s) => s.id)).sort();
    expect(whole).toEqual(['after-broken', 'broken', 'build', 'docs', 'e2e', 'lint-a', 'lint-b', 'lint-c', 'package', 'unit']);
    const withBuild = runs.find((r) => r.steps.some((s) => s.id === 'build'))!;
    expect(withBuild.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['unit', 'package']));
  });

  it('writes one SARIF with one run per tool, one JUnit, one summary, and the logs', async () => {
    const single = JSON.parse(await readFile(path.join(out('single'), 'runlens.sarif'), 'utf8')) as {
      runs: Array<{ tool: { driver: { name: string } }; results: unknown[] }>;
    };
    const merged = JSON.parse(await readFile(path.join(out('merged'), 'runlens.sarif'), 'utf8')) as typeof single;
    const byTool = (log: typeof single) =>
      Object.fromEntries(
        log.runs.map((r) => [r.tool.driver.name, r.results.length]).sort(([a], [b]) => String(a).localeCompare(String(b))),
      );
    expect(byTool(merged)).toEqual(byTool(single));
    expect(new Set(merged.runs.map((r) => r.tool.driver.name)).size).toBe(merged.runs.length);
    const tests = (xml: string) => (xml.match(/<testcase /g) ?? []).length;
    expect(tests(await readFile(path.join(out('merged'), 'junit.xml'), 'utf8'))).toBe(
      tests(await readFile(path.join(out('single'), 'junit.xml'), 'utf8')),
    );
    expect(await readFile(path.join(out('merged'), 'summary.md'), 'utf8')).toMatch(/broken/);
    expect(existsSync(path.join(out('merged'), 'logs', 'lint-a.log'))).toBe(true);
    const secretReport = (dir: string) =>
      readFile(path.join(out(dir), 'gl-secret-detection-report.json'), 'utf8').then(
        (t) => (JSON.parse(t) as { vulnerabilities: unknown[] }).vulnerabilities.length,
      );
    expect(await secretReport('merged')).toBe(await secretReport('single'));
    const trace = await readFile(path.join(out('merged'), 'trace.jsonl'), 'utf8');
    expect(trace.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(await readFile(path.join(out('merged'), 'logs', 'secrets.log'), 'utf8')).toMatch(/shard 1\/3[\s\S]*shard 3\/3/);
  });

  it('writes shard and merged run.json files valid against schema/run-result.schema.json', async () => {
    const validate = schemaValidator('run-result.schema.json', '2020-12', true);
    for (const dir of ['shard-1', 'shard-2', 'merged']) expect(schemaErrors(validate, await readRun(out(dir)))).toEqual([]);
  });

  it('reports a missing shard and fails the merged run', async () => {
    const r = await runlens(['merge', out('shard-1'), out('shard-2'), '-o', out('merged-missing')], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/shard 3: missing/);
    const run = await readRun(out('merged-missing'));
    expect(run.status).toBe('failed');
    expect(run.notes.join('\n')).toMatch(/shard 3\/3 is missing/);
    const shard3 = await readRun(out('shard-3'));
    for (const id of shard3.shard!.steps) expect(run.steps.find((s) => s.id === id)?.reason).toMatch(/did not report/);
    expect(run.steps.find((s) => s.id === 'secrets')?.reason).toMatch(/only 2 of 3 shards/);
  });

  it('names a directory without run.json, and refuses shards of different runs', async () => {
    const r = await runlens(['merge', out('shard-1'), out('shard-2'), out('nowhere'), '-o', out('merged-nowhere')], ws);
    expect(r.code).toBe(1);
    expect((await readRun(out('merged-nowhere'))).notes.join('\n')).toMatch(/nowhere has no run\.json/);
    const twice = await runlens(['merge', out('shard-1'), out('shard-1'), '-o', out('merged-twice')], ws);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/both shard 1\/3/);
    const unsharded = await runlens(['merge', out('single'), '-o', out('merged-single')], ws);
    expect(unsharded.code).toBe(2);
    expect(unsharded.stderr).toMatch(/not a shard's run/);
  });
});

describe('runlens plan --shards', () => {
  it('prints a GitHub matrix that covers every step once, the same every time', async () => {
    const a = await runlens(['plan', '--shards', '3', '--format', 'github-matrix'], ws);
    expect(a.code, a.stderr).toBe(0);
    const b = await runlens(['plan', '--shards', '3', '--format', 'github-matrix'], ws);
    expect(b.stdout).toBe(a.stdout);
    const matrix = JSON.parse(a.stdout) as { include: Array<{ shard: string; steps: string }> };
    expect(matrix.include.map((e) => e.shard)).toEqual(['1/3', '2/3', '3/3']);
    const steps = matrix.include.flatMap((e) => e.steps.split(' ').filter(Boolean)).sort();
    expect(steps).toHaveLength(10);
    const shard1 = await readRun(out('shard-1'));
    expect(matrix.include[0]!.steps.split(' ')).toEqual(shard1.shard!.steps);
  });

  it('balances by the durations of a previous run.json, and says so', async () => {
    const r = await runlens(['plan', '--shards', '2', '--durations', path.join(out('single'), 'run.json')], ws);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2 shards, balanced by recorded durations$/m);
    expect(r.stdout).toMatch(/^shard 1\/2 \(~\d+ ms\): /m);
    expect(r.stdout).toMatch(/split across every shard by item: secrets/);
    const missing = await runlens(['plan', '--shards', '2', '--durations', 'nope.json'], ws);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--durations: cannot read/);
  });

  it('prints parallel: N for GitLab, and rejects a bad count', async () => {
    const g = await runlens(['plan', '--shards', '4', '--format', 'gitlab'], ws);
    expect(g.stdout).toMatch(/^parallel: 4$/m);
    const bad = await runlens(['plan', '--shards', 'zero'], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shards "zero"/);
  });

  it('reads CI_NODE_INDEX/CI_NODE_TOTAL for --shard alone, and rejects a bad shard', async () => {
    const r = await runlens(['run', '--shard', '--dry-run'], ws, { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/shard 2\/3/);
    const bad = await runlens(['run', '--shard', '4/3', '--dry-run'], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard "4\/3" is not a shard/);
  });
});
