// runlens.yml → a validated Config, or one ConfigError listing every problem at its file:line:col.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { allChecks, findCheck } from '../checks/registry.js';
import { ConfigError } from '../base/errors.js';
import type { ConfigIssue, SourcePosition } from '../base/errors.js';
import { CONFIG_FILE_NAMES, defaultPipeline } from './default-pipeline.js';
import { applyOverrides } from './overrides.js';
import type { ConfigOverrides, Env, OverrideDoor } from './overrides.js';
import { parseYaml } from './positions.js';
import type { FieldPath, PositionMap } from './positions.js';
import { configSchema } from './schema.js';
import type { Config } from './schema.js';
import { checkSecrets } from './secrets.js';
import { suggest } from './suggest.js';
import { CONFIG_NOUNS, explainIssues } from './zod-issues.js';
import { z } from 'zod';

// A config is parsed once per process: zod's JIT (code generated on first parse) costs more than it saves.
// Schemas read the setting when they are built: those built before this line (configSchema) are told at the parse.
z.config({ jitless: true });

export interface LoadedConfig {
  /** Validated, defaults applied; each `uses:` step's `with` holds the options parsed by its check's schema. */
  config: Config;
  /** Absolute path of the file read; undefined for the default pipeline. */
  path?: string;
  /** Where a field is written (its key line, or `'value'`): for later stages' errors, such as a cycle in `needs`. */
  locate(path: (string | number)[], part?: 'key' | 'value'): SourcePosition;
  /**
   * Fields the file sets that a flag or RUNLENS_* variable replaced, said in a sentence each
   * (`output-dir: RUNLENS_OUTPUT_DIR (.runlens) replaces runlens.yml's value (reports)`), so an
   * override never wins silently.
   */
  overridden: string[];
}

export interface LoadConfigOptions {
  /** Where runlens.yml is looked for, and what a relative `configPath` is relative to. */
  cwd: string;
  /** A file to use instead of looking for one (`--config`); falls back to `RUNLENS_CONFIG`. */
  configPath?: string;
  env: Env;
  /** Action inputs / CLI flags: they beat RUNLENS_* env, which beats the file. */
  overrides?: ConfigOverrides;
  /** Names the overrides in errors: `--fail-on` (cli, the default) or input `fail-on` (action). */
  door?: OverrideDoor;
}

const DEFAULT_PIPELINE_FILE = '<default pipeline>';

export async function loadConfig(opts: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = path.resolve(opts.cwd);
  const found = await findConfigFile(cwd, opts);
  if (!found) {
    const raw = defaultPipeline(cwd) as Record<string, unknown>;
    return validate(raw, { file: DEFAULT_PIPELINE_FILE, opts });
  }
  const file = displayName(cwd, found);
  const { value, positions } = parseYaml(utf8Text(await readFile(found), file), file);
  return { ...validate(value, { file, positions, opts }), path: found };
}

/** The file as UTF-8 text; a UTF-16 file (Windows editors save one) would otherwise read as NUL-riddled noise. */
function utf8Text(bytes: Buffer, file: string): string {
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom16)
    throw new ConfigError([
      { file, line: 1, column: 1, path: '', message: 'is saved as UTF-16; save it as UTF-8 (runlens.yml is read as UTF-8)' },
    ]);
  return bytes.toString('utf8');
}

async function findConfigFile(cwd: string, opts: LoadConfigOptions): Promise<string | undefined> {
  const fromEnv = opts.env.RUNLENS_CONFIG?.trim() || undefined;
  const given = opts.configPath ?? fromEnv;
  if (given !== undefined) {
    const abs = path.resolve(cwd, given);
    const source = opts.configPath !== undefined ? (opts.door === 'action' ? 'input "config"' : '--config') : 'RUNLENS_CONFIG';
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new ConfigError([{ file: given, path: '', message: `no such file (given by ${source}, relative to ${cwd})` }]);
    if (!info.isFile())
      throw new ConfigError([{ file: given, path: '', message: `is not a file (given by ${source}); name the runlens.yml itself` }]);
    return abs;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const abs = path.join(cwd, name);
    if ((await stat(abs).catch(() => undefined))?.isFile()) return abs;
  }
  return undefined;
}

