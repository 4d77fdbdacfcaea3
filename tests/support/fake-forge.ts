// A local HTTP server speaking the slice of GitHub's and GitLab's documented REST APIs that runlens
// calls for PR/MR comments, so the real clients (octokit, fetch) are exercised end to end.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  /** GitLab notes: who wrote it (the token's user for notes created through the API). */
  author?: { id: number; username: string };
}

export interface FakeForge {
  url: string;
  /** Comments (GitHub) / notes (GitLab) by issue or MR number. */
  threads: Map<string, StoredComment[]>;
  /** Every request, with its body as sent (leak tests read every byte that reached the API). */
  requests: Array<{ method: string; path: string; auth?: string; body?: string }>;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<{ text: string; parsed: unknown }>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve({ text: data, parsed: data ? JSON.parse(data) : undefined }));
  });

/** The user GitLab's `GET /user` names for the token (notes runlens creates are written by it). */
export const GITLAB_TOKEN_USER = { id: 4242, username: 'runlens-bot' };

export async function startFakeForge(opts: { token: string; pageSize?: number }): Promise<FakeForge> {
  const threads = new Map<string, StoredComment[]>();
  const requests: FakeForge['requests'] = [];
  let nextId = 1000;
  const pageSize = opts.pageSize ?? 100;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = (req.headers.authorization as string | undefined) ?? (req.headers['private-token'] as string | undefined);
    const raw = await readBody(req);
    requests.push({ method: req.method ?? '', path: url.pathname, auth, ...(raw.text ? { body: raw.text } : {}) });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!auth || !auth.includes(opts.token)) return send(401, { message: 'Bad credentials' });
    const body = raw.parsed as { body?: string } | undefined;
    let m: RegExpExecArray | null;
    // GitHub: GET/POST /repos/{owner}/{repo}/issues/{n}/comments, PATCH /repos/{owner}/{repo}/issues/comments/{id}
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const list = threads.get(m[1]!) ?? [];
      threads.set(m[1]!, list);
      if (req.method === 'GET') {
        const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), pageSize);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = list.slice((page - 1) * per, page * per);
        const last = Math.max(1, Math.ceil(list.length / per));
        const link: Record<string, string> =
          page < last ? { link: `<${fakeUrl(server)}${url.pathname}?per_page=${per}&page=${page + 1}>; rel="next"` } : {};
        return send(
          200,
          slice.map((c) => ({ ...c, html_url: `https://github.example/c/${c.id}` })),
          link,
        );
      }
      const c = { id: nextId++, body: body?.body ?? '' };
      list.push(c);
      return send(201, { ...c, html_url: `https://github.example/c/${c.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      for (const list of threads.values()) {
        const c = list.find((x) => x.id === Number(m![1]));
        if (c) {
          c.body = body?.body ?? '';
          return send(200, { ...c, html_url: `https://github.example/c/${c.id}` });
        }
      }
      return send(404, { message: 'Not Found' });
    }
    // GitLab: GET /api/v4/user (the token's own user)
    if (url.pathname === '/api/v4/user' && req.method === 'GET') return send(200, { ...GITLAB_TOKEN_USER, name: 'runlens bot' });
    // GitLab: GET/POST /api/v4/projects/{id}/merge_requests/{iid}/notes, PUT …/notes/{note_id}
    if ((m = /^\/api\/v4\/projects\/[^/]+\/merge_requests\/(\d+)\/notes(?:\/(\d+))?$/.exec(url.pathname))) {
      const key = `mr${m[1]}`;
      const list = threads.get(key) ?? [];
      threads.set(key, list);
      if (req.method === 'GET') {
        const per = Math.min(Number(url.searchParams.get('per_page') ?? 20), pageSize);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, list.slice((page - 1) * per, page * per));
      }
      if (req.method === 'PUT' && m[2]) {
        const c = list.find((x) => x.id === Number(m![2]));
        if (!c) return send(404, { message: '404 Not found' });
        // GitLab lets only a note's author (or an admin) edit it.
        if (c.author && c.author.id !== GITLAB_TOKEN_USER.id) return send(403, { message: '403 Forbidden' });
        c.body = body?.body ?? '';
        return send(200, c);
      }
      const c = { id: nextId++, body: body?.body ?? '', author: GITLAB_TOKEN_USER };
      list.push(c);
      return send(201, c);
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: fakeUrl(server),
    threads,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function fakeUrl(server: Server): string {
  const a = server.address() as AddressInfo;
  return `http://127.0.0.1:${a.port}`;
}
