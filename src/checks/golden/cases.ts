// Turns the `cases:` of a golden step into concrete file pairs: `{name}` stands for one path segment
// shared by `actual` and `expected`, so one line covers a folder of outputs.
import { resolve, sep } from 'node:path';
import { escapePath, glob } from 'tinyglobby';
import { repoPath } from '../../base/repo-path.js';
import type { Severity } from '../../model/severity.js';
import { formatOf } from './formats/format.js';
import type { CaseInput, FormatName, GoldenOptions, ToleranceInput } from './options.js';
import { resolveTolerance, type Tolerance } from './tolerance.js';
import { InputError } from '../../base/errors.js';
import { realPathEscape } from '../../base/workspace-path.js';

export const NAME = '{name}';

export interface GoldenCase {
  name: string;
  /** Absolute paths. */
  expected: string;
  actual: string;
  /** Repository-relative, forward slashes. */
  expectedLabel: string;
  actualLabel: string;
  format: FormatName;
  options: CaseInput;
  severity: Severity;
  levels: Array<ToleranceInput | undefined>;
  tolerance: Tolerance;
  /** A `{name}` pattern that matched no file on either side. */
  unmatched?: boolean;
}

export { repoPath } from '../../base/repo-path.js';

function regexFor(pattern: string): RegExp {
  const parts = pattern.split(NAME).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts[0]}([^/]+)${parts.slice(1).join('\\1')}$`);
}

/** Names `{name}` takes in the files matching `pattern` (relative to cwd). */
async function namesMatching(pattern: string, cwd: string): Promise<string[]> {
  const globbed = pattern.split(NAME).map(escapePath).join('*');
  const files = await glob(globbed, { cwd, onlyFiles: true, dot: true, expandDirectories: false });
  const re = regexFor(pattern);
  const names = new Set<string>();
  for (const f of files) {
    const m = re.exec(f.split(sep).join('/'));
    if (m) names.add(m[1]!);
  }
  return [...names];
}

export async function expandCases(options: GoldenOptions, cwd: string, workspace: string): Promise<GoldenCase[]> {
  const out: GoldenCase[] = [];
  for (const c of options.cases) {
    const make = (name: string | undefined): GoldenCase => {
      const sub = (s: string) => (name === undefined ? s : s.split(NAME).join(name));
      const expected = resolve(cwd, sub(c.expected));
      const actual = resolve(cwd, sub(c.actual));
      const levels = [c.tolerance, options.tolerance];
      const expectedLabel = repoPath(workspace, expected);
      return {
        name: c.name ? sub(c.name) : expectedLabel,
        expected,
        actual,
        expectedLabel,
        actualLabel: repoPath(workspace, actual),
        format: formatOf(expected, c.format),
        options: c,
        severity: c.severity ?? options.severity,
        levels,
        tolerance: resolveTolerance(levels, c['nan-equal'] ?? options['nan-equal']),
      };
    };
    if (!c.expected.includes(NAME)) {
      out.push(make(undefined));
      continue;
    }
    const names = [...new Set([...(await namesMatching(c.expected, cwd)), ...(await namesMatching(c.actual, cwd))])].sort();
    if (names.length === 0) {
      const unmatched = make(undefined);
      out.push({ ...unmatched, name: c.name ?? c.expected, expectedLabel: repoPath(workspace, resolve(cwd, c.expected)), unmatched: true });
      continue;
    }
    for (const name of names) out.push(make(name));
  }
  // Goldens are read, compared and (golden update) overwritten: never through a symlink out of the workspace.
  for (const c of out) {
    for (const [file, label] of [
      [c.expected, c.expectedLabel],
      [c.actual, c.actualLabel],
    ] as const) {
      const why = realPathEscape(workspace, file);
      if (why)
        throw new InputError({ file: label }, `golden file refused: ${why}`, 'runlens reads and writes only files inside the workspace');
    }
  }
  return out;
}
