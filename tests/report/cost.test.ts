import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import type { BudgetSettings, CostSettings } from '../../src/config/schema.js';
import type { PlatformInfo, RunResult } from '../../src/model/result.js';
import { githubRunner } from '../../src/platform/github.js';
import { gitlabRunner } from '../../src/platform/gitlab.js';
import { attributeCost, baseFromRun, formatMoney, loadBaseRun, runnerRate, type RateLookup } from '../../src/report/cost.js';
import { run, step } from '../support/run-result.js';

const costOf = (raw: Record<string, unknown>): CostSettings =>
  configSchema.parse({ version: 1, cost: raw, steps: { a: { run: 'true' } } }).cost!;
const budgetOf = (raw: Record<string, unknown>): BudgetSettings =>
  configSchema.parse({ version: 1, budget: raw, steps: { a: { run: 'true' } } }).budget!;

const github = (env: Record<string, string>, cpus = 2): PlatformInfo => ({ kind: 'github', runner: githubRunner(env, cpus) });
const gitlab = (env: Record<string, string>): PlatformInfo => ({ kind: 'gitlab', runner: gitlabRunner(env) });
const hosted = { RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_NAME: 'GitHub Actions 1000004875' };

function rateOf(lookup: RateLookup) {
  if (!lookup.rate) throw new Error(`no rate: ${lookup.why}`);
  return lookup.rate;
}

/** A run from 01:00:00 to `wallSeconds` later, with steps of the given durations (seconds). */
function timedRun(wallSeconds: number, steps: Record<string, number>, platform: PlatformInfo = { kind: 'local' }): RunResult {
  const startedAt = '2026-11-30T01:00:00.000Z';
  return run({
    startedAt,
    finishedAt: new Date(Date.parse(startedAt) + wallSeconds * 1000).toISOString(),
    durationMs: wallSeconds * 1000,
    platform,
    steps: Object.entries(steps).map(([id, s]) => step({ id, durationMs: s * 1000 })),
  });
}

