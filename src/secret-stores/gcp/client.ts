// The Google Cloud Secret Manager client half, imported only when a run or `doctor` has `gcp-sm://`
// references: the official client over its HTTP/1 REST transport (`fallback: true`: no gRPC channel to open
// for a handful of reads), credentials from google-auth-library. Signing in happens once, before any secret
// is asked for, so a refused identity token reads as one error; then every version is read concurrently.
import type { SecretManagerServiceClient } from '@google-cloud/secret-manager';
import type { AuthClient, IdentityPoolClient } from 'google-auth-library';
import { ciIdentityToken, IdentityTokenError } from '../ci-identity.js';
import { DeadlineError, withDeadline } from '../deadline.js';
import { isUnreadableAnswer } from '../unreadable.js';
import { storeFile, type FetchOutcome, type ProbeOutcome, type StoreClient, type StoreContext } from '../store.js';
import { gcpRefName, type GcpRef, type GcpSettings } from './store.js';

type Ctx = StoreContext<GcpSettings>;

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

class GcpStoreError extends Error {}

type Sdk = [typeof import('@google-cloud/secret-manager'), typeof import('google-auth-library')];
let sdk: Promise<Sdk> | undefined;

/**
 * The SDK, loaded once. google-gax computes its gRPC proto folder from `__dirname` as it loads (unused over
 * REST); in runlens's ESM bundle there is no `__dirname`, so one stands in for the moment of loading only.
 */
function loadSdk(): Promise<Sdk> {
  return (sdk ??= (async () => {
    const g = globalThis as { __dirname?: string };
    const shim = !('__dirname' in g);
    if (shim) g.__dirname = import.meta.dirname;
    try {
      return await Promise.all([import('@google-cloud/secret-manager'), import('google-auth-library')]);
    } finally {
      if (shim) delete g.__dirname;
    }
  })());
}

interface Session {
  client: SecretManagerServiceClient;
  /** Who reads, for messages: "service account ci@… by workload identity federation". */
  who: string;
}

export const gcpClient: StoreClient<GcpRef, GcpSettings> = {
  async fetch(refs, ctx) {
    let session: Session;
    try {
      session = await openSession(ctx);
    } catch (err) {
      const error = describe(err, undefined, undefined);
      return refs.map(() => ({ ok: false, error }));
    }
    try {
      return await Promise.all(refs.map((ref) => readVersion(session, ref, ctx)));
    } finally {
      void session.client.close().catch(() => {});
    }
  },

  async probe(refs, ctx) {
    let session: Session;
    try {
      session = await openSession(ctx);
    } catch (err) {
      return { ok: false, detail: describe(err, undefined, undefined) };
    }
    try {
      return await probeSecrets(session, refs, ctx);
    } finally {
      void session.client.close().catch(() => {});
    }
  },
};

/** Where Google's APIs are: the defaults, or all at the `endpoint` setting. */
function endpoints(s: GcpSettings): { sts: string; iam: string; api?: { host: string; port: number; protocol: string } } {
  if (!s.endpoint) return { sts: 'https://sts.googleapis.com/v1/token', iam: 'https://iamcredentials.googleapis.com' };
  const u = new URL(s.endpoint);
  const origin = u.origin;
  const protocol = u.protocol.replace(':', '');
  return {
    sts: `${origin}/v1/token`,
    iam: origin,
    api: { host: u.hostname, port: u.port ? Number(u.port) : protocol === 'http' ? 80 : 443, protocol },
  };
}

/**
 * Workload identity federation with the CI's identity token, as google-github-actions/auth sets it up: STS
 * trades the token for a federated one, which (with `service-account`) IAM Credentials trades for the
 * service account's. The token is supplied in code (never written to a credentials file).
 */
