// `ctx.exec` for checks (CheckContext.exec): a program run as a step's own command is, so a check's
// tools honour the step's shell, environment, timeout, kill grace, cancellation and log redaction.
import path from 'node:path';
import type { ExecOptions, ExecResult, Requirement } from '../checks/check.js';
import { ToolNotFoundError } from '../base/errors.js';
import { runProcess } from './process.js';

export interface ExecBase {
  shell: string;
  cwd: string;
  env: Record<string, string | undefined>;
  killGraceMs: number;
  signal: AbortSignal;
  /** A line of the program's output (logged streams only). */
  line(text: string): void;
  /** What runlens says about the process (timeouts, leftovers). */
  note(text: string): void;
  /** The check's declared programs: their install hint goes into ToolNotFoundError. */
  requires: readonly Requirement[];
}

export function createExec(base: ExecBase): (command: string | string[], options?: ExecOptions) => Promise<ExecResult> {
  return async (command, options = {}) => {
    const outcome = await runProcess({
      command,
      shell: base.shell,
      cwd: options.cwd ?? base.cwd,
      env: { ...base.env, ...options.env },
      timeoutMs: options.timeoutMs ?? 0,
      killGraceMs: base.killGraceMs,
      signal: base.signal,
      onLine: base.line,
      onNote: base.note,
      capture: { stdout: (options.stdout ?? 'capture') === 'capture', stderr: options.stderr === 'capture' },
      ...(options.input !== undefined ? { input: options.input } : {}),
      // The tools checks wrap (semgrep, gitleaks, linters) run through execa.
      spawner: 'execa',
    });
    if (outcome.spawnError === 'ENOENT' && Array.isArray(command)) {
      const program = command[0]!;
      const known = base.requires.find((r) => r.program === path.basename(program));
      throw new ToolNotFoundError(program, known ? `install it: ${known.install}` : 'install it or put it on PATH');
    }
    return {
      status: outcome.status,
      exitCode: outcome.exitCode,
      signal: outcome.signal,
      stdout: outcome.stdout ?? '',
      stderr: outcome.stderr ?? '',
      ...(outcome.error ? { error: outcome.error } : {}),
    };
  };
}
