// The contract of a secret store (issue 19): HashiCorp Vault / OpenBao, AWS Secrets Manager, Azure Key
// Vault, GCP Secret Manager. A store is two halves: a light one (its URL scheme, how a reference parses,
// its settings schema) loaded by every `validate`, and a client (its SDK) loaded only when a run or
// `doctor` needs it, so a run without secrets pays nothing for the SDKs.
import path from 'node:path';
import type { z } from 'zod';

/** A malformed reference: the message says what is wrong and what a good one looks like. */
export class SecretRefError extends Error {
  override name = 'SecretRefError';
}

export interface StoreContext<Settings> {
  /** The store's settings from runlens.yml (`secret-stores.<scheme>`), defaults applied. */
  settings: Settings;
  /** The run's environment (VAULT_TOKEN, AWS_*, ACTIONS_ID_TOKEN_REQUEST_*, …). */
  env: Record<string, string | undefined>;
  /** Aborted on cancel or when the fetch phase times out. */
  signal: AbortSignal;
  /** The longest wait for one call to the store. */
  timeoutMs: number;
  /**
   * The run's workspace (the directory of runlens.yml's project, where steps run): a relative file in the
   * settings or the environment (`ca-cert`, `credentials-file`, VAULT_CACERT, …) is found there, not in
   * whatever directory runlens was started from. Use `storeFile(ctx, file)`.
   */
  workspace: string;
}

/** A file named in a store's settings or environment, resolved against the run's workspace. */
export function storeFile(ctx: { workspace: string }, file: string): string {
  return path.resolve(ctx.workspace, file);
}

/** One reference's outcome; an error names the store, the reference and the likely cause, never a value. */
export type FetchOutcome = { ok: true; value: string } | { ok: false; error: string };

/** `doctor`: is the store reachable and are we authenticated — found out without reading any value. */
export interface ProbeOutcome {
  ok: boolean;
  detail: string;
}

export interface StoreClient<Ref, Settings> {
  /** Every reference of this store in the run, fetched together; outcomes in the same order. */
  fetch(refs: readonly Ref[], ctx: StoreContext<Settings>): Promise<FetchOutcome[]>;
  probe(refs: readonly Ref[], ctx: StoreContext<Settings>): Promise<ProbeOutcome>;
}

export interface SecretStore<Ref = unknown, Settings = unknown> {
  /** The URL scheme: `vault`, `aws-sm`, `azure-kv`, `gcp-sm`. */
  scheme: string;
  /** For messages and docs: "HashiCorp Vault / OpenBao". */
  title: string;
  /** One line for the README: what a reference looks like. */
  syntax: string;
  /** A complete reference as a user writes it (`vault://secret/ci/app#password`): error messages show it; default: `syntax`. */
  example?: string;
  /** The settings schema of `secret-stores.<scheme>` in runlens.yml (built on demand: start-up). */
  settings(): z.ZodType<Settings>;
  /** The part after `<scheme>://`; throws SecretRefError. */
  parse(body: string): Ref;
  /** The SDK half, imported on demand. */
  client(): Promise<StoreClient<Ref, Settings>>;
}
