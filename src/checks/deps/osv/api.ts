// The OSV API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` answers which advisory ids
// affect each (package, version), ≤ 1,000 queries a request, paginated per query with
// `next_page_token`; the records themselves come from `GET /v1/vulns/{id}`.
//
// Requests use Node's fetch with a small retry loop rather than a library: the loop needs exactly
// three things (a per-attempt timeout, exponential backoff with jitter on 429/5xx/network errors, and
// `Retry-After` honoured), which p-retry/got/ky each cover only with adapters around fetch anyway.
import { RunlensError } from '../../../base/errors.js';
import type { OsvCache, VulnRef } from './cache.js';
import { mapLimit } from './concurrency.js';
import { asRecord, type OsvRecord } from './record.js';

export const QUERY_BATCH_LIMIT = 1000;

export interface OsvQuery {
  ecosystem: string;
  name: string;
  version: string;
}

export interface OsvApiOptions {
  baseUrl: string;
  /** Per request attempt. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** `GET /v1/vulns/{id}` requests in flight at once. */
  concurrency: number;
  signal: AbortSignal;
  userAgent: string;
  cache?: OsvCache;
  log?(line: string): void;
  /** First backoff delay (doubles each retry); Retry-After replaces it when the server sends one. */
  backoffMs?: number;
  /** The longest Retry-After honoured. */
  maxRetryAfterMs?: number;
}

export interface OsvApiStats {
  requests: number;
  retries: number;
  cachedQueries: number;
  cachedRecords: number;
}

export class OsvApiError extends RunlensError {
  override name = 'OsvApiError';
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After`: seconds, or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(header)) return Number(header) * 1000;
  const t = Date.parse(header);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export class OsvApiClient {
  readonly stats: OsvApiStats = { requests: 0, retries: 0, cachedQueries: 0, cachedRecords: 0 };

  constructor(private readonly opts: OsvApiOptions) {}

  private url(p: string): string {
    return `${this.opts.baseUrl.replace(/\/+$/, '')}${p}`;
  }

  /** One JSON request with timeout and retries; throws OsvApiError with what went wrong last. */
  private async request(method: 'GET' | 'POST', p: string, body?: unknown): Promise<unknown> {
    const { retries, timeoutMs, signal } = this.opts;
    const backoff = this.opts.backoffMs ?? 500;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (signal.aborted) throw signal.reason as Error;
      let wait: number | undefined;
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        this.stats.requests++;
        const res = await fetch(this.url(p), {
          method,
          headers: {
            accept: 'application/json',
            'user-agent': this.opts.userAgent,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.any([signal, timeout]),
        });
        if (res.ok) {
          const text = await res.text();
          try {
            return JSON.parse(text) as unknown;
          } catch {
            last = `${method} ${p} answered ${res.status} with malformed JSON (${text.length} bytes)`;
          }
        } else if (res.status === 429 || res.status >= 500) {
          await res.body?.cancel();
          last = `${method} ${p} answered ${res.status} ${res.statusText}`.trim();
          wait = retryAfterMs(res.headers.get('retry-after'));
        } else {
          const text = (await res.text()).slice(0, 300);
          throw new OsvApiError(`the OSV API refused ${method} ${p}: ${res.status} ${res.statusText} ${text}`.trim());
        }
      } catch (err) {
        if (err instanceof OsvApiError) throw err;
        if (signal.aborted) throw signal.reason as Error;
        last = timeout.aborted
          ? `${method} ${p} timed out after ${timeoutMs} ms`
          : `${method} ${p} failed: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`;
      }
      if (attempt === retries) break;
      const delay = Math.min(wait ?? backoff * 2 ** attempt * (0.5 + Math.random() / 2), this.opts.maxRetryAfterMs ?? 60_000);
      this.stats.retries++;
      this.opts.log?.(`osv-api: ${last}; retrying in ${Math.round(delay)} ms (${attempt + 1}/${retries})`);
      await sleep(delay, signal);
    }
    throw new OsvApiError(`the OSV API at ${this.opts.baseUrl} could not be used: ${last} (after ${retries + 1} attempts)`);
  }

  private cacheKey(q: OsvQuery): string {
    return JSON.stringify([this.opts.baseUrl, q.ecosystem, q.name, q.version]);
  }

  /** The advisory ids affecting each query (same order), all pages. */
  async queryBatch(queries: readonly OsvQuery[]): Promise<VulnRef[][]> {
    const out: VulnRef[][] = queries.map(() => []);
    const todo: number[] = [];
    queries.forEach((q, i) => {
      const hit = this.opts.cache?.query(this.cacheKey(q));
      if (hit) {
        out[i] = hit;
        this.stats.cachedQueries++;
      } else todo.push(i);
    });
    // Each pending query with its page token; a page answer may carry a token for the next page.
    let pending = todo.map((i) => ({ i, token: undefined as string | undefined }));
    while (pending.length > 0) {
      const next: typeof pending = [];
      for (let at = 0; at < pending.length; at += QUERY_BATCH_LIMIT) {
        const chunk = pending.slice(at, at + QUERY_BATCH_LIMIT);
        const body = {
          queries: chunk.map(({ i, token }) => ({
            package: { ecosystem: queries[i]!.ecosystem, name: queries[i]!.name },
            version: queries[i]!.version,
            ...(token ? { page_token: token } : {}),
          })),
        };
        const answer = (await this.request('POST', '/v1/querybatch', body)) as { results?: unknown };
        if (!answer || !Array.isArray(answer.results) || answer.results.length !== chunk.length) {
          throw new OsvApiError(
            `the OSV API answered /v1/querybatch with ${Array.isArray(answer?.results) ? `${answer.results.length} results for ${chunk.length} queries` : 'no `results` list'}`,
          );
        }
        answer.results.forEach((r: unknown, k: number) => {
          const { i } = chunk[k]!;
          const res = (r ?? {}) as { vulns?: Array<{ id?: unknown; modified?: unknown }>; next_page_token?: unknown };
          for (const v of res.vulns ?? []) {
            if (typeof v.id === 'string') out[i]!.push(typeof v.modified === 'string' ? { id: v.id, modified: v.modified } : { id: v.id });
          }
          if (typeof res.next_page_token === 'string' && res.next_page_token !== '') next.push({ i, token: res.next_page_token });
        });
      }
      pending = next;
    }
    for (const i of todo) this.opts.cache?.setQuery(this.cacheKey(queries[i]!), out[i]!);
    return out;
  }

  /** The records, from the cache when current, else `GET /v1/vulns/{id}`, `concurrency` at a time. */
  async records(refs: readonly VulnRef[]): Promise<OsvRecord[]> {
    return mapLimit(refs, this.opts.concurrency, async (ref) => {
      const cached = await this.opts.cache?.record(ref);
      if (cached) {
        this.stats.cachedRecords++;
        return cached;
      }
      const value = await this.request('GET', `/v1/vulns/${encodeURIComponent(ref.id)}`);
      const r = asRecord(value);
      if (typeof r === 'string')
        throw new OsvApiError(`the OSV API answered /v1/vulns/${ref.id} with something that is not an OSV record (${r})`);
      await this.opts.cache?.setRecord(r).catch(() => undefined);
      return r;
    });
  }
}
