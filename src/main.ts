// GitHub Action door: inputs → engine → exit status. Nothing else lives here.
import path from 'node:path';
import { getBooleanInput, getInput, issueCommand, setOutput } from './platform/github-commands.js';
import { cancelOnSignals } from './cancellation.js';
import { runOptionsFromEnv } from './config/overrides.js';
import { EXIT, RunlensError, exitCodeFor } from './base/errors.js';
import { detectPlatform, wantsColor } from './platform/detect.js';
import { execute } from './run.js';
import { ISSUES_URL } from './base/version.js';

function input(name: string): string | undefined {
  return getInput(process.env, name) || undefined;
}

/** As core.setFailed: an error annotation, and a failing exit code (ours: 1, 2 or 3). */
function fail(message: string, exitCode: number): void {
  issueCommand('error', message);
  process.exitCode = exitCode;
}

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(/[\s,]+/).filter(Boolean);
  return items?.length ? items : undefined;
}

export async function run(): Promise<void> {
  try {
    const env = process.env;
    const base = env.GITHUB_WORKSPACE ?? process.cwd();
    const workspace = path.resolve(base, input('working-directory') ?? '.');
    const fromEnv = runOptionsFromEnv(env);
    const goldenCases = input('golden-update');
    if (goldenCases && goldenCases !== 'false') {
      // Update mode: rewrite goldens instead of running the pipeline; a later step commits them.
      const { goldenUpdate } = await import('./commands/golden-update.js');
      const results = await goldenUpdate({
        workspace,
        configPath: input('config') ?? fromEnv.configPath,
        env,
        cases: goldenCases === 'true' ? undefined : list(goldenCases),
        log: (line) => process.stdout.write(line + '\n'),
        signal: cancelOnSignals().signal,
      });
      setOutput(env, 'golden-updated', results.flatMap((r) => r.report.updated.map((u) => u.golden)).join('\n'));
      return;
    }
    const dryRun = input('dry-run');
    const outcome = await execute(
      {
        workspace,
        configPath: input('config') ?? fromEnv.configPath,
        steps: list(input('steps')) ?? fromEnv.steps,
        dryRun: dryRun !== undefined ? getBooleanInput(process.env, 'dry-run') : fromEnv.dryRun,
        overrides: {
          outputDir: input('output-dir'),
          failOn: input('fail-on'),
          concurrency: input('concurrency'),
          logOrder: input('log-order'),
          prComment: input('pr-comment'),
        },
        telemetry: {
          exporter: input('otel-exporter'),
          endpoint: input('otel-endpoint'),
          protocol: input('otel-protocol'),
          headers: input('otel-headers'),
          urlTemplate: input('trace-url-template'),
        },
        door: 'action',
        env,
        out: process.stdout,
        color: wantsColor(env, { isTTY: true }),
        signal: cancelOnSignals().signal,
      },
      await detectPlatform(env, workspace, { githubToken: input('github-token') }),
    );
    if (outcome.exitCode !== EXIT.passed && outcome.run) {
      const failed = outcome.run.steps.filter((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
      const why = [
        failed.length ? `${failed.map((s) => s.id).join(', ')} failed` : '',
        outcome.run.gate.passed ? '' : outcome.run.gate.reason,
      ];
      fail(`runlens: ${outcome.run.status} — ${why.filter(Boolean).join('; ')}`, outcome.exitCode);
    }
    process.exitCode = outcome.exitCode;
  } catch (err) {
    const bug = `runlens failed unexpectedly — this is a bug, please report it at ${ISSUES_URL}\n${err instanceof Error ? err.stack : String(err)}`;
    fail(err instanceof RunlensError ? err.message : bug, exitCodeFor(err));
  }
}
