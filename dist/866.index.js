export const id = 866;
export const ids = [866];
export const modules = {

/***/ 60866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _4: () => (/* binding */ findTemplate),
/* harmony export */   listTemplates: () => (/* binding */ listTemplates),
/* harmony export */   o8: () => (/* binding */ templateFiles)
/* harmony export */ });
/* unused harmony exports TEMPLATES_DIR, templatesRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17594);
// Pipeline templates are data: a folder per template under pipeline-templates/ (template.json + one folder per
// language). Adding a template is adding a folder. The folder ships beside the bundle (dist/pipeline-templates)
// and in the package; from source it is found by walking up to the repository.





const TEMPLATES_DIR = 'pipeline-templates';
const metadata = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    title: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    /** Language folder per language; the first is the default. */
    languages: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).min(1),
})
    .strict();
function templatesRoot(env = process.env) {
    if (env.RUNLENS_TEMPLATES_DIR)
        return env.RUNLENS_TEMPLATES_DIR;
    const here = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let d = here;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, TEMPLATES_DIR);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        if (d === node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d))
            break;
    }
    throw new Error(`runlens bug: the ${TEMPLATES_DIR}/ folder is not beside ${here} nor above it`);
}
function listTemplates(root = templatesRoot()) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })
        .filter((e) => e.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.name, 'template.json')))
        .map((e) => {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.name);
        const parsed = metadata.safeParse(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'template.json'), 'utf8')));
        if (!parsed.success)
            throw new Error(`runlens bug: ${dir}/template.json: ${parsed.error.message}`);
        return { name: e.name, dir, ...parsed.data };
    })
        .sort((a, b) => a.name.localeCompare(b.name));
}
function findTemplate(name, lang, root = templatesRoot()) {
    const all = listTemplates(root);
    const template = all.find((t) => t.name === name);
    if (!template)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown template "${name}"; templates: ${all.map((t) => t.name).join(', ')} (see \`runlens templates\`)`);
    const chosen = lang ?? template.languages[0];
    if (!template.languages.includes(chosen))
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`template "${name}" has no ${chosen} version; languages: ${template.languages.join(', ')}`);
    return { template, lang: chosen };
}
/** Every file of the template's language folder, repository-relative. */
function templateFiles(template, lang) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.join(template.dir, lang);
    const files = [];
    const walk = (rel) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, rel)).sort()) {
            const r = rel ? `${rel}/${name}` : name;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, r)).isDirectory())
                walk(r);
            // npm drops .gitignore from packages: templates keep it as `gitignore`.
            else
                files.push({ path: r === 'gitignore' ? '.gitignore' : r, content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, r), 'utf8') });
        }
    };
    walk('');
    return files;
}


/***/ })

};
