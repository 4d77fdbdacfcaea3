export const id = 2052;
export const ids = [2052];
export const modules = {

/***/ 72052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ingestJunit: () => (/* binding */ ingestJunit)
/* harmony export */ });
/* unused harmony export casesFromJunit */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69658);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75824);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17594);
/* harmony import */ var _base_line_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37938);
/* harmony import */ var _match_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24707);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59425);
// Test results from JUnit XML, as written by pytest, vitest, node --test, mocha, surefire, go-junit-report…







/** Reads every JUnit XML file matching `patterns`; throws InputError (src/base/errors.ts) (file:line:col) on malformed input. */
async function ingestJunit(patterns, opts) {
    const files = await (0,_match_files_js__WEBPACK_IMPORTED_MODULE_3__/* .matchFiles */ .x)(patterns, opts.cwd, 'JUnit XML', opts.confine ? opts.workspace : undefined);
    const cases = [];
    for (const file of files) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        cases.push(...casesFromJunit(text, file, opts));
    }
    return { cases, files: files.map((f) => (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoPath */ .xD)(f, opts.cwd, opts.workspace)) };
}
// Failure output can be megabytes (a whole log); run.json and every report carry it.
const MAX_DETAILS = 10_000;
const MAX_MESSAGE = 1_000;
const ELEMENTS = new Set(['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped']);
const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A({
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
    const shown = (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoPath */ .xD)(file, opts.cwd, opts.workspace);
    const check = fast_xml_parser__WEBPACK_IMPORTED_MODULE_6__/* .XMLValidator */ .iI.validate(text);
    if (check !== true) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: shown, line: check.err.line, column: check.err.col }, 
        // The validator names every tag left open, which for a deeply nested file is the whole file again.
        `not well-formed XML: ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .clipForMessage */ .Z2)(check.err.msg, 300)}`, 'a test run that crashed or was killed can leave a truncated report; rerun the tests or fix the reporter');
    }
    let doc;
    try {
        doc = parser.parse(text);
    }
    catch (err) {
        // Well-formed, but beyond what the parser accepts: nesting deeper than its limit, an external entity, an
        // entity larger or expanded more than its limits allow (the guards against entity bombs), a `__proto__` name.
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: shown }, `cannot be read as JUnit XML: ${err.message}`, 'JUnit reports need no DTD entities and nest suites a few levels deep; check what wrote this file');
    }
    const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && k !== '#text');
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        const at = rootName ? text.indexOf(`<${rootName}`) : 0;
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: shown, ...(0,_base_line_index_js__WEBPACK_IMPORTED_MODULE_7__/* .positionAt */ .t$)(text, Math.max(at, 0)) }, rootName ? `the root element is <${rootName}>, not <testsuites> or <testsuite>` : 'the document has no root element', 'point `junit:` at JUnit XML test results');
    }
    const roots = asNodes(doc[rootName]);
    // pytest numbers lines from 0 (its `line` is a Python code object's index); everyone else from 1.
    const lineBase = roots.some((r) => r['@name'] === 'pytest tests' || r['@name'] === 'pytest') ? 1 : 0;
    const reader = { opts, lineBase, fallbackSuite: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file), cases: [] };
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
        const body = text(outcome).trim();
        const message = attr(outcome, 'message') ?? body.split('\n', 1)[0];
        if (message)
            testCase.message = clip(message, MAX_MESSAGE);
        if (body && body !== message)
            testCase.details = clip(body, MAX_DETAILS);
    }
    const file = attr(tc, 'file') ?? attr(tc, 'filepath') ?? suiteFile;
    if (file)
        testCase.file = (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoPath */ .xD)(file, reader.opts.cwd, reader.opts.workspace);
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
function text(node) {
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


/***/ })

};
