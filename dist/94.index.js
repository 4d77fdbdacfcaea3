export const id = 94;
export const ids = [94];
export const modules = {

/***/ 1848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ cancelOnSignals)
/* harmony export */ });
// GitHub cancels a job with SIGINT, then SIGTERM 7.5 s later, then kills it; GitLab sends SIGTERM.
// First signal: abort the run (stop children, write every report); a second one: leave at once.
function cancelOnSignals(onSecond = () => process.exit(130)) {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted)
            return onSecond();
        controller.abort(new Error(`received ${signal}`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return controller;
}


/***/ }),

/***/ 4093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PathPattern),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// The JSONPath subset `ignore:` accepts: `$.a.b`, `$['a b']`, `$.items[3]`, `$.items[*].id`, `$.*`,
// `$..timestamp` (any depth). Enough to name volatile values; filters and slices are not needed.

class PathPattern {
    source;
    tokens;
    constructor(source, tokens) {
        this.source = source;
        this.tokens = tokens;
    }
    static parse(source) {
        const fail = (at, what) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ignore path "${source}", character ${at + 1}: ${what} — write paths like $.meta.time, $.items[*].id or $..timestamp`);
        };
        if (!source.startsWith('$'))
            fail(0, 'a path starts with $');
        const tokens = [];
        let i = 1;
        while (i < source.length) {
            const c = source[i];
            if (c === '.') {
                if (source[i + 1] === '.') {
                    tokens.push({ kind: 'deep' });
                    i += 2;
                    if (source[i] === '[')
                        continue;
                }
                else
                    i++;
                if (source[i] === '*') {
                    tokens.push({ kind: 'any' });
                    i++;
                    continue;
                }
                const m = /^[^.[\]]+/.exec(source.slice(i));
                if (!m)
                    fail(i, 'a name must follow "."');
                tokens.push({ kind: 'key', name: m[0] });
                i += m[0].length;
            }
            else if (c === '[') {
                const rest = source.slice(i);
                const m = /^\[(?:(\*)|(\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
                if (!m)
                    fail(i, "expected [*], [number] or ['name']");
                if (m[1])
                    tokens.push({ kind: 'any' });
                else if (m[2] !== undefined)
                    tokens.push({ kind: 'index', index: Number(m[2]) });
                else
                    tokens.push({ kind: 'key', name: (m[3] ?? m[4]).replace(/\\(.)/g, '$1') });
                i += m[0].length;
            }
            else {
                fail(i, `unexpected "${c}"`);
            }
        }
        if (tokens.at(-1)?.kind === 'deep')
            fail(source.length - 1, 'a name must follow ".."');
        return new PathPattern(source, tokens);
    }
    matches(path) {
        return match(this.tokens, 0, path, 0);
    }
}
function match(tokens, t, path, p) {
    if (t === tokens.length)
        return p === path.length;
    const token = tokens[t];
    if (token.kind === 'deep') {
        for (let skip = p; skip <= path.length; skip++)
            if (match(tokens, t + 1, path, skip))
                return true;
        return false;
    }
    if (p === path.length)
        return false;
    const seg = path[p];
    const ok = token.kind === 'any' || (token.kind === 'key' && String(seg) === token.name) || (token.kind === 'index' && seg === token.index);
    return ok && match(tokens, t + 1, path, p + 1);
}
function formatPath(path) {
    let out = '$';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}


/***/ }),

/***/ 9805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ goldenOptions),
/* harmony export */   s6: () => (/* binding */ DEFAULT_TOLERANCE)
/* harmony export */ });
/* unused harmony exports FORMATS, toleranceSchema, SCRUB_PRESETS, caseSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4079);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4093);
// The `with:` of a `uses: golden` step: every option and every default of golden-data regression.



/** NumPy `allclose`'s defaults, used for floats when no tolerance is given anywhere. */
const DEFAULT_TOLERANCE = { abs: 1e-8, rel: 1e-5 };
const FORMATS = ['csv', 'tsv', 'json', 'yaml', 'text', 'npy', 'wav', 'bytes'];
const abs = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
    .nonnegative()
    .optional()
    .describe(`Absolute tolerance (default ${DEFAULT_TOLERANCE.abs} when no tolerance is given anywhere).`);
const rel = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
    .nonnegative()
    .optional()
    .describe(`Relative tolerance, a fraction of |expected| (default ${DEFAULT_TOLERANCE.rel} when no tolerance is given anywhere).`);
const toleranceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ abs, rel })
    .strict()
    .describe('Two numbers are equal when |actual − expected| ≤ abs + rel·|expected| (NumPy `allclose`). ±inf equal only themselves; ' +
    'NaN follows `nan-equal`. Integers compare exactly unless a tolerance is given (here, on the case, or on the column). ' +
    'A field left out is inherited: column → case → step → default.');
const columnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    abs,
    rel,
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('Do not compare this column.'),
})
    .strict()
    .describe('Per-column options of a CSV/TSV case.');
const SCRUB_PRESETS = ['timestamps', 'uuids', 'paths'];
const scrubberSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(SCRUB_PRESETS),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        pattern: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('A JavaScript regular expression; every match is replaced.'),
        replacement: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('<scrubbed>').describe('What a match becomes (`$1` refers to groups).'),
        flags: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^[imsu]*$/, 'flags are some of i, m, s, u (g is always on)')
            .default('')
            .describe('Regular expression flags besides `g`.'),
    })
        .strict(),
])
    .describe('Replaces volatile text before a text comparison: `timestamps` (ISO 8601 dates and clock times), `uuids`, ' +
    '`paths` (the workspace, home and temp directories), or `{ pattern, replacement }`.');
const caseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Case name, shown in reports and used by `runlens golden update NAME`; `{name}` is substituted (default: the golden path).'),
    actual: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .describe('File the program produced, relative to the step directory. `{name}` stands for one path segment shared with `expected`.'),
    expected: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .describe('The golden file, relative to the step directory. With `{name}`, every matching file on either side is a case.'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(FORMATS)
        .optional()
        .describe('How to compare (default: by the golden file extension; unknown extensions compare bytes).'),
    tolerance: toleranceSchema.optional(),
    'nan-equal': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('NaN equals NaN (default: the step setting).'),
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC).optional().describe('Severity of the finding when this case fails (default: the step setting).'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
        .default([])
        .describe('JSON/YAML: paths not compared, e.g. `$.meta.time`, `$.items[*].id`, `$..timestamp`.'),
    'array-order': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['strict', 'any']).default('strict').describe('JSON/YAML: `any` matches array items regardless of their order.'),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().length(1).optional().describe('CSV/TSV: field separator (default `,` for csv, tab for tsv).'),
    header: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('auto')])
        .default('auto')
        .describe('CSV/TSV: whether the first row names the columns; `auto` takes it as a header when a field of it is not a number.'),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), columnSchema)
        .default({})
        .describe('CSV/TSV: per-column tolerance or `ignore`, keyed by header name or by 1-based column number.'),
    'ignore-columns': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]).describe('CSV/TSV: columns not compared (header names or 1-based numbers).'),
    'line-endings': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['normalize', 'exact']).default('normalize').describe('Text: `normalize` treats CRLF and LF alike.'),
    'trailing-whitespace': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['ignore', 'exact']).default('exact').describe('Text: `ignore` strips spaces and tabs at line ends.'),
    scrub: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(scrubberSchema).default([]).describe('Text: scrubbers applied to both files before comparing.'),
    'min-snr-db': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .optional()
        .describe('WAV: also fail when the signal-to-noise ratio of actual against expected is below this many dB.'),
})
    .strict()
    .superRefine((c, ctx) => {
    const named = [c.actual.includes('{name}'), c.expected.includes('{name}')];
    if (named[0] !== named[1]) {
        ctx.addIssue({
            code: 'custom',
            path: [named[0] ? 'expected' : 'actual'],
            message: '`{name}` must appear in both `actual` and `expected`',
        });
    }
    for (const key of ['actual', 'expected']) {
        if (/[*?[\]]/.test(c[key])) {
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: 'use `{name}` for the part that varies (e.g. out/{name}.csv); glob characters are not allowed here',
            });
        }
    }
    c.ignore.forEach((p, k) => {
        try {
            _json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .PathPattern */ .A.parse(p);
        }
        catch (err) {
            ctx.addIssue({ code: 'custom', path: ['ignore', k], message: err.message });
        }
    });
})
    .describe('One golden comparison: an actual file and its golden counterpart.');
const goldenOptions = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1)])
        .optional()
        .describe('Command producing the actual files first (in the step directory): a string runs in the shell, a list is argv.'),
    cases: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(caseSchema).min(1).describe('The comparisons to make.'),
    tolerance: toleranceSchema.optional(),
    'nan-equal': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('NaN equals NaN (NumPy `equal_nan`).'),
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC).default('high').describe('Severity of the finding for a failing case.'),
    goldens: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1)])
        .optional()
        .describe('Glob(s) of golden files, relative to the step directory: a file no case uses is reported as obsolete.'),
    'max-differences': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100).default(10).describe('How many of the worst differences a failing case lists.'),
})
    .strict();


/***/ }),

/***/ 1069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ CHECKS),
  S: () => (/* binding */ findCheck)
});

;// CONCATENATED MODULE: ./lib/checks/check.js
/** Keeps the option type when listing heterogeneous checks. */
function defineCheck(check) {
    return check;
}

// EXTERNAL MODULE: ./lib/checks/golden/options.js
var options = __webpack_require__(9805);
;// CONCATENATED MODULE: ./lib/checks/golden/check.js
// `uses: golden`: compares program outputs with known-good files, numerically where the data is numbers.


const goldenCheck = defineCheck({
    kind: 'golden',
    description: 'Compare outputs with golden files: CSV/TSV, JSON, YAML, text, NumPy .npy, WAV and bytes, numbers within |a − e| ≤ abs + rel·|e|.',
    options: options/* goldenOptions */.UO,
    // The implementation is a chunk of its own: a run with no golden step never loads it.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(844), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 1380))).runGolden(ctx),
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./lib/ingest/sarif.js + 1 modules
var sarif = __webpack_require__(4782);
;// CONCATENATED MODULE: ./lib/checks/sarif/check.js
// `uses: sarif`: findings from SARIF files another tool (or an earlier step) wrote.



const sarifCheck = defineCheck({
    kind: 'sarif',
    description: 'Ingest SARIF files written by another tool as findings.',
    options: schemas/* object */.Ikc({
        files: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
            .transform((f) => (Array.isArray(f) ? f : [f]))
            .describe('SARIF files to read: a glob or a list of globs, relative to the step working directory.'),
    })
        .strict(),
    run: async (ctx) => {
        const { findings, files } = await ctx.phase('ingest', () => (0,sarif/* ingestSarif */.m)(ctx.options.files, ctx), {
            'runlens.sarif.patterns': ctx.options.files.length,
        });
        ctx.log(`read ${findings.length} finding${findings.length === 1 ? '' : 's'} from ${files.length} SARIF file${files.length === 1 ? '' : 's'}: ${files.join(', ')}`);
        return { findings, artifacts: files };
    },
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
// EXTERNAL MODULE: ./lib/checks/secrets/re2.js
var re2 = __webpack_require__(6302);
;// CONCATENATED MODULE: ./lib/checks/secrets/options.js
// `uses: secrets` options: every field and default of the step's `with:`. The config loader validates
// against this schema and the JSON Schema / docs table are generated from it.



const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const UNIT = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
const size = schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP()])
    .describe('A size: a number of bytes, or `500KB`, `10MB`, `1GiB`.')
    .transform((v, ctx) => {
    if (typeof v === 'number')
        return v;
    const m = SIZE.exec(v.trim());
    if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a size; write e.g. 500KB, 10MB or a number of bytes` });
        return core/* NEVER */.tm;
    }
    return Math.round(Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]);
});
const stringList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));
const regex = schemas/* string */.YjP()
    .min(1)
    .superRefine((source, ctx) => {
    const t = (0,re2/* translateRe2 */.M)(source);
    try {
        new RegExp(t.source, t.flags);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: `not a valid regex: ${err.message}` });
    }
});
const allowlist = schemas/* object */.Ikc({
    paths: stringList.default([]).describe('Path globs (repository-relative, picomatch syntax) never scanned, e.g. `tests/fixtures/**`.'),
    regexes: schemas/* array */.YOg(regex).default([]).describe('Regexes; a secret matching any of them is not a finding.'),
    stopwords: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Words; a secret containing any of them (case-insensitively) is not a finding.'),
})
    .strict();
const customRule = schemas/* object */.Ikc({
    id: schemas/* string */.YjP()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule id is lowercase letters, digits and `-`')
        .describe('Rule id (SARIF rule id, part of fingerprints).'),
    title: schemas/* string */.YjP().min(1).optional().describe('Short name (default: the id).'),
    description: schemas/* string */.YjP().optional(),
    regex: regex.describe('JavaScript or RE2 (gitleaks) regex; a leading `(?i)` becomes a flag.'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Prefilter words; the regex runs only near them. Lowercase matches any case; capitals must match exactly. None: runs on every file.'),
    entropy: schemas/* number */.aig().min(0).max(8).optional().describe('Minimum Shannon entropy (bits per character) of the secret.'),
    severity: schemas/* enum */.k5n(severity/* SEVERITIES */.oC).default('high'),
    'secret-group': schemas/* number */.aig()
        .int()
        .min(0)
        .optional()
        .describe('Capture group holding the secret (default: 1 if the regex has groups, else 0).'),
    path: regex.optional().describe('Regex on the repository-relative path; the rule applies only where it matches.'),
    allowlist: schemas/* object */.Ikc({
        regexes: schemas/* array */.YOg(regex).default([]),
        stopwords: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    })
        .strict()
        .prefault({}),
})
    .strict();
const options_history = schemas/* string */.YjP()
    .default('auto')
    .refine((h) => ['auto', 'off', 'all'].includes(h) || /^[^\s.][^\s]*\.\.[^\s.][^\s]*$/.test(h), {
    message: 'history is `auto`, `off`, `all` or a range like `origin/main..HEAD`',
})
    .describe('Git history to scan: `auto` (the commits of the pull/merge request, base..head, on GitHub and GitLab; nothing locally), `off`, `all`, or a range `base..head`.');
const secretsOptions = schemas/* object */.Ikc({
    paths: stringList.default(['.']).describe('Files and directories to scan, relative to the step working directory.'),
    tree: schemas/* boolean */.zMY().default(true).describe('Scan the working tree.'),
    history: options_history,
    gitignore: schemas/* boolean */.zMY().default(true).describe('Skip files ignored by .gitignore (nested ones too) and .git/info/exclude.'),
    'max-file-size': size.prefault('10MB').describe('Skip files larger than this.'),
    allowlist: allowlist.prefault({}).describe('Never report these paths, values or words.'),
    rules: schemas/* array */.YOg(customRule).default([]).describe('Extra detectors.'),
    'disable-rules': schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Built-in rule ids to turn off.'),
    'gitleaks-config': schemas/* string */.YjP()
        .optional()
        .describe('A gitleaks TOML config whose rules and allowlists to load. As in gitleaks, its rules replace the built-in ones unless it has `[extend] useDefault = true`.'),
    baseline: schemas/* string */.YjP()
        .optional()
        .describe('A baseline file (JSON of fingerprints, as written to `<output-dir>/secrets/<step>.baseline.json`): secrets in it are known and not reported.'),
    workers: schemas/* union */.KCZ([schemas/* literal */.euz('auto'), schemas/* number */.aig().int().min(0).max(64)])
        .default('auto')
        .describe('Worker threads for the working-tree scan: `auto` (one per CPU), or a number; 0 scans in-thread.'),
})
    .strict();

;// CONCATENATED MODULE: ./lib/checks/secrets/check.js
// `uses: secrets`: credentials in the working tree and in the commits a pull/merge request adds.


const secretsCheck = defineCheck({
    kind: 'secrets',
    description: 'Find credentials (tokens, keys, passwords) in the working tree and in the commits of a pull/merge request.',
    options: secretsOptions,
    // The implementation is a chunk of its own: a run with no secrets step never loads it.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(255), __webpack_require__.e(274)]).then(__webpack_require__.bind(__webpack_require__, 1274))).runSecrets(ctx),
});

;// CONCATENATED MODULE: ./lib/checks/registry.js



// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check has its own option type; callers pass the options its schema parsed
const CHECKS = [sarifCheck, secretsCheck, goldenCheck];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
function findCheck(kind) {
    return CHECKS.find((c) => c.kind === kind);
}


/***/ }),

/***/ 6302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ translateRe2)
/* harmony export */ });
// Go RE2 syntax (gitleaks rules) → JavaScript. Most of RE2 is valid JS; the differences that occur in
// real gitleaks configs are handled here: inline flags `(?i)` (a leading one becomes a regex flag, later
// ones a modifier group up to the end of their group), `(?P<name>`, `\A` `\z`, `\Q…\E`, POSIX classes,
// `\x{…}`. Unsupported constructs surface as a compile error the caller reports with the rule's position.
const POSIX = {
    alnum: 'A-Za-z0-9',
    alpha: 'A-Za-z',
    ascii: '\\x00-\\x7F',
    blank: ' \\t',
    cntrl: '\\x00-\\x1F\\x7F',
    digit: '0-9',
    graph: '!-~',
    lower: 'a-z',
    print: ' -~',
    punct: '!-\\/:-@\\[-`{-~',
    space: '\\t\\n\\v\\f\\r ',
    upper: 'A-Z',
    word: 'A-Za-z0-9_',
    xdigit: '0-9A-Fa-f',
};
function escapeLiteral(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function translateRe2(pattern) {
    let flags = '';
    let p = pattern;
    // Leading flags apply to the whole pattern: make them real flags.
    const lead = /^\(\?([imsU]+)\)/.exec(p);
    if (lead) {
        for (const f of lead[1])
            if (f !== 'U' && !flags.includes(f))
                flags += f;
        p = p.slice(lead[0].length);
    }
    let out = '';
    // Per open group: how many modifier groups we opened inside it that must close with it.
    const pendingCloses = [0];
    let inClass = false;
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '\\') {
            const n = p[i + 1];
            if (n === 'Q') {
                const end = p.indexOf('\\E', i + 2);
                const lit = end === -1 ? p.slice(i + 2) : p.slice(i + 2, end);
                out += escapeLiteral(lit);
                i = end === -1 ? p.length : end + 1;
                continue;
            }
            if (!inClass && n === 'A') {
                out += '^';
                i++;
                continue;
            }
            if (!inClass && n === 'z') {
                out += '$(?![\\s\\S])';
                i++;
                continue;
            }
            if (n === 'x' && p[i + 2] === '{') {
                const close = p.indexOf('}', i + 3);
                const hex = p.slice(i + 3, close);
                out += hex.length <= 4 ? `\\u${hex.padStart(4, '0')}` : String.fromCodePoint(parseInt(hex, 16));
                i = close;
                continue;
            }
            out += c + (n ?? '');
            i++;
            continue;
        }
        if (inClass) {
            if (c === '[' && p[i + 1] === ':') {
                const close = p.indexOf(':]', i + 2);
                const name = p.slice(i + 2, close);
                const negated = name.startsWith('^');
                const cls = POSIX[negated ? name.slice(1) : name];
                if (close !== -1 && cls && !negated) {
                    out += cls;
                    i = close + 1;
                    continue;
                }
            }
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            inClass = true;
            out += c;
            // `[]a]` and `[^]a]`: a leading `]` is a literal in RE2.
            if (p[i + 1] === '^') {
                out += '^';
                i++;
            }
            if (p[i + 1] === ']') {
                out += '\\]';
                i++;
            }
            continue;
        }
        if (c === '(') {
            const named = /^\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(p.slice(i));
            if (named) {
                out += `(?<${named[1]}>`;
                i += named[0].length - 1;
                pendingCloses.push(0);
                continue;
            }
            const inline = /^\(\?([imsU-]+)\)/.exec(p.slice(i));
            if (inline) {
                // `(?i)` mid-pattern: applies up to the end of the enclosing group, so open a modifier group there.
                const [on, off = ''] = inline[1].replace(/U/g, '').split('-');
                if (on || off) {
                    out += `(?${on ?? ''}${off ? `-${off}` : ''}:`;
                    pendingCloses[pendingCloses.length - 1]++;
                }
                i += inline[0].length - 1;
                continue;
            }
            const scoped = /^\(\?([imsU]*)(?:-([imsU]*))?:/.exec(p.slice(i));
            if (scoped) {
                const on = (scoped[1] ?? '').replace(/U/g, '');
                const off = (scoped[2] ?? '').replace(/U/g, '');
                out += on || off ? `(?${on}${off ? `-${off}` : ''}:` : '(?:';
                i += scoped[0].length - 1;
                pendingCloses.push(0);
                continue;
            }
            out += c;
            pendingCloses.push(0);
            continue;
        }
        if (c === ')') {
            out += ')'.repeat(pendingCloses.pop() ?? 0) + ')';
            continue;
        }
        if (c === '|' && pendingCloses[pendingCloses.length - 1] > 0) {
            // An inline flag covers the rest of its alternative only; close it before the next one.
            out += ')'.repeat(pendingCloses[pendingCloses.length - 1]) + '|';
            pendingCloses[pendingCloses.length - 1] = 0;
            continue;
        }
        out += c;
    }
    out += ')'.repeat(pendingCloses[0] ?? 0);
    return { source: out, flags };
}


/***/ }),

/***/ 6804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
// `1h30m`, `45s`, `250ms`, or a bare number of seconds. Written here because the common
// libraries (ms, parse-duration) either reject compound forms or accept units CI configs never use.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
function parseDuration(input) {
    if (typeof input === 'number')
        return Number.isFinite(input) && input >= 0 ? input * 1000 : undefined;
    const text = input.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    let total = 0;
    let at = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m; m = PART.exec(text)) {
        total += Number(m[1]) * UNIT_MS[m[2]];
        at = PART.lastIndex;
    }
    return at === text.length && at > 0 ? total : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return m < 60 ? `${m}m${String(s).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}


/***/ }),

/***/ 8454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/checks/registry.js + 5 modules
var registry = __webpack_require__(1069);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/config/default-pipeline.js
// With no runlens.yml, runlens still does something useful: scan the repository (DESIGN.md: secrets + deps).


/** Where runlens looks for its configuration, in order; the first that exists wins. */
const CONFIG_FILE_NAMES = ['runlens.yml', 'runlens.yaml', '.runlens.yml', '.github/runlens.yml'];
/** The kinds the default pipeline runs, when they are registered. */
const DEFAULT_PIPELINE_KINDS = ['secrets', 'deps'];
/** Shown when there is neither a runlens.yml nor a registered default check. Kept valid by a test. */
const EXAMPLE_CONFIG = `version: 1
steps:
  build: { run: npm ci }
  test: { run: npm test, needs: [build] }
  lint: { run: npm run lint, needs: [build] }
