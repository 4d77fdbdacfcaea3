// YAML with positions, the one way runlens reads it (runlens.yml and golden YAML files alike): js-yaml's event
// parser carries the source offset of every node, and one walk turns the events into a tree of nodes that keep
// their event (so each reader computes values and positions its own way) with aliases resolved to their anchor.
// Chosen over the `yaml` package's LineCounter/ranges: on a 4.6 MB file js-yaml's events take ~0.22 s, `yaml`'s
// parseDocument ~3.4 s (docs/architecture.md, "Measured choices").
//
// A syntax error is explained in the user's terms: where an unclosed `{`/`[` opened rather than where the parser
// gave up, and "quote the value" when a plain value holds `: ` or goes on after a quoted part.
import {
  EVENT_ID,
  SCALAR_STYLE,
  YAMLException,
  getScalarValue,
  parseEvents,
  type AliasEvent,
  type Event,
  type MappingEvent,
  type ScalarEvent,
  type SequenceEvent,
} from 'js-yaml';
import { clipForMessage } from './errors.js';
import { positionAt } from './line-index.js';

export type YamlNode =
  | { kind: 'scalar'; event: ScalarEvent; value: string }
  | { kind: 'sequence'; event: SequenceEvent; items: YamlNode[] }
  | { kind: 'mapping'; event: MappingEvent; pairs: YamlPair[] }
  /** `target` is the node the anchor named, undefined when no earlier node has that anchor. */
  | { kind: 'alias'; event: AliasEvent; name: string; target: YamlNode | undefined };

export interface YamlPair {
  key: YamlNode;
  value: YamlNode;
}

export interface ParsedYamlText {
  events: Event[];
  /** One per document; `undefined` for an empty one. */
  documents: Array<YamlNode | undefined>;
}

/** A YAML syntax error: where the construct at fault is, what is wrong, and the likely fix. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly reason: string,
    readonly hint: string | undefined,
  ) {
    super(reason);
    this.name = 'YamlSyntaxError';
  }
}

/** Parses every document of `source`; throws YamlSyntaxError on a syntax error. */
export function parseYamlText(source: string, file: string): ParsedYamlText {
  let events: Event[];
  try {
    events = parseEvents(source, { filename: file });
  } catch (err) {
    throw err instanceof YAMLException ? explainYamlError(source, err) : err;
  }
  return { events, documents: new EventWalker(source, events).documents() };
}

