// Every error runlens reports to a user, and the one place they map to exit codes (docs/architecture.md, "Errors").
export const EXIT = { passed: 0, failed: 1, usage: 2, internal: 3 } as const;

/** Where in a file something is wrong. Lines and columns are 1-based. */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export function formatPosition(p: SourcePosition): string {
  return [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
}

/** An error the user can fix: printed as its message alone, never with a stack. */
export class RunlensError extends Error {
  readonly exitCode: number = EXIT.failed;
}

export interface ConfigIssue extends SourcePosition {
  /** Dotted field path, e.g. `steps.test.needs`. */
  path: string;
  message: string;
  /** "did you mean …" */
  suggestion?: string;
}

export class ConfigError extends RunlensError {
  override readonly exitCode = EXIT.usage;
  constructor(readonly issues: ConfigIssue[]) {
    super(issues.map(formatConfigIssue).join('\n'));
    this.name = 'ConfigError';
  }
}

export function formatConfigIssue(i: ConfigIssue): string {
  const where = formatPosition(i);
  const path = i.path ? `${clipForMessage(i.path)}: ` : '';
  const hint = i.suggestion ? ` (did you mean "${clipForMessage(i.suggestion)}"?)` : '';
  return `${where}: ${path}${clipForMessage(i.message, MAX_DETAIL)}${hint}`;
}

/** Past this, a message is quoting its input back (a parser's reason naming a 70 KB value): cut. */
const MAX_DETAIL = 1000;

/** A name taken from the user's input, cut to fit in a one-line message (a 30 KB YAML key is no field name). */
export function clipForMessage(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

export class UsageError extends RunlensError {
  override readonly exitCode = EXIT.usage;
  override name = 'UsageError';
}

/** Malformed input a step was asked to read (SARIF, JUnit, lockfile, golden file). */
export class InputError extends RunlensError {
  constructor(
    readonly position: SourcePosition,
    readonly detail: string,
    readonly hint?: string,
  ) {
    super(`${formatPosition(position)}: ${clipForMessage(detail, MAX_DETAIL)}${hint ? ` — ${clipForMessage(hint, MAX_DETAIL)}` : ''}`);
    this.name = 'InputError';
  }
}

export class ToolNotFoundError extends RunlensError {
  constructor(
    readonly tool: string,
    readonly installHint: string,
  ) {
    super(`${tool} was not found on PATH — ${installHint}`);
    this.name = 'ToolNotFoundError';
  }
}

export function exitCodeFor(err: unknown): number {
  return err instanceof RunlensError ? err.exitCode : EXIT.internal;
}
