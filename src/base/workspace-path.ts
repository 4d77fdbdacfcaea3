// The one guard for paths runlens reads or writes on a pipeline's behalf (golden, SARIF, JUnit,
// problem-matcher files, the output directory): they stay inside the workspace. A runlens.yml from an
// untrusted change must not make runlens read /etc/shadow into a report (`sarif: /etc/shadow`), nor write
// a golden update through `../` or a symlink onto a file elsewhere on the runner.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './repo-path.js';

/**
 * Why `target` (relative to `base`, or absolute) lies outside `root`, judged on the path alone; undefined
 * when it is inside. For a glob, the part before its first wildcard is what is judged.
 */
export function pathEscape(root: string, base: string, target: string): string | undefined {
  const fixed = staticPrefix(target);
  const absolute = path.resolve(base, fixed);
  if (isInside(root, absolute)) return undefined;
  return path.isAbsolute(target)
    ? `it is an absolute path outside the workspace (${root})`
    : `it leads out of the workspace (${root}) through ".."`;
}

/**
 * Why the file at `file` (absolute) is really outside `root` once symlinks are followed: the file itself
 * when it exists, else the nearest directory above it that does (where it would be written). Undefined
 * when it is inside.
 */
export function realPathEscape(root: string, file: string): string | undefined {
  const realRoot = real(root) ?? path.resolve(root);
  let probe = path.resolve(file);
  let resolved = real(probe);
  while (resolved === undefined && path.dirname(probe) !== probe) {
    probe = path.dirname(probe);
    resolved = real(probe);
  }
  if (resolved === undefined || isInside(realRoot, resolved)) return undefined;
  return probe === path.resolve(file)
    ? `it is a symlink to ${resolved}, outside the workspace (${root})`
    : `${probe} is a symlink to ${resolved}, outside the workspace (${root})`;
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** `reports/**\/*.sarif` → `reports`; a path with no wildcard is itself. */
function staticPrefix(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex((s) => /[*?[\]{}!(]/.test(s));
  if (first === -1) return pattern;
  const prefix = parts.slice(0, first).join('/');
  return prefix === '' && pattern.startsWith('/') ? '/' : prefix || '.';
}
