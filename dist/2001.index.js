export const id = 2001;
export const ids = [2001];
export const modules = {

/***/ 77832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ identityTokenSource),
/* harmony export */   Gk: () => (/* binding */ ciIdentityToken),
/* harmony export */   IS: () => (/* binding */ IdentityTokenError)
/* harmony export */ });
// The CI's own OIDC identity token, which the cloud stores trade for credentials (workload identity
// federation): AWS AssumeRoleWithWebIdentity, Azure federated client assertions, GCP STS. A variable named
// by the store's `id-token-env` wins (GitLab's `id_tokens:`, or any CI that provides one); on GitHub the
// token is requested as @actions/core getIDToken does: GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=… with
// `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`. Neither token ever reaches a message.
/** Where the identity token would come from, or undefined when this CI offers none. */
function identityTokenSource(env, tokenEnv) {
    if (env[tokenEnv])
        return 'env';
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return 'github';
    return undefined;
}
class IdentityTokenError extends Error {
    name = 'IdentityTokenError';
}
/** The CI's identity token; throws IdentityTokenError saying what the job lacks. */
async function ciIdentityToken(env, req, signal) {
    const fromEnv = env[req.tokenEnv];
    if (fromEnv)
        return fromEnv.trim();
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer)
        throw new IdentityTokenError(env.GITHUB_ACTIONS === 'true'
            ? `${req.purpose} needs the job's identity token, and GitHub offers none: give the job \`permissions: id-token: write\``
            : `${req.purpose} needs the CI's identity token: on GitLab declare \`id_tokens: { ${req.tokenEnv}: { aud: ${req.audience ?? '…'} } }\` in the job; on GitHub give the job \`permissions: id-token: write\``);
    const target = new URL(url);
    if (req.audience)
        target.searchParams.set('audience', req.audience);
    let res;
    try {
        res = await fetch(target, { headers: { authorization: `bearer ${bearer}`, accept: 'application/json' }, signal });
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        throw new IdentityTokenError(`GitHub's identity-token service (ACTIONS_ID_TOKEN_REQUEST_URL) is unreachable: ${causeOf(err)}`);
    }
    const body = (await res.json().catch(() => undefined));
    if (!res.ok || typeof body?.value !== 'string' || !body.value)
        throw new IdentityTokenError(`GitHub's identity-token service (ACTIONS_ID_TOKEN_REQUEST_URL) answered HTTP ${res.status} without a token: does the job have \`permissions: id-token: write\`?`);
    return body.value;
}
/** `fetch failed` hides the reason in `cause`: ECONNREFUSED, ENOTFOUND, a TLS error. */
function causeOf(err) {
    const cause = err?.cause;
    if (typeof cause?.code === 'string')
        return cause.code;
    if (typeof cause?.message === 'string')
        return cause.message;
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 35225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withDeadline),
/* harmony export */   j: () => (/* binding */ DeadlineError)
/* harmony export */ });
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68045);
// One call to a store, bounded: the store's `timeoutMs` and the run's cancel. Shared by the SDK-backed
// stores (aws-sm, azure-kv, gcp-sm), whose SDKs take an AbortSignal but not always everywhere.

/** A call that ran out of time or was cancelled; its message is for people ("no answer within 5s reading prod/db"). */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/**
 * Runs `work` with a signal that aborts after `timeoutMs` or with `signal`; a call that ignores the signal
 * (STS inside an AWS credential provider takes none) is left behind at that moment.
 */
async function withDeadline(bounds, what, work) {
    const timeout = AbortSignal.timeout(bounds.timeoutMs);
    const signal = AbortSignal.any([bounds.signal, timeout]);
    const stopped = () => new DeadlineError(timeout.aborted ? `no answer within ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(bounds.timeoutMs)} ${what}` : `cancelled while ${what}`);
    if (signal.aborted)
        throw stopped();
    let onAbort = () => { };
    const abandoned = new Promise((_, reject) => {
        onAbort = () => reject(stopped());
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([work(signal), abandoned]);
    }
    catch (err) {
        if (signal.aborted)
            throw stopped();
        throw err;
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}


/***/ }),

