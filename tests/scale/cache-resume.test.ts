// The step cache (hit, miss, invalidation) and --resume (after a failure, after SIGTERM), through the CLI.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGithubOutput, runNode } from '../support/dist.js';
import { buildSource } from '../support/source-build.js';
import { fixture, plantSecrets, readRun, runlens } from './support.js';

async function counts(ws: string): Promise<Record<string, number>> {
  const text = await readFile(path.join(ws, 'counts.log'), 'utf8').catch(() => '');
  const out: Record<string, number> = {};
  for (const name of text.split('\n').filter(Boolean)) out[name] = (out[name] ?? 0) + 1;
  return out;
}

describe('step cache', () => {
  it('replays a step whose inputs did not change, marked cached in every report, and runs it again when they do', async () => {
    const ws = await fixture('cache');
    await plantSecrets(ws, 2, 'data');
    const out = path.join(ws, '.runlens');

    const cold = await runlens(['run'], ws);
    expect(cold.code, cold.stdout + cold.stderr).toBe(0);
    expect(await counts(ws)).toEqual({ gen: 1, plain: 1 });
    const first = await readRun(out);
    expect(first.steps.every((s) => !s.cached)).toBe(true);
    expect(first.cacheKey).toMatch(/^runlens-[0-9a-f]{32}$/);
    expect(existsSync(path.join(ws, '.cache', 'steps'))).toBe(true);

    const warm = await runlens(['run'], ws);
    expect(warm.code, warm.stdout + warm.stderr).toBe(0);
    expect(await counts(ws)).toEqual({ gen: 1, plain: 2 });
    const second = await readRun(out);
    const gen = second.steps.find((s) => s.id === 'gen')!;
    const secrets = second.steps.find((s) => s.id === 'secrets')!;
    expect([gen.cached, secrets.cached]).toEqual([true, true]);
    expect(second.steps.find((s) => s.id === 'plain')!.cached).toBeUndefined();
    // Same findings and test cases, replayed.
    const strip = (fs: typeof gen.findings) => fs.map((f) => `${f.ruleId}|${f.fingerprint}`).sort();
    expect(strip(gen.findings)).toEqual(strip(first.steps.find((s) => s.id === 'gen')!.findings));
    expect(secrets.findings).toHaveLength(2);
    expect(gen.cases).toHaveLength(2);
    expect(second.cacheKey).toBe(first.cacheKey);
    // Marked cached in the reports.
    expect(await readFile(path.join(out, 'summary.md'), 'utf8')).toMatch(/cached \(replayed from the step cache\)/);
    const sarif = JSON.parse(await readFile(path.join(out, 'runlens.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ properties?: { cached?: boolean } }> }>;
    };
    const results = sarif.runs.flatMap((r) => r.results);
    expect(results.length).toBe(4);
    expect(results.every((r) => r.properties?.cached === true)).toBe(true);
    expect(await readFile(path.join(out, 'junit.xml'), 'utf8')).toMatch(/name="step gen"[^>]*>\s*<system-out>cached/);
    expect(await readFile(path.join(out, 'logs', 'gen.log'), 'utf8')).toMatch(/sh count.sh gen/);
    // Never a secret in the cache.
    const token = (await readFile(path.join(ws, 'data', 'service-0.env'), 'utf8')).split('=')[1]!.trim();
    const entries = (await readdir(path.join(ws, '.cache'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const cacheText = (await Promise.all(entries.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')))).join('\n');
    expect(cacheText.length).toBeGreaterThan(0);
    expect(cacheText).not.toContain(token);

    // An input changes: gen and secrets run again.
    await writeFile(path.join(ws, 'data', 'a.txt'), 'alpha changed\n');
    const changed = await runlens(['run'], ws);
    expect(changed.code).toBe(0);
    expect(await counts(ws)).toEqual({ gen: 2, plain: 3 });
    const third = await readRun(out);
    expect(third.steps.find((s) => s.id === 'gen')!.cached).toBeUndefined();
    expect(third.cacheKey).not.toBe(first.cacheKey);

    // The declared env changes: a miss too.
    const config = await readFile(path.join(ws, 'runlens.yml'), 'utf8');
    await writeFile(path.join(ws, 'runlens.yml'), config.replace('MODE: fast', 'MODE: slow'));
    await runlens(['run'], ws);
    expect((await counts(ws)).gen).toBe(3);
    await runlens(['run'], ws);
    expect((await counts(ws)).gen).toBe(3);
  }, 60_000);

  it('hands the cache key to later workflow steps as the `cache-key` output on GitHub', async () => {
    const ws = await fixture('cache');
    const output = path.join(ws, 'github-output.txt');
    const summary = path.join(ws, 'summary.txt');
    await writeFile(output, '');
    await writeFile(summary, '');
    const github = {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: ws,
      GITHUB_RUN_ID: '7',
    };
    const r = await runlens(['run'], ws, github);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const outputs = parseGithubOutput(await readFile(output, 'utf8'));
    expect(outputs['cache-key']).toBe((await readRun(path.join(ws, '.runlens'))).cacheKey);
    expect(outputs['cache-key']).toMatch(/^runlens-[0-9a-f]{32}$/);
  });

  it('keeps its own cache and the output dir out of the inputs, so `inputs: "**"` hits on a re-run', async () => {
    const ws = await fixture('cache');
    // The step's only trace is in the output dir, which (like the cache) is no input.
    await writeFile(
      path.join(ws, 'runlens.yml'),
      'version: 1\nsteps:\n  all: { run: "mkdir -p .runlens && echo ran >> .runlens/ran.log", inputs: "**", cache: true }\n',
    );
    for (let i = 0; i < 3; i++) await runlens(['run'], ws);
    expect(await readFile(path.join(ws, '.runlens', 'ran.log'), 'utf8')).toBe('ran\n');
    await writeFile(path.join(ws, 'data', 'new.txt'), 'new\n');
    await runlens(['run'], ws);
    expect(await readFile(path.join(ws, '.runlens', 'ran.log'), 'utf8')).toBe('ran\nran\n');
  });

  it('rejects cache: true without inputs, at its line', async () => {
    const ws = await fixture('cache');
    await writeFile(path.join(ws, 'runlens.yml'), 'version: 1\nsteps:\n  a:\n    run: "true"\n    cache: true\n');
    const r = await runlens(['validate'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/runlens\.yml:5:\d+.*`cache: true` needs `inputs:`/);
  });
});

describe('runlens run --resume', () => {
  it('after a failure, runs the failed step and what never ran, keeping the rest', async () => {
    const ws = await fixture('resume');
    await writeFile(path.join(ws, 'fail'), '');
    const failed = await runlens(['run'], ws);
    expect(failed.code).toBe(1);
    expect(await counts(ws)).toEqual({ first: 1, flaky: 1, slow: 1 });
    await rm(path.join(ws, 'fail'));
    const resumed = await runlens(['run', '--resume'], ws);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/keeping 2 passed steps; running flaky, after/);
    expect(await counts(ws)).toEqual({ first: 1, flaky: 2, after: 1, slow: 1 });
    const run = await readRun(path.join(ws, '.runlens'));
    expect(run.status).toBe('passed');
    expect(run.steps.filter((s) => s.resumed).map((s) => s.id)).toEqual(['first', 'slow']);
    expect(existsSync(path.join(ws, '.runlens', 'logs', 'first.log'))).toBe(true);
  }, 60_000);

  it('after SIGTERM, runs the cancelled step again', async () => {
    const ws = await fixture('resume');
    await writeFile(path.join(ws, 'hang'), '');
    const build = await buildSource();
    let kill: (s: NodeJS.Signals) => void = () => undefined;
    const running = runNode(build.cli, ['run'], { cwd: ws, onStart: (k) => (kill = k) });
    const deadline = Date.now() + 30_000;
    while (!existsSync(path.join(ws, 'started')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(path.join(ws, 'started'))).toBe(true);
    kill('SIGTERM');
    const cancelled = await running;
    expect(cancelled.code).not.toBe(0);
    const before = await readRun(path.join(ws, '.runlens'));
    expect(before.status).toBe('cancelled');
    expect(before.steps.find((s) => s.id === 'slow')!.status).toBe('cancelled');

    await rm(path.join(ws, 'hang'));
    const resumed = await runlens(['run', '--resume'], ws);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    const c = await counts(ws);
    expect(c.slow).toBe(2);
    expect(c.first).toBe(1);
    const run = await readRun(path.join(ws, '.runlens'));
    expect(run.steps.find((s) => s.id === 'slow')!.resumed).toBeUndefined();
  }, 60_000);

  it('says there is nothing to resume without a run.json', async () => {
    const ws = await fixture('resume');
    const r = await runlens(['run', '--resume'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no run to resume/);
  });
});
