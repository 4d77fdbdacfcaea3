import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { REFERENCE_END, REFERENCE_START, configReferenceMarkdown, withConfigReference } from '../../src/config/reference.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const table = configReferenceMarkdown();
const rows = table.split('\n');
const row = (field: string) => rows.find((r) => r.startsWith(`| \`${field}\` |`));

describe('configReferenceMarkdown', () => {
  it('has a row for every top-level field of the schema', () => {
    const fields = Object.keys(configJsonSchema().properties as object);
    expect(fields.filter((f) => row(f) === undefined)).toEqual([]);
  });

  it('shows a duration as a duration, with its default as written in runlens.yml', () => {
    expect(row('kill-grace')).toMatch(/^\| `kill-grace` \| duration \| `10s` \| /);
  });

  it('marks required fields', () => {
    expect(row('version')).toMatch(/^\| `version` \| `1` \| required \| /);
  });

  it('escapes the pipes of a union so the table keeps its columns', () => {
    expect(row('fail-on')).toContain('`none` \\| `note` \\| `low`');
  });

  it("lists each check's `with:` options under the steps, naming the check", () => {
    expect(row('steps.<id>.with.files')).toContain('`uses: sarif`');
  });

  it('gives the fields of a step under steps.<id>', () => {
    expect(row('steps.<id>.needs')).toMatch(/^\| `steps.<id>.needs` \| string \\\| string\[\] \| `\[\]` \| /);
  });
});

describe('README.md', () => {
  it('holds the current reference table between its config-reference markers', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme, 'the runlens.yml reference in README.md is stale: run `npm run schema`').toBe(withConfigReference(readme));
  });
});

describe('withConfigReference', () => {
  it('replaces only what sits between the markers', () => {
    const doc = `# Title\n\n${REFERENCE_START}\nold table\n${REFERENCE_END}\n\nAfter.\n`;
    expect(withConfigReference(doc)).toBe(`# Title\n\n${REFERENCE_START}\n\n${table}\n\n${REFERENCE_END}\n\nAfter.\n`);
  });

  it('says which markers are missing from a README without them', () => {
    expect(() => withConfigReference('# Title\n')).toThrow(`README.md needs the markers ${REFERENCE_START} and ${REFERENCE_END}`);
  });
});
