// Other tools name files every way there is (relative, absolute, file:// URIs, Windows paths);
// reports want one: repository-relative with forward slashes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `ref` made relative to `workspace`. Relative refs are taken relative to `base` (where the tool
 * ran). A file outside the workspace keeps its absolute path: there is nothing better to link to.
 */
export function toWorkspacePath(ref: string, base: string, workspace: string): string {
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
  const relative = path.relative(workspace, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}
