// SARIF to code scanning from the step itself (`upload-sarif: true`): gzip + base64 to
// `POST /repos/{owner}/{repo}/code-scanning/sarifs` with the commit and ref the analysis belongs to, then
// poll `GET …/sarifs/{id}` until GitHub has processed it. Every failure says what to change.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ApiBounds } from './github-api.js';
import type { SarifUploadOutcome } from './platform.js';

const gzipAsync = promisify(gzip);

type Env = Record<string, string | undefined>;

export interface GithubEvent {
  pull_request?: {
    number?: number;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { head_sha?: string; head_ref?: string };
}

export interface SarifTarget {
  /** `owner/name` */
  repository: string;
  apiUrl: string;
  token: string;
  eventName?: string;
  event: GithubEvent;
  env: Env;
  /** The commit checked out in the workspace (HEAD), when known. */
  checkedOut?: string;
}

/** `commit_sha` and `ref` of the analysis, as code scanning files it. */
export function analysisRef(t: Pick<SarifTarget, 'eventName' | 'event' | 'env' | 'checkedOut'>): { commitSha?: string; ref?: string } {
  const pr = t.event.pull_request;
  if (pr?.number !== undefined && (t.eventName === 'pull_request' || t.eventName === 'pull_request_target')) {
    // The checkout decides: the PR's head commit (a workflow that checks out head.sha) files under refs/pull/N/head;
    // the default, the test merge commit (GITHUB_SHA on pull_request), under refs/pull/N/merge.
    if (t.checkedOut && pr.head?.sha && t.checkedOut === pr.head.sha) return { commitSha: pr.head.sha, ref: `refs/pull/${pr.number}/head` };
    if (t.eventName === 'pull_request') return { commitSha: t.checkedOut ?? t.env.GITHUB_SHA, ref: `refs/pull/${pr.number}/merge` };
    // pull_request_target runs on the base branch: its checkout is the base's code, filed under the base ref.
    return { commitSha: t.checkedOut ?? t.env.GITHUB_SHA, ref: t.env.GITHUB_REF };
  }
  if (t.eventName === 'merge_group')
    return { commitSha: t.event.merge_group?.head_sha ?? t.env.GITHUB_SHA, ref: t.event.merge_group?.head_ref ?? t.env.GITHUB_REF };
  return { commitSha: t.checkedOut ?? t.env.GITHUB_SHA, ref: t.env.GITHUB_REF };
}

/** A pull request from another repository: GitHub gives its `pull_request` workflows a read-only token. */
export function isForkPullRequest(eventName: string | undefined, event: GithubEvent): boolean {
  const pr = event.pull_request;
  if (eventName !== 'pull_request' || !pr) return false;
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  // A deleted fork has `head.repo: null`.
  return pr.head?.repo === null || (!!head && !!base && head !== base);
}

export class SarifUploadError extends Error {}

export async function uploadSarifToGithub(
  t: SarifTarget,
  file: string,
  checkout: string,
  bounds: ApiBounds & { pollIntervalMs: number },
): Promise<SarifUploadOutcome> {
  if (isForkPullRequest(t.eventName, t.event))
    return {
      uploaded: false,
      detail: `not uploaded: this pull request comes from a fork (${t.event.pull_request?.head?.repo?.full_name ?? 'deleted'}), and GitHub gives fork pull requests a read-only token. Code scanning gets this SARIF from the run on the base branch; it is in ${file}.`,
    };
  const { commitSha, ref } = analysisRef(t);
  if (!commitSha || !ref) return { uploaded: false, detail: 'not uploaded: GITHUB_SHA or GITHUB_REF is not set' };
  const [owner, repo] = t.repository.split('/') as [string, string];
  // The API client (@actions/github, octokit) only when uploading: every action run imports this module (github-trust.ts).
  const { githubClient } = await import('./github-api.js');
  const octokit = githubClient(t.token, t.apiUrl, bounds);
  const sarif = (await gzipAsync(await readFile(file))).toString('base64');
  let id: string;
  try {
    const { data } = await octokit.rest.codeScanning.uploadSarif({
      owner,
      repo,
      commit_sha: commitSha,
      ref,
      sarif,
      checkout_uri: pathToFileURL(checkout).href,
      tool_name: 'runlens',
    });
    if (!data.id) throw new SarifUploadError('GitHub accepted the SARIF upload but returned no id to follow it by');
    id = data.id;
  } catch (err) {
    throw new SarifUploadError(explain(err, t));
  }
  // Processing takes seconds to minutes; the phase's signal bounds the wait.
  for (;;) {
    await sleep(bounds.pollIntervalMs, bounds.signal);
    let status: { processing_status?: string; analyses_url?: string | null; errors?: readonly string[] | null };
    try {
      ({ data: status } = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: id }));
    } catch (err) {
      // Just after the upload the id may not be known yet.
      if ((err as { status?: number }).status === 404) continue;
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

function explain(err: unknown, t: SarifTarget): string {
  const status = (err as { status?: number }).status;
  const said = ((err as { response?: { data?: { message?: string } } }).response?.data?.message ?? (err as Error).message).trim();
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
  if (status === 413) return `the SARIF is too large for code scanning (413: ${said})`;
  return status ? `the SARIF upload failed (${status}: ${said})${ghes}` : `the SARIF upload failed: ${said}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SarifUploadError('code scanning did not finish processing the SARIF in time'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new SarifUploadError('code scanning did not finish processing the SARIF in time; it may still appear'));
      },
      { once: true },
    );
  });
}
