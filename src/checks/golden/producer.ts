// The optional `run:` of a golden step: the command that writes the actual files, run through the
// step's own exec (its shell, process group, timeout and kill grace), its output going to the step log.
import type { CheckContext } from '../check.js';

/** Resolves to undefined when the command succeeded, else to why it did not, in a sentence. */
export async function produceActuals(
  command: string | string[],
  exec: CheckContext<unknown>['exec'],
  log: (line: string) => void,
): Promise<string | undefined> {
  const shown = Array.isArray(command) ? command.join(' ') : command;
  log(`golden: running ${shown}`);
  const outcome = await exec(command, { stdout: 'log' });
  if (outcome.status === 'passed') return undefined;
  return `the command producing the actual files (\`${shown}\`) ${outcome.status === 'failed' ? `failed: ${outcome.error}` : (outcome.error ?? outcome.status)}`;
}
