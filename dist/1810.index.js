export const id = 1810;
export const ids = [1810];
export const modules = {

/***/ 11810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureClient: () => (/* binding */ azureClient),
/* harmony export */   vaultUrl: () => (/* binding */ vaultUrl)
/* harmony export */ });
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44971);
/* harmony import */ var _azure_keyvault_secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79336);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41692);
/* harmony import */ var _ci_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77832);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35225);
/* harmony import */ var _unreadable_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(814);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73292);
// The Azure Key Vault client half (@azure/keyvault-secrets, @azure/identity), imported only when a run or
// `doctor` has `azure-kv://` references. One credential for all vaults (its token is cached between
// them), one SecretClient per vault, every secret read concurrently.








class AzureStoreError extends Error {
}
const azureClient = {
    async fetch(refs, ctx) {
        let session;
        try {
            session = openSession(ctx);
        }
        catch (err) {
            const error = describe(err, ctx, undefined, undefined);
            return refs.map(() => ({ ok: false, error }));
        }
        return Promise.all(refs.map((ref) => readSecret(session, ref, ctx)));
    },
    async probe(refs, ctx) {
        let session;
        try {
            session = openSession(ctx);
        }
        catch (err) {
            return { ok: false, detail: describe(err, ctx, undefined, undefined) };
        }
        return probeSecrets(session, refs, ctx);
    },
};
/** The test seam and the documented override: where a vault lives. */
function vaultUrl(settings, vault) {
    const template = settings['vault-url'] ?? 'https://{vault}.vault.azure.net';
    return template.replaceAll('{vault}', vault).replace(/\/+$/, '');
}
function openSession(ctx) {
    const s = ctx.settings;
    const tls = s['ca-cert'] ? { tlsOptions: { ca: [...node_tls__WEBPACK_IMPORTED_MODULE_3__.rootCertificates, readPem(s['ca-cert'], ctx)] } } : {};
    const { credential, how } = chooseCredential(ctx, tls);
    const clients = new Map();
    const url = (vault) => vaultUrl(s, vault);
    return {
        how,
        url,
        client(vault) {
            let c = clients.get(vault);
            if (!c) {
                c = new _azure_keyvault_secrets__WEBPACK_IMPORTED_MODULE_1__/* .SecretClient */ ._V(url(vault), credential, {
                    ...tls,
                    // A vault URL of the user's own (a private endpoint, a stand-in) is not under the challenge's
                    // resource domain (vault.azure.net); the URL is the user's word for where the vault is.
                    disableChallengeResourceVerification: s['vault-url'] !== undefined,
                    retryOptions: { maxRetries: 2 },
                });
                clients.set(vault, c);
            }
            return c;
        },
    };
}
function readPem(value, ctx) {
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeFile */ .u)(ctx, value), 'utf8');
    }
    catch (err) {
        throw new AzureStoreError(`cannot read secret-stores.azure-kv.ca-cert ${value}: ${err.code ?? String(err)}`);
    }
}
/**
 * The identity runlens signs in as, from the run's environment (never this process's alone): a client
 * secret; else workload identity federation with the CI's identity token (GitHub OIDC, GitLab id_tokens:);
 * else a Kubernetes federated token file; else DefaultAzureCredential (managed identity, az login, …).
 */
