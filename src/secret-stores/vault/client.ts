// The Vault client half, imported only when a run or `doctor` has `vault://` references: one login for
// all of them, each secret path read once (several keys of one secret are one request), paths concurrently.
import type { FetchOutcome, ProbeOutcome, StoreClient, StoreContext } from '../store.js';
import { encodePath, isPermissionDenied, VaultError, vaultErrors, VaultSession } from './api.js';
import { IdentityTokenError } from '../ci-identity.js';
import { DeadlineError } from '../deadline.js';
import { isUnreadableAnswer } from '../unreadable.js';
import { TransportError } from './http.js';
import { login } from './login.js';
import type { VaultRef, VaultSettings } from './store.js';

/** Where a reference's secret lives once the mount is known. */
interface Located {
  /** The mount path with its trailing slash, as Vault names it (`secret/`, or nested `kv/team-a/`). */
  mount: string;
  kv: 1 | 2;
  /** The secret as the user wrote it: `secret/ci/app`. */
  display: string;
  /** The read path under /v1/, unencoded: `secret/data/ci/app` (KV v2) or `secret/ci/app` (KV v1). */
  apiPath: string;
}

type Read = { ok: true; data: Record<string, unknown>; where: Located } | { ok: false; error: string };

const fullPath = (ref: VaultRef) => `${ref.mount}/${ref.path}`;

/**
 * A failure of the whole session (login, address, CA) or of one request, as a message. An answer that
 * could not be parsed is never quoted (http.ts keeps an unparsable body out of every message; this is for
 * a parse error from anywhere else).
 */
function describeError(session: VaultSession | undefined, e: unknown): string {
  if (isUnreadableAnswer(e)) return 'vault: an answer runlens could not read';
  if (e instanceof VaultError || e instanceof TransportError || e instanceof IdentityTokenError || e instanceof DeadlineError)
    return session ? session.message(e.message) : `vault: ${e.message}`;
  throw e;
}

/**
 * The mount and KV version of a path. `auto` asks `sys/internal/ui/mounts/<path>` as the vault CLI's
 * `kv get` does: it answers the mount's path and `options.version`, and only what the token may see.
 */
async function locate(session: VaultSession, ref: VaultRef): Promise<Located> {
  const setting = session.ctx.settings['kv-version'];
  const full = fullPath(ref);
  let mount = `${ref.mount}/`;
  let kv: 1 | 2;
  if (setting !== 'auto') kv = setting;
  else {
    const answer = await session.call('GET', `sys/internal/ui/mounts/${encodePath(full)}`);
    if (answer.status === 200) {
      const data = (answer.body as { data?: { path?: unknown; options?: { version?: unknown } | null } } | undefined)?.data;
      if (typeof data?.path === 'string' && data.path && full.startsWith(data.path)) mount = data.path;
      kv = String(data?.options?.version ?? '1') === '2' ? 2 : 1;
    } else if (answer.status === 404) {
      // Vault before 0.10 has no such endpoint, and a path under no mount answers 404 too: the CLI
      // reads as KV v1 then, and so do we (the read itself says when nothing is there).
      kv = 1;
    } else if (isPermissionDenied(answer)) {
      throw new VaultError(
        `permission denied on ${full} (policy? looking up its mount needs a capability under it; or set secret-stores.vault.kv-version)`,
      );
    } else throw new VaultError(`looking up the mount of ${full} failed: ${vaultErrors(answer)}`);
  }
  const rest = full.slice(mount.length);
  if (ref.version && kv === 1) throw new VaultError(`${full}?version=${ref.version}: versions need KV v2, and ${mount} is KV v1`);
  const apiPath = kv === 2 ? `${mount}data/${rest}` : `${mount}${rest}`;
  return { mount, kv, display: full, apiPath };
}

/** Whether the token itself is refused (invalid, expired, revoked), asked once per session after a 403. */
function tokenCheck(session: VaultSession): () => Promise<boolean> {
  let valid: Promise<boolean> | undefined;
  return () =>
    (valid ??= session
      .call('GET', 'auth/token/lookup-self')
      .then((a) => a.status === 200)
      .catch(() => true));
}

async function read(session: VaultSession, ref: VaultRef, tokenValid: () => Promise<boolean>): Promise<Read> {
  try {
    const where = await locate(session, ref);
    const query = ref.version ? `?version=${ref.version}` : '';
    const answer = await session.call('GET', `${encodePath(where.apiPath)}${query}`);
    const body = answer.body as
      { data?: { data?: unknown; metadata?: { deletion_time?: unknown; destroyed?: unknown } } | null } | undefined;
    if (answer.status === 200) {
      const data = where.kv === 2 ? body?.data?.data : body?.data;
      if (data && typeof data === 'object') return { ok: true, data: data as Record<string, unknown>, where };
      throw new VaultError(`${where.apiPath} answered without data (KV v${where.kv}): is secret-stores.vault.kv-version right?`);
    }
    if (answer.status === 404) {
      const meta = body?.data?.metadata;
      const version = ref.version ? `version ${ref.version}` : 'the newest version';
      if (meta?.destroyed === true) throw new VaultError(`${version} of ${where.display} was destroyed`);
      if (typeof meta?.deletion_time === 'string' && meta.deletion_time)
        throw new VaultError(`${version} of ${where.display} was deleted (${meta.deletion_time}); undelete it or pin ?version=`);
      throw new VaultError(`no secret at ${where.display} (KV v${where.kv} mount ${where.mount})`);
    }
    if (isPermissionDenied(answer)) {
      if (!(await tokenValid()))
        throw new VaultError(`permission denied on ${where.apiPath}: the token was refused (expired, revoked, or wrong namespace?)`);
      throw new VaultError(`permission denied on ${where.apiPath} (policy?)`);
    }
    throw new VaultError(`reading ${where.apiPath} failed: ${vaultErrors(answer)}`);
  } catch (e) {
    return { ok: false, error: describeError(session, e) };
  }
}

