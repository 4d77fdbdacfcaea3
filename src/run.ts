// The one engine behind every door: config → plan → run → RunResult → reports → exit code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config/load.js';
import type { ConfigOverrides } from './config/overrides.js';
import { buildPlan, formatPlan } from './engine/plan.js';
import { prepareScaleOut } from './engine/scale-out.js';
import type { ShardSpec } from './base/stable-shard.js';
import type { Plan } from './engine/plan.js';
import { RUN_RESULT_VERSION } from './model/result.js';
import type { RunResult, RunStatus, StepResult } from './model/result.js';
import { runPlan } from './engine/scheduler.js';
import { applyReview, prepareReview } from './engine/review.js';
import { createRedactor } from './engine/redactor.js';
import { redactingPlatform } from './platform/redacting.js';
import { EXIT, UsageError, formatPosition } from './base/errors.js';
import { writableDirProblem } from './base/writable-dir.js';
import { pathEscape, realPathEscape } from './base/workspace-path.js';
import { ledgerMark } from './base/written-files.js';
import { countFindings, evaluateGate } from './findings/gate.js';
import type { Platform } from './platform/platform.js';
import { annotationsNote, chooseAnnotations } from './report/annotations.js';
import { withinDeadline } from './platform/api-phase.js';
import { commentMarker, renderComment } from './report/comment.js';
import { actionOutputs } from './report/outputs.js';
import { createConsoleProgress } from './report/progress.js';
import { writeReports } from './report/write-reports.js';
import { attributeCost, loadBaseRun, runnerRate, type RateLookup } from './report/cost.js';
import type { Config } from './config/schema.js';
import type { ReportPaths } from './report/write-reports.js';
import { checkTelemetryOverrides, startRunTrace, traceSummaryMarkdown, type TelemetryOverrides } from './telemetry/index.js';
import { RUNLENS_VERSION } from './base/version.js';

export interface RunOptions {
  /** Absolute; where the run starts: runlens.yml is looked for, steps start and output-dir resolves here. */
  workspace: string;
  /**
   * Absolute repository root (default: `workspace`). Every reported path — annotations, summary links,
   * SARIF URIs under %SRCROOT%, GitLab reports, run.json — is relative to it, also when the run
   * starts in a subfolder (the action's `working-directory`, a monorepo package).
   */
  root?: string;
  configPath?: string;
  /** Run only these steps (and what they need). */
  steps?: string[];
  dryRun?: boolean;
  overrides?: ConfigOverrides;
  /** Tracing settings from action inputs / CLI flags (they beat OTEL_* and the file). */
  telemetry?: TelemetryOverrides;
  /** Which door the settings came through, so errors name the input or the flag. */
  door: 'cli' | 'action';
  env: Record<string, string | undefined>;
  /** Where progress goes. */
  out: NodeJS.WriteStream;
  color: boolean;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM). */
  signal: AbortSignal;
  /** `--shard I/N`: run this shard's share of the plan (engine/shard.ts). */
  shard?: ShardSpec;
  /** `--durations FILE`: a previous run.json whose step durations balance the shards. */
  durations?: string;
  /** `--resume`: run only what did not pass in the last run.json of the output dir. */
  resume?: boolean;
  /** `--base-run FILE`: the base's run.json, whose minutes and cost the summary and the PR/MR comment compare with. */
  baseRun?: string;
  /** `--history DIR`: earlier runs' output directories (or run.json files); the summary then shows the trend. */
  history?: string[];
  /**
   * Untrusted code (src/platform/github-trust.ts): given the config loaded, why its `run:` steps must not
   * run, if they must not. Refused steps are skipped with that reason; checks still run.
   */
  refuseRunSteps?: (configPath: string | undefined) => Promise<string | undefined>;
}

export interface RunOutcome {
  run?: RunResult;
  plan: Plan;
  paths?: ReportPaths;
  exitCode: number;
}

