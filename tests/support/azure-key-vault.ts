// A stand-in for Azure Key Vault and Microsoft Entra ID, for the azure-kv:// store's tests (Lowkey Vault,
// the emulator the issue names, is not on Maven Central: only its client and Testcontainers modules are).
// One HTTPS server (a self-signed certificate made with openssl per run) speaks:
//  - Key Vault's REST API for one vault at the server's root (the client checks that the ids it gets back are
//    `<vault-url>/secrets/<name>/<version>`): GET /secrets/{name}[/{version}] and /secrets/{name}/versions
//    (api-version 7.x or dated, 2026-04-01 today); a request without a
//    bearer token gets Key Vault's 401 challenge (`WWW-Authenticate: Bearer authorization=…, resource=…`),
//    a token without a role on the secret gets 403 ForbiddenByRbac, an unknown secret 404 SecretNotFound;
//  - Entra's OpenID configuration and v2.0 token endpoint for the client-credentials grant, with a client
//    secret or a federated client assertion (the CI's identity token), answering AADSTS errors as Entra does.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface AppRegistration {
  clientId: string;
  /** Signs in with this client secret … */
  secret?: string;
  /** … or with a client assertion: the identity token a federated credential accepts (its `aud`). */
  federatedToken?: string;
  /** The secrets this identity holds "Key Vault Secrets User" on; `*` for all. */
  canRead: string[];
}

export interface KeyVaultStandIn {
  /** `https://127.0.0.1:<port>`: Entra's authority host, and the vault's URL (every vault name reaches it). */
  origin: string;
  tenantId: string;
  /** The PEM of the server's self-signed certificate (the ca-cert setting). */
  caPem: string;
  /** Adds a version of a secret (the newest is current); returns its version id. */
  put(name: string, value: string): string;
  register(app: AppRegistration): void;
  /** Token requests Entra saw: client id, grant (secret or assertion), scope. */
  tokenRequests: Array<{ clientId: string; grant: 'secret' | 'assertion'; scope: string }>;
  /** Make the vault accept connections and never answer. */
  hang: boolean;
  /** Make the vault answer a secret with its JSON cut short (a proxy that truncates)… */
  garble: boolean;
  /** … with this HTTP status (default 200; an error status makes the SDK parse an error body). */
  garbleStatus: number;
  stop(): Promise<void>;
}

