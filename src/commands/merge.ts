// `runlens merge DIR...`: the output directories of a sharded run's jobs → one set of reports, as if one
// job had run: run.json, runlens.sarif, summary.md, junit.xml, the GitLab reports, the step logs and
// one trace (the shards share a trace id derived from the CI run id).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXIT, UsageError } from '../base/errors.js';
import { mergeShardRuns, type ShardRun } from '../findings/merge-runs.js';
import { readRunJson } from '../ingest/run-json.js';
import type { RunResult } from '../model/result.js';
import type { Platform } from '../platform/platform.js';
import { actionOutputs } from '../report/outputs.js';
import { REPORT_FILES, writeReports, type ReportPaths } from '../report/write-reports.js';
import { TRACE_FILE, traceSummaryMarkdown } from '../telemetry/index.js';

export interface MergeRequest {
  /** The shards' output directories (absolute). */
  dirs: string[];
  /** Absolute; where the merged reports go. */
  outputDir: string;
  platform: Platform;
}

export async function mergeShards(req: MergeRequest): Promise<{ run: RunResult; paths: ReportPaths }> {
  if (req.dirs.length === 0) throw new UsageError('merge: name the output directories of the shards, e.g. runlens merge shards/*');
  const out = path.resolve(req.outputDir);
  if (req.dirs.some((d) => path.resolve(d) === out))
    throw new UsageError(`merge: the output directory ${out} is also a shard's; merge into another directory (--output-dir)`);
  const inputs: ShardRun[] = [];
  for (const dir of req.dirs) inputs.push({ dir, ...(await readShard(dir)) });
  const run = mergeShardRuns(inputs, { exitCodes: { passed: EXIT.passed, failed: EXIT.failed } });
  run.outputDir = out;
  await mkdir(path.join(out, 'logs'), { recursive: true });
  await mergeLogs(run, inputs, out);
  const traced = await mergeTraces(inputs, path.join(out, TRACE_FILE));
  const summaryTail = traced ? traceSummaryMarkdown(run) : '';
  const paths = await writeReports(run, { outputDir: out, gitlab: req.platform.info.kind === 'gitlab', summaryTail });
  await req.platform.writeSummary(await readFile(paths.summary, 'utf8'));
  await req.platform.setOutputs(actionOutputs(run, paths));
  return { run, paths };
}

async function readShard(dir: string): Promise<{ run?: RunResult }> {
  const file = path.join(dir, REPORT_FILES.runJson);
  // A shard that wrote nothing (it crashed, its artifact is missing) is told apart from a damaged one.
  if (!existsSync(file)) return {};
  return { run: await readRunJson(file) };
}

/** Each step's log, from the shard that ran it; a split step's logs one after the other under a header per shard. */
async function mergeLogs(run: RunResult, inputs: ShardRun[], out: string): Promise<void> {
  for (const step of run.steps) {
    const sources = inputs.filter((i) => i.run?.steps.some((s) => s.id === step.id && s.logPath));
    if (sources.length === 0) continue;
    const logPath = `logs/${step.id}.log`;
    const target = path.join(out, logPath);
    if (sources.length === 1) {
      const s = sources[0]!.run!.steps.find((x) => x.id === step.id)!;
      const ok = await copyFile(path.join(sources[0]!.dir, s.logPath!), target).then(
        () => true,
        () => false,
      );
      if (ok) step.logPath = logPath;
      else delete step.logPath;
      continue;
    }
    const parts: string[] = [];
    for (const i of sources) {
      const s = i.run!.steps.find((x) => x.id === step.id)!;
      const text = await readFile(path.join(i.dir, s.logPath!), 'utf8').catch(() => '(log missing)\n');
      parts.push(`── shard ${i.run!.shard?.index}/${i.run!.shard?.total} (${i.dir}) ──\n${text}`);
    }
    await writeFile(target, parts.join(''));
    step.logPath = logPath;
  }
}

/** The shards' OTLP JSON lines, one after the other: one trace when they share the trace id. */
async function mergeTraces(inputs: ShardRun[], target: string): Promise<boolean> {
  const parts: string[] = [];
  for (const i of inputs) {
    const text = await readFile(path.join(i.dir, TRACE_FILE), 'utf8').catch(() => '');
    if (text.trim()) parts.push(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (parts.length === 0) return false;
  await writeFile(target, parts.join(''));
  return true;
}
