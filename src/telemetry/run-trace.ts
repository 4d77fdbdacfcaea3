// The engine's RunTrace, with OpenTelemetry: one SERVER span for the pipeline run, one span per step,
// child spans for the phases of built-in checks, an event per attempt. Contexts are passed
// explicitly (no global tracer provider, no global context manager), so several runs can share a
// process (tests) and runlens never changes the tracing of code that embeds it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { type Context, type Span, type Tracer, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import type { Attempt, PlatformInfo, RunResult, StepResult, StepStatus } from '../model/result.js';
import { stepFailed } from '../model/result.js';
import type { RunPhase, RunTrace, SpanAttributes, StepTrace } from '../model/trace.js';
import { TraceFileProcessor } from './file-exporter.js';
import type { OtlpSpanExporter } from './otlp-exporter.js';
import type * as Sdk from './sdk-provider.js';
import { SpanRecorder } from './span-recorder.js';
import { envFromContext } from './propagation.js';
import {
  ATTR_CICD_PIPELINE_ACTION_NAME,
  ATTR_CICD_PIPELINE_NAME,
  ATTR_CICD_PIPELINE_RESULT,
  ATTR_CICD_PIPELINE_RUN_ID,
  ATTR_CICD_PIPELINE_RUN_URL_FULL,
  ATTR_CICD_PIPELINE_TASK_NAME,
  ATTR_CICD_PIPELINE_TASK_RUN_ID,
  ATTR_CICD_PIPELINE_TASK_RUN_RESULT,
  ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL,
  type CicdResult,
} from './semconv.js';
import type { ResolvedTelemetry } from './settings.js';

export interface OtelRunTraceOptions {
  name: string;
  platform: PlatformInfo;
  outputDir: string;
  telemetry: ResolvedTelemetry;
  resource: Record<string, string>;
  /** The caller's context (TRACEPARENT), or ROOT_CONTEXT. */
  parent: Context;
  /** Forced trace id for a root run span (deterministic-trace-id). */
  traceId?: string;
  startedAt: Date;
  runlensVersion: string;
  /**
   * The OTLP exporter class, when `telemetry.otlp` is set: startRunTrace loads it only then, so a run that
   * writes only trace.jsonl loads no HTTP client (node:http, node:https, node:zlib).
   */
  otlpExporter?: typeof OtlpSpanExporter;
  /**
   * The OpenTelemetry SDK (sdk-provider.ts), which startRunTrace loads with the OTLP exporter: without it
   * the spans go only to trace.jsonl and are recorded by span-recorder.ts, sparing the run the SDK's start-up.
   */
  sdk?: typeof Sdk;
  /** Warnings found while setting up, returned by end(). */
  warnings: string[];
  /** The runner's price per minute, when known (runlens.cost.* on step spans). */
  cost?: { rate: number; currency: string };
}

const TASK_RESULT: Record<StepStatus, CicdResult> = {
  passed: 'success',
  failed: 'failure',
  'timed-out': 'timeout',
  cancelled: 'cancellation',
  skipped: 'skip',
};

export class OtelRunTrace implements RunTrace {
  readonly traceId: string;
  private readonly provider: { getTracer(name: string, version?: string): Tracer; shutdown(): Promise<void> };
  private readonly tracer: Tracer;
  private readonly runSpan: Span;
  private readonly runContext: Context;
  private readonly file: TraceFileProcessor | undefined;
  private readonly otlp: OtlpSpanExporter | undefined;
  private readonly steps = new Map<string, OtelStepTrace>();
  private ended = false;
  /** Why the trace did not reach the OTLP receiver, once end() has flushed (the run's metrics count it). */
  exportProblem: { url: string; reason: string } | undefined;

