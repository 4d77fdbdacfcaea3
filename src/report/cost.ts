// What the run cost, step by step: the runner's price per minute (hosted-runner tables in
// src/model/runner-rates.ts, or runlens.yml's `cost:`), times the job's billed minutes, shared among the
// steps by duration. Plus the `budget:` verdict. Pure functions of a RunResult and the settings, except
// loadBaseRun, which reads the base's run.json.
//
// The rule (README "Cost"): a platform bills a job's wall time, rounded as it bills (GitHub: up to whole
// minutes), not the sum of its steps' durations. So each step gets the share of the job's billed minutes
// its duration is of all the steps' durations. Time no step covers (runlens starting, reports, the
// configured `overhead`, the rounding) is thereby spread in proportion, parallel steps split the minutes
// they shared, and the steps' costs add up to the run's. Steps that did not run this time (skipped,
// replayed from the cache, kept by --resume) get no share.
import { readFile } from 'node:fs/promises';
import type { BudgetSettings, CostSettings } from '../config/schema.js';
import type { BudgetResult, PlatformInfo, RunCost, RunResult, RunnerInfo, StepCost, StepResult } from '../model/result.js';
import {
  GITHUB_RATES,
  GITLAB_COMPUTE_MINUTE_PRICE,
  GITLAB_RATES,
  type GithubRunnerRate,
  type GitlabRunnerRate,
  type RunnerOs,
} from '../model/runner-rates.js';

/** The price of a minute of the job's runner, and how its minutes are counted. */
export interface RunnerRate {
  /** Per billed minute, in `currency`. */
  rate: number;
  currency: string;
  runner: string;
  rateSource: RunCost['rateSource'];
  rounding: 'minute' | 'none';
  costFactor?: number;
}

export type RateLookup = { rate: RunnerRate } | { rate?: undefined; why: string };

const HOW_TO_SET = 'set `cost.rate` (price per minute) or `cost.runner` in runlens.yml';

/** The job's runner and its price: runlens.yml's `cost:` first, then what the platform says about the runner. */
export function runnerRate(platform: PlatformInfo, settings?: CostSettings): RateLookup {
  const rounding = settings?.rounding;
  const named = settings?.runner !== undefined ? namedRate(settings.runner, settings) : undefined;
  if (settings?.rate !== undefined) {
    // A price of one's own (a discount, a self-hosted machine): the runner it names or runlens detects
    // still says how its minutes are counted (GitHub-hosted: whole minutes).
    const known = named ?? detectedRate(platform, settings).rate;
    return {
      rate: {
        rate: settings.rate,
        currency: settings.currency,
        runner: settings.runner ?? known?.runner ?? describeRunner(platform.runner) ?? 'self-hosted',
        rateSource: 'config',
        rounding: rounding ?? known?.rounding ?? 'none',
      },
    };
  }
  return named ? { rate: named } : detectedRate(platform, settings);
}

function namedRate(name: string, settings: CostSettings): RunnerRate | undefined {
  const gh = GITHUB_RATES.find((r) => r.name === name);
  if (gh) return githubRate(gh, settings.rounding);
  const gl = GITLAB_RATES.find((r) => r.name === name);
  return gl ? gitlabRate(gl, settings, settings.rounding) : undefined;
}

function detectedRate(platform: PlatformInfo, settings: CostSettings | undefined): RateLookup {
  const rounding = settings?.rounding;
  const runner = platform.runner;
  if (platform.kind === 'github') {
    const hosted = runner?.environment === 'github-hosted' || (!runner?.environment && /^GitHub Actions \d+$/.test(runner?.name ?? ''));
    if (!hosted)
      return {
        why: `the job runs on a self-hosted runner${runner?.name ? ` (${runner.name})` : ''}, whose price runlens cannot know: ${HOW_TO_SET}`,
      };
    const row = githubHostedRow(runner ?? {});
    if (!row)
      return {
        why: `runlens cannot tell which GitHub-hosted runner this is (${[runner?.os, runner?.arch, runner?.name].filter(Boolean).join(', ') || 'no RUNNER_OS'}): ${HOW_TO_SET}`,
      };
    return { rate: githubRate(row, rounding) };
  }
  if (platform.kind === 'gitlab') {
    const row = gitlabHostedRow(runner ?? {});
    if (!row)
      return {
        why: `the job's runner${runner?.name ? ` (${runner.name})` : ''} is not one of GitLab's hosted runners runlens has cost factors for: ${HOW_TO_SET}`,
      };
    return { rate: gitlabRate(row, settings, rounding) };
  }
  return { why: `a local run has no runner price: ${HOW_TO_SET}` };
}

function githubRate(row: GithubRunnerRate, rounding: CostSettings['rounding']): RunnerRate {
  return { rate: row.perMinute, currency: 'USD', runner: row.name, rateSource: 'github-hosted', rounding: rounding ?? 'minute' };
}