/***/ 814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ isUnreadableAnswer)
/* harmony export */ });
// An answer a store's client could not parse may hold the value it was carrying, and parse errors quote
// their input (`Unexpected token 'x', "hunter2…" is not valid JSON`; Azure's "occurred while parsing the
// response body - {…}"). Such a message is never shown; the stores say "an answer runlens could not read".
// V8's JSON.parse messages, Azure's and the AWS SDK's wrappers of them (a file name ending in .json is not one).
const QUOTES_ANSWER = /not valid JSON|in JSON at position|Unexpected (token|end of JSON|non-whitespace)|Unterminated string|Bad (control|escaped) character|parsing the response body|[Dd]eserializ|responseBody|XML parse/;
/** Whether an error (or one it wraps) is about an answer that could not be parsed. */
function isUnreadableAnswer(err) {
    for (let e = err, depth = 0; e && depth < 4; e = e.cause, depth++) {
        if (e.name === 'SyntaxError')
            return true;
        if (typeof e.message === 'string' && QUOTES_ANSWER.test(e.message))
            return true;
    }
    return false;
}


/***/ }),

/***/ 52001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vaultClient: () => (/* binding */ vaultClient)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/secret-stores/store.js
var store = __webpack_require__(73292);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./lib/secret-stores/vault/http.js
// One JSON request over node:http(s), with the store's timeout, cancellation and TLS CA.
//
// Why not a Vault library: node-vault (the community npm client, 0.x) brings axios, mustache and tv4 for
// what is here five documented endpoints (KV read, mounts look-up, token look-up, capabilities, login),
// and its CA and namespace handling would still be ours to configure. Why not global fetch: a custom CA
// needs an undici Agent from the same undici the running Node bundles (a mismatched npm copy breaks
// across Node 22/24); node:https takes `ca` directly, on every Node.


