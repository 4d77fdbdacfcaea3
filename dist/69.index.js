export const id = 69;
export const ids = [69];
export const modules = {

/***/ 9069:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7375);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1848);
/* harmony import */ var _config_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(276);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8454);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2319);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8479);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(452);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4079);
/* harmony import */ var _platform_detect_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2464);
/* harmony import */ var _report_closing_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1425);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3340);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3411);
// CLI door: arguments → engine → exit code. Nothing else lives here.













const env = process.env;
const cwd = process.cwd();
// Read lazily, inside each command, so a bad RUNLENS_* value is a usage error (exit 2), not a crash.
const fromEnv = () => (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_4__/* .runOptionsFromEnv */ .lr)(env);
const program = new commander__WEBPACK_IMPORTED_MODULE_1__/* .Command */ .uB('runlens')
    .description('Run, trace, scan and judge a repository pipeline.')
    .version(_version_js__WEBPACK_IMPORTED_MODULE_10__/* .RUNLENS_VERSION */ .j)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
const configOption = () => new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('-c, --config <file>', 'runlens.yml to use (default: ./runlens.yml; env RUNLENS_CONFIG)');
program
    .command('run')
    .description('Run the pipeline (or the named steps and everything they need).')
    .argument('[steps...]', 'steps to run, with their needs')
    .addOption(configOption())
    .option('-o, --output-dir <dir>', 'where reports go (default .runlens)')
    .option('-n, --dry-run', 'print the plan and run nothing')
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--fail-on <severity>', 'fail on findings at or above this severity').choices(_findings_severity_js__WEBPACK_IMPORTED_MODULE_7__/* .FAIL_ON */ .d$))
    .option('-j, --concurrency <n>', 'steps at once (default: CPUs)')
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--log-order <order>', 'step output: streamed live or grouped per step').choices(['auto', 'stream', 'grouped']))
    .option('--otel-exporter <list>', 'trace exporters: file, otlp, none (comma list)')
    .option('--otel-endpoint <url>', 'OTLP/HTTP endpoint for the trace')
    .action(async (steps, o) => {
    const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_9__/* .execute */ .g)({
        workspace: cwd,
        configPath: o.config ?? fromEnv().configPath,
        steps: steps.length ? steps : fromEnv().steps,
        dryRun: o.dryRun ?? fromEnv().dryRun,
        overrides: { outputDir: o.outputDir, failOn: o.failOn, concurrency: o.concurrency, logOrder: o.logOrder },
        telemetry: { exporter: o.otelExporter, endpoint: o.otelEndpoint },
        door: 'cli',
        env,
        out: process.stdout,
        color: (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_11__/* .wantsColor */ .z)(env, process.stdout),
        signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_12__/* .cancelOnSignals */ .d)().signal,
    }, await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_11__/* .detectPlatform */ .l)(env, cwd));
    if (outcome.run)
        process.stdout.write((0,_report_closing_js__WEBPACK_IMPORTED_MODULE_8__/* .closingLines */ .P)(outcome.run));
    if (outcome.paths)
        process.stdout.write(`\nReports: ${node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, outcome.paths.summary)} · ${node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, outcome.paths.sarif)} · ${node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, outcome.paths.runJson)}\n`);
    process.exitCode = outcome.exitCode;
});
program
    .command('validate')
    .description('Check runlens.yml: fields, types, step references, cycles.')
    .addOption(configOption())
    .action(async (o) => {
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)({ cwd, configPath: o.config ?? fromEnv().configPath, env });
    const plan = (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPlan */ .G)(loaded.config, { locate: loaded.locate, workspace: cwd });
    const where = loaded.path ? node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, loaded.path) : 'default pipeline';
    process.stdout.write(`✓ ${where} is valid: ${plan.steps.length} steps in ${plan.levels.length} levels\n`);
});
program
    .command('plan')
    .description('Print the execution plan: the levels of the DAG and each step.')
    .argument('[steps...]', 'plan only these steps and their needs')
    .addOption(configOption())
    .action(async (steps, o) => {
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)({ cwd, configPath: o.config ?? fromEnv().configPath, env });
    process.stdout.write((0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPlan */ .n)((0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPlan */ .G)(loaded.config, { only: steps.length ? steps : undefined, locate: loaded.locate, workspace: cwd })) + '\n');
});
program
    .command('schema')
    .description('Print the JSON Schema of runlens.yml (for editors: yaml-language-server).')
    .action(() => {
    process.stdout.write(JSON.stringify((0,_config_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configJsonSchema */ .M)(), null, 2) + '\n');
});
program
    .command('doctor')
    .description('Check this machine: Node, git, config, output dir, installed scanners.')
    .addOption(configOption())
    .action(async (o) => {
    const { doctor } = await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 9231));
    const checks = await doctor({ workspace: cwd, configPath: o.config ?? fromEnv().configPath, env });
    const width = Math.max(...checks.map((c) => c.name.length));
    for (const c of checks)
        process.stdout.write(`${c.ok ? '✓' : c.required ? '✗' : '–'} ${c.name.padEnd(width)}  ${c.detail}\n`);
    process.exitCode = checks.some((c) => c.required && !c.ok) ? _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.failed : _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.passed;
});
program
    .command('golden')
    .description('Golden data: `runlens golden update [CASE...]` rewrites goldens from the actuals.')
    .command('update')
    .description("Rewrite goldens from the actuals (running each golden step's `run:` first) and print what changed.")
    .argument('[cases...]', 'case names, globs over them, or golden paths (default: every case)')
    .addOption(configOption())
    .option('--step <id>', 'only this golden step')
    .action(async (cases, o) => {
    const { goldenUpdate } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(844), __webpack_require__.e(519)]).then(__webpack_require__.bind(__webpack_require__, 5519));
    const results = await goldenUpdate({
        workspace: cwd,
        configPath: o.config ?? fromEnv().configPath,
        env,
        cases: cases.length ? cases : undefined,
        step: o.step,
        log: (line) => process.stdout.write(line + '\n'),
        signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_12__/* .cancelOnSignals */ .d)().signal,
    });
    const changed = results.reduce((n, r) => n + r.report.updated.length, 0);
    process.stdout.write(`golden update: ${changed} golden file${changed === 1 ? '' : 's'} written\n`);
});
program
    .command('trace')
    .description('Traces: `runlens trace show [FILE]` prints a waterfall of a trace file.')
    .command('show')
    .description('Print a terminal waterfall of a trace file (OTLP JSON lines, as runlens writes).')
    .argument('[file]', 'trace file', '.runlens/trace.jsonl')
    .action(async (file) => {
    const { renderTraceWaterfall } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4121));
    const width = process.stdout.columns ?? 100;
    process.stdout.write(await renderTraceWaterfall(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, file), { color: (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_11__/* .wantsColor */ .z)(env, process.stdout), width }));
});
try {
    await program.parseAsync(process.argv);
}
catch (err) {
    if (err instanceof commander__WEBPACK_IMPORTED_MODULE_1__/* .CommanderError */ .b7) {
        // Help and version are "errors" to commander; usage mistakes are exit 2 per the CLI contract.
        process.exitCode = err.exitCode === 0 ? 0 : _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.usage;
    }
    else if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .RunlensError */ .YD) {
        process.stderr.write(`error: ${err.message}\n`);
        process.exitCode = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodeFor */ .Rr)(err);
    }
    else {
        process.stderr.write(`runlens failed unexpectedly — this is a bug, please report it at ${_version_js__WEBPACK_IMPORTED_MODULE_10__/* .ISSUES_URL */ .x}\n${err instanceof Error ? err.stack : String(err)}\n`);
        process.exitCode = _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.internal;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1069);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1091);