export async function startKeyVaultStandIn(): Promise<KeyVaultStandIn> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-azure-kv-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const caPem = readFileSync(cert, 'utf8');
  const tenantId = randomUUID();
  const vault = new Map<string, Array<{ version: string; value: string; created: number }>>();
  const apps = new Map<string, AppRegistration>();
  const tokens = new Map<string, AppRegistration>();
  const tokenRequests: KeyVaultStandIn['tokenRequests'] = [];
  let origin = '';

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  const kvError = (res: import('node:http').ServerResponse, status: number, code: string, message: string, inner?: string) =>
    json(res, status, { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } });
  const aadError = (res: import('node:http').ServerResponse, status: number, error: string, description: string) =>
    json(res, status, {
      error,
      error_description: `${description}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}`,
      error_codes: [Number(description.slice(5, 11))],
    });

  // The faults the tests switch on: the stand-in object itself (returned below), read by the handlers.
  const state = { hang: false, garble: false, garbleStatus: 200 };
  const server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const segments = url.pathname.split('/').filter(Boolean);
      // Entra: /{tenant}/v2.0/.well-known/openid-configuration and /{tenant}/oauth2/v2.0/token
      if (segments[0] === tenantId) {
        if (url.pathname === `/${tenantId}/v2.0/.well-known/openid-configuration`)
          return json(res, 200, {
            token_endpoint: `${origin}/${tenantId}/oauth2/v2.0/token`,
            authorization_endpoint: `${origin}/${tenantId}/oauth2/v2.0/authorize`,
            issuer: `${origin}/${tenantId}/v2.0`,
            jwks_uri: `${origin}/${tenantId}/discovery/v2.0/keys`,
            end_session_endpoint: `${origin}/${tenantId}/oauth2/v2.0/logout`,
            token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
          });
        if (url.pathname === `/${tenantId}/oauth2/v2.0/token` && req.method === 'POST') {
          const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
          const clientId = form.get('client_id') ?? '';
          const app = apps.get(clientId);
          const assertion = form.get('client_assertion');
          tokenRequests.push({ clientId, grant: assertion ? 'assertion' : 'secret', scope: form.get('scope') ?? '' });
          if (form.get('grant_type') !== 'client_credentials')
            return aadError(res, 400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
          if (!app)
            return aadError(
              res,
              400,
              'unauthorized_client',
              `AADSTS700016: Application with identifier '${clientId}' was not found in the directory.`,
            );
          if (assertion) {
            if (
              form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
              assertion !== app.federatedToken
            )
              return aadError(
                res,
                400,
                'invalid_client',
                'AADSTS700213: No matching federated identity record found for presented assertion subject.',
              );
          } else if (!app.secret || form.get('client_secret') !== app.secret) {
            return aadError(res, 401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
          }
          const token = randomBytes(24).toString('base64url');
          tokens.set(token, app);
          return json(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
        }
        return aadError(res, 404, 'invalid_request', 'AADSTS90002: Tenant not found.');
      }
      // Key Vault: /secrets/{name}[/{version}|/versions]
      if (state.hang) return; // never answers
      const [kind, name, version] = segments;
      if (kind !== 'secrets' || !name) return kvError(res, 404, 'NotFound', 'Not found');
      if (!/^(7\.\d+|\d{4}-\d{2}-\d{2}(-preview)?)$/.test(url.searchParams.get('api-version') ?? ''))
        return kvError(res, 400, 'BadParameter', 'The api-version is missing or not supported.');
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const app = auth ? tokens.get(auth) : undefined;
      if (!app)
        return res
          .writeHead(401, {
            'content-type': 'application/json; charset=utf-8',
            'www-authenticate': `Bearer authorization="${origin}/${tenantId}", resource="https://vault.azure.net"`,
          })
          .end(JSON.stringify({ error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } }));
      if (!app.canRead.includes('*') && !app.canRead.includes(name))
        return kvError(
          res,
          403,
          'Forbidden',
          `Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: appid=${app.clientId}\r\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nResource: '/subscriptions/0/resourcegroups/ci/providers/microsoft.keyvault/vaults/kv/secrets/${name}'`,
          'ForbiddenByRbac',
        );
      const versions = vault.get(name);
      const base = `${origin}/secrets/${name}`;
      const attributes = (v: { created: number }) => ({
        enabled: true,
        created: v.created,
        updated: v.created,
        recoveryLevel: 'Recoverable+Purgeable',
        recoverableDays: 90,
      });
      if (version === 'versions')
        return json(res, 200, {
          value: (versions ?? []).map((v) => ({ id: `${base}/${v.version}`, attributes: attributes(v), tags: {} })),
          nextLink: null,
        });
      const found = version ? versions?.find((v) => v.version === version) : versions?.at(-1);
      if (!found)
        return kvError(
          res,
          404,
          'SecretNotFound',
          version
            ? `A secret with (name/id) ${name}/${version} was not found in this key vault.`
            : `A secret with (name/id) ${name} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command.`,
        );
      if (state.garble)
        return res
          .writeHead(state.garbleStatus, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ value: found.value, id: `${base}/${found.version}` }).slice(0, -12));
      return json(res, 200, { value: found.value, id: `${base}/${found.version}`, attributes: attributes(found), tags: {} });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as net.AddressInfo).port}`;

  return Object.assign<typeof state, Omit<KeyVaultStandIn, keyof typeof state>>(state, {
    origin,
    tenantId,
    caPem,
    tokenRequests,
    put(name, value) {
      const version = randomBytes(16).toString('hex');
      vault.set(name, [...(vault.get(name) ?? []), { version, value, created: Math.floor(Date.now() / 1000) }]);
      return version;
    },
    register(app) {
      apps.set(app.clientId, app);
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  });
}
