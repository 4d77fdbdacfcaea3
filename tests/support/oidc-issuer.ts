// A CI identity-token issuer, the one the secret stores' tests share: a real RS256 key pair (its JWKS is
// what a Vault stand-in trusts) and a stand-in for GitHub's job token service (what ACTIONS_ID_TOKEN_REQUEST_URL
// points at, as @actions/core getIDToken calls it): `GET <url>&audience=<aud>` with
// `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` answers `{"count": 1, "value": "<signed jwt>"}`.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from 'jose';

export interface OidcIssuer {
  issuer: string;
  jwks: JSONWebKeySet;
  /** A signed identity token with these claims and audience. */
  mint(claims: Record<string, unknown>, audience: string): Promise<string>;
  /** The token GitHub's service issues for an audience (GITHUB_CLAIMS, signed): the same one each time. */
  tokenFor(audience: string): Promise<string>;
  /** GitHub's token service: its URL (with `?api-version=2.0`, as the runner sets it) and bearer token. */
  github: { url: string; requestToken: string };
  /** The variables a GitHub job with `permissions: id-token: write` has. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string; GITHUB_ACTIONS: 'true' };
  /** Each request to the token service: the audience asked for (null: none) and whether the bearer was the job's. */
  requests: Array<{ audience: string | null; authorized: boolean }>;
  close(): Promise<void>;
}

/** The claims GitHub puts in a job's token (docs: "About security hardening with OpenID Connect"). */
export const GITHUB_CLAIMS = { repository: 'acme/payments', ref: 'refs/heads/main', sub: 'repo:acme/payments:ref:refs/heads/main' };

/** Without `audience`, GitHub's default is the repository owner's URL. */
const DEFAULT_AUDIENCE = 'https://github.com/acme';

export async function startOidcIssuer(issuer = 'https://token.actions.githubusercontent.com'): Promise<OidcIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const mint = (claims: Record<string, unknown>, audience: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  const issued = new Map<string, Promise<string>>();
  const tokenFor = (audience: string): Promise<string> => {
    let t = issued.get(audience);
    if (!t) issued.set(audience, (t = mint(GITHUB_CLAIMS, audience)));
    return t;
  };
  const requestToken = randomBytes(16).toString('hex');
  const requests: OidcIssuer['requests'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const audience = url.searchParams.get('audience');
    const authorized = req.headers.authorization === `bearer ${requestToken}`;
    requests.push({ audience, authorized });
    if (!authorized || url.searchParams.get('api-version') !== '2.0') {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end('{"message":"Unauthorized"}');
    }
    tokenFor(audience ?? DEFAULT_AUDIENCE).then((value) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: 1, value }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/_apis/distributedtask/hubs/build/plans/p/jobs/j/idtoken?api-version=2.0`;
  return {
    issuer,
    jwks: { keys: [jwk] },
    mint,
    tokenFor,
    github: { url, requestToken },
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken, GITHUB_ACTIONS: 'true' },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
