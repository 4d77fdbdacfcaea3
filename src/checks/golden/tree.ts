// A parsed JSON or YAML document in which every value remembers where it was written, so a
// difference can point at the golden file's line.
import type { LineColumn } from '../../base/line-index.js';

export type At = LineColumn;

export type TreeNode =
  | (At & { kind: 'object'; entries: Map<string, TreeNode> })
  | (At & { kind: 'array'; items: TreeNode[] })
  /** `raw` is the literal as written: integers compare exactly on it, whatever their size. */
  | (At & { kind: 'number'; value: number; raw: string; integer: boolean })
  | (At & { kind: 'string'; value: string })
  | (At & { kind: 'boolean'; value: boolean })
  | (At & { kind: 'null' });

/** A short rendering of a value for reports. */
export function preview(node: TreeNode | undefined, max = 60): string {
  if (!node) return '(absent)';
  let text: string;
  switch (node.kind) {
    case 'object':
      text = `{${[...node.entries.keys()].slice(0, 4).join(', ')}${node.entries.size > 4 ? ', …' : ''}}`;
      break;
    case 'array':
      text = `[${node.items.length} items]`;
      break;
    case 'number':
      text = node.raw;
      break;
    case 'string':
      text = JSON.stringify(node.value);
      break;
    case 'boolean':
      text = String(node.value);
      break;
    case 'null':
      text = 'null';
      break;
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
