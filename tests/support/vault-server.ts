// A local stand-in for HashiCorp Vault / OpenBao speaking the slice of its documented HTTP API that the
// vault:// store calls, with Vault's own answer shapes (checked against the Vault 1.21 sources: the KV v2
// plugin's 404 bodies for deleted versions, the preflight's 403 text, AppRole's and JWT's 400 messages).
// Why not a real dev server (tried, November 2026): Vault 1.21.4 is on the Go module proxy, but its go.mod
// replaces api/ and sdk/ with directories its module zip does not hold; with the replaces dropped, the
// released sdk no longer matches (compile errors in vault/identity_store.go) after ~2 GB of modules and
// 13 minutes on 2 cores — far over what a cold CI run may spend. OpenBao has no version list on the proxy.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';

/** Path → capabilities, as in a Vault policy: an exact path, or a prefix ending in `*`. */
export type Policy = Record<string, string[]>;

interface TokenEntry {
  displayName: string;
  policies: string[];
  policy: Policy;
}

interface Mount {
  kv: 1 | 2;
  /** KV v2: each version's data, or null when deleted. KV v1: one entry. */
  secrets: Map<string, Array<Record<string, unknown> | null>>;
}

interface Namespace {
  mounts: Map<string, Mount>;
  tokens: Map<string, TokenEntry>;
  approles: Map<string, { roleId: string; secretId?: string; policy: Policy; echoSecretId?: boolean }>;
  jwt: Map<string, { jwks: JSONWebKeySet; roles: Map<string, JwtRole> }>;
}

export interface JwtRole {
  boundAudiences: string[];
  /** Claims that must match exactly (GitHub's `repository`, GitLab's `project_path`). */
  boundClaims?: Record<string, string>;
  policy: Policy;
}

export interface VaultRequest {
  method: string;
  path: string;
  namespace: string;
  /** Whether an X-Vault-Token header came (its value is never recorded). */
  withToken: boolean;
}

export interface VaultStandIn {
  /** `http(s)://127.0.0.1:<port>` */
  address: string;
  requests: VaultRequest[];
  /** Every request body as sent (leak tests: a login's body is expected to hold its credentials, nothing else may). */
  bodies: string[];
  /** Tokens issued by logins, newest last (tests check they never reach an outcome). */
  issued: string[];
  mount(path: string, kv: 1 | 2, namespace?: string): void;
  /** Writes a secret (KV v2: a new version). */
  put(mount: string, path: string, data: Record<string, unknown>, namespace?: string): void;
  /** KV v2: soft-deletes the newest version. */
  deleteLatest(mount: string, path: string, namespace?: string): void;
  token(token: string, policy: Policy, opts?: { namespace?: string; displayName?: string }): void;
  approle(name: string, role: { roleId: string; secretId?: string; policy: Policy; echoSecretId?: boolean }, namespace?: string): void;
  jwtAuth(mount: string, jwks: JSONWebKeySet, roles: Record<string, JwtRole>, namespace?: string): void;
  /** Requests whose path matches are accepted and never answered. */
  stall: RegExp | undefined;
  /** A standby node: every request is answered 307 to this address (the active node). */
  redirectTo: string | undefined;
  close(): Promise<void>;
}

const DENIED = { errors: ['1 error occurred:\n\t* permission denied\n\n'] };

function capabilities(policy: Policy, path: string): string[] {
  let best: { len: number; caps: string[] } | undefined;
  for (const [pattern, caps] of Object.entries(policy)) {
    const glob = pattern.endsWith('*');
    const prefix = glob ? pattern.slice(0, -1) : pattern;
    const match = glob ? path.startsWith(prefix) : path === pattern;
    // An exact path outranks any glob; a longer prefix outranks a shorter one.
    const len = glob ? prefix.length : Number.MAX_SAFE_INTEGER;
    if (match && (!best || len > best.len)) best = { len, caps };
  }
  if (!best || best.caps.includes('deny')) return ['deny'];
  return best.caps;
}

/** Vault's hasMountAccess: the policy grants something somewhere under the mount. */
const mountAccess = (policy: Policy, mount: string) =>
  Object.entries(policy).some(([pattern, caps]) => {
    if (caps.includes('deny')) return false;
    const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : pattern;
    return prefix.startsWith(mount) || mount.startsWith(prefix);
  });

