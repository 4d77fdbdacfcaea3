// Phase 1 of a secret scan: the working tree. Lists the files, then scans them in worker threads when
// there are enough to pay for starting them, else in this thread.
import { availableParallelism } from 'node:os';
import { emptyResult, mergeResults, scanBatch, type BatchResult, type FileRef } from './batch.js';
import { FileScanner } from './file-scanner.js';
import type { Matcher, MatcherSpec } from './matcher.js';
import { scanInWorkers } from './pool.js';
import { requireEachPathMatched, resolveScanPaths, type ScanPathsInput } from './scan-paths.js';
import type { SecretScanInput, SecretScanStats } from './scan.js';
import { listTree, type TreeListing } from './tree.js';

/** Below this many files, starting worker threads (~30 ms each) costs more than it saves. */
const IN_THREAD_MAX_FILES = 200;

export interface TreeScanSetup {
  spec: MatcherSpec;
  matcher: Matcher;
  excluded(rel: string): boolean;
}

async function scanFilesInThread(scanner: FileScanner, files: readonly FileRef[], signal: AbortSignal): Promise<BatchResult> {
  const total = emptyResult();
  for (let i = 0; i < files.length; i += 32) {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
    mergeResults(total, scanBatch(scanner, files.slice(i, i + 32)));
    // Let timers and the abort signal through between batches.
    await new Promise((r) => setImmediate(r));
  }
  return total;
}

/** Scans the working tree; fills the file counts of `stats`. */
export async function scanTree(input: SecretScanInput, setup: TreeScanSetup, stats: SecretScanStats): Promise<BatchResult> {
  const { options } = input;
  const { spec, matcher, excluded } = setup;
  const maxFileSize = options['max-file-size'];
  const pathsInput: ScanPathsInput = {
    workspace: input.workspace,
    cwd: input.cwd,
    paths: options.paths,
    where:
      input.where ??
      ((p) =>
        `step "${input.stepId}", with.${p
          .map((x) => (typeof x === 'number' ? `[${x}]` : x))
          .join('.')
          .replace('.[', '[')}`),
  };
  const roots = resolveScanPaths(pathsInput);
  const listing: TreeListing = await input.phase('list files', () =>
    listTree({
      root: input.workspace,
      paths: roots,
      gitignore: options.gitignore,
      skipDirs: input.skipDirs,
      excluded,
      signal: input.signal,
    }),
  );
  requireEachPathMatched(pathsInput, roots, listing.files);
  // A sharded run scans this shard's files only (after the check above: a path may match another shard's files).
  if (input.keep) listing.files = listing.files.filter(([, rel]) => input.keep!(rel));
  Object.assign(stats, { ignored: listing.ignored, symlinksInside: listing.symlinksInside, symlinksOutside: listing.symlinksOutside });
  const wanted = options.workers === 'auto' ? availableParallelism() : options.workers;
  const workers = listing.files.length < IN_THREAD_MAX_FILES ? 0 : Math.min(wanted, Math.ceil(listing.files.length / 48));
  const tree = await input.phase(
    'scan working tree',
    async () => {
      if (workers > 0) {
        try {
          const r = await scanInWorkers(listing.files, { workers, init: { spec, maxFileSize }, signal: input.signal });
          stats.workers = workers;
          return r;
        } catch (err) {
          if (input.signal.aborted) throw err;
          input.log(`secrets: worker threads unavailable (${(err as Error).message}); scanning in this thread`);
        }
      }
      return scanFilesInThread(new FileScanner(matcher, maxFileSize), listing.files, input.signal);
    },
    { 'runlens.secrets.files': listing.files.length, 'runlens.secrets.workers': workers },
  );
  Object.assign(stats, {
    files: tree.counts.scanned,
    bytes: tree.bytes,
    binary: tree.counts.binary,
    tooLarge: tree.counts['too-large'],
    unreadable: tree.counts.unreadable,
  });
  return tree;
}
