import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import { repoRoot } from './dist.js';

export const sharedSchemas = path.resolve(repoRoot, '..', 'shared', 'schemas');

/** Compiles a JSON schema from ../shared/schemas (or a repo path), picking the draft it declares. */
export function loadValidator(file: string) {
  const p = path.isAbsolute(file) ? file : path.join(sharedSchemas, file);
  if (!existsSync(p)) throw new Error(`schema ${p} is missing: runlens's tests need ../shared/schemas beside the clone`);
  const schema = JSON.parse(readFileSync(p, 'utf8')) as { $schema?: string };
  const is2020 = schema.$schema?.includes('2020-12') ?? false;
  const ajv = is2020 ? new Ajv2020({ allErrors: true, strict: false }) : new (AjvDraft7 as unknown as typeof Ajv2020)({ allErrors: true, strict: false });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  const validate = ajv.compile(schema);
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
