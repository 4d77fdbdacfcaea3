// Compares one golden case: both files present, then the format's comparator. Malformed input fails
// the case with the comparator's file:line message instead of failing the step.
import { stat } from 'node:fs/promises';
import { InputError, type SourcePosition } from '../../base/errors.js';
import type { GoldenCase } from './cases.js';
import type { Comparison } from './comparison.js';
import { compareBytes } from './formats/bytes.js';
import { compareCsv } from './formats/csv.js';
import type { CompareInput } from './formats/format.js';
import { compareJson } from './formats/json.js';
import { compareNpy } from './formats/npy.js';
import { compareText } from './formats/text.js';
import { compareWav } from './formats/wav.js';
import { compareYaml } from './formats/yaml.js';
import type { FormatName } from './options.js';

const COMPARATORS: Record<FormatName, (input: CompareInput) => Promise<Comparison>> = {
  csv: compareCsv,
  tsv: compareCsv,
  json: compareJson,
  yaml: compareYaml,
  text: compareText,
  npy: compareNpy,
  wav: compareWav,
  bytes: compareBytes,
};

export type CaseStatus = 'passed' | 'failed' | 'missing-golden' | 'missing-actual' | 'unmatched' | 'malformed';

export interface CaseResult {
  case: GoldenCase;
  status: CaseStatus;
  durationMs: number;
  /** For passed and failed. */
  comparison?: Comparison;
  /** Why it failed when there is no comparison, in a sentence. */
  message?: string;
  /** For malformed input: where. */
  position?: SourcePosition;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function inputFor(c: GoldenCase, keep: number, signal: AbortSignal, workspace: string): CompareInput {
  return {
    format: c.format,
    files: { expected: c.expected, actual: c.actual, expectedLabel: c.expectedLabel, actualLabel: c.actualLabel },
    options: c.options,
    levels: c.levels,
    tolerance: c.tolerance,
    keep,
    signal,
    workspace,
  };
}

export async function evaluateCase(c: GoldenCase, keep: number, signal: AbortSignal, workspace: string): Promise<CaseResult> {
  const started = performance.now();
  const done = (r: Omit<CaseResult, 'case' | 'durationMs'>): CaseResult => ({
    case: c,
    durationMs: Math.round(performance.now() - started),
    ...r,
  });
  if (c.unmatched) {
    return done({
      status: 'unmatched',
      message: `no file matches ${c.options.expected} or ${c.options.actual}: check the paths (relative to the step's working directory)`,
    });
  }
  const [hasGolden, hasActual] = await Promise.all([isFile(c.expected), isFile(c.actual)]);
  if (!hasActual) {
    return done({
      status: 'missing-actual',
      message: `the actual file ${c.actualLabel} does not exist: the program did not write it (or \`actual\` names the wrong path)`,
    });
  }
  if (!hasGolden) {
    return done({
      status: 'missing-golden',
      message: `the golden file ${c.expectedLabel} does not exist: create it from ${c.actualLabel} with \`runlens golden update ${quoteArg(c.name)}\` and commit it`,
    });
  }
  try {
    const comparison = await COMPARATORS[c.format](inputFor(c, keep, signal, workspace));
    return done({ status: comparison.passed ? 'passed' : 'failed', comparison });
  } catch (err) {
    if (err instanceof InputError) {
      return done({ status: 'malformed', message: err.message, position: err.position });
    }
    throw err;
  }
}

export function quoteArg(s: string): string {
  return /^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
