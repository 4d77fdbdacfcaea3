// The optional `run:` of a golden step: the command that writes the actual files, run like a step's
// own command (process group, killed on timeout or cancel), its output going to the step log.
import { runProcess } from '../../engine/process.js';

export interface ProducerRequest {
  command: string | string[];
  cwd: string;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  log(line: string): void;
}

/** Resolves to undefined when the command succeeded, else to why it did not, in a sentence. */
export async function produceActuals(req: ProducerRequest): Promise<string | undefined> {
  const shown = Array.isArray(req.command) ? req.command.join(' ') : req.command;
  req.log(`golden: running ${shown}`);
  const outcome = await runProcess({
    command: req.command,
    shell: 'bash',
    cwd: req.cwd,
    env: req.env,
    timeoutMs: 0,
    killGraceMs: 5000,
    signal: req.signal,
    onLine: req.log,
    onNote: (line) => req.log(`golden: ${line}`),
  });
  if (outcome.status === 'passed') return undefined;
  return `the command producing the actual files (\`${shown}\`) ${outcome.status === 'failed' ? `failed: ${outcome.error}` : (outcome.error ?? outcome.status)}`;
}
