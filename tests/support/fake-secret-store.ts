// A secret store that lives in the test: `fake://<name>` answers from a map, `fake://<name>` missing from
// it is "not found", `fake://denied/<x>` is "permission denied", `fake://hang/<x>` never answers (until its
// signal aborts, or never when `ignoreSignal`). It records how often its client was loaded and what it was
// asked, so tests can prove a run without secrets never loads a client and a run fetches each reference once.
import { z } from 'zod';
import { registerStore } from '../../src/secret-stores/registry.js';
import { SecretRefError, type SecretStore, type StoreClient } from '../../src/secret-stores/store.js';

export interface FakeStore {
  store: SecretStore<string, FakeSettings>;
  /** client() calls. */
  loads: number;
  /** Every fetch: the references asked, in order. */
  fetches: string[][];
  probes: number;
  /** The workspace each fetch and probe was given (StoreContext.workspace). */
  workspaces: string[];
  values: Map<string, string>;
  /** A hanging reference ignores its signal too. */
  ignoreSignal: boolean;
  /** Removes it from the registry. */
  unregister(): void;
}

export interface FakeSettings {
  greeting: string;
  reachable: boolean;
}

export function registerFakeStore(values: Record<string, string> = {}, scheme = 'fake'): FakeStore {
  const fake: FakeStore = {
    store: undefined as never,
    loads: 0,
    fetches: [],
    probes: 0,
    workspaces: [],
    values: new Map(Object.entries(values)),
    ignoreSignal: false,
    unregister: () => undefined,
  };
  const client: StoreClient<string, FakeSettings> = {
    async fetch(refs, ctx) {
      fake.fetches.push([...refs]);
      fake.workspaces.push(ctx.workspace);
      return Promise.all(
        refs.map(async (ref) => {
          if (ref.startsWith('hang/')) {
            await new Promise<void>((resolve) => {
              if (!fake.ignoreSignal) ctx.signal.addEventListener('abort', () => resolve(), { once: true });
            });
            return { ok: false as const, error: `${scheme}: gave up on ${ref} (${String(ctx.signal.reason)})` };
          }
          if (ref.startsWith('denied/')) return { ok: false as const, error: `${scheme}: permission denied on ${ref} (policy?)` };
          const value = fake.values.get(ref);
          return value === undefined ? { ok: false as const, error: `${scheme}: no secret at ${ref}` } : { ok: true as const, value };
        }),
      );
    },
    async probe(refs, ctx) {
      fake.probes++;
      fake.workspaces.push(ctx.workspace);
      return ctx.settings.reachable
        ? { ok: true, detail: `reachable, authenticated (${refs.length} reference${refs.length === 1 ? '' : 's'})` }
        : { ok: false, detail: `${scheme}: not reachable at fake.invalid` };
    },
  };
  fake.store = {
    scheme,
    title: 'Fake store (tests)',
    syntax: `${scheme}://<name>`,
    example: `${scheme}://db-password`,
    settings: () =>
      z
        .object({
          greeting: z.string().default('hello'),
          reachable: z.boolean().default(true),
        })
        .strict(),
    parse(body) {
      if (!/^[a-z0-9][a-z0-9/_-]*$/.test(body))
        throw new SecretRefError(`"${body}" is not a fake secret name (lowercase letters, digits, / _ -)`);
      return body;
    },
    async client() {
      fake.loads++;
      return client;
    },
  };
  fake.unregister = registerStore(fake.store);
  return fake;
}