`;
/**
 * The pipeline for a repository without runlens.yml: one step per registered default kind, each over the
 * whole repository with its default options. `cwd` only names the folder in the error; `registered` is the
 * check kinds this build has (CHECKS).
 */
function defaultPipeline(cwd, registered = registry/* CHECKS */.u.map((c) => c.kind)) {
    const kinds = DEFAULT_PIPELINE_KINDS.filter((k) => registered.includes(k));
    if (kinds.length === 0) {
        const indented = EXAMPLE_CONFIG.trimEnd().replace(/^/gm, '    ');
        throw new errors/* ConfigError */.xL([
            {
                file: cwd,
                path: '',
                message: `no runlens.yml found (looked for ${CONFIG_FILE_NAMES.join(', ')}), and the default pipeline ` +
                    `(${DEFAULT_PIPELINE_KINDS.join(' + ')}) is not available in this build.\n` +
                    `  Create runlens.yml, for example:\n${indented}\n  or pass --config <file> (env RUNLENS_CONFIG).`,
            },
        ]);
    }
    return { version: 1, steps: Object.fromEntries(kinds.map((kind) => [kind, { uses: kind }])) };
}

// EXTERNAL MODULE: ./lib/config/overrides.js
var overrides = __webpack_require__(2319);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./lib/config/positions.js
// YAML text → value + where every field sits, so a config error can name file:line:col.
// js-yaml's event stream carries source offsets; one pass over it records the key and value position
// of every path, and the same events are then constructed into the value (the file is parsed once).


// `<<: *defaults` is common in CI YAML (GitLab users write it daily); without the merge tag it would load as
// a literal `<<` key and fail as an unknown field.
const SCHEMA = js_yaml/* CORE_SCHEMA */.OU.withTags(js_yaml/* mergeTag */.LJ);
/** Key and value positions by field path. Paths use the value's shape: mapping keys and list indices. */
class PositionMap {
    /** @internal Filled by the walker. Aliased subtrees are shared, not copied: nothing changes after the walk. */
    root = {};
    get(path) {
        let node = this.root;
        for (const segment of path)
            node = node?.children?.get(String(segment));
        return node && { ...(node.key && { key: node.key }), ...(node.value && { value: node.value }) };
    }
    /**
     * Where `path` is written: its key (`prefer: 'key'`) or its value, whichever exists, else the closest
     * ancestor's key — a missing field is reported at the mapping that should hold it.
     */
    locate(path, prefer = 'key') {
        const chain = [this.root];
        for (const segment of path) {
            const next = chain.at(-1).children?.get(String(segment));
            if (!next)
                break;
            chain.push(next);
        }
        const exact = chain.length === path.length + 1 ? chain.pop() : undefined;
        const at = prefer === 'key' ? (exact?.key ?? exact?.value) : (exact?.value ?? exact?.key);
        if (at)
            return at;
        for (const node of chain.reverse()) {
            const fallback = node.key ?? node.value;
            if (fallback)
                return fallback;
        }
        return { line: 1, column: 1 };
    }
}
/**
 * Parses one YAML document. Syntax errors, duplicate keys, several documents and an empty file are
 * ConfigErrors at `file`:line:col (`file` is the name shown to the user).
 */
function parseYaml(text, file) {
    // A byte-order mark (some Windows editors write one) would shift every column of line 1.
    const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = new LineIndex(source);
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, { filename: file });
    }
    catch (err) {
        throw syntaxError(err, file);
    }
    const positions = new PositionMap();
    const walker = new EventWalker(source, events, lines, positions, file);
    const documents = events.filter((e) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT).length;
    if (documents > 1) {
        throw new errors/* ConfigError */.xL([
            {
                file,
                ...walker.secondDocumentStart(),
                path: '',
                message: 'holds more than one YAML document (a `---` line starts another); put the whole configuration in one document',
            },
        ]);
    }
    if (events.length > 0)
        walker.document();
    if (walker.issues.length > 0)
        throw new errors/* ConfigError */.xL(walker.issues);
    let value;
    try {
        value = (0,js_yaml/* constructFromEvents */.fw)(events, { source, filename: file, schema: SCHEMA })[0];
    }
    catch (err) {
        throw syntaxError(err, file);
    }
    if (value === undefined || value === null) {
        throw new errors/* ConfigError */.xL([
            { file, line: 1, column: 1, path: '', message: 'is empty; a runlens.yml needs at least `version: 1` and a `steps:` mapping' },
        ]);
    }
    return { value, positions };
}
function syntaxError(err, file) {
    if (!(err instanceof js_yaml/* YAMLException */.tB))
        return err;
    const issue = { file, path: '', message: `YAML syntax error: ${err.reason}` };
    if (err.mark) {
        issue.line = err.mark.line + 1;
        issue.column = err.mark.column + 1;
    }
    return new errors/* ConfigError */.xL([issue]);
}
class LineIndex {
    #starts = [0];
    constructor(source) {
        for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
            this.#starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.#starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.#starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.#starts[lo] + 1 };
    }
}
class EventWalker {
    source;
    events;
    lines;
    positions;
    file;
    issues = [];
    #anchors = new Map();
    /** The path of the node being walked, for messages only. */
    #path = [];
    #i = 0;
    constructor(source, events, lines, positions, file) {
        this.source = source;
        this.events = events;
        this.lines = lines;
        this.positions = positions;
        this.file = file;
    }
    document() {
        this.#i = 1;
        if (this.#peek().type !== js_yaml/* EVENT_ID */.hy.POP)
            this.#node(this.positions.root);
    }
    /** The `---` that starts the second document, else its first node. */
    secondDocumentStart() {
        const second = this.events.findIndex((e, i) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT && i > 0);
        const firstNode = this.events
            .slice(second)
            .map((e) => this.#start(e))
            .find((o) => o !== undefined);
        const before = this.source.slice(0, firstNode ?? this.source.length);
        const marker = before.search(/^---(?=[ \t\r\n]|$)(?![^]*^---(?=[ \t\r\n]|$))/m);
        const offset = marker !== -1 ? marker : firstNode;
        return offset === undefined ? { line: 1, column: 1 } : this.lines.at(offset);
    }
    #peek() {
        return this.events[this.#i];
    }
    /** The offset a node's text starts at: its anchor or tag if it has one, the opening quote if quoted. */
    #start(e) {
        let at;
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            at = e.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || e.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            at = e.start;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            return e.anchorStart - 1;
        }
        else {
            return undefined;
        }
        if (e.anchorStart >= 0 && e.anchorStart - 1 < at)
            at = e.anchorStart - 1;
        if (e.tagStart >= 0 && e.tagStart < at)
            at = e.tagStart;
        return at;
    }
    #node(node) {
        const e = this.events[this.#i++];
        const start = this.#start(e);
        if (start !== undefined)
            node.value = this.lines.at(start);
        if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            const anchor = this.#anchors.get(this.source.slice(e.anchorStart, e.anchorEnd));
            if (anchor?.children)
                node.children = anchor.children;
            return;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            const children = (node.children = new Map());
            for (let n = 0; this.#peek().type !== js_yaml/* EVENT_ID */.hy.POP; n++) {
                const child = {};
                children.set(String(n), child);
                this.#path.push(String(n));
                this.#node(child);
                this.#path.pop();
            }
            this.#i++;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING) {
            this.#mapping((node.children = new Map()));
            this.#i++;
        }
        if ((e.type === js_yaml/* EVENT_ID */.hy.SCALAR || e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) && e.anchorStart >= 0) {
            this.#anchors.set(this.source.slice(e.anchorStart, e.anchorEnd), node);
        }
    }
    #mapping(children) {
        const seen = new Map();
        while (this.#peek().type !== js_yaml/* EVENT_ID */.hy.POP) {
            const k = this.#peek();
            if (k.type !== js_yaml/* EVENT_ID */.hy.SCALAR) {
                // A complex key (`? [a, b]`): nothing in runlens.yml uses one; keep the walk in step.
                this.#node({});
                this.#node({});
                continue;
            }
            this.#i++;
            const name = (0,js_yaml/* getScalarValue */.KE)(this.source, k);
            const at = this.lines.at(this.#start(k));
            if (name === '<<' && k.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN) {
                const merged = this.#mergedAnchors();
                this.#node({});
                // Explicit keys win over merged ones, and earlier merge sources over later ones.
                for (const anchor of merged)
                    for (const [key, child] of anchor.children ?? [])
                        if (!children.has(key))
                            children.set(key, child);
                continue;
            }
            const first = seen.get(name);
            if (first) {
                this.issues.push({
                    file: this.file,
                    ...at,
                    path: [...this.#path, name].join('.'),
                    message: `duplicate key "${name}" (first written at line ${first.line}); a key may appear only once in a mapping`,
                });
            }
            else {
                seen.set(name, at);
            }
            // Always a new node: one merged in from an anchor is shared and must not change.
            const child = { key: at };
            children.set(name, child);
            this.#path.push(name);
            this.#node(child);
            this.#path.pop();
        }
    }
    /** The anchored nodes a `<<:` value names: one alias, or a list of them. */
    #mergedAnchors() {
        const names = [];
        const v = this.#peek();
        if (v.type === js_yaml/* EVENT_ID */.hy.ALIAS)
            names.push(this.source.slice(v.anchorStart, v.anchorEnd));
        if (v.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            for (let j = this.#i + 1; this.events[j].type === js_yaml/* EVENT_ID */.hy.ALIAS; j++) {
                const a = this.events[j];
                if (a.type === js_yaml/* EVENT_ID */.hy.ALIAS)
                    names.push(this.source.slice(a.anchorStart, a.anchorEnd));
            }
        }
        return names.map((n) => this.#anchors.get(n)).filter((a) => a !== undefined);
    }
}

// EXTERNAL MODULE: ./lib/config/schema.js
var schema = __webpack_require__(1091);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(1236);
;// CONCATENATED MODULE: ./lib/config/zod-issues.js


/** Nouns for runlens.yml itself; `*` matches one path segment, `''` the whole document. */
const CONFIG_NOUNS = [
    ['', 'a mapping with `version: 1` and `steps:`'],
    ['steps', 'a mapping of step ids to steps'],
    ['steps.*', 'a step: a mapping with `run` or `uses`'],
    ['steps.*.needs', 'a step id or a list of step ids'],
    ['steps.*.needs.*', 'a step id'],
    ['steps.*.run', 'a command (a string for the shell, or a list of arguments)'],
    ['steps.*.junit', 'a glob or a list of globs'],
    ['steps.*.sarif', 'a glob or a list of globs'],
    ['steps.*.env.*', 'a string, number or boolean'],
];
function explainIssues(issues, ctx) {
    return issues.flatMap((issue) => explain(issue, ctx));
}
function explain(issue, ctx) {
    const rel = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    const full = [...ctx.prefix, ...rel];
    const value = valueAt(ctx.input, rel);
    const expected = () => expectedAt(ctx, rel);
    const at = (path, part, message, suggestion) => ({
        ...ctx.where(path, part),
        path: path.join('.'),
        message,
        ...(suggestion ? { suggestion } : {}),
    });
    // Scalars are pointed at themselves; a mapping or list at its key, the line a reader looks for.
    const part = value !== null && typeof value === 'object' ? 'key' : 'value';
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
        return [at(full, 'key', `is required (expected ${expected()})`)];
    }
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = keysOf(schemaAt(ctx.schema, ctx.input, rel));
            return issue.keys.map((key) => {
                const s = (0,suggest/* suggest */.Z)(key, known);
                const list = s || known.length === 0 ? '' : `; known keys: ${known.join(', ')}`;
                return at([...full, key], 'key', `unknown key "${key}"${list}`, s);
            });
        }
        case 'invalid_union': {
            const branch = matchingBranch(issue);
            const option = branch === undefined ? undefined : optionsOf(schemaAt(ctx.schema, ctx.input, rel))?.[branch];
            if (branch !== undefined && option) {
                return explainIssues(issue.errors[branch], { ...ctx, schema: option, input: value, prefix: full });
            }
            return [at(full, part, `expected ${expected()}, got ${describeValue(value)}`)];
        }
        case 'invalid_type':
            return [at(full, part, `expected ${expected()}, got ${describeValue(value)}`)];
        case 'invalid_value': {
            const options = issue.values.filter((v) => typeof v === 'string');
            const s = typeof value === 'string' ? (0,suggest/* suggest */.Z)(value, options) : undefined;
            const list = issue.values.length > 1 ? `one of ${issue.values.map(String).join(', ')}` : issue.values.map(String).join('');
            return [at(full, part, `expected ${list}, got ${describeValue(value)}`, s)];
        }
        case 'too_small':
        case 'too_big': {
            const small = issue.code === 'too_small';
            const limit = small ? issue.minimum : issue.maximum;
            const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
            if (issue.origin === 'string' && small && Number(limit) <= 1)
                return [at(full, part, 'must not be empty')];
            if (issue.origin === 'array' && small && Number(limit) <= 1)
                return [at(full, part, 'must not be an empty list')];
            const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ` item${Number(limit) === 1 ? '' : 's'}` : '';
            const measured = issue.origin === 'array' && Array.isArray(value) ? `a list of ${value.length}` : describeValue(value);
            return [at(full, part, `expected ${bound} ${String(limit)}${unit}, got ${measured}`)];
        }
        case 'invalid_key': {
            const key = String(rel.at(-1) ?? '');
            const why = issue.issues.map((i) => i.message).join('; ');
            return [at(full, 'key', `"${key}" is not a valid key: ${why}`)];
        }
        case 'invalid_format':
            return [
                at(full, part, issue.message.startsWith('Invalid') ? `expected ${issue.format} format, got ${describeValue(value)}` : issue.message),
            ];
        case 'not_multiple_of':
            return [at(full, part, `expected a multiple of ${issue.divisor}, got ${describeValue(value)}`)];
        default:
            return [at(full, part, issue.message)];
    }
}
/**
 * The branch of a failed union the value was meant for: the only one that got past the value's own type.
 * `retries: { attempts: x }` is clearly the mapping form, so its inner issue beats "expected a number".
 */
function matchingBranch(issue) {
    const deeper = issue.errors.flatMap((branch, i) => branch.length > 0 && branch.every((b) => b.path.length === 0 && (b.code === 'invalid_type' || b.code === 'invalid_union')) ? [] : [i]);
    return deeper.length === 1 ? deeper[0] : undefined;
}
function expectedAt(ctx, rel) {
    const full = [...ctx.prefix, ...rel].map(String);
    for (const [pattern, noun] of ctx.nouns ?? []) {
        const parts = pattern === '' ? [] : pattern.split('.');
        if (parts.length === full.length && parts.every((p, i) => p === '*' || p === full[i]))
            return noun;
    }
    const schema = schemaAt(ctx.schema, ctx.input, rel);
    return schema ? describeSchema(schema) : 'a valid value';
}
function valueAt(input, path) {
    let v = input;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    return v;
}
const defOf = (s) => s._zod.def;
/** Peels wrappers that don't change what a value must look like: optional, default, transforms. */
function unwrap(s) {
    for (;;) {
        if (s === schema/* duration */.p0)
            return s;
        const def = defOf(s);
        switch (def.type) {
            case 'optional':
            case 'nullable':
            case 'default':
            case 'prefault':
            case 'nonoptional':
            case 'readonly':
            case 'catch':
                s = def.innerType;
                break;
            case 'pipe':
                s = defOf(def.in).type === 'transform' ? def.out : def.in;
                break;
            case 'lazy':
                s = def.getter();
                break;
            default:
                return s;
        }
    }
}
function optionsOf(s) {
    if (!s)
        return undefined;
    const def = defOf(unwrap(s));
    return def.type === 'union' ? def.options : undefined;
}
function keysOf(s) {
    if (!s)
        return [];
    const u = unwrap(s);
    const def = defOf(u);
    if (def.type === 'object')
        return Object.keys(def.shape);
    const options = optionsOf(u);
    return options ? [...new Set(options.flatMap(keysOf))] : [];
}
/** The schema of the field at `path`, following the union branch that fits the value found there. */
function schemaAt(root, input, path) {
    let s = root;
    let v = input;
    for (const k of path) {
        s = s && childOf(s, v, k);
        v = valueAt(v, [k]);
    }
    return s;
}
function childOf(s, value, key) {
    if (s === schema/* duration */.p0)
        return undefined;
    const def = defOf(unwrap(s));
    switch (def.type) {
        case 'object':
            return def.shape[key];
        case 'record':
            return def.valueType;
        case 'array':
            return def.element;
        case 'union':
            for (const option of def.options) {
                if (!fits(option, value))
                    continue;
                const child = childOf(option, value, key);
                if (child)
                    return child;
            }
            return undefined;
        default:
            return undefined;
    }
}
function fits(s, value) {
    const type = defOf(unwrap(s)).type;
    if (Array.isArray(value))
        return type === 'array' || type === 'tuple';
    if (value !== null && typeof value === 'object')
        return type === 'object' || type === 'record';
    return true;
}
function describeSchema(s) {
    const u = unwrap(s);
    if (u === schema/* duration */.p0)
        return 'a duration such as 90s, 10m or 1h30m (or a number of seconds)';
    const def = defOf(u);
    switch (def.type) {
        case 'string':
            return 'a string';
        case 'number':
            return u.isInt ? 'a whole number' : 'a number';
        case 'boolean':
            return 'true or false';
        case 'null':
            return 'an empty value';
        case 'literal':
            return def.values.map((v) => JSON.stringify(v)).join(' or ');
        case 'enum':
            return `one of ${Object.values(def.entries).join(', ')}`;
        case 'array':
            return `a list of ${plural(def.element)}`;
        case 'object': {
            const keys = Object.keys(def.shape);
            return keys.length === 0
                ? 'a mapping'
                : keys.length <= 4
                    ? `a mapping with ${keys.join(', ')}`
                    : `a mapping with keys such as ${keys.slice(0, 3).join(', ')}`;
        }
        case 'record':
            return 'a mapping';
        case 'union':
            return [...new Set(def.options.map(describeSchema))].join(' or ');
        default:
            return 'a valid value';
    }
}
function plural(s) {
    const u = unwrap(s);
    if (u === schema/* duration */.p0)
        return 'durations';
    const def = defOf(u);
    switch (def.type) {
        case 'string':
            return 'strings';
        case 'number':
            return u.isInt ? 'whole numbers' : 'numbers';
        case 'boolean':
            return 'true/false values';
        case 'object':
        case 'record':
            return 'mappings';
        default:
            return `items that are each ${describeSchema(u)}`;
    }
}
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'an empty value';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty list' : 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return typeof v;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./lib/config/load.js
// runlens.yml → a validated Config, or one ConfigError listing every problem at its file:line:col.











// A config is parsed once per process: zod's JIT (code generated on first parse) costs more than it saves.
core/* config */.$W({ jitless: true });
const DEFAULT_PIPELINE_FILE = '<default pipeline>';
async function loadConfig(opts) {
    const cwd = external_node_path_.resolve(opts.cwd);
    const found = await findConfigFile(cwd, opts);
    if (!found) {
        const raw = defaultPipeline(cwd);
        return validate(raw, { file: DEFAULT_PIPELINE_FILE, opts });
    }
    const file = displayName(cwd, found);
    const { value, positions } = parseYaml(await (0,promises_.readFile)(found, 'utf8'), file);
    return { ...validate(value, { file, positions, opts }), path: found };
}
async function findConfigFile(cwd, opts) {
    const fromEnv = opts.env.RUNLENS_CONFIG?.trim() || undefined;
    const given = opts.configPath ?? fromEnv;
    if (given !== undefined) {
        const abs = external_node_path_.resolve(cwd, given);
        const source = opts.configPath !== undefined ? (opts.door === 'action' ? 'input "config"' : '--config') : 'RUNLENS_CONFIG';
        const info = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!info)
            throw new errors/* ConfigError */.xL([{ file: given, path: '', message: `no such file (given by ${source}, relative to ${cwd})` }]);
        if (!info.isFile())
            throw new errors/* ConfigError */.xL([{ file: given, path: '', message: `is not a file (given by ${source}); name the runlens.yml itself` }]);
        return abs;
    }
    for (const name of CONFIG_FILE_NAMES) {
        const abs = external_node_path_.join(cwd, name);
        if ((await (0,promises_.stat)(abs).catch(() => undefined))?.isFile())
            return abs;
    }
    return undefined;
}
function displayName(cwd, abs) {
    const rel = external_node_path_.relative(cwd, abs);
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel : abs;
}
function validate(input, source) {
    const isMapping = isPlainObject(input);
    const { raw, sources } = isMapping
        ? (0,overrides/* applyOverrides */.iu)(input, source.opts.overrides, source.opts.env, source.opts.door)
        : { raw: input, sources: new Map() };
    const where = (p, part = 'key') => {
        const from = typeof p[0] === 'string' ? sources.get(p[0]) : undefined;
        if (from)
            return { file: from };
        return source.positions ? { file: source.file, ...source.positions.locate(p, part) } : { file: source.file };
    };
    const issues = [];
    const parsed = schema/* configSchema */.Qn.safeParse(raw);
    if (!parsed.success) {
        issues.push(...explainIssues(parsed.error.issues, { schema: schema/* configSchema */.Qn, input: raw, prefix: [], where, nouns: CONFIG_NOUNS }));
    }
    const options = isPlainObject(raw) ? checkOptions(raw.steps, where, issues) : new Map();
    if (issues.length > 0 || !parsed.success) {
        // `--fail-on: expected …` says it all; the field name would only repeat the flag's.
        const overridden = new Set(sources.values());
        throw new errors/* ConfigError */.xL(sortIssues(issues.map((i) => (i.line === undefined && overridden.has(i.file) ? { ...i, path: '' } : i))));
    }
    const config = parsed.data;
    for (const [id, parsedOptions] of options)
        config.steps[id].with = parsedOptions;
    return { config, locate: (p, part) => where(p, part) };
}
/** Parses each `uses:` step's `with:` by its check's own schema; returns the parsed options by step id. */
function checkOptions(steps, where, issues) {
    const parsed = new Map();
    if (!isPlainObject(steps))
        return parsed;
    const kinds = registry/* CHECKS */.u.map((c) => c.kind);
    for (const [id, step] of Object.entries(steps)) {
        if (!isPlainObject(step) || typeof step.uses !== 'string')
            continue;
        const check = (0,registry/* findCheck */.S)(step.uses);
        if (!check) {
            const p = ['steps', id, 'uses'];
            const s = (0,suggest/* suggest */.Z)(step.uses, kinds);
            issues.push({
                ...where(p, 'value'),
                path: p.join('.'),
                message: `"${step.uses}" is not a built-in check; the checks are: ${kinds.join(', ')}`,
                ...(s ? { suggestion: s } : {}),
            });
            continue;
        }
        // A `with:` that is not a mapping is already reported by the config schema.
        if (step.with !== undefined && !isPlainObject(step.with))
            continue;
        const input = step.with ?? {};
        const result = check.options.safeParse(input);
        if (result.success)
            parsed.set(id, result.data);
        else
            issues.push(...explainIssues(result.error.issues, { schema: check.options, input, prefix: ['steps', id, 'with'], where }));
    }
    return parsed;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** By line, then column; issues without a line (from flags or env) first; each distinct issue once. */
function sortIssues(issues) {
    const seen = new Set();
    return issues
        .filter((i) => {
        const k = `${i.file}\0${i.line}\0${i.column}\0${i.path}\0${i.message}`;
        return !seen.has(k) && seen.add(k) !== undefined;
    })
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 2319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iu: () => (/* binding */ applyOverrides),
/* harmony export */   lr: () => (/* binding */ runOptionsFromEnv)
/* harmony export */ });
/* unused harmony export OVERRIDABLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// Precedence: action inputs / CLI flags > RUNLENS_* env > runlens.yml > schema defaults.
// Overrides are merged into the raw file object before validation, so the schema fills only what nobody set
// and one set of rules judges every value, wherever it came from.

/** Every top-level field a flag or an environment variable may set. Data: one row per field. */
const OVERRIDABLE = [
    { field: 'output-dir', option: 'outputDir', env: 'RUNLENS_OUTPUT_DIR' },
    { field: 'fail-on', option: 'failOn', env: 'RUNLENS_FAIL_ON' },
    { field: 'concurrency', option: 'concurrency', env: 'RUNLENS_CONCURRENCY' },
    { field: 'log-order', option: 'logOrder', env: 'RUNLENS_LOG_ORDER' },
    { field: 'kill-grace', option: 'killGrace', env: 'RUNLENS_KILL_GRACE' },
    { field: 'pr-comment', option: 'prComment', env: 'RUNLENS_PR_COMMENT' },
];
/**
 * Returns a copy of `raw` with overrides and environment applied, and for each overridden field the name of
 * where its value came from (`--fail-on`, `RUNLENS_FAIL_ON`), so an invalid one is reported there and not
 * at a line of runlens.yml it never came from.
 */
function applyOverrides(raw, overrides, env, door = 'cli') {
    const merged = { ...raw };
    const sources = new Map();
    for (const { field, option, env: name } of OVERRIDABLE) {
        const flag = given(overrides?.[option]);
        const fromEnv = given(env[name]);
        const value = flag ?? fromEnv;
        if (value === undefined)
            continue;
        merged[field] = field === 'concurrency' ? asNumber(value) : value;
        sources.set(field, flag !== undefined ? (door === 'cli' ? `--${field}` : `input "${field}"`) : name);
    }
    return { raw: merged, sources };
}
/** Action inputs and env vars arrive as '' when unset. */
function given(value) {
    return value === '' || value === undefined ? undefined : value;
}
/** `"4"` from a flag or env means 4; anything else is left for the schema to reject with its own words. */
function asNumber(value) {
    return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}
/** `RUNLENS_CONFIG`, `RUNLENS_STEPS` (comma or space separated), `RUNLENS_DRY_RUN` (true/1/yes, false/0/no). */
function runOptionsFromEnv(env) {
    const out = {};
    const configPath = given(env.RUNLENS_CONFIG?.trim());
    if (configPath !== undefined)
        out.configPath = configPath;
    const steps = env.RUNLENS_STEPS?.split(/[\s,]+/).filter(Boolean);
    if (steps?.length)
        out.steps = steps;
    const dryRun = given(env.RUNLENS_DRY_RUN?.trim().toLowerCase());
    if (dryRun !== undefined) {
        if (['true', '1', 'yes'].includes(dryRun))
            out.dryRun = true;
        else if (['false', '0', 'no'].includes(dryRun))
            out.dryRun = false;
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([
                { file: 'RUNLENS_DRY_RUN', path: '', message: `expected true, 1, yes, false, 0 or no, got "${env.RUNLENS_DRY_RUN}"` },
            ]);
        }
    }
    return out;
}


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ OTLP_PROTOCOLS),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   zq: () => (/* binding */ TRACE_EXPORTERS)
/* harmony export */ });
/* unused harmony exports STEP_ID, stepSchema, telemetrySchema */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4079);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6804);
// The single source of truth for runlens.yml: every field, every default. The JSON Schema
// (schema/runlens.schema.json), the README's reference table and the action inputs derive from it.




const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const duration = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative()])
    .describe('A duration: `90s`, `10m`, `1h30m`, `250ms`, or a number of seconds.')
    .transform((value, ctx) => {
    const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(value);
    if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration; write e.g. 90s, 10m, 1h30m or 250ms` });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return ms;
});
const retries = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(20),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        attempts: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(20).describe('Extra attempts after the first failure.'),
        backoff: duration.prefault('1s').describe('Delay before the first retry; doubles each retry, with jitter.'),
    })
        .strict(),
])
    .describe('How often to retry a failed step: a number of extra attempts, or `{ attempts, backoff }`.')
    .transform((r) => (typeof r === 'number' ? { attempts: r, backoff: 1000 } : r));
