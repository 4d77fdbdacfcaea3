export const id = 6521;
export const ids = [6521];
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

/***/ 56521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   crc32c: () => (/* binding */ crc32c),
/* harmony export */   gcpClient: () => (/* binding */ gcpClient)
/* harmony export */ });
/* harmony import */ var _ci_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77832);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35225);
/* harmony import */ var _unreadable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(814);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73292);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87897);





const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
class GcpStoreError extends Error {
}
let sdk;
/**
 * The SDK, loaded once. google-gax computes its gRPC proto folder from `__dirname` as it loads (unused over
 * REST); in runlens's ESM bundle there is no `__dirname`, so one stands in for the moment of loading only.
 */
function loadSdk() {
    return (sdk ??= (async () => {
        const g = globalThis;
        const shim = !('__dirname' in g);
        if (shim)
            g.__dirname = import.meta.dirname;
        try {
            return await Promise.all([Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(7900)]).then(__webpack_require__.t.bind(__webpack_require__, 17900, 19)), Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(492)]).then(__webpack_require__.t.bind(__webpack_require__, 492, 19))]);
        }
        finally {
            if (shim)
                delete g.__dirname;
        }
    })());
}
const gcpClient = {
    async fetch(refs, ctx) {
        let session;
        try {
            session = await openSession(ctx);
        }
        catch (err) {
            const error = describe(err, undefined, undefined);
            return refs.map(() => ({ ok: false, error }));
        }
        try {
            return await Promise.all(refs.map((ref) => readVersion(session, ref, ctx)));
        }
        finally {
            void session.client.close().catch(() => { });
        }
    },
    async probe(refs, ctx) {
        let session;
        try {
            session = await openSession(ctx);
        }
        catch (err) {
            return { ok: false, detail: describe(err, undefined, undefined) };
        }
        try {
            return await probeSecrets(session, refs, ctx);
        }
        finally {
            void session.client.close().catch(() => { });
        }
    },
};
/** Where Google's APIs are: the defaults, or all at the `endpoint` setting. */
function endpoints(s) {
    if (!s.endpoint)
        return { sts: 'https://sts.googleapis.com/v1/token', iam: 'https://iamcredentials.googleapis.com' };
    const u = new URL(s.endpoint);
    const origin = u.origin;
    const protocol = u.protocol.replace(':', '');
    return {
        sts: `${origin}/v1/token`,
        iam: origin,
        api: { host: u.hostname, port: u.port ? Number(u.port) : protocol === 'http' ? 80 : 443, protocol },
    };
}
/**
 * Workload identity federation with the CI's identity token, as google-github-actions/auth sets it up: STS
 * trades the token for a federated one, which (with `service-account`) IAM Credentials trades for the
 * service account's. The token is supplied in code (never written to a credentials file).
 */