export async function execute(opts: RunOptions, door: Platform): Promise<RunOutcome> {
  // A malformed tracing input or flag is a usage error (exit 2), like every other one.
  checkTelemetryOverrides(opts.telemetry ?? {}, opts.door);
  const loaded = await loadConfig({
    cwd: opts.workspace,
    configPath: opts.configPath,
    env: opts.env,
    overrides: opts.overrides,
    door: opts.door,
  });
  const config = loaded.config;
  // An override never wins silently (a GitLab template's RUNLENS_OUTPUT_DIR over runlens.yml's output-dir).
  for (const line of loaded.overridden) opts.out.write(`note: ${line}\n`);
  const fullPlan = buildPlan(config, {
    only: opts.steps,
    locate: loaded.locate,
    workspace: opts.workspace,
    root: opts.root ?? opts.workspace,
  });
  const scale = await prepareScaleOut(fullPlan, {
    ...(opts.shard ? { shard: opts.shard } : {}),
    ...(opts.durations ? { durations: path.resolve(opts.workspace, opts.durations) } : {}),
    resume: opts.resume ?? false,
    outputDir: path.resolve(opts.workspace, config['output-dir']),
    workspace: opts.workspace,
    root: opts.root ?? opts.workspace,
    cacheDir: config['cache-dir'],
  });
  const plan = scale.plan;
  for (const line of scale.log) opts.out.write(`${line}\n`);
  const refusal = await opts.refuseRunSteps?.(loaded.path);
  // Untrusted code gets no secret either: its runlens.yml chose the references. A check that lists one is refused too.
  const refused = refusal ? plan.steps.filter((s) => s.kind === 'run' || s.secrets?.length) : [];
  for (const s of refused) s.refused = s.kind === 'run' ? `run: step ${refusal!}` : `secrets are not fetched: ${refusal!}`;
  if (opts.dryRun) {
    opts.out.write(formatPlan(plan) + '\n');
    return { plan, exitCode: EXIT.passed };
  }

  const root = opts.root ?? opts.workspace;
  // One redactor for the whole run (issue 9): step output as it streams, the RunResult once, and all
  // that goes to the platform. Values the rules find are masked on the platform the moment they are seen.
  const redactor = await createRedactor({ onSecret: (v) => door.mask(v), customRules: customSecretRules(plan) });
  redactor.addFromEnv(opts.env);
  const platform = redactingPlatform(door, redactor);
  const name = config.name ?? path.basename(platform.info.repository ?? opts.workspace);
  const outputDir = path.resolve(opts.workspace, config['output-dir']);
  // Everything this run writes from here on is listed in run.json (`files`).
  const ledger = ledgerMark();
  const guardRoot = opts.root ?? opts.workspace;
  // runlens.yml is the repository's (a pull request's) to write: its output-dir stays inside the workspace.
  // A flag, RUNLENS_OUTPUT_DIR or the action input comes from whoever runs runlens, and may point anywhere.
  const fromFile = !opts.overrides?.outputDir?.trim() && !opts.env.RUNLENS_OUTPUT_DIR?.trim();
  const escape = fromFile
    ? (pathEscape(guardRoot, opts.workspace, config['output-dir']) ?? realPathEscape(guardRoot, outputDir))
    : undefined;
  const unwritable = escape ? `${escape}; reports go inside the workspace` : await writableDirProblem(outputDir);
  if (unwritable) {
    const where = loaded.path && config['output-dir'] ? ` (output-dir, ${formatPosition(loaded.locate(['output-dir'], 'value'))})` : '';
    throw new UsageError(
      `the output directory ${path.relative(opts.workspace, outputDir) || '.'} cannot be written: ${unwritable}${where}; point output-dir (or --output-dir, RUNLENS_OUTPUT_DIR) at a writable directory with free space`,
    );
  }
  const startedAt = new Date();
  // The runner's price is known before the first step: step spans carry their own cost as they end.
  const rate = runnerRate(platform.info, config.cost);
  const trace = await startRunTrace({
    name,
    platform: platform.info,
    env: opts.env,
    outputDir,
    // Every shard of one CI run lands in one trace: the id derives from the CI run id.
    settings: scale.shard ? { ...config.telemetry, 'deterministic-trace-id': true } : config.telemetry,
    startedAt,
    overrides: opts.telemetry,
    // Hidden everywhere runlens writes, not only on the platform: a header value is in no report either.
    mask: (v) => redactor.mask(v),
    redact: (t) => redactor.redact(t),
    ...(rate.rate ? { cost: { rate: rate.rate.rate, currency: rate.rate.currency } } : {}),
  });
  const logOrder = config['log-order'] === 'auto' ? (platform.isCI ? 'grouped' : 'stream') : config['log-order'];
  const progress = createConsoleProgress({
    stream: opts.out,
    color: opts.color,
    logOrder,
    group: { start: (t, o) => platform.startGroup(t, o), end: (at) => platform.endGroup(at) },
  });

  // new-only and item 6 of issue 13: the change under review's history and diff, before any step reads them.
  const review = await prepareReview({ config, platform: platform.info, root, signal: opts.signal });
  for (const line of review.log) opts.out.write(`${line}\n`);

  // Secrets from secret managers: fetched once and masked before any step starts; only those a step
  // that will run lists (a step kept by --resume or refused does not run).
  const wanted = [...new Set(plan.steps.filter((s) => !s.refused && !scale.engine.reuse?.has(s.id)).flatMap((s) => s.secrets ?? []))];
  // Loaded only then: a run without secrets pays nothing for them (start-up).
  const secrets = wanted.length
    ? await (
        await import('./engine/step-secrets.js')
      ).prepareSecrets(config, wanted, {
        env: opts.env,
        signal: opts.signal,
        redactor,
        // Relative files in store settings resolve as output-dir does: against the workspace.
        workspace: opts.workspace,
      })
    : undefined;
  for (const line of secrets?.log ?? []) opts.out.write(`${line}\n`);
  if (secrets) trace.recordPhase?.('secrets', secrets.phase);

  const steps = await runPlan(plan, {
    workspace: root,
    outputDir,
    concurrency: config.concurrency,
    killGraceMs: config['kill-grace'],
    logLimit: config['log-limit'],
    signal: opts.signal,
    trace,
    platform: platform.info,
    progress,
    mask: (v) => platform.mask(v),
    // The action's own inputs (INPUT_GITHUB-TOKEN among them) are runlens's, not the steps'.
    env: Object.fromEntries(Object.entries(opts.env).filter(([k]) => !k.startsWith('INPUT_'))),
    redactor,
    locate: loaded.locate,
    ...(secrets ? { secrets: secrets.secrets } : {}),
    ...scale.engine,
  });

  applyReview(review, steps);
  const run = redactor.redactDeep(
    assembleRun({ name, steps, startedAt, opts, root, outputDir, configPath: loaded.path, platform, failOn: config['fail-on'] }),
  );
  run.traceId = trace.traceId;
  if (scale.shard) run.shard = scale.shard;
  const cacheKey = scale.engine.cache?.runKey();
  if (cacheKey) run.cacheKey = cacheKey;
  if (review.info) run.review = review.info;
  if (secrets?.secrets.blocked) {
    const message = secrets.log.filter((l) => l.endsWith('(required: no step runs)')).join('; ') || secrets.secrets.blocked;
    run.notes.push(redactor.redact(message));
    platform.annotate({ level: 'error', message: redactor.redact(message), title: 'runlens: secrets' });
  }
  for (const w of review.warnings) {
    const message = redactor.redact(w);
    run.notes.push(message);
    platform.annotate({ level: 'warning', message, title: 'runlens' });
  }
  if (refused.length > 0) {
    const message = `${refused.length} step${refused.length === 1 ? '' : 's'} not run (${refused.map((s) => s.id).join(', ')}): ${refusal!}`;
    run.notes.push(message);
    platform.annotate({ level: 'warning', message, title: 'runlens: untrusted code' });
  }
  await addCost(run, { rate, config, baseRun: opts.baseRun && path.resolve(opts.workspace, opts.baseRun), platform });
  const traceWarnings = await trace.end(run);
  run.notes.push(...traceWarnings.map((w) => redactor.redact(w)));

  // GitHub shows a limited number of annotations: which ones, and how many are left out, is decided before
  // the summary is written, so the summary can say so.
  const annotations = chooseAnnotations(run);
  const leftOut = platform.info.kind === 'github' ? annotationsNote(annotations) : undefined;
  if (leftOut) run.notes.push(leftOut);
  const urlTemplate = opts.telemetry?.urlTemplate || config.telemetry['url-template'];
  let summaryTail = traceSummaryMarkdown(run, { urlTemplate });
  if (opts.history?.length) {
    const { historyForSummary } = await import('./commands/history.js');
    const history = await historyForSummary(run, opts.history, opts.workspace);
    if (history.warning) run.notes.push(redactor.redact(history.warning));
    if (history.markdown) summaryTail = `${summaryTail}${summaryTail ? '\n' : ''}${history.markdown}`;
  }
  // Every report first: a stalled API below can cost a warning, never the summary, the outputs or the files.
  const paths = await writeReports(run, { outputDir, gitlab: platform.info.kind === 'gitlab', summaryTail, since: ledger });
  for (const f of paths.failed ?? []) {
    const message = `could not write ${path.relative(opts.workspace, f.file)}: ${f.reason}`;
    opts.out.write(`error: ${message}\n`);
    platform.annotate({ level: 'error', message, title: 'runlens: reports' });
  }
  // The job summary is summary.md, byte for byte.
  if (!paths.failed?.some((f) => f.file === paths.summary)) await platform.writeSummary(await readFile(paths.summary, 'utf8'));
  for (const a of annotations.annotations) platform.annotate(a);
  await platform.setOutputs(actionOutputs(run, paths));
  const api = { timeoutMs: config['api-timeout'], phaseMs: 3 * config['api-timeout'] };
  if (config['upload-sarif']) await uploadSarif(paths, root, platform, opts.out, { ...api, phaseMs: 12 * config['api-timeout'] });
  if (config['pr-comment'] !== 'off') await postComment(run, platform, opts.out, api);
  progress.runFinished(run.steps);
  return { run, plan, paths, exitCode: run.exitCode };
}

