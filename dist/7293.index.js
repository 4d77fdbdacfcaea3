export const id = 7293;
export const ids = [7293,3962];
export const modules = {

/***/ 83962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITLEAKS_DEFAULT_CONFIG: () => (/* binding */ GITLEAKS_DEFAULT_CONFIG),
  GITLEAKS_IGNORE: () => (/* binding */ GITLEAKS_IGNORE),
  customRule: () => (/* binding */ customRule),
  resolveRules: () => (/* binding */ resolveRules)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/base/line-index.js
var line_index = __webpack_require__(37938);
// EXTERNAL MODULE: ./lib/checks/secrets/re2.js
var re2 = __webpack_require__(96302);
;// CONCATENATED MODULE: ./lib/checks/secrets/gitleaks-config.js
// Loads a gitleaks TOML config (the format of gitleaks v8: [[rules]], [[rules.allowlists]] or
// [rules.allowlist], [allowlist] or [[allowlists]], [extend]) into runlens rules, so teams keep their rules.






function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function loadGitleaksConfig(file, seen = new Set()) {
    const abs = external_node_path_.resolve(file);
    let source;
    try {
        source = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz({ file }, 'cannot read the gitleaks config', 'check the `gitleaks-config` path (relative to the step working directory)');
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(source);
    }
    catch (err) {
        if (err instanceof dist/* TomlError */.zx)
            throw new errors/* InputError */.dz({ file, line: err.line, column: err.column }, `invalid TOML: ${err.message.split('\n')[0]}`);
        throw err;
    }
    const config = {
        rules: [],
        allow: { paths: [], regexes: [], stopwords: [] },
        useDefault: false,
        disabledRules: [],
        notes: [],
    };
    const regexOf = (pattern, where, needle) => {
        const t = (0,re2/* translateRe2 */.M)(pattern);
        try {
            new RegExp(t.source, `dg${t.flags}`);
        }
        catch (err) {
            throw new errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(source, needle) }, `${where}: this regex does not translate to JavaScript (${err.message})`, 'simplify it, or write the rule under `rules:` in runlens.yml');
        }
        return t;
    };
    const inline = (t) => t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;
    const extend = (doc.extend ?? {});
    config.useDefault = extend.useDefault === true;
    config.disabledRules = strings(extend.disabledRules);
    if (typeof extend.path === 'string' && extend.path !== '') {
        const base = external_node_path_.resolve(external_node_path_.dirname(abs), extend.path);
        if (!seen.has(abs)) {
            seen.add(abs);
            const parent = loadGitleaksConfig(base, seen);
            config.rules.push(...parent.rules);
            config.allow = parent.allow;
            config.notes.push(...parent.notes);
            config.useDefault ||= parent.useDefault;
        }
    }
    const rules = Array.isArray(doc.rules) ? doc.rules : [];
    for (const r of rules) {
        const id = typeof r.id === 'string' ? r.id : undefined;
        if (!id)
            throw new errors/* InputError */.dz({ file }, 'a [[rules]] entry has no `id`');
        const needle = `"${id}"`;
        if (typeof r.regex !== 'string' || r.regex === '') {
            config.notes.push(`gitleaks rule "${id}" matches file paths only; runlens scans contents, so it was skipped`);
            continue;
        }
        const re = regexOf(r.regex, `rule "${id}"`, needle);
        const allowTables = [...(Array.isArray(r.allowlists) ? r.allowlists : []), ...(r.allowlist ? [r.allowlist] : [])];
        const allow = allowTables.map((a) => ({
            condition: String(a.condition ?? 'OR').toUpperCase() === 'AND' ? 'and' : 'or',
            regexTarget: a.regexTarget === 'match' || a.regexTarget === 'line' ? a.regexTarget : 'secret',
            regexes: strings(a.regexes).map((x) => inline(regexOf(x, `rule "${id}" allowlist`, needle))),
            paths: strings(a.paths).map((x) => inline(regexOf(x, `rule "${id}" allowlist path`, needle))),
            stopwords: strings(a.stopwords),
        }));
        const secretGroup = typeof r.secretGroup === 'number' ? r.secretGroup : undefined;
        config.rules.push({
            id,
            title: typeof r.description === 'string' && r.description ? r.description : id,
            description: typeof r.description === 'string' ? r.description : id,
            provider: 'custom',
            severity: 'high',
            regex: re.source,
            flags: re.flags,
            ...(secretGroup !== undefined ? { secretGroup } : {}),
            keywords: strings(r.keywords).map((k) => k.toLowerCase()),
            ...(typeof r.entropy === 'number' ? { entropy: r.entropy } : {}),
            ...(typeof r.path === 'string' && r.path ? { path: inline(regexOf(r.path, `rule "${id}" path`, needle)) } : {}),
            allow,
        });
    }
    const globals = [
        ...(Array.isArray(doc.allowlists) ? doc.allowlists : []),
        ...(doc.allowlist ? [doc.allowlist] : []),
    ];
    for (const a of globals) {
        if (Array.isArray(a.targetRules) && a.targetRules.length > 0) {
            const targets = strings(a.targetRules);
            const extra = {
                condition: String(a.condition ?? 'OR').toUpperCase() === 'AND' ? 'and' : 'or',
                regexTarget: a.regexTarget === 'match' || a.regexTarget === 'line' ? a.regexTarget : 'secret',
                regexes: strings(a.regexes).map((x) => inline(regexOf(x, 'allowlist', 'targetRules'))),
                paths: strings(a.paths).map((x) => inline(regexOf(x, 'allowlist path', 'targetRules'))),
                stopwords: strings(a.stopwords),
            };
            for (const rule of config.rules.filter((x) => targets.includes(x.id))) {
                rule.allow = [...(Array.isArray(rule.allow) ? rule.allow : rule.allow ? [rule.allow] : []), extra];
            }
            continue;
        }
        if (a.regexTarget === 'match' || a.regexTarget === 'line') {
            config.notes.push(`a global allowlist with regexTarget "${a.regexTarget}" was applied to secrets only`);
        }
        config.allow.paths.push(...strings(a.paths).map((x) => inline(regexOf(x, 'allowlist path', '[allowlist'))));
        config.allow.regexes.push(...strings(a.regexes).map((x) => inline(regexOf(x, 'allowlist', '[allowlist'))));
        config.allow.stopwords.push(...strings(a.stopwords));
    }
    return config;
}

// EXTERNAL MODULE: ./lib/checks/secrets/rules.js + 19 modules
var secrets_rules = __webpack_require__(58651);
;// CONCATENATED MODULE: ./lib/checks/secrets/resolve-rules.js
// The rules and allowlist a secret scan runs with: the built-ins, a gitleaks config, runlens.yml `rules:`,
// `disable-rules` and `allowlist`, in that order of precedence (later wins by rule id).





/** The gitleaks config `gitleaks dir` reads from the directory it scans. */
const GITLEAKS_DEFAULT_CONFIG = '.gitleaks.toml';
/** gitleaks' ignore file: one finding fingerprint a line, `file:rule:line` (or `commit:file:rule:line`). */
const GITLEAKS_IGNORE = '.gitleaksignore';
/** The rules and allowlist a scan runs with, from the options. */
function resolveRules(options, cwd) {
    const notes = [];
    let rules = [...secrets_rules.BUILTIN_RULES];
    const allow = { paths: [], regexes: [], stopwords: [...options.allowlist.stopwords] };
    // As `gitleaks dir`: a `.gitleaks.toml` where the scan runs is the config unless one is named or `false`.
    const configured = options['gitleaks-config'];
    const implicit = configured === undefined && (0,external_node_fs_.existsSync)(external_node_path_.join(cwd, GITLEAKS_DEFAULT_CONFIG)) ? GITLEAKS_DEFAULT_CONFIG : undefined;
    const gitleaksConfig = configured === false ? undefined : (configured ?? implicit);
    if (gitleaksConfig) {
        const g = loadGitleaksConfig(external_node_path_.resolve(cwd, gitleaksConfig));
        if (implicit)
            notes.push(`using the repository's ${implicit} (as gitleaks does; \`gitleaks-config: false\` turns this off)`);
        notes.push(...g.notes);
        rules = g.useDefault ? rules.filter((r) => !g.disabledRules.includes(r.id)) : [];
        const ids = new Set(g.rules.map((r) => r.id));
        rules = [...rules.filter((r) => !ids.has(r.id)), ...g.rules];
        allow.paths.push(...g.allow.paths);
        allow.regexes.push(...g.allow.regexes);
        allow.stopwords.push(...g.allow.stopwords);
    }
    const disabled = new Set(options['disable-rules']);
    rules = rules.filter((r) => !disabled.has(r.id));
    for (const c of options.rules) {
        const rule = customRule(c);
        rules = [...rules.filter((r) => r.id !== c.id), rule];
    }
    allow.regexes.push(...options.allowlist.regexes.map((r) => inlineFlags((0,re2/* translateRe2 */.M)(r))));
    return { spec: { rules, allow, decode: true }, notes, excludedPaths: options.allowlist.paths };
}
/** A runlens.yml `rules:` entry as a SecretRule (the run's redactor uses them too: src/engine/redactor.ts). */
function customRule(c) {
    const re = (0,re2/* translateRe2 */.M)(c.regex);
    return {
        id: c.id,
        title: c.title ?? c.id,
        description: c.description ?? c.title ?? c.id,
        provider: 'custom',
        severity: c.severity,
        regex: re.source,
        flags: re.flags,
        keywords: c.keywords,
        ...(c['secret-group'] !== undefined ? { secretGroup: c['secret-group'] } : {}),
        ...(c.entropy !== undefined ? { entropy: c.entropy } : {}),
        ...(c.path ? { path: inlineFlags((0,re2/* translateRe2 */.M)(c.path)) } : {}),
        allow: { regexes: c.allowlist.regexes.map((r) => inlineFlags((0,re2/* translateRe2 */.M)(r))), stopwords: c.allowlist.stopwords },
    };
}
function inlineFlags(t) {
    return t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;
}


