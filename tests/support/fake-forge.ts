// A local HTTP server speaking the slice of GitHub's and GitLab's documented REST APIs that runlens
// calls for PR/MR comments, so the real clients (octokit, fetch) are exercised end to end.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  /** GitLab notes: who wrote it (the token's user for notes created through the API). */
  author?: { id: number; username: string };
  /** GitHub comments: who wrote it (the token's identity for comments created through the API). */
  user?: { login: string; type: 'User' | 'Bot' };
  /** GitHub comments written by an app's installation token (GITHUB_TOKEN: the `github-actions` app). */
  performed_via_github_app?: { slug: string } | null;
}

/** A SARIF upload as GitHub's code scanning received it. */
export interface StoredSarifUpload {
  id: string;
  repository: string;
  commit_sha: string;
  ref: string;
  checkout_uri?: string;
  tool_name?: string;
  /** The `sarif` field: gzip, then base64. */
  sarif: string;
}

export interface FakeForgeOptions {
  token: string;
  pageSize?: number;
  /** Requests whose `METHOD /path` matches are accepted and never answered (a stalled API). */
  stall?: RegExp;
  /** The answer to `POST …/code-scanning/sarifs` when it is not a 202: e.g. 403 "Resource not accessible by integration". */
  sarifRefusal?: { status: number; message: string };
  /** `processing_status` of successive `GET …/code-scanning/sarifs/{id}` (the last one repeats). Default: ['pending', 'complete']. */
  sarifProcessing?: Array<'pending' | 'complete' | 'failed'>;
  /** Files `GET /repos/{o}/{r}/contents/{path}?ref=…` serves, by `ref:path` (raw media type). */
  contents?: Record<string, string>;
}

export interface FakeForge {
  url: string;
  /** Comments (GitHub) / notes (GitLab) by issue or MR number. */
  threads: Map<string, StoredComment[]>;
  /** Every request, with its body as sent (leak tests read every byte that reached the API). */
  requests: Array<{ method: string; path: string; auth?: string; body?: string }>;
  sarifUploads: StoredSarifUpload[];
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

/**
 * Who a GitHub token writes as. Installation tokens (`ghs_…`, GITHUB_TOKEN among them) write as the
 * `github-actions[bot]` app bot and get 403 from `GET /user`; any other token is a PAT of this user.
 */
export const GITHUB_PAT_USER = { login: 'release-bot-user', type: 'User' as const };
const isInstallationToken = (token: string) => token.startsWith('ghs_');

export async function startFakeForge(opts: FakeForgeOptions): Promise<FakeForge> {
  const threads = new Map<string, StoredComment[]>();
  const sarifUploads: StoredSarifUpload[] = [];
  const sarifPolls = new Map<string, number>();
  const requests: FakeForge['requests'] = [];
  const stalled = new Set<ServerResponse>();
  let nextId = 1000;
  const pageSize = opts.pageSize ?? 100;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // GitHub Enterprise Server serves the same REST API under /api/v3.
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const auth = (req.headers.authorization as string | undefined) ?? (req.headers['private-token'] as string | undefined);
    const raw = await readBody(req);
    requests.push({ method: req.method ?? '', path: url.pathname, auth, ...(raw.text ? { body: raw.text } : {}) });
    if (opts.stall?.test(`${req.method} ${url.pathname}`)) {
      stalled.add(res);
      return;
    }
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!auth || !auth.includes(opts.token)) return send(401, { message: 'Bad credentials' });
    const body = raw.parsed as { body?: string } | undefined;
    let m: RegExpExecArray | null;
    const installation = isInstallationToken(opts.token);
    // GitHub: GET /user — a PAT's user; installation tokens are refused.
    if (url.pathname === '/user' && req.method === 'GET')
      return installation
        ? send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          })
        : send(200, { ...GITHUB_PAT_USER, id: 77 });
    // GitHub: GET /repos/{owner}/{repo}/contents/{path}?ref=sha (Accept: application/vnd.github.raw)
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname)) && req.method === 'GET') {
      const file = opts.contents?.[`${url.searchParams.get('ref') ?? ''}:${decodeURIComponent(m[1]!)}`];
      if (file === undefined) return send(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
      return res.end(file);
    }
    // GitHub: POST /repos/{owner}/{repo}/code-scanning/sarifs, GET …/sarifs/{id}
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/code-scanning\/sarifs(?:\/([^/]+))?$/.exec(url.pathname))) {
      if (req.method === 'POST' && !m[2]) {
        if (opts.sarifRefusal) return send(opts.sarifRefusal.status, { message: opts.sarifRefusal.message });
        const p = raw.parsed as Omit<StoredSarifUpload, 'id' | 'repository'>;
        if (!p?.commit_sha || !p.ref || !p.sarif) return send(422, { message: 'Invalid request: commit_sha, ref and sarif are required' });
        const id = `sarif-${sarifUploads.length + 1}`;
        sarifUploads.push({ id, repository: m[1]!, ...p });
        return send(202, { id, url: `${fakeUrl(server)}${url.pathname}/${id}` });
      }
      if (req.method === 'GET' && m[2]) {
        if (!sarifUploads.some((u) => u.id === m![2])) return send(404, { message: 'Not Found' });
        const seq = opts.sarifProcessing ?? ['pending', 'complete'];
        const n = sarifPolls.get(m[2]) ?? 0;
        sarifPolls.set(m[2], n + 1);
        const status = seq[Math.min(n, seq.length - 1)]!;
        return send(200, {
          processing_status: status,
          analyses_url: `${fakeUrl(server)}/repos/${m[1]}/code-scanning/analyses?sarif_id=${m[2]}`,
          ...(status === 'failed' ? { errors: ['locationFromSarifResult: expected artifact location'] } : {}),
        });
      }
    }
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
      const c: StoredComment = {
        id: nextId++,
        body: body?.body ?? '',
        user: installation ? { login: 'github-actions[bot]', type: 'Bot' } : GITHUB_PAT_USER,
        performed_via_github_app: installation ? { slug: 'github-actions' } : null,
      };
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
    sarifUploads,
    close: () =>
      new Promise((r) => {
        for (const res of stalled) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function fakeUrl(server: Server): string {
  const a = server.address() as AddressInfo;
  return `http://127.0.0.1:${a.port}`;
}
