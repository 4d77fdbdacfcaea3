// CLI door: arguments → engine → exit code. Nothing else lives here.
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { cancelOnSignals } from './cancellation.js';
import { configJsonSchema } from './config/json-schema.js';
import { loadConfig } from './config/load.js';
import { runOptionsFromEnv } from './config/overrides.js';
import { buildPlan, formatPlan } from './engine/plan.js';
import { parseShard, shardFromCiNode } from './engine/shard.js';
import { EXIT, RunlensError, UsageError, exitCodeFor } from './base/errors.js';
import { FAIL_ON } from './model/severity.js';
import { NEW_ONLY_SETTINGS } from './findings/new-only.js';
import { detectPlatform, repositoryRoot, wantsColor } from './platform/detect.js';
import { closingLines, reportsLine } from './report/closing.js';
import { execute } from './run.js';
import { isStartupError, reportStartupError } from './startup-error.js';
import { ISSUES_URL, RUNLENS_VERSION } from './base/version.js';

const env = process.env;
const cwd = process.cwd();
// Read lazily, inside each command, so a bad RUNLENS_* value is a usage error (exit 2), not a crash.
const fromEnv = () => runOptionsFromEnv(env);

const program = new Command('runlens')
  .description('Run, trace, scan and judge a repository pipeline.')
  .version(RUNLENS_VERSION)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

const configOption = () => new Option('-c, --config <file>', 'runlens.yml to use (default: ./runlens.yml; env RUNLENS_CONFIG)');

program
  .command('run')
  .description('Run the pipeline (or the named steps and everything they need).')
  .argument('[steps...]', 'steps to run, with their needs')
  .addOption(configOption())
  .option('-o, --output-dir <dir>', 'where reports go (default .runlens)')
  .option('-n, --dry-run', 'print the plan and run nothing')
  .addOption(new Option('--fail-on <severity>', 'fail on findings at or above this severity').choices(FAIL_ON))
  .option('-j, --concurrency <n>', 'steps at once (default: CPUs)')
  .addOption(new Option('--log-order <order>', 'step output: streamed live or grouped per step').choices(['auto', 'stream', 'grouped']))
  .addOption(
    new Option('--new-only <mode>', 'on a pull/merge request, which findings can fail the gate (diff filter)').choices(NEW_ONLY_SETTINGS),
  )
  .option('--otel-exporter <list>', 'trace exporters: file, otlp, none (comma list)')
  .option('--otel-endpoint <url>', 'OTLP/HTTP endpoint for the trace')
  .option('--shard [I/N]', "run shard I of N (alone: GitLab parallel's CI_NODE_INDEX/CI_NODE_TOTAL); `runlens merge` joins them")
  .option('--durations <run.json>', "a previous run's run.json: its step durations balance the shards")
  .option('--resume', 'run only the steps that failed, were cancelled or never ran in the last run.json; keep the rest')
  .option(
    '--history <dir>',
    "an earlier run's output directory (or a folder of them, or its run.json): the summary shows the trend; repeatable",
    (value: string, all: string[] = []) => [...all, value],
  )
  .option(
    '--base-run <run.json>',
    "the base's run.json: the summary and PR/MR comment compare minutes and cost with it (env RUNLENS_BASE_RUN)",
  )
  .action(
    async (
      steps: string[],
      o: {
        shard?: string | true;
        durations?: string;
        resume?: boolean;
        baseRun?: string;
        history?: string[];
        config?: string;
        outputDir?: string;
        dryRun?: boolean;
        failOn?: string;
        concurrency?: string;
        logOrder?: string;
        newOnly?: string;
        otelExporter?: string;
        otelEndpoint?: string;
      },
    ) => {
      const platform = await detectPlatform(env, cwd);
      const root = repositoryRoot(env, cwd);
      const shardArg = o.shard ?? (env.RUNLENS_SHARD?.trim() || undefined);
      const shard = shardArg === undefined ? undefined : shardArg === true ? shardFromCiNode(env) : parseShard(shardArg);
      const outcome = await execute(
        {
          workspace: cwd,
          root,
          configPath: o.config ?? fromEnv().configPath,
          steps: steps.length ? steps : fromEnv().steps,
          dryRun: o.dryRun ?? fromEnv().dryRun,
          overrides: {
            outputDir: o.outputDir,
            failOn: o.failOn,
            concurrency: o.concurrency,
            logOrder: o.logOrder,
            newOnly: o.newOnly,
          },
          telemetry: { exporter: o.otelExporter, endpoint: o.otelEndpoint },
          door: 'cli',
          env,
          out: process.stdout,
          color: wantsColor(env, process.stdout),
          signal: cancelOnSignals().signal,
          ...(shard ? { shard } : {}),
          ...(o.durations ? { durations: o.durations } : {}),
          ...(o.resume ? { resume: true } : {}),
          ...((o.baseRun ?? fromEnv().baseRun) ? { baseRun: o.baseRun ?? fromEnv().baseRun } : {}),
          ...(o.history?.length ? { history: o.history } : {}),
        },
        platform,
      ).catch(async (err: unknown) => {
        // On CI a configuration error still leaves the reports the job declares (GitLab keeps no artifacts without them).
        if (isStartupError(err)) await reportStartupError(err, { platform, workspace: cwd, root, env, outputDir: o.outputDir });
        throw err;
      });
      if (outcome.run) process.stdout.write(closingLines(outcome.run));
      // With a report that could not be written (disk full), the errors above say which; the list would be wrong.
      if (outcome.paths && !outcome.paths.failed) process.stdout.write(`\n${reportsLine(outcome.paths, cwd)}`);
      process.exitCode = outcome.exitCode;
    },
  );

