// GitHub Action door: inputs → engine → exit status. Nothing else lives here.
import { statSync } from 'node:fs';
import path from 'node:path';
// Inputs, outputs and the failure annotation go through @actions/core, which runners read and test
// harnesses (@github/local-action) stub. This module is loaded only for the action door (src/index.ts).
import * as core from '@actions/core';
import { cancelOnSignals } from './cancellation.js';
import { runOptionsFromEnv } from './config/overrides.js';
import { RunlensError, UsageError, exitCodeFor } from './base/errors.js';
import { detectPlatform, repositoryRoot, wantsColor } from './platform/detect.js';
import type { Platform } from './platform/platform.js';
import { parseShard } from './engine/shard.js';
import { execute } from './run.js';
import { isStartupError, reportStartupError } from './startup-error.js';
import { ISSUES_URL } from './base/version.js';

function input(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

/**
 * As core.getBooleanInput (the YAML 1.2 core-schema booleans), but anything else is a usage error (exit 2)
 * naming the input, the value given and the values accepted, not core's TypeError (a "bug", exit 3).
 */
function booleanInput(name: string): boolean | undefined {
  const value = input(name);
  if (value === undefined) return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input "${name}": ${JSON.stringify(value)} is not a boolean; use true or false (also True, TRUE, False, FALSE)`);
}

/** As core.setFailed: an error annotation, and a failing exit code (ours: 1, 2 or 3). */
function fail(message: string, exitCode: number): void {
  core.error(message);
  process.exitCode = exitCode;
}

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(/[\s,]+/).filter(Boolean);
  return items?.length ? items : undefined;
}

export async function run(): Promise<void> {
  const env = process.env;
  const base = env.GITHUB_WORKSPACE ?? process.cwd();
  const workspace = path.resolve(base, input('working-directory') ?? '.');
  const root = repositoryRoot(env, workspace);
  let platform: Platform | undefined;
  try {
    platform = await detectPlatform(env, workspace, { githubToken: input('github-token') });
    if (!statSync(workspace, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(
        `input "working-directory": "${input('working-directory')}" is not a directory of ${base}; give a folder of the repository`,
      );
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
      core.setOutput('golden-updated', results.flatMap((r) => r.report.updated.map((u) => u.golden)).join('\n'));
      return;
    }
    const dryRun = booleanInput('dry-run');
    const shardInput = input('shard') ?? (env.RUNLENS_SHARD?.trim() || undefined);
    const shard = shardInput === undefined ? undefined : parseShard(shardInput, 'input "shard"');
    // Only the workflow file can allow it: a PR's own runlens.yml is what is not trusted.
    const allowUntrusted = booleanInput('allow-untrusted-run') ?? false;
    const outcome = await execute(
      {
        workspace,
        root,
        configPath: input('config') ?? fromEnv.configPath,
        steps: list(input('steps')) ?? fromEnv.steps,
        dryRun: dryRun ?? fromEnv.dryRun,
        overrides: {
          outputDir: input('output-dir'),
          failOn: input('fail-on'),
          concurrency: input('concurrency'),
          logOrder: input('log-order'),
          prComment: input('pr-comment'),
          newOnly: input('new-only'),
          uploadSarif: input('upload-sarif'),
          apiTimeout: input('api-timeout'),
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
        ...(shard ? { shard } : {}),
        ...(input('durations') ? { durations: input('durations')! } : {}),
        ...(booleanInput('resume') ? { resume: true } : {}),
        ...((input('base-run') ?? fromEnv.baseRun) ? { baseRun: input('base-run') ?? fromEnv.baseRun } : {}),
        ...(input('history')
          ? {
              history: input('history')!
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean),
            }
          : {}),
        refuseRunSteps: async (configPath) => {
          const { githubRunRefusal } = await import('./platform/github-trust.js');
          return githubRunRefusal({ env, root, configPath, allowUntrustedRun: allowUntrusted, token: input('github-token') });
        },
      },
      platform,
    );
    // The verdict's error annotation is among the run's annotations (report/annotations.ts), within GitHub's budget.
    process.exitCode = outcome.exitCode;
  } catch (err) {
    // A configuration or usage error still leaves outputs, a summary and annotations at the line (exit 2).
    if (
      isStartupError(err) &&
      platform &&
      (await reportStartupError(err, { platform, workspace, root, env, outputDir: input('output-dir') }))
    ) {
      process.exitCode = exitCodeFor(err);
      return;
    }
    const bug = `runlens failed unexpectedly — this is a bug, please report it at ${ISSUES_URL}\n${err instanceof Error ? err.stack : String(err)}`;
    // Error text may quote runlens.yml or a tool's words: redacted like everything runlens prints.
    const { redactMessage } = await import('./engine/redactor.js');
    fail(await redactMessage(err instanceof RunlensError ? err.message : bug, env), exitCodeFor(err));
  }
}
