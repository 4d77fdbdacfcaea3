// Fetching a run's secrets: references grouped by store, each store's client loaded only when one of its
// references is wanted, the stores asked concurrently, every call bounded by `timeoutMs` and the whole
// phase by `phaseMs`, all of it cancelled with the run. An outcome per secret name: its value, or an error
// that names the secret and its reference, never a value.
import { formatDuration } from '../base/duration.js';
import { splitReference } from './reference.js';
import { findStore } from './registry.js';
import { isUnreadableAnswer } from './unreadable.js';
import type { SecretStore, StoreClient, StoreContext } from './store.js';
import { SecretRefError } from './store.js';

export interface SecretRequest {
  /** The name a step sees it as. */
  name: string;
  /** As written in runlens.yml: `vault://secret/ci/app#password`. */
  ref: string;
}

export interface StoreBounds {
  /** Each store's settings by scheme, parsed by the store's schema (config/load.ts). */
  settings: Readonly<Record<string, unknown>>;
  env: Record<string, string | undefined>;
  /** The run's: aborting it abandons the phase. */
  signal: AbortSignal;
  /** The longest wait for one call to a store. */
  timeoutMs: number;
  /** The longest the whole phase may take. */
  phaseMs: number;
  /** The run's workspace: relative files in store settings resolve against it (StoreContext.workspace). */
  workspace: string;
}

export interface FetchedSecrets {
  /** Values by secret name. */
  values: Map<string, string>;
  /** Why a secret could not be fetched, by name: `DB_PASSWORD (vault://secret/app#db): vault: permission denied …`. */
  errors: Map<string, string>;
  /** The schemes asked, in first-use order. */
  stores: string[];
}

interface Group {
  store: SecretStore;
  /** Distinct references of this store (one fetch per reference, whatever number of names share it). */
  refs: Array<{ ref: string; parsed: unknown; names: string[] }>;
}

/** `vault://secret/app#password` → its store and parsed reference; errors are for references config/load.ts did not check. */
function groupByStore(requests: readonly SecretRequest[], errors: Map<string, string>): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const r of requests) {
    const split = splitReference(r.ref);
    const store = split && findStore(split.scheme);
    if (!split || !store) {
      errors.set(r.name, `${r.name} (${r.ref}): no secret store for this reference`);
      continue;
    }
    let group = groups.get(store.scheme);
    if (!group) groups.set(store.scheme, (group = { store, refs: [] }));
    const same = group.refs.find((x) => x.ref === r.ref);
    if (same) {
      same.names.push(r.name);
      continue;
    }
    try {
      group.refs.push({ ref: r.ref, parsed: store.parse(split.body), names: [r.name] });
    } catch (err) {
      errors.set(r.name, `${r.name} (${r.ref}): ${store.scheme}: ${err instanceof SecretRefError ? err.message : String(err)}`);
    }
  }
  for (const [scheme, g] of groups) if (g.refs.length === 0) groups.delete(scheme);
  return groups;
}

/** Fetches every requested secret; never throws (a store that fails gives each of its references an error). */
export async function fetchSecrets(requests: readonly SecretRequest[], bounds: StoreBounds): Promise<FetchedSecrets> {
  const values = new Map<string, string>();
  const errors = new Map<string, string>();
  const groups = groupByStore(requests, errors);
  await withPhase(bounds, async (signal, stopped) => {
    await Promise.all(
      [...groups.values()].map(async ({ store, refs }) => {
        const fail = (message: string, only?: (typeof refs)[number]): void => {
          for (const r of only ? [only] : refs) for (const name of r.names) errors.set(name, `${name} (${r.ref}): ${message}`);
        };
        const outcomes = await stopped(ask(store, refs, bounds, signal, (client, parsed, ctx) => client.fetch(parsed, ctx))).catch(
          (err: unknown) => ({ error: errorText(store, err) }),
        );
        if ('error' in outcomes) return fail(outcomes.error);
        if (!Array.isArray(outcomes) || outcomes.length !== refs.length)
          return fail(
            `${store.scheme}: the store client answered ${Array.isArray(outcomes) ? outcomes.length : 'no'} outcomes for ${refs.length} references (a runlens bug)`,
          );
        outcomes.forEach((o, i) => {
          const r = refs[i]!;
          if (o.ok) for (const name of r.names) values.set(name, o.value);
          else fail(prefixed(store, o.error), r);
        });
      }),
    );
  });
  return { values, errors, stores: [...groups.keys()] };
}

