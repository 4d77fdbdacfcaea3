// The CI's own OIDC identity token, which the cloud stores trade for credentials (workload identity
// federation): AWS AssumeRoleWithWebIdentity, Azure federated client assertions, GCP STS. A variable named
// by the store's `id-token-env` wins (GitLab's `id_tokens:`, or any CI that provides one); on GitHub the
// token is requested as @actions/core getIDToken does: GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=… with
// `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`. Neither token ever reaches a message.

export type Env = Record<string, string | undefined>;

/** Where the identity token would come from, or undefined when this CI offers none. */
export function identityTokenSource(env: Env, tokenEnv: string): 'env' | 'github' | undefined {
  if (env[tokenEnv]) return 'env';
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return 'github';
  return undefined;
}

export class IdentityTokenError extends Error {
  override name = 'IdentityTokenError';
}

/** How to get a token for one cloud: its audience, the variable that may hold one, who wants it (messages). */
export interface IdentityTokenRequest {
  /** The `aud` to ask GitHub for; unset: GitHub's default (the repository owner's URL). */
  audience?: string;
  tokenEnv: string;
  /** "AssumeRoleWithWebIdentity", "the federated credential", …: what the token is for. */
  purpose: string;
}

/** The CI's identity token; throws IdentityTokenError saying what the job lacks. */
export async function ciIdentityToken(env: Env, req: IdentityTokenRequest, signal: AbortSignal): Promise<string> {
  const fromEnv = env[req.tokenEnv];
  if (fromEnv) return fromEnv.trim();
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer)
    throw new IdentityTokenError(
      env.GITHUB_ACTIONS === 'true'
        ? `${req.purpose} needs the job's identity token, and GitHub offers none: give the job \`permissions: id-token: write\``
        : `${req.purpose} needs the CI's identity token: on GitLab declare \`id_tokens: { ${req.tokenEnv}: { aud: ${req.audience ?? '…'} } }\` in the job; on GitHub give the job \`permissions: id-token: write\``,
    );
  const target = new URL(url);
  if (req.audience) target.searchParams.set('audience', req.audience);
  let res: Response;
  try {
    res = await fetch(target, { headers: { authorization: `bearer ${bearer}`, accept: 'application/json' }, signal });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new IdentityTokenError(`GitHub's identity-token service (ACTIONS_ID_TOKEN_REQUEST_URL) is unreachable: ${causeOf(err)}`);
  }
  const body = (await res.json().catch(() => undefined)) as { value?: unknown } | undefined;
  if (!res.ok || typeof body?.value !== 'string' || !body.value)
    throw new IdentityTokenError(
      `GitHub's identity-token service (ACTIONS_ID_TOKEN_REQUEST_URL) answered HTTP ${res.status} without a token: does the job have \`permissions: id-token: write\`?`,
    );
  return body.value;
}

/** `fetch failed` hides the reason in `cause`: ECONNREFUSED, ENOTFOUND, a TLS error. */
function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return err instanceof Error ? err.message : String(err);
}