const globs = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).min(1)]).transform((g) => (Array.isArray(g) ? g : [g]));
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('Display name (default: the step id).'),
    needs: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())])
        .default([])
        .transform((n) => (Array.isArray(n) ? n : [n]))
        .describe('Steps that must finish successfully first.'),
    run: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1)])
        .optional()
        .describe('A command: a string runs in the shell; a list is argv, run with no shell.'),
    uses: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('A built-in check: `sarif`, `secrets`, …'),
    with: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).optional().describe("The check's options."),
    timeout: duration.optional().describe('Kill the step (and every process it started) after this long.'),
    retries: retries.optional(),
    'continue-on-error': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(false).describe('A failure of this step does not fail the run.'),
    env: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]).transform(String))
        .default({})
        .describe('Extra environment variables for the step.'),
    'working-directory': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('Relative to the repository root.'),
    junit: globs.optional().describe('JUnit XML files the step writes, ingested as test results.'),
    sarif: globs.optional().describe('SARIF files the step writes, ingested as findings.'),
})
    .strict()
    .superRefine((step, ctx) => {
    if ((step.run === undefined) === (step.uses === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a step needs exactly one of `run` or `uses`' });
    }
    if (step.with !== undefined && step.uses === undefined) {
        ctx.addIssue({ code: 'custom', path: ['with'], message: '`with` goes with `uses`' });
    }
})
    .describe('A step: exactly one of `run` (a command) or `uses` (a built-in check), plus how to run it.');
// OpenTelemetry settings. The standard OTEL_* environment variables win over these (env is the user's
// explicit choice, as RUNLENS_* is), and action inputs / CLI flags win over both: src/telemetry/settings.ts.
const TRACE_EXPORTERS = ['file', 'otlp', 'none'];
const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'];
const telemetrySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    exporter: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(TRACE_EXPORTERS), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(TRACE_EXPORTERS)).min(1)])
        .optional()
        .transform((e) => (e === undefined || Array.isArray(e) ? e : [e]))
        .describe('Where the trace goes: `file` (`<output-dir>/trace.jsonl`, OTLP JSON lines), `otlp`, `none`, or a list. `file` is written unless `none`. Default: `file`, plus `otlp` when an endpoint is set.'),
    endpoint: zod__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ5({ protocol: /^https?$/, error: 'the OTLP endpoint is an http(s) URL, e.g. http://localhost:4318' })
        .optional()
        .describe('OTLP/HTTP base URL, e.g. `http://localhost:4318` (`/v1/traces` is appended unless present).'),
    protocol: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(OTLP_PROTOCOLS).default('http/protobuf').describe('OTLP/HTTP encoding.'),
    headers: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())
        .default({})
        .describe('Headers sent with every export (masked as secrets). Prefer OTEL_EXPORTER_OTLP_HEADERS or the `otel-headers` input for tokens.'),
    timeout: duration.prefault('5s').describe('The most time exporting may add to the end of a run.'),
    'url-template': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .includes('{traceId}', { error: 'the trace URL template needs a {traceId} placeholder' })
        .optional()
        .describe('Link to a trace in the job summary, e.g. `https://jaeger.example.com/trace/{traceId}`.'),
    'deterministic-trace-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .default(false)
        .describe('Derive the trace id from the CI run id, so every job (shard) of one pipeline run lands in one trace.'),
})
    .strict()
    .prefault({})
    .describe('OpenTelemetry tracing of the run.');
const configSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('The JSON Schema of this file, for editors; runlens ignores it.'),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).describe('Format version; always 1.'),
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional().describe('Pipeline name (default: the repository name).'),
    'output-dir': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).default('.runlens').describe('Where reports, logs and run.json go.'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(1)
        .default(() => (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)())
        .describe('How many steps run at once (default: the number of CPUs).'),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_findings_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$).default('high').describe('Fail the run on a finding of this severity or worse.'),
    'kill-grace': duration.prefault('10s').describe('After a timeout or cancel: time between SIGTERM and SIGKILL.'),
    'log-order': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'stream', 'grouped'])
        .default('auto')
        .describe("Step output: `stream` prefixes lines live; `grouped` prints each step's log in a fold when it ends; `auto` is grouped on CI, streamed elsewhere."),
    'pr-comment': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'off'])
        .default('auto')
        .describe("One summary comment on the pull/merge request, updated in place each run: `auto` posts it when a token allows (the action's `github-token`; on GitLab `RUNLENS_GITLAB_TOKEN` with api scope)."),
    defaults: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        timeout: duration.prefault('30m'),
        retries: retries.prefault(0),
        shell: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).default('bash').describe('Shell for string `run:` commands.'),
    })
        .strict()
        .prefault({})
        .describe('Defaults for every step.'),
    telemetry: telemetrySchema,
    steps: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(STEP_ID, 'a step id is letters, digits, `_` and `-`, starting with a letter or `_`'), stepSchema)
        .refine((s) => Object.keys(s).length > 0, 'a pipeline needs at least one step')
        .describe('The steps, by id (letters, digits, `_` and `-`): each either `run`s a command or `uses` a built-in check.'),
})
    .strict();


/***/ }),

/***/ 1236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
// "Did you mean …?" for unknown keys, enum values, step ids and check kinds.

/**
 * The known name closest to `input`, but only when it is close enough to be a typo of it: a suggestion
 * that is merely the least-different word (`foo` → `env`) reads as noise, so far matches return undefined.
 */
function suggest(input, known) {
    const typed = input.toLowerCase();
    // Short words have few letters to spare: `ab` → `cd` is two edits but no typo.
    const limit = typed.length <= 3 ? 1 : typed.length <= 7 ? 2 : 3;
    let best;
    let bestDistance = Infinity;
    for (const name of known) {
        const lower = name.toLowerCase();
        const d = isAdjacentSwap(typed, lower) ? 1 : (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(typed, lower);
        if (d < bestDistance && d < name.length) {
            best = name;
            bestDistance = d;
        }
    }
    return bestDistance <= limit && best !== input ? best : undefined;
}
/** `rnu` → `run`: Levenshtein counts a swap of neighbours as two edits, a typist makes it in one. */
function isAdjacentSwap(a, b) {
    if (a.length !== b.length)
        return false;
    const diff = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++)
        if (a[i] !== b[i])
            diff.push(i);
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}


/***/ }),

/***/ 8479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   n: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1069);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6804);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1236);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(452);
// The validated DAG a run executes: every step resolved over `defaults`, in a stable topological order.





function buildPlan(config, opts = {}) {
    const locate = opts.locate ?? (() => ({ file: 'runlens.yml' }));
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.workspace ?? process.cwd());
    const ids = Object.keys(config.steps);
    const issues = [];
    const at = (p, message, suggestion) => {
        issues.push({ ...locate(p), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
    };
    const resolved = new Map();
    for (const id of ids) {
        const step = config.steps[id];
        step.needs.forEach((need, i) => {
            if (need === id)
                at(['steps', id, 'needs', i], `step "${id}" needs itself; remove "${need}" from its needs`);
            else if (!(need in config.steps))
                at(['steps', id, 'needs', i], `needs "${need}", which is not a step`, (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(need, ids));
        });
        if (step.uses !== undefined)
            checkKindIssue(id, step.uses, opts.checks ?? _checks_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .u, at);
        resolved.set(id, resolveStep(id, step, config, workspace));
    }
    if (issues.length === 0)
        issues.push(...findCycles(config, locate));
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(issues);
    const selected = opts.only?.length ? closure(opts.only, config) : new Set(ids);
    const level = new Map();
    const levelOf = (id) => {
        let l = level.get(id);
        if (l === undefined) {
            l = Math.max(-1, ...config.steps[id].needs.map(levelOf)) + 1;
            level.set(id, l);
        }
        return l;
    };
    const order = new Map(ids.map((id, i) => [id, i]));
    const steps = ids
        .filter((id) => selected.has(id))
        .map((id) => ({ ...resolved.get(id), level: levelOf(id) }))
        .sort((a, b) => a.level - b.level || order.get(a.id) - order.get(b.id));
    const levels = [];
    for (const s of steps)
        (levels[s.level] ??= []).push(s.id);
    return { steps, levels };
}
function resolveStep(id, step, config, workspace) {
    const retries = step.retries ?? config.defaults.retries;
    const workingDirectory = step['working-directory'] ?? '.';
    return {
        id,
        name: step.name ?? id,
        kind: step.uses ?? 'run',
        needs: step.needs,
        ...(step.run !== undefined ? { command: step.run } : {}),
        ...(step.uses !== undefined ? { options: step.with ?? {} } : {}),
        shell: config.defaults.shell,
        timeoutMs: step.timeout ?? config.defaults.timeout,
        retries: { attempts: retries.attempts, backoffMs: retries.backoff },
        continueOnError: step['continue-on-error'],
        env: step.env,
        workingDirectory,
        cwd: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, workingDirectory),
        junit: step.junit ?? [],
        sarif: step.sarif ?? [],
    };
}
/** The loader already parsed `with:` by the check's schema; only a config built elsewhere can name an unknown kind. */
function checkKindIssue(id, kind, checks, at) {
    if (checks.some((c) => c.kind === kind))
        return;
    const kinds = checks.map((c) => c.kind);
    at(['steps', id, 'uses'], `"${kind}" is not a built-in check (there are: ${kinds.join(', ')})`, (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(kind, kinds));
}
/** A cycle found by depth-first search is reported once, naming each member: `a → b → c → a`. */
function findCycles(config, locate) {
    const state = new Map();
    const stack = [];
    const seen = new Set();
    const issues = [];
    const visit = (id) => {
        state.set(id, 'open');
        stack.push(id);
        for (const need of config.steps[id].needs) {
            if (state.get(need) === 'open') {
                const cycle = stack.slice(stack.indexOf(need));
                const key = [...cycle].sort().join('\0');
                if (!seen.has(key)) {
                    seen.add(key);
                    // Printed in "needs" order: a needs b needs c needs a.
                    const text = [...cycle, need].join(' → ');
                    const p = ['steps', cycle[0], 'needs'];
                    issues.push({
                        ...locate(p),
                        path: p.join('.'),
                        message: `these steps need each other in a cycle: ${text}; remove one of these needs`,
                    });
                }
            }
            else if (!state.has(need)) {
                visit(need);
            }
        }
        stack.pop();
        state.set(id, 'done');
    };
    for (const id of Object.keys(config.steps))
        if (!state.has(id))
            visit(id);
    return issues;
}
function closure(only, config) {
    const ids = Object.keys(config.steps);
    const unknown = only.filter((id) => !(id in config.steps));
    if (unknown.length > 0) {
        const lines = unknown.map((id) => {
            const s = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(id, ids);
            return `there is no step "${id}"${s ? ` (did you mean "${s}"?)` : ''}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${lines.join('; ')}. The steps are: ${ids.join(', ')}.`);
    }
    const selected = new Set();
    const add = (id) => {
        if (selected.has(id))
            return;
        selected.add(id);
        config.steps[id].needs.forEach(add);
    };
    only.forEach(add);
    return selected;
}
/** What `runlens plan` and `runlens run --dry-run` print. */
function formatPlan(plan) {
    const width = Math.max(0, ...plan.steps.map((s) => s.id.length));
    const byId = new Map(plan.steps.map((s) => [s.id, s]));
    const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const lines = [
        `${count(plan.steps.length, 'step')} in ${count(plan.levels.length, 'level')}; each level starts when the one above has finished`,
    ];
    plan.levels.forEach((ids, level) => {
        lines.push(`level ${level}`);
        for (const id of ids) {
            const s = byId.get(id);
            const what = s.kind === 'run' ? `run: ${describeCommand(s.command)}` : `uses: ${s.kind}`;
            const facts = [
                `timeout ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.timeoutMs)}`,
                s.retries.attempts === 0
                    ? 'no retries'
                    : `${s.retries.attempts} ${s.retries.attempts === 1 ? 'retry' : 'retries'} (backoff ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.retries.backoffMs)})`,
                ...(s.continueOnError ? ['continue-on-error'] : []),
                ...(s.needs.length ? [`needs ${s.needs.join(', ')}`] : []),
                ...(s.workingDirectory !== '.' ? [`in ${s.workingDirectory}`] : []),
            ];
            lines.push(`  ${id.padEnd(width)}  ${what}`);
            lines.push(`  ${''.padEnd(width)}  ${facts.join(' · ')}`);
        }
    });
    return lines.join('\n');
}
function describeCommand(command) {
    if (Array.isArray(command))
        return `[${command.map((a) => JSON.stringify(a)).join(', ')}]`;
    const lines = command.trim().split('\n');
    return lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : lines[0];
}


/***/ }),

/***/ 9507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runProcess)
});

// UNUSED EXPORTS: describeExit

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2499);
// EXTERNAL MODULE: ./lib/config/duration.js
var duration = __webpack_require__(6804);
;// CONCATENATED MODULE: ./lib/engine/shell.js
// How a string `run:` becomes argv. The flags follow GitHub Actions' own shells so a script behaves
// the same under runlens as in a workflow `run:`: bash stops at the first failing command (-e) and a
// failure inside a pipe (`make | tee log`) is not hidden by the last command (-o pipefail); no profile
// or rc file is read, so the runner's dotfiles cannot change the result.
const SHELLS = {
    bash: (s) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', s],
    sh: (s) => ['sh', '-e', '-c', s],
    zsh: (s) => ['zsh', '--no-rcs', '-e', '-o', 'pipefail', '-c', s],
    pwsh: (s) => [
        'pwsh',
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        `$ErrorActionPreference = 'stop'\n${s}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`,
    ],
    python: (s) => ['python3', '-c', s],
};
/**
 * argv for a step command. A list runs as is, with no shell (so `$HOME` stays literal). A string runs
 * through `shell`: a known name (bash, sh, zsh, pwsh, python), or a command line such as `bash -x -c`
 * that the script is appended to.
 */
function commandArgv(command, shell) {
    if (Array.isArray(command))
        return command;
    const known = SHELLS[shell];
    if (known)
        return known(command);
    const words = shell.trim().split(/\s+/);
    return words.length > 1 ? [...words, command] : [shell, '-c', command];
}

;// CONCATENATED MODULE: ./lib/engine/process.js
// Runs one step command as its own process group, so a timeout or a cancel stops everything the
// step started (test runners' workers, `server &`), not only the shell at the top.








// setTimeout fires at once above this (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;
async function runProcess(req) {
    if (req.signal.aborted)
        return { status: 'cancelled', exitCode: null, signal: null, error: 'the run was cancelled before it started' };
    if (!(await isDirectory(req.cwd))) {
        return {
            status: 'failed',
            exitCode: null,
            signal: null,
            error: `its working directory ${req.cwd} does not exist; fix working-directory`,
        };
    }
    const argv = commandArgv(req.command, req.shell);
    const child = (0,execa/* execa */.Ho)(argv[0], argv.slice(1), {
        cwd: req.cwd,
        env: definedOnly(req.env),
        extendEnv: false,
        stdin: 'ignore',
        buffer: false,
        reject: false,
        // A new process group (pgid = pid): the target of every signal below.
        detached: true,
        // Termination is ours: the whole group, with the configured grace.
        forceKillAfterDelay: false,
        cleanup: false,
        windowsHide: true,
    });
    const pgid = child.pid;
    if (pgid !== undefined)
        liveGroups.add(pgid);
    // One reader per pipe, so a partial line on stdout (a progress bar) never fuses with a stderr line.
    // Readline instead of execa's line iterator: about 7x faster on chatty steps (1M lines: 0.4 s vs 3 s).
    const linesDone = [child.stdout, child.stderr].map((input) => {
        const lines = external_node_readline_.createInterface({ input, crlfDelay: Infinity });
        lines.on('line', req.onLine);
        return (0,external_node_events_.once)(lines, 'close');
    });
    let stopReason;
    let stopping;
    const stop = (reason) => {
        if (stopping || pgid === undefined)
            return;
        stopReason = reason;
        req.onNote(reason === 'timed-out'
            ? `timed out after ${(0,duration/* formatDuration */.a)(req.timeoutMs)}: stopping the step's processes (SIGTERM, then SIGKILL after ${(0,duration/* formatDuration */.a)(req.killGraceMs)})`
            : `cancelled: stopping the step's processes (SIGTERM, then SIGKILL after ${(0,duration/* formatDuration */.a)(req.killGraceMs)})`);
        stopping = stopGroup(pgid, req.killGraceMs);
    };
    const timer = req.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(req.timeoutMs, MAX_TIMER_MS)) : undefined;
    const onAbort = () => stop('cancelled');
    req.signal.addEventListener('abort', onAbort, { once: true });
    child.nodeChildProcess.once('exit', () => {
        clearTimeout(timer);
        req.signal.removeEventListener('abort', onAbort);
        // Whatever the step started in the background dies with it; otherwise it would hold the output
        // pipes open (and the run with them) and outlive the step on a shared runner.
        if (!stopping && pgid !== undefined && groupAlive(pgid)) {
            req.onNote('the step left processes running in the background; stopping them');
            stopping = stopGroup(pgid, req.killGraceMs);
        }
    });
    const result = await child;
    clearTimeout(timer);
    req.signal.removeEventListener('abort', onAbort);
    await Promise.all(linesDone);
    if (stopping)
        await stopping;
    if (pgid !== undefined)
        liveGroups.delete(pgid);
    const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
    const signal = result.signal ?? null;
    if (stopReason === 'timed-out')
        return { status: 'timed-out', exitCode, signal, error: `timed out after ${(0,duration/* formatDuration */.a)(req.timeoutMs)}` };
    if (stopReason === 'cancelled')
        return { status: 'cancelled', exitCode, signal, error: 'cancelled' };
    if (pgid === undefined)
        return spawnFailure(result.code, result.originalMessage ?? result.shortMessage ?? 'unknown error', argv[0], req);
    if (exitCode === 0)
        return { status: 'passed', exitCode, signal: null };
    return { status: 'failed', exitCode, signal, error: describeExit(exitCode, signal) };
}
function spawnFailure(code, message, file, req) {
    const viaShell = !Array.isArray(req.command);
    if (code === 'ENOENT') {
        const error = viaShell
            ? `the shell "${file}" was not found on PATH (exit 127); install it or set defaults.shell in runlens.yml`
            : `command not found: ${file} (exit 127); check the spelling, install it, or put it on PATH`;
        return { status: 'failed', exitCode: 127, signal: null, error };
    }
    if (code === 'EACCES')
        return { status: 'failed', exitCode: 126, signal: null, error: `${file} is not executable (exit 126); chmod +x it` };
    return { status: 'failed', exitCode: null, signal: null, error: `could not start ${file}: ${message}` };
}
function describeExit(exitCode, signal) {
    if (signal)
        return `killed by ${signal}`;
    if (exitCode === 127)
        return 'exit 127 (command not found)';
    if (exitCode === 126)
        return 'exit 126 (command not executable)';
    return `exit ${exitCode}`;
}
/** SIGTERM to the group; SIGKILL to whatever is left after `graceMs`. Resolves once the group is gone. */
async function stopGroup(pgid, graceMs) {
    if (!signalGroup(pgid, 'SIGTERM'))
        return false;
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid)) {
        if (Date.now() >= deadline) {
            signalGroup(pgid, 'SIGKILL');
            // SIGKILL cannot be caught; give the kernel a moment to tear the group down.
            for (let i = 0; i < 100 && groupAlive(pgid); i++)
                await (0,external_node_timers_promises_.setTimeout)(20);
            break;
        }
        await (0,external_node_timers_promises_.setTimeout)(20);
    }
    return true;
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Does any live (non-zombie) process remain in the group? Zombies are skipped because a container's
 * PID 1 (`tail -f /dev/null` in GitHub's container jobs) may never reap orphans, and waiting for them
 * would cost a full kill-grace per step.
 */
function groupAlive(pgid) {
    if (!signalGroup(pgid, 0))
        return false;
    if (process.platform !== 'linux')
        return true;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
        }
        catch {
            continue;
        }
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X')
            return true;
    }
    return false;
}
// If runlens itself exits while steps run (an uncaught error, a second Ctrl-C), their groups go with it.
const liveGroups = new Set();
process.once('exit', () => {
    for (const pgid of liveGroups)
        signalGroup(pgid, 'SIGKILL');
});
async function isDirectory(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
function definedOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   YD: () => (/* binding */ RunlensError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports formatConfigIssue, ToolNotFoundError */
// Every error runlens reports to a user, and the one place they map to exit codes (DESIGN.md).
const EXIT = { passed: 0, failed: 1, usage: 2, internal: 3 };
function formatPosition(p) {
    return [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
}
/** An error the user can fix: printed as its message alone, never with a stack. */
class RunlensError extends Error {
    exitCode = EXIT.failed;
}
class ConfigError extends RunlensError {
    issues;
    exitCode = EXIT.usage;
    constructor(issues) {
        super(issues.map(formatConfigIssue).join('\n'));
        this.issues = issues;
        this.name = 'ConfigError';
    }
}
function formatConfigIssue(i) {
    const where = formatPosition(i);
    const path = i.path ? `${i.path}: ` : '';
    const hint = i.suggestion ? ` (did you mean "${i.suggestion}"?)` : '';
    return `${where}: ${path}${i.message}${hint}`;
}
class UsageError extends RunlensError {
    exitCode = EXIT.usage;
    name = 'UsageError';
}
/** Malformed input a step was asked to read (SARIF, JUnit, lockfile, golden file). */
class InputError extends RunlensError {
    position;
    detail;
    hint;
    constructor(position, detail, hint) {
        super(`${formatPosition(position)}: ${detail}${hint ? ` — ${hint}` : ''}`);
        this.position = position;
        this.detail = detail;
        this.hint = hint;
        this.name = 'InputError';
    }
}
class ToolNotFoundError extends RunlensError {
    tool;
    installHint;
    constructor(tool, installHint) {
        super(`${tool} was not found on PATH — ${installHint}`);
        this.tool = tool;
        this.installHint = installHint;
        this.name = 'ToolNotFoundError';
    }
}
function exitCodeFor(err) {
    return err instanceof RunlensError ? err.exitCode : EXIT.internal;
}


/***/ }),

/***/ 5530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** A stable id from parts that identify a finding independently of its line number. */
function fingerprintOf(...parts) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        h.update(String(p ?? '')).update('\0');
    return h.digest('hex').slice(0, 32);
}


/***/ }),

/***/ 4079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ SEVERITY_MAP),
/* harmony export */   ZF: () => (/* binding */ severityFromSarif),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
// The one severity scale (DESIGN.md) and every mapping out of it. Data, not code.
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
/** The gate thresholds: a severity, or `none` to never fail on findings. */
const FAIL_ON = ['none', 'note', 'low', 'medium', 'high', 'critical'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };
/** Positive when a is more severe than b. Sorting with `(a, b) => compareSeverity(b, a)` puts the worst first. */
function compareSeverity(a, b) {
    return RANK[a] - RANK[b];
}
function atLeast(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
const SEVERITY_MAP = {
    critical: { sarifLevel: 'error', securitySeverity: '9.5', gitlab: 'Critical', codeClimate: 'blocker', annotation: 'error' },
    high: { sarifLevel: 'error', securitySeverity: '8.0', gitlab: 'High', codeClimate: 'critical', annotation: 'error' },
    medium: { sarifLevel: 'warning', securitySeverity: '5.5', gitlab: 'Medium', codeClimate: 'major', annotation: 'warning' },
    low: { sarifLevel: 'note', securitySeverity: '2.0', gitlab: 'Low', codeClimate: 'minor', annotation: 'notice' },
    note: { sarifLevel: 'note', securitySeverity: '0.1', gitlab: 'Info', codeClimate: 'info', annotation: 'notice' },
};
/** From a SARIF result: `security-severity` wins (GitHub's buckets), then the level. */
function severityFromSarif(level, securitySeverity) {
    const score = typeof securitySeverity === 'string' || typeof securitySeverity === 'number' ? Number(securitySeverity) : NaN;
    if (Number.isFinite(score)) {
        if (score >= 9)
            return 'critical';
        if (score >= 7)
            return 'high';
        if (score >= 4)
            return 'medium';
        if (score > 0.1)
            return 'low';
        return 'note';
    }
    switch (level) {
        case 'error':
            return 'high';
        case 'warning':
            return 'medium';
        case 'note':
            return 'low';
        default:
            // SARIF's default level is "warning".
            return level === 'none' ? 'note' : 'medium';
    }
}


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ atomicWriteFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
// Reports are read by other jobs and platforms: a crash mid-write must leave the old file or the
// new one, never half of either. Hence temp file in the same directory (rename is atomic only
// within a filesystem) + fsync of the data + rename + fsync of the directory entry.



async function atomicWriteFile(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
    await syncDirectory(dir);
}
// Makes the rename itself durable. Some filesystems refuse to fsync a directory; the data is
// already safe then, so that is not worth failing a run over.
async function syncDirectory(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        await handle.sync();
    }
    catch {
        // best effort
    }
    finally {
        await handle?.close();
    }
}


