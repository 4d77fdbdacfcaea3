export const id = 9069;
export const ids = [9069];
export const modules = {

/***/ 29069:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67375);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(11848);
/* harmony import */ var _config_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50276);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85735);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52319);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98479);
/* harmony import */ var _engine_shard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97018);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17594);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89506);
/* harmony import */ var _findings_new_only_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17879);
/* harmony import */ var _platform_detect_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32464);
/* harmony import */ var _report_closing_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71425);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(41571);
/* harmony import */ var _startup_error_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2424);
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(26413);
// CLI door: arguments → engine → exit code. Nothing else lives here.
















const env = process.env;
const cwd = process.cwd();
// Read lazily, inside each command, so a bad RUNLENS_* value is a usage error (exit 2), not a crash.
const fromEnv = () => (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_4__/* .runOptionsFromEnv */ .lr)(env);
const program = new commander__WEBPACK_IMPORTED_MODULE_1__/* .Command */ .uB('runlens')
    .description('Run, trace, scan and judge a repository pipeline.')
    .version(_base_version_js__WEBPACK_IMPORTED_MODULE_14__.RUNLENS_VERSION)
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
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--fail-on <severity>', 'fail on findings at or above this severity').choices(_model_severity_js__WEBPACK_IMPORTED_MODULE_8__/* .FAIL_ON */ .d$))
    .option('-j, --concurrency <n>', 'steps at once (default: CPUs)')
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--log-order <order>', 'step output: streamed live or grouped per step').choices(['auto', 'stream', 'grouped']))
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--new-only <mode>', 'on a pull/merge request, which findings can fail the gate (diff filter)').choices(_findings_new_only_js__WEBPACK_IMPORTED_MODULE_9__/* .NEW_ONLY_SETTINGS */ .QZ))
    .option('--otel-exporter <list>', 'trace exporters: file, otlp, none (comma list)')
    .option('--otel-endpoint <url>', 'OTLP/HTTP endpoint for the trace')
    .option('--shard [I/N]', "run shard I of N (alone: GitLab parallel's CI_NODE_INDEX/CI_NODE_TOTAL); `runlens merge` joins them")
    .option('--durations <run.json>', "a previous run's run.json: its step durations balance the shards")
    .option('--resume', 'run only the steps that failed, were cancelled or never ran in the last run.json; keep the rest')
    .option('--history <dir>', "an earlier run's output directory (or a folder of them, or its run.json): the summary shows the trend; repeatable", (value, all = []) => [...all, value])
    .option('--base-run <run.json>', "the base's run.json: the summary and PR/MR comment compare minutes and cost with it (env RUNLENS_BASE_RUN)")
    .action(async (steps, o) => {
    const platform = await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_10__/* .detectPlatform */ .li)(env, cwd);
    const root = (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_10__/* .repositoryRoot */ .Hn)(env, cwd);
    const shardArg = o.shard ?? (env.RUNLENS_SHARD?.trim() || undefined);
    const shard = shardArg === undefined ? undefined : shardArg === true ? (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_6__/* .shardFromCiNode */ .JN)(env) : (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .uK)(shardArg);
    const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_12__/* .execute */ .g)({
        workspace: cwd,
        root,
        configPath: o.config ?? fromEnv().configPath,
        steps: steps.length ? steps : fromEnv().steps,
        dryRun: o.dryRun ?? fromEnv().dryRun,
        overrides: {
            outputDir: o.outputDir,
            failOn: o.failOn,
            concurrency: o.concurrency,
            logOrder: o.logOrder,
            newOnly: o.newOnly,
        },
        telemetry: { exporter: o.otelExporter, endpoint: o.otelEndpoint },
        door: 'cli',
        env,
        out: process.stdout,
        color: (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_10__/* .wantsColor */ .zK)(env, process.stdout),
        signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_15__/* .cancelOnSignals */ .d)().signal,
        ...(shard ? { shard } : {}),
        ...(o.durations ? { durations: o.durations } : {}),
        ...(o.resume ? { resume: true } : {}),
        ...((o.baseRun ?? fromEnv().baseRun) ? { baseRun: o.baseRun ?? fromEnv().baseRun } : {}),
        ...(o.history?.length ? { history: o.history } : {}),
    }, platform).catch(async (err) => {
        // On CI a configuration error still leaves the reports the job declares (GitLab keeps no artifacts without them).
        if ((0,_startup_error_js__WEBPACK_IMPORTED_MODULE_13__/* .isStartupError */ .Q)(err))
            await (0,_startup_error_js__WEBPACK_IMPORTED_MODULE_13__/* .reportStartupError */ .k)(err, { platform, workspace: cwd, root, env, outputDir: o.outputDir });
        throw err;
    });
    if (outcome.run)
        process.stdout.write((0,_report_closing_js__WEBPACK_IMPORTED_MODULE_11__/* .closingLines */ .Po)(outcome.run));
    // With a report that could not be written (disk full), the errors above say which; the list would be wrong.
    if (outcome.paths && !outcome.paths.failed)
        process.stdout.write(`\n${(0,_report_closing_js__WEBPACK_IMPORTED_MODULE_11__/* .reportsLine */ .so)(outcome.paths, cwd)}`);
    process.exitCode = outcome.exitCode;
});
program
    .command('validate')
    .description('Check runlens.yml: fields, types, step references, cycles, secret references.')
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
    .option('--shards <n>', 'partition the work into N shards (CI jobs) and print the partition')
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--format <format>', 'with --shards: text, a GitHub strategy.matrix (JSON) or GitLab parallel:').choices([
    'text',
    'github-matrix',
    'gitlab',
]))
    .option('--durations <run.json>', "with --shards: a previous run's run.json, whose step durations balance the shards")
    .action(async (steps, o) => {
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)({ cwd, configPath: o.config ?? fromEnv().configPath, env });
    const plan = (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPlan */ .G)(loaded.config, { only: steps.length ? steps : undefined, locate: loaded.locate, workspace: cwd });
    if (o.shards === undefined) {
        if (o.format || o.durations)
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--format and --durations go with --shards N');
        process.stdout.write((0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPlan */ .n)(plan) + '\n');
        return;
    }
    const { partitionOutput } = await __webpack_require__.e(/* import() */ 7701).then(__webpack_require__.bind(__webpack_require__, 47701));
    process.stdout.write((await partitionOutput(plan, { shards: o.shards, format: o.format ?? 'text', durations: o.durations, cwd })) + '\n');
});
program
    .command('merge')
    .description("Merge the output directories of a sharded run's jobs into one set of reports, as if one job had run.")
    .argument('<dirs...>', "each shard's output directory (holding its run.json)")
    .option('-o, --output-dir <dir>', 'where the merged reports go', '.runlens')
    .action(async (dirs, o) => {
    const { mergeShards } = await __webpack_require__.e(/* import() */ 2574).then(__webpack_require__.bind(__webpack_require__, 22574));
    const platform = await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_10__/* .detectPlatform */ .li)(env, cwd);
    const { run, paths } = await mergeShards({
        dirs: dirs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, d)),
        outputDir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, o.outputDir),
        platform,
    });
    for (const note of run.merged?.filter((m) => m.status !== 'passed') ?? [])
        process.stdout.write(`shard ${note.index}: ${note.status}${note.dir ? ` (${node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, note.dir) || '.'})` : ''}\n`);
    process.stdout.write((0,_report_closing_js__WEBPACK_IMPORTED_MODULE_11__/* .closingLines */ .Po)(run));
    process.stdout.write(`\n${(0,_report_closing_js__WEBPACK_IMPORTED_MODULE_11__/* .reportsLine */ .so)(paths, cwd)}`);
    process.exitCode = run.exitCode;
});
program
    .command('schema')
    .description('Print the JSON Schema of runlens.yml (for editors: yaml-language-server).')
    .action(() => {
    process.stdout.write(JSON.stringify((0,_config_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configJsonSchema */ .M)(), null, 2) + '\n');
});
program
    .command('doctor')
    .description('Check this machine: Node, git, config, output dir, installed scanners, secret stores (reachable, logged in).')
    .addOption(configOption())
    .action(async (o) => {
    const { doctor } = await __webpack_require__.e(/* import() */ 9231).then(__webpack_require__.bind(__webpack_require__, 89231));
    const checks = await doctor({ workspace: cwd, configPath: o.config ?? fromEnv().configPath, env });
    const width = Math.max(...checks.map((c) => c.name.length));
    // A detail may quote the environment or runlens.yml (an endpoint with its password): redacted like a run's output.
    const redact = await envRedactor();
    for (const c of checks)
        process.stdout.write(redact(`${c.ok ? '✓' : c.required ? '✗' : '–'} ${c.name.padEnd(width)}  ${c.detail}\n`));
    process.exitCode = checks.some((c) => c.required && !c.ok) ? _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.failed : _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.passed;
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
    const { goldenUpdate } = await Promise.all(/* import() */[__webpack_require__.e(7291), __webpack_require__.e(844), __webpack_require__.e(5519)]).then(__webpack_require__.bind(__webpack_require__, 35519));
    // The goldens' diffs and the steps' output are printed: redacted like a run's.
    const redact = await envRedactor();
    const results = await goldenUpdate({
        workspace: cwd,
        configPath: o.config ?? fromEnv().configPath,
        env,
        cases: cases.length ? cases : undefined,
        step: o.step,
        log: (line) => process.stdout.write(redact(line) + '\n'),
        signal: (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_15__/* .cancelOnSignals */ .d)().signal,
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
    const { renderTraceWaterfall } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 84121));
    const width = process.stdout.columns ?? 100;
    process.stdout.write(await renderTraceWaterfall(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, file), { color: (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_10__/* .wantsColor */ .zK)(env, process.stdout), width }));
});
program
    .command('report')
    .description('Reports over runs: `runlens report history DIR...` shows how the pipeline trends.')
    .command('history')
    .description('Duration and failure rate per step over earlier runs, as Markdown with Mermaid charts.')
    .argument('<paths...>', 'output directories of earlier runs, folders of them, or their run.json files')
    .option('-n, --last <n>', 'only the most recent N runs', '20')
    .option('-o, --output <file>', 'write the Markdown to FILE (default: standard output)')
    .action(async (paths, o) => {
    const last = Number(o.last);
    if (!Number.isInteger(last) || last < 1)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--last: ${JSON.stringify(o.last)} is not a whole number of runs`);
    const { reportHistory } = await __webpack_require__.e(/* import() */ 2460).then(__webpack_require__.bind(__webpack_require__, 52460));
    const markdown = await reportHistory({ paths, cwd, last });
    if (!o.output)
        return void process.stdout.write(markdown);
    const { atomicWriteFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 14698));
    await atomicWriteFile(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, o.output), markdown);
    process.stdout.write(`history of ${paths.length} path${paths.length === 1 ? '' : 's'} written to ${o.output}\n`);
});
program
    .command('init')
    .description('Write runlens.yml and the GitHub/GitLab CI wiring for this repository (or scaffold a template).')
    .option('-t, --template <name>', 'scaffold a pipeline template instead (see `runlens templates`)')
    .option('--lang <language>', "the template's language: python (default) or node")
    .option('-f, --force', 'overwrite files that exist and differ')
    .option('-n, --dry-run', 'print what would be written; write nothing')
    .option('-y, --yes', 'do not ask (CI); prompts appear only on a terminal anyway')
    .option('--offline', 'the pipeline must run without network: no OSV API, no semgrep registry rules')
    .option('--osv-db <dir>', 'check dependencies against this offline OSV database instead of the OSV API')
    .option('--upload-sarif', 'upload SARIF to GitHub code scanning (adds security-events: write)')
    .action(async (o) => {
    const { init } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(6863)]).then(__webpack_require__.bind(__webpack_require__, 66863));
    await init({
        workspace: cwd,
        env,
        template: o.template,
        lang: o.lang,
        force: Boolean(o.force),
        dryRun: Boolean(o.dryRun),
        interactive: !o.yes && !o.dryRun && Boolean(process.stdin.isTTY && process.stdout.isTTY),
        offline: Boolean(o.offline),
        osvDb: o.osvDb,
        uploadSarif: Boolean(o.uploadSarif),
        log: (line) => process.stdout.write(line + '\n'),
    });
});
program
    .command('templates')
    .description('List the pipeline templates `runlens init --template` scaffolds.')
    .action(async () => {
    const { listTemplates } = await __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 60866));
    const all = listTemplates();
    const width = Math.max(...all.map((t) => t.name.length));
    for (const t of all)
        process.stdout.write(`${t.name.padEnd(width)}  ${t.description} (${t.languages.join(', ')})\n`);
});
/** The environment's credentials and the secret rules, for commands that print outside a run. */
async function envRedactor() {
    const { createRedactor } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 25588));
    const redactor = await createRedactor();
    redactor.addFromEnv(env);
    return (text) => redactor.redact(text);
}
try {
    await program.parseAsync(process.argv);
}
catch (err) {
    if (err instanceof commander__WEBPACK_IMPORTED_MODULE_1__/* .CommanderError */ .b7) {
        // Help and version are "errors" to commander; usage mistakes are exit 2 per the CLI contract.
        process.exitCode = err.exitCode === 0 ? 0 : _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage;
    }
    else if (err instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RunlensError */ .YD) {
        // Error text may quote runlens.yml or a tool's words: redacted like everything runlens prints.
        const { redactMessage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 25588));
        process.stderr.write(`error: ${await redactMessage(err.message, env)}\n`);
        process.exitCode = (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .exitCodeFor */ .Rr)(err);
    }
    else {
        process.stderr.write(`runlens failed unexpectedly — this is a bug, please report it at ${_base_version_js__WEBPACK_IMPORTED_MODULE_14__/* .ISSUES_URL */ .x}\n${err instanceof Error ? err.stack : String(err)}\n`);
        process.exitCode = _base_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.internal;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 50276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98439);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95735);
/* harmony import */ var _secret_stores_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86724);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61091);
// The JSON Schema of runlens.yml, generated from the zod schema (never written by hand), for editors
// (yaml-language-server: `# yaml-language-server: $schema=…`) and for the README's reference table.
// Committed at schema/runlens.schema.json; a test fails when it is stale (`npm run schema`).




function configJsonSchema() {
    // Durations are `string | number` to JSON Schema; the title tells editors (and the reference table) what they mean.
    const schema = zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Qn, {
        io: 'input',
        override: (ctx) => {
            if (ctx.zodSchema === _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .duration */ .p0)
                ctx.jsonSchema.title = 'duration';
        },
    });
    const properties = schema.properties;
    // Its default is the CPU count of whichever machine generated the file; the description says so instead.
    delete properties.concurrency.default;
    delete properties.concurrency.maximum;
    const step = properties.steps.additionalProperties ?? {};
    const stepProperties = step.properties;
    const kinds = (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .allChecks */ .fZ)().map((c) => c.kind);
    stepProperties.uses = { ...stepProperties.uses, enum: kinds };
    const defs = { ...schema.$defs };
    // One `if uses == kind then with: <options>` per check, so editors complete and check `with:` too.
    step.allOf = (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .allChecks */ .fZ)().map((check) => {
        const options = zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(check.options, { io: 'input' });
        delete options.$schema;
        return {
            if: { properties: { uses: { const: check.kind } }, required: ['uses'] },
            then: { properties: { with: hoistDefs(options, check.kind, defs) } },
        };
    });
    // `secret-stores`: one key per registered store, its settings schema (the loader checks them the same way).
    const stores = properties['secret-stores'];
    const storeProperties = { ...stores.properties };
    for (const store of (0,_secret_stores_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .allStores */ .IM)()) {
        const settings = zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(store.settings(), { io: 'input' });
        delete settings.$schema;
        storeProperties[store.scheme] = {
            description: `${store.title}: settings.`,
            ...hoistDefs(settings, `secret-stores.${store.scheme}`, defs),
        };
    }
    properties['secret-stores'] = { ...stores, properties: storeProperties, additionalProperties: false };
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

/***/ 71425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Po: () => (/* binding */ closingLines),
/* harmony export */   so: () => (/* binding */ reportsLine)
/* harmony export */ });
/* unused harmony export TOP_FINDINGS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89506);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97489);
// The last lines of a terminal run: where the worst findings are (file:line, never a secret's value),
// the findings gate, one `tests: N passed, N failed` line that CI log readers recognise, and every
// report file written.



/** Findings listed in the log; the rest are counted and left to the reports. */
const TOP_FINDINGS = 10;
function closingLines(run) {
    const lines = [...topFindingLines(run)];
    const counts = _model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => `${run.counts[s]} ${s}`).join(', ');
    lines.push(`findings: ${run.counts.total} (${counts}) — gate ${run.gate.passed ? 'passed' : 'FAILED'}: ${run.gate.reason}`);
    if (run.cost) {
        const c = run.cost;
        lines.push(`cost: ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinutes */ .dp)(c.minutes)} billed, ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(c.amount, c.currency)} (${c.runner} at ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(c.rate, c.currency)}/min)${c.base?.amount !== undefined ? ` — base ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .up)(c.base.amount, c.base.currency ?? c.currency)}` : ''}`);
    }
    if (run.budget)
        lines.push(`budget ${run.budget.exceeded ? (run.budget.onExceed === 'fail' ? 'EXCEEDED' : 'exceeded (warning)') : 'kept'}: ${run.budget.reason}`);
    const cases = run.steps.flatMap((s) => s.cases);
    if (cases.length > 0) {
        const passed = cases.filter((c) => c.status === 'passed').length;
        const failed = cases.filter((c) => c.status === 'failed' || c.status === 'error').length;
        const skipped = cases.filter((c) => c.status === 'skipped').length;
        lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    }
    return lines.join('\n') + '\n';
}
/**
 * `high  deploy/ci.env:1:15  GitHub personal access token (runlens-secrets github-pat, step secrets)`,
 * worst first. Titles and rule ids only: a secret finding's message or snippet is never printed.
 */
