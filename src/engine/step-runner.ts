// One step from start to StepResult: attempts with backoff, a process or a built-in check, then the
// SARIF / JUnit files a `run:` step wrote.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseOutputs } from './conditions.js';
import type { CheckContext, StepOutcome } from '../checks/check.js';
import { findCheck } from '../checks/registry.js';
import { formatDuration } from '../base/duration.js';
import { RunlensError, formatPosition } from '../base/errors.js';
// The ingesters (an XML parser, SARIF types and globbing) load only for a step that has files for them.
import type { ProblemCollector } from '../ingest/problem-matcher.js';
import type { Finding } from '../model/finding.js';
import { backoffDelay, sleep } from './backoff.js';
import type { EngineContext } from './context.js';
import type { PlannedStep } from './plan.js';
import { createExec } from './exec.js';
import { runProcess } from './process.js';
import { applyLimits } from './resources.js';
import type { ProcessOutcome } from './process.js';
import type { Redactor } from './redactor.js';
import type { Attempt, StepResult, StepUsage, TestCase, ToolRun } from '../model/result.js';
import { stepFailed } from '../model/result.js';
import { RUNLENS_VERSION } from '../base/version.js';
import { StepLog } from './step-log.js';
import type { StepTrace } from '../model/trace.js';
import type { ShardSpec } from '../base/stable-shard.js';
import { recordWrite } from '../base/written-files.js';

export interface StepRun {
  ctx: EngineContext;
  trace: StepTrace;
  redactor: Redactor;
  /** Relative to the output dir. */
  logPath: string;
  /** Draws jitter for retry delays; Math.random unless a test seeds it. */
  random?: () => number;
  /** A split step of a sharded run: the check keeps this shard's items (`inShard`). */
  shard?: ShardSpec;
  /** The step's `env:` with its `${{ … }}` values rendered (default: `step.env`). */
  env?: Record<string, string>;
  /** The secrets the step lists (`secrets:`), by name: its environment only, never its `env` (the cache key hashes that). */
  secretEnv?: Record<string, string>;
  /** Receives the step's outputs unmasked (the result holds them masked), for later steps' expressions. */
  onOutputs?: (outputs: Record<string, string>) => void;
}

interface AttemptOutcome extends ProcessOutcome {
  check?: StepOutcome;
}

