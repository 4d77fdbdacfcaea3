// Golden files no case uses: everything under the `goldens:` glob(s) minus every case's golden file.
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { repoPath, type GoldenCase } from './cases.js';
import type { GoldenOptions } from './options.js';

/** Repository-relative paths, sorted. Empty when the step sets no `goldens:`. */
export async function findObsolete(options: GoldenOptions, cases: GoldenCase[], cwd: string, workspace: string): Promise<string[]> {
  if (options.goldens === undefined) return [];
  const patterns = Array.isArray(options.goldens) ? options.goldens : [options.goldens];
  const files = await glob(patterns, { cwd, onlyFiles: true, dot: false, absolute: true });
  const used = new Set(cases.map((c) => resolve(c.expected)));
  return files
    .map((f) => resolve(f))
    .filter((f) => !used.has(f))
    .map((f) => repoPath(workspace, f))
    .sort();
}
