// YAML lockfiles (pnpm-lock.yaml, yarn Berry's yarn.lock): js-yaml's event stream carries source offsets,
// so one pass builds the value and records the line of every entry two levels down
// (`packages["lodash@4.17.15"]`), which is where these lockfiles declare a package. Scalars stay strings
// (the failsafe reading): a version such as `1.10` must not turn into the number 1.1.
import { EVENT_ID, YAMLException, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { InputError, clipForMessage } from '../../../base/errors.js';

export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

export interface LocatedYaml {
  value: { [key: string]: YamlValue };
  /** 1-based line of `container[key]` for every mapping at the top level. */
  lines: Map<string, Map<string, number>>;
  /** 1-based line of every top-level key. */
  topLines: Map<string, number>;
}

export function parseLocatedYaml(text: string, file: string, hint: string): LocatedYaml {
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: 64 });
  } catch (err) {
    if (err instanceof YAMLException) {
      throw new InputError(
        { file, ...(err.mark && { line: err.mark.line + 1, column: err.mark.column + 1 }) },
        `invalid YAML: ${clipForMessage(err.reason, 200)}`,
        hint,
      );
    }
    throw err;
  }
  const starts = lineStarts(text);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = new Map<string, Map<string, number>>();
  const topLines = new Map<string, number>();
  let i = 0;
  const node = (depth: number, recordInto?: Map<string, number>): YamlValue => {
    const e = events[i++]!;
    switch (e.type) {
      case EVENT_ID.SCALAR:
        return getScalarValue(text, e);
      case EVENT_ID.SEQUENCE: {
        const items: YamlValue[] = [];
        while (events[i]!.type !== EVENT_ID.POP) items.push(node(depth + 1));
        i++;
        return items;
      }
      case EVENT_ID.MAPPING: {
        const out: { [key: string]: YamlValue } = {};
        while (events[i]!.type !== EVENT_ID.POP) {
          const k = events[i]!;
          const key = node(depth + 1);
          const name = typeof key === 'string' ? key : JSON.stringify(key);
          if (recordInto && k.type === EVENT_ID.SCALAR) recordInto.set(name, lineAt(k.valueStart));
          let childLines: Map<string, number> | undefined;
          if (depth === 0) {
            if (k.type === EVENT_ID.SCALAR) topLines.set(name, lineAt(k.valueStart));
            childLines = new Map();
            lines.set(name, childLines);
          }
          out[name] = node(depth + 1, childLines);
        }
        i++;
        return out;
      }
      case EVENT_ID.ALIAS:
        throw new InputError({ file, line: lineAt(e.anchorStart) }, 'YAML aliases are not used in lockfiles', hint);
      default:
        throw new InputError({ file, line: 1 }, 'unexpected YAML structure', hint);
    }
  };
  // events: DOCUMENT, root, POP (per document)
  if (events.length === 0 || events[0]!.type !== EVENT_ID.DOCUMENT) {
    throw new InputError({ file, line: 1, column: 1 }, 'is empty', hint);
  }
  i = 1;
  if (events[i]!.type === EVENT_ID.POP) throw new InputError({ file, line: 1, column: 1 }, 'is empty', hint);
  const value = node(0);
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError({ file, line: 1, column: 1 }, 'is not a YAML mapping', hint);
  }
  return { value, lines, topLines };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function ymap(v: YamlValue | undefined): { [key: string]: YamlValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}

export function ystr(v: YamlValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