export async function runStep(step: PlannedStep, run: StepRun): Promise<StepResult> {
  const { ctx, trace } = run;
  const started = Date.now();
  const logFile = path.join(ctx.outputDir, run.logPath);
  const log = await StepLog.open(logFile, run.redactor, (line) => ctx.progress.stepOutput(step.id, line), ctx.logLimit);
  // `$RUNLENS_OUTPUT`: the file a `run:` step writes its outputs to (name=value, or name<<EOF … EOF).
  const outputFile = path.join(ctx.outputDir, 'outputs', path.basename(run.logPath, '.log'));
  await mkdir(path.dirname(outputFile), { recursive: true });
  await writeFile(outputFile, '');
  recordWrite(outputFile);
  const env: Record<string, string | undefined> = {
    ...ctx.env,
    ...(run.env ?? step.env),
    ...run.secretEnv,
    ...trace.env,
    RUNLENS_STEP: step.id,
    RUNLENS_OUTPUT: outputFile,
  };
  const total = 1 + step.retries.attempts;
  const attempts: Attempt[] = [];
  let last: AttemptOutcome | undefined;
  let cancelledWhileWaiting = false;
  let usage: StepUsage | undefined;

  if (step.kind === 'run') log.note(`$ ${Array.isArray(step.command) ? JSON.stringify(step.command) : step.command}`);
  const problems = step.problemMatchers?.length
    ? await (
        await import('../ingest/problem-matcher.js')
      ).ProblemCollector.open(step.problemMatchers, {
        cwd: step.cwd,
        workspace: ctx.workspace,
        stepId: step.id,
        category: 'quality',
        redact: (text) => run.redactor.redact(text),
      })
    : undefined;
  for (let n = 1; n <= total; n++) {
    if (n > 1) {
      const delayMs = backoffDelay(n - 1, step.retries.backoffMs, { random: run.random });
      ctx.progress.stepRetrying(step.id, attempts[attempts.length - 1]!, { attempt: n, of: total, delayMs });
      log.note(`retrying in ${formatDuration(delayMs)}`);
      if (!(await sleep(delayMs, ctx.signal))) {
        cancelledWhileWaiting = true;
        break;
      }
    }
    if (total > 1) log.note(`attempt ${n}/${total}`);
    const attemptStarted = new Date();
    problems?.reset();
    last = step.kind === 'run' ? await runCommand(step, env, log, ctx, problems) : await runCheck(step, env, log, run);
    if (last.usage) usage = usage ? addUsage(usage, last.usage) : last.usage;
    // Errors quote what tools said: redacted before the console, the trace or the RunResult see them.
    const attempt: Attempt = run.redactor.redactDeep({
      attempt: n,
      startedAt: attemptStarted.toISOString(),
      durationMs: Date.now() - attemptStarted.getTime(),
      exitCode: last.exitCode,
      signal: last.signal,
      status: last.status,
      ...(last.error ? { error: last.error } : {}),
    } satisfies Attempt);
    attempts.push(attempt);
    trace.attempt(attempt);
    if (last.status === 'failed' && last.error) log.note(`failed: ${last.error}`);
    if (last.status === 'passed' || last.status === 'cancelled' || ctx.signal.aborted) break;
  }

  let status: StepResult['status'] = cancelledWhileWaiting ? 'cancelled' : (last?.status ?? 'cancelled');
  let reason = cancelledWhileWaiting ? 'cancelled while waiting to retry' : last?.error;
  let findings: Finding[] = last?.check?.findings ?? [];
  let cases: TestCase[] = last?.check?.cases ?? [];
  const artifacts = [...(last?.check?.artifacts ?? [])];
  let tools = last?.check?.tools ?? declaredTools(step.kind);
  if (step.kind === 'run' && status !== 'cancelled') {
    const ingested = await ingest(step, ctx.workspace, log, problems);
    findings = ingested.findings;
    cases = ingested.cases;
    artifacts.push(...ingested.files);
    tools = ingested.tools;
    if (ingested.problem && status === 'passed') {
      status = 'failed';
      reason = ingested.problem;
    }
  }
  const outputs = await readOutputs(step, outputFile, { findings, cases }, log, run.redactor);
  run.onOutputs?.(withoutSecrets(outputs, ctx, log));
  const warnings = last?.check?.warnings ?? [];
  // A check's own words: to the log and the console, as its other output.
  for (const w of warnings) log.line(`warning: ${w}`);
  const incomplete = await log.close();
  if (incomplete) reason = reason ? `${reason}; ${incomplete}` : incomplete;

  const result: StepResult = {
    id: step.id,
    kind: step.kind,
    needs: step.needs,
    status,
    allowedFailure: step.continueOnError && stepFailed({ status }),
    ...(reason ? { reason } : {}),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    attempts,
    exitCode: last?.exitCode ?? null,
    logPath: run.logPath,
    findings,
    cases,
    artifacts,
    ...(last?.check?.summary ? { summary: last.check.summary } : {}),
    ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
    ...(usage ? { usage } : {}),
    ...(tools.length > 0 ? { tools } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(run.shard ? { shards: [run.shard.index] } : {}),
  };
  // Findings, test cases and reasons quote other tools' text: nothing sees the result unredacted.
  return run.redactor.redactDeep(result);
}

/**
 * What the step wrote to `$RUNLENS_OUTPUT`; a built-in check's counts (`findings`, `tests`, `failed-tests`)
 * come first. A value holding a secret is masked everywhere from now on (it still reaches later steps' env).
 */
async function readOutputs(
  step: PlannedStep,
  file: string,
  got: { findings: Finding[]; cases: TestCase[] },
  log: StepLog,
  redactor: Redactor,
): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  if (step.kind !== 'run') {
    outputs.findings = String(got.findings.length);
    outputs.tests = String(got.cases.length);
    outputs['failed-tests'] = String(got.cases.filter((c) => c.status === 'failed' || c.status === 'error').length);
  }
  const text = await readFile(file, 'utf8').catch(() => '');
  const parsed = parseOutputs(text);
  // The file stays in the output dir: what it holds is redacted there too.
  const redacted = redactor.redact(text);
  if (redacted !== text) await writeFile(file, redacted);
  for (const p of parsed.problems) log.note(`$RUNLENS_OUTPUT: ${p}`);
  Object.assign(outputs, parsed.outputs);
  // Redacting registers each secret the rules find in a value: it is masked from then on (and on the platform).
  for (const value of Object.values(outputs)) redactor.redact(value);
  return outputs;
}

/**
 * A secret from a secret manager reaches only the steps that list it: an output carrying one is not
 * handed to later steps' expressions (as GitHub drops an output that holds a secret).
 */
function withoutSecrets(outputs: Record<string, string>, ctx: EngineContext, log: StepLog): Record<string, string> {
  const secrets = ctx.secrets;
  if (!secrets) return outputs;
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(outputs)) {
    if (secrets.holdsValue(value))
      log.note(
        `$RUNLENS_OUTPUT: output "${name}" holds a secret; later steps do not get it (list the secret in their \`secrets:\` instead)`,
      );
    else kept[name] = value;
  }
  return kept;
}