export interface ProbeReport {
  scheme: string;
  title: string;
  ok: boolean;
  detail: string;
}

/** `doctor`: each store the references use, reachable and authenticated? Reads no value. */
export async function probeStores(requests: readonly SecretRequest[], bounds: StoreBounds): Promise<ProbeReport[]> {
  const errors = new Map<string, string>();
  const groups = groupByStore(requests, errors);
  const reports: ProbeReport[] = [...errors.values()].map((detail) => ({ scheme: '?', title: 'secret reference', ok: false, detail }));
  await withPhase(bounds, async (signal, stopped) => {
    const probed = await Promise.all(
      [...groups.values()].map(async ({ store, refs }): Promise<ProbeReport> => {
        const r = await stopped(ask(store, refs, bounds, signal, (client, parsed, ctx) => client.probe(parsed, ctx))).catch(
          (err: unknown) => ({ ok: false, detail: errorText(store, err) }),
        );
        return { scheme: store.scheme, title: store.title, ok: r.ok, detail: r.detail };
      }),
    );
    reports.push(...probed);
  });
  return reports;
}

/** Loads the store's client (its SDK) and asks it about the group's references. */
async function ask<T>(
  store: SecretStore,
  refs: Group['refs'],
  bounds: StoreBounds,
  signal: AbortSignal,
  call: (client: StoreClient<unknown, unknown>, parsed: unknown[], ctx: StoreContext<unknown>) => Promise<T>,
): Promise<T> {
  const client = await store.client();
  return call(
    client,
    refs.map((r) => r.parsed),
    context(store, bounds, signal),
  );
}

function context(store: SecretStore, bounds: StoreBounds, signal: AbortSignal): StoreContext<unknown> {
  // A store config/load.ts did not see (a test's direct call) gets its defaults.
  const settings = store.scheme in bounds.settings ? bounds.settings[store.scheme] : store.settings().parse({});
  return { settings, env: bounds.env, signal, timeoutMs: bounds.timeoutMs, workspace: bounds.workspace };
}

class Stopped extends Error {}

/**
 * Runs `phase` with a signal that aborts on the run's cancel or when `phaseMs` has passed; `stopped(p)`
 * settles with `p`, or rejects at that moment, so a store that ignores its signal is left behind.
 */
async function withPhase(
  bounds: StoreBounds,
  phase: (signal: AbortSignal, stopped: <T>(p: Promise<T>) => Promise<T>) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  let why = '';
  const stop = (reason: string): void => {
    if (controller.signal.aborted) return;
    why = reason;
    controller.abort(new Stopped(reason));
  };
  const timer = setTimeout(() => stop(`no answer within ${formatDuration(bounds.phaseMs)} (secret-stores.timeout)`), bounds.phaseMs);
  const onCancel = (): void => stop('the run was cancelled');
  if (bounds.signal.aborted) onCancel();
  else bounds.signal.addEventListener('abort', onCancel, { once: true });
  const stopped = <T>(p: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (controller.signal.aborted) return reject(new Stopped(why));
      const onAbort = (): void => reject(new Stopped(why));
      controller.signal.addEventListener('abort', onAbort, { once: true });
      p.then(resolve, reject).finally(() => controller.signal.removeEventListener('abort', onAbort));
    });
  try {
    await phase(controller.signal, stopped);
  } finally {
    clearTimeout(timer);
    bounds.signal.removeEventListener('abort', onCancel);
  }
}

function prefixed(store: SecretStore, message: string): string {
  return message.startsWith(`${store.scheme}:`) ? message : `${store.scheme}: ${message}`;
}

function errorText(store: SecretStore, err: unknown): string {
  if (err instanceof Stopped) return `${store.scheme}: ${err.message}`;
  // A client that let a parse error through: its message may quote the answer, and the answer the value.
  if (isUnreadableAnswer(err)) return `${store.scheme}: an answer runlens could not read`;
  const message = err instanceof Error ? err.message : String(err);
  return prefixed(store, message || 'failed without a message');
}
