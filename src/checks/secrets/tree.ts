// Lists the working-tree files to scan: under the given paths, minus what .gitignore files (nested ones
// included, deeper ones winning, as git reads them) and the allowlist exclude, minus `.git/`, the output
// directory and symlinks. Symlinks are never followed: one inside the root points at a file that is
// scanned under its own path, and one leaving the root points at something that is not the repository's.
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import { toPosix } from '../../base/repo-path.js';
import type { FileRef } from './batch.js';

export interface TreeOptions {
  /** Absolute repository root; paths are reported relative to it. */
  root: string;
  /** Absolute files or directories to scan. */
  paths: string[];
  gitignore: boolean;
  /** Absolute directories never entered (the output directory). */
  skipDirs: string[];
  /** Repository-relative path → excluded by the allowlist. */
  excluded(relativePath: string): boolean;
  signal: AbortSignal;
}

export interface TreeListing {
  files: FileRef[];
  symlinksInside: number;
  symlinksOutside: number;
  ignored: number;
}

type Ignore = ignore.Ignore;

interface IgnoreLayer {
  /** Repository-relative directory the .gitignore sits in ('' for the root). */
  base: string;
  ig: Ignore;
}

const READDIR_CONCURRENCY = 16;

async function loadIgnore(file: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Ignored when the deepest .gitignore with an opinion says so (a `!pattern` there re-includes). */
function isIgnored(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const { base, ig } = layers[i]!;
    const sub = base === '' ? rel : rel.slice(base.length + 1);
    const r = ig.test(isDir ? `${sub}/` : sub);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

export async function listTree(opts: TreeOptions): Promise<TreeListing> {
  const out: TreeListing = { files: [], symlinksInside: 0, symlinksOutside: 0, ignored: 0 };
  const skip = new Set(opts.skipDirs.map((d) => path.resolve(d)));
  const rootReal = await realpath(opts.root).catch(() => opts.root);
  const seen = new Set<string>();

  const rootLayers: IgnoreLayer[] = [];
  if (opts.gitignore) {
    const exclude = await loadIgnore(path.join(opts.root, '.git', 'info', 'exclude'));
    if (exclude) rootLayers.push({ base: '', ig: exclude });
  }

  /** The .gitignore layers that apply inside `dirRel`, from the root down (for scan paths below the root). */
  const layersFor = async (dirRel: string): Promise<IgnoreLayer[]> => {
    const layers = [...rootLayers];
    if (!opts.gitignore) return layers;
    const parts = dirRel === '' ? [] : dirRel.split('/');
    for (let i = 0; i <= parts.length; i++) {
      const base = parts.slice(0, i).join('/');
      const ig = await loadIgnore(path.join(opts.root, base, '.gitignore'));
      if (ig) layers.push({ base, ig });
    }
    return layers;
  };

  const classifySymlink = async (abs: string): Promise<void> => {
    const target = await realpath(abs).catch(() => undefined);
    if (target && (target === rootReal || target.startsWith(rootReal + path.sep))) out.symlinksInside++;
    else out.symlinksOutside++;
  };

  type Job = { abs: string; rel: string; layers: IgnoreLayer[] };
  const queue: Job[] = [];
  for (const p of opts.paths) {
    const abs = path.resolve(p);
    const rel = toPosix(path.relative(opts.root, abs));
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const st = await lstat(abs).catch(() => undefined);
    if (!st) continue;
    if (st.isSymbolicLink()) {
      await classifySymlink(abs);
    } else if (st.isFile()) {
      if (!seen.has(abs) && !opts.excluded(rel)) {
        seen.add(abs);
        out.files.push([abs, rel]);
      }
    } else if (st.isDirectory()) {
      queue.push({ abs, rel, layers: await layersFor(rel) });
    }
  }

  const visit = async (job: Job): Promise<void> => {
    if (skip.has(job.abs) || seen.has(job.abs)) return;
    seen.add(job.abs);
    const entries = await readdir(job.abs, { withFileTypes: true }).catch(() => []);
    let layers = job.layers;
    if (opts.gitignore && job.rel !== '' && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const ig = await loadIgnore(path.join(job.abs, '.gitignore'));
      if (ig) layers = [...layers, { base: job.rel, ig }];
    }
    for (const e of entries) {
      const abs = path.join(job.abs, e.name);
      const rel = job.rel === '' ? e.name : `${job.rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name === '.git' || skip.has(abs)) continue;
        if (isIgnored(layers, rel, true)) {
          out.ignored++;
          continue;
        }
        if (opts.excluded(`${rel}/`)) continue;
        queue.push({ abs, rel, layers });
      } else if (e.isFile()) {
        if (isIgnored(layers, rel, false)) {
          out.ignored++;
          continue;
        }
        if (opts.excluded(rel)) continue;
        out.files.push([abs, rel]);
      } else if (e.isSymbolicLink()) {
        await classifySymlink(abs);
      }
    }
  };

  // A bounded number of readdirs in flight: directory trees are wide, and each readdir is a round trip.
  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    if (opts.signal.aborted) throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted');
    while (queue.length > 0 && running.size < READDIR_CONCURRENCY) {
      const p: Promise<void> = visit(queue.pop()!).finally(() => running.delete(p));
      running.add(p);
    }
    if (running.size > 0) await Promise.race(running);
  }
  // Deterministic order: findings and baselines should not depend on readdir timing.
  out.files.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return out;
}
