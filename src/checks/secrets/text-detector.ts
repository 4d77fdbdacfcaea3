// The secret rules over free text rather than files: a log line, a linter's message, a test's failure.
// The run's redactor (src/engine/redactor.ts) loads this lazily, so a command that runs nothing
// (`--version`, `validate`) never pays for compiling the rules.
import { Matcher } from './matcher.js';
import { EMPTY_ALLOW } from './rule.js';
import { BUILTIN_RULES } from './rules.js';

/**
 * Text is scanned as if it were an env file: `password: s3cr3t…` in a log line is then caught by the
 * config-file rule too, not only quoted assignments.
 */
const TEXT_PATH = 'output.env';

export interface TextDetector {
  /** False when no rule could match: no keyword of any rule occurs. Allocates nothing. */
  mayMatch(text: string): boolean;
  /** The secrets the rules find in `text`. */
  secretsIn(text: string): string[];
}

let shared: TextDetector | undefined;

/** The built-in rules, compiled once per process. */
export function builtinTextDetector(): TextDetector {
  if (!shared) {
    const matcher = new Matcher({ rules: [...BUILTIN_RULES], allow: EMPTY_ALLOW });
    shared = { mayMatch: (text) => matcher.mayMatch(text), secretsIn: (text) => matcher.secretsIn(text, TEXT_PATH) };
  }
  return shared;
}