/***/ }),

/***/ 4116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ locateJsonPath),
/* harmony export */   pB: () => (/* binding */ formatJsonPath),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
// Reading JSON written by other tools, with positions for the errors a user has to fix.
// JSON.parse does the work (fast); jsonc-parser runs only when something is wrong, to say where.


function parseJson(file, text, what) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (err) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const offset = first?.offset ?? body.length;
        const detail = first ? describeParseError(first) : err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, ...positionAt(text, offset + (text.length - body.length)) }, `${what} is not valid JSON: ${detail}`, `fix the file or the tool that wrote it`);
    }
}
/** The position of the value at `path`, or of its nearest ancestor that exists. */
function locateJsonPath(text, path) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    if (!root)
        return { line: 1, column: 1 };
    for (let n = path.length; n >= 0; n--) {
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, n));
        if (node)
            return positionAt(text, node.offset);
    }
    return { line: 1, column: 1 };
}
function formatJsonPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/** 1-based line and column (in UTF-16 code units, as editors count) of a string offset. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}
const PARSE_ERROR_WORDS = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected ","',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected content after the end of the document',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'control character in a string',
};
function describeParseError(e) {
    const code = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error);
    return PARSE_ERROR_WORDS[code] ?? code;
}


/***/ }),

/***/ 4707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ matchFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
// Resolves the file patterns a step names (`sarif:`, `junit:`, `with.files`) to files on disk.




/**
 * Absolute paths of the files matching `patterns` (relative to `cwd`), sorted, without duplicates.
 * A pattern that matches nothing is an error: the step said it would write that file.
 */
async function matchFiles(patterns, cwd, what) {
    const found = new Set();
    for (const pattern of patterns) {
        const matches = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern) ? await globOne(pattern, cwd) : await literal(pattern, cwd);
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, `no ${what} file matches this pattern (relative to ${cwd})`, `check that the step writes it and that the path is relative to the step's working directory`);
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
    const firstDynamic = segments.findIndex((s) => (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(s));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, segments.slice(0, firstDynamic).join('/') || '.');
    const rest = segments.slice(firstDynamic).join('/');
    // `**/*.sarif` means the project's reports, not those shipped inside dependencies.
    const ignore = rest.includes('node_modules') ? ['**/.git/**'] : ['**/node_modules/**', '**/.git/**'];
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(rest, { cwd: root, absolute: true, onlyFiles: true, dot: true, expandDirectories: false, ignore });
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

/***/ 4782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ ingestSarif)
});

// UNUSED EXPORTS: findingsFromSarif

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(5530);
// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(4116);
// EXTERNAL MODULE: ./lib/ingest/match-files.js
var match_files = __webpack_require__(4707);
;// CONCATENATED MODULE: ./lib/ingest/sarif-category.js
/** Lower-cased driver names of tools whose every result is of one category. */
const TOOL_CATEGORY = {
    gitleaks: 'secret',
    trufflehog: 'secret',
    'detect-secrets': 'secret',
    'runlens-secrets': 'secret',
    'osv-scanner': 'dependency',
    grype: 'dependency',
    'dependency-check': 'dependency',
    'npm audit': 'dependency',
    'pip-audit': 'dependency',
    govulncheck: 'dependency',
    'runlens-deps': 'dependency',
};
/** Rule tags (lower-cased) that say what a result is, most specific first. */
const TAG_CATEGORY = [
    [/^(secret|secrets|credential|credentials|leak)$/, 'secret'],
    [/^(dependency|dependencies|vulnerable-dependency|sca|supply-chain)$/, 'dependency'],
    [/^(security|external\/cwe\/.*|cwe-\d+)$/, 'sast'],
];
function categoryOf(toolName, tags, hasSecuritySeverity) {
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

// EXTERNAL MODULE: ./lib/ingest/workspace-path.js
var workspace_path = __webpack_require__(8557);
;// CONCATENATED MODULE: ./lib/ingest/sarif.js
// Findings from SARIF 2.1.0 files other tools wrote (`sarif:` on a step, or `uses: sarif`).










/** Reads every SARIF file matching `patterns`; throws InputError (src/errors.ts) (file:line:col) on malformed input. */
async function ingestSarif(patterns, opts) {
    const files = await (0,match_files/* matchFiles */.x)(patterns, opts.cwd, 'SARIF');
    const findings = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        findings.push(...findingsFromSarif(text, file, opts));
    }
    return { findings, files: files.map((f) => (0,workspace_path/* toWorkspacePath */.C)(f, opts.cwd, opts.workspace)) };
}
const MAX_SNIPPET = 500;
const MAX_TITLE = 200;
/** The findings in one SARIF document. `file` is used for error positions and relative URIs' default base. */
function findingsFromSarif(text, file, opts) {
    const shown = (0,workspace_path/* toWorkspacePath */.C)(file, opts.cwd, opts.workspace);
    const log = (0,json_source/* parseJson */.qF)(shown, text, 'this SARIF file');
    const fail = (at, detail) => {
        throw new errors/* InputError */.dz({ file: shown, ...(0,json_source/* locateJsonPath */.Od)(text, at) }, `${(0,json_source/* formatJsonPath */.pB)(at) || 'the document'} ${detail}`, 'runlens reads SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/); check the tool was asked for SARIF output');
    };
    if (!isObject(log))
        return fail([], 'is not a SARIF log: expected a JSON object with "version" and "runs"');
    if (typeof log.version === 'string' && log.version !== '2.1.0')
        fail(['version'], `is "${log.version}"; only SARIF 2.1.0 is supported`);
    if (!Array.isArray(log.runs))
        return fail(['runs'], 'is missing or not an array: a SARIF log holds its results in "runs"');
    const findings = [];
    log.runs.forEach((run, r) => {
        if (!isObject(run))
            return fail(['runs', r], 'is not an object');
        const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
        if (!driver || typeof driver.name !== 'string' || driver.name === '') {
            return fail(['runs', r, 'tool', 'driver', 'name'], 'is missing: every SARIF run names the tool that produced it');
        }
        // `results` absent or null means the tool did not run to completion; there is nothing to read.
        if (run.results === undefined || run.results === null)
            return;
        if (!Array.isArray(run.results))
            return fail(['runs', r, 'results'], 'is not an array');
        const reader = new RunReader(run, file, opts);
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
    return findings;
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
        this.toolVersion = driver.semanticVersion ?? driver.version;
        for (const rule of driver.rules ?? [])
            if (rule?.id && !this.rulesById.has(rule.id))
                this.rulesById.set(rule.id, rule);
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
        const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
        const ruleProps = rule?.properties ?? {};
        const tags = stringArray(ruleProps.tags).concat(stringArray(result.properties?.tags));
        const securitySeverity = result.properties?.['security-severity'] ?? ruleProps['security-severity'];
        const level = result.level ?? rule?.defaultConfiguration?.level;
        const category = categoryOf(this.tool, tags, securitySeverity !== undefined);
        const location = this.locationOf(result, category);
        const message = this.messageOf(result, rule) ?? ruleId;
        const title = firstLine(rule?.shortDescription?.text ?? rule?.name ?? ruleId).slice(0, MAX_TITLE);
        const properties = { sarifFile: (0,workspace_path/* toWorkspacePath */.C)(this.file, this.opts.cwd, this.opts.workspace) };
        if (tags.length > 0)
            properties.tags = [...new Set(tags)];
        if (result.partialFingerprints)
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
        const help = rule?.help?.markdown ?? rule?.help?.text ?? rule?.fullDescription?.markdown ?? rule?.fullDescription?.text;
        if (help)
            finding.help = help;
        if (rule?.helpUri)
            finding.helpUri = rule.helpUri;
        return finding;
    }
    ruleOf(result) {
        const component = result.rule?.toolComponent;
        const rules = component?.index !== undefined ? this.run.tool.extensions?.[component.index]?.rules : (this.run.tool.driver.rules ?? undefined);
        const index = result.ruleIndex ?? result.rule?.index;
        if (rules && index !== undefined && index >= 0 && rules[index])
            return rules[index];
        const id = result.ruleId ?? result.rule?.id;
        if (id === undefined)
            return undefined;
        return (component?.index !== undefined ? rules?.find((r) => r.id === id) : undefined) ?? this.rulesById.get(id);
    }
    messageOf(result, rule) {
        const m = result.message;
        let text = m?.text ?? m?.markdown;
        if (text === undefined && m?.id) {
            const template = rule?.messageStrings?.[m.id];
            text = template?.text ?? template?.markdown;
        }
        if (text === undefined)
            return undefined;
        const args = m?.arguments ?? [];
        // SARIF placeholders are {0}, {1}…; {{ and }} are literal braces.
        return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, n) => whole === '{{' ? '{' : whole === '}}' ? '}' : (args[Number(n)] ?? whole));
    }
    locationOf(result, category) {
        const physical = result.locations?.find((l) => l?.physicalLocation)?.physicalLocation;
        if (!physical)
            return undefined;
        let artifact = physical.artifactLocation;
        if (artifact?.uri === undefined && artifact?.index !== undefined)
            artifact = this.run.artifacts?.[artifact.index]?.location ?? artifact;
        if (artifact?.uri === undefined)
            return undefined;
        const location = { path: this.resolveUri(artifact.uri, artifact.uriBaseId) };
        const region = physical.region;
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
            const snippet = region.snippet?.text;
            if (snippet && category !== 'secret')
                location.snippet = snippet.replace(/\r?\n$/, '').slice(0, MAX_SNIPPET);
        }
        return location;
    }
    /** Workspace-relative path of an artifact URI, following SARIF's uriBaseId indirection. */
    resolveUri(uri, uriBaseId, depth = 0) {
        if (/^file:/i.test(uri))
            return (0,workspace_path/* toWorkspacePath */.C)(uri, this.opts.cwd, this.opts.workspace);
        const decoded = safeDecode(uri);
        if (external_node_path_.isAbsolute(decoded))
            return (0,workspace_path/* toWorkspacePath */.C)(decoded, this.opts.cwd, this.opts.workspace);
        return (0,workspace_path/* toWorkspacePath */.C)(decoded, this.baseDir(uriBaseId, depth), this.opts.workspace);
    }
    baseDir(uriBaseId, depth) {
        if (uriBaseId === undefined)
            return this.opts.cwd;
        const declared = this.run.originalUriBaseIds?.[uriBaseId];
        if (declared?.uri !== undefined && depth < 10) {
            if (/^file:/i.test(declared.uri))
                return (0,external_node_url_.fileURLToPath)(declared.uri);
            const decoded = safeDecode(declared.uri);
            if (external_node_path_.isAbsolute(decoded))
                return decoded;
            return external_node_path_.resolve(this.baseDir(declared.uriBaseId, depth + 1), decoded);
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


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toWorkspacePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
// Other tools name files every way there is (relative, absolute, file:// URIs, Windows paths);
// reports want one: repository-relative with forward slashes.


/**
 * `ref` made relative to `workspace`. Relative refs are taken relative to `base` (where the tool
 * ran). A file outside the workspace keeps its absolute path: there is nothing better to link to.
 */
function toWorkspacePath(ref, base, workspace) {
    let absolute;
    if (/^file:/i.test(ref)) {
        try {
            absolute = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(ref);
        }
        catch {
            absolute = decodeURIComponent(ref.replace(/^file:\/*/i, '/'));
        }
    }
    else if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(ref)) {
        absolute = ref;
    }
    else if (/^[A-Za-z]:[\\/]/.test(ref)) {
        // A Windows path in a report made on another machine: only its tail can mean anything here.
        return ref.replace(/\\/g, '/');
    }
    else {
        absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(base, ref.replace(/\\/g, '/'));
    }
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, absolute);
    if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative))
        return absolute.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ detectPlatform),
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
/** Loads only the adapter in use: @actions/core (and its HTTP stack) stays out of laptop and GitLab runs. */
async function detectPlatform(env, cwd, opts = {}) {
    if (env.GITHUB_ACTIONS === 'true')
        return (await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 9520))).githubPlatform(env, { token: opts.githubToken });
    if (env.GITLAB_CI === 'true')
        return (await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 3116))).gitlabPlatform(env);
    return (await __webpack_require__.e(/* import() */ 316).then(__webpack_require__.bind(__webpack_require__, 5316))).localPlatform(cwd);
}
/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise (no-color.org). */
function wantsColor(env, stream) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== '0')
        return true;
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   qd: () => (/* binding */ tableHeader)
/* harmony export */ });
// Putting user data (file names, messages, test names) into GitHub-flavoured Markdown without it
// turning into markup: a `|` would split a table cell, `<script>`/`<details>` would be HTML.
const MARKDOWN_SPECIALS = /[\\`*_[\]|~#!]/g;
/** Text safe inside a Markdown paragraph or table cell: one line, HTML and Markdown neutralised. */
function escapeMarkdown(text, maxLength = 1000) {
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    return clipped
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_SPECIALS, (c) => `\\${c}`);
}
/**
 * A link whose text is escaped and whose URL cannot break out of the parentheses. URLs come from
 * other tools' SARIF too, so anything but http(s) (`javascript:`…) is shown as plain text.
 */
function markdownLink(text, url) {
    if (!/^https?:\/\//i.test(url))
        return escapeMarkdown(text);
    const safeUrl = url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
    return `[${escapeMarkdown(text)}](${safeUrl})`;
}
function tableHeader(columns) {
    const head = `| ${columns.map((c) => c.title).join(' | ')} |`;
    const rule = `| ${columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---')).join(' | ')} |`;
    return `${head}\n${rule}`;
}
/** One table row; cells must already be escaped (or be trusted Markdown). */
function tableRow(cells) {
    return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}


/***/ }),

/***/ 3340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/config/load.js + 3 modules
var load = __webpack_require__(8454);
// EXTERNAL MODULE: ./lib/engine/plan.js
var engine_plan = __webpack_require__(8479);
;// CONCATENATED MODULE: ./lib/engine/result.js
/** Bumped on any incompatible change to run.json. */
const RUN_RESULT_VERSION = 1;

// EXTERNAL MODULE: ./lib/checks/registry.js + 5 modules
var registry = __webpack_require__(1069);
;// CONCATENATED MODULE: ./lib/engine/redactor.js
// Masked values never reach a step log or the console, whatever the platform does with them.
const MASK = '***';
class Redactor {
    secrets = [];
    /** Each line of a multi-line value is masked on its own, since output is handled line by line. */
    add(value) {
        for (const part of value.split(/\r?\n/)) {
            if (part.length > 0 && !this.secrets.includes(part))
                this.secrets.push(part);
        }
        // Longest first, so a secret containing another is masked whole.
        this.secrets.sort((a, b) => b.length - a.length);
    }
    redact(line) {
        let out = line;
        for (const s of this.secrets)
            if (out.includes(s))
                out = out.replaceAll(s, MASK);
        return out;
    }
}

// EXTERNAL MODULE: ./lib/config/duration.js
var duration = __webpack_require__(6804);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(4116);
// EXTERNAL MODULE: ./lib/ingest/match-files.js
var match_files = __webpack_require__(4707);
// EXTERNAL MODULE: ./lib/ingest/workspace-path.js
var workspace_path = __webpack_require__(8557);
;// CONCATENATED MODULE: ./lib/ingest/junit.js
// Test results from JUnit XML, as written by pytest, vitest, node --test, mocha, surefire, go-junit-report…







/** Reads every JUnit XML file matching `patterns`; throws InputError (src/errors.ts) (file:line:col) on malformed input. */
async function ingestJunit(patterns, opts) {
    const files = await (0,match_files/* matchFiles */.x)(patterns, opts.cwd, 'JUnit XML');
    const cases = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        cases.push(...casesFromJunit(text, file, opts));
    }
    return { cases, files: files.map((f) => (0,workspace_path/* toWorkspacePath */.C)(f, opts.cwd, opts.workspace)) };
}
// Failure output can be megabytes (a whole log); run.json and every report carry it.
const MAX_DETAILS = 10_000;
const MAX_MESSAGE = 1_000;
const ELEMENTS = new Set(['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped']);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    // A prefix keeps node --test's `failure="…"` attribute apart from its <failure> element.
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && ELEMENTS.has(name),
});
/** The test cases in one JUnit XML document. */
function casesFromJunit(text, file, opts) {
    const shown = (0,workspace_path/* toWorkspacePath */.C)(file, opts.cwd, opts.workspace);
    const check = fxp/* XMLValidator */.iI.validate(text);
    if (check !== true) {
        throw new errors/* InputError */.dz({ file: shown, line: check.err.line, column: check.err.col }, `not well-formed XML: ${check.err.msg}`, 'a test run that crashed or was killed can leave a truncated report; rerun the tests or fix the reporter');
    }
    const doc = parser.parse(text);
    const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && k !== '#text');
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        const at = rootName ? text.indexOf(`<${rootName}`) : 0;
        throw new errors/* InputError */.dz({ file: shown, ...(0,json_source/* positionAt */.t$)(text, Math.max(at, 0)) }, rootName ? `the root element is <${rootName}>, not <testsuites> or <testsuite>` : 'the document has no root element', 'point `junit:` at JUnit XML test results');
    }
    const roots = asNodes(doc[rootName]);
    // pytest numbers lines from 0 (its `line` is a Python code object's index); everyone else from 1.
    const lineBase = roots.some((r) => r['@name'] === 'pytest tests' || r['@name'] === 'pytest') ? 1 : 0;
    const reader = { opts, lineBase, fallbackSuite: external_node_path_.basename(file), cases: [] };
    for (const root of roots) {
        if (rootName === 'testsuite')
            readSuite(root, [], undefined, reader);
        else {
            for (const suite of asNodes(root.testsuite))
                readSuite(suite, [], undefined, reader);
            // A few writers put cases straight under <testsuites>.
            for (const tc of asNodes(root.testcase))
                reader.cases.push(readCase(tc, attr(root, 'name') ?? reader.fallbackSuite, undefined, reader));
        }
    }
    return reader.cases;
}
function readSuite(suite, parents, parentFile, reader) {
    const names = [...parents, attr(suite, 'name') ?? ''].filter((n) => n !== '');
    const name = names.join(' > ') || reader.fallbackSuite;
    const file = attr(suite, 'file') ?? attr(suite, 'filepath') ?? parentFile;
    for (const tc of asNodes(suite.testcase))
        reader.cases.push(readCase(tc, name, file, reader));
    // node --test nests suites.
    for (const child of asNodes(suite.testsuite))
        readSuite(child, names, file, reader);
}
function readCase(tc, suite, suiteFile, reader) {
    const failure = asNodes(tc.failure)[0];
    const error = asNodes(tc.error)[0];
    const skipped = asNodes(tc.skipped)[0];
    const outcome = failure ?? error ?? skipped;
    const status = failure ? 'failed' : error ? 'error' : skipped ? 'skipped' : 'passed';
    const testCase = {
        suite,
        name: attr(tc, 'name') ?? '(unnamed)',
        status,
        durationMs: seconds(attr(tc, 'time')),
    };
    const classname = attr(tc, 'classname');
    if (classname)
        testCase.classname = classname;
    if (outcome) {
        const body = junit_text(outcome).trim();
        const message = attr(outcome, 'message') ?? body.split('\n', 1)[0];
        if (message)
            testCase.message = clip(message, MAX_MESSAGE);
        if (body && body !== message)
            testCase.details = clip(body, MAX_DETAILS);
    }
    const file = attr(tc, 'file') ?? attr(tc, 'filepath') ?? suiteFile;
    if (file)
        testCase.file = (0,workspace_path/* toWorkspacePath */.C)(file, reader.opts.cwd, reader.opts.workspace);
    const line = Number.parseInt(attr(tc, 'line') ?? '', 10);
    if (Number.isInteger(line) && line + reader.lineBase > 0)
        testCase.line = line + reader.lineBase;
    return testCase;
}
// `<skipped/>` parses to '' and `<failure>text</failure>` to a string: both become nodes.
function asNodes(v) {
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return list.map((x) => (typeof x === 'object' && x !== null ? x : { '#text': String(x) }));
}
function attr(node, name) {
    const v = node[`@${name}`];
    return typeof v === 'string' ? v : undefined;
}
function junit_text(node) {
    const v = node['#text'];
    return typeof v === 'string' ? v : '';
}
/** JUnit times are seconds; some writers group thousands with commas ("1,234.5"), some use a decimal comma. */
function seconds(value) {
    if (!value)
        return 0;
    const normal = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replace(/,/g, '') : value.replace(',', '.');
    const s = Number(normal);
    return Number.isFinite(s) && s >= 0 ? Math.round(s * 1000) : 0;
}
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
}

// EXTERNAL MODULE: ./lib/ingest/sarif.js + 1 modules
var sarif = __webpack_require__(4782);
;// CONCATENATED MODULE: ./lib/engine/backoff.js
// Retry delays: exponential backoff with "full jitter" (a uniform draw below the exponential ceiling),
// which spreads retries of many jobs hitting the same flaky service instead of having them retry in step.
/** No retry waits longer than this, however many attempts are configured. */
const MAX_BACKOFF_MS = 5 * 60_000;
/** The upper bound of the delay before retry number `retry` (1 = the first retry): base, 2·base, 4·base, … capped. */
function backoffCeiling(retry, baseMs, capMs = MAX_BACKOFF_MS) {
    const cap = Math.max(capMs, baseMs);
    return Math.min(cap, baseMs * 2 ** Math.max(0, retry - 1));
}
/** The delay before retry number `retry`: uniform in [0, ceiling). `random` returns [0, 1), like Math.random. */
function backoffDelay(retry, baseMs, opts = {}) {
    const random = opts.random ?? Math.random;
    return Math.floor(random() * backoffCeiling(retry, baseMs, opts.capMs));
}
/** Resolves after `ms`, or early (with false) when `signal` aborts. */
function sleep(ms, signal) {
    if (signal.aborted)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const done = (completed) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            resolve(completed);
        };
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(true), ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: ./lib/engine/process.js + 1 modules
var process = __webpack_require__(9507);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/engine/step-log.js
// `<outputDir>/logs/<step>.log`: the step's output as it comes (masked, no colour codes added), plus
// runlens's own remarks marked `[runlens]`.



// Lines are coalesced into one write per event-loop turn (or per 64 KiB): a write call per line made
// a million-line step several times slower.
const FLUSH_AT = 64 * 1024;
class StepLog {
    file;
    out;
    redactor;
    echo;
    failure;
    pending = '';
    scheduled = false;
    constructor(
    /** Absolute. */
    file, out, redactor, echo) {
        this.file = file;
        this.out = out;
        this.redactor = redactor;
        this.echo = echo;
        // A full disk must not crash the run: the step goes on, its log is incomplete.
        out.on('error', (err) => {
            this.failure ??= err;
        });
    }
    static async open(file, redactor, echo) {
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'w' });
        await new Promise((resolve, reject) => {
            out.once('open', () => resolve());
            out.once('error', reject);
        });
        return new StepLog(file, out, redactor, echo);
    }
    /** A line of the step's own output: to the log and the console. */
    line(text) {
        const masked = this.redactor.redact(text);
        this.append(masked + '\n');
        this.echo(masked);
    }
    /** A remark of runlens about the step: to the log only. */
    note(text) {
        // Every line carries the marker, so a multi-line script or a stack trace cannot pass for step output.
        const lines = this.redactor.redact(text.trimEnd()).split(/\r?\n/);
        this.append(lines.map((l) => `[runlens] ${l}`.trimEnd()).join('\n') + '\n');
    }
    append(text) {
        this.pending += text;
        if (this.pending.length >= FLUSH_AT)
            this.flush();
        else if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => this.flush());
        }
    }
    flush() {
        this.scheduled = false;
        if (this.pending === '')
            return;
        if (!this.failure)
            this.out.write(this.pending);
        this.pending = '';
    }
    /** Resolves once everything is on disk; returns why the log is incomplete, if it is. */
    async close() {
        this.flush();
        await new Promise((resolve) => this.out.end(resolve));
        return this.failure ? `the step log ${this.file} is incomplete: ${this.failure.message}` : undefined;
    }
}

;// CONCATENATED MODULE: ./lib/engine/step-runner.js
// One step from start to StepResult: attempts with backoff, a process or a built-in check, then the
// SARIF / JUnit files a `run:` step wrote.