program
  .command('validate')
  .description('Check runlens.yml: fields, types, step references, cycles, secret references.')
  .addOption(configOption())
  .action(async (o: { config?: string }) => {
    const loaded = await loadConfig({ cwd, configPath: o.config ?? fromEnv().configPath, env });
    const plan = buildPlan(loaded.config, { locate: loaded.locate, workspace: cwd });
    const where = loaded.path ? path.relative(cwd, loaded.path) : 'default pipeline';
    process.stdout.write(`✓ ${where} is valid: ${plan.steps.length} steps in ${plan.levels.length} levels\n`);
  });

program
  .command('plan')
  .description('Print the execution plan: the levels of the DAG and each step.')
  .argument('[steps...]', 'plan only these steps and their needs')
  .addOption(configOption())
  .option('--shards <n>', 'partition the work into N shards (CI jobs) and print the partition')
  .addOption(
    new Option('--format <format>', 'with --shards: text, a GitHub strategy.matrix (JSON) or GitLab parallel:').choices([
      'text',
      'github-matrix',
      'gitlab',
    ]),
  )
  .option('--durations <run.json>', "with --shards: a previous run's run.json, whose step durations balance the shards")
  .action(async (steps: string[], o: { config?: string; shards?: string; format?: string; durations?: string }) => {
    const loaded = await loadConfig({ cwd, configPath: o.config ?? fromEnv().configPath, env });
    const plan = buildPlan(loaded.config, { only: steps.length ? steps : undefined, locate: loaded.locate, workspace: cwd });
    if (o.shards === undefined) {
      if (o.format || o.durations) throw new UsageError('--format and --durations go with --shards N');
      process.stdout.write(formatPlan(plan) + '\n');
      return;
    }
    const { partitionOutput } = await import('./commands/plan-shards.js');
    process.stdout.write(
      (await partitionOutput(plan, { shards: o.shards, format: o.format ?? 'text', durations: o.durations, cwd })) + '\n',
    );
  });