/***/ }),

/***/ 77293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSecrets: () => (/* binding */ runSecrets)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/checks/check.js + 1 modules
var check = __webpack_require__(78929);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
;// CONCATENATED MODULE: ./lib/checks/secrets/baseline.js
// Baseline of known secrets: only new ones are reported. The file holds fingerprints, never secrets:
//
//   { "version": 1, "tool": "runlens-secrets",
//     "secrets": [ { "fingerprint": "9f2c…", "rule": "github-pat", "path": "src/config.ts", "line": 12 } ] }
//
// rule/path/line are for the people reviewing the file; only `fingerprint` is matched, so lines may move.
// A plain JSON array of fingerprint strings is accepted too.




async function readBaseline(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz({ file }, 'cannot read the secrets baseline', 'check the `baseline` path, or remove the option');
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz({ file }, `the secrets baseline is not JSON (${err.message})`);
    }
    const list = Array.isArray(doc) ? doc : doc?.secrets;
    if (!Array.isArray(list))
        throw new errors/* InputError */.dz({ file }, 'the secrets baseline has no `secrets` list', 'write one with the artifact <output-dir>/secrets/<step>.baseline.json');
    const out = new Set();
    for (const e of list) {
        const fp = typeof e === 'string' ? e : e?.fingerprint;
        if (typeof fp === 'string')
            out.add(fp);
    }
    return out;
}
function baselineOf(findings) {
    const seen = new Set();
    const secrets = [];
    for (const f of findings) {
        if (f.category !== 'secret' || seen.has(f.fingerprint))
            continue;
        seen.add(f.fingerprint);
        secrets.push({
            fingerprint: f.fingerprint,
            rule: f.ruleId,
            ...(f.location ? { path: f.location.path } : {}),
            ...(f.location?.startLine !== undefined ? { line: f.location.startLine } : {}),
        });
    }
    secrets.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.fingerprint.localeCompare(b.fingerprint));
    return { version: 1, tool: 'runlens-secrets', secrets };
}
/**
 * Writes a baseline accepting every secret finding in `findings` (e.g. from run.json, for a
 * `runlens secrets baseline` command). Returns the number of entries written.
 */
