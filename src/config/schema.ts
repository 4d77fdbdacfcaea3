// The single source of truth for runlens.yml: every field, every default. The JSON Schema
// (schema/runlens.schema.json), the README's reference table and the action inputs derive from it.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { FAIL_ON } from '../findings/severity.js';
import { parseDuration } from './duration.js';

export const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const duration = z
  .union([z.string(), z.number().nonnegative()])
  .describe('A duration: `90s`, `10m`, `1h30m`, `250ms`, or a number of seconds.')
  .transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration; write e.g. 90s, 10m, 1h30m or 250ms` });
      return z.NEVER;
    }
    return ms;
  });

const retries = z
  .union([
    z.number().int().min(0).max(20),
    z
      .object({
        attempts: z.number().int().min(0).max(20).describe('Extra attempts after the first failure.'),
        backoff: duration.prefault('1s').describe('Delay before the first retry; doubles each retry, with jitter.'),
      })
      .strict(),
  ])
  .describe('How often to retry a failed step: a number of extra attempts, or `{ attempts, backoff }`.')
  .transform((r) => (typeof r === 'number' ? { attempts: r, backoff: 1000 } : r));

const globs = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((g) => (Array.isArray(g) ? g : [g]));

export const stepSchema = z
  .object({
    name: z.string().optional().describe('Display name (default: the step id).'),
    needs: z
      .union([z.string(), z.array(z.string())])
      .default([])
      .transform((n) => (Array.isArray(n) ? n : [n]))
      .describe('Steps that must finish successfully first.'),
    run: z
      .union([z.string().min(1), z.array(z.string()).min(1)])
      .optional()
      .describe('A command: a string runs in the shell; a list is argv, run with no shell.'),
    uses: z.string().optional().describe('A built-in check: `sarif`, `secrets`, …'),
    with: z.record(z.string(), z.unknown()).optional().describe("The check's options."),
    timeout: duration.optional().describe('Kill the step (and every process it started) after this long.'),
    retries: retries.optional(),
    'continue-on-error': z.boolean().default(false).describe('A failure of this step does not fail the run.'),
    env: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
      .default({})
      .describe('Extra environment variables for the step.'),
    'working-directory': z.string().optional().describe('Relative to the repository root.'),
    junit: globs.optional().describe('JUnit XML files the step writes, ingested as test results.'),
    sarif: globs.optional().describe('SARIF files the step writes, ingested as findings.'),
  })
  .strict()
  .superRefine((step, ctx) => {
    if ((step.run === undefined) === (step.uses === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a step needs exactly one of `run` or `uses`' });
    }
    if (step.with !== undefined && step.uses === undefined) {
      ctx.addIssue({ code: 'custom', path: ['with'], message: '`with` goes with `uses`' });
    }
  });

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).describe('Format version; always 1.'),
    name: z.string().min(1).optional().describe('Pipeline name (default: the repository name).'),
    'output-dir': z.string().min(1).default('.runlens').describe('Where reports, logs and run.json go.'),
    concurrency: z
      .number()
      .int()
      .min(1)
      .default(() => availableParallelism())
      .describe('How many steps run at once (default: the number of CPUs).'),
    'fail-on': z.enum(FAIL_ON).default('high').describe('Fail the run on a finding of this severity or worse.'),
    'kill-grace': duration.prefault('10s').describe('After a timeout or cancel: time between SIGTERM and SIGKILL.'),
    'log-order': z
      .enum(['auto', 'stream', 'grouped'])
      .default('auto')
      .describe("Step output: `stream` prefixes lines live; `grouped` prints each step's log in a fold when it ends; `auto` is grouped on CI, streamed elsewhere."),
    defaults: z
      .object({
        timeout: duration.prefault('30m'),
        retries: retries.prefault(0),
        shell: z.string().min(1).default('bash').describe('Shell for string `run:` commands.'),
      })
      .strict()
      .prefault({})
      .describe('Defaults for every step.'),
    steps: z
      .record(z.string().regex(STEP_ID, 'a step id is letters, digits, `_` and `-`, starting with a letter or `_`'), stepSchema)
      .refine((s) => Object.keys(s).length > 0, 'a pipeline needs at least one step'),
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type StepConfig = z.output<typeof stepSchema>;
