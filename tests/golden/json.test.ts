import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { compareJson, parseJsonTree } from '../../src/checks/golden/formats/json.js';
import { compareYaml } from '../../src/checks/golden/formats/yaml.js';
import { PathPattern } from '../../src/checks/golden/json-path.js';
import { compareInput, put, tempDir } from '../support/golden.js';

async function json(expected: string, actual: string, options: Record<string, unknown> = {}) {
  const dir = await tempDir();
  await put(dir, 'golden.json', expected);
  await put(dir, 'actual.json', actual);
  return compareJson(compareInput(dir, 'golden.json', 'actual.json', options));
}

async function yaml(expected: string, actual: string, options: Record<string, unknown> = {}) {
  const dir = await tempDir();
  await put(dir, 'golden.yaml', expected);
  await put(dir, 'actual.yaml', actual);
  return compareYaml(compareInput(dir, 'golden.yaml', 'actual.yaml', options));
}

describe('JSON comparison', () => {
  it('ignores key order and accepts numbers within tolerance', async () => {
    const r = await json('{"a": 1, "b": {"x": 0.5, "y": [1, 2]}}', '{"b": {"y": [1, 2], "x": 0.500000001}, "a": 1}');
    expect(r.passed).toBe(true);
    expect(r.compared).toBe(4);
  });

  it('points a number out of tolerance at its JSON path and golden line', async () => {
    const r = await json(
      '{\n  "meta": {"v": 1},\n  "items": [\n    {"value": 2.5},\n    {"value": 3.5}\n  ]\n}\n',
      '{"meta": {"v": 1}, "items": [{"value": 2.5}, {"value": 3.75}]}',
      {
        tolerance: { abs: 0.1 },
      },
    );
    expect(r.passed).toBe(false);
    expect(r.maxAbs).toMatchObject({ where: '$.items[1].value', line: 5, column: 15, value: 0.25 });
    expect(r.worst[0]).toMatchObject({ expected: '3.5', actual: '3.75' });
  });

  it('reports missing and unexpected keys and type changes', async () => {
    const r = await json('{"a": 1, "b": "x", "c": true}', '{"a": "1", "c": true, "d": null}');
    expect(r.worst.map((d) => [d.where, d.note])).toEqual([
      ['$.a', 'type differs: number in the golden file, string in the actual'],
      ['$.b', 'missing from the actual file'],
      ['$.d', 'not in the golden file'],
    ]);
  });

  it('reports an array length change', async () => {
    const r = await json('[1, 2, 3]', '[1, 2]');
    expect(r.worst[0]?.note).toBe('array length differs: 3 items in the golden file, 2 in the actual');
  });

  it('skips ignored paths, with wildcards and any depth', async () => {
    const golden = '{"meta": {"time": "10:00", "host": "a"}, "items": [{"id": 1, "v": 1}, {"id": 2, "v": 2}], "deep": {"x": {"stamp": 1}}}';
    const actual = '{"meta": {"time": "11:00", "host": "a"}, "items": [{"id": 7, "v": 1}, {"id": 8, "v": 2}], "deep": {"x": {"stamp": 9}}}';
    expect((await json(golden, actual)).passed).toBe(false);
    expect((await json(golden, actual, { ignore: ['$.meta.time', '$.items[*].id', '$..stamp'] })).passed).toBe(true);
  });

  it('matches array items in any order when asked', async () => {
    const golden = '[{"k": "a", "v": 1.0}, {"k": "b", "v": 2.0}, 3]';
    const actual = '[3, {"v": 2.0000000001, "k": "b"}, {"k": "a", "v": 1}]';
    expect((await json(golden, actual)).passed).toBe(false);
    expect((await json(golden, actual, { 'array-order': 'any' })).passed).toBe(true);
    const r = await json(golden, '[3, {"k": "b", "v": 2}, {"k": "a", "v": 1.5}]', { 'array-order': 'any' });
    expect(r.worst[0]).toMatchObject({ where: '$[0].v', expected: '1.0', actual: '1.5' });
  });

  it('compares integers exactly beyond double precision', async () => {
    const r = await json('{"id": 12345678901234567890}', '{"id": 12345678901234567891}');
    expect(r.passed).toBe(false);
    expect(r.worst[0]?.note).toMatch(/integers differ/);
  });

  it('gives line and column of invalid JSON', async () => {
    const err = await json('{\n  "a": 1,\n  "b": [1, 2,, 3]\n}', '{}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      'golden.json:3:14: invalid JSON: expected a value, found "," — fix the file so that `jq . FILE` accepts it',
    );
  });

  it('rejects a trailing comma and an unclosed string', () => {
    expect(() => parseJsonTree('{"a": 1,}', 'f.json')).toThrow(/f\.json:1:9: invalid JSON: expected a "quoted" key/);
    expect(() => parseJsonTree('["abc', 'f.json')).toThrow(/f\.json:1:2: invalid JSON: a string is never closed/);
  });
});

describe('YAML comparison', () => {
  it('compares YAML structurally with core-schema numbers', async () => {
    const r = await yaml('a: 1\nb:\n  - 1.5\n  - .inf\nc: ~\n', 'c: null\nb: [1.5000000001, .Inf]\na: 1\n');
    expect(r.passed).toBe(true);
  });

  it('points a difference at the golden YAML line', async () => {
    const r = await yaml('name: x\nvalues:\n  - 1.0\n  - 2.0\n', 'name: x\nvalues: [1.0, 2.5]\n');
    expect(r.first).toMatchObject({ where: '$.values[1]', line: 4, column: 5 });
  });

  it('keeps quoted numbers as strings', async () => {
    const r = await yaml('v: "1"\n', 'v: 1\n');
    expect(r.worst[0]?.note).toBe('type differs: string in the golden file, number in the actual');
  });

  it('follows anchors and aliases', async () => {
    const r = await yaml('base: &b {x: 1}\nother: *b\n', 'base: {x: 1}\nother: {x: 1}\n');
    expect(r.passed).toBe(true);
  });

  it('gives line and column of invalid YAML: where an unclosed list opened', async () => {
    const err = await yaml('a: [1, 2\nb: 3\n', 'a: 1\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^golden\.yaml:1:4: invalid YAML: the list opened with "\[" here is never closed/);
  });
});

describe('ignore paths', () => {
  it('parses the supported JSONPath subset', () => {
    const p = PathPattern.parse("$.a['b c'][2].*");
    expect(p.matches(['a', 'b c', 2, 'z'])).toBe(true);
    expect(p.matches(['a', 'b c', 3, 'z'])).toBe(false);
    expect(PathPattern.parse('$..id').matches(['x', 0, 'y', 'id'])).toBe(true);
    expect(PathPattern.parse('$..id').matches(['id'])).toBe(true);
  });

  it('explains a malformed path', () => {
    expect(() => PathPattern.parse('meta.time')).toThrow(/a path starts with \$/);
    expect(() => PathPattern.parse('$.items[x]')).toThrow(/character 8/);
  });
});
