// Logging in once per fetch: a token from the environment, AppRole, or JWT/OIDC with the CI's own identity
// token (GitHub's ACTIONS_ID_TOKEN_REQUEST_URL service, GitLab's `id_tokens:`). The token Vault returns is
// kept in the session only: never returned, logged, or put in a message.
import { ciIdentityToken } from '../ci-identity.js';
import { withDeadline } from '../deadline.js';
import { encodePath, VaultError, vaultErrors, type VaultSession } from './api.js';
import type { VaultAuth } from './store.js';

type Auth<M extends VaultAuth['method']> = Extract<VaultAuth, { method: M }>;

export async function login(session: VaultSession): Promise<void> {
  const auth = session.ctx.settings.auth;
  switch (auth.method) {
    case 'token':
      return useEnvToken(session, auth);
    case 'approle':
      return loginAppRole(session, auth);
    case 'jwt':
      return loginJwt(session, auth);
  }
}

function useEnvToken(session: VaultSession, auth: Auth<'token'>) {
  const token = session.ctx.env[auth['token-env']];
  if (!token)
    throw new VaultError(`no token: set ${auth['token-env']}, or log in another way (secret-stores.vault.auth.method: approle or jwt)`);
  session.useToken(token);
}

async function loginAppRole(session: VaultSession, auth: Auth<'approle'>) {
  const env = session.ctx.env;
  const roleId = auth['role-id'] ?? env[auth['role-id-env']];
  if (!roleId) throw new VaultError(`AppRole login needs a role ID: set ${auth['role-id-env']} or secret-stores.vault.auth.role-id`);
  // A role may be created with bind_secret_id=false; then the role ID alone logs in.
  const secretId = env[auth['secret-id-env']];
  if (secretId) session.secret(secretId);
  await loginAt(session, auth.mount, 'AppRole', { role_id: roleId, ...(secretId ? { secret_id: secretId } : {}) });
}

async function loginJwt(session: VaultSession, auth: Auth<'jwt'>) {
  const jwt = session.secret(await identityToken(session, auth));
  await loginAt(session, auth.mount, `JWT (role "${auth.role}")`, { role: auth.role, jwt });
}

async function loginAt(session: VaultSession, mount: string, what: string, body: Record<string, string>) {
  const where = `auth/${mount}/login`;
  const answer = await session.call('POST', `auth/${encodePath(mount)}/login`, body);
  const token = (answer.body as { auth?: { client_token?: unknown } } | undefined)?.auth?.client_token;
  if (answer.status >= 400 || typeof token !== 'string' || !token) {
    const why = answer.status >= 400 ? vaultErrors(answer) : `HTTP ${answer.status} without auth.client_token`;
    const hint = answer.status === 404 || /no handler for route/i.test(why) ? ` (is ${what.split(' ')[0]} auth enabled at ${where}?)` : '';
    throw new VaultError(`${what} login at ${where} failed: ${why}${hint}`);
  }
  session.useToken(token);
}

/** The CI's OIDC identity token (ci-identity.ts: `id-token-env` first, else GitHub's token service), bounded like every call. */
function identityToken(session: VaultSession, auth: Auth<'jwt'>): Promise<string> {
  const env = session.ctx.env;
  if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) session.secret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const request = { tokenEnv: auth['id-token-env'], purpose: 'JWT login', ...(auth.audience ? { audience: auth.audience } : {}) };
  return withDeadline(session.ctx, "asking for the CI's identity token", (signal) => ciIdentityToken(env, request, signal));
}
