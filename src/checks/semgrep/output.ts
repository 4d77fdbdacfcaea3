// semgrep's `--json` output (semgrep_output_v1 `cli_output`): the parts runlens reads, checked on the way in.

export interface SemgrepPosition {
  line: number;
  col: number;
  /** Byte offset into the file. */
  offset: number;
}

export interface SemgrepMatch {
  check_id: string;
  /** As semgrep named it: relative to where it ran, or absolute. */
  path: string;
  start: SemgrepPosition;
  end: SemgrepPosition;
  extra: {
    message?: string;
    severity?: string;
    metadata?: Record<string, unknown>;
    /** The suggested replacement, with metavariables filled in. */
    fix?: string;
    /** The matched lines; `requires login` in semgrep's open-source CLI. */
    lines?: string;
    is_ignored?: boolean;
  };
}

export interface SemgrepError {
  code?: number;
  /** `error`, `warn` or `info`. */
  level?: string;
  /** A name, or [name, details] for core errors. */
  type?: unknown;
  message?: string;
  short_msg?: string;
  long_msg?: string;
  path?: string;
  rule_id?: string;
  spans?: Array<{ file?: string; start?: { line?: number } }>;
}

export interface SemgrepOutput {
  version?: string;
  results: SemgrepMatch[];
  errors: SemgrepError[];
  scanned: number;
  /** Results left out because they did not have the shape semgrep documents. */
  malformed: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: unknown): v is SemgrepPosition {
  return isObject(v) && typeof v.line === 'number' && typeof v.col === 'number';
}

/** The parsed output, or why it is not semgrep's JSON (one sentence). */
export function parseSemgrepOutput(text: string): SemgrepOutput | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'semgrep wrote no JSON output' };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (err) {
    return { problem: `semgrep's output is not JSON (${(err as Error).message}); it starts with ${JSON.stringify(trimmed.slice(0, 80))}` };
  }
  if (!isObject(data) || !Array.isArray(data.results) || !Array.isArray(data.errors)) {
    return { problem: "semgrep's JSON output has no `results` and `errors` lists" };
  }
  const results: SemgrepMatch[] = [];
  let malformed = 0;
  for (const r of data.results) {
    if (isObject(r) && typeof r.check_id === 'string' && typeof r.path === 'string' && isPosition(r.start) && isPosition(r.end)) {
      results.push({ ...(r as unknown as SemgrepMatch), extra: isObject(r.extra) ? (r.extra as SemgrepMatch['extra']) : {} });
    } else {
      malformed++;
    }
  }
  const errors = data.errors.filter(isObject) as SemgrepError[];
  const paths = isObject(data.paths) && Array.isArray(data.paths.scanned) ? data.paths.scanned.length : 0;
  return {
    ...(typeof data.version === 'string' ? { version: data.version } : {}),
    results,
    errors,
    scanned: paths,
    malformed,
  };
}

const MESSAGE_CHARS = 300;

/** An error entry as one line: what, where. */
export function describeError(e: SemgrepError): string {
  const kind = Array.isArray(e.type) ? String(e.type[0]) : typeof e.type === 'string' ? e.type : undefined;
  const text = (e.message ?? ([e.short_msg, e.long_msg].filter(Boolean).join(': ') || 'no message')).trim();
  const span = e.spans?.[0];
  const file = e.path ?? span?.file;
  const line = span?.start?.line;
  const where = file ? `${file}${line !== undefined && line > 0 ? `:${line}` : ''}: ` : '';
  // semgrep's messages run over several lines (the rule, then why; the place, then the code): the
  // first two say it, and the rest (pattern dumps, whole snippets) stays in the log.
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^-{3,}/.test(l));
  let said = lines.slice(0, 2).join(' ');
  if (said.length > MESSAGE_CHARS) said = `${said.slice(0, MESSAGE_CHARS)}…`;
  return `${where}${kind && !said.includes(kind) ? `${kind}: ` : ''}${said}`;
}
