// A stand-in for Google Cloud Secret Manager and the two services workload identity federation goes
// through, for the gcp-sm:// store's tests (Google ships no Secret Manager emulator). One HTTP server speaks:
//  - STS `POST /v1/token` (RFC 8693 token exchange): the subject token must be a JWT whose `aud` is the
//    provider's and whose provider matches the STS audience; it answers a federated access token;
//  - IAM Credentials `POST /v1/projects/-/serviceAccounts/{email}:generateAccessToken`: the federated
//    principal must be allowed to impersonate the account;
//  - Secret Manager v1 REST: `GET /v1/projects/{p}/secrets/{s}/versions/{v}:access` (payload.data base64 +
//    dataCrc32c) and `GET /v1/projects/{p}/secrets/{s}` (metadata), with Google's JSON errors
//    (`{"error":{"code":404,"message":…,"status":"NOT_FOUND"}}`) and 401 for a token it never issued.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { crc32c } from '../../src/secret-stores/gcp/client.js';

export interface GcpStandIn {
  endpoint: string;
  project: string;
  projectNumber: string;
  /** `projects/<number>/locations/global/workloadIdentityPools/github/providers/acme`. */
  provider: string;
  /** The `aud` a CI token must carry (the provider's default audience). */
  tokenAudience: string;
  /** Adds a version (numbered from 1) to a secret; returns its number. */
  put(secret: string, data: string | Buffer): number;
  alias(secret: string, alias: string, version: number): void;
  destroy(secret: string, version: number): void;
  /** Answers a wrong dataCrc32c for this secret's versions. */
  corrupt(secret: string): void;
  /** Who may read which secrets: a service account email or `federated`; `*` for all. */
  allow(identity: string, secrets: string[]): void;
  /** This identity may see secrets' metadata (roles/secretmanager.viewer). */
  allowMetadata(identity: string): void;
  /** The federated principal may impersonate this service account. */
  allowImpersonation(email: string): void;
  /** STS and IAM Credentials calls seen: which step, and its audience or account. */
  calls: Array<{ step: 'sts' | 'impersonate'; subject: string }>;
  hang: boolean;
  /** Answer a version with its JSON cut short (a proxy that truncates). */
  garble: boolean;
  stop(): Promise<void>;
}

