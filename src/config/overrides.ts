// Precedence: action inputs / CLI flags > RUNLENS_* env > runlens.yml > schema defaults.
// Overrides are merged into the raw file object before validation, so the schema fills only what nobody set
// and one set of rules judges every value, wherever it came from.
import { ConfigError } from '../base/errors.js';

export interface ConfigOverrides {
  outputDir?: string;
  failOn?: string;
  concurrency?: number | string;
  logOrder?: string;
  killGrace?: string;
  prComment?: string;
  newOnly?: string;
  uploadSarif?: string;
  apiTimeout?: string;
}

/** How the override values were given, to name them in errors: `--fail-on` or the action input `fail-on`. */
export type OverrideDoor = 'cli' | 'action';

/** Every top-level field a flag or an environment variable may set. Data: one row per field. */
export const OVERRIDABLE = [
  { field: 'output-dir', option: 'outputDir', env: 'RUNLENS_OUTPUT_DIR' },
  { field: 'fail-on', option: 'failOn', env: 'RUNLENS_FAIL_ON' },
  { field: 'concurrency', option: 'concurrency', env: 'RUNLENS_CONCURRENCY' },
  { field: 'log-order', option: 'logOrder', env: 'RUNLENS_LOG_ORDER' },
  { field: 'kill-grace', option: 'killGrace', env: 'RUNLENS_KILL_GRACE' },
  { field: 'pr-comment', option: 'prComment', env: 'RUNLENS_PR_COMMENT' },
  { field: 'new-only', option: 'newOnly', env: 'RUNLENS_NEW_ONLY' },
  { field: 'upload-sarif', option: 'uploadSarif', env: 'RUNLENS_UPLOAD_SARIF' },
  { field: 'api-timeout', option: 'apiTimeout', env: 'RUNLENS_API_TIMEOUT' },
] as const satisfies ReadonlyArray<{ field: string; option: keyof ConfigOverrides; env: string }>;

export type Env = Record<string, string | undefined>;

/**
 * Returns a copy of `raw` with overrides and environment applied, and for each overridden field the name of
 * where its value came from (`--fail-on`, `RUNLENS_FAIL_ON`), so an invalid one is reported there and not
 * at a line of runlens.yml it never came from.
 */
export function applyOverrides(
  raw: Record<string, unknown>,
  overrides: ConfigOverrides | undefined,
  env: Env,
  door: OverrideDoor = 'cli',
): { raw: Record<string, unknown>; sources: Map<string, string> } {
  const merged = { ...raw };
  const sources = new Map<string, string>();
  for (const { field, option, env: name } of OVERRIDABLE) {
    const flag = given(overrides?.[option]);
    const fromEnv = given(env[name]);
    const value = flag ?? fromEnv;
    if (value === undefined) continue;
    merged[field] = field === 'concurrency' ? asNumber(value) : field === 'upload-sarif' ? asBoolean(value) : value;
    sources.set(field, flag !== undefined ? (door === 'cli' ? `--${field}` : `input "${field}"`) : name);
  }
  return { raw: merged, sources };
}

/** Action inputs and env vars arrive as '' when unset. */
function given<T>(value: T | undefined): T | undefined {
  return value === '' || value === undefined ? undefined : value;
}

/** `"true"`/`"false"` (as YAML 1.2 spells them) from an input or env are booleans; anything else is left for the schema to reject. */
function asBoolean(value: string | number): string | number | boolean {
  if (typeof value !== 'string') return value;
  if (['true', 'True', 'TRUE'].includes(value.trim())) return true;
  if (['false', 'False', 'FALSE'].includes(value.trim())) return false;
  return value;
}

/** `"4"` from a flag or env means 4; anything else is left for the schema to reject with its own words. */
function asNumber(value: string | number): string | number {
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}

export interface RunOptionsFromEnv {
  configPath?: string;
  steps?: string[];
  dryRun?: boolean;
  /** `RUNLENS_BASE_RUN`: the base's run.json, to compare the cost with. */
  baseRun?: string;
}

/** `RUNLENS_CONFIG`, `RUNLENS_STEPS` (comma or space separated), `RUNLENS_DRY_RUN` (true/1/yes, false/0/no), `RUNLENS_BASE_RUN`. */
export function runOptionsFromEnv(env: Env): RunOptionsFromEnv {
  const out: RunOptionsFromEnv = {};
  const configPath = given(env.RUNLENS_CONFIG?.trim());
  if (configPath !== undefined) out.configPath = configPath;
  const baseRun = given(env.RUNLENS_BASE_RUN?.trim());
  if (baseRun !== undefined) out.baseRun = baseRun;
  const steps = env.RUNLENS_STEPS?.split(/[\s,]+/).filter(Boolean);
  if (steps?.length) out.steps = steps;
  const dryRun = given(env.RUNLENS_DRY_RUN?.trim().toLowerCase());
  if (dryRun !== undefined) {
    if (['true', '1', 'yes'].includes(dryRun)) out.dryRun = true;
    else if (['false', '0', 'no'].includes(dryRun)) out.dryRun = false;
    else {
      throw new ConfigError([
        { file: 'RUNLENS_DRY_RUN', path: '', message: `expected true, 1, yes, false, 0 or no, got "${env.RUNLENS_DRY_RUN}"` },
      ]);
    }
  }
  return out;
}