function chooseCredential(ctx, tls) {
    const s = ctx.settings;
    const env = ctx.env;
    const tenantId = s['tenant-id'] ?? env.AZURE_TENANT_ID;
    const clientId = s['client-id'] ?? env.AZURE_CLIENT_ID;
    const authorityHost = s['authority-host'] ?? env.AZURE_AUTHORITY_HOST;
    const options = {
        ...tls,
        ...(authorityHost ? { authorityHost } : {}),
        // Instance discovery asks the public cloud about the authority: not for a host of the user's own.
        ...(s['authority-host'] ? { disableInstanceDiscovery: true } : {}),
    };
    if (tenantId && clientId && env.AZURE_CLIENT_SECRET)
        return {
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientSecretCredential */ .HC(tenantId, clientId, env.AZURE_CLIENT_SECRET, options),
            how: `client ${clientId} with AZURE_CLIENT_SECRET`,
        };
    if (tenantId && clientId && (0,_ci_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .identityTokenSource */ .Bs)(env, s['id-token-env'])) {
        const request = { audience: s.audience, tokenEnv: s['id-token-env'], purpose: `signing in to Azure as client ${clientId}` };
        // One token per run: MSAL may ask more than once (each vault, each retry).
        let assertion;
        const getAssertion = () => (assertion ??= (0,_ci_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .ciIdentityToken */ .Gk)(env, request, ctx.signal));
        return {
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientAssertionCredential */ .XI(tenantId, clientId, getAssertion, options),
            how: `client ${clientId} by workload identity federation`,
        };
    }
    if (tenantId && clientId && env.AZURE_FEDERATED_TOKEN_FILE)
        return {
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .WorkloadIdentityCredential */ .R9({
                ...options,
                tenantId,
                clientId,
                tokenFilePath: (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeFile */ .u)(ctx, env.AZURE_FEDERATED_TOKEN_FILE),
            }),
            how: `client ${clientId} by workload identity (AZURE_FEDERATED_TOKEN_FILE)`,
        };
    return {
        credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .DefaultAzureCredential */ .gv({
            ...options,
            ...(tenantId ? { tenantId } : {}),
            ...(clientId ? { managedIdentityClientId: clientId } : {}),
        }),
        how: 'the default Azure credential',
    };
}
async function readSecret(session, ref, ctx) {
    try {
        const secret = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .withDeadline */ .N)(ctx, `reading ${ref.secret} in vault ${ref.vault}`, (abortSignal) => session.client(ref.vault).getSecret(ref.secret, { ...(ref.version ? { version: ref.version } : {}), abortSignal }));
        if (secret.value === undefined)
            return fail(`${ref.secret} in vault ${ref.vault} has no value`);
        return { ok: true, value: secret.value };
    }
    catch (err) {
        return fail(describe(err, ctx, session, ref));
    }
}
async function probeSecrets(session, refs, ctx) {
    const seen = new Map();
    for (const r of refs)
        seen.set(`${r.vault}/${r.secret}`, r);
    let found = 0;
    const denied = [];
    const problems = [];
    await Promise.all([...seen.values()].map(async (ref) => {
        try {
            // The versions' properties (ids, dates, enabled): Key Vault's one read of a secret without its value.
            const page = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .withDeadline */ .N)(ctx, `listing ${ref.secret} in vault ${ref.vault}`, (abortSignal) => session.client(ref.vault).listPropertiesOfSecretVersions(ref.secret, { abortSignal }).byPage({ maxPageSize: 1 }).next());
            if (page.done || page.value.length === 0)
                problems.push(`azure-kv: secret ${ref.secret} in vault ${ref.vault} not found`);
            else
                found++;
        }
        catch (err) {
            if (statusOf(err) === 403)
                denied.push(`${ref.vault}/${ref.secret}`);
            else
                problems.push(describe(err, ctx, session, ref));
        }
    }));
    const parts = [`authenticated as ${session.how}`];
    if (found)
        parts.push(`${found} of ${seen.size} secret(s) found`);
    // A 403 proves the token was accepted; listing may be denied where reading is allowed.
    if (denied.length)
        parts.push(`listing denied on ${denied.join(', ')} (reading may still be allowed)`);
    if (problems.length)
        return { ok: false, detail: [...parts, ...problems].join('; ') };
    return { ok: true, detail: parts.join('; ') };
}
function statusOf(err) {
    const s = err?.statusCode;
    return typeof s === 'number' ? s : undefined;
}
/** What went wrong, for a person. Key Vault and Entra messages name resources and codes, never values. */
function describe(err, ctx, session, ref) {
    if (err instanceof AzureStoreError || err instanceof _ci_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .IdentityTokenError */ .IS || err instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .DeadlineError */ .j)
        return `azure-kv: ${err.message}`;
    const e = (err ?? {});
    const name = typeof e.name === 'string' ? e.name : 'Error';
    const message = typeof e.message === 'string' ? e.message : String(err);
    const what = ref ? `${ref.secret}${ref.version ? ` (version ${ref.version})` : ''} in vault ${ref.vault}` : '';
    if (name === 'IdentityTokenError')
        return `azure-kv: ${message}`;
    const signIn = signInFailure(err);
    if (signIn)
        return `azure-kv: sign-in failed${session ? ` (${session.how})` : ''}: ${signIn}`;
    if (name === 'CredentialUnavailableError' || name === 'AggregateAuthenticationError')
        return "azure-kv: no Azure credentials: set secret-stores.azure-kv.tenant-id and client-id (or AZURE_TENANT_ID/AZURE_CLIENT_ID) for workload identity federation with the CI's identity token (GitHub: `permissions: id-token: write`; GitLab: `id_tokens:`), or AZURE_CLIENT_SECRET, or run where a managed identity or `az login` is";
    const status = statusOf(err);
    if ((status !== undefined && status < 400) || (0,_unreadable_js__WEBPACK_IMPORTED_MODULE_7__/* .isUnreadableAnswer */ .M)(err))
        return `azure-kv: ${what ? `${what}: ` : ''}an answer runlens could not read${status ? ` (HTTP ${status})` : ''}`;
    if (status === 404)
        return `azure-kv: secret ${what} not found`;
    if (status === 403)
        return `azure-kv: access denied on ${what} (RBAC: "Key Vault Secrets User" on the vault or secret for ${session?.how ?? 'this identity'}? or an access policy with secret get)`;
    if (status === 401)
        return `azure-kv: not authenticated: vault ${ref?.vault ?? ''} refused the token (HTTP 401)`;
    const causeCode = e.cause?.code;
    const netCode = typeof causeCode === 'string' ? causeCode : typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) ? e.code : undefined;
    if (netCode || e.code === 'REQUEST_SEND_ERROR') {
        const where = ref && session ? session.url(ref.vault) : 'Azure';
        if (netCode === 'ENOTFOUND')
            return `azure-kv: vault ${ref?.vault ?? ''} not found: no such host (${where})`;
        return `azure-kv: cannot reach ${where}${what ? ` for ${what}` : ''}: ${netCode ?? firstLine(message)}`;
    }
    return `azure-kv: ${what ? `${what}: ` : ''}${status ? `HTTP ${status}: ` : ''}${firstLine(message)}`;
}
/**
 * Entra's refusal as `invalid_client: AADSTS7000215: Invalid client secret provided.`: from
 * @azure/identity's AuthenticationError, or the MSAL ServerError it wraps (AuthenticationRequiredError's cause).
 */
function signInFailure(err) {
    for (let e = err, depth = 0; e && depth < 4; e = e.cause, depth++) {
        const code = e.name === 'AuthenticationError' ? e.errorResponse?.error : e.errorCode;
        if (typeof code !== 'string' || !code)
            continue;
        const text = String(e.name === 'AuthenticationError' ? (e.errorResponse?.errorDescription ?? '') : (e.errorMessage ?? ''));
        const aadsts = /(AADSTS\d+:.*?)(?=\s*Trace ID:|[\r\n]|$)/.exec(text)?.[1];
        return `${code}${aadsts ? `: ${aadsts}` : text ? `: ${firstLine(text)}` : ''}`;
    }
    return undefined;
}
function firstLine(text) {
    return text.split(/\r?\n/, 1)[0].slice(0, 300);
}
const fail = (message) => ({ ok: false, error: message.startsWith('azure-kv:') ? message : `azure-kv: ${message}` });


/***/ }),

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


/***/ })

};