export async function startGcpStandIn(): Promise<GcpStandIn> {
  const project = 'acme-ci';
  const projectNumber = '123456789012';
  const provider = `projects/${projectNumber}/locations/global/workloadIdentityPools/github/providers/acme`;
  const tokenAudience = `https://iam.googleapis.com/${provider}`;
  const secrets = new Map<
    string,
    { versions: Array<{ data: Buffer; state: 'ENABLED' | 'DESTROYED' }>; aliases: Map<string, number>; corrupt: boolean }
  >();
  const acl = new Map<string, string[]>();
  const impersonable = new Set<string>();
  const viewers = new Set<string>();
  const tokens = new Map<string, string>(); // access token → identity (an email, or `federated`)
  const calls: GcpStandIn['calls'] = [];
  // The faults the tests switch on: the stand-in object itself (returned below), read by the handlers.
  const state = { hang: false, garble: false };
  const sockets = new Set<net.Socket>();

  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
  const gError = (res: http.ServerResponse, code: number, status: string, message: string) =>
    json(res, code, { error: { code, message, status } });
  const issue = (identity: string) => {
    const t = `ya29.${randomBytes(24).toString('base64url')}`;
    tokens.set(t, identity);
    return t;
  };
  const jwtClaims = (token: string): { aud?: unknown } | undefined => {
    try {
      return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { aud?: unknown };
    } catch {
      return undefined;
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = Buffer.concat(chunks).toString('utf8');
      const path = decodeURIComponent(url.pathname);
      if (path === '/v1/token' && req.method === 'POST') {
        const form = (req.headers['content-type'] ?? '').includes('json')
          ? new URLSearchParams(JSON.parse(body) as Record<string, string>)
          : new URLSearchParams(body);
        const audience = form.get('audience') ?? '';
        calls.push({ step: 'sts', subject: audience });
        if (
          form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
          form.get('subject_token_type') !== 'urn:ietf:params:oauth:token-type:jwt'
        )
          return json(res, 400, { error: 'invalid_request', error_description: 'Invalid grant_type or subject_token_type.' });
        if (audience !== `//iam.googleapis.com/${provider}`)
          return json(res, 400, {
            error: 'invalid_target',
            error_description: 'The target service indicated by the "audience" parameters is invalid.',
          });
        const aud = jwtClaims(form.get('subject_token') ?? '')?.aud;
        if (aud !== tokenAudience)
          return json(res, 400, {
            error: 'invalid_grant',
            error_description: `The audience in ID Token [${String(aud)}] does not match the expected audience.`,
          });
        return json(res, 200, {
          access_token: issue('federated'),
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 3599,
        });
      }
      const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const identity = bearer ? tokens.get(bearer) : undefined;
      const imp = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(path);
      if (imp && req.method === 'POST') {
        calls.push({ step: 'impersonate', subject: imp[1]! });
        if (identity !== 'federated') return gError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
        if (!impersonable.has(imp[1]!))
          return gError(
            res,
            403,
            'PERMISSION_DENIED',
            "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
          );
        return json(res, 200, { accessToken: issue(imp[1]!), expireTime: new Date(Date.now() + 3600_000).toISOString() });
      }
      if (state.hang) return; // never answers
      const m = /^\/v1\/projects\/([^/]+)\/secrets\/([^/:]+)(?:\/versions\/([^/:]+):access)?$/.exec(path);
      if (!m || req.method !== 'GET') return gError(res, 404, 'NOT_FOUND', `Method not found: ${path}`);
      if (!identity)
        return gError(
          res,
          401,
          'UNAUTHENTICATED',
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        );
      const [, p, s, v] = m as unknown as [string, string, string, string | undefined];
      const resource = v ? `projects/${p}/secrets/${s}/versions/${v}` : `projects/${p}/secrets/${s}`;
      const allowed = acl.get(identity) ?? [];
      if (v && !allowed.includes('*') && !allowed.includes(s))
        return gError(
          res,
          403,
          'PERMISSION_DENIED',
          `Permission 'secretmanager.versions.access' denied for resource '${resource}' (or it may not exist).`,
        );
      if (!v && !viewers.has(identity))
        return gError(
          res,
          403,
          'PERMISSION_DENIED',
          `Permission 'secretmanager.secrets.get' denied for resource '${resource}' (or it may not exist).`,
        );
      const secret = p === project || p === projectNumber ? secrets.get(s) : undefined;
      if (!secret) return gError(res, 404, 'NOT_FOUND', `Secret [projects/${projectNumber}/secrets/${s}] not found or has no versions.`);
      if (!v)
        return json(res, 200, {
          name: `projects/${projectNumber}/secrets/${s}`,
          replication: { automatic: {} },
          createTime: new Date().toISOString(),
          etag: '"1"',
        });
      const n = v === 'latest' ? secret.versions.length : /^\d+$/.test(v) ? Number(v) : secret.aliases.get(v);
      const version = n ? secret.versions[n - 1] : undefined;
      const versionName = `projects/${projectNumber}/secrets/${s}/versions/${n ?? v}`;
      if (!version) return gError(res, 404, 'NOT_FOUND', `Secret Version [${versionName}] not found.`);
      if (version.state === 'DESTROYED')
        return gError(res, 400, 'FAILED_PRECONDITION', `Secret Version [${versionName}] is in DESTROYED state.`);
      const crc = crc32c(version.data) + (secret.corrupt ? 1 : 0);
      const answer = JSON.stringify({
        name: versionName,
        payload: { data: version.data.toString('base64'), dataCrc32c: String(crc >>> 0) },
      });
      if (state.garble) return res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(answer.slice(0, -30));
      return res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(answer);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  const get = (name: string) => {
    let s = secrets.get(name);
    if (!s) secrets.set(name, (s = { versions: [], aliases: new Map(), corrupt: false }));
    return s;
  };
  return Object.assign<typeof state, Omit<GcpStandIn, keyof typeof state>>(state, {
    endpoint,
    project,
    projectNumber,
    provider,
    tokenAudience,
    calls,
    put(name, data) {
      const s = get(name);
      s.versions.push({ data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), state: 'ENABLED' });
      return s.versions.length;
    },
    alias: (name, alias, version) => void get(name).aliases.set(alias, version),
    destroy: (name, version) => void (get(name).versions[version - 1]!.state = 'DESTROYED'),
    corrupt: (name) => void (get(name).corrupt = true),
    allow: (identity, list) => void acl.set(identity, list),
    allowImpersonation: (email) => void impersonable.add(email),
    allowMetadata: (identity) => void viewers.add(identity),
    stop: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  });
}
