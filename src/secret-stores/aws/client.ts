// The AWS Secrets Manager client half (AWS SDK v3), imported only when a run or `doctor` has `aws-sm://`
// references. Credentials are resolved once, before any secret is asked for, so a login problem reads as
// one ("cannot assume role …") rather than as a failure of each secret; then every secret is read
// concurrently, one client per region.
import { DescribeSecretCommand, GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { fromTokenFile, fromWebToken } from '@aws-sdk/credential-provider-web-identity';
import type { AwsCredentialIdentity } from '@smithy/types';
import { Readable } from 'node:stream';
import { ciIdentityToken, IdentityTokenError } from '../ci-identity.js';
import { DeadlineError, withDeadline } from '../deadline.js';
import { isUnreadableAnswer } from '../unreadable.js';
import { storeFile, type FetchOutcome, type ProbeOutcome, type StoreClient, type StoreContext } from '../store.js';
import { awsRefLabel, type AwsRef, type AwsSettings } from './store.js';

type Ctx = StoreContext<AwsSettings>;

class AwsStoreError extends Error {}

interface Session {
  credentials: AwsCredentialIdentity | undefined;
  client(region: string | undefined): SecretsManagerClient;
  /** Closes the clients' connections. */
  close(): void;
}

export const awsClient: StoreClient<AwsRef, AwsSettings> = {
  async fetch(refs, ctx) {
    let session: Session;
    try {
      session = await openSession(ctx);
    } catch (err) {
      const error = describe(err, ctx, undefined);
      return refs.map(() => ({ ok: false, error }));
    }
    try {
      return await Promise.all(refs.map((ref) => readSecret(session, ref, ctx)));
    } finally {
      session.close();
    }
  },

  async probe(refs, ctx) {
    let session: Session;
    try {
      session = await openSession(ctx);
    } catch (err) {
      return { ok: false, detail: describe(err, ctx, undefined) };
    }
    try {
      return await probeSecrets(session, refs, ctx);
    } finally {
      session.close();
    }
  },
};

function regionOf(ref: AwsRef | undefined, ctx: Ctx): string | undefined {
  return ref?.arnRegion ?? ctx.settings.region ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION;
}

async function openSession(ctx: Ctx): Promise<Session> {
  const clients = new Map<string, SecretsManagerClient>();
  const make = (region: string | undefined, credentials: AwsCredentialIdentity | undefined): SecretsManagerClient => {
    const key = region ?? '';
    let c = clients.get(key);
    if (!c) {
      c = new SecretsManagerClient({
        ...(region ? { region } : {}),
        ...(ctx.settings.endpoint ? { endpoint: ctx.settings.endpoint } : {}),
        ...(credentials ? { credentials } : {}),
        ...(ctx.env.AWS_PROFILE ? { profile: ctx.env.AWS_PROFILE } : {}),
        requestHandler: { connectionTimeout: ctx.timeoutMs, requestTimeout: ctx.timeoutMs },
      });
      keepXmlErrorBodies(c);
      clients.set(key, c);
    }
    return c;
  };
  const credentials = await withDeadline(ctx, 'resolving credentials', async (signal) => {
    const provider = await credentialProvider(ctx, signal);
    // The default chain (a profile, SSO, the container or instance role) is the client's own.
    return provider ? provider() : make(regionOf(undefined, ctx), undefined).config.credentials();
  });
  return {
    credentials,
    client: (region) => make(region, credentials),
    close: () => clients.forEach((c) => c.destroy()),
  };
}

/** The credentials runlens chooses itself; undefined leaves them to the SDK's default chain. */
async function credentialProvider(ctx: Ctx, signal: AbortSignal): Promise<(() => Promise<AwsCredentialIdentity>) | undefined> {
  const s = ctx.settings;
  const env = ctx.env;
  const region = regionOf(undefined, ctx);
  const clientConfig = { ...(region ? { region } : {}), ...(s.endpoint ? { endpoint: s.endpoint } : {}) };
  const roleArn = s['role-arn'];
  if (roleArn) {
    const webIdentityToken = await ciIdentityToken(
      env,
      { audience: s.audience, tokenEnv: s['id-token-env'], purpose: `assuming ${roleArn} (secret-stores.aws-sm.role-arn)` },
      signal,
    );
    const provider = fromWebToken({ roleArn, roleSessionName: s['session-name'], webIdentityToken, clientConfig });
    return () => provider().catch((err: unknown) => Promise.reject(assumeRoleError(err, roleArn)));
  }
  // The run's environment, not this process's: the variables the SDK would read, taken from ctx.env.
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    const creds: AwsCredentialIdentity = {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
    return async () => creds;
  }
  if (env.AWS_ROLE_ARN && env.AWS_WEB_IDENTITY_TOKEN_FILE) {
    const arn = env.AWS_ROLE_ARN;
    const provider = fromTokenFile({
      roleArn: arn,
      webIdentityTokenFile: storeFile(ctx, env.AWS_WEB_IDENTITY_TOKEN_FILE),
      roleSessionName: env.AWS_ROLE_SESSION_NAME ?? s['session-name'],
      clientConfig,
    });
    return () => provider().catch((err: unknown) => Promise.reject(assumeRoleError(err, arn)));
  }
  return undefined;
}

function assumeRoleError(err: unknown, roleArn: string): AwsStoreError {
  const name = serviceErrorName(err);
  if (isNetworkError(err)) return new AwsStoreError(`cannot reach STS to assume ${roleArn}: ${networkCode(err)}`);
  const why =
    name === 'InvalidIdentityTokenException' || name === 'IDPRejectedClaimException'
      ? "the identity token was refused (the IAM OIDC provider's audience and thumbprint, the token's claims?)"
      : name === 'AccessDenied' || name === 'AccessDeniedException'
        ? "not allowed (the role's trust policy: its `sub` condition must name this repository and branch?)"
        : name === 'ExpiredTokenException'
          ? 'the identity token has expired'
          : unreadable(err) !== undefined
            ? `an answer runlens could not read (HTTP ${unreadable(err)})`
            : `${name}`;
  return new AwsStoreError(`cannot assume ${roleArn} with the CI's identity token: ${why}`);
}

async function readSecret(session: Session, ref: AwsRef, ctx: Ctx): Promise<FetchOutcome> {
  const label = awsRefLabel(ref);
  const region = regionOf(ref, ctx);
  try {
    const out = await withDeadline(ctx, `reading ${label}`, (abortSignal) =>
      session.client(region).send(
        new GetSecretValueCommand({
          SecretId: ref.secretId,
          ...(ref.versionId ? { VersionId: ref.versionId } : {}),
          ...(ref.versionStage ? { VersionStage: ref.versionStage } : {}),
        }),
        { abortSignal },
      ),
    );
    if (out.SecretString !== undefined)
      return ref.jsonKey === undefined ? ok(out.SecretString) : pickKey(label, out.SecretString, ref.jsonKey);
    if (out.SecretBinary !== undefined) {
      if (ref.jsonKey !== undefined)
        return fail(`${label} is a binary secret (SecretBinary): #${ref.jsonKey} picks from a JSON SecretString only`);
      // Binary secrets reach a step base64-encoded, as `aws secretsmanager get-secret-value` prints them.
      return ok(Buffer.from(out.SecretBinary).toString('base64'));
    }
    return fail(`${label} has neither a SecretString nor a SecretBinary`);
  } catch (err) {
    return fail(describe(err, ctx, ref));
  }
}

async function probeSecrets(session: Session, refs: readonly AwsRef[], ctx: Ctx): Promise<ProbeOutcome> {
  const seen = new Map<string, AwsRef>();
  for (const r of refs) seen.set(`${regionOf(r, ctx) ?? ''}\0${r.secretId}`, r);
  const found: string[] = [];
  const denied: string[] = [];
  const problems: string[] = [];
  await Promise.all(
    [...seen.values()].map(async (ref) => {
      try {
        // DescribeSecret answers the secret's metadata: never its value.
        await withDeadline(ctx, `describing ${ref.secretId}`, (abortSignal) =>
          session.client(regionOf(ref, ctx)).send(new DescribeSecretCommand({ SecretId: ref.secretId }), { abortSignal }),
        );
        found.push(ref.secretId);
      } catch (err) {
        // A refusal proves the credentials are good; GetSecretValue may still be allowed where DescribeSecret is not.
        if (isAccessDenied(err)) denied.push(ref.secretId);
        else problems.push(describe(err, ctx, ref));
      }
    }),
  );
  const parts = [`authenticated${ctx.settings['role-arn'] ? ` as ${ctx.settings['role-arn']}` : ''}`];
  if (found.length) parts.push(`${found.length} of ${seen.size} secret(s) found`);
  if (denied.length) parts.push(`DescribeSecret denied on ${denied.join(', ')} (reading may still be allowed)`);
  if (problems.length) return { ok: false, detail: [...parts, ...problems].join('; ') };
  return { ok: true, detail: parts.join('; ') };
}

/** A JSON secret's key, as a string: strings as they are, numbers and booleans printed, objects as JSON. */
function pickKey(label: string, text: string, key: string): FetchOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text: never shown.
    return fail(`${label} is not JSON, so #${key} cannot be picked from it (drop #${key} to take the whole value)`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return fail(`${label} is JSON but not an object, so #${key} cannot be picked from it`);
  const record = doc as Record<string, unknown>;
  if (!Object.hasOwn(record, key)) {
    const keys = Object.keys(record);
    return fail(`${label} has no key "${key}" (its keys: ${keys.length ? keys.slice(0, 20).join(', ') : 'none'})`);
  }
  const value = record[key];
  if (typeof value === 'string') return ok(value);
  if (typeof value === 'number' || typeof value === 'boolean') return ok(String(value));
  if (value === null) return fail(`${label}#${key} is null`);
  return ok(JSON.stringify(value));
}

/** What went wrong, for a person: store, secret, likely cause. AWS messages name ARNs, never values. */
function describe(err: unknown, ctx: Ctx, ref: AwsRef | undefined): string {
  const label = ref ? awsRefLabel(ref) : undefined;
  const on = label ? ` on ${label}` : '';
  const region = regionOf(ref, ctx);
  if (err instanceof AwsStoreError || err instanceof IdentityTokenError) return `aws-sm: ${err.message}`;
  if (err instanceof DeadlineError) return `aws-sm: ${err.message}`;
  const name = serviceErrorName(err);
  const message = err instanceof Error ? err.message : String(err);
  switch (name) {
    case 'ResourceNotFoundException':
      return `aws-sm: secret ${label ?? ''} not found${region ? ` in ${region}` : ''}${ref?.versionId || ref?.versionStage ? ' (or not that version)' : ''}`;
    case 'AccessDeniedException':
    case 'AccessDenied':
      return `aws-sm: access denied${on} (IAM policy? it needs secretsmanager:GetSecretValue, and kms:Decrypt for a customer-managed key)`;
    case 'DecryptionFailure':
      return `aws-sm: cannot decrypt${on} (kms:Decrypt on the secret's KMS key?)`;
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'InvalidClientTokenId':
    case 'SignatureDoesNotMatch':
      return `aws-sm: not authenticated: the credentials were refused (${name}); check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the profile`;
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      return `aws-sm: not authenticated: the session credentials have expired (${name})`;
    case 'CredentialsProviderError':
      return "aws-sm: no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE, run where an instance or container role is, or set secret-stores.aws-sm.role-arn to assume a role with the CI's identity token";
    case 'InvalidRequestException':
    case 'InvalidParameterException':
      return `aws-sm: Secrets Manager refused the request${on}: ${message}`;
  }
  if (/region is missing/i.test(message))
    return 'aws-sm: no region: set secret-stores.aws-sm.region or AWS_REGION (or reference the secret by ARN)';
  if (isNetworkError(err)) {
    const where = ctx.settings.endpoint ?? `Secrets Manager${region ? ` in ${region}` : ''}`;
    return `aws-sm: cannot reach ${where}${on}: ${networkCode(err)}`;
  }
  // A body the SDK could not parse may hold part of a value: its message (which quotes the body) is never shown.
  if (unreadable(err) !== undefined)
    return `aws-sm: ${label ? `${label}: ` : ''}an answer runlens could not read (HTTP ${unreadable(err)})`;
  if (isUnreadableAnswer(err)) return `aws-sm: ${label ? `${label}: ` : ''}an answer runlens could not read`;
  return `aws-sm: ${label ? `${label}: ` : ''}${name !== 'Error' ? `${name}: ` : ''}${message}`;
}

/** XML error bodies by response, kept by keepXmlErrorBodies: the parse error that follows leaves only the response. */
const xmlErrorBodies = new WeakMap<object, string>();

/**
 * Secrets Manager speaks JSON; an XML or HTML error answer (moto's IAM enforcement, a proxy) would reach the
 * deserializer as a stream it consumes and then cannot parse. Its body (an error, never a value) is read
 * first so that serviceErrorName can find the <Code> in it.
 */
function keepXmlErrorBodies(client: SecretsManagerClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      const res = out.response as { statusCode?: number; headers?: Record<string, string>; body?: unknown };
      const type = res.headers?.['content-type'] ?? '';
      if ((res.statusCode ?? 0) >= 400 && /xml|html/.test(type) && res.body instanceof Readable) {
        const chunks: Buffer[] = [];
        for await (const chunk of res.body) chunks.push(Buffer.from(chunk as Uint8Array));
        const body = Buffer.concat(chunks);
        xmlErrorBodies.set(res, body.toString('utf8').slice(0, 4096));
        res.body = Readable.from([body]);
      }
      return out;
    },
    { step: 'deserialize', name: 'runlensXmlErrorBodies', priority: 'low' },
  );
}

