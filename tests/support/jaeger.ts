// A real Jaeger v2 for tests and bench/otel: in-memory storage, OTLP/HTTP receiver and query API on
// free loopback ports, started and stopped by the caller. Built by `scripts/install-tools.sh jaeger`.
// Jaeger v2 is an OpenTelemetry Collector: its OTLP receiver also takes metrics, which a metrics pipeline
// hands to the Collector's Prometheus exporter (scraped at `prometheusUrl`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
// A .ts specifier: the benches (bench/otel, bench/metrics) load this file with Node's own type stripping.
import { stopChild } from './child-process.ts';

export function jaegerBinary(): string {
  const tools = process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools');
  return path.join(tools, 'bin', 'jaeger');
}

/** The Jaeger query API's JSON (the one its UI reads). */
export interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  references: { refType: string; traceID: string; spanID: string }[];
  tags: { key: string; type: string; value: string | number | boolean }[];
  logs: { timestamp: number; fields: { key: string; value: unknown }[] }[];
  processID: string;
  startTime: number;
  duration: number;
}
export interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string; tags: { key: string; value: unknown }[] }>;
}

export interface Jaeger {
  /** OTLP/HTTP base URL (`/v1/traces` is the traces path). */
  otlpUrl: string;
  queryUrl: string;
  /** The Collector's Prometheus exporter: `GET /metrics` shows the metrics received over OTLP. */
  prometheusUrl: string;
  /** The trace once it has at least `minSpans` spans (Jaeger's batch processor lands them shortly after export). */
  waitForTrace(traceId: string, minSpans: number): Promise<JaegerTrace>;
  stop(): Promise<void>;
}

export async function startJaeger(): Promise<Jaeger> {
  const binary = jaegerBinary();
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`bash scripts/install-tools.sh jaeger\` (a go build of Jaeger v2)`);
  const [otlp, query, queryGrpc, health, prometheus] = (await freePorts(5)) as [number, number, number, number, number];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-jaeger-'));
  const config = path.join(dir, 'jaeger.yaml');
  await writeFile(config, jaegerConfig({ otlp, query, queryGrpc, health, prometheus }));
  const child = spawn(binary, ['--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const queryUrl = `http://127.0.0.1:${query}`;
  const stop = async (): Promise<void> => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(60_000, async () => {
      if (child.exitCode !== null) throw new Error(`jaeger exited with ${child.exitCode}:\n${stderr}`);
      return (await fetchOk(`${queryUrl}/api/services`)) && (await portOpen(otlp));
    });
  } catch (err) {
    await stop();
    throw new Error(`jaeger did not become ready: ${(err as Error).message}\n${stderr.slice(-4000)}`, { cause: err });
  }
  return {
    otlpUrl: `http://127.0.0.1:${otlp}`,
    queryUrl,
    prometheusUrl: `http://127.0.0.1:${prometheus}`,
    stop,
    async waitForTrace(traceId, minSpans) {
      let last: JaegerTrace | undefined;
      try {
        await waitUntil(30_000, async () => {
          const res = await fetch(`${queryUrl}/api/traces/${traceId}`);
          if (!res.ok) return false;
          const body = (await res.json()) as { data?: JaegerTrace[] };
          last = body.data?.[0];
          return (last?.spans.length ?? 0) >= minSpans;
        });
      } catch {
        throw new Error(
          `trace ${traceId} has ${last?.spans.length ?? 0} spans in Jaeger, expected at least ${minSpans}: ${last ? last.spans.map((s) => s.operationName).join(', ') : 'not found'}`,
        );
      }
      return last!;
    },
  };
}

function jaegerConfig(p: { otlp: number; query: number; queryGrpc: number; health: number; prometheus: number }): string {
  return `service:
  extensions: [jaeger_storage, jaeger_query, healthcheckv2]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
    metrics:
      receivers: [otlp]
      exporters: [prometheus]
  telemetry:
    metrics:
      level: none
    logs:
      level: warn
extensions:
  healthcheckv2:
    use_v2: true
    http:
      endpoint: 127.0.0.1:${p.health}
  jaeger_query:
    storage:
      traces: memstore
    http:
      endpoint: 127.0.0.1:${p.query}
    grpc:
      endpoint: 127.0.0.1:${p.queryGrpc}
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 10000
receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:${p.otlp}
processors:
  batch:
    timeout: 50ms
exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
  prometheus:
    endpoint: 127.0.0.1:${p.prometheus}
`;
}

/** Attributes of a Jaeger span (tags) or process, as a record. */
export function tagsOf(tags: { key: string; value: unknown }[]): Record<string, unknown> {
  return Object.fromEntries(tags.map((t) => [t.key, t.value]));
}

export function parentOf(span: JaegerSpan): string | undefined {
  return span.references.find((r) => r.refType === 'CHILD_OF')?.spanID;
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

async function fetchOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntil(limitMs: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error(`not ready after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
