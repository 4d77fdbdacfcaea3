export const id = 1919;
export const ids = [1919,7456];
export const modules = {

/***/ 27456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ isForkPullRequest),
/* harmony export */   uploadSarifToGithub: () => (/* binding */ uploadSarifToGithub)
/* harmony export */ });
/* unused harmony exports analysisRef, SarifUploadError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
// SARIF to code scanning from the step itself (`upload-sarif: true`): gzip + base64 to
// `POST /repos/{owner}/{repo}/code-scanning/sarifs` with the commit and ref the analysis belongs to, then
// poll `GET …/sarifs/{id}` until GitHub has processed it. Every failure says what to change.




const gzipAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzip);
/** `commit_sha` and `ref` of the analysis, as code scanning files it. */
function analysisRef(t) {
    const pr = t.event.pull_request;
    if (pr?.number !== undefined && (t.eventName === 'pull_request' || t.eventName === 'pull_request_target')) {
        // The checkout decides: the PR's head commit (a workflow that checks out head.sha) files under refs/pull/N/head;
        // the default, the test merge commit (GITHUB_SHA on pull_request), under refs/pull/N/merge.
        if (t.checkedOut && pr.head?.sha && t.checkedOut === pr.head.sha)
            return { commitSha: pr.head.sha, ref: `refs/pull/${pr.number}/head` };
        if (t.eventName === 'pull_request')
            return { commitSha: t.checkedOut ?? t.env.GITHUB_SHA, ref: `refs/pull/${pr.number}/merge` };
        // pull_request_target runs on the base branch: its checkout is the base's code, filed under the base ref.
        return { commitSha: t.checkedOut ?? t.env.GITHUB_SHA, ref: t.env.GITHUB_REF };
    }
    if (t.eventName === 'merge_group')
        return { commitSha: t.event.merge_group?.head_sha ?? t.env.GITHUB_SHA, ref: t.event.merge_group?.head_ref ?? t.env.GITHUB_REF };
    return { commitSha: t.checkedOut ?? t.env.GITHUB_SHA, ref: t.env.GITHUB_REF };
}
/** A pull request from another repository: GitHub gives its `pull_request` workflows a read-only token. */
function isForkPullRequest(eventName, event) {
    const pr = event.pull_request;
    if (eventName !== 'pull_request' || !pr)
        return false;
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    // A deleted fork has `head.repo: null`.
    return pr.head?.repo === null || (!!head && !!base && head !== base);
}
class SarifUploadError extends Error {
}
async function uploadSarifToGithub(t, file, checkout, bounds) {
    if (isForkPullRequest(t.eventName, t.event))
        return {
            uploaded: false,
            detail: `not uploaded: this pull request comes from a fork (${t.event.pull_request?.head?.repo?.full_name ?? 'deleted'}), and GitHub gives fork pull requests a read-only token. Code scanning gets this SARIF from the run on the base branch; it is in ${file}.`,
        };
    const { commitSha, ref } = analysisRef(t);
    if (!commitSha || !ref)
        return { uploaded: false, detail: 'not uploaded: GITHUB_SHA or GITHUB_REF is not set' };
    const [owner, repo] = t.repository.split('/');
    // The API client (@actions/github, octokit) only when uploading: every action run imports this module (github-trust.ts).
    const { githubClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(4022)]).then(__webpack_require__.bind(__webpack_require__, 61641));
    const octokit = githubClient(t.token, t.apiUrl, bounds);
    const sarif = (await gzipAsync(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file))).toString('base64');
    let id;
    try {
        const { data } = await octokit.rest.codeScanning.uploadSarif({
            owner,
            repo,
            commit_sha: commitSha,
            ref,
            sarif,
            checkout_uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(checkout).href,
            tool_name: 'runlens',
        });
        if (!data.id)
            throw new SarifUploadError('GitHub accepted the SARIF upload but returned no id to follow it by');
        id = data.id;
    }
    catch (err) {
        throw new SarifUploadError(explain(err, t));
    }
    // Processing takes seconds to minutes; the phase's signal bounds the wait.
    for (;;) {
        await sleep(bounds.pollIntervalMs, bounds.signal);
        let status;
        try {
            ({ data: status } = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: id }));
        }
        catch (err) {
            // Just after the upload the id may not be known yet.
            if (err.status === 404)
                continue;
            throw new SarifUploadError(explain(err, t));
        }
        if (status.processing_status === 'complete')
            return { uploaded: true, detail: `processed for ${ref} at ${commitSha.slice(0, 12)} (${status.analyses_url ?? `upload ${id}`})` };
        if (status.processing_status === 'failed')
            return {
                uploaded: true,
                detail: `upload ${id}`,
                warning: `code scanning could not process the SARIF (upload ${id}): ${(status.errors ?? []).join('; ') || 'no reason given'}`,
            };
    }
}
function explain(err, t) {
    const status = err.status;
    const said = (err.response?.data?.message ?? err.message).trim();
    // GitHub Enterprise Server serves the API under /api/v3 (GITHUB_API_URL); code scanning there is a licensed feature.
    const ghes = /\/api\/v3\/?$/.test(t.apiUrl)
        ? ` (GitHub Enterprise Server at ${t.apiUrl}: code scanning needs GitHub Advanced Security licensed for the instance and enabled for the repository)`
        : '';
    if (status === 403 && /not accessible by integration|permission|scope/i.test(said))
        return `the SARIF upload was refused (403: ${said}): give the job \`permissions: security-events: write\` (and \`contents: read\`); a fork pull request's token can never write`;
    if ((status === 403 || status === 404) && /not enabled|advanced security|code scanning/i.test(said))
        return `code scanning is not enabled for ${t.repository} (${status}: ${said}): enable it under Settings → Code security${ghes}`;
    if (status === 404)
        return `the SARIF upload endpoint was not found for ${t.repository} (404: ${said}): code scanning may not be enabled, or the token cannot see the repository${ghes}`;
    if (status === 413)
        return `the SARIF is too large for code scanning (413: ${said})`;
    return status ? `the SARIF upload failed (${status}: ${said})${ghes}` : `the SARIF upload failed: ${said}`;
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new SarifUploadError('code scanning did not finish processing the SARIF in time'));
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new SarifUploadError('code scanning did not finish processing the SARIF in time; it may still appear'));
        }, { once: true });
    });
}


