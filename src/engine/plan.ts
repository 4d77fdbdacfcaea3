// The validated DAG a run executes: every step resolved over `defaults`, in a stable topological order.
import path from 'node:path';
import type { Config, StepConfig } from '../config/schema.js';
import { formatDuration } from '../base/duration.js';
import { suggest } from '../config/suggest.js';
import { ConfigError, UsageError } from '../base/errors.js';
import type { ConfigIssue, SourcePosition } from '../base/errors.js';

export interface PlannedStep {
  id: string;
  /** Display name; the id unless `name:` is set. */
  name: string;
  /** `run` for scripts, otherwise the check kind of `uses:`. */
  kind: string;
  needs: string[];
  /** DAG layer: 0 = needs nothing. */
  level: number;
  /** `run:` steps: a string runs through `shell`, a list is argv run with no shell. */
  command?: string | string[];
  shell: string;
  /** `uses:` steps: the `with:` options, as parsed by the check's schema when the config was loaded. */
  options?: unknown;
  timeoutMs: number;
  /** `attempts` extra attempts after the first failure. */
  retries: { attempts: number; backoffMs: number };
  continueOnError: boolean;
  env: Record<string, string>;
  /** As written in runlens.yml, relative to the workspace. */
  workingDirectory: string;
  /** Absolute. */
  cwd: string;
  junit: string[];
  sarif: string[];
  /** `run:` steps: problem-matcher files that read the step's output (relative to `cwd`). */
  problemMatchers?: string[];
}

export interface Plan {
  steps: PlannedStep[];
  levels: string[][];
}

export interface PlanOptions {
  /** Run only these steps and everything they need, transitively. */
  only?: string[];
  /** Where a config path sits in runlens.yml, for error messages. */
  locate?: (path: (string | number)[]) => SourcePosition;
  /** Repository root that `working-directory` is relative to (default: the current directory). */
  workspace?: string;
}

