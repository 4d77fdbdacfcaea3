import { describe, expect, it } from 'vitest';
import { YamlSyntaxError, nodeStart, parseYamlText, type YamlNode } from '../../src/base/yaml.js';

function syntaxError(source: string): YamlSyntaxError {
  try {
    parseYamlText(source, 'f.yml');
  } catch (err) {
    if (err instanceof YamlSyntaxError) return err;
    throw err;
  }
  throw new Error('expected a YamlSyntaxError');
}

describe('YAML with positions', () => {
  it('gives one node per document, with source offsets', () => {
    const source = 'a: [1, "two"]\n---\n- x\n';
    const { documents } = parseYamlText(source, 'f.yml');
    expect(documents).toHaveLength(2);
    const first = documents[0] as Extract<YamlNode, { kind: 'mapping' }>;
    expect(first.kind).toBe('mapping');
    const list = first.pairs[0]!.value as Extract<YamlNode, { kind: 'sequence' }>;
    expect(list.items.map((i) => (i.kind === 'scalar' ? i.value : undefined))).toEqual(['1', 'two']);
    // A quoted scalar starts at its opening quote.
    expect(nodeStart(list.items[1]!.event)).toBe(source.indexOf('"two"'));
  });

  it('resolves an alias to the node its anchor names', () => {
    const { documents } = parseYamlText('base: &b { x: 1 }\nuse: *b\n', 'f.yml');
    const root = documents[0] as Extract<YamlNode, { kind: 'mapping' }>;
    const alias = root.pairs[1]!.value;
    expect(alias).toMatchObject({ kind: 'alias', name: 'b' });
    expect(alias.kind === 'alias' && alias.target).toBe(root.pairs[0]!.value);
  });

  it('gives no document for a file of comments', () => {
    expect(parseYamlText('# nothing\n', 'f.yml').documents).toEqual([]);
  });

  it('says where an unclosed flow mapping opened, and how to close it', () => {
    const err = syntaxError('a: 1\nb: { c: 1, d: 2\ne: 3\n');
    expect([err.line, err.column]).toEqual([2, 4]);
    expect(err.reason).toMatch(/^the mapping opened with "\{" here is never closed \(the parser gave up at line 3/);
    expect(err.hint).toMatch(/close it with "\}"/);
  });

  it('leaves a brace inside a quoted or plain value alone', () => {
    const err = syntaxError('a: "{"\nb: echo ${X}\nc: [1\nd: 2\n');
    expect([err.line, err.column]).toEqual([3, 4]);
  });

  it('says to quote a plain value that holds ": "', () => {
    const err = syntaxError('script: echo a: b\n');
    expect(err.line).toBe(1);
    expect(err.hint).toBe(
      "quote the command as a whole: script: 'echo a: b' — or write it as a block scalar (script: |) on the lines below",
    );
  });
});