function gitlabRate(row: GitlabRunnerRate, settings: CostSettings | undefined, rounding: CostSettings['rounding']): RunnerRate {
  const price = settings?.['compute-minute-price'];
  return {
    rate: row.costFactor * (price ?? GITLAB_COMPUTE_MINUTE_PRICE),
    currency: price !== undefined ? settings!.currency : 'USD',
    runner: row.name,
    rateSource: 'gitlab-hosted',
    rounding: rounding ?? 'none',
    costFactor: row.costFactor,
  };
}

const OS: Record<string, RunnerOs> = { linux: 'linux', windows: 'windows', macos: 'macos' };

/**
 * Which row of GitHub's table a hosted runner is. Standard runners are told by RUNNER_OS and RUNNER_ARCH;
 * a larger runner only by its name when it says its size (`ubuntu-24.04-16core`, `linux_8_core`, `…-gpu`);
 * macOS sizes by their CPU count (M1 3, Intel 4, M2 Pro 5, Intel large 12).
 */
export function githubHostedRow(runner: RunnerInfo): GithubRunnerRate | undefined {
  const os = OS[(runner.os ?? '').toLowerCase()];
  const arch = runner.arch === 'ARM64' ? 'arm64' : runner.arch === 'X64' || runner.arch === undefined ? 'x64' : undefined;
  if (!os || !arch) return undefined;
  const name = runner.name ?? '';
  const find = (p: (r: GithubRunnerRate) => boolean) => GITHUB_RATES.find((r) => r.os === os && p(r));
  if (os === 'macos') {
    if (arch === 'x64' && ((runner.cpus ?? 0) >= 12 || /\blarge\b/i.test(name))) return find((r) => r.name === 'macos_l');
    if (arch === 'arm64' && ((runner.cpus ?? 0) >= 5 || /\bxlarge\b/i.test(name))) return find((r) => r.name === 'macos_xl');
    return find((r) => r.name === 'macos');
  }
  if (/gpu/i.test(name)) return find((r) => r.gpu === true && r.arch === arch);
  const cores = Number(/(\d+)[-_ ]?(?:v?cpus?|cores?)(?![a-z])/i.exec(name)?.[1] ?? NaN);
  if (cores > 2) return find((r) => !r.gpu && !r.standard && r.arch === arch && r.cores === cores);
  if (arch === 'arm64') return find((r) => r.arch === 'arm64' && r.cores === 2);
  if (os === 'linux' && (cores === 1 || runner.cpus === 1)) return find((r) => r.name === 'linux_slim');
  return find((r) => r.standard === true && r.arch === 'x64' && r.cores === 2);
}

/** GitLab's hosted runners answer to their tag (`saas-linux-medium-amd64`); their description holds it too. */
export function gitlabHostedRow(runner: RunnerInfo): GitlabRunnerRate | undefined {
  // Longest name first: `saas-linux-medium-amd64-gpu-standard` before `saas-linux-medium-amd64`.
  const rows = [...GITLAB_RATES].sort((a, b) => b.name.length - a.name.length);
  for (const tag of runner.tags ?? []) {
    const row = rows.find((r) => r.name === tag);
    if (row) return row;
  }
  const description = runner.name ?? '';
  return rows.find((r) => new RegExp(`(^|[^a-z0-9-])${r.name}($|[^a-z0-9-])`).test(description));
}

function describeRunner(runner: RunnerInfo | undefined): string | undefined {
  if (!runner) return undefined;
  return runner.name ?? runner.tags?.[0];
}

export interface CostInputs {
  lookup: RateLookup;
  settings?: CostSettings;
  budget?: BudgetSettings;
  /** The base's figures (`--base-run`), to compare with. */
  base?: RunCost['base'];
}

export interface CostOutcome {
  cost?: RunCost;
  /** By step id. */
  steps: Map<string, StepCost>;
  budget?: BudgetResult;
  /** The budget was exceeded and says `on-exceed: fail`. */
  fails: boolean;
  /** Sentences for the run's notes (and, on CI, warnings). */
  notes: string[];
}

/** The run's cost, each step's share of it, and the budget's verdict. */
export function attributeCost(run: RunResult, inputs: CostInputs): CostOutcome {
  const out: CostOutcome = { steps: new Map(), fails: false, notes: [] };
  if (run.dryRun) return out;
  const { lookup, settings } = inputs;
  const wallMs = jobWallMs(run);
  const overheadMs = settings?.overhead ?? 0;
  const rate = lookup.rate;
  const minutes = billedMinutes(wallMs + overheadMs, rate?.rounding ?? settings?.rounding ?? 'none');
  if (rate) {
    const cost: RunCost = {
      minutes: round(minutes),
      wallMinutes: round(wallMs / 60_000),
      amount: round(minutes * rate.rate),
      currency: rate.currency,
      rate: rate.rate,
      rateSource: rate.rateSource,
      runner: rate.runner,
      ...(rate.costFactor !== undefined ? { costFactor: rate.costFactor, computeMinutes: round(minutes * rate.costFactor) } : {}),
      ...(inputs.base ? { base: inputs.base } : {}),
    };
    out.cost = cost;
    const weights = run.steps.map(stepWeight);
    const total = weights.reduce((a, b) => a + b, 0);
    run.steps.forEach((s, i) => {
      const share = total > 0 ? (minutes * weights[i]!) / total : 0;
      out.steps.set(s.id, { minutes: round(share), amount: round(share * rate.rate), currency: rate.currency });
    });
  } else if (run.platform.kind !== 'local' || settings || inputs.budget) {
    out.notes.push(`Cost not shown: ${lookup.why}.`);
  }
  if (inputs.budget) {
    out.budget = judgeBudget(minutes, out.cost, inputs.budget);
    if (out.budget.exceeded) {
      out.fails = out.budget.onExceed === 'fail';
      out.notes.push(`Budget exceeded${out.fails ? '' : ' (warning only)'}: ${out.budget.reason}.`);
    } else if (inputs.budget['max-cost'] !== undefined && !out.cost) {
      out.notes.push(`Budget: ${out.budget.reason}.`);
    }
  }
  return out;
}