async function runStep(step, run) {
    const { ctx, trace } = run;
    const started = Date.now();
    const logFile = external_node_path_.join(ctx.outputDir, run.logPath);
    const log = await StepLog.open(logFile, run.redactor, (line) => ctx.progress.stepOutput(step.id, line));
    const env = { ...ctx.env, ...step.env, ...trace.env, RUNLENS_STEP: step.id };
    const total = 1 + step.retries.attempts;
    const attempts = [];
    let last;
    let cancelledWhileWaiting = false;
    if (step.kind === 'run')
        log.note(`$ ${Array.isArray(step.command) ? JSON.stringify(step.command) : step.command}`);
    for (let n = 1; n <= total; n++) {
        if (n > 1) {
            const delayMs = backoffDelay(n - 1, step.retries.backoffMs, { random: run.random });
            ctx.progress.stepRetrying(step.id, attempts[attempts.length - 1], { attempt: n, of: total, delayMs });
            log.note(`retrying in ${(0,duration/* formatDuration */.a)(delayMs)}`);
            if (!(await sleep(delayMs, ctx.signal))) {
                cancelledWhileWaiting = true;
                break;
            }
        }
        if (total > 1)
            log.note(`attempt ${n}/${total}`);
        const attemptStarted = new Date();
        last = step.kind === 'run' ? await runCommand(step, env, log, ctx) : await runCheck(step, env, log, run);
        const attempt = {
            attempt: n,
            startedAt: attemptStarted.toISOString(),
            durationMs: Date.now() - attemptStarted.getTime(),
            exitCode: last.exitCode,
            signal: last.signal,
            status: last.status,
            ...(last.error ? { error: last.error } : {}),
        };
        attempts.push(attempt);
        trace.attempt(attempt);
        if (last.status === 'failed' && last.error)
            log.note(`failed: ${last.error}`);
        if (last.status === 'passed' || last.status === 'cancelled' || ctx.signal.aborted)
            break;
    }
    let status = cancelledWhileWaiting ? 'cancelled' : (last?.status ?? 'cancelled');
    let reason = cancelledWhileWaiting ? 'cancelled while waiting to retry' : last?.error;
    let findings = last?.check?.findings ?? [];
    let cases = last?.check?.cases ?? [];
    const artifacts = [...(last?.check?.artifacts ?? [])];
    if (step.kind === 'run' && status !== 'cancelled') {
        const ingested = await ingest(step, ctx.workspace, log);
        findings = ingested.findings;
        cases = ingested.cases;
        artifacts.push(...ingested.files);
        if (ingested.problem && status === 'passed') {
            status = 'failed';
            reason = ingested.problem;
        }
    }
    const incomplete = await log.close();
    if (incomplete)
        reason = reason ? `${reason}; ${incomplete}` : incomplete;
    const result = {
        id: step.id,
        kind: step.kind,
        needs: step.needs,
        status,
        allowedFailure: step.continueOnError && (status === 'failed' || status === 'timed-out'),
        ...(reason ? { reason } : {}),
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        attempts,
        exitCode: last?.exitCode ?? null,
        logPath: run.logPath,
        findings,
        cases,
        artifacts,
        ...(last?.check?.summary ? { summary: last.check.summary } : {}),
    };
    return result;
}
function runCommand(step, env, log, ctx) {
    return (0,process/* runProcess */.R)({
        command: step.command,
        shell: step.shell,
        cwd: step.cwd,
        env,
        timeoutMs: step.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        signal: ctx.signal,
        onLine: (line) => log.line(line),
        onNote: (line) => log.note(line),
    });
}
/**
 * A built-in check runs in-process. Its signal fires on timeout or cancel; a check that ignores it is
 * abandoned after the kill grace (it cannot be killed), and the step ends all the same.
 */
async function runCheck(step, env, log, run) {
    const { ctx, trace } = run;
    const check = run.checks.find((c) => c.kind === step.kind);
    if (!check)
        throw new Error(`runlens bug: the plan let through unknown check kind "${step.kind}"`);
    if (ctx.signal.aborted)
        return { status: 'cancelled', exitCode: null, signal: null, error: 'the run was cancelled before it started' };
    const controller = new AbortController();
    let stopReason;
    let abandon = () => undefined;
    const abandoned = new Promise((resolve) => {
        abandon = () => resolve('abandoned');
    });
    let graceTimer;
    const stop = (reason) => {
        if (stopReason)
            return;
        stopReason = reason;
        controller.abort(new Error(reason === 'timed-out' ? `timed out after ${(0,duration/* formatDuration */.a)(step.timeoutMs)}` : 'the run was cancelled'));
        graceTimer = setTimeout(abandon, ctx.killGraceMs);
    };
    const timer = step.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(step.timeoutMs, 2 ** 31 - 1)) : undefined;
    const onAbort = () => stop('cancelled');
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    const checkCtx = {
        stepId: step.id,
        cwd: step.cwd,
        workspace: ctx.workspace,
        outputDir: ctx.outputDir,
        options: step.options,
        platform: ctx.platform,
        env,
        signal: controller.signal,
        log: (line) => {
            for (const l of String(line).split(/\r?\n/))
                log.line(l);
        },
        mask: (value) => {
            run.redactor.add(value);
            ctx.mask(value);
        },
        phase: (name, fn, attributes) => trace.phase(name, fn, attributes),
    };
    let outcome;
    try {
        const settled = await Promise.race([check.run(checkCtx), abandoned]);
        if (settled === 'abandoned') {
            log.note(`the ${step.kind} check did not stop within ${(0,duration/* formatDuration */.a)(ctx.killGraceMs)} of being asked to; left behind`);
            outcome = { status: 'failed', exitCode: null, signal: null };
        }
        else {
            const failed = settled.status === 'failed';
            outcome = {
                status: failed ? 'failed' : 'passed',
                exitCode: null,
                signal: null,
                ...(failed ? { error: settled.error ?? `the ${step.kind} check failed` } : {}),
                check: settled,
            };
        }
    }
    catch (err) {
        if (err instanceof errors/* RunlensError */.YD) {
            outcome = { status: 'failed', exitCode: null, signal: null, error: err.message };
        }
        else {
            const e = err instanceof Error ? err : new Error(String(err));
            if (!stopReason)
                log.note(`the ${step.kind} check crashed:\n${e.stack ?? e.message}`);
            outcome = {
                status: 'failed',
                exitCode: null,
                signal: null,
                error: `the ${step.kind} check crashed (${e.message}); the stack trace is in the step log — this is a runlens bug, please report it`,
            };
        }
    }
    finally {
        clearTimeout(timer);
        clearTimeout(graceTimer);
        ctx.signal.removeEventListener('abort', onAbort);
    }
    if (stopReason === 'timed-out')
        return { ...outcome, status: 'timed-out', error: `timed out after ${(0,duration/* formatDuration */.a)(step.timeoutMs)}` };
    if (stopReason === 'cancelled')
        return { ...outcome, status: 'cancelled', error: 'cancelled' };
    return outcome;
}
/** The `sarif:` and `junit:` files a `run:` step wrote. The ingesters reject a pattern that matches no file. */
async function ingest(step, workspace, log) {
    const out = { findings: [], cases: [], files: [] };
    const problems = [];
    const opts = { cwd: step.cwd, workspace, stepId: step.id };
    for (const [key, patterns] of [
        ['sarif', step.sarif],
        ['junit', step.junit],
    ]) {
        if (patterns.length === 0)
            continue;
        try {
            if (key === 'sarif') {
                const r = await (0,sarif/* ingestSarif */.m)(patterns, opts);
                out.findings.push(...r.findings);
                out.files.push(...r.files);
            }
            else {
                const r = await ingestJunit(patterns, opts);
                out.cases.push(...r.cases);
                out.files.push(...r.files);
            }
        }
        catch (err) {
            if (err instanceof errors/* RunlensError */.YD) {
                problems.push(err.message);
            }
            else {
                const e = err instanceof Error ? err : new Error(String(err));
                log.note(`reading the ${key} files crashed:\n${e.stack ?? e.message}`);
                problems.push(`reading the ${key} files crashed (${e.message}); the stack trace is in the step log — this is a runlens bug, please report it`);
            }
        }
    }
    for (const p of problems)
        log.note(p);
    return problems.length > 0 ? { ...out, problem: problems.join('; ') } : out;
}

;// CONCATENATED MODULE: ./lib/engine/scheduler.js
// Runs a plan: every ready step starts as soon as a slot is free; a step whose need did not succeed is
// skipped with the reason; cancelling stops running steps and skips the rest. Always returns a result
// for every step of the plan, in plan order.





async function runPlan(plan, ctx, opts = {}) {
    await (0,promises_.mkdir)(external_node_path_.join(ctx.outputDir, 'logs'), { recursive: true });
    const redactor = new Redactor();
    const results = new Map();
    const pending = [...plan.steps];
    let running = 0;
    ctx.progress.runStarted(plan.steps.map((s) => s.id));
    const finish = (step, result, logFile) => {
        results.set(step.id, result);
        ctx.progress.stepFinished(result, logFile);
    };
    await new Promise((resolve, reject) => {
        let failedBug = false;
        const pump = () => {
            if (failedBug)
                return;
            // Plan order is topological, so one pass also settles skips that cascade from skips made in it.
            for (let i = 0; i < pending.length;) {
                const step = pending[i];
                if (ctx.signal.aborted) {
                    pending.splice(i, 1);
                    finish(step, skipped(step, 'run cancelled'), undefined);
                    ctx.trace.step(step.id, step.kind).end(results.get(step.id));
                    continue;
                }
                const needs = step.needs.map((n) => results.get(n));
                if (needs.some((r) => r === undefined)) {
                    i++;
                    continue;
                }
                const blocked = blockedBy(needs);
                if (blocked) {
                    pending.splice(i, 1);
                    finish(step, skipped(step, blocked), undefined);
                    ctx.trace.step(step.id, step.kind).end(results.get(step.id));
                    continue;
                }
                if (running >= ctx.concurrency) {
                    i++;
                    continue;
                }
                pending.splice(i, 1);
                running++;
                start(step).then(() => {
                    running--;
                    pump();
                }, (err) => {
                    failedBug = true;
                    reject(err instanceof Error ? err : new Error(String(err)));
                });
            }
            if (pending.length === 0 && running === 0) {
                ctx.signal.removeEventListener('abort', pump);
                resolve();
            }
        };
        const start = async (step) => {
            ctx.progress.stepStarted({ id: step.id, kind: step.kind });
            const trace = ctx.trace.step(step.id, step.kind);
            const logPath = `logs/${step.id}.log`;
            const result = await runStep(step, {
                ctx,
                trace,
                redactor,
                logPath,
                checks: opts.checks ?? registry/* CHECKS */.u,
                ...(opts.random ? { random: opts.random } : {}),
            });
            trace.end(result);
            finish(step, result, external_node_path_.join(ctx.outputDir, logPath));
        };
        ctx.signal.addEventListener('abort', pump);
        pump();
    });
    await ctx.progress.flush();
    return plan.steps.map((s) => results.get(s.id));
}
/** Why a step cannot run given its needs' results, or undefined when it can. */
function blockedBy(needs) {
    const bad = needs.filter((r) => !(r.status === 'passed' || r.allowedFailure));
    if (bad.length === 0)
        return undefined;
    const what = (r) => r.status === 'failed' ? 'failed' : r.status === 'timed-out' ? 'timed out' : r.status === 'cancelled' ? 'was cancelled' : 'was skipped';
    return `needs ${bad.map((r) => `${r.id}, which ${what(r)}`).join(', and ')}`;
}
function skipped(step, reason) {
    return {
        id: step.id,
        kind: step.kind,
        needs: step.needs,
        status: 'skipped',
        allowedFailure: false,
        reason,
        durationMs: 0,
        attempts: [],
        exitCode: null,
        findings: [],
        cases: [],
        artifacts: [],
    };
}

// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
;// CONCATENATED MODULE: ./lib/findings/gate.js

function countFindings(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 };
    for (const f of findings) {
        counts[f.severity] += 1;
        counts.total += 1;
    }
    return counts;
}
function evaluateGate(steps, failOn) {
    const counts = countFindings(steps.flatMap((s) => s.findings));
    if (failOn === 'none') {
        return { failOn, passed: true, reason: `The findings gate is off (fail-on: none); ${plural(counts.total, 'finding')} reported.` };
    }
    const blocking = severity/* SEVERITIES */.oC.filter((s) => (0,severity/* atLeast */.jZ)(s, failOn) && counts[s] > 0);
    if (blocking.length === 0) {
        return {
            failOn,
            passed: true,
            reason: `No findings at or above the ${failOn} threshold (${plural(counts.total, 'finding')} in total).`,
        };
    }
    const parts = blocking.map((s) => `${counts[s]} ${s}`);
    const total = blocking.reduce((n, s) => n + counts[s], 0);
    return {
        failOn,
        passed: false,
        reason: `${joinWords(parts)} ${total === 1 ? 'finding' : 'findings'} at or above the ${failOn} threshold.`,
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function joinWords(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

;// CONCATENATED MODULE: ./lib/report/annotations.js
// Annotations on the diff and the run page. GitHub shows 10 per level per step and 50 per job and
// silently drops the rest, so runlens picks: failed steps, then the most severe findings, then one
// notice that says how many more there are and where.


const GITHUB_ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 };
function selectAnnotations(run, limits = GITHUB_ANNOTATION_LIMITS) {
    const candidates = [];
    for (const step of run.steps) {
        if ((step.status === 'failed' || step.status === 'timed-out') && !step.allowedFailure) {
            candidates.push({
                level: 'error',
                title: `step ${step.id} ${step.status === 'timed-out' ? 'timed out' : 'failed'}`,
                message: step.reason ?? (step.exitCode !== null ? `exit code ${step.exitCode}` : `${step.id} did not finish`),
            });
        }
    }
    const findings = run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
    for (const f of findings)
        candidates.push(annotationFor(run, f));
    const used = { error: 0, warning: 0, notice: 0 };
    const chosen = [];
    let left = 0;
    for (const a of candidates) {
        if (used[a.level] < limits.perLevel && chosen.length < limits.perJob) {
            used[a.level] += 1;
            chosen.push(a);
        }
        else
            left += 1;
    }
    if (left === 0)
        return chosen;
    // The "more" notice needs a notice slot: give up the last (least severe) notice if they are all taken.
    if (used.notice >= limits.perLevel || chosen.length >= limits.perJob) {
        const last = chosen.findLastIndex((a) => a.level === 'notice');
        chosen.splice(last === -1 ? chosen.length - 1 : last, 1);
        left += 1;
    }
    chosen.push({
        level: 'notice',
        title: `${left} more ${left === 1 ? 'annotation' : 'annotations'} not shown`,
        message: `GitHub shows ${limits.perLevel} annotations of each level per step; ${left} more ${left === 1 ? 'is' : 'are'} in the job summary, the SARIF report (code scanning) and run.json.`,
    });
    return chosen;
}
function annotationFor(run, f) {
    const a = {
        level: severity/* SEVERITY_MAP */.T0[f.severity].annotation,
        title: `${f.severity}: ${f.title} (${f.tool} ${f.ruleId})`,
        message: f.message || f.title,
    };
    const loc = f.location;
    // Annotations attach to repository files only; an absolute path is outside the checkout.
    if (loc && !external_node_path_.isAbsolute(loc.path)) {
        a.file = loc.path;
        if (loc.startLine) {
            a.startLine = loc.startLine;
            if (loc.endLine && loc.endLine >= loc.startLine)
                a.endLine = loc.endLine;
            // GitHub ignores columns on multi-line annotations.
            if (loc.startColumn && (a.endLine === undefined || a.endLine === a.startLine)) {
                a.startColumn = loc.startColumn;
                if (loc.endColumn && loc.endColumn >= loc.startColumn)
                    a.endColumn = loc.endColumn;
            }
        }
    }
    else if (!loc && run.configPath) {
        const config = external_node_path_.relative(run.workspace, run.configPath);
        if (config && !config.startsWith('..') && !external_node_path_.isAbsolute(config))
            a.file = config.split(external_node_path_.sep).join('/');
    }
    return a;
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./lib/report/source-link.js
/** The web URL of `file` (workspace-relative) at `platform.sha`, or undefined when the platform does not say where. */
function sourceUrl(platform, file, startLine, endLine) {
    if (!platform.serverUrl || !platform.repository || !platform.sha || file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file))
        return undefined;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    const base = platform.serverUrl.replace(/\/+$/, '');
    const range = endLine !== undefined && startLine !== undefined && endLine > startLine;
    switch (platform.kind) {
        case 'gitlab':
            return `${base}/${platform.repository}/-/blob/${platform.sha}/${encoded}${startLine ? `#L${startLine}${range ? `-${endLine}` : ''}` : ''}`;
        case 'github':
        case 'local':
            // A local run that knows its server (a GitHub remote) links the GitHub way.
            return `${base}/${platform.repository}/blob/${platform.sha}/${encoded}${startLine ? `#L${startLine}${range ? `-L${endLine}` : ''}` : ''}`;
    }
}

;// CONCATENATED MODULE: ./lib/report/summary.js
// The job summary (GitHub step summary, summary.md): what happened, at a glance, under 1 MiB.




const DEFAULTS = { maxBytes: 1_000_000, topFindings: 50, failedTests: 50 };
// Room kept for the truncation notice itself.
const NOTICE_RESERVE = 2_000;
const SEVERITY_ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', note: '⬜' };
function renderSummary(run, opts = {}) {
    const o = { ...DEFAULTS, ...opts };
    const head = resultBlock(run);
    const sections = [
        stepsSection(run),
        severitySection(run),
        topFindingsSection(run, o.topFindings),
        failedTestsSection(run, o.failedTests),
        ...stepSummarySections(run),
        notesSection(run),
    ].filter((s) => s !== undefined);
    const lost = fitToBudget(head, sections, Math.max(0, o.maxBytes - NOTICE_RESERVE));
    let out = render(head, sections);
    if (lost.length > 0) {
        const notice = `\n> [!WARNING]\n> This summary was cut to stay under ${o.maxBytes.toLocaleString('en-US')} bytes: ${(0,markdown/* escapeMarkdown */.FV)(lost.join('; '), 400)}. Everything is in run.json and the SARIF report.\n`;
        out += notice;
    }
    // Last resort, should the head alone be too big: cut at a line boundary, whole characters only.
    if (bytes(out) > o.maxBytes)
        out = cutToBytes(out, o.maxBytes);
    return out;
}
function resultBlock(run) {
    const allowedFailures = run.steps.filter((s) => s.allowedFailure && s.status !== 'passed' && s.status !== 'skipped');
    const icon = run.status === 'failed' ? '❌' : run.status === 'cancelled' || allowedFailures.length > 0 ? '⚠️' : '✅';
    const verb = run.status === 'passed' ? 'passed' : run.status === 'cancelled' ? 'was cancelled' : 'failed';
    const paragraphs = [`## ${icon} ${(0,markdown/* escapeMarkdown */.FV)(run.name, 200)} ${verb} in ${(0,duration/* formatDuration */.a)(run.durationMs)}`];
    const gateIcon = run.gate.passed ? '✅' : '❌';
    const facts = [`${gateIcon} **Findings gate** (fail-on: ${run.gate.failOn}): ${(0,markdown/* escapeMarkdown */.FV)(run.gate.reason, 500)}`];
    const failed = run.steps.filter((s) => isFailure(s.status) && !s.allowedFailure);
    if (failed.length > 0)
        facts.push(`❌ **Failed steps:** ${(0,markdown/* escapeMarkdown */.FV)(failed.map((s) => s.id).join(', '), 2000)}`);
    if (allowedFailures.length > 0)
        facts.push(`⚠️ **Allowed to fail:** ${(0,markdown/* escapeMarkdown */.FV)(allowedFailures.map((s) => s.id).join(', '), 2000)}`);
    // Two trailing spaces: a line break inside one paragraph.
    paragraphs.push(facts.join('  \n'));
    const context = [
        `runlens ${(0,markdown/* escapeMarkdown */.FV)(run.runlensVersion)}`,
        run.platform.sha ? `commit ${(0,markdown/* escapeMarkdown */.FV)(run.platform.sha.slice(0, 12))}` : undefined,
        run.platform.runUrl ? (0,markdown/* markdownLink */.iQ)('workflow run', run.platform.runUrl) : undefined,
        run.traceId ? `trace ${(0,markdown/* escapeMarkdown */.FV)(run.traceId)}` : undefined,
    ].filter(Boolean);
    paragraphs.push(`<sub>${context.join(' · ')}</sub>`);
    return `${paragraphs.join('\n\n')}\n`;
}
function stepsSection(run) {
    if (run.steps.length === 0)
        return undefined;
    // Unbounded (one row per step), unlike the capped tables below, so it gives way first after the step summaries.
    return section('rows of the steps table', 25, `### Steps\n\n${(0,markdown/* tableHeader */.qd)([
        { title: ' ' },
        { title: 'Step' },
        { title: 'Kind' },
        { title: 'Duration', align: 'right' },
        { title: 'Attempts', align: 'right' },
        { title: 'Reason' },
    ])}`, run.steps.map((s) => (0,markdown/* tableRow */.jD)([
        stepIcon(s),
        (0,markdown/* escapeMarkdown */.FV)(s.id, 200),
        (0,markdown/* escapeMarkdown */.FV)(s.kind, 100),
        s.status === 'skipped' ? '–' : (0,duration/* formatDuration */.a)(s.durationMs),
        s.attempts.length > 0 ? String(s.attempts.length) : '–',
        (0,markdown/* escapeMarkdown */.FV)(stepReason(s), 500),
    ])));
}
function severitySection(run) {
    const c = run.counts;
    const header = (0,markdown/* tableHeader */.qd)([
        ...severity/* SEVERITIES */.oC.map((s) => ({ title: `${SEVERITY_ICON[s]} ${s}`, align: 'right' })),
        { title: 'total', align: 'right' },
    ]);
    return section('the findings count', 90, `### Findings by severity\n\n${header}`, [
        (0,markdown/* tableRow */.jD)([...severity/* SEVERITIES */.oC.map((s) => String(c[s])), String(c.total)]),
    ]);
}
function topFindingsSection(run, limit) {
    const all = run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, limit);
    const s = section('rows of the top findings', 40, `### ${all.length > shown.length ? `Top ${shown.length} findings` : 'Findings'}, most severe first\n\n${(0,markdown/* tableHeader */.qd)([
        { title: 'Severity' },
        { title: 'Finding' },
        { title: 'Location' },
        { title: 'Tool' },
    ])}`, shown.map((f) => findingRow(run, f)));
    if (all.length > shown.length)
        s.tail = `\n_…and ${all.length - shown.length} more in the SARIF report and run.json._`;
    return s;
}
function findingRow(run, f) {
    const title = f.helpUri ? (0,markdown/* markdownLink */.iQ)(f.title, f.helpUri) : `**${(0,markdown/* escapeMarkdown */.FV)(f.title, 200)}**`;
    const message = f.message && f.message !== f.title ? `<br>${(0,markdown/* escapeMarkdown */.FV)(f.message, 500)}` : '';
    return (0,markdown/* tableRow */.jD)([
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        `${title}${message}`,
        f.location ? locationLink(run, f.location.path, f.location.startLine, f.location.endLine) : '–',
        `${(0,markdown/* escapeMarkdown */.FV)(f.tool, 100)} · ${(0,markdown/* escapeMarkdown */.FV)(f.ruleId, 200)}`,
    ]);
}
function failedTestsSection(run, limit) {
    const failed = [];
    for (const step of run.steps)
        for (const tc of step.cases)
            if (tc.status === 'failed' || tc.status === 'error')
                failed.push({ step, tc });
    if (failed.length === 0)
        return undefined;
    const shown = failed.slice(0, limit);
    const s = section('rows of the failed tests', 30, `### Failed tests (${failed.length})\n\n${(0,markdown/* tableHeader */.qd)([{ title: 'Test' }, { title: 'Step' }, { title: 'Where' }, { title: 'Message' }])}`, shown.map(({ step, tc }) => (0,markdown/* tableRow */.jD)([
        `${tc.status === 'error' ? '💥' : '❌'} ${(0,markdown/* escapeMarkdown */.FV)(`${tc.suite} › ${tc.name}`, 300)}`,
        (0,markdown/* escapeMarkdown */.FV)(step.id, 200),
        tc.file ? locationLink(run, tc.file, tc.line) : '–',
        (0,markdown/* escapeMarkdown */.FV)(tc.message ?? '', 500),
    ])));
    if (failed.length > shown.length)
        s.tail = `\n_…and ${failed.length - shown.length} more in junit.xml._`;
    return s;
}
function stepSummarySections(run) {
    const withSummary = run.steps.filter((s) => s.summary && s.summary.trim() !== '');
    // Later steps' summaries go first when space runs out.
    return withSummary.map((s, i) => ({
        ...section(s.id, 10 + (withSummary.length - i) / 1000, `### ${(0,markdown/* escapeMarkdown */.FV)(s.id, 200)}\n\n${s.summary.trim()}`, []),
        whole: true,
    }));
}
function notesSection(run) {
    if (run.notes.length === 0)
        return undefined;
    return section('notes', 70, '### Notes\n', run.notes.map((n) => `- ${(0,markdown/* escapeMarkdown */.FV)(n, 2000)}`));
}
function section(label, priority, head, rows) {
    return { label, head, rows, whole: false, priority, droppedRows: 0, dropped: false };
}
/** Drops rows and sections, least important first, until the summary fits. Returns what was lost. */
function fitToBudget(head, sections, budget) {
    let size = bytes(render(head, sections));
    const order = [...sections].sort((a, b) => a.priority - b.priority);
    for (const s of order) {
        if (size <= budget)
            break;
        if (!s.whole) {
            while (s.rows.length > 0 && size > budget) {
                size -= bytes(s.rows.pop()) + 1;
                s.droppedRows += 1;
            }
            if (s.rows.length > 0)
                continue;
        }
        size -= bytes(renderSection(s)) + 1;
        s.dropped = true;
    }
    const lost = [];
    const droppedWhole = [];
    for (const s of sections) {
        if (s.dropped && s.whole)
            droppedWhole.push(s.label);
        else if (s.droppedRows > 0)
            lost.push(`${s.droppedRows} ${s.label}`);
    }
    if (droppedWhole.length > 0) {
        const names = droppedWhole.join(', ');
        lost.push(`the summaries of ${droppedWhole.length} step${droppedWhole.length === 1 ? '' : 's'} (${names.length > 200 ? `${names.slice(0, 199)}…` : names})`);
    }
    return lost;
}
function render(head, sections) {
    return [head, ...sections.filter((s) => !s.dropped).map(renderSection)].join('\n');
}
function renderSection(s) {
    const body = s.rows.length > 0 ? `\n${s.rows.join('\n')}` : s.whole ? '' : '\n_(left out: too long for the summary)_';
    return `${s.head}${body}${s.tail ?? ''}\n`;
}
function locationLink(run, file, startLine, endLine) {
    const text = startLine ? `${file}:${startLine}` : file;
    const url = sourceUrl(run.platform, file, startLine, endLine);
    return url ? (0,markdown/* markdownLink */.iQ)(text, url) : (0,markdown/* escapeMarkdown */.FV)(text, 300);
}
function stepIcon(s) {
    if (s.status === 'failed' && s.allowedFailure)
        return '⚠️';
    const icons = { passed: '✅', failed: '❌', 'timed-out': '⏱️', cancelled: '🚫', skipped: '⏭️' };
    return icons[s.status];
}
function stepReason(s) {
    const reason = s.reason ?? (s.status === 'failed' && s.exitCode !== null ? `exit code ${s.exitCode}` : '');
    const parts = [
        s.allowedFailure && isFailure(s.status) ? 'allowed to fail' : '',
        reason,
        s.findings.length > 0 ? `${s.findings.length} finding${s.findings.length === 1 ? '' : 's'}` : '',
    ];
    return parts.filter(Boolean).join(' · ');
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out' || status === 'cancelled';
}
function bytes(s) {
    return Buffer.byteLength(s, 'utf8');
}
function cutToBytes(s, max) {
    const buf = Buffer.from(s, 'utf8');
    let end = Math.max(0, max - 1);
    // Back up to a newline so no Markdown construct or UTF-8 sequence is split.
    const newline = buf.lastIndexOf(0x0a, end - 1);
    if (newline > 0)
        end = newline;
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end -= 1;
    return `${buf.subarray(0, end).toString('utf8')}\n`;
}

;// CONCATENATED MODULE: ./lib/report/comment.js

// GitHub rejects comment bodies over 65,536 characters; bytes ≥ characters, so a byte cap below it is safe.
const MAX_COMMENT_BYTES = 60_000;
function commentMarker(run) {
    // One sticky comment per pipeline name, so two runlens jobs in one PR keep a comment each.
    return `<!-- runlens:comment:${encodeURIComponent(run.name)} -->`;
}
function renderComment(run) {
    return `${commentMarker(run)}\n${renderSummary(run, { maxBytes: MAX_COMMENT_BYTES, topFindings: 10, failedTests: 10 })}`;
}

;// CONCATENATED MODULE: ./lib/report/outputs.js
function actionOutputs(run, paths) {
    const failedSteps = run.steps.filter((s) => (s.status === 'failed' || s.status === 'timed-out' || s.status === 'cancelled') && !s.allowedFailure);
    const outputs = {
        result: run.status,
        'exit-code': String(run.exitCode),
        findings: String(run.counts.total),
        critical: String(run.counts.critical),
        high: String(run.counts.high),
        medium: String(run.counts.medium),
        low: String(run.counts.low),
        note: String(run.counts.note),
        'failed-steps': failedSteps.map((s) => s.id).join(','),
        sarif: paths.sarif,
        summary: paths.summary,
        'run-json': paths.runJson,
        junit: paths.junit,
    };
    if (run.traceId)
        outputs['trace-id'] = run.traceId;
    return outputs;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/report/progress.js
// Live terminal progress: a line per step start and end, step output streamed with a name prefix or
// replayed per step in a fold, and a closing table.




const STEP_COLOURS = ['cyan', 'magenta', 'blue', 'yellow', 'green', 'cyanBright', 'magentaBright', 'blueBright'];
const SYMBOL = {
    passed: '✓',
    failed: '✗',
    'timed-out': '✗',
    cancelled: '■',
    skipped: '○',
};
function createConsoleProgress(opts) {
    const paint = (style, text) => (opts.color ? (0,external_node_util_.styleText)(style, text, { validateStream: false }) : text);
    const out = new SerialWriter(opts.stream);
    let width = 0;
    const colourOf = new Map();
    const maxAttempts = new Map();
    const prefixes = new Map();
    const attemptsText = (r) => {
        const of = maxAttempts.get(r.id);
        return r.attempts.length > 1 || (of !== undefined && of > 1)
            ? `${r.attempts.length}/${of ?? r.attempts.length}`
            : `${r.attempts.length}`;
    };
    const statusStyle = (r) => r.status === 'passed' ? 'green' : r.allowedFailure ? 'yellow' : r.status === 'skipped' || r.status === 'cancelled' ? 'gray' : 'red';
    return {
        runStarted(stepIds) {
            prefixes.clear();
            width = Math.max(width, ...stepIds.map((id) => id.length));
            stepIds.forEach((id, i) => colourOf.set(id, STEP_COLOURS[i % STEP_COLOURS.length]));
        },
        stepStarted(step) {
            if (step.id.length > width) {
                width = step.id.length;
                prefixes.clear();
            }
            out.write(`${paint('cyan', '▶')} ${paint('bold', step.id)}${step.kind === 'run' ? '' : paint('gray', ` (${step.kind})`)}\n`);
        },
        stepOutput(stepId, line) {
            if (opts.logOrder !== 'stream')
                return;
            let prefix = prefixes.get(stepId);
            if (prefix === undefined) {
                prefix = `${paint(colourOf.get(stepId) ?? 'cyan', stepId.padEnd(width))} ${paint('gray', '│')} `;
                prefixes.set(stepId, prefix);
            }
            out.write(prefix + line + '\n');
        },
        stepRetrying(stepId, failed, next) {
            maxAttempts.set(stepId, next.of);
            const why = failed.error ?? failed.status;
            out.write(`${paint('yellow', '↻')} ${stepId}  attempt ${failed.attempt}/${next.of} ${why}; retrying in ${(0,duration/* formatDuration */.a)(next.delayMs)}\n`);
        },
        stepFinished(result, logFile) {
            const outcome = describeOutcome(result);
            const tail = result.attempts.length > 1 ? ` · attempt ${attemptsText(result)}` : '';
            const took = result.status === 'skipped' ? '' : ` ${(0,duration/* formatDuration */.a)(result.durationMs)}`;
            if (opts.logOrder === 'grouped' && logFile) {
                const title = `${result.id} — ${outcome}${took}${tail}`;
                out.run(async () => {
                    opts.group.start(title);
                    await replay(logFile, opts.stream);
                    opts.group.end();
                });
                return;
            }
            const shown = result.status === 'passed' ? '' : ` ${paint(statusStyle(result), outcome)}`;
            out.write(`${paint(statusStyle(result), SYMBOL[result.status])} ${paint('bold', result.id)} ${shown}${paint('gray', took + tail)}\n`);
        },
        flush: () => out.drained(),
        runFinished(results) {
            out.run(() => {
                const rows = results.map((r) => [
                    r.id,
                    r.status === 'failed' && r.allowedFailure ? 'failed (allowed)' : r.status,
                    r.status === 'skipped' ? '–' : (0,duration/* formatDuration */.a)(r.durationMs),
                    r.status === 'skipped' ? '–' : attemptsText(r),
                    r.status === 'passed' ? '' : (r.reason ?? ''),
                ]);
                const head = ['step', 'status', 'duration', 'attempts', 'reason'];
                const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
                const line = (cells, style) => cells
                    .map((c, i) => {
                    const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]);
                    return style ? style(i, padded) : padded;
                })
                    .join('  ')
                    .trimEnd();
                const text = [
                    '',
                    paint('bold', line(head)),
                    ...rows.map((row, n) => line(row, (i, t) => (i === 1 ? paint(statusStyle(results[n]), t) : t))),
                    '',
                ].join('\n');
                opts.stream.write(text);
            });
            return out.drained();
        },
    };
}
/** Says nothing: for tests, `--quiet`, and callers that render progress themselves. */
const silentProgress = {
    runStarted: () => undefined,
    stepStarted: () => undefined,
    stepOutput: () => undefined,
    stepRetrying: () => undefined,
    stepFinished: () => undefined,
    flush: async () => undefined,
    runFinished: async () => undefined,
};
/** `failed (exit 1)`, `timed out after 10m`, `skipped (needs build, which failed)`. */
function describeOutcome(r) {
    switch (r.status) {
        case 'passed':
            return 'passed';
        case 'failed':
            return `failed${r.reason ? ` (${r.reason})` : ''}${r.allowedFailure ? ', allowed by continue-on-error' : ''}`;
        case 'timed-out':
            return `${r.reason ?? 'timed out'}${r.allowedFailure ? ', allowed by continue-on-error' : ''}`;
        case 'cancelled':
            return 'cancelled';
        case 'skipped':
            return `skipped${r.reason ? ` (${r.reason})` : ''}`;
    }
}
/** Streams the log file to `stream` (never held in memory whole), honouring back-pressure. */
async function replay(file, stream) {
    let last = '\n';
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8' })) {
            const text = chunk;
            if (text.length === 0)
                continue;
            last = text[text.length - 1];
            if (!stream.write(text))
                await (0,external_node_events_.once)(stream, 'drain');
        }
    }
    catch (err) {
        stream.write(`(could not read the step log ${file}: ${err.message})\n`);
        return;
    }
    if (last !== '\n')
        stream.write('\n');
}
/**
 * Keeps output in order while a grouped replay reads a log asynchronously: anything written meanwhile
 * waits its turn instead of landing inside another step's fold. Idle, it coalesces writes into one
 * per event-loop turn (a write call per line made a million-line step several times slower).
 */
