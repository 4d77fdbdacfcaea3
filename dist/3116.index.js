export const id = 3116;
export const ids = [3116];
export const modules = {

/***/ 53116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitlabInfo: () => (/* binding */ gitlabInfo),
  gitlabPlatform: () => (/* binding */ gitlabPlatform),
  gitlabRunner: () => (/* binding */ gitlabRunner)
});

;// CONCATENATED MODULE: ./lib/platform/gitlab-note.js
// Sticky merge-request note through GitLab's REST API. Needs a token with `api` scope: CI_JOB_TOKEN cannot post notes.
async function call(target, method, path, body) {
    const url = `${target.apiUrl.replace(/\/+$/, '')}${path}`;
    const res = await fetch(url, {
        method,
        headers: { 'PRIVATE-TOKEN': target.token, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.any([
            AbortSignal.timeout(target.bounds?.timeoutMs ?? 30_000),
            ...(target.bounds?.signal ? [target.bounds.signal] : []),
        ]),
    }).catch((err) => {
        // fetch says only "fetch failed"; the cause (ECONNREFUSED, a DNS error) is what the reader can act on.
        const cause = err.cause?.message;
        throw new Error(`GitLab API ${method} ${new URL(url).origin}${new URL(url).pathname} unreachable: ${cause ?? err.message}`);
    });
    if (!res.ok)
        throw new Error(`GitLab API ${method} ${path.replace(/\?.*$/, '')}: ${res.status} ${res.statusText}`);
    return (await res.json());
}
/**
 * Updates the note carrying `marker` that the token's own user wrote, or creates one. A note someone
 * else wrote (a reviewer quoting ours, another bot) is never edited, marker or not.
 */
async function upsertGitlabNote(target, body, marker) {
    const me = await call(target, 'GET', '/user');
    const base = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${encodeURIComponent(target.mergeRequestIid)}/notes`;
    let ours;
    for (let page = 1; !ours && page <= 50; page++) {
        const notes = await call(target, 'GET', `${base}?per_page=100&page=${page}&sort=asc&order_by=created_at`);
        ours = notes.find((n) => n.author?.id === me.id && !n.system && n.body.includes(marker));
        if (notes.length < 100)
            break;
    }
    if (ours) {
        await call(target, 'PUT', `${base}/${ours.id}`, { body });
        return `updated note ${ours.id}`;
    }
    const note = await call(target, 'POST', base, { body });
    return `created note ${note.id}`;
}

;// CONCATENATED MODULE: ./lib/platform/gitlab.js

function gitlabInfo(env) {
    return {
        kind: 'gitlab',
        repository: env.CI_PROJECT_PATH,
        serverUrl: env.CI_SERVER_URL,
        runId: env.CI_PIPELINE_ID,
        runUrl: env.CI_PIPELINE_URL,
        jobUrl: env.CI_JOB_URL,
        ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME,
        sha: env.CI_COMMIT_SHA,
        baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA,
        changeId: env.CI_MERGE_REQUEST_IID,
        workflow: env.CI_PIPELINE_NAME ?? env.CI_PROJECT_NAME,
        job: env.CI_JOB_NAME,
        ...(env.CI_JOB_STARTED_AT ? { jobStartedAt: env.CI_JOB_STARTED_AT } : {}),
        runner: gitlabRunner(env),
    };
}
/** CI_RUNNER_TAGS is a JSON array (`["saas-linux-small-amd64"]`) on current GitLab, a comma list on older ones. */
function gitlabRunner(env) {
    const raw = env.CI_RUNNER_TAGS?.trim();
    let tags = [];
    if (raw) {
        try {
            const parsed = JSON.parse(raw);
            if (Array.isArray(parsed))
                tags = parsed.map(String);
        }
        catch {
            tags = raw.split(',');
        }
    }
    tags = tags.map((t) => t.trim()).filter(Boolean);
    return {
        ...(env.CI_RUNNER_DESCRIPTION ? { name: env.CI_RUNNER_DESCRIPTION } : {}),
        ...(tags.length > 0 ? { tags } : {}),
        ...(env.CI_RUNNER_EXECUTABLE_ARCH ? { arch: env.CI_RUNNER_EXECUTABLE_ARCH } : {}),
    };
}
const ESC = '\u001b[0K';
/** GitLab section markers carry whole seconds since the epoch; it shows their difference as the section's duration. */
const unixTime = (at) => Math.floor((at?.getTime() ?? Date.now()) / 1000);
/**
 * GitLab folds log sections between section_start/section_end markers; the name must be unique
 * within the job and may hold only [A-Za-z0-9_.-].
 */
function gitlabPlatform(env, out = process.stdout) {
    const open = [];
    let seq = 0;
    return {
        info: gitlabInfo(env),
        isCI: true,
        startGroup(title, opts = {}) {
            const name = `runlens_${++seq}`;
            open.push(name);
            out.write(`${ESC}section_start:${unixTime(opts.at)}:${name}[collapsed=${opts.collapsed ?? true}]\r${ESC}${title}\n`);
        },
        endGroup(at) {
            const name = open.pop();
            if (name)
                out.write(`${ESC}section_end:${unixTime(at)}:${name}\r${ESC}\n`);
        },
        // GitLab has no job summary or annotations: summary.md and the Code Quality report carry them.
        writeSummary: async () => undefined,
        setOutputs: async () => undefined,
        annotate: () => undefined,
        mask: () => undefined,
        async comment(body, marker, call) {
            const iid = env.CI_MERGE_REQUEST_IID;
            // CI_JOB_TOKEN cannot post notes: a project/personal token with api scope is needed.
            const token = env.RUNLENS_GITLAB_TOKEN ?? env.GITLAB_TOKEN;
            if (!iid)
                return { posted: false, detail: 'not a merge request pipeline' };
            if (!token)
                return {
                    posted: false,
                    detail: 'no RUNLENS_GITLAB_TOKEN: set it to a project access token with the api scope (CI_JOB_TOKEN cannot write notes)',
                };
            if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID)
                return { posted: false, detail: 'CI_API_V4_URL or CI_PROJECT_ID is not set' };
            const where = await upsertGitlabNote({ token, apiUrl: env.CI_API_V4_URL, projectId: env.CI_PROJECT_ID, mergeRequestIid: iid, ...(call ? { bounds: call } : {}) }, body, marker);
            return { posted: true, detail: where };
        },
    };
}


/***/ })

};