/** What did not run this time takes no share. */
function stepWeight(s: StepResult): number {
  return s.status === 'skipped' || s.cached || s.resumed ? 0 : Math.max(0, s.durationMs);
}

/** From the job's start when the platform says (GitLab CI_JOB_STARTED_AT), else from runlens's start, to the end. */
function jobWallMs(run: RunResult): number {
  const finished = Date.parse(run.finishedAt);
  const started = Date.parse(run.startedAt);
  const job = run.platform.jobStartedAt ? Date.parse(run.platform.jobStartedAt) : NaN;
  const from = Number.isFinite(job) && job <= started ? job : started;
  return Number.isFinite(finished) && Number.isFinite(from) ? Math.max(0, finished - from) : run.durationMs;
}

function billedMinutes(ms: number, rounding: 'minute' | 'none'): number {
  const minutes = ms / 60_000;
  return rounding === 'minute' ? Math.ceil(minutes) : minutes;
}

function judgeBudget(minutes: number, cost: RunCost | undefined, budget: BudgetSettings): BudgetResult {
  const maxMinutes = budget['max-minutes'];
  const maxCost = budget['max-cost'];
  const over: string[] = [];
  const within: string[] = [];
  if (maxMinutes !== undefined) {
    const text = `${formatMinutes(minutes)} billed, max-minutes ${formatMinutes(maxMinutes)}`;
    (minutes > maxMinutes ? over : within).push(text);
  }
  let unjudged: string | undefined;
  if (maxCost !== undefined) {
    if (cost) {
      const text = `${formatMoney(cost.amount, cost.currency)}, max-cost ${formatMoney(maxCost, cost.currency)}`;
      (cost.amount > maxCost ? over : within).push(text);
    } else {
      unjudged = `max-cost not judged: the runner's price is unknown (${HOW_TO_SET})`;
    }
  }
  const exceeded = over.length > 0;
  const reason = [...(exceeded ? over : within), ...(unjudged ? [unjudged] : [])].join('; ');
  return {
    ...(maxMinutes !== undefined ? { maxMinutes } : {}),
    ...(maxCost !== undefined ? { maxCost } : {}),
    onExceed: budget['on-exceed'],
    exceeded,
    reason,
  };
}

/** The base's figures from its run.json: its cost when it had one, else its duration. */
export function baseFromRun(json: unknown): RunCost['base'] | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const run = json as Partial<RunResult>;
  const cost = run.cost && typeof run.cost === 'object' ? run.cost : undefined;
  const wallMinutes =
    typeof cost?.wallMinutes === 'number' ? cost.wallMinutes : typeof run.durationMs === 'number' ? run.durationMs / 60_000 : undefined;
  if (wallMinutes === undefined) return undefined;
  return {
    wallMinutes: round(wallMinutes),
    ...(typeof cost?.minutes === 'number' ? { minutes: cost.minutes } : {}),
    ...(typeof cost?.amount === 'number' ? { amount: cost.amount } : {}),
    ...(typeof cost?.currency === 'string' ? { currency: cost.currency } : {}),
  };
}

/** `--base-run FILE`: a missing or unreadable base is a note (the base branch may not have run yet), never a failure. */
export async function loadBaseRun(file: string): Promise<{ base?: RunCost['base']; note?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      note: `No base to compare the cost with: ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`}.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { note: `No base to compare the cost with: ${file} is not JSON (${(err as Error).message}).` };
  }
  const base = baseFromRun(json);
  return base ? { base } : { note: `No base to compare the cost with: ${file} is not a runlens run.json (no durationMs).` };
}

// Six decimals: a thousandth of a cent survives, float noise (0.030000000000000002) does not.
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function formatMinutes(minutes: number): string {
  return `${Number.isInteger(minutes) ? minutes : minutes < 0.1 ? minutes.toFixed(2) : minutes.toFixed(1)} min`;
}

/** `$0.030`, `$1.25`, `0.0012 EUR`: two significant figures below a dollar, cents above. */
export function formatMoney(amount: number, currency: string): string {
  const decimals = amount >= 1 || amount === 0 ? 2 : Math.min(6, Math.max(3, 1 - Math.floor(Math.log10(amount))));
  const figure = amount.toFixed(decimals);
  return currency === 'USD' ? `$${figure}` : `${figure} ${currency}`;
}
