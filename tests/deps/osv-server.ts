// A local OSV API (https://google.github.io/osv.dev/api/) speaking the documented endpoints, with
// scripted misbehaviour: `failures` answers the next requests with a status/slow/truncated reply.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OsvRecord } from '../../src/checks/deps/osv/record.js';
import { isAffected } from '../../src/checks/deps/match.js';
import type { Ecosystem } from '../../src/checks/deps/package.js';

export type Failure = { status: number; retryAfter?: string } | { delayMs: number } | { truncated: true };

export interface OsvServer {
  url: string;
  /** Every request: method, path and (for querybatch) the number of queries. */
  seen: Array<{ method: string; path: string; queries?: number; pageTokens?: number }>;
  /** Scripted answers for the next requests, in order, before normal service resumes. */
  failures: Failure[];
  /** querybatch pages: at most this many vulns per query per page (default: all). */
  pageSize?: number;
  close(): Promise<void>;
}

interface Query {
  package?: { ecosystem?: string; name?: string };
  version?: string;
  page_token?: string;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startOsvServer(records: OsvRecord[]): Promise<OsvServer> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const sockets = new Set<import('node:net').Socket>();
  const state: OsvServer = { url: '', seen: [], failures: [], close: async () => undefined };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const text = req.method === 'POST' ? await body(req) : '';
    const queries = req.method === 'POST' ? ((JSON.parse(text) as { queries?: Query[] }).queries ?? []) : undefined;
    state.seen.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(queries && { queries: queries.length, pageTokens: queries.filter((q) => q.page_token).length }),
    });
    const failure = state.failures.shift();
    if (failure && 'status' in failure) {
      res.writeHead(failure.status, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
      res.end('{"code":8,"message":"slow down"}');
      return;
    }
    if (failure && 'delayMs' in failure) await new Promise((r) => setTimeout(r, failure.delayMs));
    let answer: unknown;
    if (req.method === 'POST' && url.pathname === '/v1/querybatch') {
      answer = {
        results: queries!.map((q) => {
          const eco = q.package?.ecosystem as Ecosystem;
          const hits = records
            .filter((r) => isAffected(r, { ecosystem: eco, name: q.package?.name ?? '', version: q.version ?? '' }))
            .map((r) => ({ id: r.id, modified: r.modified }));
          if (!state.pageSize) return hits.length ? { vulns: hits } : {};
          const from = q.page_token ? Number(q.page_token) : 0;
          const page = hits.slice(from, from + state.pageSize);
          const more = from + state.pageSize < hits.length;
          return { ...(page.length ? { vulns: page } : {}), ...(more ? { next_page_token: String(from + state.pageSize) } : {}) };
        }),
      };
    } else if (req.method === 'GET' && url.pathname.startsWith('/v1/vulns/')) {
      const r = byId.get(decodeURIComponent(url.pathname.slice('/v1/vulns/'.length)));
      if (!r) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"code":5,"message":"Bug not found."}');
        return;
      }
      answer = r;
    } else {
      res.writeHead(404);
      res.end();
      return;
    }
    const json = JSON.stringify(answer);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(failure && 'truncated' in failure ? json.slice(0, Math.floor(json.length / 2)) : json);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
