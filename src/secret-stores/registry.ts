// The one list of secret stores: the config schema, `validate`, `doctor` and the README derive from it.
// Each entry's module is light (scheme, parse, settings); its SDK loads through `client()` only.
import type { SecretStore } from './store.js';
import { vaultStore } from './vault/store.js';
import { awsStore } from './aws/store.js';
import { azureStore } from './azure/store.js';
import { gcpStore } from './gcp/store.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each store has its own reference and settings types
type AnyStore = SecretStore<any, any>;

const BUILT_IN: AnyStore[] = [
  vaultStore,
  awsStore,
  azureStore,
  gcpStore,
  // vault, aws-sm, azure-kv, gcp-sm: one line each, added as each store lands.
];

const registered: AnyStore[] = [...BUILT_IN];

export function allStores(): readonly AnyStore[] {
  return registered;
}

export function findStore(scheme: string): AnyStore | undefined {
  return registered.find((s) => s.scheme === scheme);
}

/** Adds a store beside the built-in ones (tests: a fake store). Returns what removes it again. */
export function registerStore(store: AnyStore): () => void {
  if (findStore(store.scheme)) throw new Error(`runlens bug: secret store "${store.scheme}" is registered twice`);
  registered.push(store);
  return () => {
    const i = registered.indexOf(store);
    if (i >= 0) registered.splice(i, 1);
  };
}
