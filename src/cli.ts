// CLI door: arguments → engine → exit code. Nothing else lives here.
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { cancelOnSignals } from './cancellation.js';
import { configJsonSchema } from './config/json-schema.js';
import { loadConfig } from './config/load.js';
import { runOptionsFromEnv } from './config/overrides.js';
import { buildPlan, formatPlan } from './engine/plan.js';
import { EXIT, RunlensError, exitCodeFor } from './base/errors.js';
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
  .action(
    async (
      steps: string[],
      o: {
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
        },
        platform,
      ).catch(async (err: unknown) => {
        // On CI a configuration error still leaves the reports the job declares (GitLab keeps no artifacts without them).
        if (isStartupError(err)) await reportStartupError(err, { platform, workspace: cwd, root, env, outputDir: o.outputDir });
        throw err;
      });
      if (outcome.run) process.stdout.write(closingLines(outcome.run));
      if (outcome.paths) process.stdout.write(`\n${reportsLine(outcome.paths, cwd)}`);
      process.exitCode = outcome.exitCode;
    },
  );

program
  .command('validate')
  .description('Check runlens.yml: fields, types, step references, cycles.')
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
  .action(async (steps: string[], o: { config?: string }) => {
    const loaded = await loadConfig({ cwd, configPath: o.config ?? fromEnv().configPath, env });
    process.stdout.write(
      formatPlan(buildPlan(loaded.config, { only: steps.length ? steps : undefined, locate: loaded.locate, workspace: cwd })) + '\n',
    );
  });

program
  .command('schema')
  .description('Print the JSON Schema of runlens.yml (for editors: yaml-language-server).')
  .action(() => {
    process.stdout.write(JSON.stringify(configJsonSchema(), null, 2) + '\n');
  });

program
  .command('doctor')
  .description('Check this machine: Node, git, config, output dir, installed scanners.')
  .addOption(configOption())
  .action(async (o: { config?: string }) => {
    const { doctor } = await import('./commands/doctor.js');
    const checks = await doctor({ workspace: cwd, configPath: o.config ?? fromEnv().configPath, env });
    const width = Math.max(...checks.map((c) => c.name.length));
    for (const c of checks) process.stdout.write(`${c.ok ? '✓' : c.required ? '✗' : '–'} ${c.name.padEnd(width)}  ${c.detail}\n`);
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
    const results = await goldenUpdate({
      workspace: cwd,
      configPath: o.config ?? fromEnv().configPath,
      env,
      cases: cases.length ? cases : undefined,
      step: o.step,
      log: (line) => process.stdout.write(line + '\n'),
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