describe('the runner rate, from the environment', () => {
  it.each([
    [{ RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }, 2, 'linux', 0.006],
    [{ RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }, 4, 'linux', 0.006],
    [{ RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }, 1, 'linux_slim', 0.002],
    [{ RUNNER_OS: 'Windows', RUNNER_ARCH: 'X64' }, 2, 'windows', 0.01],
    [{ RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' }, 3, 'macos', 0.062],
    [{ RUNNER_OS: 'macOS', RUNNER_ARCH: 'X64' }, 4, 'macos', 0.062],
    [{ RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' }, 5, 'macos_xl', 0.102],
    [{ RUNNER_OS: 'macOS', RUNNER_ARCH: 'X64' }, 12, 'macos_l', 0.077],
    [{ RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM64' }, 4, 'linux_2_core_arm', 0.005],
    [{ RUNNER_OS: 'Windows', RUNNER_ARCH: 'ARM64' }, 2, 'windows_2_core_arm', 0.008],
  ])('prices a standard GitHub-hosted runner %j with %i CPUs as %s', (env, cpus, name, perMinute) => {
    const rate = rateOf(runnerRate(github({ ...hosted, ...env }, cpus)));
    expect(rate).toMatchObject({ runner: name, rate: perMinute, currency: 'USD', rateSource: 'github-hosted', rounding: 'minute' });
  });

  it.each([
    ['ubuntu-24.04-16core_6f2a', 'Linux', 'X64', 'linux_16_core', 0.042],
    ['linux-8-core', 'Linux', 'ARM64', 'linux_8_core_arm', 0.014],
    ['windows-64-cores', 'Windows', 'X64', 'windows_64_core', 0.322],
    ['gpu-runner-t4', 'Linux', 'X64', 'linux_4_core_gpu', 0.052],
  ])('prices a larger runner named %s by the size in its name', (name, osName, arch, sku, perMinute) => {
    const rate = rateOf(
      runnerRate(github({ RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_NAME: name, RUNNER_OS: osName, RUNNER_ARCH: arch })),
    );
    expect(rate).toMatchObject({ runner: sku, rate: perMinute });
  });

  it('says how to set a rate for a larger runner of a size GitHub does not sell', () => {
    const lookup = runnerRate(
      github({ RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_NAME: 'linux-12core', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }),
    );
    expect(lookup.rate).toBeUndefined();
    expect(lookup.rate ? '' : lookup.why).toMatch(/cannot tell which GitHub-hosted runner.*linux-12core.*cost\.rate/);
  });

  it('has no price for a self-hosted runner and says how to set one', () => {
    const lookup = runnerRate(
      github({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_NAME: 'build-box-3', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }),
    );
    expect(lookup.rate ? '' : lookup.why).toMatch(/self-hosted runner \(build-box-3\).*set `cost\.rate`/);
  });

  it('takes a runner without RUNNER_ENVIRONMENT as hosted only when it has a hosted runner name', () => {
    expect(runnerRate(github({ RUNNER_NAME: 'GitHub Actions 7', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' })).rate?.runner).toBe('linux');
    expect(runnerRate(github({ RUNNER_NAME: 'my-box', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' })).rate).toBeUndefined();
  });

  it.each([
    [{ CI_RUNNER_TAGS: '["saas-linux-medium-amd64"]' }, 'saas-linux-medium-amd64', 2],
    [{ CI_RUNNER_TAGS: 'docker, saas-linux-xlarge-amd64' }, 'saas-linux-xlarge-amd64', 6],
    [{ CI_RUNNER_DESCRIPTION: '3-green.saas-linux-small-amd64.runners-manager.gitlab.com/default' }, 'saas-linux-small-amd64', 1],
    [{ CI_RUNNER_TAGS: '["saas-linux-medium-amd64-gpu-standard"]' }, 'saas-linux-medium-amd64-gpu-standard', 7],
    [{ CI_RUNNER_DESCRIPTION: 'blue-1.saas-macos-medium-m1.runners-manager.gitlab.com' }, 'saas-macos-medium-m1', 6],
  ])('prices a GitLab-hosted runner %j by its cost factor', (env, name, factor) => {
    const rate = rateOf(runnerRate(gitlab(env)));
    expect(rate).toMatchObject({ runner: name, costFactor: factor, rate: factor * 0.01, currency: 'USD', rounding: 'none' });
  });

  it('has no price for a GitLab runner that is not a hosted one', () => {
    const lookup = runnerRate(gitlab({ CI_RUNNER_DESCRIPTION: 'k8s-runner-prod', CI_RUNNER_TAGS: '["k8s"]' }));
    expect(lookup.rate ? '' : lookup.why).toMatch(/k8s-runner-prod.*not one of GitLab's hosted runners.*cost\.rate/);
  });
});

describe('the runner rate, from runlens.yml', () => {
  it('uses cost.rate and cost.currency for a self-hosted runner', () => {
    const rate = rateOf(
      runnerRate(github({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_NAME: 'box' }), costOf({ rate: 0.05, currency: 'EUR' })),
    );
    expect(rate).toEqual({ rate: 0.05, currency: 'EUR', runner: 'box', rateSource: 'config', rounding: 'none' });
  });

  it("keeps a GitHub-hosted runner's whole-minute billing under a price of one's own", () => {
    const rate = rateOf(runnerRate(github({ ...hosted, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }), costOf({ rate: 0.004 })));
    expect(rate).toEqual({ rate: 0.004, currency: 'USD', runner: 'linux', rateSource: 'config', rounding: 'minute' });
  });

  it('uses the table row cost.runner names, over what the environment says', () => {
    const rate = rateOf(runnerRate(github({ ...hosted, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }), costOf({ runner: 'linux_8_core' })));
    expect(rate).toMatchObject({ runner: 'linux_8_core', rate: 0.022, rateSource: 'github-hosted' });
  });

  it('prices GitLab compute minutes at cost.compute-minute-price, in cost.currency', () => {
    const rate = rateOf(
      runnerRate(gitlab({ CI_RUNNER_TAGS: '["saas-linux-large-amd64"]' }), costOf({ 'compute-minute-price': 0.02, currency: 'EUR' })),
    );
    expect(rate).toMatchObject({ rate: 0.06, currency: 'EUR', costFactor: 3 });
  });

  it('rejects a runner name that is in no table, listing the names', () => {
    const parsed = configSchema.safeParse({ version: 1, cost: { runner: 'ubuntu-latest' }, steps: { a: { run: 'true' } } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/linux_8_core/);
  });

  it('rejects a budget with no limit', () => {
    expect(configSchema.safeParse({ version: 1, budget: { 'on-exceed': 'warn' }, steps: { a: { run: 'true' } } }).success).toBe(false);
  });
});

describe('attributing the cost', () => {
  const linux = rateOf(runnerRate(github({ ...hosted, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' })));

  it('rounds a GitHub job up to whole minutes and splits them by step duration', () => {
    const out = attributeCost(timedRun(61, { build: 30, test: 10 }), { lookup: { rate: linux } });
    expect(out.cost).toMatchObject({ minutes: 2, wallMinutes: 1.016667, amount: 0.012, rate: 0.006, currency: 'USD', runner: 'linux' });
    expect(out.steps.get('build')).toEqual({ minutes: 1.5, amount: 0.009, currency: 'USD' });
    expect(out.steps.get('test')).toEqual({ minutes: 0.5, amount: 0.003, currency: 'USD' });
  });

  it('adds the configured overhead to the billed minutes and shares it among the steps', () => {
    const out = attributeCost(timedRun(50, { build: 20, test: 20 }), { lookup: { rate: linux }, settings: costOf({ overhead: '2m' }) });
    expect(out.cost?.minutes).toBe(3);
    expect(out.steps.get('build')?.minutes).toBe(1.5);
    const sum = [...out.steps.values()].reduce((a, s) => a + s.amount, 0);
    expect(sum).toBeCloseTo(out.cost!.amount, 6);
  });

  it('splits the minutes parallel steps shared instead of billing each its whole duration', () => {
    // Two 50 s steps side by side in a 55 s job: one billed minute, not two.
    const out = attributeCost(timedRun(55, { a: 50, b: 50 }), { lookup: { rate: linux } });
    expect(out.cost?.minutes).toBe(1);
    expect(out.steps.get('a')?.minutes).toBe(0.5);
    expect(out.steps.get('b')?.minutes).toBe(0.5);
  });

  it('gives no share to steps that did not run this time', () => {
    const r = timedRun(30, { build: 20 });
    r.steps.push(step({ id: 'cached', durationMs: 40_000, cached: true }), step({ id: 'skipped', status: 'skipped', durationMs: 0 }));
    const out = attributeCost(r, { lookup: { rate: linux } });
    expect(out.steps.get('build')?.minutes).toBe(1);
    expect(out.steps.get('cached')).toEqual({ minutes: 0, amount: 0, currency: 'USD' });
    expect(out.steps.get('skipped')?.amount).toBe(0);
  });

  it('bills GitLab compute minutes exactly, times the cost factor, from the job start', () => {
    const platform = gitlab({ CI_RUNNER_TAGS: '["saas-linux-medium-amd64"]' });
    // The job started 30 s before runlens did (checkout, image pull): 90 s in all.
    platform.jobStartedAt = '2026-11-30T00:59:30Z';
    const out = attributeCost(timedRun(60, { test: 60 }, platform), { lookup: runnerRate(platform) });
    expect(out.cost).toMatchObject({ minutes: 1.5, wallMinutes: 1.5, computeMinutes: 3, costFactor: 2, amount: 0.03 });
    expect(out.steps.get('test')?.amount).toBe(0.03);
  });

  it('omits the cost with a note on CI when the rate is unknown', () => {
    const platform = github({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_NAME: 'box' });
    const out = attributeCost(timedRun(10, { a: 10 }, platform), { lookup: runnerRate(platform) });
    expect(out.cost).toBeUndefined();
    expect(out.steps.size).toBe(0);
    expect(out.notes).toEqual([expect.stringMatching(/^Cost not shown: .*set `cost\.rate`/)]);
  });

  it('says nothing about cost on a laptop run that asked for none', () => {
    expect(attributeCost(timedRun(10, { a: 10 }), { lookup: runnerRate({ kind: 'local' }) }).notes).toEqual([]);
  });
});

describe('the budget', () => {
  const rate = rateOf(runnerRate({ kind: 'local' }, costOf({ rate: 0.1 })));

  it('fails when the billed minutes exceed max-minutes', () => {
    const out = attributeCost(timedRun(180, { a: 180 }), { lookup: { rate }, budget: budgetOf({ 'max-minutes': 2 }) });
    expect(out.fails).toBe(true);
    expect(out.budget).toMatchObject({ maxMinutes: 2, onExceed: 'fail', exceeded: true });
    expect(out.budget?.reason).toBe('3 min billed, max-minutes 2 min');
    expect(out.notes).toContain('Budget exceeded: 3 min billed, max-minutes 2 min.');
  });

  it('only warns with on-exceed: warn', () => {
    const out = attributeCost(timedRun(180, { a: 180 }), { lookup: { rate }, budget: budgetOf({ 'max-cost': 0.25, 'on-exceed': 'warn' }) });
    expect(out.fails).toBe(false);
    expect(out.budget).toMatchObject({ exceeded: true, onExceed: 'warn', reason: '$0.300, max-cost $0.250' });
    expect(out.notes).toContain('Budget exceeded (warning only): $0.300, max-cost $0.250.');
  });

  it('keeps a run within its limits', () => {
    const out = attributeCost(timedRun(60, { a: 60 }), { lookup: { rate }, budget: budgetOf({ 'max-minutes': 2, 'max-cost': 1 }) });
    expect(out.budget).toMatchObject({ exceeded: false, reason: '1 min billed, max-minutes 2 min; $0.100, max-cost $1.00' });
    expect(out.fails).toBe(false);
  });

  it('judges max-minutes without a rate, and says max-cost could not be judged', () => {
    const out = attributeCost(timedRun(60, { a: 60 }), {
      lookup: runnerRate({ kind: 'local' }),
      budget: budgetOf({ 'max-minutes': 0.5, 'max-cost': 1 }),
    });
    expect(out.cost).toBeUndefined();
    expect(out.budget?.exceeded).toBe(true);
    expect(out.budget?.reason).toMatch(/^1 min billed, max-minutes 0.5 min; max-cost not judged: the runner's price is unknown/);
  });
});

describe('the base run', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("reads the base's minutes and cost from its run.json", () => {
    expect(baseFromRun({ durationMs: 186_000, cost: { wallMinutes: 3.1, minutes: 4, amount: 0.024, currency: 'USD' } })).toEqual({
      wallMinutes: 3.1,
      minutes: 4,
      amount: 0.024,
      currency: 'USD',
    });
    expect(baseFromRun({ durationMs: 186_000 })).toEqual({ wallMinutes: 3.1 });
    expect(baseFromRun({ steps: [] })).toBeUndefined();
  });

  it('turns a missing or broken base into a note', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-cost-'));
    dirs.push(dir);
    expect((await loadBaseRun(path.join(dir, 'nope.json'))).note).toMatch(/nope\.json does not exist/);
    await writeFile(path.join(dir, 'bad.json'), '{ not json');
    expect((await loadBaseRun(path.join(dir, 'bad.json'))).note).toMatch(/bad\.json is not JSON/);
    await writeFile(path.join(dir, 'run.json'), JSON.stringify({ durationMs: 60_000 }));
    expect(await loadBaseRun(path.join(dir, 'run.json'))).toEqual({ base: { wallMinutes: 1 } });
  });
});

describe('money', () => {
  it.each([
    [0.03, 'USD', '$0.030'],
    [0.0012, 'USD', '$0.0012'],
    [1.5, 'USD', '$1.50'],
    [0, 'USD', '$0.00'],
    [0.25, 'EUR', '0.250 EUR'],
  ])('writes %d %s as %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });
});

describe('the cost of a sharded run', () => {
  it("adds up what each shard (a job of its own) cost, and joins a split step's shares", async () => {
    const { mergeShardRuns } = await import('../../src/findings/merge-runs.js');
    const shard = (index: number, minutes: number, stepMinutes: number) => {
      const r = run({ steps: [step({ id: 'scan', cost: { minutes: stepMinutes, amount: stepMinutes * 0.006, currency: 'USD' } })] });
      r.shard = { index, total: 2, plan: ['scan'], steps: [], split: ['scan'] };
      r.cost = {
        minutes,
        wallMinutes: minutes - 0.5,
        amount: minutes * 0.006,
        currency: 'USD',
        rate: 0.006,
        rateSource: 'github-hosted',
        runner: 'linux',
      };
      return { dir: `shard-${index}`, run: r };
    };
    const merged = mergeShardRuns([shard(1, 2, 2), shard(2, 3, 3)], { exitCodes: { passed: 0, failed: 1 } });
    expect(merged.cost).toMatchObject({ minutes: 5, wallMinutes: 4, amount: 0.03, runner: 'linux' });
    expect(merged.steps[0]!.cost).toEqual({ minutes: 5, amount: 0.03, currency: 'USD' });
  });
});

describe('where the cost settings come from', () => {
  it('reads the base run.json from RUNLENS_BASE_RUN', async () => {
    const { runOptionsFromEnv } = await import('../../src/config/overrides.js');
    expect(runOptionsFromEnv({ RUNLENS_BASE_RUN: ' base/run.json ' }).baseRun).toBe('base/run.json');
    expect(runOptionsFromEnv({ RUNLENS_BASE_RUN: '' }).baseRun).toBeUndefined();
  });

  it("reads GitLab's job start and runner from its predefined variables", async () => {
    const { gitlabInfo } = await import('../../src/platform/gitlab.js');
    const info = gitlabInfo({
      CI_JOB_STARTED_AT: '2026-11-30T00:59:30Z',
      CI_RUNNER_TAGS: '["saas-linux-small-amd64", "docker"]',
      CI_RUNNER_DESCRIPTION: '2-blue.saas-linux-small-amd64.runners-manager.gitlab.com/default',
    });
    expect(info.jobStartedAt).toBe('2026-11-30T00:59:30Z');
    expect(info.runner).toEqual({
      name: '2-blue.saas-linux-small-amd64.runners-manager.gitlab.com/default',
      tags: ['saas-linux-small-amd64', 'docker'],
    });
  });

  it("reads GitHub's runner from RUNNER_*", () => {
    expect(
      githubRunner({ RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64', RUNNER_NAME: 'GitHub Actions 3' }, 3),
    ).toEqual({
      environment: 'github-hosted',
      os: 'macOS',
      arch: 'ARM64',
      name: 'GitHub Actions 3',
      cpus: 3,
    });
  });
});

describe('the cost in the console and the verdict', () => {
  it('prints the cost and the budget in the closing lines, and names the budget in the verdict', async () => {
    const { closingLines } = await import('../../src/report/closing.js');
    const { verdictAnnotation } = await import('../../src/report/annotations.js');
    const r = timedRun(61, { build: 61 });
    r.cost = { minutes: 2, wallMinutes: 1.02, amount: 0.012, currency: 'USD', rate: 0.006, rateSource: 'github-hosted', runner: 'linux' };
    r.budget = { maxMinutes: 1, onExceed: 'fail', exceeded: true, reason: '2 min billed, max-minutes 1 min' };
    r.status = 'failed';
    expect(closingLines(r)).toContain(
      'cost: 2 min billed, $0.012 (linux at $0.0060/min)\nbudget EXCEEDED: 2 min billed, max-minutes 1 min\n',
    );
    expect(verdictAnnotation(r).message).toBe('runlens: failed — over budget: 2 min billed, max-minutes 1 min');
  });
});
