// Against a real OTLP receiver: Jaeger v2 with in-memory storage, queried through its HTTP API.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Jaeger, type JaegerSpan, type JaegerTrace, parentOf, startJaeger, tagsOf } from '../support/jaeger.js';
import { githubPlatform, traceScenario } from '../support/telemetry-scenario.js';

let jaeger: Jaeger;
beforeAll(async () => {
  jaeger = await startJaeger();
});
afterAll(async () => {
  await jaeger?.stop();
});

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'runlens-jaeger-test-'));
}

function named(trace: JaegerTrace, name: string): JaegerSpan {
  const span = trace.spans.find((s) => s.operationName === name);
  if (!span) throw new Error(`no span "${name}" in Jaeger's trace: ${trace.spans.map((s) => s.operationName).join(', ')}`);
  return span;
}

// run + build, deps, lint, docs + parse lockfiles, query OSV, explode + the script's own span
const SPANS = 9;

describe('traces in Jaeger', () => {
  it("nests the instrumented script's own span under its step, under the run", async () => {
    const { traceId, warnings } = await traceScenario({
      outputDir: await tempDir(),
      // The script reads the endpoint from the environment, as any OTel-instrumented tool would.
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl },
      instrumentedBuild: true,
    });
    expect(warnings).toEqual([]);
    const trace = await jaeger.waitForTrace(traceId!, SPANS);
    const run = named(trace, 'RUN payments-api');
    const build = named(trace, 'build');
    const script = named(trace, 'pytest session');
    expect(parentOf(run)).toBeUndefined();
    expect(parentOf(build)).toBe(run.spanID);
    expect(parentOf(script)).toBe(build.spanID);
    expect(trace.processes[script.processID]!.serviceName).toBe('instrumented-script');
    expect(trace.processes[run.processID]!.serviceName).toBe('runlens');
  });

  it('carries the CI/CD attributes on the run and step spans', async () => {
    const { traceId } = await traceScenario({ outputDir: await tempDir(), env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl } });
    const trace = await jaeger.waitForTrace(traceId!, SPANS - 1);
    expect(tagsOf(named(trace, 'RUN payments-api').tags)).toMatchObject({
      'span.kind': 'server',
      'cicd.pipeline.name': 'payments-api',
      'cicd.pipeline.run.id': '4242',
      'cicd.pipeline.run.url.full': githubPlatform.runUrl,
      'cicd.pipeline.result': 'failure',
      'cicd.pipeline.action.name': 'RUN',
    });
    expect(tagsOf(named(trace, 'lint').tags)).toMatchObject({
      'cicd.pipeline.task.name': 'lint',
      'cicd.pipeline.task.run.id': '4242/lint',
      'cicd.pipeline.task.run.url.full': githubPlatform.jobUrl,
      'cicd.pipeline.task.run.result': 'failure',
      'error.type': 'exit_code_3',
      error: true,
    });
    expect(named(trace, 'build').logs).toHaveLength(2);
    expect(parentOf(named(trace, 'query OSV'))).toBe(named(trace, 'parse lockfiles').spanID);
  });

  it('carries the VCS and service attributes on the resource', async () => {
    const { traceId } = await traceScenario({
      outputDir: await tempDir(),
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl, OTEL_RESOURCE_ATTRIBUTES: 'team=payments' },
    });
    const trace = await jaeger.waitForTrace(traceId!, SPANS - 1);
    const process = trace.processes[named(trace, 'RUN payments-api').processID]!;
    expect(tagsOf(process.tags)).toMatchObject({
      'vcs.repository.url.full': 'https://github.com/acme/payments-api',
      'vcs.ref.head.name': 'main',
      'vcs.ref.head.revision': githubPlatform.sha,
      'vcs.change.id': '17',
      'cicd.worker.name': os.hostname(),
      team: 'payments',
    });
  });

  it('exports OTLP/HTTP JSON as well as protobuf', async () => {
    const { traceId, warnings } = await traceScenario({
      outputDir: await tempDir(),
      settings: { endpoint: jaeger.otlpUrl, protocol: 'http/json' },
    });
    expect(warnings).toEqual([]);
    const trace = await jaeger.waitForTrace(traceId!, SPANS - 1);
    expect(trace.spans.map((s) => s.operationName).sort()).toEqual([
      'RUN payments-api',
      'build',
      'deps',
      'docs',
      'explode',
      'lint',
      'parse lockfiles',
      'query OSV',
    ]);
  });

  it("lands the run in the caller's trace when started with TRACEPARENT", async () => {
    const callerTrace = '5b8efff798038103d269b633813fc60c';
    const { traceId } = await traceScenario({
      outputDir: await tempDir(),
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl, TRACEPARENT: `00-${callerTrace}-eee19b7ec3c1b174-01` },
    });
    expect(traceId).toBe(callerTrace);
    const trace = await jaeger.waitForTrace(callerTrace, SPANS - 1);
    expect(parentOf(named(trace, 'RUN payments-api'))).toBe('eee19b7ec3c1b174');
  });

  it('puts two shards of one CI run into one trace with deterministic trace ids', async () => {
    const platform = { ...githubPlatform, runId: `shards-${Date.now()}` };
    const [a, b] = await Promise.all(
      ['shard-1', 'shard-2'].map(async (job) =>
        traceScenario({
          outputDir: await tempDir(),
          settings: { 'deterministic-trace-id': true },
          env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpUrl },
          platform: { ...platform, job },
        }),
      ),
    );
    expect(b!.traceId).toBe(a!.traceId);
    const trace = await jaeger.waitForTrace(a!.traceId!, 2 * (SPANS - 1));
    expect(trace.spans.filter((s) => s.operationName === 'RUN payments-api')).toHaveLength(2);
  });
});