/** The `rules:` of the plan's secrets steps: the run's redactor hides what they find anywhere. */
function customSecretRules(plan: Plan): NonNullable<Parameters<typeof createRedactor>[0]>['customRules'] {
  return plan.steps
    .filter((s) => s.kind === 'secrets')
    .flatMap((s) => (s.options as { rules?: NonNullable<Parameters<typeof createRedactor>[0]>['customRules'] } | undefined)?.rules ?? []);
}

function assembleRun(a: {
  name: string;
  steps: StepResult[];
  startedAt: Date;
  opts: RunOptions;
  root: string;
  outputDir: string;
  configPath?: string;
  platform: Platform;
  failOn: RunResult['gate']['failOn'];
}): RunResult {
  const finishedAt = new Date();
  const findings = a.steps.flatMap((s) => s.findings);
  const gate = evaluateGate(a.steps, a.failOn);
  const stepFailed = a.steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
  const cancelled = a.opts.signal.aborted;
  const status: RunStatus = cancelled ? 'cancelled' : stepFailed || !gate.passed ? 'failed' : 'passed';
  return {
    version: RUN_RESULT_VERSION,
    runlensVersion: RUNLENS_VERSION,
    name: a.name,
    status,
    startedAt: a.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - a.startedAt.getTime(),
    workspace: a.root,
    configPath: a.configPath,
    outputDir: a.outputDir,
    dryRun: false,
    platform: a.platform.info,
    steps: a.steps,
    counts: countFindings(findings),
    gate,
    exitCode: status === 'passed' ? EXIT.passed : EXIT.failed,
    // Warnings of steps that passed (a scan of 0 files) belong with the run's notes: summary and run.json.
    notes: a.steps.flatMap((s) => (s.warnings ?? []).map((w) => `${s.id}: ${w}`)),
  };
}

