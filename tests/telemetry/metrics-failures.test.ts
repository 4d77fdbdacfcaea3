// Metrics export must never fail or hold up a run: a receiver that refuses, fails, hangs or takes traces
// only costs a warning (bounded by the telemetry timeout), leaves the run result alone and keeps
// metrics.jsonl. The stand-in receiver answers /v1/traces and /v1/metrics each its own way.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metricNamed, readMetricsJsonLines } from '../support/otlp-metrics.js';
import { traceScenario } from '../support/telemetry-scenario.js';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

type Answer = { status: number; body?: string; contentType?: string } | 'hang';

/** A receiver answering each signal's path as told; it records what arrived. */
async function receiver(answers: { traces: Answer; metrics: Answer }) {
  const received: { path: string; contentType: string; bytes: number }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', bytes: Buffer.concat(chunks).length });
      const answer = req.url === '/v1/metrics' ? answers.metrics : answers.traces;
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'text/plain' }).end(answer.body ?? '');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

async function deadEndpoint(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

async function exportTo(endpoint: string, settings: Record<string, unknown> = {}, env: Record<string, string> = {}) {
  const outputDir = await mkdtemp(path.join(os.tmpdir(), 'runlens-metrics-fail-'));
  const r = await traceScenario({ outputDir, settings: { endpoint, timeout: '2s', ...settings }, env });
  const file = path.join(outputDir, 'metrics.jsonl');
  expect(JSON.stringify(r.run)).toBe(r.runBefore);
  expect(r.run.status).toBe('failed'); // the scenario's lint step fails, receiver or not
  expect(existsSync(file)).toBe(true);
  return { ...r, metrics: await readMetricsJsonLines(file) };
}

const OK = { status: 200 };

describe('metrics export failures', () => {
  it('warns with the status and the explanation of a 500, and keeps the metrics in metrics.jsonl', async () => {
    const r = await receiver({ traces: OK, metrics: { status: 500, body: 'disk full' } });
    const { warnings } = await exportTo(r.url);
    expect(warnings).toEqual([
      `Metrics export to ${r.url}/v1/metrics failed: HTTP 500 Internal Server Error: disk full. The run itself is unaffected; the metrics are in metrics.jsonl.`,
    ]);
    expect(r.received.filter((x) => x.path === '/v1/metrics')).toHaveLength(1);
  });

  it('says what to do when the receiver takes traces only (a 404 on /v1/metrics)', async () => {
    const r = await receiver({ traces: OK, metrics: { status: 404, body: '404 page not found' } });
    const { warnings } = await exportTo(r.url);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('failed: HTTP 404 Not Found: 404 page not found.');
    expect(warnings[0]).toContain('telemetry.metrics: false or OTEL_METRICS_EXPORTER=file');
  });

  it('gives up after the telemetry timeout when the receiver never answers the metrics', async () => {
    const r = await receiver({ traces: OK, metrics: 'hang' });
    const { warnings } = await exportTo(r.url, { timeout: '500ms' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Metrics export to http:\/\/127\.0\.0\.1:\d+\/v1\/metrics failed: no answer within \d+ ms\./);
  });

  it('does not ask a receiver that refused the trace connection again, and counts the failure', async () => {
    const endpoint = await deadEndpoint();
    const { warnings, metrics } = await exportTo(endpoint);
    expect(warnings).toEqual([
      `Trace export to ${endpoint}/v1/traces failed: connection refused (ECONNREFUSED). The run itself is unaffected; the full trace is in trace.jsonl.`,
      `Metrics were not sent to ${endpoint}: it did not answer the trace export (connection refused (ECONNREFUSED)). They are in metrics.jsonl.`,
    ]);
    expect(metricNamed(metrics, 'cicd.system.errors').points.map((p) => p.attributes)).toEqual([
      { 'cicd.system.component': 'trace-exporter', 'error.type': 'ECONNREFUSED' },
    ]);
  });

  it('sends the metrics to a receiver that refuses traces (HTTP 404), counting the trace failure in them', async () => {
    const r = await receiver({ traces: { status: 404 }, metrics: OK });
    const { warnings, metrics } = await exportTo(r.url);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Trace export to .* failed: HTTP 404 Not Found\./);
    expect(r.received.filter((x) => x.path === '/v1/metrics').map((x) => x.contentType)).toEqual(['application/x-protobuf']);
    expect(metricNamed(metrics, 'cicd.system.errors').points.map((p) => p.attributes['error.type'])).toEqual(['404']);
  });

  it('reports the data points a receiver rejected in an OTLP partial success', async () => {
    const body = JSON.stringify({ partialSuccess: { rejectedDataPoints: 2, errorMessage: 'out of order samples' } });
    const r = await receiver({ traces: OK, metrics: { status: 200, body, contentType: 'application/json' } });
    const { warnings } = await exportTo(r.url, { protocol: 'http/json' });
    expect(warnings).toEqual([`The receiver at ${r.url}/v1/metrics rejected 2 metric data points: out of order samples.`]);
    expect(r.received.find((x) => x.path === '/v1/metrics')?.contentType).toBe('application/json');
  });

  it('never prints the credentials of a metrics endpoint URL', async () => {
    const endpoint = (await deadEndpoint()).replace('http://', 'http://user:hunter2@');
    const { warnings } = await exportTo(
      'http://127.0.0.1:9',
      { exporter: 'file' },
      {
        OTEL_METRICS_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${endpoint}/v1/metrics`,
      },
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('hunter2');
    expect(warnings[0]).toContain('http://***@127.0.0.1');
  });
});
