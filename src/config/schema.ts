// The single source of truth for runlens.yml: every field, every default. The JSON Schema
// (schema/runlens.schema.json), the README's reference table and the action inputs derive from it.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { FAIL_ON } from '../model/severity.js';
import { parseDuration } from '../base/duration.js';
import { NEW_ONLY_MODES, NEW_ONLY_SETTINGS } from '../findings/new-only.js';
import { RUNNER_RATE_NAMES } from '../model/runner-rates.js';

export const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A secret's name is the environment variable a step sees it as. */
export const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const duration = z
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

const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((g) => (Array.isArray(g) ? g : [g]));

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
};
const size = z
  .union([z.string(), z.number().int().positive()])
  .describe('A size: `512MB`, `2GB`, `1.5GiB`, or a number of bytes.')
  .transform((value, ctx) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
    const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
    if (!m || unit === undefined || Number(m[1]) <= 0) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a size; write e.g. 512MB, 2GB or 1.5GiB` });
      return z.NEVER;
    }
    return Math.round(Number(m[1]) * unit);
  });

export const resources = z
  .object({
    memory: size.optional().describe("Memory limit of the step's processes together; a step killed for it says so."),
    cpus: z.number().positive().optional().describe('CPU time as a number of CPUs (`1.5`): cgroups v2 only.'),
    pids: z.number().int().min(1).optional().describe('At most this many processes and threads (stops a fork bomb).'),
  })
  .strict()
  .describe(
    'Limits for a `run:` step: enforced with a cgroup v2 when the runner delegates one, otherwise with rlimits (`prlimit`: memory as address space, pids per user; cpus not enforced) — the step log says which.',
  );

const matrixValue = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const matrixCombination = z.record(z.string(), matrixValue);
export const matrix = z
  .object({
    include: z.array(matrixCombination).default([]).describe('Extra combinations (keys may be new).'),
    exclude: z.array(z.record(z.string(), matrixValue)).default([]).describe('Combinations to leave out: every key given must match.'),
    'max-parallel': z.number().int().min(1).optional().describe('At most this many of the combinations run at once.'),
  })
  .catchall(z.array(matrixValue).min(1))
  .describe('Matrix axes (a name and its list of values), plus `include`, `exclude` and `max-parallel`.');

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
    uses: z.string().optional().describe("A built-in check (the README's table of built-in checks lists them)."),
    with: z.record(z.string(), z.unknown()).optional().describe("The check's options."),
    timeout: duration.optional().describe('Kill the step (and every process it started) after this long.'),
    retries: retries.optional(),
    'continue-on-error': z.boolean().default(false).describe('A failure of this step does not fail the run.'),
    env: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
      .default({})
      .describe('Extra environment variables for the step.'),
    if: z
      .union([z.string().min(1), z.boolean()])
      .optional()
      .describe(
        'Run the step only when this expression holds, evaluated when its needs are done (README: Expressions). Without `success()`, `failure()`, `always()` or `cancelled()` it means `success() && (…)`; a step whose condition is false is skipped, with the reason.',
      ),
    matrix: matrix
      .optional()
      .describe(
        'Run the step once per combination of these values (`{ python: ["3.11", "3.12"], os: [a, b] }`), each as `id (python=3.11, os=a)` with `matrix.NAME` in its expressions and `MATRIX_NAME` in its environment; `include` adds combinations, `exclude` removes them, `max-parallel` caps how many run at once. `needs: [id]` waits for all of them.',
      ),
    resources: resources.optional(),
    'working-directory': z.string().optional().describe('Relative to the repository root.'),
    junit: globs.optional().describe('JUnit XML files the step writes, ingested as test results.'),
    sarif: globs.optional().describe('SARIF files the step writes, ingested as findings.'),
    'new-only': z
      .enum(NEW_ONLY_MODES)
      .optional()
      .describe("This step's new-only filter mode on a pull/merge request (default: the run's `new-only`)."),
    inputs: globs
      .optional()
      .describe(
        'Files the step reads (globs, relative to the repository root): with `cache: true`, their contents are part of the cache key.',
      ),
    cache: z
      .boolean()
      .default(false)
      .describe(
        "Skip the step when nothing it depends on changed: the key hashes its command (or check and options), declared `env`, the contents of its `inputs` and the runlens version; a hit replays the step's result and findings, marked cached.",
      ),
    secrets: z
      .union([z.string(), z.array(z.string())])
      .default([])
      .transform((n) => (Array.isArray(n) ? n : [n]))
      .describe(
        'Names from the top-level `secrets:` this step gets, as environment variables; no other step sees them. A secret that could not be fetched fails this step before it starts.',
      ),
    'problem-matcher': globs
      .optional()
      .describe(
        "GitHub problem-matcher JSON files (the format `actions/setup-*` use): the step's output lines they match become findings.",
      ),
  })
  .strict()
  .superRefine((step, ctx) => {
    if ((step.run === undefined) === (step.uses === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a step needs exactly one of `run` or `uses`' });
    }
    if (step.with !== undefined && step.uses === undefined) {
      ctx.addIssue({ code: 'custom', path: ['with'], message: '`with` goes with `uses`' });
    }
    if (step.cache && step.inputs === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['cache'],
        message: '`cache: true` needs `inputs:` (the files the step reads), or the step would be replayed after they change',
      });
    }
    if (step.resources !== undefined && step.run === undefined) {
      ctx.addIssue({ code: 'custom', path: ['resources'], message: '`resources` limits the processes of a `run` step' });
    }
    if (step['problem-matcher'] !== undefined && step.run === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['problem-matcher'],
        message: '`problem-matcher` reads the output of a `run` step (for `uses: tool`, set `with.format: problem-matcher`)',
      });
    }
  })
  .describe('A step: exactly one of `run` (a command) or `uses` (a built-in check), plus how to run it.');

// OpenTelemetry settings. The standard OTEL_* environment variables win over these (env is the user's
// explicit choice, as RUNLENS_* is), and action inputs / CLI flags win over both: src/telemetry/settings.ts.
export const TRACE_EXPORTERS = ['file', 'otlp', 'none'] as const;
export const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;

export const telemetrySchema = z
  .object({
    exporter: z
      .union([z.enum(TRACE_EXPORTERS), z.array(z.enum(TRACE_EXPORTERS)).min(1)])
      .optional()
      .transform((e) => (e === undefined || Array.isArray(e) ? e : [e]))
      .describe(
        'Where the trace goes: `file` (`<output-dir>/trace.jsonl`, OTLP JSON lines), `otlp`, `none`, or a list. `file` is written unless `none`. Default: `file`, plus `otlp` when an endpoint is set.',
      ),
    endpoint: z
      .url({ protocol: /^https?$/, error: 'the OTLP endpoint is an http(s) URL, e.g. http://localhost:4318' })
      .optional()
      .describe('OTLP/HTTP base URL, e.g. `http://localhost:4318` (`/v1/traces` is appended unless present).'),
    protocol: z.enum(OTLP_PROTOCOLS).default('http/protobuf').describe('OTLP/HTTP encoding.'),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe(
        'Headers sent with every export; credential headers (Authorization, names with token, key, secret, password, auth or cookie) are masked in logs. Prefer OTEL_EXPORTER_OTLP_HEADERS or the `otel-headers` input for tokens.',
      ),
    timeout: duration.prefault('5s').describe('The most time exporting may add to the end of a run.'),
    'url-template': z
      .string()
      .includes('{traceId}', { error: 'the trace URL template needs a {traceId} placeholder' })
      .optional()
      .describe('Link to a trace in the job summary, e.g. `https://jaeger.example.com/trace/{traceId}`.'),
    'deterministic-trace-id': z
      .boolean()
      .default(false)
      .describe('Derive the trace id from the CI run id, so every job (shard) of one pipeline run lands in one trace.'),
    metrics: z
      .boolean()
      .default(true)
      .describe(
        'Also record the run as OpenTelemetry metrics (durations, results, findings, cost, resource usage): written to `<output-dir>/metrics.jsonl` with the trace file and exported over OTLP (`/v1/metrics`) wherever the trace is. `OTEL_METRICS_EXPORTER` (`file`, `otlp`, `none`) chooses on its own.',
      ),
  })
  .strict()
  .prefault({})
  .describe('OpenTelemetry tracing and metrics of the run.');

