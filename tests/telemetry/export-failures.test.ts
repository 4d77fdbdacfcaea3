// Export must never fail or hold up a run: a dead, silent or refusing receiver costs at most the
// flush timeout, leaves the run result alone, keeps trace.jsonl, and yields one warning saying why.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOtlpJsonLines } from '../support/otlp-json.js';
import { traceScenario } from '../support/telemetry-scenario.js';

const servers: net.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    (s as http.Server).closeAllConnections?.();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function listen(server: net.Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A receiver that answers every export with `status`, counting the requests. */
async function answering(status: number, body = ''): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  const url = await listen(
    http.createServer((req, res) => {
      requests += 1;
      req.resume().on('end', () => res.writeHead(status, { 'content-type': 'text/plain' }).end(body));
    }),
  );
  return { url, requests: () => requests };
}

async function deadEndpoint(): Promise<string> {
  // Bind, note the port, close: nothing listens there any more.
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'runlens-export-'));
}

async function exportTo(endpoint: string, timeout = '2s') {
  const outputDir = await tempDir();
  // The trace alone: metrics-failures.test.ts covers the metrics sent to the same receiver.
  const result = await traceScenario({ outputDir, settings: { exporter: 'otlp', endpoint, timeout, metrics: false } });
  return { ...result, outputDir };
}

function expectRunUnaffected(r: Awaited<ReturnType<typeof exportTo>>): void {
  expect(JSON.stringify(r.run)).toBe(r.runBefore);
  expect(r.run.status).toBe('failed'); // the scenario's lint step fails: the same with or without a receiver
  expect(existsSync(path.join(r.outputDir, 'trace.jsonl'))).toBe(true);
}

describe('OTLP export failures', () => {
  it('warns once with "connection refused" when nothing listens at the endpoint', async () => {
    const endpoint = await deadEndpoint();
    const r = await exportTo(endpoint);
    expect(r.warnings).toEqual([
      `Trace export to ${endpoint}/v1/traces failed: connection refused (ECONNREFUSED). The run itself is unaffected; the full trace is in trace.jsonl.`,
    ]);
    expectRunUnaffected(r);
  });

  it('gives up after the flush timeout when the receiver never answers', async () => {
    let received = 0;
    // Accepts connections and reads requests, but never responds.
    const endpoint = await listen(
      http.createServer((req) => {
        received += 1;
        req.resume();
      }),
    );
    const r = await exportTo(endpoint, '500ms');
    expect(received).toBeGreaterThan(0);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/failed: no answer within \d+ ms\./);
    expectRunUnaffected(r);
  });

  it("reports the status and the receiver's explanation for a 403", async () => {
    const receiver = await answering(403, 'invalid API key');
    const r = await exportTo(receiver.url);
    expect(r.warnings).toEqual([
      `Trace export to ${receiver.url}/v1/traces failed: HTTP 403 Forbidden: invalid API key. The run itself is unaffected; the full trace is in trace.jsonl.`,
    ]);
    expectRunUnaffected(r);
  });

  it('does not retry a 4xx answer', async () => {
    const receiver = await answering(400);
    await exportTo(receiver.url);
    expect(receiver.requests()).toBe(1);
  });

  it('retries a 503 within the timeout, then reports the status', async () => {
    const receiver = await answering(503);
    const r = await exportTo(receiver.url, '1s');
    expect(receiver.requests()).toBeGreaterThan(1);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('failed: HTTP 503 Service Unavailable.');
    expectRunUnaffected(r);
  });

  it('reports a 500 without retrying it', async () => {
    const receiver = await answering(500, 'storage is full');
    const r = await exportTo(receiver.url);
    expect(receiver.requests()).toBe(1);
    expect(r.warnings[0]).toContain('failed: HTTP 500 Internal Server Error: storage is full.');
  });

  it('writes every span to trace.jsonl even when export fails', async () => {
    const r = await exportTo(await deadEndpoint());
    const names = (await readOtlpJsonLines(path.join(r.outputDir, 'trace.jsonl'))).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['RUN payments-api', 'build', 'deps', 'lint', 'docs', 'parse lockfiles', 'query OSV']));
  });

  it('never prints credentials of the endpoint URL in the warning', async () => {
    const endpoint = (await deadEndpoint()).replace('http://', 'http://user:hunter2@');
    const r = await exportTo(endpoint);
    expect(r.warnings[0]).not.toContain('hunter2');
    expect(r.warnings[0]).toContain('http://***@127.0.0.1');
  });
});
