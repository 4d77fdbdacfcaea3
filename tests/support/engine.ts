// Real temp workspaces, real configs (through the real schema) and a Progress that records what it is told.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Check } from '../../src/checks/check.js';
import { registerCheck } from '../../src/checks/registry.js';
import { configSchema } from '../../src/config/schema.js';
import type { Config, ConfigInput } from '../../src/config/schema.js';
import type { EngineContext } from '../../src/engine/context.js';
import { buildPlan } from '../../src/engine/plan.js';
import type { Plan } from '../../src/engine/plan.js';
import type { StepResult } from '../../src/model/result.js';
import { runPlan } from '../../src/engine/scheduler.js';
import { noopTrace } from '../../src/model/trace.js';
import type { Progress } from '../../src/model/progress.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'engine');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

const made: string[] = [];

export async function tempWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-engine-'));
  made.push(dir);
  return dir;
}

/** For afterAll: removes every workspace tempWorkspace made. */
export async function removeTempWorkspaces(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export function config(steps: ConfigInput['steps'], extra: Partial<ConfigInput> = {}): Config {
  return configSchema.parse({ version: 1, ...extra, steps });
}

export interface RecordingProgress extends Progress {
  events: string[];
  /** Called with every output line, e.g. to abort the run once a step is ready. */
  onOutput?: (stepId: string, line: string) => void;
}

export function recordingProgress(): RecordingProgress {
  const p: RecordingProgress = {
    events: [],
    runStarted: (ids) => void p.events.push(`run ${ids.join(',')}`),
    stepStarted: (s) => void p.events.push(`start ${s.id}`),
    stepOutput: (id, line) => {
      p.events.push(`out ${id} ${line}`);
      p.onOutput?.(id, line);
    },
    stepRetrying: (id, failed, next) => void p.events.push(`retry ${id} ${failed.attempt}->${next.attempt}/${next.of}`),
    stepFinished: (r) => void p.events.push(`finish ${r.id} ${r.status}`),
    flush: async () => undefined,
    runFinished: async () => undefined,
  };
  return p;
}

export interface RunOptions {
  concurrency?: number;
  killGraceMs?: number;
  signal?: AbortSignal;
  progress?: Progress;
  env?: Record<string, string | undefined>;
  checks?: ReadonlyArray<Check<unknown>>;
  only?: string[];
  context?: Partial<EngineContext>;
}

export interface Ran {
  results: StepResult[];
  byId: Record<string, StepResult>;
  plan: Plan;
  workspace: string;
  outputDir: string;
  log(stepId: string): string;
}

/** Plans and runs `cfg` in `workspace` with the real engine. */
export async function run(cfg: Config, workspace: string, opts: RunOptions = {}): Promise<Ran> {
  // Test checks join the registry for this run only.
  const unregister = (opts.checks ?? []).map((c) => registerCheck(c));
  try {
    return await runRegistered(cfg, workspace, opts);
  } finally {
    for (const u of unregister) u();
  }
}

async function runRegistered(cfg: Config, workspace: string, opts: RunOptions): Promise<Ran> {
  const plan = buildPlan(cfg, { workspace, ...(opts.only ? { only: opts.only } : {}) });
  const outputDir = path.join(workspace, '.runlens');
  const results = await runPlan(plan, {
    workspace,
    outputDir,
    concurrency: opts.concurrency ?? cfg.concurrency,
    killGraceMs: opts.killGraceMs ?? 2000,
    signal: opts.signal ?? new AbortController().signal,
    trace: noopTrace,
    platform: { kind: 'local' },
    progress: opts.progress ?? recordingProgress(),
    mask: () => undefined,
    env: opts.env ?? process.env,
    ...opts.context,
  });
  return {
    results,
    byId: Object.fromEntries(results.map((r) => [r.id, r])),
    plan,
    workspace,
    outputDir,
    log: (id) => readFileSync(path.join(outputDir, 'logs', `${id}.log`), 'utf8'),
  };
}

/** Is `pid` a live process? A zombie (exited, not yet reaped by its parent) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

export function pidsIn(file: string): number[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
}
