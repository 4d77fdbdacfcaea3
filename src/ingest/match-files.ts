// Resolves the file patterns a step names (`sarif:`, `junit:`, `with.files`) to files on disk.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../base/errors.js';
import { pathEscape, realPathEscape } from '../base/workspace-path.js';

/**
 * Absolute paths of the files matching `patterns` (relative to `cwd`), sorted, without duplicates.
 * A pattern that matches nothing is an error: the step said it would write that file.
 */
export async function matchFiles(patterns: string[], cwd: string, what: string, root?: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = isDynamicPattern(pattern) ? await globOne(pattern, cwd) : await literal(pattern, cwd);
    // With `root`: nothing outside the workspace is read, by path or through a symlink (base/workspace-path.ts).
    if (root !== undefined) {
      const escaped = pathEscape(root, cwd, pattern) ?? matches.map((m) => realPathEscape(root, m)).find((w) => w !== undefined);
      if (escaped)
        throw new InputError({ file: pattern }, `${what} file refused: ${escaped}`, 'runlens reads only files inside the workspace');
    }
    if (matches.length === 0) {
      throw new InputError(
        { file: pattern },
        `no ${what} file matches this pattern (relative to ${cwd})`,
        `check that the step writes it and that the path is relative to the step's working directory`,
      );
    }
    for (const m of matches) found.add(m);
  }
  return [...found].sort();
}

async function globOne(pattern: string, cwd: string): Promise<string[]> {
  // Glob from the pattern's static prefix, so `../reports/*.sarif` and absolute patterns crawl
  // only the directory they name.
  const segments = pattern.split('/');
  const firstDynamic = segments.findIndex((s) => isDynamicPattern(s));
  const root = path.resolve(cwd, segments.slice(0, firstDynamic).join('/') || '.');
  const rest = segments.slice(firstDynamic).join('/');
  // `**/*.sarif` means the project's reports, not those shipped inside dependencies.
  const ignore = rest.includes('node_modules') ? ['**/.git/**'] : ['**/node_modules/**', '**/.git/**'];
  const files = await glob(rest, { cwd: root, absolute: true, onlyFiles: true, dot: true, expandDirectories: false, ignore });
  return files.map((f) => path.normalize(f));
}

async function literal(pattern: string, cwd: string): Promise<string[]> {
  const file = path.resolve(cwd, pattern);
  try {
    return (await stat(file)).isFile() ? [file] : [];
  } catch {
    return [];
  }
}
