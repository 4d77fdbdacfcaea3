// Cost and budget through the real engine: runlens.yml → execute() → run.json, summary.md, trace.jsonl, the PR comment.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/result.js';
import type { Annotation, Platform } from '../../src/platform/platform.js';
import { githubRunner } from '../../src/platform/github.js';
import { localPlatform } from '../../src/platform/local.js';
import { execute } from '../../src/run.js';
import { removeTempWorkspaces, tempWorkspace } from '../support/engine.js';
import { gfmStructure, renderGfm } from '../support/gfm.js';
import { readOtlpJsonLines } from '../support/otlp-json.js';
import { schemaErrors, schemaValidator } from '../support/shared-schemas.js';

afterAll(removeTempWorkspaces);

interface Recorded {
  annotations: Annotation[];
  comments: string[];
}

async function runlens(
  yml: string,
  opts: { platform?: (ws: string, out: PassThrough, rec: Recorded) => Platform; baseRun?: string; files?: Record<string, string> } = {},
) {
  const ws = await tempWorkspace();
  await writeFile(path.join(ws, 'runlens.yml'), yml);
  for (const [name, text] of Object.entries(opts.files ?? {})) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  const out = new PassThrough();
  out.resume();
  const rec: Recorded = { annotations: [], comments: [] };
  const base = localPlatform(ws, out);
  const platform = opts.platform?.(ws, out, rec) ?? { ...base, annotate: (a: Annotation) => void rec.annotations.push(a) };
  const outcome = await execute(
    {
      workspace: ws,
      door: 'cli',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      out: out as unknown as NodeJS.WriteStream,
      color: false,
      signal: new AbortController().signal,
      ...(opts.baseRun ? { baseRun: opts.baseRun } : {}),
    },
    platform,
  );
  const dir = path.join(ws, '.runlens');
  const json = JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as RunResult;
  return {
    ws,
    outcome,
    json,
    rec,
    summary: await readFile(path.join(dir, 'summary.md'), 'utf8'),
    spans: await readOtlpJsonLines(path.join(dir, 'trace.jsonl')),
  };
}

const PIPELINE = `  build:
    run: sleep 0.3
  test:
    needs: build
    run: sleep 0.1
`;

