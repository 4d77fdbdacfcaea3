export const id = 493;
export const ids = [493,8981];
export const modules = {

/***/ 80493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareSecrets: () => (/* binding */ prepareSecrets)
});

// EXTERNAL MODULE: ./lib/secret-stores/fetch.js
var fetch = __webpack_require__(78981);
;// CONCATENATED MODULE: ./lib/engine/secret-forms.js
// The shapes a secret's value takes when a step passes it on: base64 (standard and URL-safe, padded or
// not, and inside a longer base64 text such as a Basic auth header), URL-encoded, JSON-escaped, and each
// line of a multi-line value. The redactor hides every one of them, and the platform masks them too.
// A form derived from the value shorter than this would hide ordinary text; the value itself is always hidden.
const MIN_DERIVED = 6;
function secretForms(value) {
    const forms = new Set();
    const lines = value.split(/\r?\n/).filter((l) => l.length > 0);
    for (const v of lines.length > 1 ? [value, ...lines] : [value]) {
        if (v.length === 0)
            continue;
        if (!v.includes('\n'))
            forms.add(v);
        const derived = [...base64Forms(v), encodeURIComponent(v), encodeURIComponent(v).replace(/%20/g, '+'), JSON.stringify(v).slice(1, -1)];
        for (const d of derived)
            if (d.length >= MIN_DERIVED && d !== v)
                forms.add(d);
    }
    return [...forms];
}
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = [];
    const both = (s) => {
        out.push(s, s.replace(/\+/g, '-').replace(/\//g, '_'));
    };
    const whole = bytes.toString('base64');
    both(whole);
    both(whole.replace(/=+$/, ''));
    // Inside a longer text its encoding depends on where it starts (offset mod 3); keep the characters
    // that come from the value's bytes alone.
    for (let k = 0; k < 3; k++) {
        const encoded = Buffer.concat([Buffer.alloc(k), bytes])
            .toString('base64')
            .replace(/=+$/, '');
        const head = k === 0 ? 0 : k === 1 ? 2 : 3;
        const tail = (bytes.length + k) % 3 === 0 ? 0 : 1;
        const core = encoded.slice(head, encoded.length - tail);
        if (core.length >= MIN_DERIVED)
            both(core);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/engine/step-secrets.js


async function prepareSecrets(config, names, opts) {
    const requests = names.map((name) => ({ name, ref: config.secrets[name].ref }));
    const startedAt = new Date();
    const started = startedAt.getTime();
    const timeoutMs = config['secret-stores'].timeout;
    const fetched = await (0,fetch/* fetchSecrets */.U)(requests, {
        settings: config['secret-stores'],
        env: opts.env,
        signal: opts.signal,
        timeoutMs,
        phaseMs: 3 * timeoutMs,
        workspace: opts.workspace,
    });
    for (const value of fetched.values.values())
        hide(value, opts.redactor);
    const log = [];
    const ms = Date.now() - started;
    const n = fetched.values.size;
    if (n > 0)
        log.push(`secrets: ${n} fetched from ${fetched.stores.join(', ')} in ${ms}ms, masked`);
    const required = names.filter((name) => fetched.errors.has(name) && config.secrets[name].required);
    for (const [name, error] of fetched.errors)
        log.push(`secrets: could not fetch ${opts.redactor.redact(error)}${config.secrets[name].required ? ' (required: no step runs)' : ''}`);
    const errors = new Map([...fetched.errors].map(([name, error]) => [name, opts.redactor.redact(error)]));
    const blocked = required.length
        ? `not run: the required secret${required.length === 1 ? '' : 's'} ${required.join(', ')} could not be fetched`
        : undefined;
    const values = fetched.values;
    const failed = names.filter((name) => fetched.errors.has(name));
    const phase = {
        startedAt,
        endedAt: new Date(started + ms),
        attributes: {
            'runlens.secrets.stores': fetched.stores.join(','),
            'runlens.secrets.requested': names.length,
            'runlens.secrets.fetched': n,
            'runlens.secrets.failed': failed.length,
            'runlens.secrets.names': [...values.keys()].join(','),
            ...(failed.length ? { 'runlens.secrets.failed_names': failed.join(',') } : {}),
            'runlens.secrets.duration_ms': ms,
        },
        ...(failed.length ? { error: `${failed.length} secret${failed.length === 1 ? '' : 's'} not fetched: ${failed.join(', ')}` } : {}),
    };
    return {
        log,
        phase,
        secrets: {
            ...(blocked ? { blocked } : {}),
            forStep(list) {
                const failed = list.filter((name) => !values.has(name));
                if (failed.length > 0)
                    return {
                        error: `secret${failed.length === 1 ? '' : 's'} not fetched: ${failed.map((name) => errors.get(name) ?? `${name}: not fetched`).join('; ')}`,
                    };
                return { env: Object.fromEntries(list.map((name) => [name, values.get(name)])) };
            },
            holdsValue(text) {
                for (const v of values.values())
                    if (v.length > 0 && text.includes(v))
                        return true;
                return false;
            },
        },
    };
}
/** Hidden by the redactor and masked on the platform (one line at a time: runners match output line by line). */
function hide(value, redactor) {
    for (const form of secretForms(value))
        redactor.mask(form);
}


/***/ }),

/***/ 78981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fetchSecrets),
/* harmony export */   probeStores: () => (/* binding */ probeStores)
/* harmony export */ });
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68045);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26568);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86724);
/* harmony import */ var _unreadable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(814);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73292);
// Fetching a run's secrets: references grouped by store, each store's client loaded only when one of its
// references is wanted, the stores asked concurrently, every call bounded by `timeoutMs` and the whole
// phase by `phaseMs`, all of it cancelled with the run. An outcome per secret name: its value, or an error
// that names the secret and its reference, never a value.





