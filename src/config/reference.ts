// The README's table of every runlens.yml field, generated from the JSON Schema (itself generated from the
// zod schema), so the docs cannot drift from what the loader accepts. scripts/gen-docs.mjs writes it.
import { configJsonSchema } from './json-schema.js';

type JsonSchema = { [key: string]: unknown };

interface Row {
  path: string;
  type: string;
  default: string;
  description: string;
}

export const REFERENCE_START = '<!-- config-reference:start -->';
export const REFERENCE_END = '<!-- config-reference:end -->';

export function configReferenceMarkdown(): string {
  const root = configJsonSchema();
  const defs = (root.$defs as Record<string, JsonSchema> | undefined) ?? {};
  const resolve = (n: JsonSchema): JsonSchema => {
    const ref = n.$ref;
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? { ...defs[ref.slice('#/$defs/'.length)], ...n, $ref: undefined } : n;
  };
  const rows: Row[] = [];

  const walk = (node: JsonSchema, path: string, required: boolean, note: string, withRow = true): void => {
    const n = resolve(node);
    if (withRow) {
      const description = [note, typeof n.description === 'string' ? n.description : ''].filter(Boolean).join(' — ');
      rows.push({ path, type: typeOf(n, resolve), default: required ? 'required' : defaultOf(n), description });
    }
    for (const branch of [n, ...((n.anyOf as JsonSchema[] | undefined) ?? []).map(resolve)]) {
      const props = branch.properties as Record<string, JsonSchema> | undefined;
      const req = new Set((branch.required as string[] | undefined) ?? []);
      for (const [key, child] of Object.entries(props ?? {})) walk(child, path ? `${path}.${key}` : key, req.has(key), note);
      const each = branch.additionalProperties;
      if (props === undefined && each && typeof each === 'object' && resolve(each as JsonSchema).properties) {
        walk(each as JsonSchema, `${path}.<id>`, false, note);
      }
    }
    // A step's `with:` options, one group per check (`if uses == kind then with: …`).
    for (const rule of (n.allOf as JsonSchema[] | undefined) ?? []) {
      const kind = ((rule.if as JsonSchema).properties as Record<string, JsonSchema>).uses!.const as string;
      const options = ((rule.then as JsonSchema).properties as Record<string, JsonSchema>).with!;
      walk(options, `${path}.with`, false, `\`uses: ${kind}\``, false);
    }
  };
  walk(root, '', false, '', false);

  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [
    '| Field | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${cell(r.default)} | ${cell(r.description)} |`),
  ].join('\n');
}

function typeOf(n: JsonSchema, resolve: (n: JsonSchema) => JsonSchema): string {
  if (n.title === 'duration') return 'duration';
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (Array.isArray(n.enum)) return n.enum.map((v) => `\`${String(v)}\``).join(' | ');
  if (Array.isArray(n.anyOf)) return [...new Set(n.anyOf.map((b: JsonSchema) => typeOf(resolve(b), resolve)))].join(' | ');
  if (Array.isArray(n.type)) return n.type.join(' | ');
  switch (n.type) {
    case 'array': {
      const item = n.items ? typeOf(resolve(n.items as JsonSchema), resolve) : 'any';
      return item.includes(' | ') ? `(${item})[]` : `${item}[]`;
    }
    case 'object': {
      const each = n.additionalProperties;
      // A map of mappings (`steps`) gets rows of its own under `<id>`; a map of scalars (`env`) says what it holds.
      if (!n.properties && each && typeof each === 'object' && Object.keys(each).length > 0 && !resolve(each as JsonSchema).properties) {
        return `map of ${typeOf(resolve(each as JsonSchema), resolve)}`;
      }
      return 'mapping';
    }
    case undefined:
      return 'any';
    default:
      return String(n.type);
  }
}

function defaultOf(n: JsonSchema): string {
  if (!('default' in n)) return '';
  const d = n.default;
  return `\`${typeof d === 'string' ? d : JSON.stringify(d)}\``;
}

/** `readme` with the text between the config-reference markers replaced by the current table. */
export function withConfigReference(readme: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${REFERENCE_START} and ${REFERENCE_END} where the runlens.yml reference table goes`);
  }
  return `${readme.slice(0, start)}${REFERENCE_START}\n\n${configReferenceMarkdown()}\n\n${readme.slice(end)}`;
}
