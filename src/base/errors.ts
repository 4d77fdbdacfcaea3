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
  const path = i.path ? `${i.path}: ` : '';
  const hint = i.suggestion ? ` (did you mean "${i.suggestion}"?)` : '';
  return `${where}: ${path}${i.message}${hint}`;
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
    super(`${formatPosition(position)}: ${detail}${hint ? ` — ${hint}` : ''}`);
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