class SerialWriter {
    stream;
    tail = Promise.resolve();
    queued = 0;
    pending = '';
    scheduled = false;
    constructor(stream) {
        this.stream = stream;
    }
    write(text) {
        if (this.queued > 0) {
            this.run(() => void this.stream.write(text));
            return;
        }
        this.pending += text;
        if (this.pending.length >= 64 * 1024)
            this.flushPending();
        else if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => this.flushPending());
        }
    }
    run(task) {
        this.flushPending();
        this.queued++;
        this.tail = this.tail
            .then(task)
            .catch((err) => void this.stream.write(`(progress output failed: ${err.message})\n`))
            .finally(() => {
            this.queued--;
        });
    }
    drained() {
        this.flushPending();
        return this.tail;
    }
    flushPending() {
        this.scheduled = false;
        if (this.pending === '')
            return;
        this.stream.write(this.pending);
        this.pending = '';
    }
}

// EXTERNAL MODULE: ./lib/fs/atomic-write.js
var atomic_write = __webpack_require__(1596);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/version.js
var lib_version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/report/gitlab.js
// GitLab security reports (schema 15.2.1) and the Code Quality report (Code Climate JSON).
// Security reports feed the Ultimate-tier widgets; Code Quality works on every tier, so it carries
// every finding, security ones included.




const GITLAB_SCHEMA_VERSION = '15.2.1';
const SCHEMA_FILE = {
    sast: 'sast-report-format.json',
    secret_detection: 'secret-detection-report-format.json',
    dependency_scanning: 'dependency-scanning-report-format.json',
};
/** Step kinds that do a scan of this type: their failure means the scan failed. */
const SCAN_KINDS = {
    sast: ['semgrep', 'sarif', 'tool'],
    secret_detection: ['secrets'],
    dependency_scanning: ['deps'],
};
const RUNLENS_URL = lib_version/* ISSUES_URL */.x.replace(/\/issues$/, '');
function toGitlabSast(run) {
    return securityReport(run, 'sast', 'sast', (f) => ({
        file: f.location?.path,
        start_line: f.location?.startLine,
        end_line: f.location?.endLine,
    }));
}
function toGitlabSecretDetection(run) {
    return securityReport(run, 'secret_detection', 'secret', (f) => {
        const p = f.properties ?? {};
        // Findings from the working tree have no commit of their own: the commit that was scanned.
        const commit = { sha: str(p.commit) ?? run.platform.sha ?? '0000000' };
        if (str(p.author))
            commit.author = str(p.author);
        if (str(p.date))
            commit.date = str(p.date);
        return { file: f.location?.path, start_line: f.location?.startLine, end_line: f.location?.endLine, commit };
    });
}
/**
 * Dependency findings describe the package in `properties`: `package` (name, or { name }),
 * `version`, and optionally `direct` (boolean) and `aliases` (CVE/GHSA ids).
 */