/** The request never got an HTTP answer: timeout, cancellation, refused connection, TLS. The message is user-facing. */
class TransportError extends Error {
    name = 'TransportError';
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
const seconds = (ms) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);
/** Keep-alive agents shared by every request of one fetch (one TLS handshake, not one per secret). */
function openTransport(ca) {
    const agents = {
        http: new external_node_http_.Agent({ keepAlive: true, maxSockets: 8 }),
        vault: new external_node_https_.Agent({ keepAlive: true, maxSockets: 8, ...(ca ? { ca } : {}) }),
    };
    function once(method, target, opts) {
        const { headers = {}, json, timeoutMs, signal } = opts;
        const where = target.origin;
        return new Promise((resolve, reject) => {
            if (signal.aborted)
                return reject(new TransportError('cancelled'));
            const payload = json === undefined ? undefined : JSON.stringify(json);
            const secure = target.protocol === 'https:';
            const req = (secure ? external_node_https_ : external_node_http_).request(target, {
                method,
                agent: secure ? agents.vault : agents.http,
                headers: {
                    accept: 'application/json',
                    ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
                    ...headers,
                },
            });
            let settled = false;
            const finish = (fn) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                fn();
            };
            const fail = (message) => {
                finish(() => reject(new TransportError(message)));
                req.destroy();
            };
            const timer = setTimeout(() => fail(`no answer from ${where} within ${seconds(timeoutMs)}`), timeoutMs);
            const onAbort = () => fail('cancelled');
            signal.addEventListener('abort', onAbort, { once: true });
            req.on('error', (err) => {
                const code = err.code ?? '';
                if (code === 'ECONNREFUSED')
                    return fail(`cannot reach ${where} (connection refused): is the address right and the server up?`);
                if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
                    return fail(`cannot resolve ${target.hostname}`);
                if (TLS_CODES.has(code))
                    return fail(`TLS: ${err.message} at ${where}: give the CA that signed it (secret-stores.vault.ca-cert or VAULT_CACERT)`);
                fail(`request to ${where} failed: ${err.message}`);
            });
            req.on('response', (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (c) => {
                    size += c.length;
                    if (size > MAX_BODY)
                        return fail(`${where} answered more than ${MAX_BODY} bytes`);
                    chunks.push(c);
                });
                res.on('error', (err) => fail(`reading the answer of ${where} failed: ${err.message}`));
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let body;
                    try {
                        body = text ? JSON.parse(text) : undefined;
                    }
                    catch {
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
            let target;
            try {
                target = new URL(url);
            }
            catch {
                throw new TransportError(`"${url}" is not a URL`);
            }
            for (let hop = 0;; hop++) {
                const { location, ...answer } = await once(method, target, opts);
                if (answer.status !== 307 || !location || hop === MAX_REDIRECTS)
                    return answer;
                const next = new URL(location, target);
                // Never downgrade: the token travels with the request.
                if (target.protocol === 'https:' && next.protocol !== 'https:')
                    return answer;
                target = next;
            }
        },
        close() {
            for (const agent of Object.values(agents))
                agent.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./lib/secret-stores/vault/api.js
// A Vault session: the address, namespace and TLS CA resolved from settings and the environment (the names
// the vault CLI reads: VAULT_ADDR, VAULT_NAMESPACE, VAULT_CACERT), the token once logged in, and the
// credentials that must never appear in a message.



/** A user-facing failure; the message is scrubbed of credentials when it becomes an outcome. */
class VaultError extends Error {
    name = 'VaultError';
}
class VaultSession {
    ctx;
    address;
    namespace;
    transport;
    token;
    /** Tokens, secret IDs, JWTs: replaced by *** in every message this store returns. */
    credentials = new Set();
    constructor(ctx, address, ca) {
        this.ctx = ctx;
        this.address = address.replace(/\/+$/, '');
        this.namespace = ctx.settings.namespace ?? (ctx.env.VAULT_NAMESPACE || undefined);
        this.transport = openTransport(ca);
    }
    static open(ctx) {
        const address = ctx.settings.address ?? ctx.env.VAULT_ADDR;
        if (!address)
            throw new VaultError('no address: set secret-stores.vault.address in runlens.yml or VAULT_ADDR');
        if (!/^https?:\/\/[^/]/.test(address))
            throw new VaultError(`the address "${address}" is not an http(s) URL`);
        const caSetting = ctx.settings['ca-cert'] ?? (ctx.env.VAULT_CACERT || undefined);
        let ca;
        if (caSetting?.includes('-----BEGIN'))
            ca = caSetting;
        else if (caSetting) {
            try {
                ca = (0,external_node_fs_.readFileSync)((0,store/* storeFile */.u)(ctx, caSetting), 'utf8');
            }
            catch (e) {
                throw new VaultError(`cannot read the CA file ${caSetting}: ${e.code ?? String(e)}`);
            }
            if (!ca.includes('-----BEGIN CERTIFICATE-----'))
                throw new VaultError(`the CA file ${caSetting} holds no PEM certificate`);
        }
        return new VaultSession(ctx, address, ca);
    }
    /** Where this session talks: for doctor's detail. */
    describe() {
        return this.namespace ? `${this.address} (namespace ${this.namespace})` : this.address;
    }
    secret(value) {
        if (value)
            this.credentials.add(value);
        return value;
    }
    useToken(token) {
        this.token = this.secret(token);
    }
    hasToken() {
        return this.token !== undefined;
    }
    /** A Vault API call: `path` is under /v1/, segments already encoded. */
    call(method, path, json) {
        const headers = { 'x-vault-request': 'true' };
        if (this.token)
            headers['x-vault-token'] = this.token;
        if (this.namespace)
            headers['x-vault-namespace'] = this.namespace;
        return this.transport.request(method, `${this.address}/v1/${path}`, {
            headers,
            json,
            timeoutMs: this.ctx.timeoutMs,
            signal: this.ctx.signal,
        });
    }
    /** "vault: …" with every credential this session saw replaced. */
    message(text) {
        let out = text;
        for (const c of this.credentials)
            out = out.split(c).join('***');
        return `vault: ${out}`;
    }
    close() {
        this.transport.close();
    }
}
/**
 * Vault's own words from an error answer. Its bodies are `{"errors":["…"]}`, each message sometimes a Go
 * multierror ("1 error occurred:\n\t* permission denied\n\n").
 */
function vaultErrors(answer) {
    const errors = answer.body?.errors;
    const list = Array.isArray(errors) ? errors.filter((e) => typeof e === 'string') : [];
    const text = list
        .flatMap((e) => e.split('\n'))
        .map((l) => l.replace(/^\s*\*\s*/, '').trim())
        .filter((l) => l && !/^\d+ errors? occurred:$/.test(l))
        .join('; ');
    const clipped = text.length > 300 ? `${text.slice(0, 300)}…` : text;
    return clipped ? `HTTP ${answer.status}: ${clipped}` : `HTTP ${answer.status}`;
}
const isPermissionDenied = (answer) => answer.status === 403;
/** A path for the URL: each segment percent-encoded, slashes kept. */
const encodePath = (path) => path.split('/').map(encodeURIComponent).join('/');

// EXTERNAL MODULE: ./lib/secret-stores/ci-identity.js
var ci_identity = __webpack_require__(77832);
// EXTERNAL MODULE: ./lib/secret-stores/deadline.js
var deadline = __webpack_require__(35225);
// EXTERNAL MODULE: ./lib/secret-stores/unreadable.js
var unreadable = __webpack_require__(814);
;// CONCATENATED MODULE: ./lib/secret-stores/vault/login.js
// Logging in once per fetch: a token from the environment, AppRole, or JWT/OIDC with the CI's own identity
// token (GitHub's ACTIONS_ID_TOKEN_REQUEST_URL service, GitLab's `id_tokens:`). The token Vault returns is
// kept in the session only: never returned, logged, or put in a message.



async function login(session) {
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
function useEnvToken(session, auth) {
    const token = session.ctx.env[auth['token-env']];
    if (!token)
        throw new VaultError(`no token: set ${auth['token-env']}, or log in another way (secret-stores.vault.auth.method: approle or jwt)`);
    session.useToken(token);
}
async function loginAppRole(session, auth) {
    const env = session.ctx.env;
    const roleId = auth['role-id'] ?? env[auth['role-id-env']];
    if (!roleId)
        throw new VaultError(`AppRole login needs a role ID: set ${auth['role-id-env']} or secret-stores.vault.auth.role-id`);
    // A role may be created with bind_secret_id=false; then the role ID alone logs in.
    const secretId = env[auth['secret-id-env']];
    if (secretId)
        session.secret(secretId);
    await loginAt(session, auth.mount, 'AppRole', { role_id: roleId, ...(secretId ? { secret_id: secretId } : {}) });
}
async function loginJwt(session, auth) {
    const jwt = session.secret(await identityToken(session, auth));
    await loginAt(session, auth.mount, `JWT (role "${auth.role}")`, { role: auth.role, jwt });
}
async function loginAt(session, mount, what, body) {
    const where = `auth/${mount}/login`;
    const answer = await session.call('POST', `auth/${encodePath(mount)}/login`, body);
    const token = answer.body?.auth?.client_token;
    if (answer.status >= 400 || typeof token !== 'string' || !token) {
        const why = answer.status >= 400 ? vaultErrors(answer) : `HTTP ${answer.status} without auth.client_token`;
        const hint = answer.status === 404 || /no handler for route/i.test(why) ? ` (is ${what.split(' ')[0]} auth enabled at ${where}?)` : '';
        throw new VaultError(`${what} login at ${where} failed: ${why}${hint}`);
    }
    session.useToken(token);
}
/** The CI's OIDC identity token (ci-identity.ts: `id-token-env` first, else GitHub's token service), bounded like every call. */
function identityToken(session, auth) {
    const env = session.ctx.env;
    if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        session.secret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const request = { tokenEnv: auth['id-token-env'], purpose: 'JWT login', ...(auth.audience ? { audience: auth.audience } : {}) };
    return (0,deadline/* withDeadline */.N)(session.ctx, "asking for the CI's identity token", (signal) => (0,ci_identity/* ciIdentityToken */.Gk)(env, request, signal));
}

;// CONCATENATED MODULE: ./lib/secret-stores/vault/client.js






const fullPath = (ref) => `${ref.mount}/${ref.path}`;
/**
 * A failure of the whole session (login, address, CA) or of one request, as a message. An answer that
 * could not be parsed is never quoted (http.ts keeps an unparsable body out of every message; this is for
 * a parse error from anywhere else).
 */
function describeError(session, e) {
    if ((0,unreadable/* isUnreadableAnswer */.M)(e))
        return 'vault: an answer runlens could not read';
    if (e instanceof VaultError || e instanceof TransportError || e instanceof ci_identity/* IdentityTokenError */.IS || e instanceof deadline/* DeadlineError */.j)
        return session ? session.message(e.message) : `vault: ${e.message}`;
    throw e;
}
/**
 * The mount and KV version of a path. `auto` asks `sys/internal/ui/mounts/<path>` as the vault CLI's
 * `kv get` does: it answers the mount's path and `options.version`, and only what the token may see.
 */
async function locate(session, ref) {
    const setting = session.ctx.settings['kv-version'];
    const full = fullPath(ref);
    let mount = `${ref.mount}/`;
    let kv;
    if (setting !== 'auto')
        kv = setting;
    else {
        const answer = await session.call('GET', `sys/internal/ui/mounts/${encodePath(full)}`);
        if (answer.status === 200) {
            const data = answer.body?.data;
            if (typeof data?.path === 'string' && data.path && full.startsWith(data.path))
                mount = data.path;
            kv = String(data?.options?.version ?? '1') === '2' ? 2 : 1;
        }
        else if (answer.status === 404) {
            // Vault before 0.10 has no such endpoint, and a path under no mount answers 404 too: the CLI
            // reads as KV v1 then, and so do we (the read itself says when nothing is there).
            kv = 1;
        }
        else if (isPermissionDenied(answer)) {
            throw new VaultError(`permission denied on ${full} (policy? looking up its mount needs a capability under it; or set secret-stores.vault.kv-version)`);
        }
        else
            throw new VaultError(`looking up the mount of ${full} failed: ${vaultErrors(answer)}`);
    }
    const rest = full.slice(mount.length);
    if (ref.version && kv === 1)
        throw new VaultError(`${full}?version=${ref.version}: versions need KV v2, and ${mount} is KV v1`);
    const apiPath = kv === 2 ? `${mount}data/${rest}` : `${mount}${rest}`;
    return { mount, kv, display: full, apiPath };
}
/** Whether the token itself is refused (invalid, expired, revoked), asked once per session after a 403. */
function tokenCheck(session) {
    let valid;
    return () => (valid ??= session
        .call('GET', 'auth/token/lookup-self')
        .then((a) => a.status === 200)
        .catch(() => true));
}
async function read(session, ref, tokenValid) {
    try {
        const where = await locate(session, ref);
        const query = ref.version ? `?version=${ref.version}` : '';
        const answer = await session.call('GET', `${encodePath(where.apiPath)}${query}`);
        const body = answer.body;
        if (answer.status === 200) {
            const data = where.kv === 2 ? body?.data?.data : body?.data;
            if (data && typeof data === 'object')
                return { ok: true, data: data, where };
            throw new VaultError(`${where.apiPath} answered without data (KV v${where.kv}): is secret-stores.vault.kv-version right?`);
        }
        if (answer.status === 404) {
            const meta = body?.data?.metadata;
            const version = ref.version ? `version ${ref.version}` : 'the newest version';
            if (meta?.destroyed === true)
                throw new VaultError(`${version} of ${where.display} was destroyed`);
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
    }
    catch (e) {
        return { ok: false, error: describeError(session, e) };
    }
}
function pick(read, ref, session) {
    if (!read.ok)
        return read;
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
async function withSession(ctx, onSessionError, body) {
    let session;
    try {
        session = VaultSession.open(ctx);
        await login(session);
        return await body(session);
    }
    catch (e) {
        return onSessionError(describeError(session, e));
    }
    finally {
        session?.close();
    }
}
async function fetchAll(refs, ctx) {
    if (refs.length === 0)
        return [];
    return withSession(ctx, (error) => refs.map(() => ({ ok: false, error })), async (session) => {
        const tokenValid = tokenCheck(session);
        const reads = new Map();
        return Promise.all(refs.map(async (ref) => {
            const id = `${fullPath(ref)}?${ref.version ?? ''}`;
            let pending = reads.get(id);
            if (!pending)
                reads.set(id, (pending = read(session, ref, tokenValid)));
            return pick(await pending, ref, session);
        }));
    });
}
/** `doctor`: log in, look the token up, and ask which capabilities it has on each path: no value is read. */
async function probe(refs, ctx) {
    return withSession(ctx, (error) => ({ ok: false, detail: error }), async (session) => {
        const self = await session.call('GET', 'auth/token/lookup-self');
        if (self.status !== 200)
            return {
                ok: false,
                detail: session.message(`${session.describe()}: the token was refused by auth/token/lookup-self: ${vaultErrors(self)}`),
            };
        const info = self.body?.data ?? {};
        const policies = Array.isArray(info.policies) ? info.policies.join(', ') : '?';
        const ttl = typeof info.ttl === 'number' && info.ttl > 0 ? `, ttl ${info.ttl}s` : '';
        const who = `${session.describe()}: authenticated as ${String(info.display_name ?? '?')} (policies: ${policies}${ttl})`;
        if (refs.length === 0)
            return { ok: true, detail: who };
        const unique = [...new Map(refs.map((r) => [fullPath(r), r])).values()];
        const located = await Promise.all(unique.map(async (ref) => {
            try {
                return { ok: true, where: await locate(session, ref) };
            }
            catch (e) {
                return { ok: false, error: describeError(session, e) };
            }
        }));
        const problems = located.flatMap((l) => (l.ok ? [] : [l.error.replace(/^vault: /, '')]));
        const paths = located.flatMap((l) => (l.ok ? [l.where.apiPath] : []));
        if (paths.length) {
            const caps = await session.call('POST', 'sys/capabilities-self', { paths });
            if (caps.status !== 200)
                problems.push(`sys/capabilities-self: ${vaultErrors(caps)}`);
            else {
                // Answered at the top level (older Vault) and under `data` (newer), one list per path.
                const body = caps.body;
                for (const p of paths) {
                    const list = body.data?.[p] ?? body[p] ?? (paths.length === 1 ? (body.data?.capabilities ?? body.capabilities) : undefined);
                    const granted = Array.isArray(list) ? list : [];
                    if (!granted.includes('read') && !granted.includes('root'))
                        problems.push(`no read on ${p} (capabilities: ${granted.join(', ') || 'none'})`);
                }
            }
        }
        if (problems.length)
            return { ok: false, detail: session.message(`${who}; ${problems.join('; ')}`) };
        return { ok: true, detail: `${who}; read allowed on ${paths.join(', ')}` };
    });
}
const vaultClient = { fetch: fetchAll, probe };


/***/ })

};