async function writeSecretsBaseline(file, findings) {
    const doc = baselineOf(findings);
    await atomicWriteFile(path.resolve(file), `${JSON.stringify(doc, null, 2)}\n`);
    return doc.secrets.length;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/checks/secrets/batch.js
function emptyResult() {
    return { counts: { scanned: 0, binary: 0, 'too-large': 0, unreadable: 0 }, bytes: 0, matches: [] };
}
function scanBatch(scanner, files) {
    const result = emptyResult();
    for (const [abs, rel] of files) {
        const r = scanner.scan(abs, rel);
        result.counts[r.status]++;
        if (r.status === 'scanned')
            result.bytes += r.bytes;
        if (r.matches.length > 0)
            result.matches.push({ path: rel, matches: r.matches });
    }
    return result;
}
function mergeResults(into, from) {
    for (const k of Object.keys(into.counts))
        into.counts[k] += from.counts[k];
    into.bytes += from.bytes;
    into.matches.push(...from.matches);
}
/** The first message a worker sends: proves the script spawned is the secrets worker. */
const WORKER_HELLO = 'runlens-secrets-worker';

;// CONCATENATED MODULE: ./lib/checks/secrets/gitleaks-ignore.js
// gitleaks' `.gitleaksignore`: findings to ignore, one fingerprint a line — `file:rule-id:line` for a finding in
// the tree, `commit:file:rule-id:line` for one in history; `#` starts a comment. Rule ids differ between the two
// tools (gitleaks' `generic-api-key` is runlens's `generic-secret`), so an entry ignores whatever runlens finds at
// that file and line (and commit, when given): the place identifies the secret.

function readGitleaksIgnore(file) {
    const keys = new Set();
    let entries = 0;
    for (const raw of (0,external_node_fs_.readFileSync)(file, 'utf8').split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const parts = line.split(':');
        const lineNo = parts.at(-1);
        if (parts.length < 3 || !/^\d+$/.test(lineNo ?? ''))
            continue;
        entries++;
        // commit:file:rule:line when the first part is a commit SHA; else file:rule:line (a path may hold `:`).
        if (parts.length >= 4 && /^[0-9a-f]{7,40}$/.test(parts[0])) {
            keys.add(`${parts[0]}:${parts.slice(1, -2).join(':')}:${lineNo}`);
        }
        else {
            keys.add(`${parts.slice(0, -2).join(':')}:${lineNo}`);
        }
    }
    return { keys, entries };
}
/** Whether `.gitleaksignore` names the place of this finding. */
function isIgnored(ignore, f) {
    const file = f.location?.path;
    const line = f.location?.startLine;
    if (file === undefined || line === undefined)
        return false;
    if (f.properties?.scope !== 'history' && ignore.keys.has(`${file}:${line}`))
        return true;
    const commit = typeof f.properties?.commit === 'string' ? f.properties.commit : undefined;
    if (commit !== undefined) {
        for (const key of ignore.keys) {
            const [sha, ...rest] = key.split(':');
            if (rest.length >= 2 && commit.startsWith(sha) && rest.join(':') === `${file}:${line}`)
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./lib/checks/secrets/matcher.js + 5 modules
var secrets_matcher = __webpack_require__(62257);
// EXTERNAL MODULE: ./lib/checks/secrets/resolve-rules.js + 1 modules
var resolve_rules = __webpack_require__(83962);
// EXTERNAL MODULE: ./lib/base/version.js
var version = __webpack_require__(26413);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var findings_fingerprint = __webpack_require__(35530);
;// CONCATENATED MODULE: ./lib/checks/secrets/checksum.js
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_LENGTH = 6;
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE 802.3, as zlib's) of an ASCII string. */
function crc32(text) {
    let crc = 0xffffffff;
    for (let i = 0; i < text.length; i++)
        crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** `value` in base62 (0-9A-Za-z), left-padded with `0` to `width`. */
function base62(value, width) {
    let out = '';
    for (let v = value; v > 0; v = Math.floor(v / 62))
        out = BASE62[v % 62] + out;
    return out.padStart(width, '0');
}
/** A GitHub token (`ghp_…`) whose last 6 characters are the base62 CRC32 of the random part before them. */
function hasValidGithubChecksum(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length <= CHECKSUM_LENGTH || !/^[A-Za-z0-9]+$/.test(body))
        return false;
    const random = body.slice(0, -CHECKSUM_LENGTH);
    return base62(crc32(random), CHECKSUM_LENGTH) === body.slice(-CHECKSUM_LENGTH);
}
/**
 * How sure a finding of `rule` is, from the checksum its format carries: `high` when it is valid, `medium`
 * when it is not (a typo'd, truncated or made-up token is still reported). Undefined for rules without one.
 */
function confidenceOf(rule, secret) {
    switch (rule.checksum) {
        case undefined:
            return undefined;
        case 'github':
            return hasValidGithubChecksum(secret) ? 'high' : 'medium';
    }
}

;// CONCATENATED MODULE: ./lib/checks/secrets/providers.js
// Remediation per credential provider: where to revoke and re-issue. Data; rendered into each finding's help.
const PROVIDERS = {
    aws: {
        name: 'AWS',
        rotate: 'Deactivate and delete the access key in IAM (Users → Security credentials), create a new one, and check CloudTrail for its use.',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    },
    github: {
        name: 'GitHub',
        rotate: 'Revoke the token (Settings → Developer settings → Personal access tokens, or the app/OAuth app page) and issue a new one with the least scope needed.',
        url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation',
    },
    gitlab: {
        name: 'GitLab',
        rotate: 'Revoke or rotate the token where it was created (user, project or group Access tokens; runner, deploy or trigger token pages).',
        url: 'https://docs.gitlab.com/security/tokens/',
    },
    slack: {
        name: 'Slack',
        rotate: 'Regenerate the token or webhook in the app settings (api.slack.com/apps → OAuth & Permissions / Incoming Webhooks) and revoke the old one.',
        url: 'https://api.slack.com/authentication/rotation',
    },
    stripe: {
        name: 'Stripe',
        rotate: 'Roll the key in the Dashboard (Developers → API keys → Roll key) and review recent API requests.',
        url: 'https://docs.stripe.com/keys#rolling-keys',
    },
    google: {
        name: 'Google Cloud',
        rotate: 'Delete or regenerate the key in Google Cloud console (APIs & Services → Credentials), and add API restrictions to the new one.',
        url: 'https://cloud.google.com/docs/authentication/api-keys#securing',
    },
    'gcp-service-account': {
        name: 'Google Cloud',
        rotate: 'Delete the service account key (IAM → Service accounts → Keys), create a new one only if Workload Identity Federation cannot replace it.',
        url: 'https://cloud.google.com/iam/docs/keys-create-delete',
    },
    'azure-storage': {
        name: 'Azure',
        rotate: 'Rotate the account or shared access key (Access keys → Rotate key) and update every connection string; revoke SAS tokens by rotating the key that signed them.',
        url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
    },
    'azure-ad': {
        name: 'Microsoft Entra ID',
        rotate: 'Delete the client secret in the app registration (Certificates & secrets) and add a new one, or move to a certificate or managed identity.',
    },
    'azure-devops': {
        name: 'Azure DevOps',
        rotate: 'Revoke the personal access token (User settings → Personal access tokens) and create a new one.',
    },
    npm: {
        name: 'npm',
        rotate: 'Revoke the token (`npm token revoke <id>` or npmjs.com → Access Tokens), then read it from the environment (`${NPM_TOKEN}`) in .npmrc.',
        url: 'https://docs.npmjs.com/revoking-access-tokens',
    },
    pypi: { name: 'PyPI', rotate: 'Remove the API token (pypi.org → Account settings → API tokens); prefer Trusted Publishing for CI.' },
    rubygems: { name: 'RubyGems', rotate: 'Delete the API key at rubygems.org → Settings → API keys.' },
    nuget: { name: 'NuGet', rotate: 'Delete or regenerate the API key at nuget.org → API Keys.' },
    clojars: { name: 'Clojars', rotate: 'Disable the deploy token at clojars.org → Deploy tokens.' },
    docker: {
        name: 'Docker',
        rotate: 'Delete the access token (Docker Hub → Account settings → Personal access tokens) or change the registry password, and `docker logout`.',
    },
    sendgrid: { name: 'SendGrid', rotate: 'Delete the API key (Settings → API Keys) and create a new one with restricted scopes.' },
    twilio: { name: 'Twilio', rotate: 'Delete the API key or promote a secondary auth token (Console → Account → API keys & tokens).' },
    mailgun: { name: 'Mailgun', rotate: 'Regenerate or delete the API key (Settings → API Keys).' },
    mailchimp: { name: 'Mailchimp', rotate: 'Disable the API key (Profile → Extras → API keys) and create a new one.' },
    postman: { name: 'Postman', rotate: 'Revoke the API key (Settings → API keys).' },
    linear: { name: 'Linear', rotate: 'Revoke the key (Settings → API → Personal API keys).' },
    notion: { name: 'Notion', rotate: 'Refresh the integration secret (My integrations → Secrets → Refresh).' },
    airtable: { name: 'Airtable', rotate: 'Delete or regenerate the personal access token (Builder hub → Personal access tokens).' },
    figma: { name: 'Figma', rotate: 'Revoke the personal access token (Settings → Security).' },
    atlassian: {
        name: 'Atlassian',
        rotate: 'Revoke the API token or app password (id.atlassian.com → Security → API tokens; Bitbucket → Personal settings → App passwords).',
    },
    shopify: {
        name: 'Shopify',
        rotate: 'Uninstall/reinstall the app or rotate the token and shared secret in the Partner Dashboard or app settings.',
    },
    discord: { name: 'Discord', rotate: 'Reset the bot token (Developer Portal → Bot → Reset Token) or delete and recreate the webhook.' },
    telegram: { name: 'Telegram', rotate: 'Revoke the token with @BotFather (`/revoke`).' },
    openai: { name: 'OpenAI', rotate: 'Delete the key (platform.openai.com → API keys) and create a new project-scoped one.' },
    anthropic: { name: 'Anthropic', rotate: 'Delete the key in the Anthropic Console (Settings → API keys) and create a new one.' },
    huggingface: { name: 'Hugging Face', rotate: 'Invalidate or delete the token (Settings → Access Tokens) and create a fine-grained one.' },
    groq: { name: 'Groq', rotate: 'Delete the key in the Groq console (API Keys).' },
    replicate: { name: 'Replicate', rotate: 'Revoke the token (Account → API tokens).' },
    langsmith: { name: 'LangSmith', rotate: 'Delete the key (Settings → API Keys).' },
    digitalocean: { name: 'DigitalOcean', rotate: 'Revoke the token (API → Tokens).' },
    vault: { name: 'HashiCorp Vault', rotate: 'Revoke the token (`vault token revoke`) and review its accessor in the audit log.' },
    terraform: { name: 'HCP Terraform', rotate: 'Delete the API token (User settings → Tokens, or the team/organization token page).' },
    databricks: { name: 'Databricks', rotate: 'Revoke the token (User Settings → Developer → Access tokens).' },
    doppler: { name: 'Doppler', rotate: 'Revoke the token in the Doppler dashboard (Access → Service tokens / Personal tokens).' },
    pulumi: { name: 'Pulumi', rotate: 'Delete the access token (Pulumi Cloud → Personal access tokens).' },
    planetscale: { name: 'PlanetScale', rotate: 'Delete the service token or database password in the PlanetScale dashboard.' },
    supabase: { name: 'Supabase', rotate: 'Revoke the access token (Account → Access Tokens).' },
    cloudflare: { name: 'Cloudflare', rotate: 'Roll the Origin CA key (My Profile → API Tokens → Origin CA Key → Change).' },
    heroku: { name: 'Heroku', rotate: 'Regenerate the API key (`heroku authorizations:rotate` or Account settings → API Key → Regenerate).' },
    newrelic: { name: 'New Relic', rotate: 'Delete the user key (API keys) and create a new one.' },
    grafana: { name: 'Grafana', rotate: 'Delete the token (Cloud Portal → Access Policies, or Administration → Service accounts).' },
    sentry: { name: 'Sentry', rotate: 'Revoke the auth token (Settings → Auth Tokens / Organization Tokens).' },
    dynatrace: { name: 'Dynatrace', rotate: 'Revoke the token (Access tokens).' },
    square: { name: 'Square', rotate: 'Revoke the token or replace the application secret in the Square Developer Dashboard.' },
    mapbox: { name: 'Mapbox', rotate: 'Delete the secret token (Account → Tokens).' },
    tailscale: { name: 'Tailscale', rotate: 'Revoke the key (Admin console → Settings → Keys).' },
    onepassword: { name: '1Password', rotate: 'Revoke the service account token (Developer Tools → Service Accounts).' },
    adafruit: { name: 'Adafruit IO', rotate: 'Regenerate the key (My Key → Regenerate Key).' },
    netlify: { name: 'Netlify', rotate: 'Delete the personal access token (User settings → Applications).' },
    jfrog: {
        name: 'JFrog',
        rotate: 'Revoke the API key or token (JFrog Platform → User Profile / Administration → Identity and Access → Access Tokens) and create a scoped access token.',
    },
    harness: {
        name: 'Harness',
        rotate: "Delete the token (My Profile → My API Keys, or the service account's API keys) and create a new one.",
    },
    snyk: { name: 'Snyk', rotate: 'Revoke and regenerate the token (Account settings → Auth Token, or the service account page).' },
    sourcegraph: { name: 'Sourcegraph', rotate: 'Delete the access token (User settings → Access tokens).' },
    sonar: { name: 'SonarQube / SonarCloud', rotate: 'Revoke the token (My Account → Security) and generate a new one.' },
    codecov: { name: 'Codecov', rotate: 'Regenerate the upload or access token in the repository or organization settings.' },
    drone: { name: 'Drone CI', rotate: 'Reset the user token (User settings → Token → Reset).' },
    travis: { name: 'Travis CI', rotate: 'Regenerate the API token (Account settings → Settings → API authentication).' },
    octopus: { name: 'Octopus Deploy', rotate: 'Revoke the API key (Profile → My API Keys) and create a new one.' },
    launchdarkly: { name: 'LaunchDarkly', rotate: 'Reset the SDK key or delete the access token (Account settings → Authorization).' },
    infracost: { name: 'Infracost', rotate: 'Rotate the API key in Infracost Cloud (Org settings → API key).' },
    prefect: { name: 'Prefect', rotate: 'Delete the API key (Profile → API keys) or the service account key.' },
    readme: { name: 'ReadMe', rotate: 'Revoke the API key in the project dashboard (API Keys).' },
    scalingo: { name: 'Scalingo', rotate: 'Delete the API token (User settings → API tokens).' },
    settlemint: { name: 'SettleMint', rotate: 'Revoke the access token in the SettleMint console.' },
    'defined-networking': { name: 'Defined Networking', rotate: 'Delete the API key in the Defined Networking admin panel.' },
    kubernetes: {
        name: 'Kubernetes',
        rotate: 'Change the credential the Secret holds at its source, then keep the manifest out of the repository (Sealed Secrets, SOPS, External Secrets) and `kubectl apply` the new value.',
        url: 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
    },
    openshift: { name: 'OpenShift', rotate: 'Delete the OAuth access token (`oc delete oauthaccesstoken`) and log in again.' },
    okta: { name: 'Okta', rotate: 'Revoke the API token (Security → API → Tokens).' },
    flyio: { name: 'Fly.io', rotate: 'Revoke the token (`fly tokens revoke`, or Dashboard → Tokens).' },
    gitter: { name: 'Gitter', rotate: 'Revoke the token at developer.gitter.im.' },
    mattermost: { name: 'Mattermost', rotate: 'Revoke the personal access token (Profile → Security → Personal Access Tokens).' },
    confluent: { name: 'Confluent Cloud', rotate: 'Delete the API key (Cloud console → API keys) and create a new one.' },
    clickhouse: { name: 'ClickHouse Cloud', rotate: 'Delete the API key (Organization → API Keys) and create a new one.' },
    authress: { name: 'Authress', rotate: 'Revoke the service client access key in the Authress management portal.' },
    privateai: { name: 'Private AI', rotate: 'Rotate the API key in the Private AI portal.' },
    sidekiq: { name: 'Sidekiq Enterprise/Pro', rotate: 'Ask Contributed Systems for new credentials and update the gem source.' },
    intra42: { name: '42 Intra', rotate: 'Regenerate the application secret (intra.42.fr → API → your application).' },
    plaid: {
        name: 'Plaid',
        rotate: 'Rotate the secret (Dashboard → Team settings → Keys) and invalidate access tokens (/item/access_token/invalidate).',
    },
    finicity: { name: 'Finicity (Mastercard Open Banking)', rotate: 'Rotate the partner secret in the developer dashboard.' },
    flutterwave: { name: 'Flutterwave', rotate: 'Regenerate the API keys (Settings → API keys).' },
    gocardless: { name: 'GoCardless', rotate: 'Revoke the access token (Developers → Access tokens) and create a new one.' },
    coinbase: { name: 'Coinbase', rotate: 'Delete the API key (Settings → API) and create a new one with the least permissions.' },
    kraken: { name: 'Kraken', rotate: 'Delete the API key (Settings → API) and create a new one.' },
    kucoin: { name: 'KuCoin', rotate: 'Delete the API key (API Management) and create a new one.' },
    bittrex: { name: 'Bittrex', rotate: 'Delete the API key (Settings → API keys).' },
    easypost: { name: 'EasyPost', rotate: 'Disable the API key (Account → API keys) and create a new one.' },
    shippo: { name: 'Shippo', rotate: 'Regenerate the API token (Settings → API).' },
    lob: { name: 'Lob', rotate: 'Rotate the API key (Settings → API keys).' },
    duffel: { name: 'Duffel', rotate: 'Revoke the access token (Developers → Access tokens).' },
    finnhub: { name: 'Finnhub', rotate: 'Regenerate the API key in the Finnhub dashboard.' },
    freemius: { name: 'Freemius', rotate: 'Regenerate the secret key in the Freemius developer dashboard.' },
    twitter: { name: 'X (Twitter)', rotate: 'Regenerate the keys and tokens (Developer Portal → Projects & Apps → Keys and tokens).' },
    facebook: {
        name: 'Meta (Facebook)',
        rotate: 'Reset the app secret (App Dashboard → Settings → Basic) and invalidate the access tokens.',
    },
    linkedin: { name: 'LinkedIn', rotate: 'Generate a new client secret (Developer portal → Auth) and delete the old one.' },
    twitch: { name: 'Twitch', rotate: 'Generate a new client secret or revoke the token (Twitch developer console).' },
    flickr: { name: 'Flickr', rotate: 'Delete the API key (App Garden → your apps).' },
    nytimes: { name: 'The New York Times', rotate: 'Delete the API key (developer.nytimes.com → Apps).' },
    etsy: { name: 'Etsy', rotate: 'Regenerate the API keystring (Your apps → Manage).' },
    yandex: {
        name: 'Yandex Cloud',
        rotate: 'Delete the API key or static access key (service account → Keys); IAM tokens expire within 12 hours.',
    },
    dropbox: { name: 'Dropbox', rotate: 'Revoke the token (App Console → your app) or disconnect the app.' },
    typeform: { name: 'Typeform', rotate: 'Delete the personal access token (Account → Personal tokens).' },
    frameio: { name: 'Frame.io', rotate: 'Revoke the developer token (developer.frame.io → Tokens).' },
    contentful: { name: 'Contentful', rotate: 'Revoke the API key or personal access token (Settings → API keys / CMA tokens).' },
    squarespace: { name: 'Squarespace', rotate: 'Revoke the API key (Settings → Developer API keys).' },
    rapidapi: { name: 'RapidAPI', rotate: 'Rotate the application key (Developer dashboard → Apps → Security).' },
    beamer: { name: 'Beamer', rotate: 'Delete the API key (Settings → API).' },
    intercom: { name: 'Intercom', rotate: 'Rotate the access token (Developer Hub → your app → Authentication).' },
    hubspot: { name: 'HubSpot', rotate: 'Rotate the private app token (Settings → Integrations → Private apps) or deactivate the API key.' },
    zendesk: { name: 'Zendesk', rotate: 'Delete the API token (Admin Center → Apps and integrations → Zendesk API).' },
    freshbooks: { name: 'FreshBooks', rotate: 'Revoke the token or reset the client secret (Developer page → your app).' },
    messagebird: { name: 'MessageBird (Bird)', rotate: 'Delete the access key (Developers → API access) and create a new one.' },
    sendbird: { name: 'Sendbird', rotate: 'Revoke the API token (Dashboard → Settings → General → API tokens).' },
    sendinblue: { name: 'Brevo (Sendinblue)', rotate: 'Delete the API key (SMTP & API → API keys) and create a new one.' },
    asana: { name: 'Asana', rotate: 'Reset the client secret or revoke the personal access token (Developer console).' },
    adobe: { name: 'Adobe', rotate: 'Rotate the client secret (Developer Console → project → credentials).' },
    alibaba: { name: 'Alibaba Cloud', rotate: 'Disable and delete the AccessKey pair (RAM console → AccessKey) and create a new one.' },
    algolia: { name: 'Algolia', rotate: 'Regenerate the API key (Settings → API keys); never ship the admin key to clients.' },
    looker: { name: 'Looker', rotate: 'Reset the API client secret (Admin → Users → Edit keys).' },
    maxmind: { name: 'MaxMind', rotate: 'Deactivate the license key (Account → Manage license keys) and create a new one.' },
    fastly: { name: 'Fastly', rotate: 'Delete the API token (Account → Personal API tokens) and create a scoped one.' },
    perplexity: { name: 'Perplexity', rotate: 'Revoke the API key (Settings → API).' },
    cohere: { name: 'Cohere', rotate: 'Delete the API key in the Cohere dashboard (API keys).' },
    sumologic: { name: 'Sumo Logic', rotate: 'Deactivate and delete the access key (Preferences → Access keys).' },
    datadog: { name: 'Datadog', rotate: 'Revoke the API or application key (Organization settings → API keys / Application keys).' },
    'microsoft-teams': { name: 'Microsoft Teams', rotate: 'Remove the incoming webhook from the channel and create a new one.' },
    meraki: { name: 'Cisco Meraki', rotate: 'Revoke the API key (My profile → API access) and generate a new one.' },
    'private-key': {
        name: 'the key owner',
        rotate: 'Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers, deploy keys, certificates — revoke and re-issue those), and remove the old one.',
    },
    jwt: {
        name: 'the token issuer',
        rotate: 'If the token is still valid, revoke it or rotate the signing key of its issuer; never commit session or service tokens.',
    },
    url: {
        name: 'the service',
        rotate: 'Change the password of that account on the database or service, then read the URL from the environment or a secret store.',
    },
    generic: {
        name: 'the service',
        rotate: 'Change the value where it is issued (the service, database or account it belongs to), then read it from the environment or a secret store.',
    },
    custom: { name: 'the service', rotate: 'Rotate the credential where it is issued, then read it from the environment or a secret store.' },
};
/** The help text of a finding: rotate first (the secret is exposed already), then purge history, then prevent. */
function remediation(provider) {
    const p = PROVIDERS[provider] ?? PROVIDERS.custom;
    const help = [
        `**1. Rotate it now.** ${p.rotate} Deleting the line is not enough: the value is already in the repository's history and every clone and CI log that saw it.`,
        '',
        '**2. Remove it from history** once rotated: `git filter-repo --replace-text <file>` (or BFG), force-push, and ask GitHub or GitLab support to purge cached views and pull/merge request refs.',
        '',
        '**3. Keep it out:** read the value from the environment or a secret store (Actions secrets, GitLab CI/CD variables).',
        '',
        'A false positive? Add `runlens:allow` in a comment on that line, an allowlist entry in the step options, or accept it into the baseline.',
    ].join('\n');
    return { help, ...(p.url ? { helpUri: p.url } : {}) };
}

// EXTERNAL MODULE: ./lib/checks/secrets/redact.js
var redact = __webpack_require__(90410);
// EXTERNAL MODULE: ./lib/checks/secrets/tool.js
var tool = __webpack_require__(87473);
// EXTERNAL MODULE: ./lib/base/hash.js
var base_hash = __webpack_require__(50645);
;// CONCATENATED MODULE: ./lib/checks/secrets/scan-findings.js
// Phase 3 of a secret scan: every value found is masked, then matches become findings with fingerprints
// (tree first, then history oldest first, so a secret is attributed to the commit that added it).







const SECRETS_TOOL = tool/* TOOL */.j.name;
/**
 * Masks before anything could print a value: each value once, and each line of a multi-line one on its own
 * too, since CI runners match their output line by line (the BEGIN/END armour lines are not secret).
 */
function maskFound(tree, history, mask) {
    const masked = new Set();
    const once = (value) => {
        if (masked.has(value))
            return;
        masked.add(value);
        mask(value);
    };
    for (const secret of [...tree.matches.flatMap((f) => f.matches), ...(history?.matches ?? [])].map((m) => m.secret)) {
        once(secret);
        if (secret.includes('\n'))
            for (const line of secret.split(/\r?\n/))
                if (line.trim().length >= 8 && !line.startsWith('-----'))
                    once(line.trim());
    }
}
/**
 * Every finding of the scan, one per secret and place (a secret seen in the tree and in history is one finding).
 * `stillPresent` says whether a secret a commit added is still in that file of the working tree; one that is
 * not was "removed since", and reports link the commit that added it instead of the file at head.
 */
function findingsOf(stepId, rules, tree, history, stillPresent) {
    const rulesById = new Map(rules.map((r) => [r.id, r]));
    const all = [];
    const byFingerprint = new Map();
    const occurrences = new Map();
    const toFinding = (m, file, commit) => {
        const rule = rulesById.get(m.ruleId);
        const hash = (0,base_hash/* sha256 */.sc)(m.secret);
        const identity = `${rule.id}\0${file}\0${hash}`;
        let fingerprint;
        if (commit) {
            fingerprint = (0,findings_fingerprint/* fingerprintOf */.a)(rule.id, file, hash);
            const same = byFingerprint.get(fingerprint);
            if (same) {
                // Already reported (from the tree, or from another commit of the range): note where it came in.
                if (same.properties?.commit === undefined) {
                    same.properties = { ...same.properties, commit: commit.commit, author: `${commit.author} <${commit.email}>`, date: commit.date };
                }
                return undefined;
            }
        }
        else {
            const n = occurrences.get(identity) ?? 0;
            occurrences.set(identity, n + 1);
            // The nth copy of the same secret in a file gets its own fingerprint; the first keeps the plain one.
            fingerprint = n === 0 ? (0,findings_fingerprint/* fingerprintOf */.a)(rule.id, file, hash) : (0,findings_fingerprint/* fingerprintOf */.a)(rule.id, file, hash, n);
        }
        const shown = (0,redact/* redact */.E)(m.secret);
        const removed = commit !== undefined && stillPresent !== undefined && !stillPresent(file, m.secret);
        const where = commit
            ? ` added in commit ${commit.commit.slice(0, 12)} by ${commit.author} (${commit.date.slice(0, 10)})${removed ? ' and removed since (it is still in the history)' : ''}`
            : '';
        const finding = {
            tool: SECRETS_TOOL,
            toolVersion: version.RUNLENS_VERSION,
            ruleId: rule.id,
            title: rule.title,
            message: `${rule.title} \`${shown}\`${where}. Rotate it, then remove it from history.`,
            severity: rule.severity,
            category: 'secret',
            location: { path: file, startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: shown },
            fingerprint,
            ...remediation(rule.provider),
            stepId,
            properties: commit
                ? {
                    scope: 'history',
                    commit: commit.commit,
                    author: `${commit.author} <${commit.email}>`,
                    date: commit.date,
                    ...(removed ? { removed: true } : {}),
                }
                : { scope: 'tree' },
        };
        const confidence = confidenceOf(rule, m.secret);
        if (confidence)
            finding.properties = { ...finding.properties, confidence };
        byFingerprint.set(fingerprint, finding);
        return finding;
    };
    for (const f of tree.matches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        for (const m of f.matches) {
            const finding = toFinding(m, f.path);
            if (finding)
                all.push(finding);
        }
    }
    // `git log` lists newest first; walk oldest first so a secret is attributed to the commit that added it.
    for (const m of [...(history?.matches ?? [])].reverse()) {
        const finding = toFinding(m, m.path, m.commit);
        if (finding)
            all.push(finding);
    }
    return all;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/history.js
const FIELD = '\x00';
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** `"a/dir/f\303\251.txt"` → `a/dir/fé.txt` (git quotes paths with unusual bytes even with quotePath off). */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const bytes = [];
    const s = p.slice(1, -1);
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const n = s[++i];
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Whether `rev` names a commit in this clone (a shallow clone may lack the PR's base). */
async function hasCommit(cwd, rev) {
    const { execa } = await __webpack_require__.e(/* import() */ 7427).then(__webpack_require__.bind(__webpack_require__, 7427));
    const r = await execa('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd, reject: false });
    return r.exitCode === 0;
}
async function isGitRepository(cwd) {
    const { execa } = await __webpack_require__.e(/* import() */ 7427).then(__webpack_require__.bind(__webpack_require__, 7427));
    const r = await execa('git', ['rev-parse', '--git-dir'], { cwd, reject: false });
    return r.exitCode === 0;
}
async function scanHistory(opts) {
    const result = { commits: 0, diffs: 0, bytes: 0, matches: [] };
    const rangeArgs = opts.range === '--all' ? ['--all'] : [opts.range];
    // Loaded here, not at the top: this module is on every run's start-up path (the check registry), execa is not.
    const { execa } = await __webpack_require__.e(/* import() */ 7427).then(__webpack_require__.bind(__webpack_require__, 7427));
    const git = execa('git', [
        '-c',
        'core.quotePath=false',
        'log',
        '-p',
        '-U0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        // NUL-separated fields: no author name or path can contain one.
        '--format=%x00%H%x00%an%x00%ae%x00%aI',
        ...rangeArgs,
        '--',
    ], { cwd: opts.cwd, buffer: false, cancelSignal: opts.signal, stripFinalNewline: false, maxBuffer: Infinity });
    let commit;
    let path;
    let added = [];
    let lineNumbers = [];
    // Lines left in the current hunk: with -U0 every hunk line is `+` or `-`, counted by its header.
    let plusLeft = 0;
    let newLine = 0;
    const flush = () => {
        if (commit && path && added.length > 0 && !opts.excluded(path)) {
            const buf = Buffer.from(added.join('\n'), 'utf8');
            result.diffs++;
            result.bytes += buf.length;
            for (const m of opts.matcher.scan(buf, buf.length, path)) {
                result.matches.push({
                    ...m,
                    line: lineNumbers[m.line - 1] ?? m.line,
                    endLine: lineNumbers[m.endLine - 1] ?? m.endLine,
                    path,
                    commit,
                });
            }
        }
        added = [];
        lineNumbers = [];
    };
    for await (const raw of git) {
        const line = String(raw);
        if (line.startsWith(FIELD)) {
            flush();
            path = undefined;
            const [, hash, author, email, date] = line.split(FIELD);
            commit = { commit: hash, author: author, email: email, date: date };
            result.commits++;
            continue;
        }
        if (plusLeft > 0 && line.startsWith('+')) {
            added.push(line.slice(1));
            lineNumbers.push(newLine++);
            plusLeft--;
            continue;
        }
        if (line.startsWith('-') && !line.startsWith('--- '))
            continue;
        if (line.startsWith('diff --git ')) {
            flush();
            path = undefined;
            plusLeft = 0;
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            path = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
        }
        else {
            const h = HUNK.exec(line);
            if (h) {
                newLine = Number(h[1]);
                plusLeft = h[2] === undefined ? 1 : Number(h[2]);
            }
        }
    }
    flush();
    await git;
    return result;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/scan-history.js
// Phase 2 of a secret scan: the commits of a range (a pull/merge request's, or one asked for). Decides the
// range, checks that both ends are in the clone, and says why history was skipped when it cannot be scanned.


/** The history range to scan, or why there is none. */
function historyRange(options, platform) {
    if (options.history === 'off')
        return undefined;
    if (options.history === 'all')
        return '--all';
    if (options.history !== 'auto')
        return options.history;
    if (platform.kind !== 'local' && platform.baseSha && platform.sha && platform.baseSha !== platform.sha)
        return `${platform.baseSha}..${platform.sha}`;
    return undefined;
}
/** Scans the history range the options ask for, if any; fills the history figures of `stats`. */
async function scanHistoryRange(input, matcher, excluded, stats) {
    const { options } = input;
    const range = historyRange(options, input.platform);
    if (!range)
        return undefined;
    let history;
    stats.range = range === '--all' ? 'all commits' : range;
    const explicit = options.history !== 'auto';
    if (!(await isGitRepository(input.workspace))) {
        if (explicit)
            throw new errors/* RunlensError */.YD(`secrets: history: ${input.workspace} is not a git repository; set \`history: off\``);
        stats.historySkipped = 'the workspace is not a git repository';
    }
    else {
        const ends = range.includes('..') ? range.split(/\.{2,3}/).filter((e) => e !== '') : [];
        let absent;
        for (const end of ends)
            if (absent === undefined && !(await hasCommit(input.workspace, end)))
                absent = end;
        if (absent !== undefined) {
            const which = absent === ends[0] ? 'base' : 'head';
            const why = `the ${which} commit ${absent.slice(0, 12)} is not in this clone (shallow checkout?) — fetch the full history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 on GitLab)`;
            if (explicit)
                throw new errors/* RunlensError */.YD(`secrets: history: ${why}`);
            stats.historySkipped = why;
        }
        else {
            try {
                history = await input.phase('scan history', () => scanHistory({ cwd: input.workspace, range, matcher, excluded, signal: input.signal }), {
                    'runlens.secrets.range': stats.range ?? '',
                });
            }
            catch (err) {
                if (input.signal.aborted)
                    throw err;
                const stderr = err.stderr;
                throw new errors/* RunlensError */.YD(`secrets: history: git log ${range} failed: ${typeof stderr === 'string' && stderr ? stderr.trim() : err.message}`);
            }
            stats.commits = history.commits;
            stats.historyBytes = history.bytes;
        }
    }
    if (stats.historySkipped)
        input.log(`secrets: history not scanned: ${stats.historySkipped}`);
    return history;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/checks/secrets/file-scanner.js
// Reads one file at a time into a reused buffer (memory stays bounded by the size limit) and scans it.
// Used inside worker threads and in-thread alike; synchronous on purpose: a worker does nothing else.

/** Files with a NUL byte in their first 8 KiB are binary, as git decides. */
const BINARY_PROBE = 8192;
class FileScanner {
    buffer = Buffer.allocUnsafe(1 << 20);
    // Plain fields, not parameter properties: worker threads under tests run this file with type stripping.
    matcher;
    maxFileSize;
    constructor(matcher, maxFileSize) {
        this.matcher = matcher;
        this.maxFileSize = maxFileSize;
    }
    scan(absolutePath, relativePath) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
        }
        catch {
            return { status: 'unreadable', bytes: 0, matches: [] };
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > this.maxFileSize)
                return { status: 'too-large', bytes: size, matches: [] };
            if (size > this.buffer.length)
                this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
            let length = 0;
            // A file can grow between fstat and read; what was there at fstat time is what gets scanned.
            while (length < size) {
                const n = (0,external_node_fs_.readSync)(fd, this.buffer, length, size - length, length);
                if (n === 0)
                    break;
                length += n;
            }
            const probe = Math.min(length, BINARY_PROBE);
            if (this.buffer.subarray(0, probe).includes(0))
                return { status: 'binary', bytes: length, matches: [] };
            return { status: 'scanned', bytes: length, matches: this.matcher.scan(this.buffer, length, relativePath) };
        }
        catch {
            return { status: 'unreadable', bytes: 0, matches: [] };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/checks/secrets/pool.js
// Spreads files over worker threads, one per core. The worker script is found next to this module:
// `secrets-worker.js` beside the ncc bundle (dist/), `worker.js` beside the compiled module (lib/), or
// `worker.ts` beside the source under tests, which Node runs with type stripping once a resolve hook maps
// the sources' `.js` imports to their `.ts` files.




const WORKER_FILES = ['secrets-worker.js', 'worker.js'];
const BATCH_FILES = 48;
/** Batches queued per worker, so it never waits for the next one. */
const IN_FLIGHT = 2;
const TS_BOOTSTRAP = `
(async () => {
  const { registerHooks } = await import('node:module');
  const { existsSync } = await import('node:fs');
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
        const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
        if (existsSync(ts)) return nextResolve(ts.href, context);
      }
      return nextResolve(specifier, context);
    },
  });
  await import(require('node:worker_threads').workerData.entry);
})().catch((err) => { setImmediate(() => { throw err; }); });
`;
/** Where the worker script is, or undefined when this build has none (then scanning stays in-thread). */
function locateWorker() {
    const here = import.meta.url;
    for (const name of WORKER_FILES) {
        const url = new URL(name, here);
        if ((0,external_node_fs_.existsSync)(url))
            return { file: (0,external_node_url_.fileURLToPath)(url), eval: false };
    }
    const ts = new URL('worker.ts', here);
    if (here.endsWith('.ts') && (0,external_node_fs_.existsSync)(ts))
        return { file: TS_BOOTSTRAP, eval: true, entry: ts.href };
    return undefined;
}
/** Scans `files` on `workers` threads. Rejects if a worker cannot start or crashes; the caller falls back. */
async function scanInWorkers(files, options) {
    const script = locateWorker();
    if (!script)
        throw new Error('no secrets worker script next to the scanner module');
    const batches = [];
    for (let i = 0; i < files.length; i += BATCH_FILES)
        batches.push(files.slice(i, i + BATCH_FILES));
    const total = emptyResult();
    const workers = [];
    let nextBatch = 0;
    try {
        await new Promise((resolve, reject) => {
            let pending = batches.length;
            let settled = false;
            const fail = (err) => {
                if (settled)
                    return;
                settled = true;
                reject(err);
            };
            if (pending === 0) {
                resolve();
                return;
            }
            const onAbort = () => fail(options.signal.reason instanceof Error ? options.signal.reason : new Error('aborted'));
            if (options.signal.aborted)
                return onAbort();
            options.signal.addEventListener('abort', onAbort, { once: true });
            const feed = (w) => {
                if (nextBatch < batches.length) {
                    const req = { id: nextBatch, files: batches[nextBatch] };
                    nextBatch++;
                    w.postMessage(req);
                }
            };
            const count = Math.max(1, Math.min(options.workers, batches.length));
            for (let i = 0; i < count; i++) {
                const w = new external_node_worker_threads_.Worker(script.file, {
                    eval: script.eval,
                    workerData: { ...options.init, ...(script.entry ? { entry: script.entry } : {}) },
                    // Workers inherit the parent's flags; a test runner's loader flags mean nothing to them.
                    execArgv: [],
                });
                workers.push(w);
                w.on('message', (msg) => {
                    if (msg === WORKER_HELLO) {
                        for (let k = 0; k < IN_FLIGHT; k++)
                            feed(w);
                        return;
                    }
                    const { result } = msg;
                    mergeResults(total, result);
                    pending--;
                    if (pending === 0 && !settled) {
                        settled = true;
                        options.signal.removeEventListener('abort', onAbort);
                        resolve();
                    }
                    else {
                        feed(w);
                    }
                });
                w.on('error', (err) => fail(err));
                w.on('exit', (code) => {
                    if (!settled)
                        fail(new Error(`a secrets worker exited early (code ${code})`));
                });
            }
        });
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return total;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/scan-paths.js
// The `paths:` a secret scan was given, checked before and after listing: a scan that scanned nothing
// must not pass in silence (issue 9). A path that does not exist, lies outside the repository or
// matches no file to scan is an error naming where it is written in runlens.yml.




const inside = repo_path/* isInside */.FK;
/** The listed paths, absolute; throws on one outside the repository or missing. */
function resolveScanPaths(input) {
    const problems = [];
    const resolved = input.paths.map((p, i) => {
        const abs = external_node_path_.resolve(input.cwd, p);
        const at = `${input.where(['paths', i])}: secrets: paths: "${p}"`;
        if (!inside(input.workspace, abs)) {
            const hint = external_node_path_.isAbsolute(p)
                ? `write it relative to the step's working directory${inside(input.workspace, external_node_path_.join(input.cwd, p)) ? ` ("${p.replace(/^\/+/, '')}")` : ''}`
                : 'scan paths must lie inside the repository';
            problems.push(`${at} lies outside the repository (${input.workspace}); ${hint}`);
        }
        else if (!(0,external_node_fs_.existsSync)(abs)) {
            problems.push(`${at} does not exist (looked for ${abs}); fix the path or remove it`);
        }
        return abs;
    });
    if (problems.length > 0)
        throw new errors/* RunlensError */.YD(problems.join('\n'));
    return resolved;
}
/** Throws when a listed path exists but none of its files is left to scan (all ignored or allowlisted). */
function requireEachPathMatched(input, resolved, files) {
    const problems = [];
    resolved.forEach((abs, i) => {
        // The step's own directory (the default `.`) may hold nothing to scan: that is the 0-files warning.
        if (abs === input.cwd)
            return;
        const matched = files.some(([file]) => file === abs || file.startsWith(abs.endsWith(external_node_path_.sep) ? abs : abs + external_node_path_.sep));
        if (!matched)
            problems.push(`${input.where(['paths', i])}: secrets: paths: "${input.paths[i]}" matches no file to scan (everything under it is ignored by .gitignore, allowlisted or not a regular file); fix the path or remove it`);
    });
    if (problems.length > 0)
        throw new errors/* RunlensError */.YD(problems.join('\n'));
}

// EXTERNAL MODULE: ./lib/checks/secrets/tree.js
var secrets_tree = __webpack_require__(41147);
;// CONCATENATED MODULE: ./lib/checks/secrets/scan-tree.js
// Phase 1 of a secret scan: the working tree. Lists the files, then scans them in worker threads when
// there are enough to pay for starting them, else in this thread.






/** Below this many files, starting worker threads (~30 ms each) costs more than it saves. */
const IN_THREAD_MAX_FILES = 200;
async function scanFilesInThread(scanner, files, signal) {
    const total = emptyResult();
    for (let i = 0; i < files.length; i += 32) {
        if (signal.aborted)
            throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
        mergeResults(total, scanBatch(scanner, files.slice(i, i + 32)));
        // Let timers and the abort signal through between batches.
        await new Promise((r) => setImmediate(r));
    }
    return total;
}
/** Scans the working tree; fills the file counts of `stats`. */
async function scanTree(input, setup, stats) {
    const { options } = input;
    const { spec, matcher, excluded } = setup;
    const maxFileSize = options['max-file-size'];
    const pathsInput = {
        workspace: input.workspace,
        cwd: input.cwd,
        paths: options.paths,
        where: input.where ??
            ((p) => `step "${input.stepId}", with.${p
                .map((x) => (typeof x === 'number' ? `[${x}]` : x))
                .join('.')
                .replace('.[', '[')}`),
    };
    const roots = resolveScanPaths(pathsInput);
    const listing = await input.phase('list files', () => (0,secrets_tree/* listTree */.n)({
        root: input.workspace,
        paths: roots,
        gitignore: options.gitignore,
        skipDirs: input.skipDirs,
        excluded,
        signal: input.signal,
    }));
    requireEachPathMatched(pathsInput, roots, listing.files);
    // A sharded run scans this shard's files only (after the check above: a path may match another shard's files).
    if (input.keep)
        listing.files = listing.files.filter(([, rel]) => input.keep(rel));
    Object.assign(stats, { ignored: listing.ignored, symlinksInside: listing.symlinksInside, symlinksOutside: listing.symlinksOutside });
    const wanted = options.workers === 'auto' ? (0,external_node_os_.availableParallelism)() : options.workers;
    const workers = listing.files.length < IN_THREAD_MAX_FILES ? 0 : Math.min(wanted, Math.ceil(listing.files.length / 48));
    const tree = await input.phase('scan working tree', async () => {
        if (workers > 0) {
            try {
                const r = await scanInWorkers(listing.files, { workers, init: { spec, maxFileSize }, signal: input.signal });
                stats.workers = workers;
                return r;
            }
            catch (err) {
                if (input.signal.aborted)
                    throw err;
                input.log(`secrets: worker threads unavailable (${err.message}); scanning in this thread`);
            }
        }
        return scanFilesInThread(new FileScanner(matcher, maxFileSize), listing.files, input.signal);
    }, { 'runlens.secrets.files': listing.files.length, 'runlens.secrets.workers': workers });
    Object.assign(stats, {
        files: tree.counts.scanned,
        bytes: tree.bytes,
        binary: tree.counts.binary,
        tooLarge: tree.counts['too-large'],
        unreadable: tree.counts.unreadable,
    });
    return tree;
}

;// CONCATENATED MODULE: ./lib/checks/secrets/scan.js
// A secret scan end to end, phase by phase: the rules (resolve-rules.ts), the working tree (scan-tree.ts),
// the history range (scan-history.ts), masking and findings (scan-findings.ts), then the baseline.











/** Paths the scan skips: `allowlist.paths` globs, and the path regexes of a gitleaks config. */
function exclusionOf(excludedPaths, pathRegexSources) {
    // As in .gitignore, a glob without a slash matches a name at any depth (`*.min.js`).
    const globs = excludedPaths.map((g) => (g.includes('/') ? g.replace(/^\.?\//, '') : `**/${g}`));
    const globMatch = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
    const pathRegexes = pathRegexSources.map((p) => new RegExp(p));
    return (rel) => globMatch(rel) || (rel.endsWith('/') && globMatch(rel.slice(0, -1))) || pathRegexes.some((r) => r.test(rel));
}
/** Whether `secret` is in `file` (repository-relative) of the working tree now. Read only for secrets found in history. */
function inWorkingTree(root, file, secret) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(root, file), 'utf8').includes(secret);
    }
    catch {
        return false;
    }
}
function emptyStats(rules) {
    return {
        rules,
        files: 0,
        bytes: 0,
        binary: 0,
        tooLarge: 0,
        unreadable: 0,
        ignored: 0,
        symlinksInside: 0,
        symlinksOutside: 0,
        workers: 0,
        commits: 0,
        historyBytes: 0,
        durationMs: 0,
    };
}
async function scanSecrets(input) {
    const started = performance.now();
    const { options } = input;
    const { spec, notes, excludedPaths } = (0,resolve_rules.resolveRules)(options, input.cwd);
    const excluded = exclusionOf(excludedPaths, spec.allow.paths);
    const matcher = new secrets_matcher/* Matcher */.PN(spec);
    const stats = emptyStats(spec.rules.length);
    const tree = options.tree ? await scanTree(input, { spec, matcher, excluded }, stats) : emptyResult();
    const history = await scanHistoryRange(input, matcher, excluded, stats);
    maskFound(tree, history, (value) => input.mask(value));
    let all = findingsOf(input.stepId, spec.rules, tree, history, (file, secret) => inWorkingTree(input.workspace, file, secret));
    // gitleaks' ignore file, picked up with its config (`gitleaks-config: false` turns both off).
    const ignoreFile = external_node_path_.join(input.cwd, resolve_rules.GITLEAKS_IGNORE);
    if (options['gitleaks-config'] !== false && (0,external_node_fs_.existsSync)(ignoreFile)) {
        const ignore = readGitleaksIgnore(ignoreFile);
        const kept = all.filter((f) => !isIgnored(ignore, f));
        notes.push(`${resolve_rules.GITLEAKS_IGNORE}: ${ignore.entries} entr${ignore.entries === 1 ? 'y' : 'ies'}, ${all.length - kept.length} finding(s) ignored`);
        all = kept;
    }
    let findings = all;
    let baselined = 0;
    if (options.baseline) {
        const known = await readBaseline(external_node_path_.resolve(input.cwd, options.baseline));
        findings = all.filter((f) => !known.has(f.fingerprint));
        baselined = all.length - findings.length;
    }
    stats.durationMs = Math.round(performance.now() - started);
    return { findings, all, baselined, stats, notes };
}

;// CONCATENATED MODULE: ./lib/checks/secrets/run.js
// `uses: secrets`: credentials in the working tree and in the commits a pull/merge request adds.






function mb(bytes) {
    return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
}
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
/** The step's own lines in the job summary; the findings themselves are rendered by the reporters. */
function summaryOf(r, maxFileSize, baselineArtifact) {
    const s = r.stats;
    const lines = [];
    const scope = [`${plural(s.files, 'file')} (${mb(s.bytes)})`];
    if (s.range)
        scope.push(`${plural(s.commits, 'commit')} of ${s.range}`);
    lines.push(`Scanned ${scope.join(' and ')} with ${plural(s.rules, 'rule')} in ${(s.durationMs / 1000).toFixed(2)} s${s.workers > 0 ? ` on ${plural(s.workers, 'worker thread')}` : ''}.`);
    const known = r.baselined > 0 ? ` (${r.baselined} more known in the baseline, not reported)` : '';
    lines.push(r.findings.length === 0 ? `No new secrets${known}.` : `**${plural(r.findings.length, 'secret')} found**${known}.`);
    const skipped = [];
    if (s.binary)
        skipped.push(`${s.binary} binary`);
    if (s.tooLarge)
        skipped.push(`${s.tooLarge} larger than ${mb(maxFileSize)}`);
    if (s.unreadable)
        skipped.push(`${s.unreadable} unreadable`);
    if (s.ignored)
        skipped.push(`${s.ignored} ignored by .gitignore`);
    if (s.symlinksInside + s.symlinksOutside > 0)
        skipped.push(`${s.symlinksInside + s.symlinksOutside} symlinks (${s.symlinksOutside} leaving the repository)`);
    if (skipped.length > 0)
        lines.push(`Skipped: ${skipped.join(', ')}.`);
    if (s.historySkipped)
        lines.push(`⚠️ History not scanned: ${s.historySkipped}.`);
    for (const n of r.notes)
        lines.push(`Note: ${n}.`);
    if (r.all.length > 0)
        lines.push(`To accept the current secrets as known, commit \`${baselineArtifact}\` and set \`baseline:\` to it.`);
    return lines.join('\n\n');
}
/** A pass that proves nothing: said in the log, the summary and run.json, never silent. */
function nothingScanned(r, paths) {
    const s = r.stats;
    const skipped = [
        s.ignored ? `${s.ignored} ignored by .gitignore` : '',
        s.binary ? `${s.binary} binary` : '',
        s.tooLarge ? `${s.tooLarge} too large` : '',
        s.unreadable ? `${s.unreadable} unreadable` : '',
    ].filter(Boolean);
    return (`the secret scan scanned 0 files of the working tree (paths: ${paths.map((p) => JSON.stringify(p)).join(', ')}` +
        `${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}), so its pass proves nothing; check \`paths:\` and the allowlist`);
}
async function runSecrets(ctx) {
    const result = await scanSecrets({
        stepId: ctx.stepId,
        workspace: ctx.workspace,
        cwd: ctx.cwd,
        options: ctx.options,
        platform: ctx.platform,
        signal: ctx.signal,
        skipDirs: [ctx.outputDir],
        log: (line) => ctx.log(line),
        mask: (value) => ctx.mask(value),
        where: (optionPath) => ctx.where(optionPath),
        phase: (name, fn, attributes) => ctx.phase(name, fn, attributes),
        ...(ctx.shard ? { keep: (rel) => (0,check/* inShard */.Iw)(ctx, rel) } : {}),
    });
    const s = result.stats;
    ctx.log(`secrets: ${s.files} files (${mb(s.bytes)})${s.range ? `, ${s.commits} commits` : ''}, ${s.rules} rules, ${s.durationMs} ms: ` +
        `${result.findings.length} findings${result.baselined ? `, ${result.baselined} in the baseline` : ''}`);
    for (const n of result.notes)
        ctx.log(`secrets: ${n}`);
    // A shard may own none of the files; only the merged run can say nothing was scanned.
    const warnings = ctx.options.tree && s.files === 0 && !ctx.shard ? [nothingScanned(result, ctx.options.paths)] : [];
    // Fingerprints only: a file to commit as `baseline:` when these secrets are accepted as known.
    const baselineFile = external_node_path_.join(ctx.outputDir, 'secrets', `${ctx.stepId}.baseline.json`);
    await (0,atomic_write.atomicWriteFile)(baselineFile, `${JSON.stringify(baselineOf(result.all), null, 2)}\n`);
    const artifact = (0,repo_path/* repoPath */.qN)(ctx.workspace, baselineFile);
    return {
        findings: result.findings,
        artifacts: [artifact],
        summary: [...warnings.map((w) => `⚠️ ${w}`), summaryOf(result, ctx.options['max-file-size'], artifact)].join('\n\n'),
        ...(warnings.length > 0 ? { warnings } : {}),
    };
}


/***/ }),

/***/ 41147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ listTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70298);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59425);
// Lists the working-tree files to scan: under the given paths, minus what .gitignore files (nested ones
// included, deeper ones winning, as git reads them) and the allowlist exclude, minus `.git/`, the output
// directory and symlinks. Symlinks are never followed: one inside the root points at a file that is
// scanned under its own path, and one leaving the root points at something that is not the repository's.




const READDIR_CONCURRENCY = 16;
async function loadIgnore(file) {
    try {
        return ignore__WEBPACK_IMPORTED_MODULE_2__().add(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Ignored when the deepest .gitignore with an opinion says so (a `!pattern` there re-includes). */
function isIgnored(layers, rel, isDir) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const { base, ig } = layers[i];
        const sub = base === '' ? rel : rel.slice(base.length + 1);
        const r = ig.test(isDir ? `${sub}/` : sub);
        if (r.ignored)
            return true;
        if (r.unignored)
            return false;
    }
    return false;
}
async function listTree(opts) {
    const out = { files: [], symlinksInside: 0, symlinksOutside: 0, ignored: 0 };
    const skip = new Set(opts.skipDirs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(d)));
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(opts.root).catch(() => opts.root);
    const seen = new Set();
    const rootLayers = [];
    if (opts.gitignore) {
        const exclude = await loadIgnore(node_path__WEBPACK_IMPORTED_MODULE_1__.join(opts.root, '.git', 'info', 'exclude'));
        if (exclude)
            rootLayers.push({ base: '', ig: exclude });
    }
    /** The .gitignore layers that apply inside `dirRel`, from the root down (for scan paths below the root). */
    const layersFor = async (dirRel) => {
        const layers = [...rootLayers];
        if (!opts.gitignore)
            return layers;
        const parts = dirRel === '' ? [] : dirRel.split('/');
        for (let i = 0; i <= parts.length; i++) {
            const base = parts.slice(0, i).join('/');
            const ig = await loadIgnore(node_path__WEBPACK_IMPORTED_MODULE_1__.join(opts.root, base, '.gitignore'));
            if (ig)
                layers.push({ base, ig });
        }
        return layers;
    };
    const classifySymlink = async (abs) => {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
        if (target && (target === rootReal || target.startsWith(rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)))
            out.symlinksInside++;
        else
            out.symlinksOutside++;
    };
    const queue = [];
    for (const p of opts.paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
        const rel = (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(opts.root, abs));
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
            continue;
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink()) {
            await classifySymlink(abs);
        }
        else if (st.isFile()) {
            if (!seen.has(abs) && !opts.excluded(rel)) {
                seen.add(abs);
                out.files.push([abs, rel]);
            }
        }
        else if (st.isDirectory()) {
            queue.push({ abs, rel, layers: await layersFor(rel) });
        }
    }
    const visit = async (job) => {
        if (skip.has(job.abs) || seen.has(job.abs))
            return;
        seen.add(job.abs);
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(job.abs, { withFileTypes: true }).catch(() => []);
        let layers = job.layers;
        if (opts.gitignore && job.rel !== '' && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const ig = await loadIgnore(node_path__WEBPACK_IMPORTED_MODULE_1__.join(job.abs, '.gitignore'));
            if (ig)
                layers = [...layers, { base: job.rel, ig }];
        }
        for (const e of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(job.abs, e.name);
            const rel = job.rel === '' ? e.name : `${job.rel}/${e.name}`;
            if (e.isDirectory()) {
                if (e.name === '.git' || skip.has(abs))
                    continue;
                if (isIgnored(layers, rel, true)) {
                    out.ignored++;
                    continue;
                }
                if (opts.excluded(`${rel}/`))
                    continue;
                queue.push({ abs, rel, layers });
            }
            else if (e.isFile()) {
                if (isIgnored(layers, rel, false)) {
                    out.ignored++;
                    continue;
                }
                if (opts.excluded(rel))
                    continue;
                out.files.push([abs, rel]);
            }
            else if (e.isSymbolicLink()) {
                await classifySymlink(abs);
            }
        }
    };
    // A bounded number of readdirs in flight: directory trees are wide, and each readdir is a round trip.
    const running = new Set();
    while (queue.length > 0 || running.size > 0) {
        if (opts.signal.aborted)
            throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted');
        while (queue.length > 0 && running.size < READDIR_CONCURRENCY) {
            const p = visit(queue.pop()).finally(() => running.delete(p));
            running.add(p);
        }
        if (running.size > 0)
            await Promise.race(running);
    }
    // Deterministic order: findings and baselines should not depend on readdir timing.
    out.files.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return out;
}


/***/ }),

/***/ 35530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50645);

/** A stable id from parts that identify a finding independently of its line number. */
function fingerprintOf(...parts) {
    const h = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    for (const p of parts)
        h.update(String(p ?? '')).update('\0');
    return h.digest('hex').slice(0, 32);
}


/***/ })

};
