// The `paths:` a secret scan was given, checked before and after listing: a scan that scanned nothing
// must not pass in silence (issue 9). A path that does not exist, lies outside the repository or
// matches no file to scan is an error naming where it is written in runlens.yml.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RunlensError } from '../../base/errors.js';
import { isInside } from '../../base/repo-path.js';
import type { FileRef } from './batch.js';

export interface ScanPathsInput {
  /** Absolute repository root. */
  workspace: string;
  /** Absolute; relative paths are relative to it (the step's working directory). */
  cwd: string;
  paths: readonly string[];
  /** Where `with.<optionPath>` is written: `runlens.yml:7:19`, or the step and option when unknown. */
  where(optionPath: (string | number)[]): string;
}

const inside = isInside;

/** The listed paths, absolute; throws on one outside the repository or missing. */
export function resolveScanPaths(input: ScanPathsInput): string[] {
  const problems: string[] = [];
  const resolved = input.paths.map((p, i) => {
    const abs = path.resolve(input.cwd, p);
    const at = `${input.where(['paths', i])}: secrets: paths: "${p}"`;
    if (!inside(input.workspace, abs)) {
      const hint = path.isAbsolute(p)
        ? `write it relative to the step's working directory${inside(input.workspace, path.join(input.cwd, p)) ? ` ("${p.replace(/^\/+/, '')}")` : ''}`
        : 'scan paths must lie inside the repository';
      problems.push(`${at} lies outside the repository (${input.workspace}); ${hint}`);
    } else if (!existsSync(abs)) {
      problems.push(`${at} does not exist (looked for ${abs}); fix the path or remove it`);
    }
    return abs;
  });
  if (problems.length > 0) throw new RunlensError(problems.join('\n'));
  return resolved;
}

/** Throws when a listed path exists but none of its files is left to scan (all ignored or allowlisted). */
export function requireEachPathMatched(input: ScanPathsInput, resolved: readonly string[], files: readonly FileRef[]): void {
  const problems: string[] = [];
  resolved.forEach((abs, i) => {
    // The step's own directory (the default `.`) may hold nothing to scan: that is the 0-files warning.
    if (abs === input.cwd) return;
    const matched = files.some(([file]) => file === abs || file.startsWith(abs.endsWith(path.sep) ? abs : abs + path.sep));
    if (!matched)
      problems.push(
        `${input.where(['paths', i])}: secrets: paths: "${input.paths[i]}" matches no file to scan (everything under it is ignored by .gitignore, allowlisted or not a regular file); fix the path or remove it`,
      );
  });
  if (problems.length > 0) throw new RunlensError(problems.join('\n'));
}
