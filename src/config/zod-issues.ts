// zod issues → ConfigIssues in plain words, each at the line:col of the field it is about.
// zod says "Invalid input: expected array, received number"; a user wants "expected a step id or a list of
// step ids, got the number 5" at the line of `needs:`. What a field expects is read from the schema itself,
// so a new field or check option is described without touching this file.
import type { z } from 'zod';
import { clipForMessage, type ConfigIssue, type SourcePosition } from '../base/errors.js';
import type { FieldPath } from './positions.js';
import { duration } from './schema.js';
import { suggest } from './suggest.js';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

export interface IssueContext {
  /** The schema that reported the issues. */
  schema: Schema;
  /** The value it parsed. */
  input: unknown;
  /** Prepended to each issue's path: issues of a check's options sit under `steps.<id>.with`. */
  prefix: FieldPath;
  /** Where a path is written; `key` for the key line, `value` for the value itself. */
  where(path: FieldPath, part: 'key' | 'value'): SourcePosition;
  /** Domain words for fields whose schema shape alone reads too generic (`needs` is a step id, not "a string"); patterns match the whole path. */
  nouns?: ReadonlyArray<readonly [pattern: string, noun: string]>;
}

/** Nouns for runlens.yml itself; `*` matches one path segment, `''` the whole document. */
export const CONFIG_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['', 'a mapping with `version: 1` and `steps:`'],
  ['steps', 'a mapping of step ids to steps'],
  ['steps.*', 'a step: a mapping with `run` or `uses`'],
  ['steps.*.needs', 'a step id or a list of step ids'],
  ['steps.*.needs.*', 'a step id'],
  ['steps.*.run', 'a command (a string for the shell, or a list of arguments)'],
  ['steps.*.junit', 'a glob or a list of globs'],
  ['steps.*.sarif', 'a glob or a list of globs'],
  ['steps.*.env.*', 'a string, number or boolean'],
  ['steps.*.secrets', 'a secret name or a list of secret names'],
  ['steps.*.secrets.*', 'a secret name'],
  ['secrets', 'a mapping of secret names to references'],
  ['secrets.*', 'a reference such as vault://secret/ci/app#password, or a mapping with ref and required'],
];

export function explainIssues(issues: readonly Issue[], ctx: IssueContext): ConfigIssue[] {
  return issues.flatMap((issue) => explain(issue, ctx));
}

function explain(issue: Issue, ctx: IssueContext): ConfigIssue[] {
  const rel = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  const full = [...ctx.prefix, ...rel];
  const value = valueAt(ctx.input, rel);
  const expected = (): string => expectedAt(ctx, rel);
  const at = (path: FieldPath, part: 'key' | 'value', message: string, suggestion?: string): ConfigIssue => ({
    ...ctx.where(path, part),
    path: path.join('.'),
    message,
    ...(suggestion ? { suggestion } : {}),
  });
  // Scalars are pointed at themselves; a mapping or list at its key, the line a reader looks for.
  const part = value !== null && typeof value === 'object' ? 'key' : 'value';

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return [at(full, 'key', `is required (expected ${expected()})`)];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysOf(schemaAt(ctx.schema, ctx.input, rel));
      return issue.keys.map((key) => {
        const s = suggest(key, known);
        const list = s || known.length === 0 ? '' : `; known keys: ${known.join(', ')}`;
        return at([...full, key], 'key', `unknown key "${clipForMessage(key)}"${list}`, s);
      });
    }
    case 'invalid_union': {
      const branch = matchingBranch(issue);
      const option = branch === undefined ? undefined : optionsOf(schemaAt(ctx.schema, ctx.input, rel))?.[branch];
      if (branch !== undefined && option) {
        return explainIssues(issue.errors[branch]!, { ...ctx, schema: option, input: value, prefix: full });
      }
      return [at(full, part, `expected ${expected()}, got ${describeValue(value)}`)];
    }
    case 'invalid_type':
      return [at(full, part, `expected ${expected()}, got ${describeValue(value)}`)];
    case 'invalid_value': {
      const options = issue.values.filter((v): v is string => typeof v === 'string');
      const s = typeof value === 'string' ? suggest(value, options) : undefined;
      const list = issue.values.length > 1 ? `one of ${issue.values.map(String).join(', ')}` : issue.values.map(String).join('');
      return [at(full, part, `expected ${list}, got ${describeValue(value)}`, s)];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
      if (issue.origin === 'string' && small && Number(limit) <= 1) return [at(full, part, 'must not be empty')];
      if (issue.origin === 'array' && small && Number(limit) <= 1) return [at(full, part, 'must not be an empty list')];
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ` item${Number(limit) === 1 ? '' : 's'}` : '';
      const measured = issue.origin === 'array' && Array.isArray(value) ? `a list of ${value.length}` : describeValue(value);
      return [at(full, part, `expected ${bound} ${String(limit)}${unit}, got ${measured}`)];
    }
    case 'invalid_key': {
      const key = String(rel.at(-1) ?? '');
      const why = issue.issues.map((i) => i.message).join('; ');
      return [at(full, 'key', `"${key}" is not a valid key: ${why}`)];
    }
    case 'invalid_format':
      return [
        at(
          full,
          part,
          issue.message.startsWith('Invalid') ? `expected ${issue.format} format, got ${describeValue(value)}` : issue.message,
        ),
      ];
    case 'not_multiple_of':
      return [at(full, part, `expected a multiple of ${issue.divisor}, got ${describeValue(value)}`)];
    default:
      return [at(full, part, issue.message)];
  }
}

