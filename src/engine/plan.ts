// The validated DAG a run executes: every step resolved over `defaults`, in a stable topological order.
import path from 'node:path';
import type { Config, StepConfig } from '../config/schema.js';
import { formatDuration } from '../base/duration.js';
import { suggest } from '../config/suggest.js';
import { ConfigError, UsageError } from '../base/errors.js';
import { pathEscape } from '../base/workspace-path.js';
import type { ConfigIssue, SourcePosition } from '../base/errors.js';
import { ExpressionError, isTemplate, parseExpression, parseTemplate, stepsReferenced } from '../config/expressions.js';
import type { Expr, Template } from '../config/expressions.js';
import type { ResourceLimits } from './resources.js';

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
  /** Globs of the files the step reads (relative to the workspace): part of its cache key. */
  inputs?: string[];
  /** `cache: true`: a hit in the step cache replays the step instead of running it. */
  cache?: boolean;
  /** `if:`, parsed: evaluated when the needs are done (src/config/expressions.ts). */
  condition?: { source: string; expr: Expr };
  /** `env:` values holding `${{ … }}`, parsed; rendered into `env` when the step starts. */
  envTemplates?: Record<string, Template>;
  /** `resources:` of a `run:` step (src/engine/resources.ts). */
  resources?: ResourceLimits;
  /** One combination of a `matrix:` step: the step id it came from, its values, and how many of its siblings may run at once. */
  matrix?: { of: string; values: Record<string, string>; maxParallel?: number };
  /** Names of the run's `secrets:` this step gets as environment variables (no other step sees them). */
  secrets?: string[];
  /** Set on a `run:` step of untrusted code (src/platform/github-trust.ts): it is skipped with this reason. */
  refused?: string;
}

export interface Plan {
  steps: PlannedStep[];
  levels: string[][];
}

export interface PlanOptions {
  /** Run only these steps and everything they need, transitively. */
  only?: string[];
  /** Where a config path sits in runlens.yml, for error messages. */
  locate?: (path: (string | number)[], part?: 'key' | 'value') => SourcePosition;
  /** Repository root that `working-directory` is relative to (default: the current directory). */
  workspace?: string;
  /** What the files a step names must stay inside (default: `workspace`): base/workspace-path.ts. */
  root?: string;
}

