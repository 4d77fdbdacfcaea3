// Shared by the golden tests: temp dirs and a CompareInput built the way the check builds it.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { caseSchema, type CaseInput, type FormatName, type ToleranceInput } from '../../src/checks/golden/options.js';
import { formatOf, type CompareInput } from '../../src/checks/golden/formats/format.js';
import { resolveTolerance } from '../../src/checks/golden/tolerance.js';

export async function tempDir(prefix = 'runlens-golden-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function put(dir: string, rel: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, rel);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

export function compareInput(
  dir: string,
  expected: string,
  actual: string,
  caseOptions: Partial<Record<keyof CaseInput, unknown>> = {},
  step: { tolerance?: ToleranceInput; nanEqual?: boolean } = {},
): CompareInput {
  const options = caseSchema.parse({ actual, expected, ...caseOptions });
  const format: FormatName = formatOf(expected, options.format);
  const levels = [options.tolerance, step.tolerance];
  return {
    format,
    files: { expected: join(dir, expected), actual: join(dir, actual), expectedLabel: expected, actualLabel: actual },
    options,
    levels,
    tolerance: resolveTolerance(levels, options['nan-equal'] ?? step.nanEqual ?? true),
    keep: 10,
    signal: new AbortController().signal,
    workspace: dir,
  };
}

import type { CheckContext } from '../../src/checks/check.js';
import { checkContext as testCheckContext } from './check-context.js';
import { goldenOptions, type GoldenOptions } from '../../src/checks/golden/options.js';

/** A CheckContext for the golden check, logging into `lines`. */
export function checkContext(
  dir: string,
  withOptions: unknown,
  lines: string[] = [],
  signal = new AbortController().signal,
): CheckContext<GoldenOptions> {
  return testCheckContext({
    stepId: 'golden',
    cwd: dir,
    options: goldenOptions.parse(withOptions),
    env: process.env,
    signal,
    log: (line) => lines.push(line),
  });
}