/**
 * The branch of a failed union the value was meant for: the only one that got past the value's own type.
 * `retries: { attempts: x }` is clearly the mapping form, so its inner issue beats "expected a number".
 */
function matchingBranch(issue: Extract<Issue, { code: 'invalid_union' }>): number | undefined {
  const deeper = issue.errors.flatMap((branch, i) =>
    branch.length > 0 && branch.every((b) => b.path.length === 0 && (b.code === 'invalid_type' || b.code === 'invalid_union')) ? [] : [i],
  );
  return deeper.length === 1 ? deeper[0] : undefined;
}

function expectedAt(ctx: IssueContext, rel: FieldPath): string {
  const full = [...ctx.prefix, ...rel].map(String);
  for (const [pattern, noun] of ctx.nouns ?? []) {
    const parts = pattern === '' ? [] : pattern.split('.');
    if (parts.length === full.length && parts.every((p, i) => p === '*' || p === full[i])) return noun;
  }
  const schema = schemaAt(ctx.schema, ctx.input, rel);
  return schema ? describeSchema(schema) : 'a valid value';
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

type Def = z.core.$ZodTypes['_zod']['def'];
const defOf = (s: Schema): Def => (s as z.core.$ZodTypes)._zod.def;

/** Peels wrappers that don't change what a value must look like: optional, default, transforms. */
function unwrap(s: Schema): Schema {
  for (;;) {
    if (s === duration) return s;
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        s = def.innerType;
        break;
      case 'pipe':
        s = defOf(def.in).type === 'transform' ? def.out : def.in;
        break;
      case 'lazy':
        s = def.getter();
        break;
      default:
        return s;
    }
  }
}

function optionsOf(s: Schema | undefined): readonly Schema[] | undefined {
  if (!s) return undefined;
  const def = defOf(unwrap(s));
  return def.type === 'union' ? def.options : undefined;
}

function keysOf(s: Schema | undefined): string[] {
  if (!s) return [];
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'object') return Object.keys(def.shape);
  const options = optionsOf(u);
  return options ? [...new Set(options.flatMap(keysOf))] : [];
}

/** The schema of the field at `path`, following the union branch that fits the value found there. */
function schemaAt(root: Schema, input: unknown, path: FieldPath): Schema | undefined {
  let s: Schema | undefined = root;
  let v = input;
  for (const k of path) {
    s = s && childOf(s, v, k);
    v = valueAt(v, [k]);
  }
  return s;
}

function childOf(s: Schema, value: unknown, key: string | number): Schema | undefined {
  if (s === duration) return undefined;
  const def = defOf(unwrap(s));
  switch (def.type) {
    case 'object':
      return def.shape[key];
    case 'record':
      return def.valueType;
    case 'array':
      return def.element;
    case 'union':
      for (const option of def.options) {
        if (!fits(option, value)) continue;
        const child = childOf(option, value, key);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

function fits(s: Schema, value: unknown): boolean {
  const type = defOf(unwrap(s)).type;
  if (Array.isArray(value)) return type === 'array' || type === 'tuple';
  if (value !== null && typeof value === 'object') return type === 'object' || type === 'record';
  return true;
}

function describeSchema(s: Schema): string {
  const u = unwrap(s);
  if (u === duration) return 'a duration such as 90s, 10m or 1h30m (or a number of seconds)';
  const def = defOf(u);
  switch (def.type) {
    case 'string':
      return 'a string';
    case 'number':
      return (u as z.ZodNumber).isInt ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'an empty value';
    case 'literal':
      return def.values.map((v) => JSON.stringify(v)).join(' or ');
    case 'enum':
      return `one of ${Object.values(def.entries).join(', ')}`;
    case 'array':
      return `a list of ${plural(def.element)}`;
    case 'object': {
      const keys = Object.keys(def.shape);
      return keys.length === 0
        ? 'a mapping'
        : keys.length <= 4
          ? `a mapping with ${keys.join(', ')}`
          : `a mapping with keys such as ${keys.slice(0, 3).join(', ')}`;
    }
    case 'record':
      return 'a mapping';
    case 'union':
      return [...new Set(def.options.map(describeSchema))].join(' or ');
    default:
      return 'a valid value';
  }
}

function plural(s: Schema): string {
  const u = unwrap(s);
  if (u === duration) return 'durations';
  const def = defOf(u);
  switch (def.type) {
    case 'string':
      return 'strings';
    case 'number':
      return (u as z.ZodNumber).isInt ? 'whole numbers' : 'numbers';
    case 'boolean':
      return 'true/false values';
    case 'object':
    case 'record':
      return 'mappings';
    default:
      return `items that are each ${describeSchema(u)}`;
  }
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v;
}