function displayName(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

interface Source {
  /** As shown to the user. */
  file: string;
  /** Absent for the default pipeline, which has no text. */
  positions?: PositionMap;
  opts: LoadConfigOptions;
}

function validate(input: unknown, source: Source): LoadedConfig {
  const isMapping = isPlainObject(input);
  const { raw, sources } = isMapping
    ? applyOverrides(input, source.opts.overrides, source.opts.env, source.opts.door)
    : { raw: input, sources: new Map<string, string>() };
  const where = (p: FieldPath, part: 'key' | 'value' = 'key'): SourcePosition => {
    const from = typeof p[0] === 'string' ? sources.get(p[0]) : undefined;
    if (from) return { file: from };
    return source.positions ? { file: source.file, ...source.positions.locate(p, part) } : { file: source.file };
  };

  const issues: ConfigIssue[] = [];
  const parsed = configSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    issues.push(...explainIssues(parsed.error.issues, { schema: configSchema, input: raw, prefix: [], where, nouns: CONFIG_NOUNS }));
  }
  const options = isPlainObject(raw) ? checkOptions(raw.steps, where, issues) : new Map<string, unknown>();
  const storeSettings = isPlainObject(raw) ? checkSecrets(raw, where, issues) : new Map<string, unknown>();
  if (issues.length > 0 || !parsed.success) {
    // `--fail-on: expected …` says it all; the field name would only repeat the flag's.
    const overridden = new Set(sources.values());
    throw new ConfigError(sortIssues(issues.map((i) => (i.line === undefined && overridden.has(i.file) ? { ...i, path: '' } : i))));
  }

  const config = parsed.data;
  for (const [id, parsedOptions] of options) config.steps[id]!.with = parsedOptions as Record<string, unknown>;
  for (const [scheme, settings] of storeSettings) config['secret-stores'][scheme] = settings;
  const overridden: string[] = [];
  if (isMapping && isPlainObject(raw))
    for (const [field, from] of sources)
      if (input[field] !== undefined && String(input[field]) !== String(raw[field]))
        overridden.push(`${field}: ${from} (${String(raw[field])}) replaces ${source.file}'s value (${String(input[field])})`);
  return { config, locate: (p, part) => where(p, part), overridden };
}

/** Parses each `uses:` step's `with:` by its check's own schema; returns the parsed options by step id. */
function checkOptions(
  steps: unknown,
  where: (p: FieldPath, part: 'key' | 'value') => SourcePosition,
  issues: ConfigIssue[],
): Map<string, unknown> {
  const parsed = new Map<string, unknown>();
  if (!isPlainObject(steps)) return parsed;
  const kinds = allChecks().map((c) => c.kind);
  for (const [id, step] of Object.entries(steps)) {
    if (!isPlainObject(step) || typeof step.uses !== 'string') continue;
    const check = findCheck(step.uses);
    if (!check) {
      const p = ['steps', id, 'uses'];
      const s = suggest(step.uses, kinds);
      issues.push({
        ...where(p, 'value'),
        path: p.join('.'),
        message: `"${step.uses}" is not a built-in check; the checks are: ${kinds.join(', ')}`,
        ...(s ? { suggestion: s } : {}),
      });
      continue;
    }
    // A `with:` that is not a mapping is already reported by the config schema.
    if (step.with !== undefined && !isPlainObject(step.with)) continue;
    const input = step.with ?? {};
    const result = check.options.safeParse(input);
    if (result.success) parsed.set(id, result.data);
    else issues.push(...explainIssues(result.error.issues, { schema: check.options, input, prefix: ['steps', id, 'with'], where }));
  }
  return parsed;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** By line, then column; issues without a line (from flags or env) first; each distinct issue once. */
function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const k = `${i.file}\0${i.line}\0${i.column}\0${i.path}\0${i.message}`;
      return !seen.has(k) && seen.add(k) !== undefined;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