export type TelemetrySettings = z.output<typeof telemetrySchema>;

// Secrets from secret managers (src/secret-stores/): references are checked against the store registry in
// config/load.ts, as a step's `with:` is against its check, so a new store needs no change here.
//
// `secrets`, `cost` and `budget` are built on first use (z.lazy): most runs have none of them, and building
// them cost every run's start-up. Validation, messages and the JSON Schema are those of the sections built.
const secretReference = () =>
  z
    .union([
      z.string().min(1),
      z
        .object({
          ref: z.string().min(1).describe('The reference: `<store>://…` (README: Secrets from secret managers).'),
          required: z
            .boolean()
            .default(false)
            .describe('When it cannot be fetched the whole run fails before any step starts, not only the steps that declare it.'),
        })
        .strict(),
    ])
    .transform((r) => (typeof r === 'string' ? { ref: r, required: false } : r))
    .describe('A reference such as `vault://secret/ci/app#password`, or `{ ref, required }`.');

export const secretsSchema = z
  // Inside the default: an absent `secrets:` takes {} without building the record.
  .lazy(() =>
    z.record(
      z.string().regex(SECRET_NAME, 'a secret name is an environment variable name: letters, digits and `_`, not starting with a digit'),
      secretReference(),
    ),
  )
  .default({})
  .describe(
    'Secrets fetched from secret managers once per run, by the name a step sees them as (an environment variable). Only steps that list a name in their `secrets:` get it; every value is masked in logs, reports and on the platform.',
  );