  constructor(private readonly opts: OtelRunTraceOptions) {
    const processors: SpanProcessor[] = [];
    if (opts.telemetry.file) {
      this.file = new TraceFileProcessor();
      processors.push(this.file);
    }
    if (opts.telemetry.otlp && opts.otlpExporter && opts.sdk) {
      this.otlp = new opts.otlpExporter(opts.telemetry.otlp, opts.telemetry.timeoutMs, `runlens/${opts.runlensVersion}`);
      // Spans leave while the run goes on, once a second: live in the receiver's UI, and exported
      // while the steps keep the engine waiting, so little is left to send when the run ends.
      processors.push(
        new opts.sdk.BatchSpanProcessor({
          exporter: this.otlp,
          scheduledDelayMillis: 1000,
          exportTimeoutMillis: opts.telemetry.timeoutMs,
          maxQueueSize: 65536,
          maxExportBatchSize: 512,
        }),
      );
    }
    // Both sample every span (the trace file is the run's record whatever an upstream sampler decided).
    const provider = { resource: opts.resource, spanProcessors: processors, ...(opts.traceId ? { traceId: opts.traceId } : {}) };
    this.provider = opts.sdk ? opts.sdk.sdkTracerProvider(provider) : new SpanRecorder(provider);
    this.tracer = this.provider.getTracer('runlens', opts.runlensVersion);
    const { platform } = opts;
    this.runSpan = this.tracer.startSpan(
      `RUN ${opts.name}`,
      {
        kind: SpanKind.SERVER,
        startTime: opts.startedAt,
        attributes: compact({
          [ATTR_CICD_PIPELINE_NAME]: opts.name,
          [ATTR_CICD_PIPELINE_ACTION_NAME]: 'RUN',
          [ATTR_CICD_PIPELINE_RUN_ID]: platform.runId,
          [ATTR_CICD_PIPELINE_RUN_URL_FULL]: platform.runUrl,
        }),
      },
      opts.parent,
    );
    this.runContext = trace.setSpan(opts.parent, this.runSpan);
    this.traceId = this.runSpan.spanContext().traceId;
  }

  step(id: string, kind: string): StepTrace {
    const stepTrace = new OtelStepTrace(this.tracer, this.runContext, id, kind, this.opts.platform, undefined, this.opts.cost);
    this.steps.set(id, stepTrace);
    return stepTrace;
  }

  recordPhase(name: string, phase: RunPhase): void {
    if (this.ended) return;
    const span = this.tracer.startSpan(
      name,
      { kind: SpanKind.INTERNAL, startTime: phase.startedAt, attributes: phase.attributes },
      this.runContext,
    );
    if (phase.error) {
      span.setAttribute(ATTR_ERROR_TYPE, `${name}_failed`);
      span.setStatus({ code: SpanStatusCode.ERROR, message: phase.error });
    }
    span.end(phase.endedAt);
  }

  async end(result: RunResult): Promise<string[]> {
    const warnings = [...this.opts.warnings];
    if (this.ended) return warnings;
    this.ended = true;
    try {
      this.recordUntracedSteps(result);
      for (const step of this.steps.values()) step.endIfOpen();
      this.endRunSpan(result);
    } catch (err) {
      warnings.push(`Tracing could not record the end of the run: ${(err as Error).message}`);
    }
    try {
      warnings.push(...(await this.flush()));
    } catch (err) {
      warnings.push(`Tracing could not write or export the trace: ${(err as Error).message}`);
    }
    return warnings;
  }

  /** Steps the engine never started (skipped after a failed need) still belong in the trace. */
  private recordUntracedSteps(result: RunResult): void {
    const at = new Date(Date.parse(result.finishedAt) || Date.now());
    for (const step of result.steps) {
      if (this.steps.has(step.id)) continue;
      const stepTrace = new OtelStepTrace(
        this.tracer,
        this.runContext,
        step.id,
        step.kind,
        this.opts.platform,
        step.startedAt ? new Date(step.startedAt) : at,
        this.opts.cost,
      );
      this.steps.set(step.id, stepTrace);
      stepTrace.end(step);
    }
  }

