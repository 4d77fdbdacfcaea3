// Every path runlens reports (annotations, summary links, SARIF URIs under %SRCROOT%, GitLab reports,
// run.json) is relative to the repository root, with forward slashes — whatever directory the run
// started in (a monorepo package) and whatever form the tool that named the file used. This is the one
// place that turns a path into that form.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Forward slashes, whatever the platform. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/**
 * `target` (absolute, or relative to `root`) relative to `root`, POSIX; undefined when it is outside
 * the repository or is the root itself: there is no file in the repository to point at.
 */
export function repoRelative(root: string, target: string): string | undefined {
  const rel = path.relative(root, path.resolve(root, target));
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/** Whether `target` is `root` or lies inside it. */
export function isInside(root: string, target: string): boolean {
  return path.resolve(root, target) === path.resolve(root) || repoRelative(root, target) !== undefined;
}

/** As repoRelative, but total: the root is `.`, and a path outside keeps its absolute form (nothing better to show). */
export function repoPath(root: string, target: string): string {
  const absolute = path.resolve(root, target);
  if (absolute === path.resolve(root)) return '.';
  return repoRelative(root, absolute) ?? toPosix(absolute);
}

/**
 * A file as another tool named it — relative to `base` (where the tool ran), absolute, a `file:` URI or a
 * Windows path from another machine — as a repository path (see repoPath).
 */
export function toRepoPath(ref: string, base: string, root: string): string {
  let absolute: string;
  if (/^file:/i.test(ref)) {
    try {
      absolute = fileURLToPath(ref);
    } catch {
      absolute = decodeURIComponent(ref.replace(/^file:\/*/i, '/'));
    }
  } else if (path.isAbsolute(ref)) {
    absolute = ref;
  } else if (/^[A-Za-z]:[\\/]/.test(ref)) {
    // A Windows path in a report made on another machine: only its tail can mean anything here.
    return ref.replace(/\\/g, '/');
  } else {
    absolute = path.resolve(base, ref.replace(/\\/g, '/'));
  }
  return repoRelative(root, absolute) ?? toPosix(absolute);
}