program
  .command('merge')
  .description("Merge the output directories of a sharded run's jobs into one set of reports, as if one job had run.")
  .argument('<dirs...>', "each shard's output directory (holding its run.json)")
  .option('-o, --output-dir <dir>', 'where the merged reports go', '.runlens')
  .action(async (dirs: string[], o: { outputDir: string }) => {
    const { mergeShards } = await import('./commands/merge.js');
    const platform = await detectPlatform(env, cwd);
    const { run, paths } = await mergeShards({
      dirs: dirs.map((d) => path.resolve(cwd, d)),
      outputDir: path.resolve(cwd, o.outputDir),
      platform,
    });
    for (const note of run.merged?.filter((m) => m.status !== 'passed') ?? [])
      process.stdout.write(`shard ${note.index}: ${note.status}${note.dir ? ` (${path.relative(cwd, note.dir) || '.'})` : ''}\n`);
    process.stdout.write(closingLines(run));
    process.stdout.write(`\n${reportsLine(paths, cwd)}`);
    process.exitCode = run.exitCode;
  });

program
  .command('schema')
  .description('Print the JSON Schema of runlens.yml (for editors: yaml-language-server).')
  .action(() => {
    process.stdout.write(JSON.stringify(configJsonSchema(), null, 2) + '\n');
  });

program
  .command('doctor')
  .description('Check this machine: Node, git, config, output dir, installed scanners, secret stores (reachable, logged in).')
  .addOption(configOption())
  .action(async (o: { config?: string }) => {
    const { doctor } = await import('./commands/doctor.js');
    const checks = await doctor({ workspace: cwd, configPath: o.config ?? fromEnv().configPath, env });
    const width = Math.max(...checks.map((c) => c.name.length));
    // A detail may quote the environment or runlens.yml (an endpoint with its password): redacted like a run's output.
    const redact = await envRedactor();
    for (const c of checks) process.stdout.write(redact(`${c.ok ? '✓' : c.required ? '✗' : '–'} ${c.name.padEnd(width)}  ${c.detail}\n`));
    process.exitCode = checks.some((c) => c.required && !c.ok) ? EXIT.failed : EXIT.passed;
  });

program
  .command('golden')
  .description('Golden data: `runlens golden update [CASE...]` rewrites goldens from the actuals.')
  .command('update')
  .description("Rewrite goldens from the actuals (running each golden step's `run:` first) and print what changed.")
  .argument('[cases...]', 'case names, globs over them, or golden paths (default: every case)')
  .addOption(configOption())
  .option('--step <id>', 'only this golden step')
  .action(async (cases: string[], o: { config?: string; step?: string }) => {
    const { goldenUpdate } = await import('./commands/golden-update.js');
    // The goldens' diffs and the steps' output are printed: redacted like a run's.
    const redact = await envRedactor();
    const results = await goldenUpdate({
      workspace: cwd,
      configPath: o.config ?? fromEnv().configPath,
      env,
      cases: cases.length ? cases : undefined,
      step: o.step,
      log: (line) => process.stdout.write(redact(line) + '\n'),
      signal: cancelOnSignals().signal,
    });
    const changed = results.reduce((n, r) => n + r.report.updated.length, 0);
    process.stdout.write(`golden update: ${changed} golden file${changed === 1 ? '' : 's'} written\n`);
  });

program
  .command('trace')
  .description('Traces: `runlens trace show [FILE]` prints a waterfall of a trace file.')
  .command('show')
  .description('Print a terminal waterfall of a trace file (OTLP JSON lines, as runlens writes).')
  .argument('[file]', 'trace file', '.runlens/trace.jsonl')
  .action(async (file: string) => {
    const { renderTraceWaterfall } = await import('./telemetry/waterfall.js');
    const width = process.stdout.columns ?? 100;
    process.stdout.write(await renderTraceWaterfall(path.resolve(cwd, file), { color: wantsColor(env, process.stdout), width }));
  });

