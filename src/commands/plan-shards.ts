// `runlens plan --shards N [--format text|github-matrix|gitlab] [--durations run.json]`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { Plan } from '../engine/plan.js';
import { formatPartition, githubMatrix, gitlabParallel, parseShardCount, partition, recordedDurations } from '../engine/shard.js';
import { readRunJson } from '../ingest/run-json.js';

export async function partitionOutput(plan: Plan, o: { shards: string; format: string; durations?: string; cwd: string }): Promise<string> {
  const total = parseShardCount(o.shards);
  let durations: Map<string, number> | undefined;
  if (o.durations) {
    const file = path.resolve(o.cwd, o.durations);
    if (!existsSync(file)) throw new UsageError(`--durations: cannot read ${file}; give the run.json of a previous run`);
    durations = recordedDurations(await readRunJson(file));
  }
  const part = partition(plan, total, durations);
  if (o.format === 'github-matrix') return githubMatrix(part);
  if (o.format === 'gitlab') return gitlabParallel(part);
  return formatPartition(part);
}