export const secretStoresSchema = z
  .object({
    timeout: duration
      .prefault('30s')
      .describe("Longest wait for one call to a secret store; fetching all of a run's secrets waits at most three times this."),
  })
  .catchall(z.unknown())
  .prefault({})
  .describe("Settings of each secret store, by its scheme (`vault`, `aws-sm`, …): the README's table of secret stores lists them.");

export type SecretReference = z.output<ReturnType<typeof secretReference>>;

// What the run costs (src/report/cost.ts): GitHub's and GitLab's hosted-runner prices are tables
// (src/model/runner-rates.ts); a self-hosted runner needs a rate.
const costObject = () =>
  z
    .object({
      rate: z
        .number()
        .nonnegative()
        .optional()
        .describe(
          "Price of one minute of this job's runner, in `currency` (a self-hosted runner: e.g. its cloud instance's hourly price / 60). Wins over the hosted-runner tables.",
        ),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as USD or EUR')
        .default('USD')
        .describe('ISO 4217 code of `rate` and `compute-minute-price`; the hosted-runner tables are in USD.'),
      runner: z
        .enum(RUNNER_RATE_NAMES as [string, ...string[]])
        .optional()
        .describe(
          'The hosted runner whose price applies, when runlens cannot tell it from the environment (a larger runner not named for its size): a GitHub billing SKU (`linux_8_core`, `macos_xl`) or a GitLab runner tag (`saas-linux-medium-amd64`).',
        ),
      'compute-minute-price': z
        .number()
        .nonnegative()
        .optional()
        .describe("GitLab: price of one compute minute (default: 0.01, GitLab.com's $10 per 1,000 additional compute minutes)."),
      overhead: duration
        .optional()
        .describe(
          "Job time runlens does not see (checkout, installing tools, uploading artifacts): added to the job's billed minutes and shared among the steps.",
        ),
      rounding: z
        .enum(['minute', 'none'])
        .optional()
        .describe(
          "How the job's time is billed: `minute` rounds it up to whole minutes (GitHub does); `none` bills it exactly (GitLab, most clouds). Default: the platform's.",
        ),
    })
    .strict()
    .describe(
      "What the run costs, per step and in total (README: Cost). Hosted runners are priced from GitHub's and GitLab's published tables; a self-hosted runner needs `rate`.",
    );

const budgetObject = () =>
  z
    .object({
      'max-minutes': z
        .number()
        .positive()
        .optional()
        .describe('Most billed minutes the job may take (its time plus `cost.overhead`, rounded as billed).'),
      'max-cost': z.number().positive().optional().describe('Most the run may cost, in the cost currency.'),
      'on-exceed': z
        .enum(['fail', 'warn'])
        .default('fail')
        .describe('`fail`: the run fails (exit 1); `warn`: a warning, the run keeps its verdict.'),
    })
    .strict()
    .refine((b) => b['max-minutes'] !== undefined || b['max-cost'] !== undefined, 'a budget needs `max-minutes`, `max-cost` or both')
    .describe("A budget for the run's minutes and cost: exceeding it fails the run or warns.");