function topFindingLines(run) {
    const all = run.steps.flatMap((s) => s.findings).sort((a, b) => (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSeverity */ .zK)(b.severity, a.severity));
    if (all.length === 0)
        return [];
    const shown = all.slice(0, TOP_FINDINGS);
    const width = Math.max(...shown.map((f) => f.severity.length));
    const lines = [`top findings${all.length > shown.length ? ` (${shown.length} of ${all.length})` : ''}:`];
    for (const f of shown) {
        const loc = f.location
            ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}${f.location.startColumn ? `:${f.location.startColumn}` : ''}` : ''}`
            : '(no location)';
        lines.push(`  ${f.severity.padEnd(width)}  ${loc}  ${oneLine(f.title)} (${f.tool} ${f.ruleId}, step ${f.stepId})`);
    }
    return lines;
}
/** `Reports: .runlens/summary.md · .runlens/runlens.sarif · …`: every file written, relative to `cwd`. */
function reportsLine(paths, cwd) {
    const files = [
        paths.summary,
        paths.sarif,
        paths.runJson,
        paths.junit,
        paths.gitlab?.codeQuality,
        paths.gitlab?.secretDetection,
        paths.gitlab?.sast,
        paths.gitlab?.dependencyScanning,
        paths.gitlab?.dotenv,
    ].filter((f) => f !== undefined);
    return `Reports: ${files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, f) || f).join(' · ')}\n`;
}
function oneLine(s) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}


/***/ })

};