// The JSON Schema of runlens.yml, generated from the zod schema (never written by hand), for editors
// (yaml-language-server: `# yaml-language-server: $schema=…`) and for the README's reference table.
// Committed at schema/runlens.schema.json; a test fails when it is stale (`npm run schema`).



function configJsonSchema() {
    // Durations are `string | number` to JSON Schema; the title tells editors (and the reference table) what they mean.
    const schema = zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn, {
        io: 'input',
        override: (ctx) => {
            if (ctx.zodSchema === _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)
                ctx.jsonSchema.title = 'duration';
        },
    });
    const properties = schema.properties;
    // Its default is the CPU count of whichever machine generated the file; the description says so instead.
    delete properties.concurrency.default;
    delete properties.concurrency.maximum;
    const step = properties.steps.additionalProperties ?? {};
    const stepProperties = step.properties;
    const kinds = _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .u.map((c) => c.kind);
    stepProperties.uses = { ...stepProperties.uses, enum: kinds };
    const defs = { ...schema.$defs };
    // One `if uses == kind then with: <options>` per check, so editors complete and check `with:` too.
    step.allOf = _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .u.map((check) => {
        const options = zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(check.options, { io: 'input' });
        delete options.$schema;
        return {
            if: { properties: { uses: { const: check.kind } }, required: ['uses'] },
            then: { properties: { with: hoistDefs(options, check.kind, defs) } },
        };
    });
    if (Object.keys(defs).length > 0)
        schema.$defs = defs;
    return withStandardFormats({
        $schema: schema.$schema,
        title: 'runlens.yml',
        description: 'Configuration of a runlens pipeline.',
        ...schema,
    });
}
// JSON Schema 2020-12's format vocabulary. zod also writes its own check names (`includes`, `starts_with`)
// as formats, next to the `pattern` that carries the rule; strict validators reject those.
const STANDARD_FORMATS = new Set([
    'date-time',
    'date',
    'time',
    'duration',
    'email',
    'idn-email',
    'hostname',
    'idn-hostname',
    'ipv4',
    'ipv6',
    'uri',
    'uri-reference',
    'iri',
    'iri-reference',
    'uuid',
    'uri-template',
    'json-pointer',
    'relative-json-pointer',
    'regex',
]);
/** Keywords whose content is data, not schema. */
const VALUES = new Set(['default', 'const', 'enum', 'examples']);
function withStandardFormats(node) {
    if (Array.isArray(node))
        return node.map(withStandardFormats);
    if (node === null || typeof node !== 'object')
        return node;
    return Object.fromEntries(Object.entries(node)
        .filter(([k, v]) => !(k === 'format' && typeof v === 'string' && !STANDARD_FORMATS.has(v)))
        .map(([k, v]) => [k, k === 'properties' || k === '$defs' ? mapValues(v) : VALUES.has(k) ? v : withStandardFormats(v)]));
}
/** Under `properties` and `$defs` the keys are names, not keywords: a field may be called `format`. */
function mapValues(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return v;
    return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, withStandardFormats(child)]));
}
/** Moves a check schema's `$defs` to the root under `<kind>.<name>`, rewriting its `$ref`s, so refs resolve from the root. */
function hoistDefs(options, kind, defs) {
    const own = options.$defs;
    if (!own)
        return options;
    delete options.$defs;
    const rewrite = (node) => {
        if (Array.isArray(node))
            return node.map(rewrite);
        if (node === null || typeof node !== 'object')
            return node;
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [
            k,
            k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/$defs/${kind}.${v.slice('#/$defs/'.length)}` : rewrite(v),
        ]));
    };
    for (const [name, def] of Object.entries(own))
        defs[`${kind}.${name}`] = rewrite(def);
    return rewrite(options);
}


/***/ }),

/***/ 1425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ closingLines)
/* harmony export */ });
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4079);

function closingLines(run) {
    const lines = [];
    const counts = _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `${run.counts[s]} ${s}`).join(', ');
    lines.push(`findings: ${run.counts.total} (${counts}) — gate ${run.gate.passed ? 'passed' : 'FAILED'}: ${run.gate.reason}`);
    const cases = run.steps.flatMap((s) => s.cases);
    if (cases.length > 0) {
        const passed = cases.filter((c) => c.status === 'passed').length;
        const failed = cases.filter((c) => c.status === 'failed' || c.status === 'error').length;
        const skipped = cases.filter((c) => c.status === 'skipped').length;
        lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