function toGitlabDependencyScanning(run) {
    return securityReport(run, 'dependency_scanning', 'dependency', (f) => {
        const p = f.properties ?? {};
        const pkg = isRecord(p.package) ? str(p.package.name) : str(p.package);
        const dependency = { package: { name: pkg ?? str(p.name) ?? f.title }, version: str(p.version) ?? 'unknown' };
        if (typeof p.direct === 'boolean')
            dependency.direct = p.direct;
        return { file: f.location?.path || 'unknown', dependency };
    });
}
function toGitlabCodeQuality(run) {
    const seen = new Set();
    const issues = [];
    for (const f of allFindings(run)) {
        // GitLab drops issues whose fingerprint repeats; two steps can report the same thing.
        let fingerprint = (0,external_node_crypto_.createHash)('md5').update(`${f.tool}\0${f.fingerprint}`).digest('hex');
        for (let n = 2; seen.has(fingerprint); n++)
            fingerprint = (0,external_node_crypto_.createHash)('md5').update(`${f.tool}\0${f.fingerprint}\0${n}`).digest('hex');
        seen.add(fingerprint);
        const begin = f.location?.startLine ?? 1;
        const issue = {
            type: 'issue',
            check_name: `${f.tool}:${f.ruleId}`,
            description: f.message && f.message !== f.title ? `${f.title}: ${f.message}` : f.title,
            categories: [codeClimateCategory(f.category)],
            fingerprint,
            severity: severity/* SEVERITY_MAP */.T0[f.severity].codeClimate,
            location: { path: f.location?.path ?? configPath(run) ?? '.', lines: { begin } },
        };
        if (f.location?.endLine && f.location.endLine > begin)
            issue.location.lines.end = f.location.endLine;
        if (f.help)
            issue.content = { body: f.help };
        issues.push(issue);
    }
    return issues;
}
function securityReport(run, type, category, location) {
    const findings = allFindings(run).filter((f) => f.category === category);
    const tools = [...new Set(findings.map((f) => f.tool))];
    const scanner = tools.length === 1
        ? {
            id: slug(tools[0]),
            name: tools[0],
            version: findings.find((f) => f.toolVersion)?.toolVersion ?? run.runlensVersion,
            vendor: { name: tools[0].startsWith('runlens') ? 'runlens' : tools[0] },
        }
        : {
            id: 'runlens',
            name: tools.length > 1 ? `runlens (${tools.join(', ')})` : 'runlens',
            version: run.runlensVersion,
            vendor: { name: 'runlens' },
        };
    const failed = run.steps.some((s) => (SCAN_KINDS[type].includes(s.kind) || s.findings.some((f) => f.category === category)) &&
        (s.status === 'failed' || s.status === 'timed-out'));
    const ids = new Set();
    const vulnerabilities = [];
    for (const f of findings) {
        const id = uuidFrom(`${type}\0${f.tool}\0${f.fingerprint}`);
        if (ids.has(id))
            continue;
        ids.add(id);
        vulnerabilities.push(vulnerability(f, id, dropUndefined(location(f))));
    }
    return {
        version: GITLAB_SCHEMA_VERSION,
        schema: `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/${SCHEMA_FILE[type]}`,
        scan: {
            analyzer: { id: 'runlens', name: 'runlens', version: run.runlensVersion, vendor: { name: 'runlens' }, url: RUNLENS_URL },
            scanner,
            type,
            start_time: gitlabTime(run.startedAt),
            end_time: gitlabTime(run.finishedAt),
            status: failed ? 'failure' : 'success',
        },
        vulnerabilities,
        remediations: [],
    };
}
function vulnerability(f, id, location) {
    const v = {
        id,
        name: gitlab_clip(f.title, 255),
        description: gitlab_clip(f.message || f.title, 1_048_576),
        severity: severity/* SEVERITY_MAP */.T0[f.severity].gitlab,
        identifiers: identifiersOf(f),
        location,
    };
    if (f.help)
        v.solution = gitlab_clip(f.help, 7000);
    if (f.helpUri && /^(https?|ftp):\/\/.+/.test(f.helpUri))
        v.links = [{ url: f.helpUri }];
    if (f.category === 'sast' && f.location?.snippet)
        v.raw_source_code_extract = f.location.snippet;
    return v;
}
function identifiersOf(f) {
    // The first identifier is the primary one: GitLab tracks a vulnerability by it.
    const primary = {
        type: `${slug(f.tool).replace(/-/g, '_')}_rule_id`,
        name: gitlab_clip(`${f.tool} ${f.ruleId}`, 255),
        value: f.ruleId || 'unknown',
    };
    if (f.helpUri && /^(https?|ftp):\/\/.+/.test(f.helpUri))
        primary.url = f.helpUri;
    const list = [primary];
    const seen = new Set();
    const aliases = Array.isArray(f.properties?.aliases) ? f.properties.aliases.filter((a) => typeof a === 'string') : [];
    const tags = Array.isArray(f.properties?.tags) ? f.properties.tags.filter((a) => typeof a === 'string') : [];
    for (const ref of [f.ruleId, ...aliases, ...tags]) {
        const known = knownIdentifier(ref);
        if (known && !seen.has(`${known.type}:${known.value}`)) {
            seen.add(`${known.type}:${known.value}`);
            list.push(known);
        }
    }
    return list;
}
function knownIdentifier(ref) {
    const cve = /^CVE-\d{4}-\d{4,}$/i.exec(ref);
    if (cve)
        return { type: 'cve', name: ref.toUpperCase(), value: ref.toUpperCase(), url: `https://www.cve.org/CVERecord?id=${ref.toUpperCase()}` };
    if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(ref))
        return { type: 'ghsa', name: ref, value: ref, url: `https://github.com/advisories/${ref}` };
    const cwe = /^(?:external\/cwe\/)?cwe-(\d+)$/i.exec(ref);
    if (cwe)
        return { type: 'cwe', name: `CWE-${cwe[1]}`, value: cwe[1], url: `https://cwe.mitre.org/data/definitions/${cwe[1]}.html` };
    return undefined;
}
/** GitLab rejects times with a `Z` or milliseconds: `2026-11-22T01:02:03`, UTC. */
function gitlabTime(iso) {
    const d = new Date(iso);
    return (Number.isNaN(d.getTime()) ? new Date(0) : d).toISOString().slice(0, 19);
}
function uuidFrom(key) {
    // A name-based UUID (version 5 layout) so a finding keeps its id across runs.
    const h = (0,external_node_crypto_.createHash)('sha1').update(key).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
function codeClimateCategory(category) {
    return category === 'secret' || category === 'dependency' || category === 'sast'
        ? 'Security'
        : category === 'test' || category === 'golden'
            ? 'Bug Risk'
            : 'Style';
}
function allFindings(run) {
    return run.steps.flatMap((s) => s.findings).sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity));
}
function configPath(run) {
    if (!run.configPath)
        return undefined;
    const rel = external_node_path_.relative(run.workspace, external_node_path_.resolve(run.workspace, run.configPath));
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel.split(external_node_path_.sep).join('/') : undefined;
}
function slug(s) {
    return (s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'tool');
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function gitlab_clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./lib/report/junit.js
function toJunitXml(run) {
    const suites = run.steps.map((s) => suiteOf(s));
    const totals = suites.reduce((t, s) => ({
        tests: t.tests + s.tests,
        failures: t.failures + s.failures,
        errors: t.errors + s.errors,
        skipped: t.skipped + s.skipped,
    }), { tests: 0, failures: 0, errors: 0, skipped: 0 });
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attrs({ name: `runlens: ${run.name}`, tests: totals.tests, failures: totals.failures, errors: totals.errors, skipped: totals.skipped, time: junit_seconds(run.durationMs), timestamp: run.startedAt })}>`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
        '',
    ];
    return lines.join('\n');
}
function suiteOf(step) {
    const cases = [stepCase(step), ...step.cases.map(ingestedCase)];
    const count = (status) => cases.filter((c) => c.status === status).length;
    const suite = { tests: cases.length, failures: count('failed'), errors: count('error'), skipped: count('skipped') };
    const open = `  <testsuite${attrs({ name: step.id, tests: suite.tests, failures: suite.failures, errors: suite.errors, skipped: suite.skipped, time: junit_seconds(step.durationMs), timestamp: step.startedAt })}>`;
    return { ...suite, xml: [open, ...cases.map((c) => c.xml), '  </testsuite>'].join('\n') };
}
function stepCase(step) {
    const base = { classname: `runlens.${step.kind}`, name: `step ${step.id}`, time: junit_seconds(step.durationMs) };
    const reason = step.reason ?? (step.exitCode !== null && step.exitCode !== 0 ? `exit code ${step.exitCode}` : step.status);
    const log = step.logPath ? `log: ${step.logPath}` : undefined;
    switch (step.status) {
        case 'passed':
            return { status: 'passed', xml: `    <testcase${attrs(base)}/>` };
        case 'skipped':
            return { status: 'skipped', xml: junit_element(base, 'skipped', { message: reason }) };
        case 'failed':
            return {
                status: 'failed',
                xml: junit_element(base, 'failure', { message: step.allowedFailure ? `${reason} (allowed to fail)` : reason, type: 'StepFailed' }, log),
            };
        case 'timed-out':
            return { status: 'error', xml: junit_element(base, 'error', { message: reason, type: 'StepTimedOut' }, log) };
        case 'cancelled':
            return { status: 'error', xml: junit_element(base, 'error', { message: reason, type: 'StepCancelled' }, log) };
    }
}
function ingestedCase(tc) {
    const base = { classname: tc.classname ?? tc.suite, name: tc.name, time: junit_seconds(tc.durationMs), file: tc.file, line: tc.line };
    switch (tc.status) {
        case 'passed':
            return { status: 'passed', xml: `    <testcase${attrs(base)}/>` };
        case 'skipped':
            return { status: 'skipped', xml: junit_element(base, 'skipped', { message: tc.message }) };
        case 'failed':
            return { status: 'failed', xml: junit_element(base, 'failure', { message: tc.message ?? 'failed' }, tc.details) };
        case 'error':
            return { status: 'error', xml: junit_element(base, 'error', { message: tc.message ?? 'error' }, tc.details) };
    }
}
function junit_element(testcase, child, childAttrs, body) {
    const inner = body ? `<${child}${attrs(childAttrs)}>${escapeText(body)}</${child}>` : `<${child}${attrs(childAttrs)}/>`;
    return `    <testcase${attrs(testcase)}>\n      ${inner}\n    </testcase>`;
}
function attrs(a) {
    return Object.entries(a)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
        .join('');
}
function junit_seconds(ms) {
    return (ms / 1000).toFixed(3);
}
// Terminal colour codes are common in test output and their ESC byte is not allowed in XML 1.0.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function clean(s) {
    return s.replace(ANSI, '').replace(NOT_XML_CHAR, '');
}
function escapeText(s) {
    return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s) {
    // Newlines and tabs in attributes are normalised to spaces by parsers unless written as references.
    return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run per tool, within GitHub's limits.






const GITHUB_SARIF_LIMITS = { runs: 20, resultsPerRun: 25_000, locationsPerResult: 1_000, gzipBytes: 10 * 1000 * 1000 };
const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const RUNLENS_URI = lib_version/* ISSUES_URL */.x.replace(/\/issues$/, '');
/** Where to read about tools runlens ingests often. Data. */
const TOOL_URIS = {
    bandit: 'https://bandit.readthedocs.io/',
    eslint: 'https://eslint.org/',
    gosec: 'https://github.com/securego/gosec',
    semgrep: 'https://semgrep.dev/',
    gitleaks: 'https://github.com/gitleaks/gitleaks',
    codeql: 'https://codeql.github.com/',
    trivy: 'https://trivy.dev/',
    'osv-scanner': 'https://google.github.io/osv-scanner/',
};
const SECURITY_CATEGORIES = new Set(['secret', 'dependency', 'sast']);
/** Built-in step kinds and the tool name their findings carry. */
const NATIVE_TOOLS = { secrets: 'runlens-secrets', deps: 'runlens-deps', golden: 'runlens-golden' };
function toSarif(run, limits = GITHUB_SARIF_LIMITS) {
    const notes = [];
    const byTool = new Map();
    for (const f of run.steps.flatMap((s) => s.findings)) {
        const list = byTool.get(f.tool) ?? [];
        list.push(f);
        byTool.set(f.tool, list);
    }
    for (const list of byTool.values())
        list.sort(bySeverity);
    // A run with no results is how code scanning learns that earlier alerts were fixed; leaving the
    // tool out would keep them open forever. Only for a scan that completed: a crashed one proves nothing.
    for (const step of run.steps) {
        const tool = NATIVE_TOOLS[step.kind];
        if (tool && step.status === 'passed' && !byTool.has(tool))
            byTool.set(tool, []);
    }
    let tools = [...byTool.keys()].sort();
    if (tools.length > limits.runs) {
        // Keep the tools with the worst findings; a dropped tool loses all its results.
        const ranked = [...tools].sort((a, b) => worstFirst(byTool.get(a), byTool.get(b)) || (a < b ? -1 : 1));
        const dropped = ranked.slice(limits.runs);
        tools = ranked.slice(0, limits.runs).sort();
        const lost = dropped.reduce((n, t) => n + byTool.get(t).length, 0);
        notes.push(`SARIF: ${dropped.length} of ${ranked.length} tools left out (GitHub accepts ${limits.runs} runs per upload), ` +
            `with their ${lost} finding${lost === 1 ? '' : 's'}: ${dropped.join(', ')}. They are in run.json and the job summary.`);
    }
    const perRun = new Map();
    for (const tool of tools) {
        const all = byTool.get(tool);
        const kept = all.slice(0, limits.resultsPerRun);
        const notifications = [];
        if (kept.length < all.length) {
            const message = `SARIF: ${tool} has ${all.length} findings; the ${kept.length} most severe are uploaded (GitHub accepts ${limits.resultsPerRun} per run), ${all.length - kept.length} left out${leastSevereNote(all.slice(kept.length))}.`;
            notes.push(message);
            notifications.push(message);
        }
        perRun.set(tool, { kept, notifications });
    }
    let log = buildLog(run, tools, perRun);
    // The size limit is on the gzipped upload: shed the least severe results until it fits.
    for (let size = gzipSize(log, limits.gzipBytes); size > limits.gzipBytes; size = gzipSize(log, limits.gzipBytes)) {
        const total = [...perRun.values()].reduce((n, r) => n + r.kept.length, 0);
        if (total === 0)
            break;
        const target = Math.floor(total * Math.min(0.9, (limits.gzipBytes / size) * 0.95));
        const dropped = shedLeastSevere(perRun, total - target);
        const message = `SARIF: ${dropped} least severe findings left out to keep the upload under ${formatBytes(limits.gzipBytes)} gzipped (it was ${formatBytes(size)}).`;
        notes.push(message);
        for (const r of perRun.values())
            r.notifications.push(message);
        log = buildLog(run, tools, perRun);
    }
    return { log, notes };
}
function buildLog(run, tools, perRun) {
    return {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: tools.map((tool) => buildRun(run, tool, perRun.get(tool).kept, perRun.get(tool).notifications)),
    };
}
function buildRun(run, tool, findings, notifications) {
    const rules = [];
    const ruleIndex = new Map();
    const ruleFindings = new Map();
    for (const f of findings) {
        if (!ruleIndex.has(f.ruleId)) {
            ruleIndex.set(f.ruleId, rules.length);
            rules.push({ id: f.ruleId });
            ruleFindings.set(f.ruleId, []);
        }
        ruleFindings.get(f.ruleId).push(f);
    }
    for (const rule of rules)
        Object.assign(rule, describeRule(ruleFindings.get(rule.id)));
    const occurrences = new Map();
    const results = findings.map((f) => buildResult(run, f, ruleIndex.get(f.ruleId), occurrences));
    const version = findings.find((f) => f.toolVersion)?.toolVersion ?? (tool.startsWith('runlens') ? lib_version/* RUNLENS_VERSION */.j : undefined);
    const driver = { name: tool, rules };
    if (version)
        driver.version = version;
    const informationUri = tool.startsWith('runlens') ? RUNLENS_URI : TOOL_URIS[tool.toLowerCase()];
    if (informationUri)
        driver.informationUri = informationUri;
    const sarifRun = {
        tool: { driver },
        automationDetails: { id: automationId(run, tool) },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(run.workspace) } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
            {
                executionSuccessful: true,
                toolExecutionNotifications: notifications.map((text) => ({ level: 'warning', message: { text } })),
            },
        ],
    };
    if (run.platform.repository && run.platform.sha) {
        const provenance = {
            repositoryUri: `${run.platform.serverUrl ?? 'https://github.com'}/${run.platform.repository}`,
            revisionId: run.platform.sha,
        };
        if (run.platform.ref)
            provenance.branch = run.platform.ref;
        sarifRun.versionControlProvenance = [provenance];
    }
    return sarifRun;
}
function describeRule(findings) {
    // GitHub reads severity from the rule, so the rule takes its worst result's.
    const first = findings[0];
    const worst = findings.reduce((w, f) => ((0,severity/* compareSeverity */.zK)(f.severity, w) > 0 ? f.severity : w), 'note');
    const withHelp = findings.find((f) => f.help) ?? first;
    const helpMarkdown = withHelp.help ?? `${first.title}${first.helpUri ? `\n\nSee ${first.helpUri}.` : ''}`;
    const tags = new Set();
    for (const f of findings) {
        const given = f.properties?.tags;
        if (Array.isArray(given))
            for (const t of given)
                if (typeof t === 'string')
                    tags.add(t);
        if (SECURITY_CATEGORIES.has(f.category))
            tags.add('security');
        tags.add(f.category);
    }
    const rule = {
        name: ruleName(first.ruleId),
        shortDescription: { text: first.title },
        fullDescription: { text: firstParagraph(withHelp.help) ?? first.title },
        help: { text: helpMarkdown, markdown: helpMarkdown },
        defaultConfiguration: { level: severity/* SEVERITY_MAP */.T0[worst].sarifLevel },
        properties: { tags: [...tags].sort(), precision: 'high' },
    };
    if (SECURITY_CATEGORIES.has(first.category))
        rule.properties['security-severity'] = severity/* SEVERITY_MAP */.T0[worst].securitySeverity;
    const helpUri = findings.find((f) => f.helpUri)?.helpUri;
    if (helpUri && isAbsoluteUri(helpUri))
        rule.helpUri = helpUri;
    return rule;
}
function buildResult(run, f, ruleIndex, occurrences) {
    const location = locationOf(run, f);
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: severity/* SEVERITY_MAP */.T0[f.severity].sarifLevel,
        message: { text: f.message || f.title },
        locations: location ? [location.sarif] : [],
        partialFingerprints: {
            primaryLocationLineHash: lineHash(f, location?.path, occurrences),
            'runlens/v1': f.fingerprint,
        },
        properties: { severity: f.severity, category: f.category, step: f.stepId },
    };
    // The rule carries its worst result's score; each result keeps its own for readers that look.
    if (SECURITY_CATEGORIES.has(f.category))
        result.properties['security-severity'] = severity/* SEVERITY_MAP */.T0[f.severity].securitySeverity;
    return result;
}
function locationOf(run, f) {
    const loc = f.location;
    if (!loc) {
        // GitHub shows a result only at a file; the configuration that asked for the check is the honest place.
        const config = run.configPath ? relativeTo(run.workspace, run.configPath) : undefined;
        if (!config)
            return undefined;
        return {
            path: config,
            sarif: { physicalLocation: { artifactLocation: { uri: encodePath(config), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } },
        };
    }
    const absolute = external_node_path_.isAbsolute(loc.path);
    const artifactLocation = absolute
        ? { uri: (0,external_node_url_.pathToFileURL)(loc.path).href }
        : { uri: encodePath(loc.path), uriBaseId: '%SRCROOT%' };
    const physical = { artifactLocation };
    if (loc.startLine !== undefined && loc.startLine > 0) {
        const region = { startLine: loc.startLine };
        if (loc.startColumn !== undefined && loc.startColumn > 0)
            region.startColumn = loc.startColumn;
        if (loc.endLine !== undefined && loc.endLine >= loc.startLine)
            region.endLine = loc.endLine;
        if (loc.endColumn !== undefined && loc.endColumn > 0)
            region.endColumn = loc.endColumn;
        if (loc.snippet)
            region.snippet = { text: loc.snippet };
        physical.region = region;
    }
    return { path: loc.path, sarif: { physicalLocation: physical } };
}
/**
 * GitHub matches alerts across runs by this: a hash of the rule and the flagged line's content
 * (whitespace-insensitive), numbered per file like CodeQL's, so moving code does not reopen alerts.
 */
function lineHash(f, file, occurrences) {
    const given = f.properties?.partialFingerprints;
    if (typeof given === 'object' && given !== null) {
        const v = given.primaryLocationLineHash;
        if (typeof v === 'string' && v !== '')
            return v;
    }
    const line = f.location?.snippet?.split(/\r?\n/, 1)[0]?.replace(/\s+/g, '');
    if (!line)
        return f.fingerprint;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(f.ruleId).update('\0').update(line).digest('hex').slice(0, 16);
    const key = `${file ?? ''}\0${hash}`;
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return `${hash}:${n}`;
}
function automationId(run, tool) {
    // GitHub keys an analysis by this category: tool + pipeline + job keeps parallel jobs apart.
    const parts = ['runlens', tool, run.name, run.platform.job].filter((p) => !!p).map((p) => p.replace(/[\s/]+/g, '-'));
    return `${parts.join('/')}/`;
}
function shedLeastSevere(perRun, count) {
    let dropped = 0;
    const severities = ['note', 'low', 'medium', 'high', 'critical'];
    for (const severity of severities) {
        for (const r of perRun.values()) {
            // Each list is sorted worst first, so the least severe sit at the end.
            while (dropped < count && r.kept.length > 0 && r.kept.at(-1).severity === severity) {
                r.kept.pop();
                dropped += 1;
            }
        }
        if (dropped >= count)
            break;
    }
    return dropped;
}
function bySeverity(a, b) {
    return (0,severity/* compareSeverity */.zK)(b.severity, a.severity);
}
function worstFirst(a, b) {
    for (const s of ['critical', 'high', 'medium', 'low', 'note']) {
        const d = b.filter((f) => f.severity === s).length - a.filter((f) => f.severity === s).length;
        if (d !== 0)
            return d;
    }
    return 0;
}
function leastSevereNote(dropped) {
    const worst = dropped[0]?.severity;
    return worst ? ` (none worse than ${worst})` : '';
}
function gzipSize(log, limit) {
    const text = JSON.stringify(log);
    // gzip never grows text by more than its headers and 5 bytes per 16 KiB block: small logs need no compressing.
    const bound = Buffer.byteLength(text) * 1.001 + 64;
    return bound <= limit ? bound : (0,external_node_zlib_.gzipSync)(text).length;
}
function formatBytes(n) {
    return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} kB`;
}
function ruleName(id) {
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Rule';
}
function firstParagraph(markdown) {
    const p = markdown?.split(/\r?\n\s*\r?\n/, 1)[0]?.trim();
    return p || undefined;
}
function encodePath(p) {
    return p.split('/').map(encodeURIComponent).join('/');
}
function directoryUri(dir) {
    const href = (0,external_node_url_.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function relativeTo(workspace, file) {
    const rel = external_node_path_.relative(workspace, external_node_path_.resolve(workspace, file));
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel.split(external_node_path_.sep).join('/') : undefined;
}
function isAbsoluteUri(u) {
    return /^[a-z][a-z0-9+.-]*:/i.test(u);
}

;// CONCATENATED MODULE: ./lib/report/write-reports.js
// Writes every report file into the output directory, each atomically: another job, the upload
// step or a person never sees half a report, even if runlens is killed mid-write.






const REPORT_FILES = {
    runJson: 'run.json',
    sarif: 'runlens.sarif',
    summary: 'summary.md',
    junit: 'junit.xml',
    gitlabSast: 'gl-sast-report.json',
    gitlabSecretDetection: 'gl-secret-detection-report.json',
    gitlabDependencyScanning: 'gl-dependency-scanning-report.json',
    gitlabCodeQuality: 'gl-code-quality-report.json',
};
/**
 * Writes run.json, runlens.sarif, summary.md, junit.xml and, with `gitlab`, the four gl-*.json
 * reports. What a report had to leave out to stay within platform limits is appended to
 * `run.notes` first, so run.json and the summary say so too.
 */
async function writeReports(run, opts) {
    const dir = external_node_path_.resolve(opts.outputDir);
    const file = (name) => external_node_path_.join(dir, name);
    const sarif = toSarif(run);
    for (const note of sarif.notes)
        if (!run.notes.includes(note))
            run.notes.push(note);
    const paths = {
        outputDir: dir,
        runJson: file(REPORT_FILES.runJson),
        sarif: file(REPORT_FILES.sarif),
        summary: file(REPORT_FILES.summary),
        junit: file(REPORT_FILES.junit),
    };
    const writes = [
        // Compact, as measured against the 10 MB gzipped upload limit.
        (0,atomic_write/* atomicWriteFile */.R)(paths.sarif, `${JSON.stringify(sarif.log)}\n`),
        (0,atomic_write/* atomicWriteFile */.R)(paths.summary, renderSummary(run) + (opts.summaryTail ?? '')),
        (0,atomic_write/* atomicWriteFile */.R)(paths.junit, toJunitXml(run)),
    ];
    if (opts.gitlab) {
        paths.gitlab = {
            sast: file(REPORT_FILES.gitlabSast),
            secretDetection: file(REPORT_FILES.gitlabSecretDetection),
            dependencyScanning: file(REPORT_FILES.gitlabDependencyScanning),
            codeQuality: file(REPORT_FILES.gitlabCodeQuality),
        };
        writes.push((0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.sast, json(toGitlabSast(run))), (0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.secretDetection, json(toGitlabSecretDetection(run))), (0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.dependencyScanning, json(toGitlabDependencyScanning(run))), (0,atomic_write/* atomicWriteFile */.R)(paths.gitlab.codeQuality, json(toGitlabCodeQuality(run))));
    }
    await Promise.all(writes);
    // Last, so a run.json on disk means every other report of this run is there too.
    await (0,atomic_write/* atomicWriteFile */.R)(paths.runJson, json(run));
    return paths;
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./lib/engine/trace.js
const noopStep = {
    env: {},
    phase: (_name, fn) => fn(),
    attempt: () => undefined,
    end: () => undefined,
};
const noopTrace = {
    step: () => noopStep,
    end: async () => [],
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/telemetry/semconv.js
var semconv = __webpack_require__(9998);
;// CONCATENATED MODULE: ./lib/telemetry/resource.js
// Resource attributes: who emitted the trace (service, CI worker) and about what (repository, ref,
// revision, change), per the CI/CD and VCS resource conventions. OTEL_RESOURCE_ATTRIBUTES wins over
// what runlens detects, and OTEL_SERVICE_NAME over both (as the OpenTelemetry spec orders them).


function resourceAttributes(input) {
    const { platform } = input;
    const attrs = {
        'service.version': input.serviceVersion,
        [semconv/* ATTR_CICD_PIPELINE_NAME */.pb]: input.pipelineName,
        [semconv/* ATTR_CICD_PIPELINE_RUN_ID */.Jh]: platform.runId,
        [semconv/* ATTR_CICD_PIPELINE_RUN_URL_FULL */.Lf]: platform.runUrl,
        // PlatformInfo has no runner id; the host name identifies the machine that ran the steps.
        [semconv/* ATTR_CICD_WORKER_ID */["do"]]: (0,external_node_os_.hostname)(),
        [semconv/* ATTR_CICD_WORKER_NAME */.r0]: (0,external_node_os_.hostname)(),
        [semconv/* ATTR_VCS_PROVIDER_NAME */.zG]: platform.kind === 'local' ? undefined : platform.kind,
        [semconv/* ATTR_VCS_REF_HEAD_REVISION */.Sx]: platform.sha,
        [semconv/* ATTR_VCS_REF_BASE_REVISION */.hN]: platform.baseSha,
        [semconv/* ATTR_VCS_CHANGE_ID */.Gl]: platform.changeId,
        ...repositoryAttributes(platform),
        ...refAttributes(platform.ref),
    };
    const out = {};
    for (const [key, value] of Object.entries(attrs))
        if (value)
            out[key] = value;
    Object.assign(out, input.userAttributes);
    out['service.name'] = input.serviceName;
    return out;
}
function repositoryAttributes(platform) {
    const repository = platform.repository;
    if (!repository)
        return {};
    const slash = repository.lastIndexOf('/');
    return {
        [semconv/* ATTR_VCS_REPOSITORY_URL_FULL */.oT]: platform.serverUrl ? `${platform.serverUrl.replace(/\/+$/, '')}/${repository}` : undefined,
        [semconv/* ATTR_VCS_REPOSITORY_NAME */.Yh]: slash >= 0 ? repository.slice(slash + 1) : repository,
        [semconv/* ATTR_VCS_OWNER_NAME */.xS]: slash > 0 ? repository.slice(0, slash) : undefined,
    };
}
/** `refs/heads/main` → name `main`, type `branch`; other refs (PR merge refs) are kept whole. */
function refAttributes(ref) {
    if (!ref)
        return {};
    for (const [prefix, type] of [
        ['refs/heads/', 'branch'],
        ['refs/tags/', 'tag'],
    ]) {
        if (ref.startsWith(prefix))
            return { [semconv/* ATTR_VCS_REF_HEAD_NAME */.E$]: ref.slice(prefix.length), [semconv/* ATTR_VCS_REF_HEAD_TYPE */.r]: type };
    }
    return { [semconv/* ATTR_VCS_REF_HEAD_NAME */.E$]: ref };
}

// EXTERNAL MODULE: ./lib/config/schema.js
var schema = __webpack_require__(1091);
;// CONCATENATED MODULE: ./lib/telemetry/settings.js

const DEFAULT_ENDPOINT = 'http://localhost:4318';
const TRACES_PATH = '/v1/traces';
function resolveTelemetry(settings, env, overrides = {}) {
    const warnings = [];
    const given = (value) => (value?.trim() ? value.trim() : undefined);
    const fromEnv = (name) => given(env[name]);
    // Endpoint: the signal-specific variable is used as is; the generic one is a base URL.
    const endpointInput = given(overrides.endpoint);
    const endpoint = endpointInput
        ? { url: tracesUrl(endpointInput), from: 'the otel-endpoint input' }
        : fromEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')
            ? { url: fromEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'), from: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' }
            : fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT')
                ? { url: tracesUrl(fromEnv('OTEL_EXPORTER_OTLP_ENDPOINT')), from: 'OTEL_EXPORTER_OTLP_ENDPOINT' }
                : settings.endpoint
                    ? { url: tracesUrl(settings.endpoint), from: 'telemetry.endpoint' }
                    : undefined;
    let exporters;
    const exporterInput = given(overrides.exporter);
    if (exporterInput) {
        exporters = parseExporters(exporterInput, 'the otel-exporter input', warnings);
    }
    else if (fromEnv('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') {
        exporters = new Set(['none']);
    }
    else if (fromEnv('OTEL_TRACES_EXPORTER')) {
        exporters = parseExporters(fromEnv('OTEL_TRACES_EXPORTER'), 'OTEL_TRACES_EXPORTER', warnings);
    }
    else if (settings.exporter) {
        exporters = new Set(settings.exporter);
    }
    else {
        // Naming an endpoint anywhere says "send it there"; without one the file keeps the trace.
        exporters = new Set(endpoint ? ['file', 'otlp'] : ['file']);
    }
    const none = exporters.has('none');
    let otlp;
    if (!none && exporters.has('otlp')) {
        const url = endpoint?.url ?? tracesUrl(DEFAULT_ENDPOINT);
        if (isHttpUrl(url)) {
            otlp = {
                url,
                protocol: resolveProtocol(given(overrides.protocol), fromEnv, settings.protocol, warnings),
                headers: {
                    ...settings.headers,
                    ...parseHeaders(fromEnv('OTEL_EXPORTER_OTLP_HEADERS'), 'OTEL_EXPORTER_OTLP_HEADERS', warnings),
                    ...parseHeaders(fromEnv('OTEL_EXPORTER_OTLP_TRACES_HEADERS'), 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', warnings),
                    ...parseHeaders(given(overrides.headers), 'the otel-headers input', warnings),
                },
                compression: resolveCompression(fromEnv, warnings),
            };
        }
        else {
            warnings.push(`The OTLP endpoint "${url}" from ${endpoint?.from ?? 'the default'} is not an http(s) URL, so the trace is not exported over OTLP; set it to e.g. http://localhost:4318.`);
        }
    }
    const resourceAttributes = parseKeyValues(fromEnv('OTEL_RESOURCE_ATTRIBUTES'), 'OTEL_RESOURCE_ATTRIBUTES', warnings);
    const urlTemplate = given(overrides.urlTemplate) ?? settings['url-template'];
    if (urlTemplate !== undefined && !urlTemplate.includes('{traceId}')) {
        warnings.push(`The trace URL template "${urlTemplate}" has no {traceId} placeholder, so every run would link to the same page.`);
    }
    return {
        // The file is the run's own record of its trace, whatever else is configured.
        file: !none,
        ...(otlp ? { otlp } : {}),
        timeoutMs: resolveTimeout(fromEnv, settings.timeout, warnings),
        ...(urlTemplate !== undefined ? { urlTemplate } : {}),
        deterministicTraceId: settings['deterministic-trace-id'],
        serviceName: fromEnv('OTEL_SERVICE_NAME') ?? resourceAttributes['service.name'] ?? 'runlens',
        resourceAttributes,
        warnings,
    };
}
/** `http://collector:4318` → `http://collector:4318/v1/traces`; a URL that already ends so is kept. */
function tracesUrl(base) {
    let url;
    try {
        url = new URL(base);
    }
    catch {
        return base;
    }
    if (!url.pathname.endsWith(TRACES_PATH))
        url.pathname = url.pathname.replace(/\/?$/, TRACES_PATH);
    return url.toString();
}
function isHttpUrl(text) {
    try {
        const { protocol } = new URL(text);
        return protocol === 'http:' || protocol === 'https:';
    }
    catch {
        return false;
    }
}
function parseExporters(text, from, warnings) {
    const names = new Set();
    for (const raw of text.split(',')) {
        const name = raw.trim().toLowerCase();
        if (!name)
            continue;
        if (schema/* TRACE_EXPORTERS */.zq.includes(name))
            names.add(name);
        else
            warnings.push(`${from}: "${name}" is not a trace exporter runlens has; use file, otlp or none.`);
    }
    // A list of only unknown names falls back to the default: the trace still lands in the file.
    return names.size > 0 ? names : new Set(['file']);
}
function resolveProtocol(input, fromEnv, fallback, warnings) {
    const candidates = [
        [input, 'the otel-protocol input'],
        [fromEnv('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'), 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'],
        [fromEnv('OTEL_EXPORTER_OTLP_PROTOCOL'), 'OTEL_EXPORTER_OTLP_PROTOCOL'],
    ];
    for (const [value, from] of candidates) {
        if (value === undefined)
            continue;
        if (schema/* OTLP_PROTOCOLS */.MV.includes(value))
            return value;
        const hint = value === 'grpc' ? " runlens exports OTLP over HTTP; point the endpoint at the receiver's HTTP port (usually 4318)." : '';
        warnings.push(`${from}: "${value}" is not a supported OTLP protocol, using http/protobuf.${hint}`);
        return 'http/protobuf';
    }
    return fallback;
}
function resolveCompression(fromEnv, warnings) {
    const name = fromEnv('OTEL_EXPORTER_OTLP_TRACES_COMPRESSION')
        ? 'OTEL_EXPORTER_OTLP_TRACES_COMPRESSION'
        : 'OTEL_EXPORTER_OTLP_COMPRESSION';
    const value = fromEnv(name)?.toLowerCase();
    if (value === undefined || value === 'none')
        return 'none';
    if (value === 'gzip')
        return 'gzip';
    warnings.push(`${name}: "${value}" is not a supported compression (gzip or none), sending uncompressed.`);
    return 'none';
}
function resolveTimeout(fromEnv, fallbackMs, warnings) {
    for (const name of ['OTEL_EXPORTER_OTLP_TRACES_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
        const value = fromEnv(name);
        if (value === undefined)
            continue;
        const ms = Number(value);
        if (Number.isInteger(ms) && ms > 0)
            return ms;
        warnings.push(`${name}: "${value}" is not a whole number of milliseconds, using ${fallbackMs} ms.`);
        return fallbackMs;
    }
    return fallbackMs;
}
function parseHeaders(text, from, warnings) {
    return parseKeyValues(text, from, warnings, true);
}
/**
 * The `key=value,key2=value2` lists of OTEL_RESOURCE_ATTRIBUTES and OTEL_EXPORTER_OTLP_HEADERS
 * (W3C Baggage-style, values %-encoded). A malformed entry is dropped with a warning; `secret`
 * keeps values out of the warning.
 */
function parseKeyValues(text, from, warnings, secret = false) {
    const out = {};
    if (!text)
        return out;
    for (const entry of text.split(',')) {
        if (!entry.trim())
            continue;
        const eq = entry.indexOf('=');
        const key = eq > 0 ? entry.slice(0, eq).trim() : '';
        if (!key) {
            warnings.push(`${from}: "${secret ? '…' : entry.trim()}" is not key=value; it was ignored.`);
            continue;
        }
        const raw = entry.slice(eq + 1).trim();
        try {
            out[key] = decodeURIComponent(raw);
        }
        catch {
            warnings.push(`${from}: the value of "${key}" is not valid %-encoding; it was ignored.`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/telemetry/trace-id.js
// A trace id derived from the CI run, so every job (shard) of one pipeline run lands in one trace
// without any coordination between the jobs.

/** 32 lowercase hex characters, or undefined when the platform has no run id (a laptop). */
function deterministicTraceId(platform) {
    if (!platform.runId)
        return undefined;
    const key = ['runlens', platform.kind, platform.serverUrl ?? '', platform.repository ?? '', platform.runId].join('\n');
    const id = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 32);
    // An all-zero id is invalid in W3C Trace Context; 2^-128 odds, but cheap to rule out.
    return /^0+$/.test(id) ? `${id.slice(0, 31)}1` : id;
}

// EXTERNAL MODULE: ./lib/telemetry/trace-file.js
var trace_file = __webpack_require__(4197);
;// CONCATENATED MODULE: ./lib/telemetry/critical-path.js
/** Step ids on the critical path, first to last; empty when no step ran. */
function criticalPath(steps) {
    const timed = new Map();
    for (const step of steps) {
        const start = step.startedAt ? Date.parse(step.startedAt) : NaN;
        if (Number.isNaN(start))
            continue;
        timed.set(step.id, { step, start, end: start + step.durationMs });
    }
    let current = latest([...timed.values()]);
    const path = [];
    const seen = new Set();
    while (current && !seen.has(current.step.id)) {
        seen.add(current.step.id);
        path.push(current.step.id);
        const needs = current.step.needs.map((id) => timed.get(id)).filter((t) => t !== undefined);
        current = latest(needs);
    }
    return path.reverse();
}
function latest(items) {
    let best;
    for (const item of items)
        if (!best || item.end > best.end)
            best = item;
    return best;
}

;// CONCATENATED MODULE: ./lib/telemetry/summary.js
// The trace, for people reading the job summary: its id, a link to it, and a Mermaid Gantt chart
// of the steps with the critical path highlighted (GitHub and GitLab both render Mermaid).




function traceUrl(template, traceId) {
    return template.replaceAll('{traceId}', traceId);
}
/** Markdown for the job summary; empty when the run was not traced. */
function traceSummaryMarkdown(run, opts = {}) {
    if (!run.traceId)
        return '';
    const lines = ['### Trace', ''];
    const id = `\`${run.traceId}\``;
    lines.push(opts.urlTemplate ? `Trace ${id} — [open the trace](${traceUrl(opts.urlTemplate, run.traceId)})` : `Trace ${id}`);
    if (opts.traceFile ?? true) {
        const file = external_node_path_.relative(run.workspace, external_node_path_.join(run.outputDir, trace_file/* TRACE_FILE */.B)) || trace_file/* TRACE_FILE */.B;
        lines.push('', `Every span is in \`${file}\`; \`runlens trace show ${file}\` draws it in a terminal.`);
    }
    const ran = run.steps.filter((s) => s.startedAt && !Number.isNaN(Date.parse(s.startedAt)));
    if (ran.length === 0)
        return lines.join('\n') + '\n';
    const critical = criticalPath(run.steps);
    const onPath = new Set(critical);
    const pathMs = critical.reduce((sum, id) => sum + (run.steps.find((s) => s.id === id)?.durationMs ?? 0), 0);
    lines.push('', `Critical path: ${critical.map((p) => `\`${p}\``).join(' → ')} (${(0,duration/* formatDuration */.a)(pathMs)} of ${(0,duration/* formatDuration */.a)(run.durationMs)})`);
    const max = opts.maxSteps ?? 100;
    const byStart = [...ran].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const shown = byStart.filter((s) => onPath.has(s.id));
    const longestFirst = byStart.filter((s) => !onPath.has(s.id)).sort((a, b) => b.durationMs - a.durationMs);
    shown.push(...longestFirst.slice(0, Math.max(0, max - shown.length)));
    shown.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const hours = run.durationMs >= 3_600_000;
    lines.push('', '```mermaid', 'gantt', '  title Steps — critical path highlighted', 
    // Epoch milliseconds: exact, and each reader sees their own clock on the axis.
    '  dateFormat x', `  axisFormat ${hours ? '%H:%M' : '%H:%M:%S'}`, '  section Steps', ...shown.map((s, i) => ganttTask(s, i, onPath.has(s.id))), '```');
    const hidden = ran.length - shown.length;
    if (hidden > 0)
        lines.push('', hidden === 1 ? '1 shorter step off the critical path is not drawn.' : `${hidden} shorter steps off the critical path are not drawn.`);
    return lines.join('\n') + '\n';
}
function ganttTask(step, index, critical) {
    const start = Date.parse(step.startedAt);
    // Mermaid drops zero-length tasks; a millisecond keeps the step visible.
    const end = start + Math.max(1, Math.round(step.durationMs));
    const mark = step.status === 'failed' || step.status === 'timed-out' ? ` ✗ ${step.status}` : step.status === 'cancelled' ? ' (cancelled)' : '';
    const tags = [critical ? 'crit' : undefined, `s${index}`].filter(Boolean).join(', ');
    // Step ids are letters, digits, `_` and `-`; `:` `;` `#` would break the line, so none can appear.
    return `  ${step.id}${mark} :${tags}, ${start}, ${end}`;
}

// EXTERNAL MODULE: ./lib/telemetry/waterfall.js
var waterfall = __webpack_require__(4121);
;// CONCATENATED MODULE: ./lib/telemetry/index.js









async function startRunTrace(opts) {
    let warnings = [];
    try {
        const telemetry = resolveTelemetry(opts.settings, opts.env, opts.overrides);
        warnings = telemetry.warnings;
        if (opts.mask && telemetry.otlp) {
            for (const value of Object.values(telemetry.otlp.headers))
                maskHeader(value, opts.mask);
            const password = new URL(telemetry.otlp.url).password;
            if (password)
                opts.mask(decodeURIComponent(password));
        }
        if (!telemetry.file && !telemetry.otlp)
            return withWarnings(noopTrace, warnings);
        // The OpenTelemetry SDK is a chunk of its own, loaded only when the run is traced.
        const [{ OtelRunTrace }, { contextFromEnv }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(585), __webpack_require__.e(228)]).then(__webpack_require__.bind(__webpack_require__, 2228)), Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 2929))]);
        const parent = contextFromEnv(opts.env);
        if (parent.warning)
            warnings.push(parent.warning);
        let traceId;
        // A TRACEPARENT from the caller wins: the run then belongs to the caller's trace.
        if (telemetry.deterministicTraceId && !opts.env.TRACEPARENT?.trim()) {
            traceId = deterministicTraceId(opts.platform);
            if (!traceId)
                warnings.push('telemetry.deterministic-trace-id is on, but this platform has no CI run id to derive it from; the trace id is random.');
        }
        const runlensVersion = opts.runlensVersion ?? lib_version/* RUNLENS_VERSION */.j;
        return new OtelRunTrace({
            name: opts.name,
            platform: opts.platform,
            outputDir: opts.outputDir,
            telemetry,
            resource: resourceAttributes({
                pipelineName: opts.name,
                platform: opts.platform,
                serviceName: telemetry.serviceName,
                serviceVersion: runlensVersion,
                userAttributes: telemetry.resourceAttributes,
            }),
            parent: parent.context,
            ...(traceId ? { traceId } : {}),
            startedAt: opts.startedAt ?? new Date(),
            runlensVersion,
            warnings,
        });
    }
    catch (err) {
        return withWarnings(noopTrace, [...warnings, `Tracing is off for this run: it could not start (${err.message}).`]);
    }
}
function withWarnings(trace, warnings) {
    if (warnings.length === 0)
        return trace;
    return { step: (id, kind) => trace.step(id, kind), end: async (run) => [...warnings, ...(await trace.end(run))] };
}
/** `Bearer abc` → masks `Bearer abc` and `abc`, since logs may show either. */
function maskHeader(value, mask) {
    if (!value)
        return;
    mask(value);
    const credential = value.match(/^\S+\s+(\S.*)$/)?.[1];
    if (credential)
        mask(credential);
}

;// CONCATENATED MODULE: ./lib/run.js
// The one engine behind every door: config → plan → run → RunResult → reports → exit code.















async function execute(opts, platform) {
    const loaded = await (0,load/* loadConfig */.Z)({
        cwd: opts.workspace,
        configPath: opts.configPath,
        env: opts.env,
        overrides: opts.overrides,
        door: opts.door,
    });
    const config = loaded.config;
    const plan = (0,engine_plan/* buildPlan */.G)(config, { only: opts.steps, locate: loaded.locate, workspace: opts.workspace });
    if (opts.dryRun) {
        opts.out.write((0,engine_plan/* formatPlan */.n)(plan) + '\n');
        return { plan, exitCode: errors/* EXIT */.dc.passed };
    }
    const name = config.name ?? external_node_path_.basename(platform.info.repository ?? opts.workspace);
    const outputDir = external_node_path_.resolve(opts.workspace, config['output-dir']);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const startedAt = new Date();
    const trace = await startRunTrace({
        name,
        platform: platform.info,
        env: opts.env,
        outputDir,
        settings: config.telemetry,
        startedAt,
        overrides: opts.telemetry,
        mask: (v) => platform.mask(v),
    });
    const logOrder = config['log-order'] === 'auto' ? (platform.isCI ? 'grouped' : 'stream') : config['log-order'];
    const progress = createConsoleProgress({
        stream: opts.out,
        color: opts.color,
        logOrder,
        group: { start: (t) => platform.startGroup(t), end: () => platform.endGroup() },
    });
    const steps = await runPlan(plan, {
        workspace: opts.workspace,
        outputDir,
        concurrency: config.concurrency,
        killGraceMs: config['kill-grace'],
        signal: opts.signal,
        trace,
        platform: platform.info,
        progress,
        mask: (v) => platform.mask(v),
        env: opts.env,
    });
    const run = assembleRun({ name, steps, startedAt, opts, outputDir, configPath: loaded.path, platform, failOn: config['fail-on'] });
    run.traceId = trace.traceId;
    const traceWarnings = await trace.end(run);
    run.notes.push(...traceWarnings);
    if (config['pr-comment'] !== 'off')
        await postComment(run, platform, opts.out);
    const urlTemplate = opts.telemetry?.urlTemplate || config.telemetry['url-template'];
    const summaryTail = traceSummaryMarkdown(run, { urlTemplate });
    const paths = await writeReports(run, { outputDir, gitlab: platform.info.kind === 'gitlab', summaryTail });
    // The job summary is summary.md, byte for byte.
    await platform.writeSummary(await (0,promises_.readFile)(paths.summary, 'utf8'));
    for (const a of selectAnnotations(run))
        platform.annotate(a);
    await platform.setOutputs(actionOutputs(run, paths));
    progress.runFinished(run.steps);
    return { run, plan, paths, exitCode: run.exitCode };
}
function assembleRun(a) {
    const finishedAt = new Date();
    const findings = a.steps.flatMap((s) => s.findings);
    const gate = evaluateGate(a.steps, a.failOn);
    const stepFailed = a.steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
    const cancelled = a.opts.signal.aborted;
    const status = cancelled ? 'cancelled' : stepFailed || !gate.passed ? 'failed' : 'passed';
    return {
        version: RUN_RESULT_VERSION,
        runlensVersion: lib_version/* RUNLENS_VERSION */.j,
        name: a.name,
        status,
        startedAt: a.startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - a.startedAt.getTime(),
        workspace: a.opts.workspace,
        configPath: a.configPath,
        outputDir: a.outputDir,
        dryRun: false,
        platform: a.platform.info,
        steps: a.steps,
        counts: countFindings(findings),
        gate,
        exitCode: status === 'passed' ? errors/* EXIT */.dc.passed : errors/* EXIT */.dc.failed,
        notes: [],
    };
}
/** A comment that cannot be posted (fork PRs get read-only tokens) is a warning, never a failed run. */
async function postComment(run, platform, out) {
    try {
        const r = await platform.comment(renderComment(run), commentMarker(run));
        if (r.posted)
            out.write(`PR comment: ${r.detail}\n`);
    }
    catch (err) {
        const message = `could not post the PR comment: ${err.message}`;
        run.notes.push(message);
        platform.annotate({ level: 'warning', message, title: 'runlens' });
    }
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ ATTR_VCS_REF_HEAD_NAME),
/* harmony export */   FI: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_ID),
/* harmony export */   Gl: () => (/* binding */ ATTR_VCS_CHANGE_ID),
/* harmony export */   Jh: () => (/* binding */ ATTR_CICD_PIPELINE_RUN_ID),
/* harmony export */   Lf: () => (/* binding */ ATTR_CICD_PIPELINE_RUN_URL_FULL),
/* harmony export */   MJ: () => (/* binding */ ATTR_CICD_PIPELINE_ACTION_NAME),
/* harmony export */   RO: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_NAME),
/* harmony export */   Sx: () => (/* binding */ ATTR_VCS_REF_HEAD_REVISION),
/* harmony export */   Yh: () => (/* binding */ ATTR_VCS_REPOSITORY_NAME),
/* harmony export */   b6: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL),
/* harmony export */   "do": () => (/* binding */ ATTR_CICD_WORKER_ID),
/* harmony export */   hN: () => (/* binding */ ATTR_VCS_REF_BASE_REVISION),
/* harmony export */   oT: () => (/* binding */ ATTR_VCS_REPOSITORY_URL_FULL),
/* harmony export */   pb: () => (/* binding */ ATTR_CICD_PIPELINE_NAME),
/* harmony export */   r: () => (/* binding */ ATTR_VCS_REF_HEAD_TYPE),
/* harmony export */   r0: () => (/* binding */ ATTR_CICD_WORKER_NAME),
/* harmony export */   rT: () => (/* binding */ ATTR_CICD_PIPELINE_RESULT),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT),
/* harmony export */   xS: () => (/* binding */ ATTR_VCS_OWNER_NAME),
/* harmony export */   zG: () => (/* binding */ ATTR_VCS_PROVIDER_NAME)
/* harmony export */ });
/* unused harmony exports ATTR_CICD_WORKER_URL_FULL, ATTR_CICD_SYSTEM_COMPONENT */
// Attribute names from the OpenTelemetry CI/CD and VCS semantic conventions (release candidates).
// Copied rather than imported from `@opentelemetry/semantic-conventions/incubating`, as the
// OpenTelemetry docs advise: the incubating entry point may change in any minor release.
const ATTR_CICD_PIPELINE_NAME = 'cicd.pipeline.name';
const ATTR_CICD_PIPELINE_RUN_ID = 'cicd.pipeline.run.id';
const ATTR_CICD_PIPELINE_RUN_URL_FULL = 'cicd.pipeline.run.url.full';
const ATTR_CICD_PIPELINE_RESULT = 'cicd.pipeline.result';
const ATTR_CICD_PIPELINE_ACTION_NAME = 'cicd.pipeline.action.name';
const ATTR_CICD_PIPELINE_TASK_NAME = 'cicd.pipeline.task.name';
const ATTR_CICD_PIPELINE_TASK_RUN_ID = 'cicd.pipeline.task.run.id';
const ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL = 'cicd.pipeline.task.run.url.full';
const ATTR_CICD_PIPELINE_TASK_RUN_RESULT = 'cicd.pipeline.task.run.result';
const ATTR_CICD_WORKER_ID = 'cicd.worker.id';
const ATTR_CICD_WORKER_NAME = 'cicd.worker.name';
const ATTR_CICD_WORKER_URL_FULL = 'cicd.worker.url.full';
const ATTR_CICD_SYSTEM_COMPONENT = 'cicd.system.component';
const ATTR_VCS_PROVIDER_NAME = 'vcs.provider.name';
const ATTR_VCS_REPOSITORY_URL_FULL = 'vcs.repository.url.full';
const ATTR_VCS_REPOSITORY_NAME = 'vcs.repository.name';
const ATTR_VCS_OWNER_NAME = 'vcs.owner.name';
const ATTR_VCS_REF_HEAD_NAME = 'vcs.ref.head.name';
const ATTR_VCS_REF_HEAD_TYPE = 'vcs.ref.head.type';
const ATTR_VCS_REF_HEAD_REVISION = 'vcs.ref.head.revision';
const ATTR_VCS_REF_BASE_REVISION = 'vcs.ref.base.revision';
const ATTR_VCS_CHANGE_ID = 'vcs.change.id';