/** Attempts add up: CPU and bytes sum, the peak is the highest. */
function addUsage(a: StepUsage, b: StepUsage): StepUsage {
  return {
    cpuUserSeconds: Math.round((a.cpuUserSeconds + b.cpuUserSeconds) * 100) / 100,
    cpuSystemSeconds: Math.round((a.cpuSystemSeconds + b.cpuSystemSeconds) * 100) / 100,
    peakRssBytes: Math.max(a.peakRssBytes, b.peakRssBytes),
    stdoutBytes: a.stdoutBytes + b.stdoutBytes,
    stderrBytes: a.stderrBytes + b.stderrBytes,
  };
}

/** A check's own tool, when its category is its own (an ingester's tools come from what it read). */
function declaredTools(kind: string): ToolRun[] {
  const check = kind === 'run' ? undefined : findCheck(kind);
  if (!check || check.category === 'mixed') return [];
  return [
    {
      name: check.tool.name,
      version: RUNLENS_VERSION,
      ...(check.tool.informationUri ? { informationUri: check.tool.informationUri } : {}),
      category: check.category,
    },
  ];
}

async function runCommand(
  step: PlannedStep,
  env: Record<string, string | undefined>,
  log: StepLog,
  ctx: EngineContext,
  problems?: ProblemCollector,
): Promise<ProcessOutcome> {
  const limits = await applyLimits(step.resources);
  for (const n of limits.notes) log.note(n);
  const outcome = await runProcess({
    prefix: limits.prefix,
    command: step.command!,
    shell: step.shell,
    cwd: step.cwd,
    env,
    timeoutMs: step.timeoutMs,
    killGraceMs: ctx.killGraceMs,
    signal: ctx.signal,
    onLine: (line) => {
      log.line(line);
      problems?.feed(line);
    },
    onNote: (line) => log.note(line),
  });
  const after = await limits.finish();
  if (after.killedFor && outcome.status === 'failed') return { ...outcome, error: after.killedFor };
  if (after.hint && outcome.status === 'failed') return { ...outcome, error: `${outcome.error ?? 'failed'} (${after.hint})` };
  return outcome;
}

/**
 * A built-in check runs in-process. Its signal fires on timeout or cancel; a check that ignores it is
 * abandoned after the kill grace (it cannot be killed), and the step ends all the same.
 */
