// YAML: js-yaml's event parser gives every node's source offset; scalars are resolved with the YAML 1.2
// core schema, so `1.0`, `.inf`, `0x1F`, `~` mean what they mean to any YAML reader. Compared like JSON.
import {
  EVENT_ID,
  NOT_RESOLVED,
  YAMLException,
  boolCoreTag,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  nullCoreTag,
  parseEvents,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import { InputError } from '../../../base/errors.js';
import type { Comparison } from '../comparison.js';
import { LineIndex, type At, type TreeNode } from '../tree.js';
import type { CompareInput } from './format.js';
import { compareTrees } from './json.js';

const PLAIN = 1;

class YamlTreeBuilder {
  private k = 0;
  private readonly anchors = new Map<string, TreeNode>();
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly file: string,
  ) {
    this.lines = new LineIndex(text);
  }

  documents(): TreeNode[] {
    const docs: TreeNode[] = [];
    while (this.k < this.events.length) {
      const ev = this.events[this.k++]!;
      if (ev.type !== EVENT_ID.DOCUMENT) continue;
      if (this.events[this.k]?.type === EVENT_ID.POP) {
        this.k++;
        docs.push({ kind: 'null', line: 1, column: 1 });
        continue;
      }
      docs.push(this.node());
      this.k++; // the document's POP
    }
    return docs;
  }

  private at(offset: number): At {
    return this.lines.at(Math.max(0, offset));
  }

  private node(): TreeNode {
    const ev = this.events[this.k++]!;
    let node: TreeNode;
    switch (ev.type) {
      case EVENT_ID.MAPPING: {
        const entries = new Map<string, TreeNode>();
        const at = this.at(ev.start);
        while (this.events[this.k]!.type !== EVENT_ID.POP) {
          const key = this.node();
          const value = this.node();
          entries.set(keyText(key), value);
        }
        this.k++;
        node = { kind: 'object', entries, ...at };
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const items: TreeNode[] = [];
        const at = this.at(ev.start);
        while (this.events[this.k]!.type !== EVENT_ID.POP) items.push(this.node());
        this.k++;
        node = { kind: 'array', items, ...at };
        break;
      }
      case EVENT_ID.SCALAR:
        node = this.scalar(ev);
        break;
      case EVENT_ID.ALIAS: {
        const name = this.text.slice(ev.anchorStart, ev.anchorEnd);
        const target = this.anchors.get(name);
        if (!target) {
          throw new InputError(
            { file: this.file, ...this.at(ev.anchorStart) },
            `invalid YAML: alias *${name} names no anchor`,
            'define &' + name + ' before using it',
          );
        }
        return target;
      }
      default:
        throw new InputError(
          { file: this.file },
          `invalid YAML: unexpected parser event ${ev.type}`,
          'check that the file is one YAML document',
        );
    }
    if ('anchorStart' in ev && ev.anchorStart >= 0) this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), node);
    return node;
  }

  private scalar(ev: ScalarEvent): TreeNode {
    const raw = getScalarValue(this.text, ev);
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
            `invalid YAML: ${JSON.stringify(raw)} is not a valid !!${short}`,
            'fix the value or drop the tag',
          );
        return node;
      }
      return { kind: 'string', value: raw, ...at };
    }
    if (ev.style !== PLAIN) return { kind: 'string', value: raw, ...at };
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

export function parseYamlTree(text: string, file: string): TreeNode {
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file });
  } catch (err) {
    if (err instanceof YAMLException) {
      const mark = err.mark;
      throw new InputError(
        { file, ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}) },
        `invalid YAML: ${err.reason}`,
        'fix the file so that a YAML parser accepts it',
      );
    }
    throw err;
  }
  const docs = new YamlTreeBuilder(text, events, file).documents();
  if (docs.length === 1) return docs[0]!;
  return { kind: 'array', items: docs, line: 1, column: 1 };
}

export function compareYaml(input: CompareInput): Promise<Comparison> {
  return compareTrees(input, parseYamlTree);
}
