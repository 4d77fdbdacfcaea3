// Lockfile discovery and reading: which files in a repository say what it installs, and what they say.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../../../base/errors.js';
import { isInside, repoRelative, toPosix } from '../../../base/repo-path.js';
import { listTree } from '../../secrets/tree.js';
import type { LockedPackage } from '../package.js';
import { bunFormat } from './bun.js';
import { cargoFormat } from './cargo.js';
import { composerFormat } from './composer.js';
import type { LockfileFormat, ParseIO, SkippedEntry } from './format.js';
import { gemfileFormat } from './gemfile.js';
import { goModFormat } from './go-mod.js';
import { gradleFormat } from './gradle.js';
import { npmFormat } from './npm.js';
import { pipfileFormat } from './pipfile.js';
import { pnpmFormat } from './pnpm.js';
import { poetryFormat } from './poetry.js';
import { requirementsFormat } from './requirements.js';
import { uvFormat } from './uv.js';
import { yarnFormat } from './yarn.js';

export type { LockfileFormat, ParseIO, SkippedEntry } from './format.js';

export const LOCKFILE_FORMATS: readonly LockfileFormat[] = [
  npmFormat,
  yarnFormat,
  pnpmFormat,
  bunFormat,
  requirementsFormat,
  poetryFormat,
  pipfileFormat,
  uvFormat,
  goModFormat,
  cargoFormat,
  gemfileFormat,
  composerFormat,
  gradleFormat,
];

/** Directories that hold installed copies or build output, never the project's own lockfiles. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'target', '.venv', 'venv', '.tox', '.yarn', 'bower_components']);

export function formatFor(fileName: string): LockfileFormat | undefined {
  return LOCKFILE_FORMATS.find((f) => f.matches(fileName));
}

export interface FoundLockfile {
  /** Absolute. */
  path: string;
  /** Repository-relative, forward slashes. */
  rel: string;
  format: LockfileFormat;
}

export interface FindOptions {
  /** Files or directories (relative to `root` or absolute) to look in instead of the whole tree. */
  paths?: string[];
  /** Globs (repository-relative) never read. */
  exclude?: string[];
  /** Absolute directories never entered (the output directory). */
  skipDirs?: string[];
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  signal?: AbortSignal;
}

/** Finds lockfiles under `root` (skipping node_modules, .git, vendor, the output dir, and .gitignored paths), or the listed ones. */
export async function findLockfiles(root: string, opts: FindOptions = {}): Promise<FoundLockfile[]> {
  const absRoot = path.resolve(root);
  const isExcluded = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : () => false;
  const listed = opts.paths?.length ? opts.paths : ['.'];
  const out = new Map<string, FoundLockfile>();
  const dirs: string[] = [];
  for (const p of listed) {
    const abs = path.resolve(absRoot, p);
    const st = await stat(abs).catch(() => undefined);
    if (!st) {
      const shown = toPosix(path.relative(absRoot, abs));
      throw new InputError(
        { file: shown && !shown.startsWith('..') ? shown : p },
        'the listed lockfile path does not exist',
        'check the `paths` of the deps step (they are relative to the repository root)',
      );
    }
    if (st.isDirectory()) {
      if (!isInside(absRoot, abs)) {
        throw new InputError({ file: p }, 'is outside the repository', 'list lockfiles inside the repository the step runs in');
      }
      dirs.push(abs);
      continue;
    }
    const rel = repoRelative(absRoot, abs);
    if (rel === undefined) {
      throw new InputError({ file: p }, 'is outside the repository', 'list lockfiles inside the repository the step runs in');
    }
    const format = formatFor(path.basename(abs));
    if (!format) {
      throw new InputError(
        { file: rel },
        'is not a lockfile runlens reads',
        `known names: ${knownNames()}; list a directory to search it, or rename the file`,
      );
    }
    out.set(abs, { path: abs, rel, format });
  }
  if (dirs.length > 0) {
    const listing = await listTree({
      root: absRoot,
      paths: dirs,
      gitignore: opts.gitignore ?? true,
      skipDirs: opts.skipDirs ?? [],
      excluded: (rel) => {
        if (rel.endsWith('/')) {
          const name = rel.slice(0, -1).split('/').pop()!;
          if (SKIPPED_DIRS.has(name)) return true;
          return isExcluded(rel.slice(0, -1));
        }
        return isExcluded(rel);
      },
      signal: opts.signal ?? new AbortController().signal,
    });
    for (const [abs, rel] of listing.files) {
      const format = formatFor(path.basename(abs));
      if (format && !out.has(abs)) out.set(abs, { path: abs, rel, format });
    }
  }
  return [...out.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function knownNames(): string {
  return 'package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, go.mod, Cargo.lock, Gemfile.lock, gems.locked, composer.lock, gradle.lockfile';
}

export interface ReadOptions {
  /** Told about entries skipped on purpose (unpinned requirements, local paths). */
  onSkipped?(entry: SkippedEntry): void;
}

/** Reads and parses one lockfile. Includes (`-r other.txt`) are read relative to the repository root `abs` implies. */
export async function readLockfile(abs: string, rel: string, format: LockfileFormat, opts: ReadOptions = {}): Promise<LockedPackage[]> {
  const text = await readFile(abs, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(
      { file: rel },
      `cannot read the lockfile (${err.code ?? err.message})`,
      'check that the file exists and is readable',
    );
  });
  // The repository root is where `rel` hangs from `abs`.
  const relParts = rel.split('/').length;
  let root = abs;
  for (let i = 0; i < relParts; i++) root = path.dirname(root);
  const io: ParseIO = {
    readInclude: (includeRel) => readFile(path.resolve(root, includeRel), 'utf8').catch(() => undefined),
    ...(opts.onSkipped && { skipped: opts.onSkipped }),
  };
  return format.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, rel, io);
}
