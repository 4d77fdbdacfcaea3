// The real tools (scripts/install-tools.sh), fixture projects copied into temp workspaces, and the
// `tool` check run as the engine runs it (real exec, with the check's install hints).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RunlensError } from '../../src/base/errors.js';
import type { CheckContext, StepOutcome } from '../../src/checks/check.js';
import { toolCheck } from '../../src/checks/tool/check.js';
import { toolOptions, type ToolOptions } from '../../src/checks/tool/options.js';
import { createExec } from '../../src/engine/exec.js';
import { repoRoot } from '../support/dist.js';

export const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'tool');
export const TOOLS_BIN = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');

/** Fails with the command that installs them when tools are missing. */
export function requireTools(...names: string[]): void {
  const missing = names.filter((n) => !existsSync(path.join(TOOLS_BIN, n)));
  if (missing.length > 0)
    throw new Error(`${missing.join(', ')} not installed in ${TOOLS_BIN}: run scripts/install-tools.sh ${missing.join(' ')}`);
}

/** The environment with the cached tools first on PATH. */
export function toolEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...process.env, PATH: `${TOOLS_BIN}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

const made: string[] = [];

/** A temp workspace holding a copy of tests/fixtures/tool/<name> (or an empty one). */
export async function workspace(name?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-tool-test-'));
  made.push(dir);
  if (name) await cp(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export async function removeWorkspaces(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export interface ToolRunResult {
  outcome: StepOutcome;
  log: string[];
  masked: string[];
  /** The error the check threw, when it did. */
  error?: RunlensError;
}

/** Runs `uses: tool` with these `with:` options in `ws` (the step's working directory: `ws/sub`). */
export async function runTool(
  options: Record<string, unknown>,
  ws: string,
  opts: { sub?: string; env?: Record<string, string | undefined>; signal?: AbortSignal } = {},
): Promise<ToolRunResult> {
  const log: string[] = [];
  const masked: string[] = [];
  const cwd = opts.sub ? path.join(ws, opts.sub) : ws;
  const env = opts.env ?? toolEnv();
  const signal = opts.signal ?? new AbortController().signal;
  const ctx: CheckContext<ToolOptions> = {
    stepId: 'scan',
    cwd,
    workspace: ws,
    outputDir: path.join(ws, '.runlens'),
    options: toolOptions.parse(options),
    platform: { kind: 'local' },
    env,
    signal,
    log: (l) => void log.push(l),
    mask: (v) => void masked.push(v),
    where: (at) => `step "scan", with.${at.join('.')}`,
    phase: (_name, fn) => fn(),
    exec: createExec({
      shell: 'bash',
      cwd,
      env,
      killGraceMs: 2000,
      signal,
      line: (l) => void log.push(l),
      note: (l) => void log.push(l),
      requires: toolCheck.requires,
    }),
  };
  // As the engine does: a RunlensError fails the step with its message.
  try {
    return { outcome: await toolCheck.run(ctx), log, masked };
  } catch (err) {
    if (!(err instanceof RunlensError)) throw err;
    return { outcome: { status: 'failed', error: err.message, findings: [] }, log, masked, error: err };
  }
}
