export const id = 8772;
export const ids = [8772];
export const modules = {

/***/ 48772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsClient: () => (/* binding */ awsClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12994);
/* harmony import */ var _aws_sdk_credential_provider_web_identity__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29956);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var _ci_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77832);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35225);
/* harmony import */ var _unreadable_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(814);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73292);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95282);
// The AWS Secrets Manager client half (AWS SDK v3), imported only when a run or `doctor` has `aws-sm://`
// references. Credentials are resolved once, before any secret is asked for, so a login problem reads as
// one ("cannot assume role …") rather than as a failure of each secret; then every secret is read
// concurrently, one client per region.








class AwsStoreError extends Error {
}
const awsClient = {
    async fetch(refs, ctx) {
        let session;
        try {
            session = await openSession(ctx);
        }
        catch (err) {
            const error = describe(err, ctx, undefined);
            return refs.map(() => ({ ok: false, error }));
        }
        try {
            return await Promise.all(refs.map((ref) => readSecret(session, ref, ctx)));
        }
        finally {
            session.close();
        }
    },
    async probe(refs, ctx) {
        let session;
        try {
            session = await openSession(ctx);
        }
        catch (err) {
            return { ok: false, detail: describe(err, ctx, undefined) };
        }
        try {
            return await probeSecrets(session, refs, ctx);
        }
        finally {
            session.close();
        }
    },
};
function regionOf(ref, ctx) {
    return ref?.arnRegion ?? ctx.settings.region ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION;
}
async function openSession(ctx) {
    const clients = new Map();
    const make = (region, credentials) => {
        const key = region ?? '';
        let c = clients.get(key);
        if (!c) {
            c = new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .SecretsManagerClient */ ._H({
                ...(region ? { region } : {}),
                ...(ctx.settings.endpoint ? { endpoint: ctx.settings.endpoint } : {}),
                ...(credentials ? { credentials } : {}),
                ...(ctx.env.AWS_PROFILE ? { profile: ctx.env.AWS_PROFILE } : {}),
                requestHandler: { connectionTimeout: ctx.timeoutMs, requestTimeout: ctx.timeoutMs },
            });
            keepXmlErrorBodies(c);
            clients.set(key, c);
        }
        return c;
    };
    const credentials = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .N)(ctx, 'resolving credentials', async (signal) => {
        const provider = await credentialProvider(ctx, signal);
        // The default chain (a profile, SSO, the container or instance role) is the client's own.
        return provider ? provider() : make(regionOf(undefined, ctx), undefined).config.credentials();
    });
    return {
        credentials,
        client: (region) => make(region, credentials),
        close: () => clients.forEach((c) => c.destroy()),
    };
}
/** The credentials runlens chooses itself; undefined leaves them to the SDK's default chain. */
async function credentialProvider(ctx, signal) {
    const s = ctx.settings;
    const env = ctx.env;
    const region = regionOf(undefined, ctx);
    const clientConfig = { ...(region ? { region } : {}), ...(s.endpoint ? { endpoint: s.endpoint } : {}) };
    const roleArn = s['role-arn'];
    if (roleArn) {
        const webIdentityToken = await (0,_ci_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .ciIdentityToken */ .Gk)(env, { audience: s.audience, tokenEnv: s['id-token-env'], purpose: `assuming ${roleArn} (secret-stores.aws-sm.role-arn)` }, signal);
        const provider = (0,_aws_sdk_credential_provider_web_identity__WEBPACK_IMPORTED_MODULE_6__.fromWebToken)({ roleArn, roleSessionName: s['session-name'], webIdentityToken, clientConfig });
        return () => provider().catch((err) => Promise.reject(assumeRoleError(err, roleArn)));
    }
    // The run's environment, not this process's: the variables the SDK would read, taken from ctx.env.
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
        const creds = {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        };
        return async () => creds;
    }
    if (env.AWS_ROLE_ARN && env.AWS_WEB_IDENTITY_TOKEN_FILE) {
        const arn = env.AWS_ROLE_ARN;
        const provider = (0,_aws_sdk_credential_provider_web_identity__WEBPACK_IMPORTED_MODULE_6__.fromTokenFile)({
            roleArn: arn,
            webIdentityTokenFile: (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .storeFile */ .u)(ctx, env.AWS_WEB_IDENTITY_TOKEN_FILE),
            roleSessionName: env.AWS_ROLE_SESSION_NAME ?? s['session-name'],
            clientConfig,
        });
        return () => provider().catch((err) => Promise.reject(assumeRoleError(err, arn)));
    }
    return undefined;
}
function assumeRoleError(err, roleArn) {
    const name = serviceErrorName(err);
    if (isNetworkError(err))
        return new AwsStoreError(`cannot reach STS to assume ${roleArn}: ${networkCode(err)}`);
    const why = name === 'InvalidIdentityTokenException' || name === 'IDPRejectedClaimException'
        ? "the identity token was refused (the IAM OIDC provider's audience and thumbprint, the token's claims?)"
        : name === 'AccessDenied' || name === 'AccessDeniedException'
            ? "not allowed (the role's trust policy: its `sub` condition must name this repository and branch?)"
            : name === 'ExpiredTokenException'
                ? 'the identity token has expired'
                : unreadable(err) !== undefined
                    ? `an answer runlens could not read (HTTP ${unreadable(err)})`
                    : `${name}`;
    return new AwsStoreError(`cannot assume ${roleArn} with the CI's identity token: ${why}`);
}
async function readSecret(session, ref, ctx) {
    const label = (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .awsRefLabel */ .zo)(ref);
    const region = regionOf(ref, ctx);
    try {
        const out = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .N)(ctx, `reading ${label}`, (abortSignal) => session.client(region).send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .GetSecretValueCommand */ .d2({
            SecretId: ref.secretId,
            ...(ref.versionId ? { VersionId: ref.versionId } : {}),
            ...(ref.versionStage ? { VersionStage: ref.versionStage } : {}),
        }), { abortSignal }));
        if (out.SecretString !== undefined)
            return ref.jsonKey === undefined ? ok(out.SecretString) : pickKey(label, out.SecretString, ref.jsonKey);
        if (out.SecretBinary !== undefined) {
            if (ref.jsonKey !== undefined)
                return fail(`${label} is a binary secret (SecretBinary): #${ref.jsonKey} picks from a JSON SecretString only`);
            // Binary secrets reach a step base64-encoded, as `aws secretsmanager get-secret-value` prints them.
            return ok(Buffer.from(out.SecretBinary).toString('base64'));
        }
        return fail(`${label} has neither a SecretString nor a SecretBinary`);
    }
    catch (err) {
        return fail(describe(err, ctx, ref));
    }
}
async function probeSecrets(session, refs, ctx) {
    const seen = new Map();
    for (const r of refs)
        seen.set(`${regionOf(r, ctx) ?? ''}\0${r.secretId}`, r);
    const found = [];
    const denied = [];
    const problems = [];
    await Promise.all([...seen.values()].map(async (ref) => {
        try {
            // DescribeSecret answers the secret's metadata: never its value.
            await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .N)(ctx, `describing ${ref.secretId}`, (abortSignal) => session.client(regionOf(ref, ctx)).send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .DescribeSecretCommand */ .X5({ SecretId: ref.secretId }), { abortSignal }));
            found.push(ref.secretId);
        }
        catch (err) {
            // A refusal proves the credentials are good; GetSecretValue may still be allowed where DescribeSecret is not.
            if (isAccessDenied(err))
                denied.push(ref.secretId);
            else
                problems.push(describe(err, ctx, ref));
        }
    }));
    const parts = [`authenticated${ctx.settings['role-arn'] ? ` as ${ctx.settings['role-arn']}` : ''}`];
    if (found.length)
        parts.push(`${found.length} of ${seen.size} secret(s) found`);
    if (denied.length)
        parts.push(`DescribeSecret denied on ${denied.join(', ')} (reading may still be allowed)`);
    if (problems.length)
        return { ok: false, detail: [...parts, ...problems].join('; ') };
    return { ok: true, detail: parts.join('; ') };
}
/** A JSON secret's key, as a string: strings as they are, numbers and booleans printed, objects as JSON. */
function pickKey(label, text, key) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text: never shown.
        return fail(`${label} is not JSON, so #${key} cannot be picked from it (drop #${key} to take the whole value)`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return fail(`${label} is JSON but not an object, so #${key} cannot be picked from it`);
    const record = doc;
    if (!Object.hasOwn(record, key)) {
        const keys = Object.keys(record);
        return fail(`${label} has no key "${key}" (its keys: ${keys.length ? keys.slice(0, 20).join(', ') : 'none'})`);
    }
    const value = record[key];
    if (typeof value === 'string')
        return ok(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return ok(String(value));
    if (value === null)
        return fail(`${label}#${key} is null`);
    return ok(JSON.stringify(value));
}
/** What went wrong, for a person: store, secret, likely cause. AWS messages name ARNs, never values. */
function describe(err, ctx, ref) {
    const label = ref ? (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .awsRefLabel */ .zo)(ref) : undefined;
    const on = label ? ` on ${label}` : '';
    const region = regionOf(ref, ctx);
    if (err instanceof AwsStoreError || err instanceof _ci_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .IdentityTokenError */ .IS)
        return `aws-sm: ${err.message}`;
    if (err instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j)
        return `aws-sm: ${err.message}`;
    const name = serviceErrorName(err);
    const message = err instanceof Error ? err.message : String(err);
    switch (name) {
        case 'ResourceNotFoundException':
            return `aws-sm: secret ${label ?? ''} not found${region ? ` in ${region}` : ''}${ref?.versionId || ref?.versionStage ? ' (or not that version)' : ''}`;
        case 'AccessDeniedException':
        case 'AccessDenied':
            return `aws-sm: access denied${on} (IAM policy? it needs secretsmanager:GetSecretValue, and kms:Decrypt for a customer-managed key)`;
        case 'DecryptionFailure':
            return `aws-sm: cannot decrypt${on} (kms:Decrypt on the secret's KMS key?)`;
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'InvalidClientTokenId':
        case 'SignatureDoesNotMatch':
            return `aws-sm: not authenticated: the credentials were refused (${name}); check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the profile`;
        case 'ExpiredTokenException':
        case 'ExpiredToken':
            return `aws-sm: not authenticated: the session credentials have expired (${name})`;
        case 'CredentialsProviderError':
            return "aws-sm: no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE, run where an instance or container role is, or set secret-stores.aws-sm.role-arn to assume a role with the CI's identity token";
        case 'InvalidRequestException':
        case 'InvalidParameterException':
            return `aws-sm: Secrets Manager refused the request${on}: ${message}`;
    }
    if (/region is missing/i.test(message))
        return 'aws-sm: no region: set secret-stores.aws-sm.region or AWS_REGION (or reference the secret by ARN)';
    if (isNetworkError(err)) {
        const where = ctx.settings.endpoint ?? `Secrets Manager${region ? ` in ${region}` : ''}`;
        return `aws-sm: cannot reach ${where}${on}: ${networkCode(err)}`;
    }
    // A body the SDK could not parse may hold part of a value: its message (which quotes the body) is never shown.
    if (unreadable(err) !== undefined)
        return `aws-sm: ${label ? `${label}: ` : ''}an answer runlens could not read (HTTP ${unreadable(err)})`;
    if ((0,_unreadable_js__WEBPACK_IMPORTED_MODULE_7__/* .isUnreadableAnswer */ .M)(err))
        return `aws-sm: ${label ? `${label}: ` : ''}an answer runlens could not read`;
    return `aws-sm: ${label ? `${label}: ` : ''}${name !== 'Error' ? `${name}: ` : ''}${message}`;
}
/** XML error bodies by response, kept by keepXmlErrorBodies: the parse error that follows leaves only the response. */
const xmlErrorBodies = new WeakMap();
/**
 * Secrets Manager speaks JSON; an XML or HTML error answer (moto's IAM enforcement, a proxy) would reach the
 * deserializer as a stream it consumes and then cannot parse. Its body (an error, never a value) is read
 * first so that serviceErrorName can find the <Code> in it.
 */
function keepXmlErrorBodies(client) {
    client.middlewareStack.add((next) => async (args) => {
        const out = await next(args);
        const res = out.response;
        const type = res.headers?.['content-type'] ?? '';
        if ((res.statusCode ?? 0) >= 400 && /xml|html/.test(type) && res.body instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable) {
            const chunks = [];
            for await (const chunk of res.body)
                chunks.push(Buffer.from(chunk));
            const body = Buffer.concat(chunks);
            xmlErrorBodies.set(res, body.toString('utf8').slice(0, 4096));
            res.body = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([body]);
        }
        return out;
    }, { step: 'deserialize', name: 'runlensXmlErrorBodies', priority: 'low' });
}
/** The HTTP status of an answer the SDK could not parse, or undefined when it parsed (or no answer came). */
function unreadable(err) {
    const e = err;
    if (e?.$response === undefined || !(err instanceof Error) || !/Deserialization error/.test(err.message))
        return undefined;
    return String(e.$response.statusCode ?? e.$metadata?.httpStatusCode ?? '?');
}
/**
 * The error's AWS code. A JSON-protocol service answering an XML error (moto's IAM enforcement, some
 * proxies) leaves the SDK with a parse error: the code is then read from the XML's <Code>.
 */
function serviceErrorName(err) {
    const e = err;
    if (unreadable(err) !== undefined) {
        const body = e?.$responseBodyText ?? (e?.$response ? xmlErrorBodies.get(e.$response) : undefined);
        const code = typeof body === 'string' ? /<Code>([A-Za-z.]+)<\/Code>/.exec(body)?.[1] : undefined;
        if (code)
            return code;
    }
    return errorName(err);
}
function errorName(err) {
    return err?.name === undefined ? 'Error' : String(err.name);
}
const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
function networkCode(err) {
    const e = err;
    return String(e?.code ?? e?.cause?.code ?? 'network error');
}
function isNetworkError(err) {
    return NETWORK.has(networkCode(err)) || errorName(err) === 'TimeoutError';
}
function isAccessDenied(err) {
    const name = serviceErrorName(err);
    return name === 'AccessDeniedException' || name === 'AccessDenied';
}
const ok = (value) => ({ ok: true, value });
const fail = (message) => ({ ok: false, error: message.startsWith('aws-sm:') ? message : `aws-sm: ${message}` });


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