  private endRunSpan(result: RunResult): void {
    const span = this.runSpan;
    const outcome: CicdResult = result.status === 'passed' ? 'success' : result.status === 'cancelled' ? 'cancellation' : 'failure';
    span.setAttributes({
      [ATTR_CICD_PIPELINE_RESULT]: outcome,
      'runlens.exit_code': result.exitCode,
      'runlens.dry_run': result.dryRun,
      'runlens.steps': result.steps.length,
      'runlens.findings.total': result.counts.total,
      'runlens.findings.critical': result.counts.critical,
      'runlens.findings.high': result.counts.high,
      'runlens.gate.passed': result.gate.passed,
    });
    span.setAttributes(costAttributes(result));
    if (result.status === 'failed') {
      const aStepFailed = result.steps.some((s) => stepFailed(s) && !s.allowedFailure);
      const overBudget = !aStepFailed && result.gate.passed && result.budget?.exceeded === true;
      span.setAttribute(ATTR_ERROR_TYPE, aStepFailed ? 'step_failed' : overBudget ? 'budget_exceeded' : 'gate_failed');
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: aStepFailed ? 'a step failed' : overBudget ? result.budget!.reason : result.gate.reason,
      });
    }
    const finished = Date.parse(result.finishedAt);
    span.end(Number.isNaN(finished) ? undefined : new Date(Math.max(finished, Date.parse(result.startedAt) || 0)));
  }

  /** Writes the trace file and flushes OTLP, within the timeout; reports, never throws. */
  private async flush(): Promise<string[]> {
    const warnings: string[] = [];
    const { timeoutMs, otlp: target } = this.opts.telemetry;
    // Shutdown first, and the file on the next turn of the event loop: the last OTLP request is
    // then on the wire while the trace file is serialized.
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const shutdown = this.provider.shutdown().then(
      () => 'done' as const,
      (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
    );
    const file = this.file;
    const fileWritten = file
      ? new Promise((resolve) => setImmediate(resolve))
          .then(() => file.write(this.opts.outputDir))
          .then(
            () => undefined,
            (err: unknown) => `The trace file could not be written to ${this.opts.outputDir}: ${(err as Error).message}`,
          )
      : undefined;
    const outcome = await Promise.race([shutdown, timedOut]);
    clearTimeout(timer);
    const fileProblem = await fileWritten;
    if (fileProblem) warnings.push(fileProblem);
    if (this.otlp && target) {
      const reason =
        this.otlp.failure ??
        (outcome === 'timeout' ? `no answer within ${timeoutMs} ms` : outcome instanceof Error ? outcome.message : undefined);
      if (reason !== undefined) {
        this.exportProblem = { url: target.url, reason };
        const rest = this.file && !fileProblem ? '; the full trace is in trace.jsonl' : '';
        warnings.push(`Trace export to ${redactUrl(target.url)} failed: ${reason}. The run itself is unaffected${rest}.`);
      }
    }
    return warnings;
  }
}

// The phase running now, so that a phase started inside another nests under it, without a global
// context manager. Keyed by step: concurrent steps never see each other's phases.
const activePhase = new AsyncLocalStorage<{ step: OtelStepTrace; context: Context }>();

class OtelStepTrace implements StepTrace {
  readonly env: Record<string, string>;
  private readonly span: Span;
  private readonly context: Context;
  private open = true;

  constructor(
    private readonly tracer: Tracer,
    parent: Context,
    private readonly id: string,
    kind: string,
    platform: PlatformInfo,
    startTime?: Date,
    private readonly cost?: { rate: number; currency: string },
  ) {
    this.span = tracer.startSpan(
      id,
      {
        kind: SpanKind.INTERNAL,
        ...(startTime ? { startTime } : {}),
        attributes: compact({
          [ATTR_CICD_PIPELINE_TASK_NAME]: id,
          [ATTR_CICD_PIPELINE_TASK_RUN_ID]: platform.runId ? `${platform.runId}/${id}` : id,
          [ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL]: platform.jobUrl ?? platform.runUrl,
          'runlens.step.kind': kind,
        }),
      },
      parent,
    );
    this.context = trace.setSpan(parent, this.span);
    this.env = envFromContext(this.context);
  }

  async phase<T>(name: string, fn: () => Promise<T>, attributes?: SpanAttributes): Promise<T> {
    const current = activePhase.getStore();
    const parent = current?.step === this ? current.context : this.context;
    const span = this.tracer.startSpan(name, { kind: SpanKind.INTERNAL, ...(attributes ? { attributes } : {}) }, parent);
    try {
      const value = await activePhase.run({ step: this, context: trace.setSpan(parent, span) }, fn);
      span.end();
      return value;
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      span.recordException(error);
      span.setAttribute(ATTR_ERROR_TYPE, error.name || 'Error');
      span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      span.end();
      throw err;
    }
  }

  attempt(a: Attempt): void {
    if (!this.open) return;
    const started = Date.parse(a.startedAt);
    this.span.addEvent(
      'attempt',
      compact({
        'runlens.attempt': a.attempt,
        'runlens.attempt.status': a.status,
        'runlens.attempt.duration_ms': a.durationMs,
        'runlens.attempt.exit_code': a.exitCode ?? undefined,
        'runlens.attempt.signal': a.signal ?? undefined,
        'runlens.attempt.error': a.error,
      }),
      Number.isNaN(started) ? undefined : new Date(started + a.durationMs),
    );
  }

