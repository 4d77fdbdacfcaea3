// Drives a RunTrace the way the engine does, over a small pipeline of real child processes:
//   build (run, retried once: exit 1, then passes) → deps (a check with nested phases)
//                                                  → lint (run, exits 3) → docs (skipped)
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Attempt, PlatformInfo, RunResult, StepResult } from '../../src/model/result.js';
import { type TelemetrySettings, telemetrySchema } from '../../src/config/schema.js';
import { startRunTrace } from '../../src/telemetry/index.js';
import type { TelemetryOverrides } from '../../src/telemetry/settings.js';
import { run as runResult, step as stepResult } from './run-result.js';

export const childSpanScript = path.join(import.meta.dirname, '..', 'fixtures', 'telemetry', 'child-span.mjs');

export const githubPlatform: PlatformInfo = {
  kind: 'github',
  repository: 'acme/payments-api',
  serverUrl: 'https://github.com',
  runId: '4242',
  runUrl: 'https://github.com/acme/payments-api/actions/runs/4242',
  jobUrl: 'https://github.com/acme/payments-api/actions/runs/4242/job/7',
  ref: 'refs/heads/main',
  sha: '0123456789abcdef0123456789abcdef01234567',
  changeId: '17',
  job: 'ci',
};

export interface ScenarioOptions {
  outputDir: string;
  settings?: Partial<Record<keyof TelemetrySettings, unknown>>;
  env?: Record<string, string | undefined>;
  overrides?: TelemetryOverrides;
  platform?: PlatformInfo;
  /** The build step runs child-span.mjs (sends its own span to OTEL_EXPORTER_OTLP_ENDPOINT). */
  instrumentedBuild?: boolean;
  mask?: (secret: string) => void;
}

export interface ScenarioResult {
  traceId: string | undefined;
  warnings: string[];
  /** TRACEPARENT as each step's process saw it. */
  seenTraceparent: Record<string, string>;
  /** What the RunTrace gave each step as env. */
  stepEnv: Record<string, Record<string, string>>;
  run: RunResult;
  runBefore: string;
}

export async function traceScenario(opts: ScenarioOptions): Promise<ScenarioResult> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env };
  const platform = opts.platform ?? githubPlatform;
  const startedAt = new Date();
  const trace = await startRunTrace({
    name: 'payments-api',
    platform,
    env,
    outputDir: opts.outputDir,
    settings: telemetrySchema.parse(opts.settings ?? {}),
    startedAt,
    ...(opts.overrides ? { overrides: opts.overrides } : {}),
    ...(opts.mask ? { mask: opts.mask } : {}),
  });
  const seenTraceparent: Record<string, string> = {};
  const stepEnv: Record<string, Record<string, string>> = {};
  const steps: StepResult[] = [];

  // build: two attempts, both real processes.
  {
    const t = trace.step('build', 'run');
    stepEnv.build = t.env;
    const attempts: Attempt[] = [];
    const first = await exec(['-e', 'process.exit(1)'], { ...env, ...t.env });
    attempts.push(attempt(1, first, 'failed'));
    t.attempt(attempts[0]!);
    const args = opts.instrumentedBuild
      ? [childSpanScript, 'pytest session']
      : ['-e', 'process.stdout.write(process.env.TRACEPARENT ?? "")'];
    const second = await exec(args, { ...env, ...t.env });
    if (second.code !== 0) throw new Error(`build step failed: ${second.stderr}`);
    seenTraceparent.build = opts.instrumentedBuild ? (t.env.TRACEPARENT ?? '') : second.stdout;
    attempts.push(attempt(2, second, 'passed'));
    t.attempt(attempts[1]!);
    const result = stepResult({
      id: 'build',
      kind: 'run',
      status: 'passed',
      attempts,
      startedAt: first.startedAt,
      durationMs: Date.now() - Date.parse(first.startedAt),
      exitCode: 0,
    });
    t.end(result);
    steps.push(result);
  }

  // deps and lint run concurrently, as the scheduler would.
  const deps = (async () => {
    const t = trace.step('deps', 'deps');
    stepEnv.deps = t.env;
    const startedAt = new Date().toISOString();
    await t.phase(
      'parse lockfiles',
      async () => {
        await t.phase('query OSV', () => new Promise((resolve) => setTimeout(resolve, 5)), { 'osv.queries': 3 });
      },
      { 'deps.lockfiles': 2 },
    );
    await t.phase('explode', () => Promise.reject(new Error('the OSV API answered 500'))).catch(() => undefined);
    const result = stepResult({
      id: 'deps',
      kind: 'deps',
      needs: ['build'],
      startedAt,
      durationMs: Date.now() - Date.parse(startedAt),
      attempts: [],
      exitCode: null,
    });
    t.end(result);
    return result;
  })();
  const lint = (async () => {
    const t = trace.step('lint', 'run');
    stepEnv.lint = t.env;
    const r = await exec(['-e', 'process.stdout.write(process.env.TRACEPARENT ?? ""); process.exit(3)'], { ...env, ...t.env });
    seenTraceparent.lint = r.stdout;
    const a = attempt(1, r, 'failed');
    t.attempt(a);
    const result = stepResult({
      id: 'lint',
      kind: 'run',
      needs: ['build'],
      status: 'failed',
      reason: 'exited with code 3',
      attempts: [a],
      startedAt: r.startedAt,
      durationMs: a.durationMs,
      exitCode: 3,
    });
    t.end(result);
    return result;
  })();
  steps.push(await deps, await lint);

  const docs = stepResult({
    id: 'docs',
    kind: 'run',
    needs: ['lint'],
    status: 'skipped',
    reason: 'lint failed',
    attempts: [],
    startedAt: undefined,
    durationMs: 0,
    exitCode: null,
  });
  trace.step('docs', 'run').end(docs);
  steps.push(docs);

  const finishedAt = new Date();
  const run = runResult({
    name: 'payments-api',
    platform,
    steps,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    outputDir: opts.outputDir,
    ...(trace.traceId ? { traceId: trace.traceId } : {}),
  });
  const runBefore = JSON.stringify(run);
  const warnings = await trace.end(run);
  return { traceId: trace.traceId, warnings, seenTraceparent, stepEnv, run, runBefore };
}

interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
  startedAt: string;
  durationMs: number;
}

function exec(args: string[], env: Record<string, string | undefined>): Promise<Exec> {
  const startedAt = new Date();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, startedAt: startedAt.toISOString(), durationMs: Date.now() - startedAt.getTime() }),
    );
  });
}

function attempt(n: number, r: Exec, status: Attempt['status']): Attempt {
  return {
    attempt: n,
    startedAt: r.startedAt,
    durationMs: r.durationMs,
    exitCode: r.code,
    signal: null,
    status,
    ...(status === 'failed' ? { error: `exited with code ${r.code}` } : {}),
  };
}