/***/ }),

/***/ 4197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ TRACE_FILE),
/* harmony export */   m: () => (/* binding */ readTraceFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
// Trace files: OTLP/JSON lines of ExportTraceServiceRequest, as runlens and the OpenTelemetry
// Collector's file exporter write them (a single pretty-printed request reads too).


/** The trace file's name in the output directory. */
const TRACE_FILE = 'trace.jsonl';
const HINT = 'a trace file holds OTLP/JSON lines (ExportTraceServiceRequest), as runlens writes to .runlens/trace.jsonl';
async function readTraceFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, code === 'ENOENT' ? 'no such file' : err.message, code === 'ENOENT' ? 'run `runlens run` first, or pass the path of a trace file' : undefined);
    }
    const documents = [];
    const trimmed = text.trim();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        documents.push({ line: 1, value: parseJson(trimmed, file, 1) });
    }
    else {
        text.split('\n').forEach((line, i) => {
            if (line.trim())
                documents.push({ line: i + 1, value: parseJson(line, file, i + 1) });
        });
    }
    return documents.flatMap(({ line, value }) => spansOf(value, file, line));
}
function parseJson(text, file, line) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `not JSON (${err.message})`, HINT);
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v.filter(isObject) : []);
function spansOf(doc, file, line) {
    if (!isObject(doc) || !Array.isArray(doc.resourceSpans))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, 'no `resourceSpans` in this line', HINT);
    const spans = [];
    for (const resourceSpans of list(doc.resourceSpans)) {
        const resource = attributesOf(isObject(resourceSpans.resource) ? resourceSpans.resource.attributes : undefined);
        const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : undefined;
        // `instrumentationLibrarySpans` is what OTLP called scopeSpans before 0.15.
        for (const scope of [...list(resourceSpans.scopeSpans), ...list(resourceSpans.instrumentationLibrarySpans)]) {
            for (const span of list(scope.spans)) {
                const traceId = hexId(span.traceId, 16);
                const spanId = hexId(span.spanId, 8);
                if (!traceId || !spanId)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `a span without a valid traceId/spanId (${String(span.name ?? '?')})`, HINT);
                const parentSpanId = hexId(span.parentSpanId, 8);
                const status = isObject(span.status) ? span.status : {};
                const start = nanosToMs(span.startTimeUnixNano);
                spans.push({
                    traceId,
                    spanId,
                    ...(parentSpanId ? { parentSpanId } : {}),
                    name: typeof span.name === 'string' ? span.name : '(unnamed)',
                    start,
                    end: Math.max(start, nanosToMs(span.endTimeUnixNano)),
                    // STATUS_CODE_ERROR is 2; JSON encoders may also write the enum name.
                    error: status.code === 2 || status.code === 'STATUS_CODE_ERROR',
                    ...(typeof status.message === 'string' && status.message ? { statusMessage: status.message } : {}),
                    ...(serviceName ? { serviceName } : {}),
                    attributes: attributesOf(span.attributes),
                });
            }
        }
    }
    return spans;
}
/** OTLP/JSON ids are hex; some encoders write protobuf JSON's base64 instead. */
function hexId(value, bytes) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    if (new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(value))
        return /^0+$/.test(value) ? undefined : value.toLowerCase();
    const decoded = Buffer.from(value, 'base64');
    return decoded.length === bytes && !decoded.every((b) => b === 0) ? decoded.toString('hex') : undefined;
}
function nanosToMs(value) {
    if (typeof value === 'number')
        return value / 1e6;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return Number(BigInt(value) / 1000n) / 1000;
    return 0;
}
function attributesOf(value) {
    const out = {};
    for (const kv of list(value)) {
        if (typeof kv.key !== 'string' || !isObject(kv.value))
            continue;
        const v = kv.value;
        if (typeof v.stringValue === 'string')
            out[kv.key] = v.stringValue;
        else if (typeof v.boolValue === 'boolean')
            out[kv.key] = v.boolValue;
        else if (v.intValue !== undefined)
            out[kv.key] = Number(v.intValue);
        else if (typeof v.doubleValue === 'number')
            out[kv.key] = v.doubleValue;
    }
    return out;
}


/***/ }),

/***/ 4121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTraceWaterfall: () => (/* binding */ renderTraceWaterfall)
/* harmony export */ });
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6804);
/* harmony import */ var _trace_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4197);
// `runlens trace show FILE`: a terminal waterfall of any OTLP/JSON trace file, one row per span,
// indented under its parent, with a bar where it sat in time.


const ANSI = { red: '\x1b[31m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const DURATION_WIDTH = 8;
async function renderTraceWaterfall(file, opts) {
    const spans = await (0,_trace_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readTraceFile */ .m)(file);
    if (spans.length === 0)
        return `${file}: no spans\n`;
    const byTrace = new Map();
    for (const span of spans) {
        const group = byTrace.get(span.traceId) ?? [];
        group.push(span);
        byTrace.set(span.traceId, group);
    }
    const blocks = [...byTrace.values()].sort((a, b) => earliest(a) - earliest(b)).map((group) => renderTrace(group, opts));
    return blocks.join('\n');
}
function renderTrace(spans, opts) {
    const paint = (code, text) => (opts.color ? `${code}${text}${ANSI.reset}` : text);
    const t0 = earliest(spans);
    const t1 = Math.max(...spans.map((s) => s.end));
    const total = Math.max(t1 - t0, 0.001);
    const rows = treeRows(spans);
    const services = [...new Set(spans.map((s) => s.serviceName).filter((s) => s !== undefined))];
    const errors = spans.filter((s) => s.error).length;
    const header = `Trace ${spans[0].traceId} — ${spans.length} span${spans.length === 1 ? '' : 's'}, ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(total)}` +
        (services.length ? `, ${services.join(', ')}` : '') +
        (errors ? `, ${errors} with errors` : '');
    const width = Math.max(40, Math.floor(opts.width));
    const labelWidth = Math.min(Math.max(...rows.map((r) => r.prefix.length + label(r.span).length)), Math.max(12, Math.floor(width * 0.4)));
    const barWidth = Math.max(10, width - labelWidth - DURATION_WIDTH - 4);
    const lines = [paint(ANSI.bold, header)];
    for (const { span, prefix } of rows) {
        const text = fit(label(span), labelWidth - prefix.length);
        const from = Math.min(barWidth - 1, Math.floor(((span.start - t0) / total) * barWidth));
        const to = Math.max(from + 1, Math.min(barWidth, Math.ceil(((span.end - t0) / total) * barWidth)));
        const bar = ' '.repeat(from) + '█'.repeat(to - from) + ' '.repeat(barWidth - to);
        const duration = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(span.end - span.start).padStart(DURATION_WIDTH);
        const name = (span.error ? paint(ANSI.red, text) : text) + ' '.repeat(labelWidth - prefix.length - text.length);
        lines.push(`${paint(ANSI.dim, prefix)}${name} ${paint(ANSI.dim, '│')}${paint(span.error ? ANSI.red : ANSI.cyan, bar)}${paint(ANSI.dim, '│')} ${duration}`);
    }
    return lines.join('\n') + '\n';
}
function label(span) {
    return span.error ? `${span.name} ✗` : span.name;
}
/** Depth-first, children by start time; spans whose parent is not in the file are roots. */
function treeRows(spans) {
    const ids = new Set(spans.map((s) => s.spanId));
    const children = new Map();
    const roots = [];
    for (const span of spans) {
        if (span.parentSpanId && ids.has(span.parentSpanId) && span.parentSpanId !== span.spanId) {
            const siblings = children.get(span.parentSpanId) ?? [];
            siblings.push(span);
            children.set(span.parentSpanId, siblings);
        }
        else {
            roots.push(span);
        }
    }
    const byStart = (a, b) => a.start - b.start || a.name.localeCompare(b.name);
    const rows = [];
    const seen = new Set();
    const visit = (span, indent, branch) => {
        if (seen.has(span.spanId))
            return;
        seen.add(span.spanId);
        rows.push({ span, prefix: indent + branch });
        const kids = (children.get(span.spanId) ?? []).sort(byStart);
        const nextIndent = indent + (branch === '' ? '' : branch === '├─ ' ? '│  ' : '   ');
        kids.forEach((kid, i) => visit(kid, nextIndent, i === kids.length - 1 ? '└─ ' : '├─ '));
    };
    for (const root of roots.sort(byStart))
        visit(root, '', '');
    return rows;
}
function fit(text, width) {
    if (width <= 1)
        return text.slice(0, Math.max(0, width));
    return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
function earliest(spans) {
    return Math.min(...spans.map((s) => s.start));
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ RUNLENS_VERSION),
/* harmony export */   x: () => (/* binding */ ISSUES_URL)
/* harmony export */ });
// Kept equal to package.json's version by tests/version.test.ts (a JSON import would drag package.json into the bundle).
const RUNLENS_VERSION = '0.1.0';
const ISSUES_URL = 'https://github.com/runlens/runlens/issues';


/***/ })

};
