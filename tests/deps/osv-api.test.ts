import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OsvApiClient, retryAfterMs, type OsvApiOptions } from '../../src/checks/deps/osv/api.js';
import { OsvCache } from '../../src/checks/deps/osv/cache.js';
import { record } from './support.js';
import { startOsvServer, type OsvServer } from './osv-server.js';

const RECORDS = [
  record('npm/GHSA-29mw-wpgm-hmr9.json'),
  record('npm/GHSA-35jh-r3h4-6jhm.json'),
  record('npm/GHSA-r683-j2x4-v87g.json'),
  record('PyPI/PYSEC-2021-66.yaml'),
];

let server: OsvServer;
let tmp: string;
const logs: string[] = [];

beforeAll(async () => {
  server = await startOsvServer(RECORDS);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'runlens-osv-api-'));
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});
afterEach(() => {
  server.seen.length = 0;
  server.failures.length = 0;
  delete server.pageSize;
  logs.length = 0;
});

function client(extra: Partial<OsvApiOptions> = {}): OsvApiClient {
  return new OsvApiClient({
    baseUrl: server.url,
    timeoutMs: 2000,
    retries: 2,
    concurrency: 4,
    signal: new AbortController().signal,
    userAgent: 'runlens-test',
    backoffMs: 10,
    log: (l) => logs.push(l),
    ...extra,
  });
}

const LODASH = { ecosystem: 'npm', name: 'lodash', version: '4.17.15' };

describe('OSV API client', () => {
  it('asks /v1/querybatch, then fetches each record once from /v1/vulns/{id}', async () => {
    const c = client();
    const refs = await c.queryBatch([
      LODASH,
      { ecosystem: 'npm', name: 'lodash', version: '4.17.21' },
      { ecosystem: 'PyPI', name: 'jinja2', version: '2.11.2' },
    ]);
    expect(refs.map((r) => r.map((x) => x.id).sort())).toEqual([['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm'], [], ['PYSEC-2021-66']]);
    const records = await c.records(refs.flat());
    expect(records.map((r) => r.id).sort()).toEqual(['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'PYSEC-2021-66']);
    expect(server.seen.filter((s) => s.path.startsWith('/v1/vulns/'))).toHaveLength(3);
  });

  it('sends at most 1,000 queries a batch', async () => {
    const queries = Array.from({ length: 2500 }, (_, i) => ({ ecosystem: 'npm', name: `pkg-${i}`, version: '1.0.0' }));
    const refs = await client().queryBatch(queries);
    expect(refs).toHaveLength(2500);
    expect(server.seen.map((s) => s.queries)).toEqual([1000, 1000, 500]);
  });

  it('follows next_page_token until every page is read', async () => {
    server.pageSize = 1;
    const refs = await client().queryBatch([LODASH, { ecosystem: 'npm', name: 'node-fetch', version: '2.6.1' }]);
    expect(refs.map((r) => r.length)).toEqual([2, 1]);
    // page 1: both queries; page 2: only lodash, with its token
    expect(server.seen.map((s) => [s.queries, s.pageTokens])).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it('waits as Retry-After says after a 429, then succeeds', async () => {
    server.failures.push({ status: 429, retryAfter: '1' });
    const refs = await client().queryBatch([LODASH]);
    expect(refs[0]).toHaveLength(2);
    expect(logs.join('\n')).toMatch(/answered 429.*retrying in 1000 ms \(1\/2\)/);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    server.failures.push({ status: 500 }, { status: 503 });
    const refs = await client().queryBatch([LODASH]);
    expect(refs[0]).toHaveLength(2);
    expect(server.seen).toHaveLength(3);
  });

  it('gives up after its retries with what went wrong last', async () => {
    server.failures.push({ status: 502 }, { status: 502 }, { status: 502 });
    await expect(client().queryBatch([LODASH])).rejects.toThrow(/querybatch answered 502.*after 3 attempts/);
  });

  it('times out a slow answer and retries it', async () => {
    server.failures.push({ delayMs: 1500 });
    const refs = await client({ timeoutMs: 300 }).queryBatch([LODASH]);
    expect(refs[0]).toHaveLength(2);
    expect(logs.join('\n')).toMatch(/timed out after 300 ms/);
  });

  it('fails clearly when every attempt times out', async () => {
    server.failures.push({ delayMs: 1500 });
    await expect(client({ timeoutMs: 200, retries: 0 }).queryBatch([LODASH])).rejects.toThrow(
      /timed out after 200 ms \(after 1 attempts\)/,
    );
  });

  it('treats truncated JSON as a failed attempt', async () => {
    server.failures.push({ truncated: true });
    const refs = await client().queryBatch([LODASH]);
    expect(refs[0]).toHaveLength(2);
    server.failures.push({ truncated: true });
    await expect(client({ retries: 0 }).records([{ id: 'GHSA-29mw-wpgm-hmr9' }])).rejects.toThrow(/malformed JSON/);
  });

  it('does not retry a 404', async () => {
    await expect(client().records([{ id: 'GHSA-0000-0000-0000' }])).rejects.toThrow(/refused GET \/v1\/vulns\/GHSA-0000-0000-0000: 404/);
    expect(server.seen).toHaveLength(1);
  });

  it('answers a repeated run from its on-disk cache within the TTL', async () => {
    const dir = path.join(tmp, 'cache');
    const cache = await OsvCache.open(dir, 60_000);
    const first = client({ cache });
    const refs = await first.queryBatch([LODASH]);
    await first.records(refs[0]!);
    await cache.flush();
    const before = server.seen.length;
    const second = client({ cache: await OsvCache.open(dir, 60_000) });
    const again = await second.records((await second.queryBatch([LODASH]))[0]!);
    expect(again.map((r) => r.id).sort()).toEqual(['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm']);
    expect(server.seen.length).toBe(before);
    expect(second.stats).toMatchObject({ requests: 0, cachedQueries: 1, cachedRecords: 2 });
    // past the TTL the query is asked again
    const later = client({ cache: await OsvCache.open(dir, 60_000, () => Date.now() + 120_000) });
    await later.queryBatch([LODASH]);
    expect(later.stats.requests).toBe(1);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