/***/ }),

/***/ 91919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubRunRefusal: () => (/* binding */ githubRunRefusal)
/* harmony export */ });
/* unused harmony exports untrustedRunReason, readBaseFileThroughApi */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59425);
/* harmony import */ var _github_sarif_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27456);
// Untrusted code on GitHub: which runs must not execute the `run:` steps of the runlens.yml they were given.
// - `pull_request_target` runs with the base repository's secrets and a write token, whatever the PR holds:
//   a `run:` step there runs with those, so none runs unless the workflow says `allow-untrusted-run: true`.
// - A `pull_request` from a fork whose runlens.yml is not the base's: its `run:` steps are the fork's own
//   commands. When the base's copy cannot be read to compare, the PR's config is not trusted either.
// - `workflow_run` after a fork's pull request: it runs with the base's secrets and write token too, and the
//   workflows that use it usually check out the fork's head (the "pwn request" pattern): refused the same way.
// Checks (`uses:`) still run: they read the checked-out files, they do not execute them.






const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Why `run:` steps are refused, or undefined when they may run. */
async function untrustedRunReason(t) {
    if (t.allowUntrustedRun)
        return undefined;
    const how = 'set the action input `allow-untrusted-run: true` only if this workflow may run the pull request’s commands';
    if (t.env.GITHUB_EVENT_NAME === 'pull_request_target')
        return `refused under pull_request_target: a run: step there runs with the base repository's secrets and write token (${how})`;
    if (t.env.GITHUB_EVENT_NAME === 'workflow_run') {
        const e = t.event;
        const head = e.workflow_run?.head_repository;
        const base = e.repository?.full_name ?? t.env.GITHUB_REPOSITORY;
        if (e.workflow_run && (head === null || (head?.full_name && base && head.full_name !== base)))
            return `refused under workflow_run started by ${head?.full_name ?? 'a deleted fork'}'s ${e.workflow_run.event ?? 'event'}: it runs with the base repository's secrets and write token, and the checkout may be the fork's code (${how})`;
    }
    if (!(0,_github_sarif_js__WEBPACK_IMPORTED_MODULE_5__/* .isForkPullRequest */ .B7)(t.env.GITHUB_EVENT_NAME, t.event) || !t.configPath)
        return undefined;
    const fork = t.event.pull_request?.head?.repo?.full_name ?? 'a deleted fork';
    const rel = (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .repoRelative */ .Ne)(t.root, t.configPath);
    const baseSha = t.event.pull_request?.base?.sha;
    if (!rel || !baseSha)
        return `refused: ${fork}'s config is not in the checkout or the base commit is unknown (${how})`;
    const theirs = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(t.configPath, 'utf8');
    const base = (await gitShow(t.root, baseSha, rel)) ?? (await t.readBaseFile?.(rel, baseSha).catch(() => undefined));
    if (base === undefined)
        return `refused: this pull request comes from ${fork} and the base's ${rel} (${baseSha.slice(0, 12)}) could not be read to compare (${how})`;
    if (base !== theirs)
        return `refused: this pull request from ${fork} changes ${rel}, and its run: steps are the fork's commands (${how})`;
    return undefined;
}
/** A file at a commit, through git without a shell; undefined when git lacks the commit or the file. */
async function gitShow(root, sha, rel) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    try {
        const { stdout } = await run('git', ['-C', root, 'cat-file', 'blob', `${sha}:${rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/')}`], {
            maxBuffer: 16 * 1024 * 1024,
            encoding: 'utf8',
        });
        return stdout;
    }
    catch {
        return undefined;
    }
}
/** `GET /repos/{owner}/{repo}/contents/{path}?ref=sha`, raw: the base's copy when the checkout lacks the commit. */
function readBaseFileThroughApi(opts) {
    return async (repoPath, sha) => {
        const { githubClient } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(1641)]).then(__webpack_require__.bind(__webpack_require__, 61641));
        const [owner, repo] = opts.repository.split('/');
        const octokit = githubClient(opts.token, opts.apiUrl, { timeoutMs: opts.timeoutMs });
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path: repoPath, ref: sha, mediaType: { format: 'raw' } });
        return typeof data === 'string' ? data : undefined;
    };
}
/** The action door's question, from the runner's environment: why this run's `run:` steps must not run, if so. */
async function githubRunRefusal(opts) {
    const { readEvent } = await __webpack_require__.e(/* import() */ 9520).then(__webpack_require__.bind(__webpack_require__, 39520));
    const { env, token } = opts;
    const repository = env.GITHUB_REPOSITORY;
    return untrustedRunReason({
        env,
        event: readEvent(env),
        root: opts.root,
        configPath: opts.configPath,
        allowUntrustedRun: opts.allowUntrustedRun,
        readBaseFile: token && repository
            ? readBaseFileThroughApi({ token, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', repository, timeoutMs: 10_000 })
            : undefined,
    });
}


/***/ })

};