/** `vault://secret/app#password` → its store and parsed reference; errors are for references config/load.ts did not check. */
function groupByStore(requests, errors) {
    const groups = new Map();
    for (const r of requests) {
        const split = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .splitReference */ .m)(r.ref);
        const store = split && (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .findStore */ .h$)(split.scheme);
        if (!split || !store) {
            errors.set(r.name, `${r.name} (${r.ref}): no secret store for this reference`);
            continue;
        }
        let group = groups.get(store.scheme);
        if (!group)
            groups.set(store.scheme, (group = { store, refs: [] }));
        const same = group.refs.find((x) => x.ref === r.ref);
        if (same) {
            same.names.push(r.name);
            continue;
        }
        try {
            group.refs.push({ ref: r.ref, parsed: store.parse(split.body), names: [r.name] });
        }
        catch (err) {
            errors.set(r.name, `${r.name} (${r.ref}): ${store.scheme}: ${err instanceof _store_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretRefError */ .o ? err.message : String(err)}`);
        }
    }
    for (const [scheme, g] of groups)
        if (g.refs.length === 0)
            groups.delete(scheme);
    return groups;
}
/** Fetches every requested secret; never throws (a store that fails gives each of its references an error). */
async function fetchSecrets(requests, bounds) {
    const values = new Map();
    const errors = new Map();
    const groups = groupByStore(requests, errors);
    await withPhase(bounds, async (signal, stopped) => {
        await Promise.all([...groups.values()].map(async ({ store, refs }) => {
            const fail = (message, only) => {
                for (const r of only ? [only] : refs)
                    for (const name of r.names)
                        errors.set(name, `${name} (${r.ref}): ${message}`);
            };
            const outcomes = await stopped(ask(store, refs, bounds, signal, (client, parsed, ctx) => client.fetch(parsed, ctx))).catch((err) => ({ error: errorText(store, err) }));
            if ('error' in outcomes)
                return fail(outcomes.error);
            if (!Array.isArray(outcomes) || outcomes.length !== refs.length)
                return fail(`${store.scheme}: the store client answered ${Array.isArray(outcomes) ? outcomes.length : 'no'} outcomes for ${refs.length} references (a runlens bug)`);
            outcomes.forEach((o, i) => {
                const r = refs[i];
                if (o.ok)
                    for (const name of r.names)
                        values.set(name, o.value);
                else
                    fail(prefixed(store, o.error), r);
            });
        }));
    });
    return { values, errors, stores: [...groups.keys()] };
}
/** `doctor`: each store the references use, reachable and authenticated? Reads no value. */
async function probeStores(requests, bounds) {
    const errors = new Map();
    const groups = groupByStore(requests, errors);
    const reports = [...errors.values()].map((detail) => ({ scheme: '?', title: 'secret reference', ok: false, detail }));
    await withPhase(bounds, async (signal, stopped) => {
        const probed = await Promise.all([...groups.values()].map(async ({ store, refs }) => {
            const r = await stopped(ask(store, refs, bounds, signal, (client, parsed, ctx) => client.probe(parsed, ctx))).catch((err) => ({ ok: false, detail: errorText(store, err) }));
            return { scheme: store.scheme, title: store.title, ok: r.ok, detail: r.detail };
        }));
        reports.push(...probed);
    });
    return reports;
}
/** Loads the store's client (its SDK) and asks it about the group's references. */
async function ask(store, refs, bounds, signal, call) {
    const client = await store.client();
    return call(client, refs.map((r) => r.parsed), context(store, bounds, signal));
}
function context(store, bounds, signal) {
    // A store config/load.ts did not see (a test's direct call) gets its defaults.
    const settings = store.scheme in bounds.settings ? bounds.settings[store.scheme] : store.settings().parse({});
    return { settings, env: bounds.env, signal, timeoutMs: bounds.timeoutMs, workspace: bounds.workspace };
}
class Stopped extends Error {
}
/**
 * Runs `phase` with a signal that aborts on the run's cancel or when `phaseMs` has passed; `stopped(p)`
 * settles with `p`, or rejects at that moment, so a store that ignores its signal is left behind.
 */
async function withPhase(bounds, phase) {
    const controller = new AbortController();
    let why = '';
    const stop = (reason) => {
        if (controller.signal.aborted)
            return;
        why = reason;
        controller.abort(new Stopped(reason));
    };
    const timer = setTimeout(() => stop(`no answer within ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(bounds.phaseMs)} (secret-stores.timeout)`), bounds.phaseMs);
    const onCancel = () => stop('the run was cancelled');
    if (bounds.signal.aborted)
        onCancel();
    else
        bounds.signal.addEventListener('abort', onCancel, { once: true });
    const stopped = (p) => new Promise((resolve, reject) => {
        if (controller.signal.aborted)
            return reject(new Stopped(why));
        const onAbort = () => reject(new Stopped(why));
        controller.signal.addEventListener('abort', onAbort, { once: true });
        p.then(resolve, reject).finally(() => controller.signal.removeEventListener('abort', onAbort));
    });
    try {
        await phase(controller.signal, stopped);
    }
    finally {
        clearTimeout(timer);
        bounds.signal.removeEventListener('abort', onCancel);
    }
}
function prefixed(store, message) {
    return message.startsWith(`${store.scheme}:`) ? message : `${store.scheme}: ${message}`;
}
function errorText(store, err) {
    if (err instanceof Stopped)
        return `${store.scheme}: ${err.message}`;
    // A client that let a parse error through: its message may quote the answer, and the answer the value.
    if ((0,_unreadable_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadableAnswer */ .M)(err))
        return `${store.scheme}: an answer runlens could not read`;
    const message = err instanceof Error ? err.message : String(err);
    return prefixed(store, message || 'failed without a message');
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