type SdkError = {
  $responseBodyText?: unknown;
  $response?: { body?: unknown; statusCode?: unknown };
  $metadata?: { httpStatusCode?: unknown };
};

/** The HTTP status of an answer the SDK could not parse, or undefined when it parsed (or no answer came). */
function unreadable(err: unknown): string | undefined {
  const e = err as SdkError | undefined;
  if (e?.$response === undefined || !(err instanceof Error) || !/Deserialization error/.test(err.message)) return undefined;
  return String(e.$response.statusCode ?? e.$metadata?.httpStatusCode ?? '?');
}

/**
 * The error's AWS code. A JSON-protocol service answering an XML error (moto's IAM enforcement, some
 * proxies) leaves the SDK with a parse error: the code is then read from the XML's <Code>.
 */
function serviceErrorName(err: unknown): string {
  const e = err as SdkError | undefined;
  if (unreadable(err) !== undefined) {
    const body = e?.$responseBodyText ?? (e?.$response ? xmlErrorBodies.get(e.$response) : undefined);
    const code = typeof body === 'string' ? /<Code>([A-Za-z.]+)<\/Code>/.exec(body)?.[1] : undefined;
    if (code) return code;
  }
  return errorName(err);
}

function errorName(err: unknown): string {
  return (err as { name?: unknown } | undefined)?.name === undefined ? 'Error' : String((err as { name: unknown }).name);
}

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

function networkCode(err: unknown): string {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return String(e?.code ?? e?.cause?.code ?? 'network error');
}

function isNetworkError(err: unknown): boolean {
  return NETWORK.has(networkCode(err)) || errorName(err) === 'TimeoutError';
}

function isAccessDenied(err: unknown): boolean {
  const name = serviceErrorName(err);
  return name === 'AccessDeniedException' || name === 'AccessDenied';
}

const ok = (value: string): FetchOutcome => ({ ok: true, value });
const fail = (message: string): FetchOutcome => ({ ok: false, error: message.startsWith('aws-sm:') ? message : `aws-sm: ${message}` });
