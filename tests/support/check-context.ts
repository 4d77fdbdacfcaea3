// A CheckContext for running one check directly, outside the engine. `exec` runs real processes the way
// the engine does (bash for strings, process groups, the given signal), logging through `log`.
import path from 'node:path';
import type { CheckContext } from '../../src/checks/check.js';
import { createExec } from '../../src/engine/exec.js';

export function checkContext<O>(base: Partial<CheckContext<O>> & { options: O; cwd: string; stepId?: string }): CheckContext<O> {
  const log = base.log ?? (() => undefined);
  const signal = base.signal ?? new AbortController().signal;
  const env = base.env ?? { ...process.env };
  const exec = createExec({ shell: 'bash', cwd: base.cwd, env, killGraceMs: 2000, signal, line: log, note: log, requires: [] });
  return {
    stepId: 'check',
    workspace: base.cwd,
    outputDir: path.join(base.cwd, '.runlens'),
    platform: { kind: 'local' },
    mask: () => undefined,
    phase: (_name, fn) => fn(),
    exec,
    ...base,
    where: base.where ?? ((optionPath) => `step "${base.stepId ?? 'check'}", with.${optionPath.join('.')}`),
    env,
    signal,
    log,
  };
}
