// Untrusted code on GitHub: which runs must not execute the `run:` steps of the runlens.yml they were given.
// - `pull_request_target` runs with the base repository's secrets and a write token, whatever the PR holds:
//   a `run:` step there runs with those, so none runs unless the workflow says `allow-untrusted-run: true`.
// - A `pull_request` from a fork whose runlens.yml is not the base's: its `run:` steps are the fork's own
//   commands. When the base's copy cannot be read to compare, the PR's config is not trusted either.
// - `workflow_run` after a fork's pull request: it runs with the base's secrets and write token too, and the
//   workflows that use it usually check out the fork's head (the "pwn request" pattern): refused the same way.
// Checks (`uses:`) still run: they read the checked-out files, they do not execute them.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRelative } from '../base/repo-path.js';
import { isForkPullRequest, type GithubEvent } from './github-sarif.js';

const run = promisify(execFile);

type Env = Record<string, string | undefined>;

/** The part of a `workflow_run` event payload the trust rule reads. */
interface WorkflowRunEvent {
  workflow_run?: { event?: string; head_repository?: { full_name?: string } | null };
  repository?: { full_name?: string };
}

export interface TrustInput {
  env: Env;
  event: GithubEvent;
  /** Repository root (the checkout). */
  root: string;
  /** runlens.yml as loaded; undefined for the default pipeline. */
  configPath?: string;
  /** The action input `allow-untrusted-run`. */
  allowUntrustedRun: boolean;
  /** Reads a file of the base commit through the API when git does not have it. */
  readBaseFile?: (repoPath: string, sha: string) => Promise<string | undefined>;
}

/** Why `run:` steps are refused, or undefined when they may run. */
export async function untrustedRunReason(t: TrustInput): Promise<string | undefined> {
  if (t.allowUntrustedRun) return undefined;
  const how = 'set the action input `allow-untrusted-run: true` only if this workflow may run the pull request’s commands';
  if (t.env.GITHUB_EVENT_NAME === 'pull_request_target')
    return `refused under pull_request_target: a run: step there runs with the base repository's secrets and write token (${how})`;
  if (t.env.GITHUB_EVENT_NAME === 'workflow_run') {
    const e = t.event as WorkflowRunEvent;
    const head = e.workflow_run?.head_repository;
    const base = e.repository?.full_name ?? t.env.GITHUB_REPOSITORY;
    if (e.workflow_run && (head === null || (head?.full_name && base && head.full_name !== base)))
      return `refused under workflow_run started by ${head?.full_name ?? 'a deleted fork'}'s ${e.workflow_run.event ?? 'event'}: it runs with the base repository's secrets and write token, and the checkout may be the fork's code (${how})`;
  }
  if (!isForkPullRequest(t.env.GITHUB_EVENT_NAME, t.event) || !t.configPath) return undefined;
  const fork = t.event.pull_request?.head?.repo?.full_name ?? 'a deleted fork';
  const rel = repoRelative(t.root, t.configPath);
  const baseSha = t.event.pull_request?.base?.sha;
  if (!rel || !baseSha) return `refused: ${fork}'s config is not in the checkout or the base commit is unknown (${how})`;
  const theirs = await readFile(t.configPath, 'utf8');
  const base = (await gitShow(t.root, baseSha, rel)) ?? (await t.readBaseFile?.(rel, baseSha).catch(() => undefined));
  if (base === undefined)
    return `refused: this pull request comes from ${fork} and the base's ${rel} (${baseSha.slice(0, 12)}) could not be read to compare (${how})`;
  if (base !== theirs) return `refused: this pull request from ${fork} changes ${rel}, and its run: steps are the fork's commands (${how})`;
  return undefined;
}

/** A file at a commit, through git without a shell; undefined when git lacks the commit or the file. */
async function gitShow(root: string, sha: string, rel: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  try {
    const { stdout } = await run('git', ['-C', root, 'cat-file', 'blob', `${sha}:${rel.split(path.sep).join('/')}`], {
      maxBuffer: 16 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch {
    return undefined;
  }
}

/** `GET /repos/{owner}/{repo}/contents/{path}?ref=sha`, raw: the base's copy when the checkout lacks the commit. */
export function readBaseFileThroughApi(opts: { token: string; apiUrl: string; repository: string; timeoutMs: number }) {
  return async (repoPath: string, sha: string): Promise<string | undefined> => {
    const { githubClient } = await import('./github-api.js');
    const [owner, repo] = opts.repository.split('/') as [string, string];
    const octokit = githubClient(opts.token, opts.apiUrl, { timeoutMs: opts.timeoutMs });
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: repoPath, ref: sha, mediaType: { format: 'raw' } });
    return typeof data === 'string' ? data : undefined;
  };
}

/** The action door's question, from the runner's environment: why this run's `run:` steps must not run, if so. */
export async function githubRunRefusal(opts: {
  env: Env;
  root: string;
  configPath?: string;
  allowUntrustedRun: boolean;
  token?: string;
}): Promise<string | undefined> {
  const { readEvent } = await import('./github.js');
  const { env, token } = opts;
  const repository = env.GITHUB_REPOSITORY;
  return untrustedRunReason({
    env,
    event: readEvent(env) as GithubEvent,
    root: opts.root,
    configPath: opts.configPath,
    allowUntrustedRun: opts.allowUntrustedRun,
    readBaseFile:
      token && repository
        ? readBaseFileThroughApi({ token, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', repository, timeoutMs: 10_000 })
        : undefined,
  });
}
