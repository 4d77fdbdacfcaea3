export const id = 9437;
export const ids = [9437];
export const modules = {

/***/ 49437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadChangeSet: () => (/* binding */ loadChangeSet)
/* harmony export */ });
/* unused harmony export parseUnifiedDiff */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
// The change under review, from git: `git diff base...head` parsed into the lines each file gained and its
// hunks (src/findings/new-only.ts filters findings by them).
//
// A small parser rather than parse-diff/gitdiff-parser: runlens runs git itself with fixed flags, so the input
// is one known shape, and only three facts are needed (new-side path, hunk ranges, added lines). Context is
// git's default 3 lines, as reviewdog's diff_context uses.

function git(cwd, args, signal) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, signal, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => resolve({ ok: !err, stdout, stderr: stderr || (err?.message ?? '') }));
    });
}
/**
 * `git diff base...head` (from their merge base). In a shallow clone without the merge base, falls back to
 * `git diff base head` when head descends from base's tip (GitHub's merge commit), else says why.
 */
async function loadChangeSet(req) {
    const flags = [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--relative',
        '-U3',
        '--src-prefix=a/',
        '--dst-prefix=b/',
    ];
    let r = await git(req.cwd, [...flags, `${req.base}...${req.head}`, '--'], req.signal);
    if (!r.ok) {
        // No merge base in a shallow clone: GitHub's checkout of a PR is a merge commit of base and head, and its
        // diff from base is the PR's change; a head that descends from base diffs from base directly.
        const parents = await git(req.cwd, ['rev-parse', 'HEAD^1', 'HEAD^2'], req.signal);
        const [first, second] = parents.stdout.trim().split('\n');
        const direct = await git(req.cwd, ['merge-base', '--is-ancestor', req.base, req.head], req.signal);
        if (parents.ok && first === req.base && second === req.head)
            r = await git(req.cwd, [...flags, req.base, 'HEAD', '--'], req.signal);
        else if (direct.ok)
            r = await git(req.cwd, [...flags, req.base, req.head, '--'], req.signal);
    }
    if (!r.ok) {
        const why = r.stderr.trim().split('\n')[0] ?? 'git diff failed';
        return {
            unavailable: `git diff ${req.base.slice(0, 12)}...${req.head.slice(0, 12)} failed (${why}); fetch the history (actions/checkout fetch-depth: 0, GIT_DEPTH: 0 on GitLab)`,
        };
    }
    return { changes: { base: req.base, head: req.head, files: parseUnifiedDiff(r.stdout) } };
}
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Parses `git diff` output: new-side path → added lines and hunk ranges. Deleted files are left out. */
function parseUnifiedDiff(diff) {
    const files = new Map();
    let file;
    let line = 0;
    let remaining = 0;
    const addLine = (ranges, n) => {
        const last = ranges.at(-1);
        if (last && last[1] === n - 1)
            last[1] = n;
        else
            ranges.push([n, n]);
    };
    for (const text of diff.split('\n')) {
        if (remaining > 0 && file) {
            // Inside a hunk: ' ' context and '+' added lines advance the new side; '-' does not.
            if (text.startsWith('+')) {
                addLine(file.added, line);
                line += 1;
                remaining -= 1;
            }
            else if (text.startsWith(' ') || text === '') {
                line += 1;
                remaining -= 1;
            }
            continue;
        }
        if (text.startsWith('diff --git ')) {
            file = undefined;
        }
        else if (text.startsWith('+++ ')) {
            const target = unquote(text.slice(4));
            if (target === '/dev/null')
                file = undefined;
            else {
                file = { added: [], hunks: [] };
                files.set(target.replace(/^b\//, ''), file);
            }
        }
        else if (file) {
            const m = HUNK.exec(text);
            if (m) {
                const start = Number(m[1]);
                const count = m[2] === undefined ? 1 : Number(m[2]);
                line = start;
                remaining = count;
                // A pure deletion (+N,0) sits between lines N and N+1; keep both as its context.
                if (count > 0)
                    file.hunks.push([start, start + count - 1]);
                else
                    file.hunks.push([Math.max(1, start), start + 1]);
            }
        }
    }
    return files;
}
/** git C-quotes paths with tabs, newlines, quotes or backslashes even with core.quotePath=false. */
function unquote(p) {
    const trimmed = p.replace(/\t$/, '');
    if (!trimmed.startsWith('"'))
        return trimmed;
    const bytes = [];
    const body = trimmed.slice(1, -1);
    const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ })

};
