// The JSON Schema of runlens.yml, generated from the zod schema (never written by hand), for editors
// (yaml-language-server: `# yaml-language-server: $schema=…`) and for the README's reference table.
// Committed at schema/runlens.schema.json; a test fails when it is stale (`npm run schema`).
import { z } from 'zod';
import { allChecks } from '../checks/registry.js';
import { allStores } from '../secret-stores/registry.js';
import { configSchema, duration } from './schema.js';

type JsonObject = { [key: string]: unknown };

export function configJsonSchema(): JsonObject {
  // Durations are `string | number` to JSON Schema; the title tells editors (and the reference table) what they mean.
  const schema = z.toJSONSchema(configSchema, {
    io: 'input',
    override: (ctx) => {
      if (ctx.zodSchema === duration) ctx.jsonSchema.title = 'duration';
    },
  }) as JsonObject;
  const properties = schema.properties as Record<string, JsonObject>;
  // Its default is the CPU count of whichever machine generated the file; the description says so instead.
  delete properties.concurrency!.default;
  delete properties.concurrency!.maximum;

  const step = (properties.steps!.additionalProperties as JsonObject | undefined) ?? {};
  const stepProperties = step.properties as Record<string, JsonObject>;
  const kinds = allChecks().map((c) => c.kind);
  stepProperties.uses = { ...stepProperties.uses, enum: kinds };

  const defs: Record<string, unknown> = { ...(schema.$defs as Record<string, unknown> | undefined) };
  // One `if uses == kind then with: <options>` per check, so editors complete and check `with:` too.
  step.allOf = allChecks().map((check) => {
    const options = z.toJSONSchema(check.options, { io: 'input' }) as JsonObject;
    delete options.$schema;
    return {
      if: { properties: { uses: { const: check.kind } }, required: ['uses'] },
      then: { properties: { with: hoistDefs(options, check.kind, defs) } },
    };
  });
  // `secret-stores`: one key per registered store, its settings schema (the loader checks them the same way).
  const stores = properties['secret-stores']!;
  const storeProperties = { ...(stores.properties as Record<string, JsonObject>) };
  for (const store of allStores()) {
    const settings = z.toJSONSchema(store.settings(), { io: 'input' }) as JsonObject;
    delete settings.$schema;
    storeProperties[store.scheme] = {
      description: `${store.title}: settings.`,
      ...hoistDefs(settings, `secret-stores.${store.scheme}`, defs),
    };
  }
  properties['secret-stores'] = { ...stores, properties: storeProperties, additionalProperties: false };
  if (Object.keys(defs).length > 0) schema.$defs = defs;

  return withStandardFormats({
    $schema: schema.$schema,
    title: 'runlens.yml',
    description: 'Configuration of a runlens pipeline.',
    ...schema,
  }) as JsonObject;
}

// JSON Schema 2020-12's format vocabulary. zod also writes its own check names (`includes`, `starts_with`)
// as formats, next to the `pattern` that carries the rule; strict validators reject those.
const STANDARD_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/** Keywords whose content is data, not schema. */
const VALUES = new Set(['default', 'const', 'enum', 'examples']);

function withStandardFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withStandardFormats);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'format' && typeof v === 'string' && !STANDARD_FORMATS.has(v)))
      .map(([k, v]) => [k, k === 'properties' || k === '$defs' ? mapValues(v) : VALUES.has(k) ? v : withStandardFormats(v)]),
  );
}

/** Under `properties` and `$defs` the keys are names, not keywords: a field may be called `format`. */
function mapValues(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, withStandardFormats(child)]));
}

/** Moves a check schema's `$defs` to the root under `<kind>.<name>`, rewriting its `$ref`s, so refs resolve from the root. */
function hoistDefs(options: JsonObject, kind: string, defs: Record<string, unknown>): JsonObject {
  const own = options.$defs as Record<string, unknown> | undefined;
  if (!own) return options;
  delete options.$defs;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/$defs/${kind}.${v.slice('#/$defs/'.length)}` : rewrite(v),
      ]),
    );
  };
  for (const [name, def] of Object.entries(own)) defs[`${kind}.${name}`] = rewrite(def);
  return rewrite(options) as JsonObject;
}
