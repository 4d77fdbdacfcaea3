// YAML: base/yaml.ts gives every node's source offset; scalars are resolved with the YAML 1.2 core schema,
// so `1.0`, `.inf`, `0x1F`, `~` mean what they mean to any YAML reader. Compared like JSON.
import { NOT_RESOLVED, SCALAR_STYLE, boolCoreTag, floatCoreTag, intCoreTag, nullCoreTag, type ScalarEvent } from 'js-yaml';
import { InputError, clipForMessage } from '../../../base/errors.js';
import { LineIndex } from '../../../base/line-index.js';
import { YamlSyntaxError, parseYamlText, type YamlNode } from '../../../base/yaml.js';
import type { Comparison } from '../comparison.js';
import type { At, TreeNode } from '../tree.js';
import type { CompareInput } from './format.js';
import { compareTrees } from './json.js';

/**
 * YAML nodes → golden tree nodes; an anchored node converts once, and its aliases share the result. The
 * comparison walks the tree as a tree, aliases expanded: nine lines of nested aliases (the "billion laughs")
 * would be a billion values to walk, so the expanded size is held to what the text could honestly hold.
 */
class YamlTreeBuilder {
  private readonly converted = new Map<YamlNode, TreeNode>();
  /** Values under each collection node, aliases expanded. */
  private readonly sizes = new Map<TreeNode, number>();
  private readonly lines: LineIndex;
  private readonly maxExpanded: number;

  constructor(
    private readonly text: string,
    private readonly file: string,
    events: number,
  ) {
    this.lines = new LineIndex(text);
    this.maxExpanded = 1_000_000 + 10 * events;
  }

  private sized(node: TreeNode, children: TreeNode[]): TreeNode {
    const size = children.reduce((n, c) => n + (this.sizes.get(c) ?? 1), 1);
    if (size > this.maxExpanded) {
      throw new InputError(
        { file: this.file, line: node.line, column: node.column },
        `invalid YAML: with its aliases expanded, this value holds more than ${this.maxExpanded.toLocaleString('en-US')} values`,
        'aliases that nest aliases multiply; write the data out, or compare the file with `format: text`',
      );
    }
    this.sizes.set(node, size);
    return node;
  }

  private at(offset: number): At {
    return this.lines.at(Math.max(0, offset));
  }

  node(y: YamlNode | undefined): TreeNode {
    if (y === undefined) return { kind: 'null', line: 1, column: 1 };
    if (y.kind === 'alias') {
      const target = y.target && this.converted.get(y.target);
      if (!target) {
        throw new InputError(
          { file: this.file, ...this.at(y.event.anchorStart) },
          `invalid YAML: alias *${clipForMessage(y.name)} names no anchor`,
          `define &${clipForMessage(y.name)} before using it`,
        );
      }
      return target;
    }
    let node: TreeNode;
    if (y.kind === 'mapping') {
      const entries = new Map<string, TreeNode>();
      const at = this.at(y.event.start);
      for (const pair of y.pairs) {
        const key = this.node(pair.key);
        entries.set(keyText(key), this.node(pair.value));
      }
      node = this.sized({ kind: 'object', entries, ...at }, [...entries.values()]);
    } else if (y.kind === 'sequence') {
      const at = this.at(y.event.start);
      const items = y.items.map((item) => this.node(item));
      node = this.sized({ kind: 'array', items, ...at }, items);
    } else {
      node = this.scalar(y.event, y.value);
    }
    if (y.event.anchorStart >= 0) this.converted.set(y, node);
    return node;
  }

  private scalar(ev: ScalarEvent, raw: string): TreeNode {
    const at = this.at(ev.valueStart >= 0 ? ev.valueStart : ev.tagStart);
    const tag = ev.tagStart >= 0 ? this.text.slice(ev.tagStart, ev.tagEnd) : undefined;
    const resolve = (name: 'null' | 'bool' | 'int' | 'float', explicit: boolean): TreeNode | undefined => {
      const def = { null: nullCoreTag, bool: boolCoreTag, int: intCoreTag, float: floatCoreTag }[name];
      const value: unknown = def.resolve(raw, explicit, def.tagName);
      if (value === NOT_RESOLVED) return undefined;
      if (name === 'null') return { kind: 'null', ...at };
      if (name === 'bool') return { kind: 'boolean', value: value as boolean, ...at };
      return { kind: 'number', value: Number(value), raw: raw.trim(), integer: name === 'int', ...at };
    };
    if (tag !== undefined) {
      const short = tag.replace(/^!!/, '').replace(/^!<tag:yaml\.org,2002:(\w+)>$/, '$1');
      if (short === 'int' || short === 'float' || short === 'bool' || short === 'null') {
        const node = resolve(short, true);
        if (!node)
          throw new InputError(
            { file: this.file, ...at },
            `invalid YAML: ${clipForMessage(JSON.stringify(raw))} is not a valid !!${short}`,
            'fix the value or drop the tag',
          );
        return node;
      }
      return { kind: 'string', value: raw, ...at };
    }
    if (ev.style !== SCALAR_STYLE.PLAIN) return { kind: 'string', value: raw, ...at };
    return (
      resolve('null', false) ??
      resolve('bool', false) ??
      resolve('int', false) ??
      resolve('float', false) ?? { kind: 'string', value: raw, ...at }
    );
  }
}

function keyText(key: TreeNode): string {
  switch (key.kind) {
    case 'string':
      return key.value;
    case 'number':
      return key.raw;
    case 'boolean':
      return String(key.value);
    case 'null':
      return 'null';
    default:
      return JSON.stringify(key.kind);
  }
}

function parseYamlTree(text: string, file: string): TreeNode {
  let documents: Array<YamlNode | undefined>;
  let events: number;
  try {
    const parsed = parseYamlText(text, file);
    documents = parsed.documents;
    events = parsed.events.length;
  } catch (err) {
    if (err instanceof YamlSyntaxError) {
      throw new InputError(
        { file, ...(err.line !== undefined ? { line: err.line, column: err.column ?? 1 } : {}) },
        `invalid YAML: ${clipForMessage(err.reason, 200)}`,
        err.hint ?? 'fix the file so that a YAML parser accepts it',
      );
    }
    throw err;
  }
  const builder = new YamlTreeBuilder(text, file, events);
  const docs = documents.map((d) => builder.node(d));
  if (docs.length === 1) return docs[0]!;
  return { kind: 'array', items: docs, line: 1, column: 1 };
}

export function compareYaml(input: CompareInput): Promise<Comparison> {
  return compareTrees(input, parseYamlTree);
}
