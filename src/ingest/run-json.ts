// Reading a run.json back: the previous run of `--resume`, `--durations`, `runlens merge`'s shards,
// `report history` and `--base-run`. One reader, so a damaged file is the same clear error everywhere.
import { readFile } from 'node:fs/promises';
import { InputError } from '../base/errors.js';
import { RUN_RESULT_VERSION, type RunResult } from '../model/result.js';
import { locateJsonPath, parseJson } from './json-source.js';

const HINT = 'a run.json as `runlens run` writes it to its output directory';

/**
 * A run.json runlens wrote earlier (`--resume`, `--durations`, `merge`, `report history`, `--base-run`), checked
 * for the fields its readers use: anything else is an InputError at the file's line and column, never a
 * TypeError later on.
 */
export async function readRunJson(file: string): Promise<RunResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError({ file }, `cannot be read (${(err as Error).message})`);
  }
  const value = parseJson(file, text, 'run.json');
  const at = (...jsonPath: (string | number)[]) => ({ file, ...locateJsonPath(text, jsonPath) });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError({ file, line: 1, column: 1 }, 'is not a runlens run.json (not an object)', HINT);
  const run = value as Record<string, unknown>;
  if (typeof run.version !== 'number') throw new InputError(at('version'), 'is not a runlens run.json (no "version")', HINT);
  if (run.version > RUN_RESULT_VERSION)
    throw new InputError(at('version'), `was written by a newer runlens (run.json version ${run.version}); upgrade runlens to read it`);
  for (const [key, type] of [
    ['name', 'string'],
    ['status', 'string'],
    ['startedAt', 'string'],
    ['durationMs', 'number'],
  ] as const)
    if (typeof run[key] !== type) throw new InputError(at(key), `"${key}" should be a ${type}`, HINT);
  if (Number.isNaN(Date.parse(run.startedAt as string)))
    throw new InputError(at('startedAt'), `"startedAt" is not a date: ${JSON.stringify(run.startedAt)}`, HINT);
  if (!Array.isArray(run.steps)) throw new InputError(at('steps'), '"steps" should be a list', HINT);
  run.steps.forEach((s: unknown, i: number) => {
    const step = s as Record<string, unknown> | null;
    if (typeof step !== 'object' || step === null) throw new InputError(at('steps', i), `steps[${i}] should be an object`, HINT);
    for (const [key, type] of [
      ['id', 'string'],
      ['status', 'string'],
      ['durationMs', 'number'],
    ] as const)
      if (typeof step[key] !== type) throw new InputError(at('steps', i, key), `steps[${i}].${key} should be a ${type}`, HINT);
    for (const key of ['findings', 'tests', 'attempts'] as const)
      if (step[key] !== undefined && !Array.isArray(step[key]))
        throw new InputError(at('steps', i, key), `steps[${i}].${key} should be a list`, HINT);
    checkShape(step, STEP_SHAPE, ['steps', i], at);
  });
  checkShape(run, RUN_SHAPE, [], at);
  if (isObject(run.platform)) checkShape(run.platform, PLATFORM_SHAPE, ['platform'], at);
  return value as RunResult;
}

// The types of the optional fields the readers use (merge, --resume, --durations, `report history`, --base-run):
// a field present with another type is an InputError at its line, never a TypeError in the reader that uses it.
type Kind = 'string' | 'number' | 'boolean' | 'object' | 'string[]' | 'object[]';
const RUN_SHAPE: Record<string, Kind> = {
  runlensVersion: 'string',
  finishedAt: 'string',
  workspace: 'string',
  configPath: 'string',
  outputDir: 'string',
  dryRun: 'boolean',
  platform: 'object',
  counts: 'object',
  gate: 'object',
  exitCode: 'number',
  notes: 'string[]',
  review: 'object',
  traceId: 'string',
  files: 'object[]',
  shard: 'object',
  merged: 'object[]',
  cacheKey: 'string',
  cost: 'object',
  budget: 'object',
};
const STEP_SHAPE: Record<string, Kind> = {
  name: 'string',
  kind: 'string',
  needs: 'string[]',
  allowedFailure: 'boolean',
  reason: 'string',
  startedAt: 'string',
  attempts: 'object[]',
  logPath: 'string',
  findings: 'object[]',
  cases: 'object[]',
  artifacts: 'string[]',
  summary: 'string',
  usage: 'object',
  outputs: 'object',
  tools: 'object[]',
  warnings: 'string[]',
  cached: 'boolean',
  resumed: 'boolean',
  cost: 'object',
};
const PLATFORM_SHAPE: Record<string, Kind> = {
  kind: 'string',
  repository: 'string',
  serverUrl: 'string',
  runId: 'string',
  runUrl: 'string',
  jobUrl: 'string',
  ref: 'string',
  sha: 'string',
  baseSha: 'string',
  changeCommits: 'number',
  changeId: 'string',
  workflow: 'string',
  job: 'string',
  jobStartedAt: 'string',
  runner: 'object',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isKind(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'object':
      return isObject(v);
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'object[]':
      return Array.isArray(v) && v.every(isObject);
    default:
      return typeof v === kind;
  }
}

function checkShape(
  o: Record<string, unknown>,
  shape: Record<string, Kind>,
  where: (string | number)[],
  at: (...jsonPath: (string | number)[]) => { file: string; line?: number; column?: number },
): void {
  for (const [key, kind] of Object.entries(shape)) {
    const v = o[key];
    // null stands for "not known" in exitCode (a step that never ran).
    if (v === undefined || (v === null && key === 'exitCode') || isKind(v, kind)) continue;
    const name = [...where, key].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    const what = kind.endsWith('[]')
      ? `a list of ${kind === 'string[]' ? 'strings' : 'objects'}`
      : `${kind === 'object' ? 'an' : 'a'} ${kind}`;
    throw new InputError(at(...where, key), `"${name}" should be ${what}`, HINT);
  }
}
