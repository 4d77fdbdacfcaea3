// A Vault session: the address, namespace and TLS CA resolved from settings and the environment (the names
// the vault CLI reads: VAULT_ADDR, VAULT_NAMESPACE, VAULT_CACERT), the token once logged in, and the
// credentials that must never appear in a message.
import { readFileSync } from 'node:fs';
import { storeFile, type StoreContext } from '../store.js';
import type { VaultSettings } from './store.js';
import { openTransport, type HttpAnswer, type Transport } from './http.js';

/** A user-facing failure; the message is scrubbed of credentials when it becomes an outcome. */
export class VaultError extends Error {
  override name = 'VaultError';
}

export class VaultSession {
  readonly address: string;
  readonly namespace: string | undefined;
  private readonly transport: Transport;
  private token: string | undefined;
  /** Tokens, secret IDs, JWTs: replaced by *** in every message this store returns. */
  private readonly credentials = new Set<string>();

  private constructor(
    readonly ctx: StoreContext<VaultSettings>,
    address: string,
    ca: string | undefined,
  ) {
    this.address = address.replace(/\/+$/, '');
    this.namespace = ctx.settings.namespace ?? (ctx.env.VAULT_NAMESPACE || undefined);
    this.transport = openTransport(ca);
  }

  static open(ctx: StoreContext<VaultSettings>): VaultSession {
    const address = ctx.settings.address ?? ctx.env.VAULT_ADDR;
    if (!address) throw new VaultError('no address: set secret-stores.vault.address in runlens.yml or VAULT_ADDR');
    if (!/^https?:\/\/[^/]/.test(address)) throw new VaultError(`the address "${address}" is not an http(s) URL`);
    const caSetting = ctx.settings['ca-cert'] ?? (ctx.env.VAULT_CACERT || undefined);
    let ca: string | undefined;
    if (caSetting?.includes('-----BEGIN')) ca = caSetting;
    else if (caSetting) {
      try {
        ca = readFileSync(storeFile(ctx, caSetting), 'utf8');
      } catch (e) {
        throw new VaultError(`cannot read the CA file ${caSetting}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new VaultError(`the CA file ${caSetting} holds no PEM certificate`);
    }
    return new VaultSession(ctx, address, ca);
  }

  /** Where this session talks: for doctor's detail. */
  describe(): string {
    return this.namespace ? `${this.address} (namespace ${this.namespace})` : this.address;
  }

  secret(value: string): string {
    if (value) this.credentials.add(value);
    return value;
  }

  useToken(token: string) {
    this.token = this.secret(token);
  }

  hasToken(): boolean {
    return this.token !== undefined;
  }

  /** A Vault API call: `path` is under /v1/, segments already encoded. */
  call(method: 'GET' | 'POST', path: string, json?: unknown): Promise<HttpAnswer> {
    const headers: Record<string, string> = { 'x-vault-request': 'true' };
    if (this.token) headers['x-vault-token'] = this.token;
    if (this.namespace) headers['x-vault-namespace'] = this.namespace;
    return this.transport.request(method, `${this.address}/v1/${path}`, {
      headers,
      json,
      timeoutMs: this.ctx.timeoutMs,
      signal: this.ctx.signal,
    });
  }

  /** "vault: …" with every credential this session saw replaced. */
  message(text: string): string {
    let out = text;
    for (const c of this.credentials) out = out.split(c).join('***');
    return `vault: ${out}`;
  }

  close() {
    this.transport.close();
  }
}

/**
 * Vault's own words from an error answer. Its bodies are `{"errors":["…"]}`, each message sometimes a Go
 * multierror ("1 error occurred:\n\t* permission denied\n\n").
 */
export function vaultErrors(answer: HttpAnswer): string {
  const errors = (answer.body as { errors?: unknown } | undefined)?.errors;
  const list = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
  const text = list
    .flatMap((e) => e.split('\n'))
    .map((l) => l.replace(/^\s*\*\s*/, '').trim())
    .filter((l) => l && !/^\d+ errors? occurred:$/.test(l))
    .join('; ');
  const clipped = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return clipped ? `HTTP ${answer.status}: ${clipped}` : `HTTP ${answer.status}`;
}

export const isPermissionDenied = (answer: HttpAnswer) => answer.status === 403;

/** A path for the URL: each segment percent-encoded, slashes kept. */
export const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