function federatedClient(IdentityPool, ctx, signal) {
    const s = ctx.settings;
    const provider = s['workload-identity-provider'];
    const { sts, iam } = endpoints(s);
    const request = {
        audience: s.audience ?? `https://iam.googleapis.com/${provider}`,
        tokenEnv: s['id-token-env'],
        purpose: `signing in through ${provider}`,
    };
    let token;
    return new IdentityPool({
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: sts,
        ...(s['service-account']
            ? { service_account_impersonation_url: `${iam}/v1/projects/-/serviceAccounts/${s['service-account']}:generateAccessToken` }
            : {}),
        scopes: [SCOPE],
        subject_token_supplier: { getSubjectToken: () => (token ??= (0,_ci_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .ciIdentityToken */ .Gk)(ctx.env, request, signal)) },
    });
}
async function openSession(ctx) {
    const s = ctx.settings;
    const where = endpoints(s);
    const [{ SecretManagerServiceClient }, { GoogleAuth, IdentityPoolClient }] = await loadSdk();
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .N)(ctx, 'signing in', async (signal) => {
        let authClient;
        let who;
        if (s['workload-identity-provider']) {
            authClient = federatedClient(IdentityPoolClient, ctx, signal);
            who = s['service-account']
                ? `service account ${s['service-account']} by workload identity federation`
                : `the federated identity of ${s['workload-identity-provider']}`;
        }
        else {
            const keyFile = s['credentials-file'] ?? ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
            const keyFilename = keyFile && (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .storeFile */ .u)(ctx, keyFile);
            const auth = new GoogleAuth({ scopes: [SCOPE] });
            // The file is read as ADC reads $GOOGLE_APPLICATION_CREDENTIALS (the `keyFilename` option would print a
            // deprecation warning into the run's log), but from the run's environment rather than this process's.
            const load = keyFilename
                ? auth._getApplicationCredentialsFromFilePath(keyFilename).then((client) => Object.assign(client, { scopes: [SCOPE] }))
                : auth.getClient();
            authClient = await load.catch((err) => Promise.reject(noCredentials(err, keyFilename)));
            const email = authClient.email;
            who =
                typeof email === 'string' && email ? email : keyFilename ? `the credentials in ${keyFilename}` : 'Application Default Credentials';
        }
        // Signing in now separates a refused identity from a refused secret.
        await authClient.getAccessToken().catch((err) => Promise.reject(signInError(err, who)));
        const client = new SecretManagerServiceClient({
            fallback: true,
            authClient,
            ...(where.api ? { apiEndpoint: where.api.host, port: where.api.port, protocol: where.api.protocol } : {}),
        });
        return { client, who };
    });
}
function noCredentials(err, keyFilename) {
    const message = err instanceof Error ? err.message : String(err);
    // A JSON error would quote the file, and a key file holds a private key: only its kind is shown.
    if (keyFilename)
        return new GcpStoreError(`cannot use the credentials in ${keyFilename}: ${(0,_unreadable_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadableAnswer */ .M)(err) ? 'not valid JSON' : firstLine(message)}`);
    return new GcpStoreError("no Google Cloud credentials: set secret-stores.gcp-sm.workload-identity-provider to sign in with the CI's identity token, or GOOGLE_APPLICATION_CREDENTIALS (or credentials-file), or run where gcloud or a metadata server provides them");
}
/** STS and IAM Credentials refusals (google-auth-library's GaxiosError): code and description, never a token. */
function signInError(err, who) {
    if (err instanceof _ci_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IdentityTokenError */ .IS || err instanceof GcpStoreError)
        return err;
    const e = err;
    const data = e.response?.data;
    const url = String(e.response?.config?.url ?? '');
    if (typeof data?.error === 'string')
        return new GcpStoreError(`sign-in failed (${who}): STS: ${data.error}${typeof data.error_description === 'string' ? `: ${firstLine(data.error_description)}` : ''}`);
    const nested = data?.error;
    if (nested && typeof nested === 'object') {
        const step = /generateAccessToken/.test(url)
            ? 'impersonating the service account (roles/iam.workloadIdentityUser for the CI principal?)'
            : 'signing in';
        return new GcpStoreError(`sign-in failed (${who}) ${step}: ${String(nested.status ?? e.response?.status)}: ${firstLine(String(nested.message ?? ''))}`);
    }
    const code = e.cause?.code ?? err.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
        return new GcpStoreError(`sign-in failed (${who}): cannot reach ${url || 'Google'}: ${code}`);
    return new GcpStoreError(`sign-in failed (${who}): ${firstLine(String(e.message ?? err))}`);
}
async function readVersion(session, ref, ctx) {
    const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .gcpRefName */ .V2)(ref);
    try {
        const [response] = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .N)(ctx, `reading ${name}`, (signal) => {
            // gax's own deadline a little later than ours, so that ours (and its message) is the one that fires.
            const call = session.client.accessSecretVersion({ name }, { timeout: ctx.timeoutMs + 500, maxRetries: 2 });
            signal.addEventListener('abort', () => call.cancel?.(), { once: true });
            return call;
        });
        const data = response.payload?.data;
        if (data === undefined || data === null)
            return fail(`${name} has no payload`);
        const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : Buffer.from(data);
        const expected = response.payload?.dataCrc32c;
        // Google asks clients to check the checksum: a mismatch is a corrupted payload, never handed to a step.
        if (expected !== undefined && expected !== null && String(expected) !== '' && BigInt(String(expected)) !== BigInt(crc32c(bytes)))
            return fail(`${name}: the payload's checksum does not match (corrupted in transit?)`);
        // Secret Manager keeps bytes: text reaches a step as it is, anything else base64-encoded.
        return { ok: true, value: isUtf8Text(bytes) ? bytes.toString('utf8') : bytes.toString('base64') };
    }
    catch (err) {
        return fail(describe(err, session, ref));
    }
}
async function probeSecrets(session, refs, ctx) {
    const seen = new Map();
    for (const r of refs)
        seen.set(`projects/${r.project}/secrets/${r.secret}`, r);
    let found = 0;
    const denied = [];
    const problems = [];
    await Promise.all([...seen].map(async ([name, ref]) => {
        try {
            // The secret's metadata (replication, labels, dates): never a payload.
            await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .N)(ctx, `looking up ${name}`, () => session.client.getSecret({ name }, { timeout: ctx.timeoutMs + 500, maxRetries: 1 }));
            found++;
        }
        catch (err) {
            // Reading (secretAccessor) does not include seeing metadata (viewer): a refusal still proves the sign-in.
            if (codeOf(err) === 7)
                denied.push(name);
            else
                problems.push(describe(err, session, { ...ref, version: '' }));
        }
    }));
    const parts = [`authenticated as ${session.who}`];
    if (found)
        parts.push(`${found} of ${seen.size} secret(s) found`);
    if (denied.length)
        parts.push(`metadata denied on ${denied.join(', ')} (reading may still be allowed)`);
    if (problems.length)
        return { ok: false, detail: [...parts, ...problems].join('; ') };
    return { ok: true, detail: parts.join('; ') };
}
function codeOf(err) {
    const c = err?.code;
    return typeof c === 'number' ? c : undefined;
}
/** What went wrong, for a person. Secret Manager's messages name resources, never payloads. */
function describe(err, session, ref) {
    if (err instanceof GcpStoreError || err instanceof _ci_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IdentityTokenError */ .IS || err instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineError */ .j)
        return `gcp-sm: ${err.message}`;
    const label = ref ? (ref.version ? (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .gcpRefName */ .V2)(ref) : `projects/${ref.project}/secrets/${ref.secret}`) : '';
    const message = err instanceof Error ? err.message : String(err);
    if ((0,_unreadable_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadableAnswer */ .M)(err))
        return `gcp-sm: ${label ? `${label}: ` : ''}an answer runlens could not read`;
    switch (codeOf(err)) {
        case 5:
            return `gcp-sm: ${label} not found`;
        case 7:
            // Without project-wide rights Google answers this for a secret that does not exist, too.
            return `gcp-sm: access denied on ${label}, or it does not exist (IAM: roles/secretmanager.secretAccessor for ${session?.who ?? 'this identity'}?)`;
        case 16:
            return `gcp-sm: not authenticated: Secret Manager refused the token of ${session?.who ?? 'this identity'}`;
        case 9:
        case 3:
            return `gcp-sm: ${label}: ${firstLine(message.replace(/^\d+ [A-Z_]+: /, ''))}`;
        case 4:
            // gax's "Exceeded maximum number of retries retrying error …" is a deadline too: the retries used it up.
            return /Exceeded maximum number of retries/.test(message)
                ? `gcp-sm: ${label}: gave up after retrying (${firstLine(message.replace(/^.*?retrying error (Error: )?/, '').replace(/ before any response.*$/, ''))})`
                : `gcp-sm: no answer in time reading ${label}`;
        case 14:
            return `gcp-sm: cannot reach Secret Manager for ${label}: ${firstLine(message.replace(/^\d+ [A-Z_]+: /, ''))}`;
    }
    return `gcp-sm: ${label ? `${label}: ` : ''}${firstLine(message)}`;
}
function firstLine(text) {
    return text.split(/\r?\n/, 1)[0].slice(0, 300);
}
function isUtf8Text(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return false;
    }
    return !bytes.includes(0);
}
let table;
/** CRC-32C (Castagnoli), as Secret Manager's `dataCrc32c`. */
function crc32c(bytes) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (const b of bytes)
        crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const fail = (message) => ({ ok: false, error: message.startsWith('gcp-sm:') ? message : `gcp-sm: ${message}` });


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


/***/ })

};
