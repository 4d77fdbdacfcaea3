// Sticky PR comment through the REST API (octokit): find ours by its marker, update it, or create it.
import { getOctokit } from '@actions/github';

export interface CommentTarget {
  token: string;
  /** `owner/name` */
  repository: string;
  pullNumber: number;
  /** REST root; GITHUB_API_URL on Actions (GHES and tests point it elsewhere). */
  apiUrl: string;
}

export async function upsertGithubComment(target: CommentTarget, body: string, marker: string): Promise<string> {
  const [owner, repo] = target.repository.split('/') as [string, string];
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const issue = { owner, repo, issue_number: target.pullNumber };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  const ours = comments.find((c) => c.body?.includes(marker));
  if (ours) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return data.html_url;
  }
  const { data } = await octokit.rest.issues.createComment({ ...issue, body });
  return data.html_url;
}
