// Placeholder: replaced by the reports work. Signature is the contract.
import type { TestCase } from '../engine/result.js';
import type { IngestOptions } from './sarif.js';

/** Reads every JUnit XML file matching `patterns`; throws InputError (src/errors.ts) (file:line:col) on malformed input. */
export async function ingestJunit(_patterns: string[], _opts: IngestOptions): Promise<{ cases: TestCase[]; files: string[] }> {
  return { cases: [], files: [] };
}