/** RunResult.cost, each step's share, the budget's verdict (a `fail` budget exceeded fails the run). */
async function addCost(
  run: RunResult,
  a: { rate: RateLookup; config: Config; baseRun?: string | undefined; platform: Platform },
): Promise<void> {
  const base = a.baseRun ? await loadBaseRun(a.baseRun) : {};
  const outcome = attributeCost(run, {
    lookup: a.rate,
    settings: a.config.cost,
    budget: a.config.budget,
    ...(base.base ? { base: base.base } : {}),
  });
  if (outcome.cost) run.cost = outcome.cost;
  for (const s of run.steps) {
    const c = outcome.steps.get(s.id);
    if (c) s.cost = c;
  }
  if (outcome.budget) run.budget = outcome.budget;
  if (base.note) run.notes.push(base.note);
  run.notes.push(...outcome.notes);
  // A failing budget speaks through the verdict annotation (report/annotations.ts); a warning needs its own.
  if (outcome.budget?.exceeded && !outcome.fails)
    a.platform.annotate({ level: 'warning', message: `Budget exceeded: ${outcome.budget.reason}`, title: 'runlens: budget' });
  if (outcome.fails && run.status !== 'cancelled') {
    run.status = 'failed';
    run.exitCode = EXIT.failed;
  }
}