describe('cost through a real run', () => {
  it('fails the run over budget, with the cost per step in run.json, the summary and the trace', async () => {
    const r = await runlens(
      `version: 1
cost: { rate: 0.5, currency: EUR, overhead: 1m }
budget: { max-minutes: 0.5 }
steps:
${PIPELINE}`,
    );
    expect(r.outcome.exitCode).toBe(1);
    const { json } = r;
    expect(json.status).toBe('failed');
    expect(json.steps.every((s) => s.status === 'passed')).toBe(true);
    expect(json.cost).toMatchObject({ currency: 'EUR', rate: 0.5, rateSource: 'config' });
    // One minute of overhead plus the run's own time, billed exactly (no rounding for a configured rate).
    expect(json.cost!.minutes).toBeGreaterThan(1);
    expect(json.cost!.minutes).toBeLessThan(1.5);
    expect(json.cost!.amount).toBeCloseTo(json.cost!.minutes * 0.5, 5);
    const [build, test] = json.steps;
    expect(build!.cost!.minutes).toBeGreaterThan(test!.cost!.minutes);
    expect(build!.cost!.amount + test!.cost!.amount).toBeCloseTo(json.cost!.amount, 5);
    expect(json.budget).toMatchObject({ maxMinutes: 0.5, onExceed: 'fail', exceeded: true });
    expect(json.notes).toContainEqual(expect.stringMatching(/^Budget exceeded: 1\.\d min billed, max-minutes 0\.5 min\.$/));
    expect(schemaErrors(schemaValidator('run-result.schema.json', '2020-12', true), json)).toEqual([]);

    const summary = gfmStructure(r.summary);
    expect(summary.headings).toContain('h3 Cost');
    const table = summary.tables.find((t) => t.header.includes('Billed minutes'))!;
    expect(table.header).toEqual(['Step', 'Duration', 'Billed minutes', 'Cost', 'Share']);
    expect(table.rows.map((row) => row[0])).toEqual(['build', 'test']);
    expect(table.rows[0]![3]).toMatch(/^0\.\d+ EUR$/);
    expect(r.summary).toMatch(
      /```mermaid\npie showData title Billed minutes by step \(1\.\d min in all\)\n {4}"build" : 0\.\d+\n {4}"test" : 0\.\d+\n```/,
    );
    // GitHub renders a mermaid code block as a chart: it must come out as one, not as text in a table or paragraph.
    expect(renderGfm(r.summary)).toMatch(/<pre><code class="language-mermaid">pie showData title Billed minutes by step/);
    expect(summary.paragraphs.join('\n')).toMatch(/❌ Budget exceeded: 1\.\d min billed, max-minutes 0\.5 min/);
    expect(summary.paragraphs.join('\n')).toMatch(
      /💰 Cost of this run: 0\.\d+ min, 0\.\d+ EUR \(1\.\d min billed, self-hosted at 0\.500 EUR\/min \(runlens\.yml\)\)/,
    );

    const runSpan = r.spans.find((s) => s.name.startsWith('RUN '))!;
    expect(runSpan.attributes).toMatchObject({
      'runlens.cost.amount': json.cost!.amount,
      'runlens.cost.minutes': json.cost!.minutes,
      'runlens.cost.currency': 'EUR',
      'runlens.cost.rate_source': 'config',
      'runlens.budget.exceeded': true,
      'error.type': 'budget_exceeded',
    });
    const buildSpan = r.spans.find((s) => s.name === 'build')!;
    expect(buildSpan.attributes).toMatchObject({ 'runlens.cost.rate': 0.5, 'runlens.cost.currency': 'EUR' });
    expect(buildSpan.attributes['runlens.cost.amount']).toBeCloseTo((build!.durationMs / 60_000) * 0.5, 5);
  });

  it('only warns with on-exceed: warn, and the run keeps its verdict', async () => {
    const r = await runlens(
      `version: 1
cost: { rate: 0.01 }
budget: { max-cost: 0.00001, on-exceed: warn }
steps:
${PIPELINE}`,
    );
    expect(r.outcome.exitCode).toBe(0);
    expect(r.json.status).toBe('passed');
    expect(r.json.budget).toMatchObject({ exceeded: true, onExceed: 'warn' });
    expect(r.rec.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'runlens: budget' }));
    expect(gfmStructure(r.summary).paragraphs.join('\n')).toMatch(/⚠️ Budget exceeded: \$0\.\d+, max-cost \$0\.000010/);
  });

  it("compares the PR's pipeline with the base's run.json in the PR comment, on a GitHub-hosted runner", async () => {
    const env = { RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', RUNNER_NAME: 'GitHub Actions 12' };
    const base = { durationMs: 186_000, cost: { wallMinutes: 3.1, minutes: 4, amount: 0.024, currency: 'USD' } };
    const r = await runlens(`version: 1\nsteps:\n${PIPELINE}`, {
      baseRun: 'base/run.json',
      files: { 'base/run.json': JSON.stringify(base) },
      platform: (ws, out, rec) => ({
        ...localPlatform(ws, out),
        isCI: true,
        info: { kind: 'github', repository: 'acme/shop', changeId: '7', runner: githubRunner(env, 2) },
        comment: async (body: string) => {
          rec.comments.push(body);
          return { posted: true, detail: 'recorded' };
        },
      }),
    });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.json.cost).toMatchObject({
      minutes: 1,
      amount: 0.006,
      rate: 0.006,
      runner: 'linux',
      rateSource: 'github-hosted',
      currency: 'USD',
    });
    expect(r.json.cost!.base).toEqual({ wallMinutes: 3.1, minutes: 4, amount: 0.024, currency: 'USD' });
    expect(r.rec.comments).toHaveLength(1);
    const comment = gfmStructure(r.rec.comments[0]!);
    expect(comment.paragraphs.join('\n')).toMatch(
      /💰 Cost of this PR's pipeline: 0\.\d+ min, \$0\.0060 \(1 min billed, `?linux`? at \$0\.0060\/min\); base: 3\.1 min, \$0\.024 \(−\$0\.018\)/,
    );
    expect(comment.headings).toContain('h3 Cost');
  });

  it('notes a base run.json that is not there and still reports the cost', async () => {
    const r = await runlens(`version: 1\ncost: { rate: 0.01 }\nsteps:\n${PIPELINE}`, { baseRun: 'missing/run.json' });
    expect(r.json.cost?.base).toBeUndefined();
    expect(r.json.notes).toContainEqual(expect.stringMatching(/No base to compare the cost with: .*missing\/run\.json does not exist/));
  });

  it('leaves the cost out of a local run that configured none', async () => {
    const r = await runlens(`version: 1\nsteps:\n${PIPELINE}`);
    expect(r.json.cost).toBeUndefined();
    expect(r.json.steps.every((s) => s.cost === undefined)).toBe(true);
    expect(r.json.notes.filter((n) => /cost/i.test(n))).toEqual([]);
    expect(gfmStructure(r.summary).headings).not.toContain('h3 Cost');
  });
});
