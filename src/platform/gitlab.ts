import type { PlatformInfo, RunnerInfo } from '../model/result.js';
import { upsertGitlabNote } from './gitlab-note.js';
import type { Platform } from './platform.js';

type Env = Record<string, string | undefined>;

export function gitlabInfo(env: Env): PlatformInfo {
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
export function gitlabRunner(env: Env): RunnerInfo {
  const raw = env.CI_RUNNER_TAGS?.trim();
  let tags: string[] = [];
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) tags = parsed.map(String);
    } catch {
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
const unixTime = (at: Date | undefined): number => Math.floor((at?.getTime() ?? Date.now()) / 1000);

/**
 * GitLab folds log sections between section_start/section_end markers; the name must be unique
 * within the job and may hold only [A-Za-z0-9_.-].
 */
export function gitlabPlatform(env: Env, out: NodeJS.WritableStream = process.stdout): Platform {
  const open: string[] = [];
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
      if (name) out.write(`${ESC}section_end:${unixTime(at)}:${name}\r${ESC}\n`);
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
      if (!iid) return { posted: false, detail: 'not a merge request pipeline' };
      if (!token)
        return {
          posted: false,
          detail: 'no RUNLENS_GITLAB_TOKEN: set it to a project access token with the api scope (CI_JOB_TOKEN cannot write notes)',
        };
      if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID) return { posted: false, detail: 'CI_API_V4_URL or CI_PROJECT_ID is not set' };
      const where = await upsertGitlabNote(
        { token, apiUrl: env.CI_API_V4_URL, projectId: env.CI_PROJECT_ID, mergeRequestIid: iid, ...(call ? { bounds: call } : {}) },
        body,
        marker,
      );
      return { posted: true, detail: where };
    },
  };
}
