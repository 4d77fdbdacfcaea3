// The secret rules over free text rather than files: a log line, a linter's message, a test's failure.
// The run's redactor (src/engine/redactor.ts) loads this lazily, so a command that runs nothing
// (`--version`, `validate`) never pays for compiling the rules.
//
// A run's own text (its summary, its reports) rarely holds a rule's keyword, and compiling all the rules
// and their keyword automaton costs ~10 ms of every run's start-up. So short texts are first checked for
// the keywords by plain substring search, and the rules run through a matcher of only the rules whose
// keywords occur (the same results: a rule whose keyword is absent cannot match). Long texts, and any
// text once plain search has seen enough, go through the matcher of all the rules, built on first use.
import { Matcher } from './matcher.js';
import { EMPTY_ALLOW, type SecretRule } from './rule.js';
import { BUILTIN_RULES } from './rules.js';

/**
 * Text is scanned as if it were an env file: `password: s3cr3t…` in a log line is then caught by the
 * config-file rule too, not only quoted assignments.
 */
const TEXT_PATH = 'output.env';

/** Longer texts go straight to the full matcher: substring search per keyword costs more than the automaton. */
const SHORT_TEXT = 4096;
/** After this many characters searched the plain way, the full matcher is worth building. */
const PLAIN_BUDGET = 256 * 1024;
/** At most this many matchers over subsets of the rules are kept; past it, the full matcher. */
const MAX_SUBSETS = 16;
// Above this length a text is searched once per keyword (String.includes), below it walked by character pairs.
const PAIR_SCAN_MAX = 512;

export interface TextDetector {
  /** False when no rule could match: no keyword of any rule occurs. */
  mayMatch(text: string): boolean;
  /** The secrets in `text`. */
  secretsIn(text: string): string[];
}

let shared: TextDetector | undefined;

/** The built-in rules, compiled (on first need) once per process. */
export function builtinTextDetector(): TextDetector {
  shared ??= lazyTextDetector(BUILTIN_RULES);
  return shared;
}

/** A detector over `rules` that compiles them only when a text needs them. Exported for tests. */
export function lazyTextDetector(rules: readonly SecretRule[]): TextDetector {
  // Keyword (lowercase) → indices of the rules it triggers; rules without keywords run on every text.
  const byKeyword = new Map<string, number[]>();
  const always: number[] = [];
  let nonAscii = false;
  rules.forEach((rule, i) => {
    if (rule.keywords.length === 0) always.push(i);
    for (const kw of new Set(rule.keywords.map((k) => k.toLowerCase()))) {
      if (/[^\x00-\x7f]/.test(kw)) nonAscii = true;
      const list = byKeyword.get(kw);
      if (list) list.push(i);
      else byKeyword.set(kw, [i]);
    }
  });
  const keywords = [...byKeyword.keys()];
  // Keywords by their first two characters: a short text (a log line, a path, a status) is walked once,
  // one map lookup per position, instead of searched once per keyword (~9× faster on such texts; the
  // run result's every string comes through here). Keywords of one character are searched as before.
  const byPair = new Map<number, string[]>();
  const single: string[] = [];
  for (const kw of keywords) {
    if (kw.length < 2) {
      single.push(kw);
      continue;
    }
    const pair = (kw.charCodeAt(0) << 16) | kw.charCodeAt(1);
    const bucket = byPair.get(pair);
    if (bucket) bucket.push(kw);
    else byPair.set(pair, [kw]);
  }
  const keywordsIn = (lower: string): string[] => {
    if (lower.length > PAIR_SCAN_MAX) return keywords.filter((kw) => lower.includes(kw));
    const found = single.filter((kw) => lower.includes(kw));
    for (let i = 0; i + 1 < lower.length; i++) {
      const bucket = byPair.get((lower.charCodeAt(i) << 16) | lower.charCodeAt(i + 1));
      if (bucket) for (const kw of bucket) if (lower.startsWith(kw, i)) found.push(kw);
    }
    return found;
  };
  let full: Matcher | undefined;
  const subsets = new Map<string, Matcher>();
  let plainChars = 0;

  const fullMatcher = (): Matcher => (full ??= new Matcher({ rules: [...rules], allow: EMPTY_ALLOW }));
  /**
   * The matcher for `text`: undefined when no keyword occurs (case folded, so a superset of what the
   * automaton finds), a matcher of the rules whose keywords occur (in their order: overlaps resolve alike),
   * or the full matcher.
   */
  const matcherFor = (text: string): Matcher | undefined => {
    if (full || text.length > SHORT_TEXT || plainChars > PLAIN_BUDGET || (nonAscii && /[^\x00-\x7f]/.test(text))) return fullMatcher();
    plainChars += text.length;
    const lower = text.toLowerCase();
    const hit = new Set(always);
    for (const kw of keywordsIn(lower)) for (const i of byKeyword.get(kw)!) hit.add(i);
    if (hit.size === 0) return undefined;
    const indices = [...hit].sort((a, b) => a - b);
    const key = indices.join(',');
    let m = subsets.get(key);
    if (!m) {
      if (subsets.size >= MAX_SUBSETS) return fullMatcher();
      m = new Matcher({ rules: indices.map((i) => rules[i]!), allow: EMPTY_ALLOW });
      subsets.set(key, m);
    }
    return m;
  };
  return {
    mayMatch: (text) => matcherFor(text)?.mayMatch(text) ?? false,
    secretsIn: (text) => matcherFor(text)?.secretsIn(text, TEXT_PATH) ?? [],
  };
}