async function runCheck(step: PlannedStep, env: Record<string, string | undefined>, log: StepLog, run: StepRun): Promise<AttemptOutcome> {
  const { ctx, trace } = run;
  const check = findCheck(step.kind);
  if (!check) throw new Error(`runlens bug: the plan let through unknown check kind "${step.kind}"`);
  if (ctx.signal.aborted) return { status: 'cancelled', exitCode: null, signal: null, error: 'the run was cancelled before it started' };

  const controller = new AbortController();
  let stopReason: 'timed-out' | 'cancelled' | undefined;
  let abandon: () => void = () => undefined;
  const abandoned = new Promise<'abandoned'>((resolve) => {
    abandon = () => resolve('abandoned');
  });
  let graceTimer: NodeJS.Timeout | undefined;
  const stop = (reason: 'timed-out' | 'cancelled'): void => {
    if (stopReason) return;
    stopReason = reason;
    controller.abort(new Error(reason === 'timed-out' ? `timed out after ${formatDuration(step.timeoutMs)}` : 'the run was cancelled'));
    graceTimer = setTimeout(abandon, ctx.killGraceMs);
  };
  const timer = step.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(step.timeoutMs, 2 ** 31 - 1)) : undefined;
  const onAbort = (): void => stop('cancelled');
  ctx.signal.addEventListener('abort', onAbort, { once: true });

  const checkCtx: CheckContext<unknown> = {
    stepId: step.id,
    cwd: step.cwd,
    workspace: ctx.workspace,
    outputDir: ctx.outputDir,
    options: step.options,
    platform: ctx.platform,
    env,
    signal: controller.signal,
    log: (line) => {
      for (const l of String(line).split(/\r?\n/)) log.line(l);
    },
    // Once per value on the platform, even when the rules found it first in some step's output.
    mask: (value) => run.redactor.mask(value),
    where: (optionPath) => {
      const p = ctx.locate?.(['steps', step.id, 'with', ...optionPath]);
      if (p?.line !== undefined) return formatPosition(p);
      const option = optionPath.map((x) => (typeof x === 'number' ? `[${x}]` : `.${x}`)).join('');
      return `${p ? `${p.file}: ` : ''}step "${step.id}", with${option}`;
    },
    phase: (name, fn, attributes) =>
      trace.phase(name, redactingErrors(fn, run.redactor), attributes && run.redactor.redactDeep(attributes)),
    exec: createExec({
      shell: step.shell,
      cwd: step.cwd,
      env,
      killGraceMs: ctx.killGraceMs,
      signal: controller.signal,
      line: (l) => log.line(l),
      note: (l) => log.note(l),
      requires: check.requires,
    }),
    ...(run.shard ? { shard: run.shard } : {}),
  };

  let outcome: AttemptOutcome;
  try {
    const settled = await Promise.race([check.run(checkCtx), abandoned]);
    if (settled === 'abandoned') {
      log.note(`the ${step.kind} check did not stop within ${formatDuration(ctx.killGraceMs)} of being asked to; left behind`);
      outcome = { status: 'failed', exitCode: null, signal: null };
    } else {
      const failed = settled.status === 'failed';
      outcome = {
        status: failed ? 'failed' : 'passed',
        exitCode: null,
        signal: null,
        ...(failed ? { error: settled.error ?? `the ${step.kind} check failed` } : {}),
        check: settled,
      };
    }
  } catch (err) {
    if (err instanceof RunlensError) {
      outcome = { status: 'failed', exitCode: null, signal: null, error: err.message };
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      if (!stopReason) log.note(`the ${step.kind} check crashed:\n${e.stack ?? e.message}`);
      outcome = {
        status: 'failed',
        exitCode: null,
        signal: null,
        error: `the ${step.kind} check crashed (${e.message}); the stack trace is in the step log — this is a runlens bug, please report it`,
      };
    }
  } finally {
    clearTimeout(timer);
    clearTimeout(graceTimer);
    ctx.signal.removeEventListener('abort', onAbort);
  }
  if (stopReason === 'timed-out') return { ...outcome, status: 'timed-out', error: `timed out after ${formatDuration(step.timeoutMs)}` };
  if (stopReason === 'cancelled') return { ...outcome, status: 'cancelled', error: 'cancelled' };
  return outcome;
}

interface Ingested {
  findings: Finding[];
  cases: TestCase[];
  /** Relative to the workspace. */
  files: string[];
  tools: ToolRun[];
  /** Why the step fails because of its report files. */
  problem?: string;
}

/** The `sarif:` and `junit:` files a `run:` step wrote. The ingesters reject a pattern that matches no file. */
async function ingest(step: PlannedStep, workspace: string, log: StepLog, matched?: ProblemCollector): Promise<Ingested> {
  const out: Ingested = { findings: [], cases: [], files: [], tools: [] };
  const problems: string[] = [];
  // What the step's problem matchers read in its output (the last attempt's).
  if (matched) {
    out.findings.push(...matched.findings());
    out.tools.push(...matched.tools());
    if (matched.problem) problems.push(matched.problem);
  }
  const opts = { cwd: step.cwd, workspace, stepId: step.id, confine: true };
  for (const [key, patterns] of [
    ['sarif', step.sarif],
    ['junit', step.junit],
  ] as const) {
    if (patterns.length === 0) continue;
    try {
      if (key === 'sarif') {
        const { ingestSarif } = await import('../ingest/sarif.js');
        const r = await ingestSarif(patterns, opts);
        out.findings.push(...r.findings);
        out.files.push(...r.files);
        out.tools.push(...r.tools);
      } else {
        const { ingestJunit } = await import('../ingest/junit.js');
        const r = await ingestJunit(patterns, opts);
        out.cases.push(...r.cases);
        out.files.push(...r.files);
      }
    } catch (err) {
      if (err instanceof RunlensError) {
        problems.push(err.message);
      } else {
        const e = err instanceof Error ? err : new Error(String(err));
        log.note(`reading the ${key} files crashed:\n${e.stack ?? e.message}`);
        problems.push(
          `reading the ${key} files crashed (${e.message}); the stack trace is in the step log — this is a runlens bug, please report it`,
        );
      }
    }
  }
  for (const p of problems) log.note(p);
  return problems.length > 0 ? { ...out, problem: problems.join('; ') } : out;
}

/** A span records the exception of a failed phase: its message and stack are redacted first. */
function redactingErrors<T>(fn: () => Promise<T>, redactor: Redactor): () => Promise<T> {
  return () =>
    fn().catch((err: unknown) => {
      if (err instanceof Error) {
        err.message = redactor.redact(err.message);
        if (err.stack) err.stack = redactor.redact(err.stack);
      }
      throw err;
    });
}
