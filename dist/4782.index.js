export const id = 4782;
export const ids = [4782];
export const modules = {

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


/***/ }),

/***/ 24707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ matchFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73382);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17594);
/* harmony import */ var _base_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56230);
// Resolves the file patterns a step names (`sarif:`, `junit:`, `with.files`) to files on disk.





/**
 * Absolute paths of the files matching `patterns` (relative to `cwd`), sorted, without duplicates.
 * A pattern that matches nothing is an error: the step said it would write that file.
 */
async function matchFiles(patterns, cwd, what, root) {
    const found = new Set();
    for (const pattern of patterns) {
        const matches = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .isDynamicPattern */ .ey)(pattern) ? await globOne(pattern, cwd) : await literal(pattern, cwd);
        // With `root`: nothing outside the workspace is read, by path or through a symlink (base/workspace-path.ts).
        if (root !== undefined) {
            const escaped = (0,_base_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathEscape */ .$)(root, cwd, pattern) ?? matches.map((m) => (0,_base_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .realPathEscape */ .Z)(root, m)).find((w) => w !== undefined);
            if (escaped)
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, `${what} file refused: ${escaped}`, 'runlens reads only files inside the workspace');
        }
        if (matches.length === 0) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, `no ${what} file matches this pattern (relative to ${cwd})`, `check that the step writes it and that the path is relative to the step's working directory`);
        }
        for (const m of matches)
            found.add(m);
    }
    return [...found].sort();
}
async function globOne(pattern, cwd) {
    // Glob from the pattern's static prefix, so `../reports/*.sarif` and absolute patterns crawl
    // only the directory they name.
    const segments = pattern.split('/');
    const firstDynamic = segments.findIndex((s) => (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .isDynamicPattern */ .ey)(s));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, segments.slice(0, firstDynamic).join('/') || '.');
    const rest = segments.slice(firstDynamic).join('/');
    // `**/*.sarif` means the project's reports, not those shipped inside dependencies.
    const ignore = rest.includes('node_modules') ? ['**/.git/**'] : ['**/node_modules/**', '**/.git/**'];
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)(rest, { cwd: root, absolute: true, onlyFiles: true, dot: true, expandDirectories: false, ignore });
    return files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(f));
}
async function literal(pattern, cwd) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, pattern);
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).isFile() ? [file] : [];
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 44782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ingestSarif: () => (/* binding */ ingestSarif),
  readSarif: () => (/* binding */ readSarif)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(35530);
// EXTERNAL MODULE: ./lib/model/severity.js
var severity = __webpack_require__(89506);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(94116);
// EXTERNAL MODULE: ./lib/ingest/match-files.js
var match_files = __webpack_require__(24707);
// EXTERNAL MODULE: ./lib/model/finding.js
var finding = __webpack_require__(65268);
;// CONCATENATED MODULE: ./lib/ingest/sarif-category.js
// Which runlens category (and so which GitLab report) a finding from another tool's SARIF belongs
// to. SARIF has no such field, so this is a judgement from the tool name and rule tags. Data.

/** Lower-cased driver names of tools whose every result is of one category. */
const TOOL_CATEGORY = {
    gitleaks: 'secret',
    trufflehog: 'secret',
    'detect-secrets': 'secret',
    'osv-scanner': 'dependency',
    grype: 'dependency',
    'dependency-check': 'dependency',
    'npm audit': 'dependency',
    'pip-audit': 'dependency',
    govulncheck: 'dependency',
};
/** Rule tags (lower-cased) that say what a result is, most specific first. */
const TAG_CATEGORY = [
    [/^(secret|secrets|credential|credentials|leak)$/, 'secret'],
    [/^(dependency|dependencies|vulnerable-dependency|sca|supply-chain)$/, 'dependency'],
    [/^(security|external\/cwe\/.*|cwe-\d+)$/, 'sast'],
];
/** `stated`: the result's own `properties.category`, which runlens's SARIF carries (so a merged or re-read report keeps it). */
function categoryOf(toolName, tags, hasSecuritySeverity, stated) {
    if (finding/* FINDING_CATEGORIES */.z.includes(stated))
        return stated;
    const byTool = TOOL_CATEGORY[toolName.toLowerCase()];
    if (byTool)
        return byTool;
    const lower = tags.map((t) => t.toLowerCase());
    for (const [pattern, category] of TAG_CATEGORY) {
        if (lower.some((t) => pattern.test(t)))
            return category;
    }
    // GitHub only reads security-severity for security results, so a tool that sets it means one.
    return hasSecuritySeverity ? 'sast' : 'quality';
}

// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
;// CONCATENATED MODULE: ./lib/ingest/sarif.js
// Findings from SARIF 2.1.0 files other tools wrote (`sarif:` on a step, or `uses: sarif`).










/** Reads every SARIF file matching `patterns`; throws InputError (src/base/errors.ts) (file:line:col) on malformed input. */
async function ingestSarif(patterns, opts) {
    const files = await (0,match_files/* matchFiles */.x)(patterns, opts.cwd, 'SARIF', opts.confine ? opts.workspace : undefined);
    const findings = [];
    const tools = new Map();
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        const read = readSarif(text, file, opts);
        findings.push(...read.findings);
        for (const t of read.tools)
            if (!tools.has(t.name))
                tools.set(t.name, t);
    }
    return { findings, files: files.map((f) => (0,repo_path/* toRepoPath */.xD)(f, opts.cwd, opts.workspace)), tools: [...tools.values()] };
}
const MAX_SNIPPET = 500;
const MAX_TITLE = 200;
/**
 * The findings in one SARIF document, and the tools whose runs completed (`results` present, even empty):
 * code scanning closes a tool's fixed alerts only when it is sent the tool's empty run.
 */
function readSarif(text, file, opts) {
    const shown = (0,repo_path/* toRepoPath */.xD)(file, opts.cwd, opts.workspace);
    const log = (0,json_source/* parseJson */.qF)(shown, text, 'this SARIF file');
    const fail = (at, detail) => {
        throw new errors/* InputError */.dz({ file: shown, ...(0,json_source/* locateJsonPath */.Od)(text, at) }, `${(0,json_source/* formatJsonPath */.pB)(at) || 'the document'} ${detail}`, 'runlens reads SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/); check the tool was asked for SARIF output');
    };
    if (!isObject(log))
        return fail([], 'is not a SARIF log: expected a JSON object with "version" and "runs"');
    if (typeof log.version === 'string' && log.version !== '2.1.0')
        fail(['version'], `is "${(0,errors/* clipForMessage */.Z2)(log.version, 40)}"; only SARIF 2.1.0 is supported`);
    if (!Array.isArray(log.runs))
        return fail(['runs'], 'is missing or not an array: a SARIF log holds its results in "runs"');
    const findings = [];
    const tools = [];
    log.runs.forEach((run, r) => {
        if (!isObject(run))
            return fail(['runs', r], 'is not an object');
        const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
        if (!driver || typeof driver.name !== 'string' || driver.name === '') {
            return fail(['runs', r, 'tool', 'driver', 'name'], 'is missing: every SARIF run names the tool that produced it');
        }
        // `results` absent or null means the tool did not run to completion; there is nothing to read.
        // Except that bandit leaves `results` out of a clean run whose invocations all say they succeeded.
        if (run.results === undefined || run.results === null) {
            const invocations = Array.isArray(run.invocations) ? run.invocations : [];
            const succeeded = invocations.length > 0 && invocations.every((i) => isObject(i) && i.executionSuccessful === true);
            if (!succeeded)
                return;
            run.results = [];
        }
        if (!Array.isArray(run.results))
            return fail(['runs', r, 'results'], 'is not an array');
        const reader = new RunReader(run, file, opts);
        tools.push(reader.toolRun());
        run.results.forEach((result, i) => {
            if (!isObject(result))
                return fail(['runs', r, 'results', i], 'is not an object');
            if (result.locations !== undefined && !Array.isArray(result.locations)) {
                return fail(['runs', r, 'results', i, 'locations'], 'is not an array');
            }
            const finding = reader.finding(result);
            if (finding)
                findings.push(finding);
        });
    });
    return { findings, tools };
}
class RunReader {
    run;
    file;
    opts;
    tool;
    toolVersion;
    rulesById = new Map();
    constructor(run, file, opts) {
        this.run = run;
        this.file = file;
        this.opts = opts;
        const driver = run.tool.driver;
        this.tool = driver.name;
        this.toolVersion = str(driver.semanticVersion) ?? str(driver.version);
        const rules = Array.isArray(driver.rules) ? driver.rules : [];
        for (const rule of rules) {
            const id = isObject(rule) ? str(rule.id) : undefined;
            if (id && !this.rulesById.has(id))
                this.rulesById.set(id, rule);
        }
    }
    /** The tool's category: that of its rules taken together (a tool with no rules: by its name). */
    toolRun() {
        const driver = this.run.tool.driver;
        const rules = [...this.rulesById.values()];
        const tags = rules.flatMap((r) => stringArray(r.properties?.tags));
        const category = categoryOf(this.tool, tags, rules.some((r) => r.properties?.['security-severity'] !== undefined));
        return {
            name: this.tool,
            ...(this.toolVersion ? { version: this.toolVersion } : {}),
            ...(str(driver.informationUri) ? { informationUri: driver.informationUri } : {}),
            category,
        };
    }
    finding(result) {
        // Not problems: a passed check, a rule that did not apply, a suppressed or fixed result.
        if (result.kind === 'pass' || result.kind === 'notApplicable')
            return undefined;
        if (result.baselineState === 'absent')
            return undefined;
        if (result.suppressions?.some((s) => s.status === undefined || s.status === 'accepted'))
            return undefined;
        const rule = this.ruleOf(result);
        const ruleId = str(result.ruleId) ?? str(result.rule?.id) ?? str(rule?.id) ?? 'unknown';
        const ruleProps = rule?.properties ?? {};
        const tags = stringArray(ruleProps.tags).concat(stringArray(result.properties?.tags));
        const securitySeverity = result.properties?.['security-severity'] ?? ruleProps['security-severity'];
        const level = str(result.level) ?? str(rule?.defaultConfiguration?.level);
        const category = categoryOf(this.tool, tags, securitySeverity !== undefined, result.properties?.category);
        const location = this.locationOf(result, category);
        const message = this.messageOf(result, rule) ?? ruleId;
        const title = firstLine(str(rule?.shortDescription?.text) ?? str(rule?.name) ?? ruleId).slice(0, MAX_TITLE);
        const properties = { sarifFile: (0,repo_path/* toRepoPath */.xD)(this.file, this.opts.cwd, this.opts.workspace) };
        if (tags.length > 0)
            properties.tags = [...new Set(tags)];
        if (isObject(result.partialFingerprints))
            properties.partialFingerprints = result.partialFingerprints;
        const finding = {
            tool: this.tool,
            ruleId,
            title,
            message,
            severity: (0,severity/* severityFromSarif */.ZF)(level, securitySeverity),
            category,
            fingerprint: this.fingerprintOf(result, ruleId, location, message),
            stepId: this.opts.stepId,
            properties,
        };
        if (this.toolVersion)
            finding.toolVersion = this.toolVersion;
        if (location)
            finding.location = location;
        const help = str(rule?.help?.markdown) ?? str(rule?.help?.text) ?? str(rule?.fullDescription?.markdown) ?? str(rule?.fullDescription?.text);
        if (help)
            finding.help = help;
        if (str(rule?.helpUri))
            finding.helpUri = rule.helpUri;
        return finding;
    }
    ruleOf(result) {
        const component = result.rule?.toolComponent;
        const rules = component?.index !== undefined ? this.run.tool.extensions?.[component.index]?.rules : (this.run.tool.driver.rules ?? undefined);
        const index = result.ruleIndex ?? result.rule?.index;
        if (Array.isArray(rules) && typeof index === 'number' && isObject(rules[index]))
            return rules[index];
        const id = str(result.ruleId) ?? str(result.rule?.id);
        if (id === undefined)
            return undefined;
        return ((component?.index !== undefined && Array.isArray(rules) ? rules.find((r) => isObject(r) && r.id === id) : undefined) ??
            this.rulesById.get(id));
    }
    messageOf(result, rule) {
        const m = isObject(result.message) ? result.message : undefined;
        let text = str(m?.text) ?? str(m?.markdown);
        const id = str(m?.id);
        if (text === undefined && id) {
            const strings = rule?.messageStrings;
            const template = isObject(strings) && Object.hasOwn(strings, id) ? strings[id] : undefined;
            text = str(template?.text) ?? str(template?.markdown);
        }
        if (text === undefined)
            return undefined;
        const args = Array.isArray(m?.arguments) ? m.arguments : [];
        // SARIF placeholders are {0}, {1}…; {{ and }} are literal braces.
        return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, n) => whole === '{{' ? '{' : whole === '}}' ? '}' : (str(args[Number(n)]) ?? whole));
    }
    locationOf(result, category) {
        const physical = result.locations?.find((l) => isObject(l) && isObject(l.physicalLocation))?.physicalLocation;
        if (!physical)
            return undefined;
        let artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
        if (artifact?.uri === undefined && typeof artifact?.index === 'number' && Array.isArray(this.run.artifacts)) {
            const listed = this.run.artifacts[artifact.index];
            if (isObject(listed) && isObject(listed.location))
                artifact = listed.location;
        }
        const uri = str(artifact?.uri);
        if (uri === undefined)
            return undefined;
        const location = { path: this.resolveUri(uri, str(artifact?.uriBaseId)) };
        const region = isObject(physical.region) ? physical.region : undefined;
        if (region) {
            if (isPositive(region.startLine))
                location.startLine = region.startLine;
            if (isPositive(region.startColumn))
                location.startColumn = region.startColumn;
            if (isPositive(region.endLine))
                location.endLine = region.endLine;
            if (isPositive(region.endColumn))
                location.endColumn = region.endColumn;
            // A secret scanner's snippet is the secret: it must not travel into any report.
            const snippet = isObject(region.snippet) ? str(region.snippet.text) : undefined;
            if (snippet && category !== 'secret')
                location.snippet = snippet.replace(/\r?\n$/, '').slice(0, MAX_SNIPPET);
        }
        return location;
    }
    /** Workspace-relative path of an artifact URI, following SARIF's uriBaseId indirection. */
    resolveUri(uri, uriBaseId, depth = 0) {
        if (/^file:/i.test(uri))
            return (0,repo_path/* toRepoPath */.xD)(uri, this.opts.cwd, this.opts.workspace);
        const decoded = safeDecode(uri);
        if (external_node_path_.isAbsolute(decoded))
            return (0,repo_path/* toRepoPath */.xD)(decoded, this.opts.cwd, this.opts.workspace);
        return (0,repo_path/* toRepoPath */.xD)(decoded, this.baseDir(uriBaseId, depth), this.opts.workspace);
    }
    baseDir(uriBaseId, depth) {
        if (uriBaseId === undefined)
            return this.opts.cwd;
        const bases = this.run.originalUriBaseIds;
        const declared = isObject(bases) && Object.hasOwn(bases, uriBaseId) ? bases[uriBaseId] : undefined;
        const declaredUri = isObject(declared) ? str(declared.uri) : undefined;
        if (declaredUri !== undefined && depth < 10) {
            if (/^file:/i.test(declaredUri))
                return safeFileUrlPath(declaredUri) ?? this.opts.cwd;
            const decoded = safeDecode(declaredUri);
            if (external_node_path_.isAbsolute(decoded))
                return decoded;
            return external_node_path_.resolve(this.baseDir(str(declared.uriBaseId), depth + 1), decoded);
        }
        // By convention %SRCROOT% is the checkout root (CodeQL, GitHub's upload); any other
        // undeclared base is taken as the directory the tool ran in.
        return uriBaseId === '%SRCROOT%' || uriBaseId === 'SRCROOT' ? this.opts.workspace : this.opts.cwd;
    }
    fingerprintOf(result, ruleId, location, message) {
        const given = { ...result.partialFingerprints, ...result.fingerprints };
        const entries = Object.entries(given)
            .filter(([, v]) => typeof v === 'string' && v !== '')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => `${k}=${v}`);
        if (entries.length > 0)
            return (0,fingerprint/* fingerprintOf */.a)(this.tool, ruleId, location?.path, ...entries);
        return (0,fingerprint/* fingerprintOf */.a)(this.tool, ruleId, location?.path, location?.snippet?.trim() || message);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `v` when it is a string: a SARIF file's values are whatever its writer put there. */
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function safeFileUrlPath(uri) {
    try {
        return (0,external_node_url_.fileURLToPath)(uri);
    }
    catch {
        return undefined;
    }
}
function isPositive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0;
}
function stringArray(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function firstLine(s) {
    return s.split(/\r?\n/, 1)[0]?.trim() || s;
}
function safeDecode(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}


/***/ })

};