program
  .command('report')
  .description('Reports over runs: `runlens report history DIR...` shows how the pipeline trends.')
  .command('history')
  .description('Duration and failure rate per step over earlier runs, as Markdown with Mermaid charts.')
  .argument('<paths...>', 'output directories of earlier runs, folders of them, or their run.json files')
  .option('-n, --last <n>', 'only the most recent N runs', '20')
  .option('-o, --output <file>', 'write the Markdown to FILE (default: standard output)')
  .action(async (paths: string[], o: { last: string; output?: string }) => {
    const last = Number(o.last);
    if (!Number.isInteger(last) || last < 1) throw new UsageError(`--last: ${JSON.stringify(o.last)} is not a whole number of runs`);
    const { reportHistory } = await import('./commands/history.js');
    const markdown = await reportHistory({ paths, cwd, last });
    if (!o.output) return void process.stdout.write(markdown);
    const { atomicWriteFile } = await import('./base/atomic-write.js');
    await atomicWriteFile(path.resolve(cwd, o.output), markdown);
    process.stdout.write(`history of ${paths.length} path${paths.length === 1 ? '' : 's'} written to ${o.output}\n`);
  });

program
  .command('init')
  .description('Write runlens.yml and the GitHub/GitLab CI wiring for this repository (or scaffold a template).')
  .option('-t, --template <name>', 'scaffold a pipeline template instead (see `runlens templates`)')
  .option('--lang <language>', "the template's language: python (default) or node")
  .option('-f, --force', 'overwrite files that exist and differ')
  .option('-n, --dry-run', 'print what would be written; write nothing')
  .option('-y, --yes', 'do not ask (CI); prompts appear only on a terminal anyway')
  .option('--offline', 'the pipeline must run without network: no OSV API, no semgrep registry rules')
  .option('--osv-db <dir>', 'check dependencies against this offline OSV database instead of the OSV API')
  .option('--upload-sarif', 'upload SARIF to GitHub code scanning (adds security-events: write)')
  .action(
    async (o: {
      template?: string;
      lang?: string;
      force?: boolean;
      dryRun?: boolean;
      yes?: boolean;
      offline?: boolean;
      osvDb?: string;
      uploadSarif?: boolean;
    }) => {
      const { init } = await import('./commands/init/index.js');
      await init({
        workspace: cwd,
        env,
        template: o.template,
        lang: o.lang,
        force: Boolean(o.force),
        dryRun: Boolean(o.dryRun),
        interactive: !o.yes && !o.dryRun && Boolean(process.stdin.isTTY && process.stdout.isTTY),
        offline: Boolean(o.offline),
        osvDb: o.osvDb,
        uploadSarif: Boolean(o.uploadSarif),
        log: (line) => process.stdout.write(line + '\n'),
      });
    },
  );

program
  .command('templates')
  .description('List the pipeline templates `runlens init --template` scaffolds.')
  .action(async () => {
    const { listTemplates } = await import('./commands/init/templates.js');
    const all = listTemplates();
    const width = Math.max(...all.map((t) => t.name.length));
    for (const t of all) process.stdout.write(`${t.name.padEnd(width)}  ${t.description} (${t.languages.join(', ')})\n`);
  });

/** The environment's credentials and the secret rules, for commands that print outside a run. */
async function envRedactor(): Promise<(text: string) => string> {
  const { createRedactor } = await import('./engine/redactor.js');
  const redactor = await createRedactor();
  redactor.addFromEnv(env);
  return (text) => redactor.redact(text);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version are "errors" to commander; usage mistakes are exit 2 per the CLI contract.
    process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
  } else if (err instanceof RunlensError) {
    // Error text may quote runlens.yml or a tool's words: redacted like everything runlens prints.
    const { redactMessage } = await import('./engine/redactor.js');
    process.stderr.write(`error: ${await redactMessage(err.message, env)}\n`);
    process.exitCode = exitCodeFor(err);
  } else {
    process.stderr.write(
      `runlens failed unexpectedly — this is a bug, please report it at ${ISSUES_URL}\n${err instanceof Error ? err.stack : String(err)}\n`,
    );
    process.exitCode = EXIT.internal;
  }
}
