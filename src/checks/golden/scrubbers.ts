// Scrubbers for text goldens: volatile text replaced by a placeholder on both sides before comparing.
// The presets are data; a case may add its own `{ pattern, replacement }`.
import { homedir, tmpdir } from 'node:os';
import { guardBacktracking } from '../../base/regexp-guard.js';
import type { ScrubberInput } from './options.js';

export interface Scrubber {
  name: string;
  apply(text: string): string;
}

const PRESETS: Record<'timestamps' | 'uuids', Array<[RegExp, string]>> = {
  timestamps: [
    // ISO 8601 / RFC 3339 date-times, with optional fraction and zone.
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, '<timestamp>'],
    // Bare dates and clock times.
    [/\b\d{4}-\d{2}-\d{2}\b/g, '<date>'],
    [/\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, '<time>'],
  ],
  uuids: [[/\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g, '<uuid>']],
};

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
}

/** The workspace, home and temp directories, longest first, in both slash styles. */
function pathRules(workspace: string): Array<[RegExp, string]> {
  const places: Array<[string, string]> = [
    [workspace, '<workspace>'],
    [tmpdir(), '<tmp>'],
    [homedir(), '<home>'],
  ];
  const rules: Array<[RegExp, string]> = [];
  for (const [dir, placeholder] of places.sort((x, y) => y[0].length - x[0].length)) {
    if (!dir || dir === '/') continue;
    rules.push([literal(dir), placeholder]);
    if (dir.includes('\\')) rules.push([literal(dir.replace(/\\/g, '/')), placeholder]);
  }
  return rules;
}

export function makeScrubbers(inputs: ScrubberInput[], workspace: string): Scrubber[] {
  if (inputs.some((s) => typeof s !== 'string')) guardBacktracking();
  return inputs.map((s) => {
    const rules: Array<[RegExp, string]> =
      typeof s === 'string' ? (s === 'paths' ? pathRules(workspace) : PRESETS[s]) : [[new RegExp(s.pattern, `g${s.flags}`), s.replacement]];
    return {
      name: typeof s === 'string' ? s : s.pattern,
      apply: (text: string) => rules.reduce((t, [re, by]) => t.replace(re, by), text),
    };
  });
}