  end(result: StepResult): void {
    if (!this.open) return;
    this.open = false;
    const outcome = TASK_RESULT[result.status];
    this.span.setAttributes(
      compact({
        [ATTR_CICD_PIPELINE_TASK_RUN_RESULT]: outcome,
        'runlens.step.attempts': result.attempts.length,
        'runlens.step.exit_code': result.exitCode ?? undefined,
        'runlens.step.allowed_failure': result.allowedFailure || undefined,
        'runlens.step.findings': result.findings.length || undefined,
        'runlens.step.reason': result.reason,
        'runlens.step.matrix': matrixLabel(result.id),
        'runlens.step.cpu.user_seconds': result.usage?.cpuUserSeconds,
        'runlens.step.cpu.system_seconds': result.usage?.cpuSystemSeconds,
        'runlens.step.memory.peak_rss_bytes': result.usage?.peakRssBytes,
        'runlens.step.stdout_bytes': result.usage?.stdoutBytes,
        'runlens.step.stderr_bytes': result.usage?.stderrBytes,
        ...stepCostAttributes(result, this.cost),
      }),
    );
    if (result.status === 'failed' || result.status === 'timed-out') {
      this.span.setAttribute(ATTR_ERROR_TYPE, errorType(result));
      this.span.setStatus({ code: SpanStatusCode.ERROR, message: result.reason ?? `${this.id} ${result.status}` });
    }
    this.span.end();
  }

  /** A step the engine started but never ended (the run was interrupted). */
  endIfOpen(): void {
    if (!this.open) return;
    this.open = false;
    this.span.setAttribute(ATTR_CICD_PIPELINE_TASK_RUN_RESULT, 'cancellation');
    this.span.end();
  }
}

/**
 * A step span ends while the run goes on, before the job's billed minutes are known: it carries the step's
 * own time at the runner's rate. The run span carries the billed total (rounding and overhead included);
 * run.json's StepResult.cost is each step's share of that total.
 */
function stepCostAttributes(result: StepResult, cost: { rate: number; currency: string } | undefined): Record<string, number | string> {
  if (!cost) return {};
  const ran = result.status !== 'skipped' && !result.cached && !result.resumed;
  const minutes = ran ? result.durationMs / 60_000 : 0;
  return {
    'runlens.cost.minutes': round6(minutes),
    'runlens.cost.amount': round6(minutes * cost.rate),
    'runlens.cost.currency': cost.currency,
    'runlens.cost.rate': cost.rate,
  };
}

function costAttributes(result: RunResult): SpanAttributes {
  const c = result.cost;
  return compact({
    'runlens.cost.minutes': c?.minutes,
    'runlens.cost.wall_minutes': c?.wallMinutes,
    'runlens.cost.amount': c?.amount,
    'runlens.cost.currency': c?.currency,
    'runlens.cost.rate': c?.rate,
    'runlens.cost.rate_source': c?.rateSource,
    'runlens.cost.runner': c?.runner,
    'runlens.cost.compute_minutes': c?.computeMinutes,
    'runlens.cost.base.minutes': c?.base?.wallMinutes,
    'runlens.cost.base.amount': c?.base?.amount,
    'runlens.budget.exceeded': result.budget?.exceeded,
  });
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Low-cardinality, as error.type asks: `timeout`, a signal name, or the exit code. */
function errorType(result: StepResult): string {
  if (result.status === 'timed-out') return 'timeout';
  const last = result.attempts.at(-1);
  if (last?.signal) return last.signal;
  if (result.exitCode !== null && result.exitCode !== undefined) return `exit_code_${result.exitCode}`;
  return '_OTHER';
}

function compact(attrs: Record<string, string | number | boolean | undefined>): SpanAttributes {
  const out: SpanAttributes = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

/** Endpoints may carry credentials (user:password@host); never print them. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '***';
      u.password = '';
    }
    return u.toString();
  } catch {
    return url;
  }
}

/** A matrix combination's values, from its id (`test (python=3.11, os=a)` → `python=3.11, os=a`). */
function matrixLabel(id: string): string | undefined {
  return /^[A-Za-z_][A-Za-z0-9_-]* \((.+)\)$/.exec(id)?.[1];
}
