export const id = 2574;
export const ids = [2574];
export const modules = {

/***/ 22574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeShards: () => (/* binding */ mergeShards)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/model/result.js
var model_result = __webpack_require__(94484);
// EXTERNAL MODULE: ./lib/findings/gate.js
var findings_gate = __webpack_require__(26063);
;// CONCATENATED MODULE: ./lib/findings/merge-runs.js
// `runlens merge`: the run.json of each shard of a sharded run → one RunResult, as if one job had run.
// A step run whole comes from the one shard that ran it; a split step's results (each shard's share of
// the items) are joined; what several shards reported alike counts once. A shard that left no run.json, or steps no
// shard reported, make the merged run fail with a note saying which; nothing is silently left out.



// Worst first: the merged status of a split step is its worst shard's.
const STATUS_RANK = ['failed', 'timed-out', 'cancelled', 'skipped', 'passed'];
function mergeShardRuns(inputs, opts) {
    const present = inputs.filter((i) => i.run !== undefined);
    if (present.length === 0)
        throw new errors/* UsageError */.eb(`none of ${inputs.map((i) => i.dir).join(', ')} holds a run.json to merge`);
    for (const i of present)
        if (!i.run.shard)
            throw new errors/* UsageError */.eb(`${i.dir}/run.json is not a shard's run (it was not run with --shard I/N); merge combines the shards of one sharded run`);
    const first = present[0].run;
    const total = first.shard.total;
    const notes = [];
    const byIndex = new Map();
    for (const i of present) {
        const s = i.run.shard;
        if (s.total !== total)
            throw new errors/* UsageError */.eb(`${i.dir} is shard ${s.index}/${s.total}, but ${present[0].dir} is of ${total} shards: these are not the shards of one run`);
        const twin = byIndex.get(s.index);
        if (twin)
            throw new errors/* UsageError */.eb(`${twin.dir} and ${i.dir} are both shard ${s.index}/${total}; give each shard's output once`);
        byIndex.set(s.index, i);
    }
    for (const i of inputs.filter((x) => !x.run))
        notes.push(`${i.dir} has no run.json: that shard's job did not finish or its output was not collected.`);
    const merged = [];
    for (let index = 1; index <= total; index++) {
        const got = byIndex.get(index);
        merged.push(got ? { index, dir: got.dir, status: got.run.status } : { index, status: 'missing' });
        if (!got)
            notes.push(`shard ${index}/${total} is missing: no run.json of it was given to merge; its steps did not report.`);
        else if (got.run.status !== 'passed')
            notes.push(`shard ${index}/${total} (${got.dir}) ${got.run.status}.`);
    }
    const plan = first.shard.plan;
    const steps = [];
    for (const id of plan) {
        const parts = present.flatMap((i) => i.run.steps.filter((s) => s.id === id).map((s) => ({ step: s, index: i.run.shard.index })));
        const split = present.some((i) => i.run.shard.split.includes(id));
        if (parts.length === 0) {
            const owner = present.length < total ? 'its shard is missing' : 'no shard ran it';
            steps.push((0,model_result/* stepNotRun */.Vy)({ id, kind: 'run', needs: [] }, 'cancelled', `did not report: ${owner}`));
            continue;
        }
        const step = parts.length === 1 && !split ? parts[0].step : joinSplit(parts, total);
        if (split && parts.length < total)
            step.reason = joinReason(step.reason, `only ${parts.length} of ${total} shards reported their share of its items`);
        steps.push(step);
    }
    const missing = merged.some((m) => m.status === 'missing') || steps.some((s) => s.status === 'cancelled' && s.reason?.startsWith('did not report'));
    const findings = steps.flatMap((s) => s.findings);
    const gate = (0,findings_gate/* evaluateGate */.D)(steps, first.gate.failOn);
    const anyStepFailed = steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
    const cancelled = present.some((i) => i.run.status === 'cancelled');
    const status = cancelled && !missing ? 'cancelled' : missing || anyStepFailed || !gate.passed ? 'failed' : 'passed';
    const startedAt = min(present.map((i) => i.run.startedAt));
    const finishedAt = max(present.map((i) => i.run.finishedAt));
    const traceIds = new Set(present.map((i) => i.run.traceId).filter(Boolean));
    if (traceIds.size > 1)
        notes.push(`the shards have ${traceIds.size} different trace ids: set telemetry.deterministic-trace-id (or run them in one CI run) so they share one trace.`);
    for (const i of present)
        for (const n of i.run.notes)
            notes.push(total > 1 ? `shard ${i.run.shard.index}/${total}: ${n}` : n);
    const result = {
        version: first.version,
        runlensVersion: first.runlensVersion,
        name: first.name,
        status,
        startedAt,
        finishedAt,
        durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
        workspace: first.workspace,
        ...(first.configPath ? { configPath: first.configPath } : {}),
        outputDir: first.outputDir,
        dryRun: false,
        platform: { ...first.platform },
        steps,
        counts: (0,findings_gate/* countFindings */.G)(findings),
        gate,
        exitCode: status === 'passed' ? opts.exitCodes.passed : opts.exitCodes.failed,
        notes: [...new Set(notes)],
        ...(first.review ? { review: first.review } : {}),
        ...(traceIds.size >= 1 ? { traceId: [...traceIds][0] } : {}),
        ...mergedCost(present.map((i) => i.run)),
        merged,
    };
    // One job's platform facts (its job URL) would mislead for a merged run.
    delete result.platform.job;
    delete result.platform.jobUrl;
    return result;
}
function joinSplit(parts, total) {
    parts.sort((a, b) => a.index - b.index);
    const steps = parts.map((p) => p.step);
    const base = steps[0];
    const status = STATUS_RANK.find((r) => steps.some((s) => s.status === r)) ?? 'passed';
    const reasons = parts.filter((p) => p.step.reason).map((p) => `shard ${p.index}/${total}: ${p.step.reason}`);
    const started = steps.map((s) => s.startedAt).filter((s) => !!s);
    const summaries = [...new Set(steps.map((s) => s.summary).filter((s) => !!s))];
    const warnings = [...new Set(steps.flatMap((s) => s.warnings ?? []))];
    const tools = uniqueBy(steps.flatMap((s) => s.tools ?? []), (t) => `${t.name}\0${t.category}`);
    return {
        id: base.id,
        kind: base.kind,
        needs: base.needs,
        status,
        allowedFailure: steps.some((s) => s.allowedFailure) && (0,model_result/* stepFailed */._p)({ status }),
        ...(reasons.length ? { reason: reasons.join('; ') } : {}),
        ...(started.length ? { startedAt: min(started) } : {}),
        // The shards ran side by side: the step took as long as its slowest share.
        durationMs: Math.max(...steps.map((s) => s.durationMs)),
        attempts: steps.flatMap((s) => s.attempts),
        exitCode: steps.map((s) => s.exitCode).find((c) => c !== null && c !== 0) ?? base.exitCode,
        ...(base.logPath ? { logPath: base.logPath } : {}),
        findings: acrossShards(steps.map((s) => s.findings), (f) => `${f.tool}\0${f.ruleId}\0${f.fingerprint}\0${f.location?.path ?? ''}\0${f.location?.startLine ?? ''}`),
        cases: acrossShards(steps.map((s) => s.cases), (c) => `${c.suite}\0${c.classname ?? ''}\0${c.name}`),
        artifacts: [...new Set(steps.flatMap((s) => s.artifacts))],
        ...(summaries.length ? { summary: summaries.join('\n\n') } : {}),
        ...(tools.length ? { tools } : {}),
        ...(warnings.length ? { warnings } : {}),
        ...(steps.every((s) => s.cached) ? { cached: true } : {}),
        ...stepCostSum(steps),
        shards: parts.map((p) => p.index),
    };
}
/** Each shard is a job of its own, billed on its own: the merged run costs what its shards cost together. */
function mergedCost(runs) {
    const costs = runs.map((r) => r.cost).filter((c) => c !== undefined);
    const first = costs[0];
    if (!first || costs.some((c) => c.currency !== first.currency))
        return {};
    const sum = (f) => Math.round(costs.reduce((a, c) => a + (f(c) ?? 0), 0) * 1e6) / 1e6;
    const cost = {
        minutes: sum((c) => c.minutes),
        wallMinutes: sum((c) => c.wallMinutes),
        amount: sum((c) => c.amount),
        currency: first.currency,
        rate: first.rate,
        rateSource: first.rateSource,
        runner: first.runner,
        ...(first.costFactor !== undefined ? { costFactor: first.costFactor, computeMinutes: sum((c) => c.computeMinutes) } : {}),
        ...(first.base ? { base: first.base } : {}),
    };
    return { cost };
}
function stepCostSum(steps) {
    const costs = steps.map((s) => s.cost).filter((c) => c !== undefined);
    if (costs.length === 0 || costs.some((c) => c.currency !== costs[0].currency))
        return {};
    const sum = (f) => Math.round(costs.reduce((a, c) => a + f(c), 0) * 1e6) / 1e6;
    return { cost: { minutes: sum((c) => c.minutes), amount: sum((c) => c.amount), currency: costs[0].currency } };
}
/**
 * Each shard's items, in shard order, less what an earlier shard already reported: work every shard did
 * whole (a history scan, obsolete goldens) counts once, while one shard's own repeats (two findings that
 * share a fingerprint, as one job would report them) stay.
 */
function acrossShards(perShard, key) {
    const earlier = new Set();
    const out = [];
    for (const items of perShard) {
        const keys = items.map(key);
        items.forEach((t, i) => {
            if (!earlier.has(keys[i]))
                out.push(t);
        });
        for (const k of keys)
            earlier.add(k);
    }
    return out;
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((t) => {
        const k = key(t);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function joinReason(a, b) {
    return a ? `${a}; ${b}` : b;
}
const min = (xs) => xs.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
const max = (xs) => xs.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

// EXTERNAL MODULE: ./lib/ingest/run-json.js
var run_json = __webpack_require__(63976);
// EXTERNAL MODULE: ./lib/report/outputs.js
var outputs = __webpack_require__(8568);
// EXTERNAL MODULE: ./lib/report/write-reports.js + 3 modules
var write_reports = __webpack_require__(22776);
// EXTERNAL MODULE: ./lib/telemetry/index.js + 6 modules
var telemetry = __webpack_require__(5886);
;// CONCATENATED MODULE: ./lib/commands/merge.js
// `runlens merge DIR...`: the output directories of a sharded run's jobs → one set of reports, as if one
// job had run: run.json, runlens.sarif, summary.md, junit.xml, the GitLab reports, the step logs and
// one trace (the shards share a trace id derived from the CI run id).









async function mergeShards(req) {
    if (req.dirs.length === 0)
        throw new errors/* UsageError */.eb('merge: name the output directories of the shards, e.g. runlens merge shards/*');
    const out = external_node_path_.resolve(req.outputDir);
    if (req.dirs.some((d) => external_node_path_.resolve(d) === out))
        throw new errors/* UsageError */.eb(`merge: the output directory ${out} is also a shard's; merge into another directory (--output-dir)`);
    const inputs = [];
    for (const dir of req.dirs)
        inputs.push({ dir, ...(await readShard(dir)) });
    const run = mergeShardRuns(inputs, { exitCodes: { passed: errors/* EXIT */.dc.passed, failed: errors/* EXIT */.dc.failed } });
    run.outputDir = out;
    await (0,promises_.mkdir)(external_node_path_.join(out, 'logs'), { recursive: true });
    await mergeLogs(run, inputs, out);
    const traced = await mergeTraces(inputs, external_node_path_.join(out, telemetry/* TRACE_FILE */.BQ));
    const summaryTail = traced ? (0,telemetry/* traceSummaryMarkdown */.tV)(run) : '';
    const paths = await (0,write_reports/* writeReports */.L)(run, { outputDir: out, gitlab: req.platform.info.kind === 'gitlab', summaryTail });
    await req.platform.writeSummary(await (0,promises_.readFile)(paths.summary, 'utf8'));
    await req.platform.setOutputs((0,outputs/* actionOutputs */.d)(run, paths));
    return { run, paths };
}
async function readShard(dir) {
    const file = external_node_path_.join(dir, write_reports/* REPORT_FILES */.J.runJson);
    // A shard that wrote nothing (it crashed, its artifact is missing) is told apart from a damaged one.
    if (!(0,external_node_fs_.existsSync)(file))
        return {};
    return { run: await (0,run_json/* readRunJson */.s)(file) };
}
/** Each step's log, from the shard that ran it; a split step's logs one after the other under a header per shard. */
async function mergeLogs(run, inputs, out) {
    for (const step of run.steps) {
        const sources = inputs.filter((i) => i.run?.steps.some((s) => s.id === step.id && s.logPath));
        if (sources.length === 0)
            continue;
        const logPath = `logs/${step.id}.log`;
        const target = external_node_path_.join(out, logPath);
        if (sources.length === 1) {
            const s = sources[0].run.steps.find((x) => x.id === step.id);
            const ok = await (0,promises_.copyFile)(external_node_path_.join(sources[0].dir, s.logPath), target).then(() => true, () => false);
            if (ok)
                step.logPath = logPath;
            else
                delete step.logPath;
            continue;
        }
        const parts = [];
        for (const i of sources) {
            const s = i.run.steps.find((x) => x.id === step.id);
            const text = await (0,promises_.readFile)(external_node_path_.join(i.dir, s.logPath), 'utf8').catch(() => '(log missing)\n');
            parts.push(`── shard ${i.run.shard?.index}/${i.run.shard?.total} (${i.dir}) ──\n${text}`);
        }
        await (0,promises_.writeFile)(target, parts.join(''));
        step.logPath = logPath;
    }
}
/** The shards' OTLP JSON lines, one after the other: one trace when they share the trace id. */
async function mergeTraces(inputs, target) {
    const parts = [];
    for (const i of inputs) {
        const text = await (0,promises_.readFile)(external_node_path_.join(i.dir, telemetry/* TRACE_FILE */.BQ), 'utf8').catch(() => '');
        if (text.trim())
            parts.push(text.endsWith('\n') ? text : `${text}\n`);
    }
    if (parts.length === 0)
        return false;
    await (0,promises_.writeFile)(target, parts.join(''));
    return true;
}


/***/ })

};
