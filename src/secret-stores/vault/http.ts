// One JSON request over node:http(s), with the store's timeout, cancellation and TLS CA.
//
// Why not a Vault library: node-vault (the community npm client, 0.x) brings axios, mustache and tv4 for
// what is here five documented endpoints (KV read, mounts look-up, token look-up, capabilities, login),
// and its CA and namespace handling would still be ours to configure. Why not global fetch: a custom CA
// needs an undici Agent from the same undici the running Node bundles (a mismatched npm copy breaks
// across Node 22/24); node:https takes `ca` directly, on every Node.
import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  body: unknown;
}

/** The request never got an HTTP answer: timeout, cancellation, refused connection, TLS. The message is user-facing. */
export class TransportError extends Error {
  override name = 'TransportError';
}

export interface RequestOptions {
  headers?: Record<string, string>;
  json?: unknown;
  timeoutMs: number;
  signal: AbortSignal;
}

export interface Transport {
  request(method: 'GET' | 'POST', url: string, opts: RequestOptions): Promise<HttpAnswer>;
  close(): void;
}

const MAX_BODY = 4 * 1024 * 1024;
/** A standby Vault answers 307 to the active node; the vault CLI follows it, with the same request. */
const MAX_REDIRECTS = 2;
const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_SIGNATURE_FAILURE',
]);

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/** Keep-alive agents shared by every request of one fetch (one TLS handshake, not one per secret). */
export function openTransport(ca?: string): Transport {
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 8 }),
    vault: new https.Agent({ keepAlive: true, maxSockets: 8, ...(ca ? { ca } : {}) }),
  };

  function once(method: 'GET' | 'POST', target: URL, opts: RequestOptions): Promise<HttpAnswer & { location?: string }> {
    const { headers = {}, json, timeoutMs, signal } = opts;
    const where = target.origin;
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new TransportError('cancelled'));
      const payload = json === undefined ? undefined : JSON.stringify(json);
      const secure = target.protocol === 'https:';
      const req = (secure ? https : http).request(target, {
        method,
        agent: secure ? agents.vault : agents.http,
        headers: {
          accept: 'application/json',
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...headers,
        },
      });
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      const fail = (message: string) => {
        finish(() => reject(new TransportError(message)));
        req.destroy();
      };
      const timer = setTimeout(() => fail(`no answer from ${where} within ${seconds(timeoutMs)}`), timeoutMs);
      const onAbort = () => fail('cancelled');
      signal.addEventListener('abort', onAbort, { once: true });
      req.on('error', (err: NodeJS.ErrnoException) => {
        const code = err.code ?? '';
        if (code === 'ECONNREFUSED') return fail(`cannot reach ${where} (connection refused): is the address right and the server up?`);
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fail(`cannot resolve ${target.hostname}`);
        if (TLS_CODES.has(code))
          return fail(`TLS: ${err.message} at ${where}: give the CA that signed it (secret-stores.vault.ca-cert or VAULT_CACERT)`);
        fail(`request to ${where} failed: ${err.message}`);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY) return fail(`${where} answered more than ${MAX_BODY} bytes`);
          chunks.push(c);
        });
        res.on('error', (err) => fail(`reading the answer of ${where} failed: ${err.message}`));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          const location = res.headers.location;
          finish(() => resolve({ status: res.statusCode ?? 0, body, ...(location ? { location } : {}) }));
        });
      });
      req.end(payload);
    });
  }

  return {
    async request(method, url, opts) {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        throw new TransportError(`"${url}" is not a URL`);
      }
      for (let hop = 0; ; hop++) {
        const { location, ...answer } = await once(method, target, opts);
        if (answer.status !== 307 || !location || hop === MAX_REDIRECTS) return answer;
        const next = new URL(location, target);
        // Never downgrade: the token travels with the request.
        if (target.protocol === 'https:' && next.protocol !== 'https:') return answer;
        target = next;
      }
    },
    close() {
      for (const agent of Object.values(agents)) agent.destroy();
    },
  };
}
