export const id = 1380;
export const ids = [1380];
export const modules = {

/***/ 21380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGolden: () => (/* binding */ runGolden)
});

// EXTERNAL MODULE: ./lib/checks/check.js + 1 modules
var check = __webpack_require__(78929);
// EXTERNAL MODULE: ./lib/checks/golden/cases.js + 1 modules
var golden_cases = __webpack_require__(91418);
// EXTERNAL MODULE: ./lib/checks/golden/compare.js + 13 modules
var compare = __webpack_require__(94532);
// EXTERNAL MODULE: ./lib/checks/golden/obsolete.js
var golden_obsolete = __webpack_require__(16480);
// EXTERNAL MODULE: ./lib/checks/golden/producer.js
var producer = __webpack_require__(27041);
// EXTERNAL MODULE: ./lib/checks/golden/report.js
var report = __webpack_require__(72289);
// EXTERNAL MODULE: ./lib/base/markdown.js
var markdown = __webpack_require__(54536);
// EXTERNAL MODULE: ./lib/checks/golden/comparison.js
var comparison = __webpack_require__(74430);
;// CONCATENATED MODULE: ./lib/checks/golden/chart.js
// A Mermaid `xychart-beta` of a case's error series for the job summary. Values are scaled to a
// power of ten named in the axis title, because the chart syntax takes plain decimals only.

