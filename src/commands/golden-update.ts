// `runlens golden update [CASE...]` and the action's `golden-update` input: rewrite goldens from actuals,
// for every `uses: golden` step (or the one named), and say what changed.
import { createExec } from '../engine/exec.js';
import path from 'node:path';
import type { GoldenOptions } from '../checks/golden/options.js';
import { updateGoldens, type UpdateReport } from '../checks/golden/update.js';
import { loadConfig } from '../config/load.js';
import { UsageError } from '../base/errors.js';

export interface GoldenUpdateRequest {
  workspace: string;
  configPath?: string;
  env: Record<string, string | undefined>;
  cases?: string[];
  /** Only this golden step. */
  step?: string;
  log: (line: string) => void;
  signal?: AbortSignal;
}

export async function goldenUpdate(req: GoldenUpdateRequest): Promise<Array<{ step: string; report: UpdateReport }>> {
  const { config } = await loadConfig({ cwd: req.workspace, configPath: req.configPath, env: req.env });
  const steps = Object.entries(config.steps).filter(([id, s]) => s.uses === 'golden' && (!req.step || id === req.step));
  if (steps.length === 0) {
    throw new UsageError(
      req.step ? `golden update: "${req.step}" is not a \`uses: golden\` step` : 'golden update: runlens.yml has no `uses: golden` step',
    );
  }
  const results: Array<{ step: string; report: UpdateReport }> = [];
  const unknown: UsageError[] = [];
  for (const [id, step] of steps) {
    req.log(`── ${id}`);
    try {
      const report = await updateGoldens({
        cwd: path.resolve(req.workspace, step['working-directory'] ?? '.'),
        workspace: req.workspace,
        options: step.with as GoldenOptions,
        cases: req.cases,
        log: req.log,
        signal: req.signal,
        exec: createExec({
          shell: config.defaults.shell,
          cwd: path.resolve(req.workspace, step['working-directory'] ?? '.'),
          env: { ...req.env, ...step.env },
          killGraceMs: config['kill-grace'],
          signal: req.signal ?? new AbortController().signal,
          line: req.log,
          note: req.log,
          requires: [],
        }),
      });
      results.push({ step: id, report });
    } catch (err) {
      // With several golden steps, a case name belongs to one of them: only fail when none knows it.
      if (err instanceof UsageError && steps.length > 1 && req.cases?.length) unknown.push(err);
      else throw err;
    }
  }
  if (results.length === 0 && unknown[0]) throw unknown[0];
  return results;
}