/**
 * An optional section built on first use. `.optional()` asks its inner schema whether it has a default
 * (`optin`), which would build a plain z.lazy at the first parse; an object section has neither a default
 * nor an optional output, so the lazy says so itself and an absent section is never built.
 */
function lazySection<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  const lazy = z.lazy(build);
  for (const key of ['optin', 'optout'] as const)
    Object.defineProperty(lazy._zod, key, { value: undefined, writable: true, configurable: true });
  return lazy;
}

export const costSchema = lazySection(costObject);
export const budgetSchema = lazySection(budgetObject);

export type CostSettings = z.output<ReturnType<typeof costObject>>;
export type BudgetSettings = z.output<ReturnType<typeof budgetObject>>;

export const configSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors; runlens ignores it.'),
    version: z.literal(1).describe('Format version; always 1.'),
    name: z.string().min(1).optional().describe('Pipeline name (default: the repository name).'),
    'output-dir': z.string().min(1).default('.runlens').describe('Where reports, logs and run.json go.'),
    'cache-dir': z
      .string()
      .min(1)
      .default('.runlens/cache')
      .describe(
        'Where the step cache (`cache: true` steps) is kept, relative to the working directory; restore and save it between CI runs (`actions/cache` with the `cache-key` output, GitLab `cache:`).',
      ),
    concurrency: z
      .number()
      .int()
      .min(1)
      .default(() => availableParallelism())
      .describe('How many steps run at once (default: the number of CPUs).'),
    'fail-on': z.enum(FAIL_ON).default('high').describe('Fail the run on a finding of this severity or worse.'),
    'kill-grace': duration.prefault('10s').describe('After a timeout or cancel: time between SIGTERM and SIGKILL.'),
    'log-limit': size
      .prefault('100MB')
      .describe(
        "Most output kept per step, in its log and on the console; beyond it lines are counted (the step's usage), not kept, and the log says so.",
      ),
    'log-order': z
      .enum(['auto', 'stream', 'grouped'])
      .default('auto')
      .describe(
        "Step output: `stream` prefixes lines live; `grouped` prints each step's log in a fold when it ends; `auto` is grouped on CI, streamed elsewhere.",
      ),
    'new-only': z
      .enum(NEW_ONLY_SETTINGS)
      .default('auto')
      .describe(
        "Which findings can fail the gate on a pull/merge request, compared with `git diff base...head`: `added` (on lines the change added or modified), `diff_context` (within its diff hunks), `file` (in files it changed), `nofilter` (all). The others are still reported, as existing. Secrets in the change's own commits always count. `auto`: `added` on a pull/merge request, `nofilter` elsewhere.",
      ),
    'pr-comment': z
      .enum(['auto', 'off'])
      .default('auto')
      .describe(
        "One summary comment on the pull/merge request, updated in place each run: `auto` posts it when a token allows (the action's `github-token`; on GitLab `RUNLENS_GITLAB_TOKEN` with api scope).",
      ),
    'upload-sarif': z
      .boolean()
      .default(false)
      .describe(
        'GitHub: upload runlens.sarif to code scanning from this step (needs `security-events: write`), then wait for GitHub to process it. Off by default: giving the `sarif` output to `github/codeql-action/upload-sarif` works as well.',
      ),
    'api-timeout': duration
      .prefault('10s')
      .describe(
        'Longest wait for one GitHub/GitLab API call (the PR comment, the SARIF upload). The PR comment as a whole waits at most three times this; the SARIF upload, with its processing, twelve times. A timeout is a warning, never a failed run.',
      ),
    defaults: z
      .object({
        timeout: duration.prefault('30m'),
        retries: retries.prefault(0),
        shell: z.string().min(1).default('bash').describe('Shell for string `run:` commands.'),
      })
      .strict()
      .prefault({})
      .describe('Defaults for every step.'),
    telemetry: telemetrySchema,
    secrets: secretsSchema,
    'secret-stores': secretStoresSchema,
    cost: costSchema.optional(),
    budget: budgetSchema.optional(),
    steps: z
      .record(z.string().regex(STEP_ID, 'a step id is letters, digits, `_` and `-`, starting with a letter or `_`'), stepSchema)
      .refine((s) => Object.keys(s).length > 0, 'a pipeline needs at least one step')
      .describe('The steps, by id (letters, digits, `_` and `-`): each either `run`s a command or `uses` a built-in check.'),
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type StepConfig = z.output<typeof stepSchema>;
