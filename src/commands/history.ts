// `runlens report history DIR|FILE…`: earlier runs' run.json files → the pipeline's trend (src/report/history.ts).
// A directory is an output directory holding run.json, or a folder of them (`history/<run>/run.json`, as
// downloaded artifacts lie). A file that is not a runlens run.json is an error naming the file and the place.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../base/errors.js';
import { readRunJson } from '../ingest/run-json.js';
import type { RunResult } from '../model/result.js';
import { historyMarkdown } from '../report/history.js';
import { REPORT_FILES } from '../report/write-reports.js';

export interface HistoryRequest {
  /** Output directories, folders of them, or run.json files (relative to `cwd`). */
  paths: string[];
  cwd: string;
  /** Only the most recent N runs. */
  last?: number;
  /** Heading level of the section (the job summary nests it under its own heading). */
  level?: number;
}

export async function reportHistory(req: HistoryRequest): Promise<string> {
  const runs = await readRunHistory(req.paths, req.cwd);
  return historyMarkdown(runs, { ...(req.last ? { last: req.last } : {}), ...(req.level ? { level: req.level } : {}) });
}

/** Every run.json the paths name, read and checked; at least one, or a usage error. */
export async function readRunHistory(paths: string[], cwd: string): Promise<RunResult[]> {
  if (paths.length === 0) throw new UsageError('report history: name the output directories (or run.json files) of earlier runs');
  const files = new Set<string>();
  for (const p of paths) for (const f of await runFilesAt(path.resolve(cwd, p), p)) files.add(f);
  const runs: RunResult[] = [];
  for (const file of files) runs.push(await readRunJson(file));
  return runs;
}

async function runFilesAt(target: string, given: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new UsageError(`report history: ${given}: no such file or directory`);
  if (info.isFile()) return [target];
  const own = path.join(target, REPORT_FILES.runJson);
  if (
    await stat(own)
      .then((s) => s.isFile())
      .catch(() => false)
  )
    return [own];
  const found: string[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const candidate = path.join(target, entry.name, REPORT_FILES.runJson);
    if (
      entry.isDirectory() &&
      (await stat(candidate)
        .then((s) => s.isFile())
        .catch(() => false))
    )
      found.push(candidate);
  }
  if (found.length === 0)
    throw new UsageError(
      `report history: ${given} holds no ${REPORT_FILES.runJson} (nor do its folders); give output directories of earlier runs or their run.json files`,
    );
  return found;
}

/**
 * `runlens run --history DIR`: the trend over the earlier runs and this one, for the job summary. Unreadable
 * history is a warning for the run's notes, never a failed run.
 */
export async function historyForSummary(
  current: RunResult,
  paths: string[],
  cwd: string,
): Promise<{ markdown?: string; warning?: string }> {
  try {
    const earlier = await readRunHistory(paths, cwd);
    // The output dir's own run.json is the previous run until the reports overwrite it: never this run twice.
    const runs = [...earlier.filter((r) => r.startedAt !== current.startedAt), current];
    return { markdown: historyMarkdown(runs, { level: 3 }) };
  } catch (err) {
    return { warning: `The pipeline history is left out of the summary: ${(err as Error).message}` };
  }
}
