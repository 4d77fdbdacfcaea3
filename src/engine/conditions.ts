// Evaluating `if:` and `${{ … }}` env values (parsed into the plan by src/config/expressions.ts) against
// the results the run has so far, and reading the `$RUNLENS_OUTPUT` file a step wrote.
import { execFile } from 'node:child_process';
import picomatch from 'picomatch';
import { blockedBy } from './blocked.js';
import { callsAny, conditionHolds, renderTemplate, usesStatusFunction } from '../config/expressions.js';
import type { Scope } from '../config/expressions.js';
import type { PlannedStep, Plan } from './plan.js';
import type { PlatformInfo, StepResult } from '../model/result.js';

export interface RunState {
  env: Record<string, string | undefined>;
  platform: PlatformInfo;
  results: ReadonlyMap<string, StepResult>;
  /** Unmasked outputs by step id (the results hold the masked ones). */
  outputs: ReadonlyMap<string, Record<string, string>>;
  cancelling: boolean;
  /** Changed files (repository-relative), or undefined when unknown. */
  changedFiles?: string[];
}

export function scopeFor(step: PlannedStep, state: RunState): Scope {
  const env = { ...state.env };
  for (const [k, v] of Object.entries(step.env)) if (!step.envTemplates?.[k]) env[k] = v;
  return {
    env,
    matrix: step.matrix?.values ?? {},
    platform: platformFacts(state.platform, state.env),
    steps: (id) => {
      const r = state.results.get(id);
      return r ? { status: r.status, outputs: state.outputs.get(id) ?? r.outputs ?? {} } : undefined;
    },
    needs: step.needs.map((n) => state.results.get(n)!),
    cancelling: state.cancelling,
    changed: (globs) => {
      if (!state.changedFiles) return true;
      const match = picomatch(globs, { dot: true });
      return state.changedFiles.some((f) => match(f));
    },
  };
}

/** Why the step is skipped (its needs, or its condition), or undefined when it runs. */
export function skipReason(step: PlannedStep, state: RunState): string | undefined {
  const needs = step.needs.map((n) => state.results.get(n)!);
  if (!step.condition) return blockedBy(needs);
  if (!usesStatusFunction(step.condition.expr)) {
    const blocked = blockedBy(needs);
    if (blocked) return blocked;
  }
  return conditionHolds(step.condition.expr, scopeFor(step, state)) ? undefined : `condition is false: if: ${step.condition.source}`;
}

/** The step's env with its `${{ … }}` values rendered. */
export function renderEnv(step: PlannedStep, state: RunState): Record<string, string> {
  if (!step.envTemplates) return step.env;
  const scope = scopeFor(step, state);
  const env = { ...step.env };
  for (const [k, t] of Object.entries(step.envTemplates)) env[k] = renderTemplate(t, scope);
  return env;
}

export function platformFacts(p: PlatformInfo, env: Record<string, string | undefined>): Scope['platform'] {
  const event = env.GITHUB_EVENT_NAME || env.CI_PIPELINE_SOURCE || (p.kind === 'local' ? 'local' : '');
  const branch =
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
    env.CI_COMMIT_BRANCH ||
    env.CI_COMMIT_REF_NAME ||
    (p.ref ?? '').replace(/^refs\/heads\//, '');
  return { kind: p.kind, event, branch };
}

/** Whether some step's condition calls `changed()`: then the run lists the changed files once, up front. */
export function needsChangedFiles(plan: Plan): boolean {
  return plan.steps.some((s) => s.condition && callsAny(s.condition.expr, ['changed']));
}

/**
 * Files changed in the PR/MR (from its base) or, without one, in the last commit; undefined when git cannot
 * tell (then `changed()` is true: a step is not skipped on a guess).
 */
export function listChangedFiles(cwd: string, base: string | undefined): Promise<string[] | undefined> {
  const args = ['-c', 'core.quotePath=false', 'diff', '--name-only', '--no-renames', base ? `${base}...HEAD` : 'HEAD~1', '--'];
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
      resolve(err ? undefined : stdout.split('\n').filter((l) => l.length > 0));
    });
  });
}

/**
 * The `$RUNLENS_OUTPUT` file, as GitHub reads `$GITHUB_OUTPUT`: `name=value` lines, and
 * `name<<DELIMITER` … `DELIMITER` for multi-line values. Returns the outputs and the lines it could not read.
 */
export function parseOutputs(text: string): { outputs: Record<string, string>; problems: string[] } {
  const outputs: Record<string, string> = {};
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const heredoc = /^([A-Za-z_][A-Za-z0-9_-]*)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter!, i + 1);
      if (end < 0) {
        problems.push(`output "${name}": no closing line "${delimiter}"`);
        break;
      }
      outputs[name!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      problems.push(`line ${i + 1} is neither name=value nor name<<DELIMITER`);
      continue;
    }
    outputs[name] = line.slice(eq + 1);
  }
  return { outputs, problems };
}