function federatedClient(IdentityPool: typeof IdentityPoolClient, ctx: Ctx, signal: AbortSignal): IdentityPoolClient {
  const s = ctx.settings;
  const provider = s['workload-identity-provider']!;
  const { sts, iam } = endpoints(s);
  const request = {
    audience: s.audience ?? `https://iam.googleapis.com/${provider}`,
    tokenEnv: s['id-token-env'],
    purpose: `signing in through ${provider}`,
  };
  let token: Promise<string> | undefined;
  return new IdentityPool({
    type: 'external_account',
    audience: `//iam.googleapis.com/${provider}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: sts,
    ...(s['service-account']
      ? { service_account_impersonation_url: `${iam}/v1/projects/-/serviceAccounts/${s['service-account']}:generateAccessToken` }
      : {}),
    scopes: [SCOPE],
    subject_token_supplier: { getSubjectToken: () => (token ??= ciIdentityToken(ctx.env, request, signal)) },
  });
}

async function openSession(ctx: Ctx): Promise<Session> {
  const s = ctx.settings;
  const where = endpoints(s);
  const [{ SecretManagerServiceClient }, { GoogleAuth, IdentityPoolClient }] = await loadSdk();
  return withDeadline(ctx, 'signing in', async (signal) => {
    let authClient: AuthClient;
    let who: string;
    if (s['workload-identity-provider']) {
      authClient = federatedClient(IdentityPoolClient, ctx, signal);
      who = s['service-account']
        ? `service account ${s['service-account']} by workload identity federation`
        : `the federated identity of ${s['workload-identity-provider']}`;
    } else {
      const keyFile = s['credentials-file'] ?? ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
      const keyFilename = keyFile && storeFile(ctx, keyFile);
      const auth = new GoogleAuth({ scopes: [SCOPE] });
      // The file is read as ADC reads $GOOGLE_APPLICATION_CREDENTIALS (the `keyFilename` option would print a
      // deprecation warning into the run's log), but from the run's environment rather than this process's.
      const load = keyFilename
        ? auth._getApplicationCredentialsFromFilePath(keyFilename).then((client) => Object.assign(client, { scopes: [SCOPE] }))
        : auth.getClient();
      authClient = await load.catch((err: unknown) => Promise.reject(noCredentials(err, keyFilename)));
      const email = (authClient as { email?: unknown }).email;
      who =
        typeof email === 'string' && email ? email : keyFilename ? `the credentials in ${keyFilename}` : 'Application Default Credentials';
    }
    // Signing in now separates a refused identity from a refused secret.
    await authClient.getAccessToken().catch((err: unknown) => Promise.reject(signInError(err, who)));
    const client = new SecretManagerServiceClient({
      fallback: true,
      authClient,
      ...(where.api ? { apiEndpoint: where.api.host, port: where.api.port, protocol: where.api.protocol } : {}),
    } as ConstructorParameters<typeof SecretManagerServiceClient>[0]);
    return { client, who };
  });
}

function noCredentials(err: unknown, keyFilename: string | undefined): GcpStoreError {
  const message = err instanceof Error ? err.message : String(err);
  // A JSON error would quote the file, and a key file holds a private key: only its kind is shown.
  if (keyFilename)
    return new GcpStoreError(
      `cannot use the credentials in ${keyFilename}: ${isUnreadableAnswer(err) ? 'not valid JSON' : firstLine(message)}`,
    );
  return new GcpStoreError(
    "no Google Cloud credentials: set secret-stores.gcp-sm.workload-identity-provider to sign in with the CI's identity token, or GOOGLE_APPLICATION_CREDENTIALS (or credentials-file), or run where gcloud or a metadata server provides them",
  );
}

/** STS and IAM Credentials refusals (google-auth-library's GaxiosError): code and description, never a token. */
function signInError(err: unknown, who: string): Error {
  if (err instanceof IdentityTokenError || err instanceof GcpStoreError) return err;
  const e = err as {
    status?: unknown;
    response?: { status?: unknown; data?: unknown; config?: { url?: unknown } };
    message?: unknown;
    cause?: { code?: unknown };
  };
  const data = e.response?.data as { error?: unknown; error_description?: unknown } | undefined;
  const url = String(e.response?.config?.url ?? '');
  if (typeof data?.error === 'string')
    return new GcpStoreError(
      `sign-in failed (${who}): STS: ${data.error}${typeof data.error_description === 'string' ? `: ${firstLine(data.error_description)}` : ''}`,
    );
  const nested = data?.error as { message?: unknown; status?: unknown } | undefined;
  if (nested && typeof nested === 'object') {
    const step = /generateAccessToken/.test(url)
      ? 'impersonating the service account (roles/iam.workloadIdentityUser for the CI principal?)'
      : 'signing in';
    return new GcpStoreError(
      `sign-in failed (${who}) ${step}: ${String(nested.status ?? e.response?.status)}: ${firstLine(String(nested.message ?? ''))}`,
    );
  }
  const code = e.cause?.code ?? (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return new GcpStoreError(`sign-in failed (${who}): cannot reach ${url || 'Google'}: ${code}`);
  return new GcpStoreError(`sign-in failed (${who}): ${firstLine(String(e.message ?? err))}`);
}

async function readVersion(session: Session, ref: GcpRef, ctx: Ctx): Promise<FetchOutcome> {
  const name = gcpRefName(ref);
  try {
    const [response] = await withDeadline(ctx, `reading ${name}`, (signal) => {
      // gax's own deadline a little later than ours, so that ours (and its message) is the one that fires.
      const call = session.client.accessSecretVersion({ name }, { timeout: ctx.timeoutMs + 500, maxRetries: 2 });
      signal.addEventListener('abort', () => (call as { cancel?: () => void }).cancel?.(), { once: true });
      return call;
    });
    const data = response.payload?.data;
    if (data === undefined || data === null) return fail(`${name} has no payload`);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : Buffer.from(data);
    const expected = response.payload?.dataCrc32c;
    // Google asks clients to check the checksum: a mismatch is a corrupted payload, never handed to a step.
    if (expected !== undefined && expected !== null && String(expected) !== '' && BigInt(String(expected)) !== BigInt(crc32c(bytes)))
      return fail(`${name}: the payload's checksum does not match (corrupted in transit?)`);
    // Secret Manager keeps bytes: text reaches a step as it is, anything else base64-encoded.
    return { ok: true, value: isUtf8Text(bytes) ? bytes.toString('utf8') : bytes.toString('base64') };
  } catch (err) {
    return fail(describe(err, session, ref));
  }
}

async function probeSecrets(session: Session, refs: readonly GcpRef[], ctx: Ctx): Promise<ProbeOutcome> {
  const seen = new Map<string, GcpRef>();
  for (const r of refs) seen.set(`projects/${r.project}/secrets/${r.secret}`, r);
  let found = 0;
  const denied: string[] = [];
  const problems: string[] = [];
  await Promise.all(
    [...seen].map(async ([name, ref]) => {
      try {
        // The secret's metadata (replication, labels, dates): never a payload.
        await withDeadline(ctx, `looking up ${name}`, () =>
          session.client.getSecret({ name }, { timeout: ctx.timeoutMs + 500, maxRetries: 1 }),
        );
        found++;
      } catch (err) {
        // Reading (secretAccessor) does not include seeing metadata (viewer): a refusal still proves the sign-in.
        if (codeOf(err) === 7) denied.push(name);
        else problems.push(describe(err, session, { ...ref, version: '' }));
      }
    }),
  );
  const parts = [`authenticated as ${session.who}`];
  if (found) parts.push(`${found} of ${seen.size} secret(s) found`);
  if (denied.length) parts.push(`metadata denied on ${denied.join(', ')} (reading may still be allowed)`);
  if (problems.length) return { ok: false, detail: [...parts, ...problems].join('; ') };
  return { ok: true, detail: parts.join('; ') };
}

function codeOf(err: unknown): number | undefined {
  const c = (err as { code?: unknown } | undefined)?.code;
  return typeof c === 'number' ? c : undefined;
}

/** What went wrong, for a person. Secret Manager's messages name resources, never payloads. */
function describe(err: unknown, session: Session | undefined, ref: GcpRef | undefined): string {
  if (err instanceof GcpStoreError || err instanceof IdentityTokenError || err instanceof DeadlineError) return `gcp-sm: ${err.message}`;
  const label = ref ? (ref.version ? gcpRefName(ref) : `projects/${ref.project}/secrets/${ref.secret}`) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (isUnreadableAnswer(err)) return `gcp-sm: ${label ? `${label}: ` : ''}an answer runlens could not read`;
  switch (codeOf(err)) {
    case 5:
      return `gcp-sm: ${label} not found`;
    case 7:
      // Without project-wide rights Google answers this for a secret that does not exist, too.
      return `gcp-sm: access denied on ${label}, or it does not exist (IAM: roles/secretmanager.secretAccessor for ${session?.who ?? 'this identity'}?)`;
    case 16:
      return `gcp-sm: not authenticated: Secret Manager refused the token of ${session?.who ?? 'this identity'}`;
    case 9:
    case 3:
      return `gcp-sm: ${label}: ${firstLine(message.replace(/^\d+ [A-Z_]+: /, ''))}`;
    case 4:
      // gax's "Exceeded maximum number of retries retrying error …" is a deadline too: the retries used it up.
      return /Exceeded maximum number of retries/.test(message)
        ? `gcp-sm: ${label}: gave up after retrying (${firstLine(message.replace(/^.*?retrying error (Error: )?/, '').replace(/ before any response.*$/, ''))})`
        : `gcp-sm: no answer in time reading ${label}`;
    case 14:
      return `gcp-sm: cannot reach Secret Manager for ${label}: ${firstLine(message.replace(/^\d+ [A-Z_]+: /, ''))}`;
  }
  return `gcp-sm: ${label ? `${label}: ` : ''}${firstLine(message)}`;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!.slice(0, 300);
}

function isUtf8Text(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !bytes.includes(0);
}

let table: Uint32Array | undefined;

/** CRC-32C (Castagnoli), as Secret Manager's `dataCrc32c`. */
export function crc32c(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const fail = (message: string): FetchOutcome => ({ ok: false, error: message.startsWith('gcp-sm:') ? message : `gcp-sm: ${message}` });
