export const id = 2460;
export const ids = [2460];
export const modules = {

/***/ 52460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyForSummary: () => (/* binding */ historyForSummary),
  reportHistory: () => (/* binding */ reportHistory)
});

// UNUSED EXPORTS: readRunHistory

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/ingest/run-json.js
var run_json = __webpack_require__(63976);
// EXTERNAL MODULE: ./lib/base/duration.js
var duration = __webpack_require__(68045);
// EXTERNAL MODULE: ./lib/base/markdown.js
var markdown = __webpack_require__(54536);
// EXTERNAL MODULE: ./lib/model/result.js
var result = __webpack_require__(94484);
;// CONCATENATED MODULE: ./lib/report/history.js
// How a pipeline trends over its last runs: duration and failure rate per step, as Markdown with
// Mermaid charts (GitHub and GitLab render `xychart-beta`). A pure function of earlier RunResults;
// `runlens report history` (src/commands/history.ts) reads them, and `runlens run --history DIR`
// appends the section to the job summary.



const DEFAULT_HISTORY_RUNS = 20;
/** Charts stay readable: the steps that take longest get a place on the chart, the table has every step. */
const CHART_STEPS = 12;
const SPARK = '▁▂▃▄▅▆▇█';
/** The runs in time order, the last `last` of them, and each step's trend over them. */
function pipelineHistory(runs, last = DEFAULT_HISTORY_RUNS) {
    const ordered = [...runs].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)).slice(-Math.max(1, last));
    const ids = [];
    for (const run of ordered)
        for (const s of run.steps)
            if (!ids.includes(s.id))
                ids.push(s.id);
    const steps = ids.map((id) => {
        const byRun = ordered.map((run) => {
            const s = run.steps.find((x) => x.id === id);
            return s && ran(s) ? s.durationMs : undefined;
        });
        const results = ordered.flatMap((run) => run.steps.filter((x) => x.id === id && ran(x)));
        return {
            id,
            ran: results.length,
            failed: results.filter((s) => (0,result/* stepFailed */._p)(s)).length,
            durationsMs: byRun.filter((d) => d !== undefined),
            byRun,
            lastFailed: results.length > 0 && (0,result/* stepFailed */._p)(results.at(-1)),
        };
    });
    return { name: ordered.at(-1)?.name ?? 'pipeline', runs: ordered, steps };
}
/** The history as Markdown: a verdict line, two Mermaid charts and a table of every step. */
function historyMarkdown(runs, opts = {}) {
    const h = pipelineHistory(runs, opts.last ?? DEFAULT_HISTORY_RUNS);
    const hashes = '#'.repeat(opts.level ?? 2);
    const failedRuns = h.runs.filter((r) => r.status === 'failed').length;
    const heading = `${hashes} Pipeline history: ${(0,markdown/* escapeMarkdown */.FV)(h.name)} (last ${h.runs.length} run${h.runs.length === 1 ? '' : 's'})`;
    const verdict = `${h.runs.length} run${h.runs.length === 1 ? '' : 's'} from ${day(h.runs[0].startedAt)} to ${day(h.runs.at(-1).startedAt)}: ` +
        `${failedRuns} failed (${percent(failedRuns, h.runs.length)}), median duration ${(0,duration/* formatDuration */.a)(median(h.runs.map((r) => r.durationMs)))}.`;
    return (0,markdown/* joinBlocks */.x9)(heading, verdict, runChart(h), stepChart(h), stepTable(h));
}
function runChart(h) {
    if (h.runs.length < 2)
        return undefined;
    const labels = h.runs.map((r, i) => runLabel(r, i));
    const seconds = h.runs.map((r) => round(r.durationMs / 1000));
    return mermaid([
        'xychart-beta',
        '  title "Run duration (s), oldest to newest"',
        `  x-axis [${labels.map(quote).join(', ')}]`,
        `  y-axis "seconds" 0 --> ${niceMax(Math.max(...seconds))}`,
        `  bar [${seconds.join(', ')}]`,
        `  line [${seconds.join(', ')}]`,
    ]);
}
function stepChart(h) {
    const charted = [...h.steps]
        .filter((s) => s.ran > 0)
        .sort((a, b) => median(b.durationsMs) - median(a.durationsMs))
        .slice(0, CHART_STEPS);
    if (charted.length === 0)
        return undefined;
    const seconds = charted.map((s) => round(median(s.durationsMs) / 1000));
    const failure = charted.map((s) => Math.round((100 * s.failed) / s.ran));
    const axis = `  x-axis [${charted.map((s) => quote(s.id)).join(', ')}]`;
    return (0,markdown/* joinBlocks */.x9)(mermaid([
        'xychart-beta',
        `  title "Median step duration (s) over the last ${h.runs.length} runs"`,
        axis,
        `  y-axis "seconds" 0 --> ${niceMax(Math.max(...seconds))}`,
        `  bar [${seconds.join(', ')}]`,
    ]), failure.some((f) => f > 0)
        ? mermaid([
            'xychart-beta',
            `  title "Step failure rate (%) over the last ${h.runs.length} runs"`,
            axis,
            '  y-axis "failed %" 0 --> 100',
            `  bar [${failure.join(', ')}]`,
        ])
        : undefined);
}
function stepTable(h) {
    const rows = h.steps.map((s) => (0,markdown/* tableRow */.jD)([
        `\`${(0,markdown/* escapeMarkdown */.FV)(s.id).replace(/`/g, "'")}\``,
        String(s.ran),
        s.failed ? `${s.failed} (${percent(s.failed, s.ran)})` : '0',
        s.ran ? (0,duration/* formatDuration */.a)(median(s.durationsMs)) : '–',
        s.ran ? `${(0,duration/* formatDuration */.a)(Math.min(...s.durationsMs))} – ${(0,duration/* formatDuration */.a)(Math.max(...s.durationsMs))}` : '–',
        s.ran ? `${(0,duration/* formatDuration */.a)(s.durationsMs.at(-1))}${s.lastFailed ? ' ✗' : ''}` : '–',
        sparkline(s.byRun),
    ]));
    return [
        (0,markdown/* tableHeader */.qd)([
            { title: 'step' },
            { title: 'ran', align: 'right' },
            { title: 'failed', align: 'right' },
            { title: 'median', align: 'right' },
            { title: 'range', align: 'right' },
            { title: 'last', align: 'right' },
            { title: 'trend (oldest → newest)' },
        ]),
        ...rows,
    ].join('\n');
}
/** Steps that did not run this time (skipped, replayed from the cache, kept by --resume) have no duration of their own. */
function ran(s) {
    return s.status !== 'skipped' && !s.cached && !s.resumed;
}
/** `▁▃█` per run, `·` where the step did not run; scaled to the step's own range. */
function sparkline(values) {
    const known = values.filter((v) => v !== undefined);
    if (known.length === 0)
        return '';
    const lo = Math.min(...known);
    const hi = Math.max(...known);
    return values
        .map((v) => (v === undefined ? '·' : SPARK[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (SPARK.length - 1))]))
        .join('');
}
function mermaid(lines) {
    return ['```mermaid', ...lines, '```'].join('\n');
}
/** A run's x-axis label: its short commit when run.json has one, else its start time. */
function runLabel(r, i) {
    const sha = r.platform?.sha?.slice(0, 7);
    const at = r.startedAt.slice(5, 16).replace('T', ' ');
    return `${i + 1}${sha ? ` ${sha}` : ` ${at}`}`;
}
/** Mermaid strings cannot hold a double quote or a line break. */
function quote(text) {
    return `"${text.replace(/["\r\n]/g, "'").slice(0, 40)}"`;
}
function median(xs) {
    if (xs.length === 0)
        return 0;
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function percent(n, of) {
    return of === 0 ? '0 %' : `${Math.round((100 * n) / of)} %`;
}
function round(x) {
    return Math.round(x * 10) / 10;
}
/** A y-axis top a little above the highest value, so the tallest bar does not touch the frame. */
function niceMax(x) {
    if (x <= 0)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(x));
    return Math.ceil((x * 1.1) / magnitude) * magnitude;
}
function day(iso) {
    return iso.slice(0, 10);
}

