// YAML text → value + where every field sits, so a config error can name file:line:col.
// base/yaml.ts parses the text into positioned nodes; one pass over them records the key and value position
// of every path, and the same events are then constructed into the value (the file is parsed once).
import { CORE_SCHEMA, SCALAR_STYLE, YAMLException, constructFromEvents, mergeTag } from 'js-yaml';
import { ConfigError } from '../base/errors.js';
import type { ConfigIssue } from '../base/errors.js';
import { LineIndex, type LineColumn } from '../base/line-index.js';
import { YamlSyntaxError, nodeStart, parseYamlText, type ParsedYamlText, type YamlNode } from '../base/yaml.js';

export type FieldPath = ReadonlyArray<string | number>;

export type { LineColumn };

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
  let parsed: ParsedYamlText;
  try {
    parsed = parseYamlText(source, file);
  } catch (err) {
    throw syntaxError(err, file);
  }
  const { events, documents } = parsed;
  if (documents.length > 1) {
    throw new ConfigError([
      {
        file,
        ...secondDocumentStart(source, documents[1], lines),
        path: '',
        message: 'holds more than one YAML document (a `---` line starts another); put the whole configuration in one document',
      },
    ]);
  }
  const positions = new PositionMap();
  const recorder = new PositionRecorder(source, lines, file);
  if (documents[0]) recorder.node(documents[0], positions.root);
  if (recorder.issues.length > 0) throw new ConfigError(recorder.issues);

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
  if (err instanceof YamlSyntaxError) {
    const issue: ConfigIssue = { file, path: '', message: `YAML syntax error: ${err.reason}${err.hint ? `; ${err.hint}` : ''}` };
    if (err.line !== undefined) issue.line = err.line;
    if (err.column !== undefined) issue.column = err.column;
    return new ConfigError([issue]);
  }
  if (!(err instanceof YAMLException)) return err;
  const issue: ConfigIssue = { file, path: '', message: `YAML syntax error: ${err.reason}` };
  if (err.mark) {
    issue.line = err.mark.line + 1;
    issue.column = err.mark.column + 1;
  }
  return new ConfigError([issue]);
}

/** The `---` that starts the second document, else its first node. */
function secondDocumentStart(source: string, second: YamlNode | undefined, lines: LineIndex): LineColumn {
  const firstNode = second && nodeStart(second.event);
  const before = source.slice(0, firstNode ?? source.length);
  const marker = before.search(/^---(?=[ \t\r\n]|$)(?![^]*^---(?=[ \t\r\n]|$))/m);
  const offset = marker !== -1 ? marker : firstNode;
  return offset === undefined ? { line: 1, column: 1 } : lines.at(offset);
}

/** Records where every field of the document sits; collects duplicate keys. */
class PositionRecorder {
  readonly issues: ConfigIssue[] = [];
  /** Anchored YAML nodes → their recorded positions, so an alias shares its anchor's children. */
  readonly #anchored = new Map<YamlNode, PositionNode>();
  /** The path of the node being walked, for messages only. */
  readonly #path: string[] = [];

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
    private readonly file: string,
  ) {}

  node(y: YamlNode, node: PositionNode): void {
    const start = nodeStart(y.event);
    if (start !== undefined) node.value = this.lines.at(start);
    if (y.kind === 'alias') {
      const anchor = y.target && this.#anchored.get(y.target);
      if (anchor?.children) node.children = anchor.children;
      return;
    }
    if (y.kind === 'sequence') {
      const children = (node.children = new Map());
      y.items.forEach((item, n) => {
        const child: PositionNode = {};
        children.set(String(n), child);
        this.#path.push(String(n));
        this.node(item, child);
        this.#path.pop();
      });
    } else if (y.kind === 'mapping') {
      this.#mapping(y.pairs, (node.children = new Map()));
    }
    if (y.event.anchorStart >= 0) this.#anchored.set(y, node);
  }

  #mapping(pairs: ReadonlyArray<{ key: YamlNode; value: YamlNode }>, children: Map<string, PositionNode>): void {
    const seen = new Map<string, LineColumn>();
    for (const { key, value } of pairs) {
      if (key.kind !== 'scalar') {
        // A complex key (`? [a, b]`): nothing in runlens.yml uses one.
        this.node(value, {});
        continue;
      }
      const name = key.value;
      const at = this.lines.at(nodeStart(key.event)!);
      if (name === '<<' && key.event.style === SCALAR_STYLE.PLAIN) {
        const merged = this.#mergedAnchors(value);
        this.node(value, {});
        // Explicit keys win over merged ones, and earlier merge sources over later ones.
        for (const anchor of merged) for (const [k, child] of anchor.children ?? []) if (!children.has(k)) children.set(k, child);
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
      this.node(value, child);
      this.#path.pop();
    }
  }

  /** The anchored nodes a `<<:` value names: one alias, or a list of them. */
  #mergedAnchors(value: YamlNode): PositionNode[] {
    const aliases = value.kind === 'alias' ? [value] : value.kind === 'sequence' ? value.items : [];
    return aliases
      .map((a) => (a.kind === 'alias' && a.target ? this.#anchored.get(a.target) : undefined))
      .filter((a): a is PositionNode => a !== undefined);
  }
}
