// Sticky PR comment through the REST API (octokit): find ours — the marker, written by this token's
// identity — update it, or create it. A comment by anyone else that quotes the marker is left alone.
import { githubClient, type ApiBounds, type GithubClient } from './github-api.js';

export interface CommentTarget {
  token: string;
  /** `owner/name` */
  repository: string;
  pullNumber: number;
  /** REST root; GITHUB_API_URL on Actions (GHES and tests point it elsewhere). */
  apiUrl: string;
}

interface CommentAuthor {
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
}

/** Who this token writes as: a user's login (a PAT), or an app's bot (GITHUB_TOKEN and other installation tokens). */
export type TokenIdentity = { kind: 'user'; login: string } | { kind: 'app' };

/**
 * `GET /user` names a PAT's user. Installation tokens (GITHUB_TOKEN is one) get 403 there: they write as an
 * app's bot, `<app-slug>[bot]` (`github-actions[bot]` for GITHUB_TOKEN), and GitHub marks such comments
 * with `performed_via_github_app`.
 */
export async function tokenIdentity(octokit: GithubClient): Promise<TokenIdentity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (err) {
    // octokit's RequestError carries the HTTP status; anything else (a timeout) is not an answer.
    const status = (err as { status?: unknown }).status;
    if (status === 403 || status === 404) return { kind: 'app' };
    throw err;
  }
}

export function writtenBy(identity: TokenIdentity, c: CommentAuthor): boolean {
  const login = c.user?.login;
  if (!login) return false;
  if (identity.kind === 'user') return login === identity.login;
  if (login === 'github-actions[bot]') return true;
  const slug = c.performed_via_github_app?.slug;
  return c.user?.type === 'Bot' && !!slug && login === `${slug}[bot]`;
}

export async function upsertGithubComment(
  target: CommentTarget,
  body: string,
  marker: string,
  bounds: ApiBounds = { timeoutMs: 10_000 },
): Promise<string> {
  const [owner, repo] = target.repository.split('/') as [string, string];
  const octokit = githubClient(target.token, target.apiUrl, bounds);
  const issue = { owner, repo, issue_number: target.pullNumber };
  const [identity, comments] = await Promise.all([
    tokenIdentity(octokit),
    octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
  ]);
  const ours = comments.find((c) => c.body?.includes(marker) && writtenBy(identity, c));
  if (ours) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return data.html_url;
  }
  const { data } = await octokit.rest.issues.createComment({ ...issue, body });
  return data.html_url;
}
