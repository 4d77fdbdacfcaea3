// What every format comparator is given, and how a golden file's format is chosen.
import { extname } from 'node:path';
import type { CaseInput, FormatName, ToleranceInput } from '../options.js';
import type { Tolerance } from '../tolerance.js';

export interface CaseFiles {
  /** Absolute paths. */
  expected: string;
  actual: string;
  /** Repository-relative paths, for messages and findings. */
  expectedLabel: string;
  actualLabel: string;
}

export interface CompareInput {
  format: FormatName;
  files: CaseFiles;
  options: CaseInput;
  /** The case's own tolerance, then the step's: more specific levels (CSV columns) go in front. */
  levels: Array<ToleranceInput | undefined>;
  /** The case-level tolerance, resolved. */
  tolerance: Tolerance;
  /** How many of the worst differences to keep. */
  keep: number;
  signal: AbortSignal;
  /** Absolute repository root (the `paths` scrubber replaces it). */
  workspace: string;
}

const BY_EXTENSION: Record<string, FormatName> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.geojson': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.txt': 'text',
  '.text': 'text',
  '.log': 'text',
  '.md': 'text',
  '.out': 'text',
  '.html': 'text',
  '.xml': 'text',
  '.svg': 'text',
  '.npy': 'npy',
  '.wav': 'wav',
  '.wave': 'wav',
};

export function formatOf(expectedPath: string, override?: FormatName): FormatName {
  return override ?? BY_EXTENSION[extname(expectedPath).toLowerCase()] ?? 'bytes';
}
