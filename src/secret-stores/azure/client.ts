// The Azure Key Vault client half (@azure/keyvault-secrets, @azure/identity), imported only when a run or
// `doctor` has `azure-kv://` references. One credential for all vaults (its token is cached between
// them), one SecretClient per vault, every secret read concurrently.
import {
  ClientAssertionCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  type TokenCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { ciIdentityToken, IdentityTokenError, identityTokenSource } from '../ci-identity.js';
import { DeadlineError, withDeadline } from '../deadline.js';
import { isUnreadableAnswer } from '../unreadable.js';
import { storeFile, type FetchOutcome, type ProbeOutcome, type StoreClient, type StoreContext } from '../store.js';
import type { AzureRef, AzureSettings } from './store.js';

type Ctx = StoreContext<AzureSettings>;

class AzureStoreError extends Error {}

interface Session {
  /** How runlens signed in, for messages: "workload identity federation (client …)". */
  how: string;
  client(vault: string): SecretClient;
  url(vault: string): string;
}

export const azureClient: StoreClient<AzureRef, AzureSettings> = {
  async fetch(refs, ctx) {
    let session: Session;
    try {
      session = openSession(ctx);
    } catch (err) {
      const error = describe(err, ctx, undefined, undefined);
      return refs.map(() => ({ ok: false, error }));
    }
    return Promise.all(refs.map((ref) => readSecret(session, ref, ctx)));
  },

  async probe(refs, ctx) {
    let session: Session;
    try {
      session = openSession(ctx);
    } catch (err) {
      return { ok: false, detail: describe(err, ctx, undefined, undefined) };
    }
    return probeSecrets(session, refs, ctx);
  },
};

/** The test seam and the documented override: where a vault lives. */
export function vaultUrl(settings: AzureSettings, vault: string): string {
  const template = settings['vault-url'] ?? 'https://{vault}.vault.azure.net';
  return template.replaceAll('{vault}', vault).replace(/\/+$/, '');
}

function openSession(ctx: Ctx): Session {
  const s = ctx.settings;
  const tls = s['ca-cert'] ? { tlsOptions: { ca: [...rootCertificates, readPem(s['ca-cert'], ctx)] } } : {};
  const { credential, how } = chooseCredential(ctx, tls);
  const clients = new Map<string, SecretClient>();
  const url = (vault: string) => vaultUrl(s, vault);
  return {
    how,
    url,
    client(vault) {
      let c = clients.get(vault);
      if (!c) {
        c = new SecretClient(url(vault), credential, {
          ...tls,
          // A vault URL of the user's own (a private endpoint, a stand-in) is not under the challenge's
          // resource domain (vault.azure.net); the URL is the user's word for where the vault is.
          disableChallengeResourceVerification: s['vault-url'] !== undefined,
          retryOptions: { maxRetries: 2 },
        });
        clients.set(vault, c);
      }
      return c;
    },
  };
}

function readPem(value: string, ctx: Ctx): string {
  if (value.includes('-----BEGIN')) return value;
  try {
    return readFileSync(storeFile(ctx, value), 'utf8');
  } catch (err) {
    throw new AzureStoreError(`cannot read secret-stores.azure-kv.ca-cert ${value}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/**
 * The identity runlens signs in as, from the run's environment (never this process's alone): a client
 * secret; else workload identity federation with the CI's identity token (GitHub OIDC, GitLab id_tokens:);
 * else a Kubernetes federated token file; else DefaultAzureCredential (managed identity, az login, …).
 */
function chooseCredential(ctx: Ctx, tls: object): { credential: TokenCredential; how: string } {
  const s = ctx.settings;
  const env = ctx.env;
  const tenantId = s['tenant-id'] ?? env.AZURE_TENANT_ID;
  const clientId = s['client-id'] ?? env.AZURE_CLIENT_ID;
  const authorityHost = s['authority-host'] ?? env.AZURE_AUTHORITY_HOST;
  const options = {
    ...tls,
    ...(authorityHost ? { authorityHost } : {}),
    // Instance discovery asks the public cloud about the authority: not for a host of the user's own.
    ...(s['authority-host'] ? { disableInstanceDiscovery: true } : {}),
  };
  if (tenantId && clientId && env.AZURE_CLIENT_SECRET)
    return {
      credential: new ClientSecretCredential(tenantId, clientId, env.AZURE_CLIENT_SECRET, options),
      how: `client ${clientId} with AZURE_CLIENT_SECRET`,
    };
  if (tenantId && clientId && identityTokenSource(env, s['id-token-env'])) {
    const request = { audience: s.audience, tokenEnv: s['id-token-env'], purpose: `signing in to Azure as client ${clientId}` };
    // One token per run: MSAL may ask more than once (each vault, each retry).
    let assertion: Promise<string> | undefined;
    const getAssertion = () => (assertion ??= ciIdentityToken(env, request, ctx.signal));
    return {
      credential: new ClientAssertionCredential(tenantId, clientId, getAssertion, options),
      how: `client ${clientId} by workload identity federation`,
    };
  }
  if (tenantId && clientId && env.AZURE_FEDERATED_TOKEN_FILE)
    return {
      credential: new WorkloadIdentityCredential({
        ...options,
        tenantId,
        clientId,
        tokenFilePath: storeFile(ctx, env.AZURE_FEDERATED_TOKEN_FILE),
      }),
      how: `client ${clientId} by workload identity (AZURE_FEDERATED_TOKEN_FILE)`,
    };
  return {
    credential: new DefaultAzureCredential({
      ...options,
      ...(tenantId ? { tenantId } : {}),
      ...(clientId ? { managedIdentityClientId: clientId } : {}),
    }),
    how: 'the default Azure credential',
  };
}

async function readSecret(session: Session, ref: AzureRef, ctx: Ctx): Promise<FetchOutcome> {
  try {
    const secret = await withDeadline(ctx, `reading ${ref.secret} in vault ${ref.vault}`, (abortSignal) =>
      session.client(ref.vault).getSecret(ref.secret, { ...(ref.version ? { version: ref.version } : {}), abortSignal }),
    );
    if (secret.value === undefined) return fail(`${ref.secret} in vault ${ref.vault} has no value`);
    return { ok: true, value: secret.value };
  } catch (err) {
    return fail(describe(err, ctx, session, ref));
  }
}

async function probeSecrets(session: Session, refs: readonly AzureRef[], ctx: Ctx): Promise<ProbeOutcome> {
  const seen = new Map<string, AzureRef>();
  for (const r of refs) seen.set(`${r.vault}/${r.secret}`, r);
  let found = 0;
  const denied: string[] = [];
  const problems: string[] = [];
  await Promise.all(
    [...seen.values()].map(async (ref) => {
      try {
        // The versions' properties (ids, dates, enabled): Key Vault's one read of a secret without its value.
        const page = await withDeadline(ctx, `listing ${ref.secret} in vault ${ref.vault}`, (abortSignal) =>
          session.client(ref.vault).listPropertiesOfSecretVersions(ref.secret, { abortSignal }).byPage({ maxPageSize: 1 }).next(),
        );
        if (page.done || page.value.length === 0) problems.push(`azure-kv: secret ${ref.secret} in vault ${ref.vault} not found`);
        else found++;
      } catch (err) {
        if (statusOf(err) === 403) denied.push(`${ref.vault}/${ref.secret}`);
        else problems.push(describe(err, ctx, session, ref));
      }
    }),
  );
  const parts = [`authenticated as ${session.how}`];
  if (found) parts.push(`${found} of ${seen.size} secret(s) found`);
  // A 403 proves the token was accepted; listing may be denied where reading is allowed.
  if (denied.length) parts.push(`listing denied on ${denied.join(', ')} (reading may still be allowed)`);
  if (problems.length) return { ok: false, detail: [...parts, ...problems].join('; ') };
  return { ok: true, detail: parts.join('; ') };
}

type AzureError = {
  name?: unknown;
  cause?: unknown;
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  errorResponse?: { error?: unknown; errorDescription?: unknown };
};

function statusOf(err: unknown): number | undefined {
  const s = (err as AzureError | undefined)?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

/** What went wrong, for a person. Key Vault and Entra messages name resources and codes, never values. */
function describe(err: unknown, ctx: Ctx, session: Session | undefined, ref: AzureRef | undefined): string {
  if (err instanceof AzureStoreError || err instanceof IdentityTokenError || err instanceof DeadlineError)
    return `azure-kv: ${err.message}`;
  const e = (err ?? {}) as AzureError;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : String(err);
  const what = ref ? `${ref.secret}${ref.version ? ` (version ${ref.version})` : ''} in vault ${ref.vault}` : '';
  if (name === 'IdentityTokenError') return `azure-kv: ${message}`;
  const signIn = signInFailure(err);
  if (signIn) return `azure-kv: sign-in failed${session ? ` (${session.how})` : ''}: ${signIn}`;
  if (name === 'CredentialUnavailableError' || name === 'AggregateAuthenticationError')
    return "azure-kv: no Azure credentials: set secret-stores.azure-kv.tenant-id and client-id (or AZURE_TENANT_ID/AZURE_CLIENT_ID) for workload identity federation with the CI's identity token (GitHub: `permissions: id-token: write`; GitLab: `id_tokens:`), or AZURE_CLIENT_SECRET, or run where a managed identity or `az login` is";
  const status = statusOf(err);
  if ((status !== undefined && status < 400) || isUnreadableAnswer(err))
    return `azure-kv: ${what ? `${what}: ` : ''}an answer runlens could not read${status ? ` (HTTP ${status})` : ''}`;
  if (status === 404) return `azure-kv: secret ${what} not found`;
  if (status === 403)
    return `azure-kv: access denied on ${what} (RBAC: "Key Vault Secrets User" on the vault or secret for ${session?.how ?? 'this identity'}? or an access policy with secret get)`;
  if (status === 401) return `azure-kv: not authenticated: vault ${ref?.vault ?? ''} refused the token (HTTP 401)`;
  const causeCode = (e.cause as { code?: unknown } | undefined)?.code;
  const netCode = typeof causeCode === 'string' ? causeCode : typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) ? e.code : undefined;
  if (netCode || e.code === 'REQUEST_SEND_ERROR') {
    const where = ref && session ? session.url(ref.vault) : 'Azure';
    if (netCode === 'ENOTFOUND') return `azure-kv: vault ${ref?.vault ?? ''} not found: no such host (${where})`;
    return `azure-kv: cannot reach ${where}${what ? ` for ${what}` : ''}: ${netCode ?? firstLine(message)}`;
  }
  return `azure-kv: ${what ? `${what}: ` : ''}${status ? `HTTP ${status}: ` : ''}${firstLine(message)}`;
}

/**
 * Entra's refusal as `invalid_client: AADSTS7000215: Invalid client secret provided.`: from
 * @azure/identity's AuthenticationError, or the MSAL ServerError it wraps (AuthenticationRequiredError's cause).
 */
function signInFailure(err: unknown): string | undefined {
  for (
    let e = err as (AzureError & { errorCode?: unknown; errorMessage?: unknown }) | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    const code = e.name === 'AuthenticationError' ? e.errorResponse?.error : e.errorCode;
    if (typeof code !== 'string' || !code) continue;
    const text = String(e.name === 'AuthenticationError' ? (e.errorResponse?.errorDescription ?? '') : (e.errorMessage ?? ''));
    const aadsts = /(AADSTS\d+:.*?)(?=\s*Trace ID:|[\r\n]|$)/.exec(text)?.[1];
    return `${code}${aadsts ? `: ${aadsts}` : text ? `: ${firstLine(text)}` : ''}`;
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!.slice(0, 300);
}

const fail = (message: string): FetchOutcome => ({ ok: false, error: message.startsWith('azure-kv:') ? message : `azure-kv: ${message}` });
