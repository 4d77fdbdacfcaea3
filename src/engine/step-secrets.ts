// A run's secrets from secret managers (issue 19): fetched once, before any step starts, only those some
// step that will run declares; every value (and the forms it takes when passed on) hidden by the run's
// redactor and masked on the platform before that; then each step gets exactly the ones it lists.
// Imported on demand (src/run.ts), as are the store clients: a run without secrets loads none of it.
import type { Config } from '../config/schema.js';
import type { RunPhase } from '../model/trace.js';
import { fetchSecrets, type SecretRequest } from '../secret-stores/fetch.js';
import type { Redactor } from './redactor.js';
import { secretForms } from './secret-forms.js';

export interface StepSecrets {
  /** The environment variables for a step that lists `names`, or why it cannot start. */
  forStep(names: readonly string[]): { env: Record<string, string> } | { error: string };
  /** A required secret could not be fetched: no step runs, and this says why. */
  readonly blocked?: string;
  /** Whether `text` holds one of the values (a step's `$RUNLENS_OUTPUT` must not carry one to other steps). */
  holdsValue(text: string): boolean;
}

export interface PreparedSecrets {
  secrets: StepSecrets;
  /** What to print: how many were fetched from which stores, and each failure (names and references only). */
  log: string[];
  /** The fetch as a run-level trace span (`secrets`): stores, counts, names and duration, never a value. */
  phase: RunPhase;
}

export async function prepareSecrets(
  config: Config,
  names: readonly string[],
  opts: {
    env: Record<string, string | undefined>;
    signal: AbortSignal;
    redactor: Redactor;
    /** Where relative files in store settings are (the run's workspace). */
    workspace: string;
  },
): Promise<PreparedSecrets> {
  const requests: SecretRequest[] = names.map((name) => ({ name, ref: config.secrets[name]!.ref }));
  const startedAt = new Date();
  const started = startedAt.getTime();
  const timeoutMs = config['secret-stores'].timeout;
  const fetched = await fetchSecrets(requests, {
    settings: config['secret-stores'],
    env: opts.env,
    signal: opts.signal,
    timeoutMs,
    phaseMs: 3 * timeoutMs,
    workspace: opts.workspace,
  });
  for (const value of fetched.values.values()) hide(value, opts.redactor);

  const log: string[] = [];
  const ms = Date.now() - started;
  const n = fetched.values.size;
  if (n > 0) log.push(`secrets: ${n} fetched from ${fetched.stores.join(', ')} in ${ms}ms, masked`);
  const required = names.filter((name) => fetched.errors.has(name) && config.secrets[name]!.required);
  for (const [name, error] of fetched.errors)
    log.push(`secrets: could not fetch ${opts.redactor.redact(error)}${config.secrets[name]!.required ? ' (required: no step runs)' : ''}`);
  const errors = new Map([...fetched.errors].map(([name, error]) => [name, opts.redactor.redact(error)]));
  const blocked = required.length
    ? `not run: the required secret${required.length === 1 ? '' : 's'} ${required.join(', ')} could not be fetched`
    : undefined;
  const values = fetched.values;
  const failed = names.filter((name) => fetched.errors.has(name));
  const phase: RunPhase = {
    startedAt,
    endedAt: new Date(started + ms),
    attributes: {
      'runlens.secrets.stores': fetched.stores.join(','),
      'runlens.secrets.requested': names.length,
      'runlens.secrets.fetched': n,
      'runlens.secrets.failed': failed.length,
      'runlens.secrets.names': [...values.keys()].join(','),
      ...(failed.length ? { 'runlens.secrets.failed_names': failed.join(',') } : {}),
      'runlens.secrets.duration_ms': ms,
    },
    ...(failed.length ? { error: `${failed.length} secret${failed.length === 1 ? '' : 's'} not fetched: ${failed.join(', ')}` } : {}),
  };
  return {
    log,
    phase,
    secrets: {
      ...(blocked ? { blocked } : {}),
      forStep(list) {
        const failed = list.filter((name) => !values.has(name));
        if (failed.length > 0)
          return {
            error: `secret${failed.length === 1 ? '' : 's'} not fetched: ${failed.map((name) => errors.get(name) ?? `${name}: not fetched`).join('; ')}`,
          };
        return { env: Object.fromEntries(list.map((name) => [name, values.get(name)!])) };
      },
      holdsValue(text) {
        for (const v of values.values()) if (v.length > 0 && text.includes(v)) return true;
        return false;
      },
    },
  };
}

/** Hidden by the redactor and masked on the platform (one line at a time: runners match output line by line). */
function hide(value: string, redactor: Redactor): void {
  for (const form of secretForms(value)) redactor.mask(form);
}