export function buildPlan(config: Config, opts: PlanOptions = {}): Plan {
  const locate = opts.locate ?? (() => ({ file: 'runlens.yml' }));
  const workspace = path.resolve(opts.workspace ?? process.cwd());
  const ids = Object.keys(config.steps);
  const issues: ConfigIssue[] = [];
  const at = (p: (string | number)[], message: string, suggestion?: string): void => {
    issues.push({ ...locate(p), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
  };

  // The checks below walk `needs` depth first; a chain of tens of thousands of steps would overflow the stack.
  if (ids.length > MAX_STEPS)
    throw new ConfigError([
      { ...locate(['steps']), path: 'steps', message: `has ${ids.length} steps; a pipeline may have at most ${MAX_STEPS}` },
    ]);
  const resolved = new Map<string, Omit<PlannedStep, 'level'>>();
  for (const id of ids) {
    const step = config.steps[id]!;
    step.needs.forEach((need, i) => {
      if (need === id) at(['steps', id, 'needs', i], `step "${id}" needs itself; remove "${need}" from its needs`);
      else if (!(need in config.steps)) at(['steps', id, 'needs', i], `needs "${need}", which is not a step`, suggest(need, ids));
    });
    const combinations = matrixSize(step);
    if (combinations > MAX_MATRIX)
      at(
        ['steps', id, 'matrix'],
        `crosses into ${combinations.toLocaleString('en-US')} combinations; a matrix may have at most ${MAX_MATRIX} (GitHub Actions' limit too)`,
      );
    resolved.set(id, resolveStep(id, step, config, workspace));
    refuseEscapes(resolved.get(id)!, opts.root ?? workspace, at);
  }
  // The step cache is written (and restored from) by runlens: runlens.yml may not put it outside the workspace.
  const cacheDir = config['cache-dir'];
  const cacheEscape = typeof cacheDir === 'string' ? pathEscape(opts.root ?? workspace, workspace, cacheDir) : undefined;
  if (cacheEscape)
    issues.push({
      ...locate(['cache-dir'], 'value'),
      path: 'cache-dir',
      message: `cache-dir "${cacheDir}" is refused: ${cacheEscape}; runlens reads and writes only files inside the workspace`,
    });
  if (issues.length === 0) issues.push(...findCycles(config, locate));
  if (issues.length === 0) issues.push(...parseExpressions(config, resolved, locate));
  if (issues.length > 0) throw new ConfigError(issues);

  const selected = opts.only?.length ? closure(opts.only, config) : new Set(ids);
  // Matrix steps become one step per combination; a need of a matrix step needs every combination.
  const expanded = new Map<string, Omit<PlannedStep, 'level'>[]>();
  for (const id of ids) expanded.set(id, expandMatrix(resolved.get(id)!, config.steps[id]!));
  const planned = ids.reduce((n, id) => n + expanded.get(id)!.length, 0);
  if (planned > MAX_STEPS)
    throw new ConfigError([
      { ...locate(['steps']), path: 'steps', message: `its matrices expand to ${planned} steps; a pipeline may have at most ${MAX_STEPS}` },
    ]);
  const all = ids
    .flatMap((id) => expanded.get(id)!)
    .map((s) => ({ ...s, needs: s.needs.flatMap((n) => expanded.get(n)!.map((x) => x.id)) }));
  const byId = new Map(all.map((s) => [s.id, s]));
  const level = new Map<string, number>();
  // One more than the deepest need (the needs are acyclic by now); a loop, not recursion: chains can be long.
  const levelOf = (start: string): number => {
    const pending = [start];
    while (pending.length > 0) {
      const id = pending.at(-1)!;
      if (level.has(id)) {
        pending.pop();
        continue;
      }
      const needs = byId.get(id)!.needs;
      const unknown = needs.filter((n) => !level.has(n));
      if (unknown.length > 0) {
        pending.push(...unknown);
        continue;
      }
      level.set(
        id,
        needs.reduce((l, n) => Math.max(l, level.get(n)! + 1), 0),
      );
      pending.pop();
    }
    return level.get(start)!;
  };
  const order = new Map(all.map((s, i) => [s.id, i]));
  const steps = all
    .filter((s) => selected.has(s.matrix?.of ?? s.id))
    .map((s) => ({ ...s, level: levelOf(s.id) }))
    .sort((a, b) => a.level - b.level || order.get(a.id)! - order.get(b.id)!);
  const levels: string[][] = [];
  for (const s of steps) (levels[s.level] ??= []).push(s.id);
  return { steps, levels };
}

/**
 * The files a step names for runlens to read or write — `sarif:`, `junit:`, `problem-matcher:`, a golden
 * case's `actual` and `expected`, semgrep's `sarif-output` — must lie inside the workspace (symlinks are judged when the files are read).
 */
function refuseEscapes(step: Omit<PlannedStep, 'level'>, root: string, at: (p: (string | number)[], message: string) => void): void {
  const check = (p: (string | number)[], what: string, value: unknown): void => {
    if (typeof value !== 'string') return;
    const why = pathEscape(root, step.cwd, value);
    if (why) at(p, `${what} "${value}" is refused: ${why}; runlens reads and writes only files inside the workspace`);
  };
  const lists: Array<[string, string[] | undefined]> = [
    ['sarif', step.sarif],
    ['junit', step.junit],
    ['problem-matcher', step.problemMatchers],
  ];
  for (const [key, list] of lists) for (const value of list ?? []) check(['steps', step.id, key], key, value);
  // semgrep writes its own SARIF where `sarif-output` says: a file runlens has it write.
  if (step.kind === 'semgrep')
    check(
      ['steps', step.id, 'with', 'sarif-output'],
      'sarif-output',
      (step.options as { 'sarif-output'?: unknown } | undefined)?.['sarif-output'],
    );
  if (step.kind === 'golden') {
    const cases = (step.options as { cases?: Array<{ actual?: unknown; expected?: unknown }> } | undefined)?.cases ?? [];
    cases.forEach((c, i) => {
      check(['steps', step.id, 'with', 'cases', i, 'actual'], 'golden actual', c.actual);
      check(['steps', step.id, 'with', 'cases', i, 'expected'], 'golden expected', c.expected);
    });
  }
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
    ...(step.inputs ? { inputs: step.inputs } : {}),
    ...(step.cache ? { cache: true } : {}),
    ...(step.secrets.length > 0 ? { secrets: step.secrets } : {}),
    ...(step.resources
      ? {
          resources: {
            ...(step.resources.memory !== undefined ? { memoryBytes: step.resources.memory } : {}),
            ...(step.resources.cpus !== undefined ? { cpus: step.resources.cpus } : {}),
            ...(step.resources.pids !== undefined ? { pids: step.resources.pids } : {}),
          },
        }
      : {}),
  };
}

/** `if:` and the `${{ … }}` of `env:` values, parsed now so that `validate` reports their mistakes with a position. */
function parseExpressions(
  config: Config,
  resolved: Map<string, Omit<PlannedStep, 'level'>>,
  locate: (p: (string | number)[], part?: 'key' | 'value') => SourcePosition,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const ids = Object.keys(config.steps);
  const before = new Map<string, Set<string>>();
  const needed = (id: string): Set<string> => {
    let s = before.get(id);
    if (!s) {
      s = new Set();
      before.set(id, s);
      for (const n of config.steps[id]!.needs) {
        s.add(n);
        for (const x of needed(n)) s.add(x);
      }
    }
    return s;
  };
  const report = (p: (string | number)[], source: string, err: unknown): void => {
    if (!(err instanceof ExpressionError)) throw err;
    // The value's position (where the expression starts), and the character within it.
    const pos = locate(p, 'value');
    issues.push({
      ...pos,
      path: p.join('.'),
      message: `${err.message} (at character ${err.offset + 1} of the expression):\n${pointAt(source, err.offset)}`,
    });
  };
  const checkRefs = (p: (string | number)[], id: string, expr: Expr): void => {
    for (const ref of stepsReferenced(expr)) {
      if (!(ref in config.steps)) {
        issues.push({
          ...locate(p),
          path: p.join('.'),
          message: `steps.${ref}: there is no step "${ref}"`,
          ...withSuggestion(suggest(ref, ids)),
        });
      } else if (!needed(id).has(ref)) {
        issues.push({
          ...locate(p),
          path: p.join('.'),
          message: `reads steps.${ref}, but step "${id}" does not need "${ref}" (directly or through its needs); add it to needs`,
        });
      } else if (config.steps[ref]!.matrix) {
        issues.push({
          ...locate(p),
          path: p.join('.'),
          message: `reads steps.${ref}, a matrix step: each combination has its own status and outputs; read them from a step without a matrix`,
        });
      }
    }
  };
  for (const id of ids) {
    const step = config.steps[id]!;
    const planned = resolved.get(id)!;
    if (step.if !== undefined) {
      const source = String(step.if);
      const p = ['steps', id, 'if'];
      try {
        const expr = parseExpression(source);
        checkRefs(p, id, expr);
        planned.condition = { source, expr };
      } catch (err) {
        report(p, source, err);
      }
    }
    for (const [name, value] of Object.entries(step.env)) {
      if (!isTemplate(value)) continue;
      const p = ['steps', id, 'env', name];
      try {
        const t = parseTemplate(value);
        for (const part of t) if (typeof part !== 'string') checkRefs(p, id, part.expr);
        (planned.envTemplates ??= {})[name] = t;
      } catch (err) {
        report(p, value, err);
      }
    }
  }
  return issues;
}

function withSuggestion(s: string | undefined): { suggestion?: string } {
  return s ? { suggestion: s } : {};
}

/** Each combination is a step with its own process and log: ten axes of ten values would be ten billion. */
const MAX_MATRIX = 256;
/** Steps in one pipeline, matrix combinations included: far past any real one, well inside what the planner's walks handle. */
const MAX_STEPS = 5000;

/** How many combinations the axes cross into (before `exclude`/`include`), without building them. */
function matrixSize(config: StepConfig): number {
  if (!config.matrix) return 1;
  const { include, exclude: _exclude, 'max-parallel': _maxParallel, ...axes } = config.matrix;
  const axisValues = Object.values(axes as Record<string, string[]>);
  return (axisValues.length === 0 ? 0 : axisValues.reduce((n, values) => n * values.length, 1)) + include.length;
}

/** The combinations of a `matrix:` (axes crossed, minus `exclude`, plus `include`), each a step of its own. */
function expandMatrix(step: Omit<PlannedStep, 'level'>, config: StepConfig): Omit<PlannedStep, 'level'>[] {
  const m = config.matrix;
  if (!m) return [step];
  const { include, exclude, 'max-parallel': maxParallel, ...axes } = m;
  let combos: Record<string, string>[] = [{}];
  for (const [axis, values] of Object.entries(axes as Record<string, string[]>)) {
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [axis]: v })));
  }
  if (Object.keys(axes).length === 0) combos = [];
  combos = combos.filter((c) => !exclude.some((x) => Object.entries(x).every(([k, v]) => c[k] === v)));
  for (const extra of include) {
    // An include that matches existing combinations on their axes extends them; otherwise it is a combination of its own.
    const axisKeys = Object.keys(extra).filter((k) => k in axes);
    const matching = combos.filter((c) => axisKeys.length > 0 && axisKeys.every((k) => c[k] === extra[k]));
    if (matching.length > 0 && Object.keys(extra).some((k) => !(k in axes))) matching.forEach((c) => Object.assign(c, extra));
    else if (matching.length === 0) combos.push({ ...extra });
  }
  const seen = new Set<string>();
  return combos.flatMap((values) => {
    const label = Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    const id = `${step.id} (${label})`;
    if (seen.has(id)) return [];
    seen.add(id);
    const env = { ...step.env };
    for (const [k, v] of Object.entries(values)) env[`MATRIX_${k.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`] = v;
    return [
      {
        ...step,
        id,
        name: step.name === step.id ? id : `${step.name} (${label})`,
        env,
        matrix: { of: step.id, values, ...(maxParallel ? { maxParallel } : {}) },
      },
    ];
  });
}

