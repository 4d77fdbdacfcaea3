// A sharded run (`runlens run --shard I/N`): this job scans its share of the files semgrep would scan.
// semgrep itself picks the targets (`--x-ls`: .semgrepignore, git-tracked files, include/exclude), so a
// shard scans exactly the files an unsharded run would, split by a stable hash of their repository path.
import path from 'node:path';
import { repoPath } from '../../base/repo-path.js';
import { inShard, type CheckContext, type ExecResult } from '../check.js';

/** Past this many characters of file names, the list is not passed as arguments (ARG_MAX). */
const MAX_TARGET_CHARS = 1_000_000;

export type ShardTargets = { files: string[]; of: number } | { fallback: string };

/**
 * This shard's files, relative to the step's working directory, from semgrep's own target list;
 * `fallback` (why) when that list cannot be had or passed, and the whole scan is filtered instead.
 */
export async function shardTargets(
  ctx: CheckContext<unknown>,
  semgrep: (args: string[]) => Promise<ExecResult>,
  selectArgs: string[],
  paths: string[],
): Promise<ShardTargets> {
  // `--x-ls` is experimental in semgrep (1.185 has it): without it, scan everything and keep this shard's findings.
  const r = await semgrep(['scan', '--x-ls', '--metrics=off', '--disable-version-check', ...selectArgs, '--', ...paths]);
  if (r.status !== 'passed') return { fallback: `semgrep --x-ls did not list the targets (${r.error ?? `exit ${String(r.exitCode)}`})` };
  const all = r.stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const files = all.filter((f) => inShard(ctx, repoPath(ctx.workspace, path.resolve(ctx.cwd, f))));
  if (files.reduce((n, f) => n + f.length + 1, 0) > MAX_TARGET_CHARS)
    return { fallback: `this shard's ${files.length} files are too many to pass as arguments` };
  // `./` keeps a file named like a flag a file.
  return { files: files.map((f) => (f.startsWith('-') ? `./${f}` : f)), of: all.length };
}