export function buildPlan(config: Config, opts: PlanOptions = {}): Plan {
  const locate = opts.locate ?? (() => ({ file: 'runlens.yml' }));
  const workspace = path.resolve(opts.workspace ?? process.cwd());
  const ids = Object.keys(config.steps);
  const issues: ConfigIssue[] = [];
  const at = (p: (string | number)[], message: string, suggestion?: string): void => {
    issues.push({ ...locate(p), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
  };

  const resolved = new Map<string, Omit<PlannedStep, 'level'>>();
  for (const id of ids) {
    const step = config.steps[id]!;
    step.needs.forEach((need, i) => {
      if (need === id) at(['steps', id, 'needs', i], `step "${id}" needs itself; remove "${need}" from its needs`);
      else if (!(need in config.steps)) at(['steps', id, 'needs', i], `needs "${need}", which is not a step`, suggest(need, ids));
    });
    resolved.set(id, resolveStep(id, step, config, workspace));
  }
  if (issues.length === 0) issues.push(...findCycles(config, locate));
  if (issues.length > 0) throw new ConfigError(issues);

  const selected = opts.only?.length ? closure(opts.only, config) : new Set(ids);
  const level = new Map<string, number>();
  const levelOf = (id: string): number => {
    let l = level.get(id);
    if (l === undefined) {
      l = Math.max(-1, ...config.steps[id]!.needs.map(levelOf)) + 1;
      level.set(id, l);
    }
    return l;
  };
  const order = new Map(ids.map((id, i) => [id, i]));
  const steps = ids
    .filter((id) => selected.has(id))
    .map((id) => ({ ...resolved.get(id)!, level: levelOf(id) }))
    .sort((a, b) => a.level - b.level || order.get(a.id)! - order.get(b.id)!);
  const levels: string[][] = [];
  for (const s of steps) (levels[s.level] ??= []).push(s.id);
  return { steps, levels };
}

function resolveStep(id: string, step: StepConfig, config: Config, workspace: string): Omit<PlannedStep, 'level'> {
  const retries = step.retries ?? config.defaults.retries;
  const workingDirectory = step['working-directory'] ?? '.';
  return {
    id,
    name: step.name ?? id,
    kind: step.uses ?? 'run',
    needs: step.needs,
    ...(step.run !== undefined ? { command: step.run } : {}),
    ...(step.uses !== undefined ? { options: step.with ?? {} } : {}),
    shell: config.defaults.shell,
    timeoutMs: step.timeout ?? config.defaults.timeout,
    retries: { attempts: retries.attempts, backoffMs: retries.backoff },
    continueOnError: step['continue-on-error'],
    env: step.env,
    workingDirectory,
    cwd: path.resolve(workspace, workingDirectory),
    junit: step.junit ?? [],
    sarif: step.sarif ?? [],
    ...(step['problem-matcher'] ? { problemMatchers: step['problem-matcher'] } : {}),
  };
}

/** A cycle found by depth-first search is reported once, naming each member: `a → b → c → a`. */
function findCycles(config: Config, locate: (p: (string | number)[]) => SourcePosition): ConfigIssue[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const need of config.steps[id]!.needs) {
      if (state.get(need) === 'open') {
        const cycle = stack.slice(stack.indexOf(need));
        const key = [...cycle].sort().join('\0');
        if (!seen.has(key)) {
          seen.add(key);
          // Printed in "needs" order: a needs b needs c needs a.
          const text = [...cycle, need].join(' → ');
          const p = ['steps', cycle[0]!, 'needs'];
          issues.push({
            ...locate(p),
            path: p.join('.'),
            message: `these steps need each other in a cycle: ${text}; remove one of these needs`,
          });
        }
      } else if (!state.has(need)) {
        visit(need);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of Object.keys(config.steps)) if (!state.has(id)) visit(id);
  return issues;
}

function closure(only: string[], config: Config): Set<string> {
  const ids = Object.keys(config.steps);
  const unknown = only.filter((id) => !(id in config.steps));
  if (unknown.length > 0) {
    const lines = unknown.map((id) => {
      const s = suggest(id, ids);
      return `there is no step "${id}"${s ? ` (did you mean "${s}"?)` : ''}`;
    });
    throw new UsageError(`${lines.join('; ')}. The steps are: ${ids.join(', ')}.`);
  }
  const selected = new Set<string>();
  const add = (id: string): void => {
    if (selected.has(id)) return;
    selected.add(id);
    config.steps[id]!.needs.forEach(add);
  };
  only.forEach(add);
  return selected;
}

/** What `runlens plan` and `runlens run --dry-run` print. */
export function formatPlan(plan: Plan): string {
  const width = Math.max(0, ...plan.steps.map((s) => s.id.length));
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines: string[] = [
    `${count(plan.steps.length, 'step')} in ${count(plan.levels.length, 'level')}; each level starts when the one above has finished`,
  ];
  plan.levels.forEach((ids, level) => {
    lines.push(`level ${level}`);
    for (const id of ids) {
      const s = byId.get(id)!;
      const what = s.kind === 'run' ? `run: ${describeCommand(s.command!)}` : `uses: ${s.kind}`;
      const facts = [
        `timeout ${formatDuration(s.timeoutMs)}`,
        s.retries.attempts === 0
          ? 'no retries'
          : `${s.retries.attempts} ${s.retries.attempts === 1 ? 'retry' : 'retries'} (backoff ${formatDuration(s.retries.backoffMs)})`,
        ...(s.continueOnError ? ['continue-on-error'] : []),
        ...(s.needs.length ? [`needs ${s.needs.join(', ')}`] : []),
        ...(s.workingDirectory !== '.' ? [`in ${s.workingDirectory}`] : []),
      ];
      lines.push(`  ${id.padEnd(width)}  ${what}`);
      lines.push(`  ${''.padEnd(width)}  ${facts.join(' · ')}`);
    }
  });
  return lines.join('\n');
}

function describeCommand(command: string | string[]): string {
  if (Array.isArray(command)) return `[${command.map((a) => JSON.stringify(a)).join(', ')}]`;
  const lines = command.trim().split('\n');
  return lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : lines[0]!;
}
