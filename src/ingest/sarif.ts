// Placeholder: replaced by the reports work. Signature is the contract.
import type { Finding } from '../findings/finding.js';

export interface IngestOptions {
  /** Directory the patterns are relative to. */
  cwd: string;
  /** Repository root: finding paths are made relative to it. */
  workspace: string;
  stepId: string;
}

/** Reads every SARIF file matching `patterns`; throws InputError (src/errors.ts) (file:line:col) on malformed input. */
export async function ingestSarif(_patterns: string[], _opts: IngestOptions): Promise<{ findings: Finding[]; files: string[] }> {
  return { findings: [], files: [] };
}
