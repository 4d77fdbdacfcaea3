export const id = 3962;
export const ids = [3962];
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


/***/ })

};
