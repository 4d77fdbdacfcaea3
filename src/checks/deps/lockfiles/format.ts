// The shape every lockfile parser implements (one file per format in this folder).
import type { Ecosystem, LockedPackage } from '../package.js';

/** A line a parser read but could not turn into a package with a version (an unpinned requirement, a local path). */
export interface SkippedEntry {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export interface ParseIO {
  /** Text of another file the lockfile includes (`-r other.txt`), by repository-relative path; undefined when missing. */
  readInclude(relPath: string): Promise<string | undefined>;
  /** Told about every entry skipped on purpose (so the check can say "3 unpinned requirements"). */
  skipped?(entry: SkippedEntry): void;
}

export interface LockfileFormat {
  id: string;
  ecosystem: Ecosystem;
  /** File names it reads. */
  matches(fileName: string): boolean;
  /** `file` is repository-relative (for positions). Throws InputError({file, line, column}, detail, hint) on malformed input. */
  parse(text: string, file: string, io?: ParseIO): Promise<LockedPackage[]> | LockedPackage[];
}
