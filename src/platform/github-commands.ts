// GitHub Actions' workflow commands and file commands, as documented ("Workflow commands for GitHub
// Actions"). Written here rather than taken from @actions/core because importing @actions/core loads its
// OIDC client and with it undici, about 100 ms of every action start-up for features runlens never uses.
// tests/platform/github-commands.test.ts checks every function against @actions/core's own output.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { UsageError } from '../base/errors.js';

type Env = Record<string, string | undefined>;

export interface CommandProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::name key=value,…::message` */
export function formatCommand(name: string, message: string, props: CommandProperties = {}): string {
  const parts = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${parts.length ? ` ${parts.join(',')}` : ''}::${escapeData(message)}`;
}

export function issueCommand(name: string, message: string, props?: CommandProperties, out: NodeJS.WritableStream = process.stdout): void {
  out.write(formatCommand(name, message, props) + EOL);
}

/** `name<<delimiter` blocks, as core.setOutput writes them, so values may span lines. */
export function formatFileCommandValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`unexpected delimiter in output ${name}`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function setOutput(env: Env, name: string, value: string): void {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, formatFileCommandValue(name, value), 'utf8');
  // Outside a runner (no GITHUB_OUTPUT), the deprecated command is still understood by older runners.
  else issueCommand('set-output', value, { name } as CommandProperties);
}

export function appendSummary(env: Env, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown + EOL, 'utf8');
}

/** As core.getInput: INPUT_<NAME> with spaces as underscores, upper-cased (hyphens kept), trimmed. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * As core.getBooleanInput: the YAML 1.2 core-schema booleans. Anything else is a usage error (exit 2)
 * naming the input, the value given and the values accepted, not core's TypeError (a "bug", exit 3).
 */
export function getBooleanInput(env: Env, name: string): boolean {
  const value = getInput(env, name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input "${name}": ${JSON.stringify(value)} is not a boolean; use true or false (also True, TRUE, False, FALSE)`);
}
