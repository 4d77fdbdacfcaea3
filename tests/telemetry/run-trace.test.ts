import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOtlpJsonLines, spanNamed } from '../support/otlp-json.js';
import { githubPlatform, traceScenario } from '../support/telemetry-scenario.js';

const SERVER = 2;
const ERROR = 2;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'runlens-trace-'));
}

describe('a traced run, written to trace.jsonl', () => {
  it('writes the run span, a span per step and the check phases as OTLP JSON lines', async () => {
    const dir = await tempDir();
    const { traceId } = await traceScenario({ outputDir: dir });
    const spans = await readOtlpJsonLines(path.join(dir, 'trace.jsonl'));
    const root = spanNamed(spans, 'RUN payments-api');
    expect(root.parentSpanId).toBeUndefined();
    expect(root.kind).toBe(SERVER);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([traceId]));
    for (const id of ['build', 'deps', 'lint', 'docs']) expect(spanNamed(spans, id).parentSpanId).toBe(root.spanId);
    const parse = spanNamed(spans, 'parse lockfiles');
    expect(parse.parentSpanId).toBe(spanNamed(spans, 'deps').spanId);
    expect(spanNamed(spans, 'query OSV').parentSpanId).toBe(parse.spanId);
    expect(spanNamed(spans, 'query OSV').attributes['osv.queries']).toBe(3);
  });

  it('names and attributes the run span per the CI/CD semantic conventions', async () => {
    const dir = await tempDir();
    await traceScenario({ outputDir: dir });
    const root = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'RUN payments-api');
    expect(root.attributes).toMatchObject({
      'cicd.pipeline.name': 'payments-api',
      'cicd.pipeline.action.name': 'RUN',
      'cicd.pipeline.run.id': '4242',
      'cicd.pipeline.run.url.full': githubPlatform.runUrl,
      'cicd.pipeline.result': 'failure',
      'error.type': 'step_failed',
    });
    expect(root.status.code).toBe(ERROR);
  });

  it('attributes each step span as a task run, with its result', async () => {
    const dir = await tempDir();
    const spans = await readOtlpJsonLines(path.join((await traceScenario({ outputDir: dir })).run.outputDir, 'trace.jsonl'));
    expect(spanNamed(spans, 'build').attributes).toMatchObject({
      'cicd.pipeline.task.name': 'build',
      'cicd.pipeline.task.run.id': '4242/build',
      'cicd.pipeline.task.run.url.full': githubPlatform.jobUrl,
      'cicd.pipeline.task.run.result': 'success',
      'runlens.step.kind': 'run',
    });
    expect(spanNamed(spans, 'docs').attributes['cicd.pipeline.task.run.result']).toBe('skip');
  });

  it('gives a failed step error status and an error.type', async () => {
    const dir = await tempDir();
    await traceScenario({ outputDir: dir });
    const lint = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'lint');
    expect(lint.status).toEqual({ code: ERROR, message: 'exited with code 3' });
    expect(lint.attributes).toMatchObject({ 'cicd.pipeline.task.run.result': 'failure', 'error.type': 'exit_code_3' });
  });

  it('records one event per attempt, retries included', async () => {
    const dir = await tempDir();
    await traceScenario({ outputDir: dir });
    const build = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'build');
    expect(build.events.map((e) => [e.name, e.attributes['runlens.attempt'], e.attributes['runlens.attempt.status']])).toEqual([
      ['attempt', 1, 'failed'],
      ['attempt', 2, 'passed'],
    ]);
  });

  it('records an exception and error status on a phase that throws', async () => {
    const dir = await tempDir();
    await traceScenario({ outputDir: dir });
    const explode = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'explode');
    expect(explode.status).toEqual({ code: ERROR, message: 'the OSV API answered 500' });
    expect(explode.events.map((e) => e.name)).toEqual(['exception']);
  });

  it("hands each step's processes a TRACEPARENT that names the step's own span", async () => {
    const dir = await tempDir();
    const { seenTraceparent, traceId } = await traceScenario({ outputDir: dir });
    const spans = await readOtlpJsonLines(path.join(dir, 'trace.jsonl'));
    expect(seenTraceparent.build).toBe(`00-${traceId}-${spanNamed(spans, 'build').spanId}-01`);
    expect(seenTraceparent.lint).toBe(`00-${traceId}-${spanNamed(spans, 'lint').spanId}-01`);
  });

  it('puts service, VCS and CI worker attributes on the resource', async () => {
    const dir = await tempDir();
    await traceScenario({ outputDir: dir });
    const root = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'RUN payments-api');
    expect(root.resource).toMatchObject({
      'service.name': 'runlens',
      'vcs.provider.name': 'github',
      'vcs.repository.url.full': 'https://github.com/acme/payments-api',
      'vcs.repository.name': 'payments-api',
      'vcs.owner.name': 'acme',
      'vcs.ref.head.name': 'main',
      'vcs.ref.head.type': 'branch',
      'vcs.ref.head.revision': githubPlatform.sha,
      'vcs.change.id': '17',
      'cicd.worker.name': os.hostname(),
      'telemetry.sdk.language': 'nodejs',
    });
  });

  it('takes the service name from OTEL_SERVICE_NAME and adds OTEL_RESOURCE_ATTRIBUTES', async () => {
    const dir = await tempDir();
    await traceScenario({
      outputDir: dir,
      env: {
        OTEL_SERVICE_NAME: 'payments-ci',
        OTEL_RESOURCE_ATTRIBUTES: 'service.name=ignored,team=pay%20ments,deployment.environment.name=ci',
      },
    });
    const root = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'RUN payments-api');
    expect(root.resource).toMatchObject({ 'service.name': 'payments-ci', team: 'pay ments', 'deployment.environment.name': 'ci' });
  });

  it('joins the trace of the TRACEPARENT runlens was started with', async () => {
    const dir = await tempDir();
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const { traceId, stepEnv } = await traceScenario({ outputDir: dir, env: { TRACEPARENT: traceparent, TRACESTATE: 'vendor=abc' } });
    expect(traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const root = spanNamed(await readOtlpJsonLines(path.join(dir, 'trace.jsonl')), 'RUN payments-api');
    expect(root.parentSpanId).toBe('00f067aa0ba902b7');
    expect(stepEnv.build).toMatchObject({ TRACESTATE: 'vendor=abc' });
  });

  it('warns and starts its own trace when TRACEPARENT is malformed', async () => {
    const dir = await tempDir();
    const { traceId, warnings } = await traceScenario({ outputDir: dir, env: { TRACEPARENT: 'not-a-traceparent' } });
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(warnings.join('\n')).toContain('TRACEPARENT "not-a-traceparent" is not a W3C traceparent');
  });

  it('derives one trace id from the CI run id for every shard when deterministic-trace-id is on', async () => {
    const [a, b, other] = await Promise.all([
      traceScenario({
        outputDir: await tempDir(),
        settings: { 'deterministic-trace-id': true },
        platform: { ...githubPlatform, job: 'shard-1' },
      }),
      traceScenario({
        outputDir: await tempDir(),
        settings: { 'deterministic-trace-id': true },
        platform: { ...githubPlatform, job: 'shard-2' },
      }),
      traceScenario({
        outputDir: await tempDir(),
        settings: { 'deterministic-trace-id': true },
        platform: { ...githubPlatform, runId: '4243' },
      }),
    ]);
    expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.traceId).toBe(a.traceId);
    expect(other.traceId).not.toBe(a.traceId);
  });

  it('leaves the run result as it was given', async () => {
    const dir = await tempDir();
    const { run, runBefore, warnings } = await traceScenario({ outputDir: dir });
    expect(JSON.stringify(run)).toBe(runBefore);
    expect(warnings).toEqual([]);
  });

  it('writes no trace file and gives steps no TRACEPARENT when the exporter is none', async () => {
    const dir = await tempDir();
    const { traceId, stepEnv } = await traceScenario({ outputDir: dir, settings: { exporter: 'none' } });
    expect(traceId).toBeUndefined();
    expect(stepEnv.build).toEqual({});
    expect(existsSync(path.join(dir, 'trace.jsonl'))).toBe(false);
  });

  it('turns tracing off when OTEL_SDK_DISABLED is true, whatever the file says', async () => {
    const dir = await tempDir();
    const { traceId } = await traceScenario({ outputDir: dir, settings: { exporter: 'file' }, env: { OTEL_SDK_DISABLED: 'true' } });
    expect(traceId).toBeUndefined();
    expect(existsSync(path.join(dir, 'trace.jsonl'))).toBe(false);
  });

  it('masks credential header values and the endpoint password, and leaves other header values readable', async () => {
    const dir = await tempDir();
    const masked: string[] = [];
    await traceScenario({
      outputDir: dir,
      // Nothing listens on port 9 of loopback: export fails fast; masking happens before any export.
      settings: { exporter: ['otlp'], endpoint: 'http://ci:p4ss@127.0.0.1:9', timeout: '1s' },
      env: { OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20s3cr3t-token,x-team=pay,x-api-key=k3y-v4lue,x-scope-orgid=acme' },
      overrides: { headers: 'X-Honeycomb-Team=h0ney,X-Org=payments-org,Cookie=sess%3Dc00kie' },
      mask: (v) => masked.push(v),
    });
    expect(masked.sort()).toEqual(['Bearer s3cr3t-token', 'h0ney', 'k3y-v4lue', 'p4ss', 's3cr3t-token', 'sess=c00kie'].sort());
  });
});
