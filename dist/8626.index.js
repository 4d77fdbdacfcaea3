export const id = 8626;
export const ids = [8626];
export const modules = {

/***/ 38626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ensureChangeHistory: () => (/* binding */ ensureChangeHistory)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// Issue 13 item 6: a shallow clone cut inside the change under review makes the secret scan of its commits
// silently miss what one commit added and the next removed. Compare what the clone holds with what the change
// has, fetch the missing commits when the remote allows, and otherwise say so with the fix.



function git(cwd, args, signal) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, signal, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => resolve({ ok: !err, stdout: stdout.trim(), stderr: (stderr || err?.message || '').trim() }));
    });
}
async function shallowBoundary(cwd, signal) {
    const dir = await git(cwd, ['rev-parse', '--git-dir'], signal);
    if (!dir.ok)
        return undefined;
    try {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, dir.stdout), 'shallow'), 'utf8');
        return new Set(text.split('\n').filter(Boolean));
    }
    catch {
        return new Set();
    }
}
async function measure(c) {
    const has = async (sha) => (await git(c.cwd, ['cat-file', '-e', `${sha}^{commit}`], c.signal)).ok;
    if (!(await has(c.head)))
        return { commits: 0, missing: -1, reason: `the head commit ${c.head.slice(0, 12)} is not in this clone` };
    const boundary = await shallowBoundary(c.cwd, c.signal);
    if (boundary === undefined)
        return undefined;
    const baseThere = await has(c.base);
    const list = await git(c.cwd, ['rev-list', baseThere ? `${c.base}..${c.head}` : c.head], c.signal);
    if (!list.ok)
        return undefined;
    const shas = list.stdout.split('\n').filter(Boolean);
    // Without the base, rev-list walked all the head's history the clone has: it ends at the shallow boundary.
    const cut = shas.some((s) => boundary.has(s));
    if (!baseThere && boundary.size === 0)
        return undefined; // a full clone without the base: not a depth problem
    const commits = shas.length;
    if (c.expectedCommits !== undefined && commits < c.expectedCommits) {
        return {
            commits,
            missing: c.expectedCommits - commits,
            reason: `only ${commits} of the change's ${c.expectedCommits} commits are in this clone`,
        };
    }
    if (!baseThere)
        return { commits, missing: -1, reason: `the base commit ${c.base.slice(0, 12)} is not in this clone` };
    if (cut && c.expectedCommits === undefined) {
        return { commits, missing: -1, reason: `the history of base..head is cut by the shallow clone after ${commits} commits` };
    }
    return { commits, missing: 0 };
}
function fix(platform) {
    if (platform === 'gitlab')
        return 'set GIT_DEPTH: 0 (or a depth above the merge request’s commit count) on the job';
    if (platform === 'github')
        return 'check out with actions/checkout `fetch-depth: 0`';
    return 'fetch the full history (git fetch --unshallow)';
}
/**
 * Checks that the clone holds every commit of base..head; in a shallow clone that misses some, deepens it
 * (`git fetch --deepen`) once or twice; returns a warning naming the fix when commits are still missing.
 * A full clone costs two git calls.
 */
async function ensureChangeHistory(c) {
    // A full clone holds every commit it can; a missing base or head there is the secret scan's to report.
    const shallow = await git(c.cwd, ['rev-parse', '--is-shallow-repository'], c.signal);
    if (!shallow.ok || shallow.stdout !== 'true')
        return {};
    let gap = await measure(c);
    if (!gap)
        return {};
    if (gap.missing === 0)
        return { commits: gap.commits };
    const remote = c.remote ?? 'origin';
    let fetched;
    let fetchError;
    for (let attempt = 0; attempt < 2 && gap.missing !== 0; attempt++) {
        // One more than missing reaches the merge base; unknown counts deepen by 50, then 100.
        const by = gap.missing > 0 ? gap.missing + 1 : 50 * (attempt + 1);
        const args = ['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', `--deepen=${by}`, remote, c.head];
        const r = await git(c.cwd, args, c.signal);
        if (!r.ok) {
            // A remote URL may carry a token (https://x-access-token:…@host): keep only the host.
            fetchError = (r.stderr.split('\n').find((l) => l.trim() !== '') ?? 'git fetch failed').replace(/\/\/[^/@\s]+@/g, '//');
            break;
        }
        fetched = `deepened the shallow clone by ${by} commits (git fetch --deepen=${by} ${remote})`;
        const next = await measure(c);
        if (!next)
            break;
        gap = next;
    }
    if (gap.missing === 0)
        return { commits: gap.commits, fetched };
    const tried = fetchError ? ` (fetching them failed: ${fetchError})` : '';
    return {
        commits: gap.commits,
        fetched,
        warning: `Incomplete history: ${gap.reason}${tried}, so secrets added and removed within the change may be missed; ${fix(c.platform)}.`,
    };
}


/***/ })

};
