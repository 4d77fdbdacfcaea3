// `runlens golden update [CASE...]` and the action's `golden-update` input: rewrite goldens from actuals,
// for every `uses: golden` step (or the one named), and say what changed.
import { createExec } from '../engine/exec.js';
import path from 'node:path';
import type { GoldenOptions } from '../checks/golden/options.js';
import { updateGoldens, type UpdateReport } from '../checks/golden/update.js';
import { loadConfig } from '../config/load.js';
import { UsageError, formatPosition } from '../base/errors.js';
import { atomicWriteFile } from '../base/atomic-write.js';
import { repoPath } from '../base/repo-path.js';
import { pathEscape, realPathEscape } from '../base/workspace-path.js';
import { describeFiles, ledgerMark, writtenSince } from '../base/written-files.js';

/** The audit trail of an update (there is no run.json): what it wrote, with sizes and sha256. */
export const GOLDEN_UPDATE_FILE = 'golden-update.json';

export interface GoldenUpdateAudit {
  version: 1;
  command: 'golden update';
  startedAt: string;
  /** Set when the update stopped on an error: the files listed were written before it. */
  error?: string;
  steps: Array<{ step: string } & UpdateReport>;
  /** Every file the update wrote or replaced, repository-relative. */
  files: Array<{ path: string; bytes: number; sha256: string }>;
}

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
  const { config, locate, path: configFile } = await loadConfig({ cwd: req.workspace, configPath: req.configPath, env: req.env });
  const outputDir = path.resolve(req.workspace, config['output-dir']);
  // As for a run: runlens.yml's output-dir stays inside the workspace; RUNLENS_OUTPUT_DIR may point anywhere.
  if (!req.env.RUNLENS_OUTPUT_DIR?.trim()) {
    const escape = pathEscape(req.workspace, req.workspace, config['output-dir']) ?? realPathEscape(req.workspace, outputDir);
    if (escape) {
      const where = configFile ? ` (output-dir, ${formatPosition(locate(['output-dir'], 'value'))})` : '';
      throw new UsageError(`golden update: the output directory ${config['output-dir']} cannot be written: ${escape}${where}`);
    }
  }
  const steps = Object.entries(config.steps).filter(([id, s]) => s.uses === 'golden' && (!req.step || id === req.step));
  if (steps.length === 0) {
    throw new UsageError(
      req.step ? `golden update: "${req.step}" is not a \`uses: golden\` step` : 'golden update: runlens.yml has no `uses: golden` step',
    );
  }
  const results: Array<{ step: string; report: UpdateReport }> = [];
  const unknown: UsageError[] = [];
  const mark = ledgerMark();
  const startedAt = new Date().toISOString();
  try {
    await updateSteps();
  } catch (err) {
    await writeAudit(req, outputDir, mark, startedAt, results, (err as Error).message).catch(() => undefined);
    throw err;
  }
  if (results.length === 0 && unknown[0]) throw unknown[0];
  await writeAudit(req, outputDir, mark, startedAt, results);
  return results;

  async function updateSteps(): Promise<void> {
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
  }
}

/** Prints what the update wrote (path, size, sha256) and writes it as JSON to <output-dir>/golden-update.json. */
async function writeAudit(
  req: GoldenUpdateRequest,
  outputDir: string,
  mark: number,
  startedAt: string,
  results: Array<{ step: string; report: UpdateReport }>,
  error?: string,
): Promise<string> {
  const files = (await describeFiles(writtenSince(mark))).map((f) => ({
    path: repoPath(req.workspace, f.file),
    bytes: f.bytes,
    sha256: f.sha256,
  }));
  const audit: GoldenUpdateAudit = {
    version: 1,
    command: 'golden update',
    startedAt,
    ...(error !== undefined ? { error } : {}),
    steps: results.map((r) => ({ step: r.step, ...r.report })),
    files,
  };
  const file = path.join(outputDir, GOLDEN_UPDATE_FILE);
  await atomicWriteFile(file, `${JSON.stringify(audit, null, 2)}\n`);
  for (const f of files) req.log(`wrote      ${f.path} (${f.bytes} bytes, sha256 ${f.sha256})`);
  req.log(`golden update: the files written are listed in ${repoPath(req.workspace, file)}`);
  return file;
}
