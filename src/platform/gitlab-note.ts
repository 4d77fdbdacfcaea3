// Sticky merge-request note through GitLab's REST API. Needs a token with `api` scope: CI_JOB_TOKEN cannot post notes.

export interface NoteTarget {
  token: string;
  /** CI_API_V4_URL, e.g. https://gitlab.com/api/v4 */
  apiUrl: string;
  projectId: string;
  mergeRequestIid: string;
}

interface Note {
  id: number;
  body: string;
}

async function call<T>(target: NoteTarget, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${target.apiUrl.replace(/\/+$/, '')}${path}`, {
    method,
    headers: { 'PRIVATE-TOKEN': target.token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`GitLab API ${method} ${path}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

export async function upsertGitlabNote(target: NoteTarget, body: string, marker: string): Promise<string> {
  const base = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${encodeURIComponent(target.mergeRequestIid)}/notes`;
  let ours: Note | undefined;
  for (let page = 1; !ours && page <= 50; page++) {
    const notes = await call<Note[]>(target, 'GET', `${base}?per_page=100&page=${page}&sort=asc`);
    ours = notes.find((n) => n.body.includes(marker));
    if (notes.length < 100) break;
  }
  const note = ours ? await call<Note>(target, 'PUT', `${base}/${ours.id}`, { body }) : await call<Note>(target, 'POST', base, { body });
  return `note ${note.id}`;
}
