// YAML text → value + where every field sits, so a config error can name file:line:col.
// js-yaml's event stream carries source offsets; one pass over it records the key and value position
// of every path, and the same events are then constructed into the value (the file is parsed once).
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, constructFromEvents, getScalarValue, mergeTag, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { ConfigError } from '../base/errors.js';
import type { ConfigIssue } from '../base/errors.js';

export type FieldPath = ReadonlyArray<string | number>;

/** 1-based. */
export interface LineColumn {
  line: number;
  column: number;
}

interface FieldSpan {
  key?: LineColumn;
  value?: LineColumn;
}

// `<<: *defaults` is common in CI YAML (GitLab users write it daily); without the merge tag it would load as
// a literal `<<` key and fail as an unknown field.
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
/** One node of the document: where its key and value are, and its children by key or list index. */
interface PositionNode extends FieldSpan {
  children?: Map<string, PositionNode>;
}

/** Key and value positions by field path. Paths use the value's shape: mapping keys and list indices. */
export class PositionMap {
  /** @internal Filled by the walker. Aliased subtrees are shared, not copied: nothing changes after the walk. */
  readonly root: PositionNode = {};

  get(path: FieldPath): FieldSpan | undefined {
    let node: PositionNode | undefined = this.root;
    for (const segment of path) node = node?.children?.get(String(segment));
    return node && { ...(node.key && { key: node.key }), ...(node.value && { value: node.value }) };
  }

  /**
   * Where `path` is written: its key (`prefer: 'key'`) or its value, whichever exists, else the closest
   * ancestor's key — a missing field is reported at the mapping that should hold it.
   */
  locate(path: FieldPath, prefer: keyof FieldSpan = 'key'): LineColumn {
    const chain: PositionNode[] = [this.root];
    for (const segment of path) {
      const next = chain.at(-1)!.children?.get(String(segment));
      if (!next) break;
      chain.push(next);
    }
    const exact = chain.length === path.length + 1 ? chain.pop()! : undefined;
    const at = prefer === 'key' ? (exact?.key ?? exact?.value) : (exact?.value ?? exact?.key);
    if (at) return at;
    for (const node of chain.reverse()) {
      const fallback = node.key ?? node.value;
      if (fallback) return fallback;
    }
    return { line: 1, column: 1 };
  }
}

export interface ParsedYaml {
  value: unknown;
  positions: PositionMap;
}