// EXTERNAL MODULE: ./lib/report/write-reports.js + 3 modules
var write_reports = __webpack_require__(22776);
;// CONCATENATED MODULE: ./lib/commands/history.js
// `runlens report history DIR|FILE…`: earlier runs' run.json files → the pipeline's trend (src/report/history.ts).
// A directory is an output directory holding run.json, or a folder of them (`history/<run>/run.json`, as
// downloaded artifacts lie). A file that is not a runlens run.json is an error naming the file and the place.






async function reportHistory(req) {
    const runs = await readRunHistory(req.paths, req.cwd);
    return historyMarkdown(runs, { ...(req.last ? { last: req.last } : {}), ...(req.level ? { level: req.level } : {}) });
}
/** Every run.json the paths name, read and checked; at least one, or a usage error. */
async function readRunHistory(paths, cwd) {
    if (paths.length === 0)
        throw new errors/* UsageError */.eb('report history: name the output directories (or run.json files) of earlier runs');
    const files = new Set();
    for (const p of paths)
        for (const f of await runFilesAt(external_node_path_.resolve(cwd, p), p))
            files.add(f);
    const runs = [];
    for (const file of files)
        runs.push(await (0,run_json/* readRunJson */.s)(file));
    return runs;
}
async function runFilesAt(target, given) {
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (!info)
        throw new errors/* UsageError */.eb(`report history: ${given}: no such file or directory`);
    if (info.isFile())
        return [target];
    const own = external_node_path_.join(target, write_reports/* REPORT_FILES */.J.runJson);
    if (await (0,promises_.stat)(own)
        .then((s) => s.isFile())
        .catch(() => false))
        return [own];
    const found = [];
    for (const entry of (await (0,promises_.readdir)(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const candidate = external_node_path_.join(target, entry.name, write_reports/* REPORT_FILES */.J.runJson);
        if (entry.isDirectory() &&
            (await (0,promises_.stat)(candidate)
                .then((s) => s.isFile())
                .catch(() => false)))
            found.push(candidate);
    }
    if (found.length === 0)
        throw new errors/* UsageError */.eb(`report history: ${given} holds no ${write_reports/* REPORT_FILES */.J.runJson} (nor do its folders); give output directories of earlier runs or their run.json files`);
    return found;
}
/**
 * `runlens run --history DIR`: the trend over the earlier runs and this one, for the job summary. Unreadable
 * history is a warning for the run's notes, never a failed run.
 */
async function historyForSummary(current, paths, cwd) {
    try {
        const earlier = await readRunHistory(paths, cwd);
        // The output dir's own run.json is the previous run until the reports overwrite it: never this run twice.
        const runs = [...earlier.filter((r) => r.startedAt !== current.startedAt), current];
        return { markdown: historyMarkdown(runs, { level: 3 }) };
    }
    catch (err) {
        return { warning: `The pipeline history is left out of the summary: ${err.message}` };
    }
}


/***/ })

};
