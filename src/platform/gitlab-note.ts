// Sticky merge-request note through GitLab's REST API. Needs a token with `api` scope: CI_JOB_TOKEN cannot post notes.

export interface NoteTarget {
  token: string;
  /** CI_API_V4_URL, e.g. https://gitlab.com/api/v4 */
  apiUrl: string;
  projectId: string;
  mergeRequestIid: string;
  /** Each request waits at most `timeoutMs` (default 30 s); `signal` ends them all (the comment phase's deadline). */
  bounds?: { timeoutMs: number; signal?: AbortSignal };
}

interface Note {
  id: number;
  body: string;
  author?: { id: number };
  system?: boolean;
}

async function call<T>(target: NoteTarget, method: string, path: string, body?: unknown): Promise<T> {
  const url = `${target.apiUrl.replace(/\/+$/, '')}${path}`;
  const res = await fetch(url, {
    method,
    headers: { 'PRIVATE-TOKEN': target.token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.any([
      AbortSignal.timeout(target.bounds?.timeoutMs ?? 30_000),
      ...(target.bounds?.signal ? [target.bounds.signal] : []),
    ]),
  }).catch((err: unknown) => {
    // fetch says only "fetch failed"; the cause (ECONNREFUSED, a DNS error) is what the reader can act on.
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new Error(`GitLab API ${method} ${new URL(url).origin}${new URL(url).pathname} unreachable: ${cause ?? (err as Error).message}`);
  });
  if (!res.ok) throw new Error(`GitLab API ${method} ${path.replace(/\?.*$/, '')}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

/**
 * Updates the note carrying `marker` that the token's own user wrote, or creates one. A note someone
 * else wrote (a reviewer quoting ours, another bot) is never edited, marker or not.
 */
export async function upsertGitlabNote(target: NoteTarget, body: string, marker: string): Promise<string> {
  const me = await call<{ id: number }>(target, 'GET', '/user');
  const base = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${encodeURIComponent(target.mergeRequestIid)}/notes`;
  let ours: Note | undefined;
  for (let page = 1; !ours && page <= 50; page++) {
    const notes = await call<Note[]>(target, 'GET', `${base}?per_page=100&page=${page}&sort=asc&order_by=created_at`);
    ours = notes.find((n) => n.author?.id === me.id && !n.system && n.body.includes(marker));
    if (notes.length < 100) break;
  }
  if (ours) {
    await call<Note>(target, 'PUT', `${base}/${ours.id}`, { body });
    return `updated note ${ours.id}`;
  }
  const note = await call<Note>(target, 'POST', base, { body });
  return `created note ${note.id}`;
}