function errorChart(title, series, threshold) {
    const finite = series.maxAbs.filter((v) => Number.isFinite(v));
    const top = Math.max(0, ...finite);
    if (top === 0 || series.maxAbs.length < 2)
        return undefined;
    const exponent = Math.floor(Math.log10(top));
    const scale = 10 ** exponent;
    // Infinite errors (inf against a number) are drawn at the top of the chart.
    const values = series.maxAbs.map((v) => (Number.isFinite(v) ? v : top) / scale);
    const fmt = (v) => String(Number(v.toFixed(4)));
    const unitLabel = exponent === 0 ? '' : ` (×1e${exponent})`;
    const last = series.starts.at(-1);
    const width = series.starts.length > 1 ? series.starts[1] - series.starts[0] : 1;
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${chart_escape(title)}: largest |actual − expected| per ${width === 1 ? series.unit : `${width.toLocaleString('en-US')} ${series.unit}s`}"`,
        `  x-axis "${series.unit}" ${series.starts[0]} --> ${Math.max(last, series.total)}`,
        `  y-axis "abs error${unitLabel}" 0 --> ${fmt(Math.max(...values, threshold !== undefined ? threshold / scale : 0) * 1.05)}`,
        `  line [${values.map(fmt).join(', ')}]`,
    ];
    if (threshold !== undefined && threshold > 0 && threshold / scale >= 0.01) {
        lines.push(`  line [${values.map(() => fmt(threshold / scale)).join(', ')}]`);
    }
    lines.push('```');
    if (threshold !== undefined && threshold > 0 && threshold / scale >= 0.01) {
        lines.push(`<sub>The flat line is the absolute tolerance, ${(0,comparison/* formatNumber */.ZV)(threshold)}.</sub>`);
    }
    return lines.join('\n');
}
function chart_escape(s) {
    return s.replace(/"/g, "'");
}

;// CONCATENATED MODULE: ./lib/checks/golden/summary.js
// The golden step's part of the job summary: a table of cases, then for each failing case the worst
// differences, the diff (text) or a chart of the error along the data (numeric series).




/** Keeps the section well under GitHub's 1 MiB per step summary, whatever the number of cases. */
const MAX_TABLE_ROWS = 200;
const MAX_DETAILED_CASES = 10;
const ICON = {
    passed: '✅',
    failed: '❌',
    'missing-golden': '❌',
    'missing-actual': '❌',
    unmatched: '❌',
    malformed: '❌',
};
/** Inline code that stays inside its table cell: GFM splits cells at `|` even within backticks. */
function code(text, max = 80) {
    const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return `\`${clipped.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, '↵')}\``;
}
function whereCell(r) {
    const c = r.comparison;
    if (c?.maxAbs)
        return (0,markdown/* escapeMarkdown */.FV)((0,report/* placeText */.Z9)(c.maxAbs), 120);
    if (c?.first)
        return (0,markdown/* escapeMarkdown */.FV)((0,report/* placeText */.Z9)(c.first), 120);
    if (r.position)
        return (0,markdown/* escapeMarkdown */.FV)(`line ${r.position.line ?? '?'}${r.position.column !== undefined ? `:${r.position.column}` : ''} of ${r.position.file}`, 120);
    return '';
}
function resultCell(r) {
    switch (r.status) {
        case 'passed':
            return 'passed';
        case 'failed':
            return r.comparison && r.comparison.differences > 0 ? `${r.comparison.differences.toLocaleString('en-US')} differ` : 'differs';
        case 'missing-golden':
            return 'no golden file';
        case 'missing-actual':
            return 'no actual file';
        case 'unmatched':
            return 'no files match';
        case 'malformed':
            return 'malformed input';
    }
}
function differencesTable(worst) {
    const numeric = worst.some((d) => d.absError !== undefined);
    const head = (0,markdown/* tableHeader */.qd)([
        { title: 'where' },
        { title: 'golden' },
        { title: 'actual' },
        ...(numeric
            ? [
                { title: 'abs error', align: 'right' },
                { title: 'rel error', align: 'right' },
            ]
            : []),
        { title: 'note' },
    ]);
    const rows = worst.map((d) => (0,markdown/* tableRow */.jD)([
        (0,markdown/* escapeMarkdown */.FV)((0,report/* placeText */.Z9)(d), 120),
        code(d.expected),
        code(d.actual),
        ...(numeric ? [(0,comparison/* formatNumber */.ZV)(d.absError), (0,comparison/* formatNumber */.ZV)(d.relError)] : []),
        (0,markdown/* escapeMarkdown */.FV)(d.note ?? '', 80),
    ]));
    return [head, ...rows].join('\n');
}
function caseDetails(r) {
    const c = r.case;
    const lines = [];
    lines.push(`<details><summary>${ICON[r.status]} <code>${(0,markdown/* escapeMarkdown */.FV)(c.name, 200)}</code>: ${(0,markdown/* escapeMarkdown */.FV)(resultCell(r), 80)}</summary>`, '');
    lines.push(`Golden \`${c.expectedLabel}\`, actual \`${c.actualLabel}\` (${c.format}).`, '');
    lines.push((0,markdown/* escapeMarkdown */.FV)((0,report/* caseMessage */.Q9)(r), 2000), '');
    const comparison = r.comparison;
    if (comparison) {
        if (comparison.facts.length)
            lines.push(comparison.facts.map(([k, v]) => `**${(0,markdown/* escapeMarkdown */.FV)(k)}**: ${(0,markdown/* escapeMarkdown */.FV)(v, 300)}`).join(' · '), '');
        if (comparison.worst.length && comparison.format !== 'text')
            lines.push(differencesTable(comparison.worst), '');
        if (comparison.diff)
            lines.push('```diff', comparison.diff.replace(/```/g, "'''"), '```', '');
        if (comparison.series && comparison.maxAbs) {
            const t = c.tolerance;
            const chart = errorChart(c.name, comparison.series, t.rel === 0 ? t.abs : undefined);
            if (chart)
                lines.push(chart, '');
        }
    }
    lines.push('</details>');
    return lines.join('\n');
}
function goldenSummary(results, obsolete) {
    const failed = results.filter((r) => r.status !== 'passed');
    const out = [];
    out.push(failed.length === 0
        ? `**Golden data: all ${results.length} case${results.length === 1 ? '' : 's'} match.**`
        : `**Golden data: ${failed.length} of ${results.length} case${results.length === 1 ? '' : 's'} failed.**`, '');
    // Failing cases first: they are what a reader came for.
    const ordered = [...failed, ...results.filter((r) => r.status === 'passed')];
    out.push((0,markdown/* tableHeader */.qd)([
        { title: '' },
        { title: 'case' },
        { title: 'format' },
        { title: 'compared', align: 'right' },
        { title: 'result' },
        { title: 'max abs error', align: 'right' },
        { title: 'max rel error', align: 'right' },
        { title: 'where' },
    ]));
    for (const r of ordered.slice(0, MAX_TABLE_ROWS)) {
        const c = r.comparison;
        out.push((0,markdown/* tableRow */.jD)([
            ICON[r.status],
            code(r.case.name, 120),
            r.case.format,
            c ? `${c.compared.toLocaleString('en-US')} ${c.unit}` : '',
            (0,markdown/* escapeMarkdown */.FV)(resultCell(r)),
            c?.maxAbs ? (0,comparison/* formatNumber */.ZV)(c.maxAbs.value) : c && c.maxAbsAll ? `(${(0,comparison/* formatNumber */.ZV)(c.maxAbsAll)})` : '',
            c?.maxRel ? (0,comparison/* formatNumber */.ZV)(c.maxRel.value) : '',
            whereCell(r),
        ]));
    }
    if (ordered.length > MAX_TABLE_ROWS)
        out.push('', `_…and ${ordered.length - MAX_TABLE_ROWS} more cases (all in run.json and junit.xml)._`);
    out.push('', '<sub>Max errors are over the values out of tolerance; in parentheses, the largest error of a passing case.</sub>', '');
    for (const r of failed.slice(0, MAX_DETAILED_CASES))
        out.push(caseDetails(r), '');
    if (failed.length > MAX_DETAILED_CASES)
        out.push(`_Details of ${failed.length - MAX_DETAILED_CASES} more failing cases are in junit.xml._`, '');
    if (obsolete.length) {
        out.push(`**Obsolete golden files** (no case uses them): ${obsolete
            .slice(0, 50)
            .map((p) => `\`${p}\``)
            .join(', ')}${obsolete.length > 50 ? ` and ${obsolete.length - 50} more` : ''}`, '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./lib/checks/golden/run.js
// `uses: golden`: compares program outputs with known-good files, numerically where the data is numbers.







async function runGolden(ctx) {
    const opts = ctx.options;
    if (opts.run !== undefined) {
        const failure = await ctx.phase('produce actuals', () => (0,producer/* produceActuals */.w)(opts.run, ctx.exec, ctx.log));
        if (failure)
            return { status: 'failed', error: failure, findings: [] };
    }
    const allCases = await (0,golden_cases/* expandCases */.kc)(opts, ctx.cwd, ctx.workspace);
    // A sharded run compares this shard's cases; obsolete goldens are judged against every case.
    const cases = allCases.filter((c) => (0,check/* inShard */.Iw)(ctx, c.name));
    const results = [];
    for (const c of cases) {
        ctx.signal.throwIfAborted();
        const r = await ctx.phase(`case ${c.name}`, () => (0,compare/* evaluateCase */.E)(c, opts['max-differences'], ctx.signal, ctx.workspace), {
            'runlens.golden.case': c.name,
            'runlens.golden.format': c.format,
        });
        results.push(r);
        ctx.log(`${r.status === 'passed' ? 'pass' : 'FAIL'}  ${c.name} (${c.format}, ${r.durationMs} ms)${r.status === 'passed' ? '' : `: ${(0,report/* caseMessage */.Q9)(r)}`}`);
    }
    const obsolete = await (0,golden_obsolete/* findObsolete */.x)(opts, allCases, ctx.cwd, ctx.workspace);
    for (const path of obsolete)
        ctx.log(`note  ${path} is a golden file no case uses`);
    const failing = results.filter((r) => r.status !== 'passed');
    const failed = failing.length;
    ctx.log(`golden: ${results.length - failed} of ${results.length} cases match`);
    return {
        // A golden step is a test: a case that does not match fails it (StepOutcome.status). Obsolete goldens are notes.
        ...(failed > 0
            ? {
                status: 'failed',
                error: `${failed} of ${results.length} golden case${results.length === 1 ? '' : 's'} ${failed === 1 ? 'does' : 'do'} not match: ${listNames(failing.map((r) => r.case.name))}`,
            }
            : {}),
        findings: [...results.flatMap((r) => (0,report/* caseFinding */.u7)(r, ctx.stepId) ?? []), ...obsolete.map((p) => (0,report/* obsoleteFinding */.Ti)(p, ctx.stepId))],
        cases: results.map((r) => (0,report/* caseTestCase */.$R)(r, ctx.stepId)),
        summary: goldenSummary(results, obsolete),
    };
}
function listNames(names) {
    return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}


/***/ })

};