function pick(read: Read, ref: VaultRef, session: VaultSession): FetchOutcome {
  if (!read.ok) return read;
  const { data, where } = read;
  if (!Object.hasOwn(data, ref.key)) {
    // Key names are not secret (Vault's UI and `kv get` show them); they tell a typo at once.
    const keys = Object.keys(data);
    const shown = keys.length > 10 ? `${keys.slice(0, 10).join(', ')}, …` : keys.join(', ');
    return {
      ok: false,
      error: session.message(`no key "${ref.key}" in ${where.display} (${keys.length ? `keys: ${shown}` : 'it has no keys'})`),
    };
  }
  const value = data[ref.key];
  if (value === null || value === undefined)
    return { ok: false, error: session.message(`the key "${ref.key}" in ${where.display} is null`) };
  return { ok: true, value: typeof value === 'string' ? value : JSON.stringify(value) };
}

async function withSession<T>(
  ctx: StoreContext<VaultSettings>,
  onSessionError: (message: string) => T,
  body: (session: VaultSession) => Promise<T>,
): Promise<T> {
  let session: VaultSession | undefined;
  try {
    session = VaultSession.open(ctx);
    await login(session);
    return await body(session);
  } catch (e) {
    return onSessionError(describeError(session, e));
  } finally {
    session?.close();
  }
}

async function fetchAll(refs: readonly VaultRef[], ctx: StoreContext<VaultSettings>): Promise<FetchOutcome[]> {
  if (refs.length === 0) return [];
  return withSession(
    ctx,
    (error) => refs.map(() => ({ ok: false as const, error })),
    async (session) => {
      const tokenValid = tokenCheck(session);
      const reads = new Map<string, Promise<Read>>();
      return Promise.all(
        refs.map(async (ref) => {
          const id = `${fullPath(ref)}?${ref.version ?? ''}`;
          let pending = reads.get(id);
          if (!pending) reads.set(id, (pending = read(session, ref, tokenValid)));
          return pick(await pending, ref, session);
        }),
      );
    },
  );
}

/** `doctor`: log in, look the token up, and ask which capabilities it has on each path: no value is read. */
async function probe(refs: readonly VaultRef[], ctx: StoreContext<VaultSettings>): Promise<ProbeOutcome> {
  return withSession(
    ctx,
    (error) => ({ ok: false, detail: error }),
    async (session) => {
      const self = await session.call('GET', 'auth/token/lookup-self');
      if (self.status !== 200)
        return {
          ok: false,
          detail: session.message(`${session.describe()}: the token was refused by auth/token/lookup-self: ${vaultErrors(self)}`),
        };
      const info = (self.body as { data?: { display_name?: unknown; policies?: unknown; ttl?: unknown } } | undefined)?.data ?? {};
      const policies = Array.isArray(info.policies) ? info.policies.join(', ') : '?';
      const ttl = typeof info.ttl === 'number' && info.ttl > 0 ? `, ttl ${info.ttl}s` : '';
      const who = `${session.describe()}: authenticated as ${String(info.display_name ?? '?')} (policies: ${policies}${ttl})`;
      if (refs.length === 0) return { ok: true, detail: who };

      const unique = [...new Map(refs.map((r) => [fullPath(r), r])).values()];
      const located = await Promise.all(
        unique.map(async (ref) => {
          try {
            return { ok: true as const, where: await locate(session, ref) };
          } catch (e) {
            return { ok: false as const, error: describeError(session, e) };
          }
        }),
      );
      const problems = located.flatMap((l) => (l.ok ? [] : [l.error.replace(/^vault: /, '')]));
      const paths = located.flatMap((l) => (l.ok ? [l.where.apiPath] : []));
      if (paths.length) {
        const caps = await session.call('POST', 'sys/capabilities-self', { paths });
        if (caps.status !== 200) problems.push(`sys/capabilities-self: ${vaultErrors(caps)}`);
        else {
          // Answered at the top level (older Vault) and under `data` (newer), one list per path.
          const body = caps.body as Record<string, unknown> & { data?: Record<string, unknown> };
          for (const p of paths) {
            const list = body.data?.[p] ?? body[p] ?? (paths.length === 1 ? (body.data?.capabilities ?? body.capabilities) : undefined);
            const granted = Array.isArray(list) ? (list as string[]) : [];
            if (!granted.includes('read') && !granted.includes('root'))
              problems.push(`no read on ${p} (capabilities: ${granted.join(', ') || 'none'})`);
          }
        }
      }
      if (problems.length) return { ok: false, detail: session.message(`${who}; ${problems.join('; ')}`) };
      return { ok: true, detail: `${who}; read allowed on ${paths.join(', ')}` };
    },
  );
}

export const vaultClient: StoreClient<VaultRef, VaultSettings> = { fetch: fetchAll, probe };
