// A parsed JSON or YAML document in which every value remembers where it was written, so a
// difference can point at the golden file's line.

export interface At {
  line: number;
  column: number;
}

export type TreeNode =
  | (At & { kind: 'object'; entries: Map<string, TreeNode> })
  | (At & { kind: 'array'; items: TreeNode[] })
  /** `raw` is the literal as written: integers compare exactly on it, whatever their size. */
  | (At & { kind: 'number'; value: number; raw: string; integer: boolean })
  | (At & { kind: 'string'; value: string })
  | (At & { kind: 'boolean'; value: boolean })
  | (At & { kind: 'null' });

/** Offsets to 1-based line and column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): At {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

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
