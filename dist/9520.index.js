export const id = 9520;
export const ids = [9520];
export const modules = {

/***/ 39520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubInfo: () => (/* binding */ githubInfo),
/* harmony export */   githubPlatform: () => (/* binding */ githubPlatform),
/* harmony export */   githubRunner: () => (/* binding */ githubRunner),
/* harmony export */   readEvent: () => (/* binding */ readEvent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);


function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return {};
    }
}
function githubInfo(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repo = env.GITHUB_REPOSITORY;
    const event = readEvent(env);
    const pr = event.pull_request;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return {
        kind: 'github',
        repository: repo,
        serverUrl: server,
        runId: env.GITHUB_RUN_ID,
        runUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}${attempt}` : undefined,
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF,
        // On pull_request events GITHUB_SHA is the test merge commit; the PR head is what people look at.
        sha: pr?.head?.sha ?? env.GITHUB_SHA,
        baseSha: pr?.base?.sha,
        changeCommits: typeof pr?.commits === 'number' ? pr.commits : undefined,
        changeId: pr?.number !== undefined ? String(pr.number) : undefined,
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        runner: githubRunner(env),
    };
}
/** The runner as GitHub describes it; the CPU count tells macOS sizes apart (src/report/cost.ts). */
function githubRunner(env, cpus = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()) {
    return {
        ...(env.RUNNER_ENVIRONMENT ? { environment: env.RUNNER_ENVIRONMENT } : {}),
        ...(env.RUNNER_OS ? { os: env.RUNNER_OS } : {}),
        ...(env.RUNNER_ARCH ? { arch: env.RUNNER_ARCH } : {}),
        ...(env.RUNNER_NAME ? { name: env.RUNNER_NAME } : {}),
        cpus,
    };
}
/**
 * The GitHub adapter speaks through `@actions/core` (outputs, job summary, annotations, masks, groups): what
 * the runner reads, and what test harnesses such as `@github/local-action` stub. detect.ts loads core once.
 */
function githubPlatform(env, opts) {
    const info = githubInfo(env);
    const core = opts.core;
    return {
        info,
        isCI: true,
        startGroup: (title) => core.startGroup(title),
        endGroup: () => core.endGroup(),
        async writeSummary(markdown) {
            try {
                await core.summary.addRaw(markdown, true).write();
            }
            catch (err) {
                // Outside a runner (no GITHUB_STEP_SUMMARY) there is no job summary; summary.md has it all.
                core.summary.emptyBuffer();
                if (!/GITHUB_STEP_SUMMARY/.test(err.message))
                    throw err;
            }
        },
        async setOutputs(outputs) {
            for (const [name, value] of Object.entries(outputs))
                core.setOutput(name, value);
        },
        annotate(a) {
            const props = {
                title: a.title,
                file: a.file,
                startLine: a.startLine,
                endLine: a.endLine,
                startColumn: a.startColumn,
                endColumn: a.endColumn,
            };
            if (a.level === 'error')
                core.error(a.message, props);
            else if (a.level === 'warning')
                core.warning(a.message, props);
            else
                core.notice(a.message, props);
        },
        mask: (value) => core.setSecret(value),
        async comment(body, marker, call = { timeoutMs: 10_000 }) {
            if (!info.changeId)
                return { posted: false, detail: 'not a pull request' };
            if (!opts.token)
                return { posted: false, detail: 'no github-token' };
            if (!info.repository)
                return { posted: false, detail: 'GITHUB_REPOSITORY is not set' };
            // octokit is loaded only when there is a pull request to comment on.
            const { upsertGithubComment } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(8676)]).then(__webpack_require__.bind(__webpack_require__, 68676));
            const url = await upsertGithubComment({
                token: opts.token,
                repository: info.repository,
                pullNumber: Number(info.changeId),
                apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            }, body, marker, call);
            return { posted: true, detail: url };
        },
        async uploadSarif(upload, call) {
            if (!opts.token)
                return { uploaded: false, detail: 'not uploaded: no github-token' };
            if (!info.repository)
                return { uploaded: false, detail: 'not uploaded: GITHUB_REPOSITORY is not set' };
            const { uploadSarifToGithub } = await __webpack_require__.e(/* import() */ 7456).then(__webpack_require__.bind(__webpack_require__, 27456));
            const { readGitHead } = await __webpack_require__.e(/* import() */ 5316).then(__webpack_require__.bind(__webpack_require__, 35316));
            return uploadSarifToGithub({
                repository: info.repository,
                apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
                token: opts.token,
                eventName: env.GITHUB_EVENT_NAME,
                event: readEvent(env),
                env,
                checkedOut: readGitHead(upload.root).sha,
            }, upload.file, upload.root, { ...call, pollIntervalMs: Math.min(3000, Math.max(50, call.timeoutMs / 4)) });
        },
    };
}


/***/ })

};