const canRead = (entry: TokenEntry, path: string) => {
  const caps = capabilities(entry.policy, path);
  return caps.includes('read') || caps.includes('root');
};

export async function startVaultStandIn(opts: { tls?: { key: string; cert: string } } = {}): Promise<VaultStandIn> {
  const namespaces = new Map<string, Namespace>();
  const ns = (name = '') => {
    let n = namespaces.get(name);
    if (!n) namespaces.set(name, (n = { mounts: new Map(), tokens: new Map(), approles: new Map(), jwt: new Map() }));
    return n;
  };
  ns('');
  const requests: VaultRequest[] = [];
  const bodies: string[] = [];
  const issued: string[] = [];
  const stalled = new Set<ServerResponse>();

  const findMount = (space: Namespace, path: string) => {
    let best: string | undefined;
    for (const m of space.mounts.keys()) if (`${path}/`.startsWith(m) && (!best || m.length > best.length)) best = m;
    return best;
  };

  const issue = (space: Namespace, displayName: string, policy: Policy) => {
    const token = `hvs.${randomBytes(18).toString('base64url')}`;
    space.tokens.set(token, { displayName, policies: ['default', displayName], policy });
    issued.push(token);
    return token;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    const namespace = String(req.headers['x-vault-namespace'] ?? '').replace(/^\/+|\/+$/g, '');
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\//, ''));
    if (!url.pathname.startsWith('/v1/')) return send(404, { errors: [] });
    const space = namespaces.get(namespace);
    // An unknown namespace has no routes at all.
    if (!space) return send(403, DENIED);
    const json = (body ? JSON.parse(body) : {}) as Record<string, unknown>;

    // Logins need no token.
    const login = /^auth\/(.+)\/login$/.exec(path);
    if (login && req.method === 'POST') {
      const mount = login[1]!;
      if (mount === 'approle') {
        if (!json.role_id) return send(400, { errors: ['missing role_id'] });
        const role = [...space.approles.entries()].find(([, r]) => r.roleId === json.role_id);
        if (!role) return send(400, { errors: ['invalid role or secret ID'] });
        const [name, r] = role;
        if (r.secretId !== undefined) {
          if (!json.secret_id) return send(400, { errors: ['missing secret_id'] });
          // Vault answers like this for a secret ID outside its CIDR binding: the ID echoed back.
          if (json.secret_id !== r.secretId)
            return send(400, { errors: [r.echoSecretId ? `invalid secret_id "${String(json.secret_id)}"` : 'invalid role or secret ID'] });
        }
        return send(200, {
          auth: { client_token: issue(space, `approle-${name}`, r.policy), policies: ['default'], lease_duration: 2764800 },
        });
      }
      const jwtAuth = space.jwt.get(mount);
      if (!jwtAuth) return send(404, { errors: [`no handler for route "auth/${mount}/login". route entry not found.`] });
      if (!json.role) return send(400, { errors: ['missing role'] });
      const role = jwtAuth.roles.get(String(json.role));
      if (!role) return send(400, { errors: [`role "${String(json.role)}" could not be found`] });
      if (!json.jwt) return send(400, { errors: ['missing token'] });
      try {
        const { payload } = await jwtVerify(String(json.jwt), createLocalJWKSet(jwtAuth.jwks), { audience: role.boundAudiences });
        for (const [claim, want] of Object.entries(role.boundClaims ?? {}))
          if (payload[claim] !== want)
            return send(400, { errors: [`error validating claims: claim "${claim}" does not match any associated bound claim values`] });
        return send(200, {
          auth: { client_token: issue(space, `${mount}-${String(json.role)}`, role.policy), policies: ['default'], lease_duration: 3600 },
        });
      } catch (e) {
        return send(400, { errors: [`error validating token: ${(e as Error).message}`] });
      }
    }

    const token = String(req.headers['x-vault-token'] ?? '');
    const entry = space.tokens.get(token);
    if (!entry) return send(403, DENIED);

    if (path === 'auth/token/lookup-self' && req.method === 'GET')
      return send(200, { data: { display_name: entry.displayName, policies: entry.policies, ttl: 3600, id: token } });

    if (path === 'sys/capabilities-self' && req.method === 'POST') {
      const paths = Array.isArray(json.paths) ? (json.paths as string[]) : [];
      if (!paths.length) return send(400, { errors: ['paths must be supplied'] });
      const data = Object.fromEntries(paths.map((p) => [p, capabilities(entry.policy, p)]));
      return send(200, { ...data, ...(paths.length === 1 ? { capabilities: data[paths[0]!] } : {}), data });
    }

    if (path.startsWith('sys/internal/ui/mounts/') && req.method === 'GET') {
      const target = path.slice('sys/internal/ui/mounts/'.length);
      const mount = findMount(space, target);
      const preflight = {
        errors: [`preflight capability check returned 403, please ensure client's policies grant access to path "${target}/"`],
      };
      if (!mount || !mountAccess(entry.policy, mount)) return send(403, preflight);
      const m = space.mounts.get(mount)!;
      return send(200, { data: { path: mount, type: 'kv', options: { version: String(m.kv) }, description: '' } });
    }

    if (req.method !== 'GET') return send(405, { errors: [] });
    const mount = findMount(space, path);
    if (!mount) return send(404, { errors: [`no handler for route "${path}". route entry not found.`] });
    const m = space.mounts.get(mount)!;
    if (!canRead(entry, path)) return send(403, DENIED);
    const rest = path.slice(mount.length);
    if (m.kv === 1) {
      const data = m.secrets.get(rest)?.[0];
      return data
        ? send(200, { request_id: 'r', lease_id: '', renewable: false, lease_duration: 2764800, data })
        : send(404, { errors: [] });
    }
    if (!rest.startsWith('data/')) return send(404, { errors: [] });
    const versions = m.secrets.get(rest.slice('data/'.length));
    if (!versions) return send(404, { errors: [] });
    const wanted = url.searchParams.has('version') ? Number(url.searchParams.get('version')) : versions.length;
    if (wanted < 1 || wanted > versions.length) return send(404, { errors: [] });
    const data = versions[wanted - 1];
    const metadata = { created_time: '2026-11-30T00:00:00Z', custom_metadata: null, destroyed: false, version: wanted };
    if (data === null)
      return send(404, { request_id: 'r', data: { data: null, metadata: { ...metadata, deletion_time: '2026-11-30T01:00:00Z' } } });
    return send(200, {
      request_id: 'r',
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      data: { data, metadata: { ...metadata, deletion_time: '' } },
    });
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname.replace(/^\/v1\//, ''));
      const namespace = String(req.headers['x-vault-namespace'] ?? '').replace(/^\/+|\/+$/g, '');
      requests.push({ method: req.method ?? '', path, namespace, withToken: !!req.headers['x-vault-token'] });
      if (body) bodies.push(body);
      if (standIn.redirectTo) {
        res.writeHead(307, { location: `${standIn.redirectTo}${req.url ?? '/'}` });
        return res.end();
      }
      if (standIn.stall?.test(new URL(req.url ?? '/', 'http://localhost').pathname)) {
        stalled.add(res);
        return;
      }
      handle(req, res, body).catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [String(e)] }));
      });
    });
  };
  const server = opts.tls ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const standIn: VaultStandIn = {
    address: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    bodies,
    issued,
    stall: undefined,
    redirectTo: undefined,
    mount(path, kv, namespace) {
      ns(namespace).mounts.set(`${path.replace(/\/+$/, '')}/`, { kv, secrets: new Map() });
    },
    put(mount, path, data, namespace) {
      const m = ns(namespace).mounts.get(`${mount}/`);
      if (!m) throw new Error(`no mount ${mount}/`);
      const versions = m.secrets.get(path) ?? [];
      if (m.kv === 1) versions.splice(0, versions.length, data);
      else versions.push(data);
      m.secrets.set(path, versions);
    },
    deleteLatest(mount, path, namespace) {
      const versions = ns(namespace).mounts.get(`${mount}/`)?.secrets.get(path);
      if (versions?.length) versions[versions.length - 1] = null;
    },
    token(token, policy, o = {}) {
      ns(o.namespace).tokens.set(token, { displayName: o.displayName ?? 'token', policies: ['default'], policy });
    },
    approle(name, role, namespace) {
      ns(namespace).approles.set(name, role);
    },
    jwtAuth(mount, jwks, roles, namespace) {
      ns(namespace).jwt.set(mount, { jwks, roles: new Map(Object.entries(roles)) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of stalled) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return standIn;
}