/**
 * Parses one YAML document. Syntax errors, duplicate keys, several documents and an empty file are
 * ConfigErrors at `file`:line:col (`file` is the name shown to the user).
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  // A byte-order mark (some Windows editors write one) would shift every column of line 1.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = new LineIndex(source);
  let events: Event[];
  try {
    events = parseEvents(source, { filename: file });
  } catch (err) {
    throw syntaxError(err, file);
  }
  const positions = new PositionMap();
  const walker = new EventWalker(source, events, lines, positions, file);
  const documents = events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
  if (documents > 1) {
    throw new ConfigError([
      {
        file,
        ...walker.secondDocumentStart(),
        path: '',
        message: 'holds more than one YAML document (a `---` line starts another); put the whole configuration in one document',
      },
    ]);
  }
  if (events.length > 0) walker.document();
  if (walker.issues.length > 0) throw new ConfigError(walker.issues);

  let value: unknown;
  try {
    value = constructFromEvents(events, { source, filename: file, schema: SCHEMA })[0];
  } catch (err) {
    throw syntaxError(err, file);
  }
  if (value === undefined || value === null) {
    throw new ConfigError([
      { file, line: 1, column: 1, path: '', message: 'is empty; a runlens.yml needs at least `version: 1` and a `steps:` mapping' },
    ]);
  }
  return { value, positions };
}

function syntaxError(err: unknown, file: string): unknown {
  if (!(err instanceof YAMLException)) return err;
  const issue: ConfigIssue = { file, path: '', message: `YAML syntax error: ${err.reason}` };
  if (err.mark) {
    issue.line = err.mark.line + 1;
    issue.column = err.mark.column + 1;
  }
  return new ConfigError([issue]);
}

class LineIndex {
  readonly #starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  at(offset: number): LineColumn {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}

class EventWalker {
  readonly issues: ConfigIssue[] = [];
  readonly #anchors = new Map<string, PositionNode>();
  /** The path of the node being walked, for messages only. */
  readonly #path: string[] = [];
  #i = 0;

  constructor(
    private readonly source: string,
    private readonly events: Event[],
    private readonly lines: LineIndex,
    private readonly positions: PositionMap,
    private readonly file: string,
  ) {}

  document(): void {
    this.#i = 1;
    if (this.#peek().type !== EVENT_ID.POP) this.#node(this.positions.root);
  }

  /** The `---` that starts the second document, else its first node. */
  secondDocumentStart(): LineColumn {
    const second = this.events.findIndex((e, i) => e.type === EVENT_ID.DOCUMENT && i > 0);
    const firstNode = this.events
      .slice(second)
      .map((e) => this.#start(e))
      .find((o) => o !== undefined);
    const before = this.source.slice(0, firstNode ?? this.source.length);
    const marker = before.search(/^---(?=[ \t\r\n]|$)(?![^]*^---(?=[ \t\r\n]|$))/m);
    const offset = marker !== -1 ? marker : firstNode;
    return offset === undefined ? { line: 1, column: 1 } : this.lines.at(offset);
  }

  #peek(): Event {
    return this.events[this.#i]!;
  }

  /** The offset a node's text starts at: its anchor or tag if it has one, the opening quote if quoted. */
  #start(e: Event): number | undefined {
    let at: number;
    if (e.type === EVENT_ID.SCALAR) {
      at = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
    } else if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
      at = e.start;
    } else if (e.type === EVENT_ID.ALIAS) {
      return e.anchorStart - 1;
    } else {
      return undefined;
    }
    if (e.anchorStart >= 0 && e.anchorStart - 1 < at) at = e.anchorStart - 1;
    if (e.tagStart >= 0 && e.tagStart < at) at = e.tagStart;
    return at;
  }

  #node(node: PositionNode): void {
    const e = this.events[this.#i++]!;
    const start = this.#start(e);
    if (start !== undefined) node.value = this.lines.at(start);
    if (e.type === EVENT_ID.ALIAS) {
      const anchor = this.#anchors.get(this.source.slice(e.anchorStart, e.anchorEnd));
      if (anchor?.children) node.children = anchor.children;
      return;
    }
    if (e.type === EVENT_ID.SEQUENCE) {
      const children = (node.children = new Map());
      for (let n = 0; this.#peek().type !== EVENT_ID.POP; n++) {
        const child: PositionNode = {};
        children.set(String(n), child);
        this.#path.push(String(n));
        this.#node(child);
        this.#path.pop();
      }
      this.#i++;
    } else if (e.type === EVENT_ID.MAPPING) {
      this.#mapping((node.children = new Map()));
      this.#i++;
    }
    if ((e.type === EVENT_ID.SCALAR || e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) && e.anchorStart >= 0) {
      this.#anchors.set(this.source.slice(e.anchorStart, e.anchorEnd), node);
    }
  }

  #mapping(children: Map<string, PositionNode>): void {
    const seen = new Map<string, LineColumn>();
    while (this.#peek().type !== EVENT_ID.POP) {
      const k = this.#peek();
      if (k.type !== EVENT_ID.SCALAR) {
        // A complex key (`? [a, b]`): nothing in runlens.yml uses one; keep the walk in step.
        this.#node({});
        this.#node({});
        continue;
      }
      this.#i++;
      const name = getScalarValue(this.source, k);
      const at = this.lines.at(this.#start(k)!);
      if (name === '<<' && k.style === SCALAR_STYLE.PLAIN) {
        const merged = this.#mergedAnchors();
        this.#node({});
        // Explicit keys win over merged ones, and earlier merge sources over later ones.
        for (const anchor of merged) for (const [key, child] of anchor.children ?? []) if (!children.has(key)) children.set(key, child);
        continue;
      }
      const first = seen.get(name);
      if (first) {
        this.issues.push({
          file: this.file,
          ...at,
          path: [...this.#path, name].join('.'),
          message: `duplicate key "${name}" (first written at line ${first.line}); a key may appear only once in a mapping`,
        });
      } else {
        seen.set(name, at);
      }
      // Always a new node: one merged in from an anchor is shared and must not change.
      const child: PositionNode = { key: at };
      children.set(name, child);
      this.#path.push(name);
      this.#node(child);
      this.#path.pop();
    }
  }

  /** The anchored nodes a `<<:` value names: one alias, or a list of them. */
  #mergedAnchors(): PositionNode[] {
    const names: string[] = [];
    const v = this.#peek();
    if (v.type === EVENT_ID.ALIAS) names.push(this.source.slice(v.anchorStart, v.anchorEnd));
    if (v.type === EVENT_ID.SEQUENCE) {
      for (let j = this.#i + 1; this.events[j]!.type === EVENT_ID.ALIAS; j++) {
        const a = this.events[j]!;
        if (a.type === EVENT_ID.ALIAS) names.push(this.source.slice(a.anchorStart, a.anchorEnd));
      }
    }
    return names.map((n) => this.#anchors.get(n)).filter((a): a is PositionNode => a !== undefined);
  }
}
