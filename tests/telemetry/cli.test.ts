// End to end through the built CLI (dist/cli.js), against a real Jaeger v2.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/result.js';
import { type Jaeger, parentOf, startJaeger } from '../support/jaeger.js';
import { childSpanScript } from '../support/telemetry-scenario.js';
import { distCli, requireDist, runNode, tempWorkspace } from '../support/dist.js';

let jaeger: Jaeger;
beforeAll(async () => {
  requireDist(distCli);
  jaeger = await startJaeger();
});
afterAll(async () => {
  await jaeger?.stop();
});

const pipeline = `version: 1
name: e2e-traced
steps:
  build:
    run: [${JSON.stringify(process.execPath)}, ${JSON.stringify(childSpanScript)}, pytest session]
  test:
    needs: [build]
    run: echo tested
`;

async function readRun(workspace: string): Promise<RunResult> {
  return JSON.parse(await readFile(path.join(workspace, '.runlens', 'run.json'), 'utf8')) as RunResult;
}

async function deadEndpoint(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('runlens run, traced', () => {
  it("nests an instrumented step's own span under its step span, under the run span, in Jaeger", async () => {
    const workspace = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await runNode(distCli, ['run'], { cwd: workspace, env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl } });
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
    const run = await readRun(workspace);
    expect(run.traceId).toMatch(/^[0-9a-f]{32}$/);
    const trace = await jaeger.waitForTrace(run.traceId!, 4);
    const byName = new Map(trace.spans.map((s) => [s.operationName, s]));
    const root = byName.get('RUN e2e-traced')!;
    expect(parentOf(root)).toBeUndefined();
    expect(parentOf(byName.get('build')!)).toBe(root.spanID);
    expect(parentOf(byName.get('test')!)).toBe(root.spanID);
    expect(parentOf(byName.get('pytest session')!)).toBe(byName.get('build')!.spanID);
  });

  it('keeps the exit code and result when the receiver is down, and notes why the export failed', async () => {
    const workspace = await tempWorkspace({ 'runlens.yml': pipeline.replace(/ {2}build:\n.*\n/, '  build:\n    run: echo built\n') });
    const endpoint = await deadEndpoint();
    const ran = await runNode(distCli, ['run'], { cwd: workspace, env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } });
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
    const run = await readRun(workspace);
    expect(run.status).toBe('passed');
    expect(run.notes).toContain(
      `Trace export to ${endpoint}/v1/traces failed: connection refused (ECONNREFUSED). The run itself is unaffected; the full trace is in trace.jsonl.`,
    );
    expect(existsSync(path.join(workspace, '.runlens', 'trace.jsonl'))).toBe(true);
  });

  it('draws the trace file of a run with `runlens trace show`', async () => {
    const workspace = await tempWorkspace({ 'runlens.yml': pipeline });
    await runNode(distCli, ['run'], { cwd: workspace, env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl } });
    const shown = await runNode(distCli, ['trace', 'show', '.runlens/trace.jsonl'], { cwd: workspace, env: { NO_COLOR: '1' } });
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^Trace [0-9a-f]{32} — 3 spans/);
    expect(shown.stdout).toMatch(/^RUN e2e-traced +│/m);
    expect(shown.stdout).toMatch(/^├─ build +│/m);
    expect(shown.stdout).toMatch(/^└─ test +│/m);
  });
});