/** A cycle found by depth-first search is reported once, naming each member: `a → b → c → a`. */
function findCycles(config: Config, locate: (p: (string | number)[]) => SourcePosition): ConfigIssue[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  // Depth first with an explicit stack of frames (a step and how many of its needs are done): chains can be long.
  const visit = (root: string): void => {
    const frames: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'open');
    stack.push(root);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const needs = config.steps[frame.id]!.needs;
      if (frame.next >= needs.length) {
        frames.pop();
        stack.pop();
        state.set(frame.id, 'done');
        continue;
      }
      const need = needs[frame.next++]!;
      if (state.get(need) === 'open') {
        const cycle = stack.slice(stack.indexOf(need));
        const key = [...cycle].sort().join('\0');
        if (!seen.has(key)) {
          seen.add(key);
          // Printed in "needs" order: a needs b needs c needs a.
          const members = [...cycle, need];
          // A cycle through thousands of steps is named by its ends, not spelled out.
          const text =
            members.length <= 20
              ? members.join(' → ')
              : `${[...members.slice(0, 10), `… (${members.length - 15} more)`, ...members.slice(-5)].join(' → ')}`;
          const p = ['steps', cycle[0]!, 'needs'];
          issues.push({
            ...locate(p),
            path: p.join('.'),
            message: `these steps need each other in a cycle: ${text}; remove one of these needs`,
          });
        }
      } else if (!state.has(need)) {
        state.set(need, 'open');
        stack.push(need);
        frames.push({ id: need, next: 0 });
      }
    }
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
  const add = (first: string): void => {
    const pending = [first];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (selected.has(id)) continue;
      selected.add(id);
      pending.push(...config.steps[id]!.needs);
    }
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
        ...(s.condition ? [`if: ${s.condition.source}`] : []),
        ...(s.secrets ? [`secrets ${s.secrets.join(', ')}`] : []),
        ...(s.matrix?.maxParallel ? [`max-parallel ${s.matrix.maxParallel} of ${s.matrix.of}`] : []),
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

/**
 * The expression around `offset`, and a caret under it: two lines, indented (continuation lines of the
 * issue), at most ~120 characters of the expression, its line breaks and tabs shown as spaces so the caret
 * stays under its character and every line of the error stays one line.
 */
function pointAt(source: string, offset: number): string {
  const WINDOW = 60;
  const start = Math.max(0, offset - WINDOW);
  const end = Math.min(source.length, offset + WINDOW);
  const head = start > 0 ? '…' : '';
  const excerpt = `${head}${source.slice(start, end).replace(/[\r\n\t\v\f]/g, ' ')}${end < source.length ? '…' : ''}`;
  return `  ${excerpt}\n  ${' '.repeat(offset - start + head.length)}^`;
}