/**
 * A comment that cannot be posted (fork PRs get read-only tokens) is a warning, never a failed run.
 * Under review (a PR/MR), why nothing was posted is said once in the log; GitHub shows its warning
 * annotation in the log, GitLab has none, so there the message is written to it.
 */
async function postComment(
  run: RunResult,
  platform: Platform,
  out: NodeJS.WriteStream,
  bounds: { timeoutMs: number; phaseMs: number },
): Promise<void> {
  const what = platform.info.kind === 'gitlab' ? 'merge request note' : 'PR comment';
  try {
    const r = await withinDeadline(`the ${what}`, bounds, (call) => platform.comment(renderComment(run), commentMarker(run), call));
    if (r.posted) out.write(`${what}: ${r.detail}\n`);
    else if (platform.info.changeId) out.write(`${what} not posted: ${r.detail}\n`);
  } catch (err) {
    const message = `could not post the ${what}: ${(err as Error).message}`;
    platform.annotate({ level: 'warning', message, title: 'runlens' });
    if (platform.info.kind !== 'github') out.write(`${message}\n`);
  }
}

/**
 * `upload-sarif: true`: runlens.sarif to code scanning, after every report is written. Whatever goes wrong
 * (permissions, code scanning off, a stalled API) is a warning that says what to do, never a failed run.
 */
async function uploadSarif(
  paths: ReportPaths,
  root: string,
  platform: Platform,
  out: NodeJS.WriteStream,
  bounds: { timeoutMs: number; phaseMs: number },
): Promise<void> {
  if (!platform.uploadSarif) {
    out.write(`SARIF upload: only on GitHub Actions; the SARIF is in ${paths.sarif}\n`);
    return;
  }
  try {
    const r = await withinDeadline('the SARIF upload', bounds, (call) => platform.uploadSarif!({ file: paths.sarif, root }, call));
    out.write(`SARIF upload: ${r.detail}\n`);
    if (r.warning) platform.annotate({ level: 'warning', message: r.warning, title: 'runlens: SARIF upload' });
    else if (!r.uploaded) platform.annotate({ level: 'notice', message: `SARIF ${r.detail}`, title: 'runlens: SARIF upload' });
  } catch (err) {
    platform.annotate({
      level: 'warning',
      message: `could not upload the SARIF: ${(err as Error).message}`,
      title: 'runlens: SARIF upload',
    });
  }
}
