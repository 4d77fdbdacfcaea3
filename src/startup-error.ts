// A door's answer to a configuration or usage error (exit 2) on CI: nothing ran, but the job gets its
// outputs (result=error, exit-code=2, a sarif path that exists), a short job summary, annotations at
// runlens.yml's line and column, and — on GitLab — every report the template declares.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXIT, RunlensError } from './base/errors.js';
import { createRedactor } from './engine/redactor.js';
import type { Platform } from './platform/platform.js';
import { redactingPlatform } from './platform/redacting.js';
import { writeStartupErrorReports } from './report/error-reports.js';

export function isStartupError(err: unknown): err is RunlensError {
  return err instanceof RunlensError && err.exitCode === EXIT.usage;
}

/**
 * Reports `err` through `platform`. Returns false when nothing was reported (not on CI), so the door
 * prints the error itself. Never throws: a report that cannot be written must not turn exit 2 into a bug.
 */
export async function reportStartupError(
  err: RunlensError,
  a: { platform: Platform; workspace: string; root: string; env: Record<string, string | undefined>; outputDir?: string },
): Promise<boolean> {
  if (!a.platform.isCI) return false;
  // The configured output-dir is unknown (the configuration is what failed): the input, the variable, or the default.
  const dir = a.outputDir || a.env.RUNLENS_OUTPUT_DIR?.trim() || '.runlens';
  // A working directory that does not exist (itself the error) is not created: the reports go under the root.
  const base = existsSync(a.workspace) ? a.workspace : a.root;
  try {
    // Nothing leaves runlens unredacted, error text included (it may quote a line of runlens.yml).
    const redactor = await createRedactor({ onSecret: (v) => a.platform.mask(v) });
    redactor.addFromEnv(a.env);
    const platform = redactingPlatform(a.platform, redactor);
    const reports = await writeStartupErrorReports(err, {
      workspace: a.workspace,
      root: a.root,
      outputDir: path.resolve(base, dir),
      platform: a.platform.info,
      gitlab: a.platform.info.kind === 'gitlab',
      redact: (text) => redactor.redact(text),
    });
    await platform.writeSummary(reports.summary);
    for (const annotation of reports.annotations) platform.annotate(annotation);
    await platform.setOutputs(reports.outputs);
    return a.platform.info.kind === 'github';
  } catch (e) {
    process.stderr.write(`runlens: could not write the error reports: ${(e as Error).message}\n`);
    return false;
  }
}