/** The offset a node's text starts at: its anchor or tag if it has one, the opening quote if quoted. */
export function nodeStart(e: Event): number | undefined {
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

class EventWalker {
  #i = 0;
  readonly #anchors = new Map<string, YamlNode>();

  constructor(
    private readonly source: string,
    private readonly events: Event[],
  ) {}

  documents(): Array<YamlNode | undefined> {
    const docs: Array<YamlNode | undefined> = [];
    while (this.#i < this.events.length) {
      const e = this.events[this.#i++]!;
      if (e.type !== EVENT_ID.DOCUMENT) continue;
      docs.push(this.events[this.#i]?.type === EVENT_ID.POP ? undefined : this.#node());
      this.#i++; // the document's POP
    }
    return docs;
  }

  #node(): YamlNode {
    const e = this.events[this.#i++]!;
    let node: YamlNode;
    switch (e.type) {
      case EVENT_ID.SCALAR:
        node = { kind: 'scalar', event: e, value: getScalarValue(this.source, e) };
        break;
      case EVENT_ID.SEQUENCE: {
        const items: YamlNode[] = [];
        while (this.events[this.#i]!.type !== EVENT_ID.POP) items.push(this.#node());
        this.#i++;
        node = { kind: 'sequence', event: e, items };
        break;
      }
      case EVENT_ID.MAPPING: {
        const pairs: YamlPair[] = [];
        while (this.events[this.#i]!.type !== EVENT_ID.POP) pairs.push({ key: this.#node(), value: this.#node() });
        this.#i++;
        node = { kind: 'mapping', event: e, pairs };
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = this.source.slice(e.anchorStart, e.anchorEnd);
        return { kind: 'alias', event: e, name, target: this.#anchors.get(name) };
      }
      default:
        throw new Error(`unexpected YAML parser event ${e.type}`);
    }
    // Registered once complete: an alias inside its own anchor names nothing yet.
    if (e.anchorStart >= 0) this.#anchors.set(this.source.slice(e.anchorStart, e.anchorEnd), node);
    return node;
  }
}

// --- syntax errors -------------------------------------------------------------------------------------------

/** The flow collections (`{`, `[`) still open at `end`, outermost first, by offset. */
function openFlows(source: string, end: number): Array<{ at: number; char: string }> {
  const open: Array<{ at: number; char: string }> = [];
  // At block level a bracket opens a flow collection only where a value starts (after `key: `, `- `, or
  // at the start of a line); elsewhere it is part of a plain scalar (`run: echo ${HOME}`).
  let valueStart = true;
  for (let i = 0; i < end; i++) {
    const c = source[i]!;
    if (c === '\n') {
      valueStart = open.length === 0;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      const nl = source.indexOf('\n', i);
      i = (nl === -1 ? source.length : nl) - 1;
      continue;
    }
    if (open.length > 0 || valueStart) {
      if (c === '"' || c === "'") {
        // A quoted scalar: skip to its closing quote ('' and \" escape one).
        let j = i + 1;
        for (; j < end; j++) {
          if (c === '"' && source[j] === '\\') j++;
          else if (source[j] === c) {
            if (c === "'" && source[j + 1] === "'") j++;
            else break;
          }
        }
        i = j;
        valueStart = false;
        continue;
      }
      if (c === '{' || c === '[') {
        open.push({ at: i, char: c });
        continue;
      }
      if ((c === '}' || c === ']') && open.length > 0) {
        open.pop();
        valueStart = false;
        continue;
      }
    }
    if (open.length > 0) continue;
    if (c === ' ' || c === '\t') continue;
    if ((c === '-' || c === '?' || c === ':') && /[\s]/.test(source[i + 1] ?? '\n')) {
      valueStart = true;
      continue;
    }
    valueStart = false;
    // `key: value`: after `: ` a value starts.
    if (source[i + 1] === ':' && /\s/.test(source[i + 2] ?? '\n')) {
      i++;
      valueStart = true;
    }
  }
  return open;
}

/** `value` as one single-quoted YAML scalar. */
function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function explainYamlError(source: string, err: YAMLException): YamlSyntaxError {
  const mark = err.mark;
  // js-yaml's reasons quote the input at times (a tag name, an anchor): keep them to a line.
  const reason = clipForMessage(err.reason, 200);
  if (!mark) return new YamlSyntaxError(undefined, undefined, reason, undefined);
  const offset = mark.position;
  const line = mark.line + 1;
  const column = mark.column + 1;

  // An unclosed `{` or `[` makes the parser stumble lines later ("deficient indentation"): point at the opening.
  const open = openFlows(source, Math.min(offset, source.length)).pop();
  if (open) {
    const at = positionAt(source, open.at);
    if (at.line < line || (at.line === line && /end of the stream|flow collection|comma/.test(reason))) {
      const close = open.char === '{' ? '}' : ']';
      const what = open.char === '{' ? 'mapping' : 'list';
      return new YamlSyntaxError(
        at.line,
        at.column,
        `the ${what} opened with "${open.char}" here is never closed (the parser gave up at line ${line}, column ${column}: ${reason})`,
        `close it with "${close}" before the line ends, or write the ${what} in block style, one entry per line`,
      );
    }
  }

  // `key: value` where the plain value holds `: ` (a second key to YAML) or goes on after a quoted part.
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', lineStart);
  const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd).replace(/\r$/, '');
  const entry = /^(\s*(?:-\s+)?)([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*'):[ \t]+(\S.*?)\s*$/.exec(text);
  if (entry && /mapping entry|implicit key|block mapping|end of the stream|multiline key/.test(reason)) {
    const key = entry[2]!.replace(/^["']|["']$/g, '');
    const value = entry[3]!.replace(/\s+#.*$/, '');
    const valueColumn = text.indexOf(entry[3]!, entry[1]!.length + entry[2]!.length + 1) + 1;
    const quotedPart = /^(["'])/.test(value);
    const holdsColon = !quotedPart && /:\s/.test(value);
    if (quotedPart || holdsColon) {
      const why = quotedPart
        ? `the value of "${clipForMessage(key, 60)}" starts with a quoted part and goes on after its closing quote`
        : `the value of "${clipForMessage(key, 60)}" holds ": ", which YAML reads as the start of another key`;
      const thing = key === 'run' || key === 'script' || key === 'command' ? 'the command' : 'the value';
      // Spelled out only when short: a long value written back whole would bury the message.
      const rewrite = entry[2]!.length + value.length <= 200 ? `: ${entry[2]}: ${singleQuoted(value)}` : ` in single quotes`;
      return new YamlSyntaxError(
        line,
        valueColumn,
        `${why} (${reason})`,
        `quote ${thing} as a whole${rewrite} — or write it as a block scalar (${clipForMessage(entry[2]!, 60)}: |) on the lines below`,
      );
    }
  }
  return new YamlSyntaxError(line, column, reason, undefined);
}
