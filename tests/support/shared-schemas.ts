// JSON Schema validators for the reports' published formats. The schema files live in
// ../shared/schemas beside the clone (CI puts shared/ there); this fails loudly if they are missing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv7 from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedSchemas = path.resolve(repoRoot, '../shared/schemas');

function load(file: string): Record<string, unknown> {
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: the report tests validate against the shared schemas, expected in ${sharedSchemas} (a "shared" directory beside the repository). Put the schema files there.`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

type Draft = '04' | '07' | '2020-12';

function validator(draft: Draft, schema: Record<string, unknown>): ValidateFunction {
  const options = { allErrors: true, strict: false, validateFormats: true };
  // The three packages export their class as default (CJS interop differs between them).
  const Ctor = (draft === '04' ? AjvDraft04 : draft === '07' ? Ajv7 : Ajv2020) as unknown as { default?: unknown };
  const Klass = (Ctor.default ?? Ctor) as new (o: typeof options) => import('ajv').default;
  const ajv = new Klass(options);
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as unknown as (a: unknown) => void;
  formats(ajv);
  return ajv.compile(schema);
}

const cache = new Map<string, ValidateFunction>();

/** A validator for `name` in ../shared/schemas (or `schema/` in the repo with `local`). */
export function schemaValidator(name: string, draft: Draft, local = false): ValidateFunction {
  const file = local ? path.join(repoRoot, 'schema', name) : path.join(sharedSchemas, name);
  let v = cache.get(file);
  if (!v) {
    v = validator(draft, load(file));
    cache.set(file, v);
  }
  return v;
}

/** A validator for a schema file (in ../shared/schemas, or any absolute path), in the draft its `$schema` names. */
export function validatorFor(file: string): ValidateFunction {
  const full = path.isAbsolute(file) ? file : path.join(sharedSchemas, file);
  let v = cache.get(full);
  if (!v) {
    const schema = load(full);
    const declared = String(schema.$schema ?? '');
    const draft: Draft = declared.includes('draft-04') ? '04' : declared.includes('2020-12') ? '2020-12' : '07';
    v = validator(draft, schema);
    cache.set(full, v);
  }
  return v;
}

/** Readable errors for an assertion message. */
export function schemaErrors(v: ValidateFunction, data: unknown): string[] {
  return v(data)
    ? []
    : (v.errors ?? []).slice(0, 20).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
