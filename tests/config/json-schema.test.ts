import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/registry.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { loadConfig } from '../../src/config/load.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const committedText = readFileSync(path.join(root, 'schema', 'runlens.schema.json'), 'utf8');
const fixtures = path.join(root, 'tests', 'fixtures', 'config');

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(committedText) as object);
const errorsOf = (yaml: string) => (validate(load(yaml)) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));
const stepsWith = (step: string) => `version: 1\nsteps:\n  a: ${step}\n`;

describe('schema/runlens.schema.json', () => {
  it('is what configJsonSchema() generates today', () => {
    expect(committedText, 'schema/runlens.schema.json is stale: run `npm run schema` and commit it').toBe(
      JSON.stringify(configJsonSchema(), null, 2) + '\n',
    );
  });

  it('accepts the demo-like config that uses every field', () => {
    expect(errorsOf(readFileSync(path.join(fixtures, 'demo-like.yml'), 'utf8'))).toEqual([]);
  });

  it('accepts the example repository pipeline in examples/demo', () => {
    expect(errorsOf(readFileSync(path.join(root, 'examples', 'demo', 'runlens.yml'), 'utf8'))).toEqual([]);
  });

  it("checks a step's `with:` against the options of the check it uses", () => {
    expect(errorsOf(stepsWith('{ uses: sarif, with: { files: 3 } }'))).not.toEqual([]);
  });

  it('rejects a misspelled step key, as the loader does', () => {
    expect(errorsOf(stepsWith('{ run: x, nedds: [b] }'))).toContain('/steps/a must NOT have additional properties');
  });

  it('offers every registered check kind for `uses:`', () => {
    const steps = (configJsonSchema().properties as { steps: { additionalProperties: { properties: { uses: { enum: string[] } } } } })
      .steps;
    expect(steps.additionalProperties.properties.uses.enum).toEqual(allChecks().map((c) => c.kind));
  });

  it('records no default that depends on the machine that generated it', () => {
    const committed = JSON.parse(committedText) as { properties: { concurrency: Record<string, unknown> } };
    expect(committed.properties.concurrency).not.toHaveProperty('default');
  });
});

describe('the demo-like config', () => {
  it('loads with loadConfig too, so the schema and the loader agree', async () => {
    const { config } = await loadConfig({ cwd: fixtures, configPath: 'demo-like.yml', env: {} });
    expect(Object.keys(config.steps)).toEqual(['build', 'test', 'lint', 'lint-findings']);
  });
});
