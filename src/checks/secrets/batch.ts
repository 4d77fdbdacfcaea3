// What crosses between the scanning thread(s) and the check: a batch of files in, per-batch results out.
import type { FileScanner, FileStatus } from './file-scanner.js';
import type { MatcherSpec, RawMatch } from './matcher.js';

/** [absolute path, repository-relative path] */
export type FileRef = readonly [string, string];

export interface BatchResult {
  counts: Record<FileStatus, number>;
  /** Bytes of the files that were scanned. */
  bytes: number;
  matches: Array<{ path: string; matches: RawMatch[] }>;
}

export function emptyResult(): BatchResult {
  return { counts: { scanned: 0, binary: 0, 'too-large': 0, unreadable: 0 }, bytes: 0, matches: [] };
}

export function scanBatch(scanner: FileScanner, files: readonly FileRef[]): BatchResult {
  const result = emptyResult();
  for (const [abs, rel] of files) {
    const r = scanner.scan(abs, rel);
    result.counts[r.status]++;
    if (r.status === 'scanned') result.bytes += r.bytes;
    if (r.matches.length > 0) result.matches.push({ path: rel, matches: r.matches });
  }
  return result;
}

export function mergeResults(into: BatchResult, from: BatchResult): void {
  for (const k of Object.keys(into.counts) as FileStatus[]) into.counts[k] += from.counts[k];
  into.bytes += from.bytes;
  into.matches.push(...from.matches);
}

export interface WorkerInit {
  spec: MatcherSpec;
  maxFileSize: number;
}

export type WorkerRequest = { id: number; files: FileRef[] };

/** The first message a worker sends: proves the script spawned is the secrets worker. */
export const WORKER_HELLO = 'runlens-secrets-worker';
