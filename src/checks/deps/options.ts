// `uses: deps` options: every field and default of the step's `with:`. The config loader validates
// against this schema, and the JSON Schema and the README reference are generated from it.
import { z } from 'zod';
import { lazyOptions } from '../check.js';
import { parseDuration } from '../../base/duration.js';
import { FAIL_ON, SEVERITIES } from '../../model/severity.js';

function buildDepsOptions() {
  const duration = z.union([z.string(), z.number().nonnegative()]).transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write e.g. 30s, 5m, 12h or a number of seconds` });
      return z.NEVER;
    }
    return ms;
  });

  const stringList = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));

  const date = z.string().transform((v, ctx) => {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59.999Z` : v);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a date; write YYYY-MM-DD` });
      return z.NEVER;
    }
    return d.toISOString();
  });

  const ignoreEntry = z
    .object({
      id: z.string().min(1).describe('An advisory id or alias (GHSA-…, CVE-…, PYSEC-…, GO-…); ignores the finding that lists it.'),
      until: date
        .optional()
        .describe(
          'Ignore until this date (YYYY-MM-DD, through the end of that day, UTC); after it the finding counts again and the log warns.',
        ),
      reason: z.string().min(1).describe('Why it is safe to ignore (shown in the log and the summary).'),
    })
    .strict();

  const depsOptions = z
    .object({
      source: z
        .string()
        .min(1)
        .default('osv-api')
        .describe(
          "Where advisories come from: `osv-api` (the OSV API, see `api-url`), or a directory (relative to the step working directory) holding an offline database: osv-scanner's layout `<dir>/<Ecosystem>/all.zip` and/or OSV records as JSON or YAML files.",
        ),
      'api-url': z.url().default('https://api.osv.dev').describe('Base URL of the OSV API (`source: osv-api`).'),
      'api-timeout': duration.prefault('30s').describe('Time limit of one OSV API request attempt.'),
      'api-retries': z
        .number()
        .int()
        .min(0)
        .max(10)
        .default(4)
        .describe('Retries of an OSV API request that timed out or got 429/5xx (exponential backoff, honouring Retry-After).'),
      'api-concurrency': z.number().int().min(1).max(64).default(8).describe('`GET /v1/vulns/{id}` requests in flight at once.'),
      'cache-dir': z
        .string()
        .optional()
        .describe(
          "Where OSV API answers, and the index of an offline database's zips, are cached (default: `$XDG_CACHE_HOME/runlens/osv`, else `~/.cache/runlens/osv`).",
        ),
      'cache-ttl': duration
        .prefault('6h')
        .describe('How long a cached OSV API answer is reused; `0` turns all caching off (also the offline database index).'),
      paths: stringList.default(['.']).describe('Lockfiles, or directories to search for them, relative to the step working directory.'),
      exclude: z
        .array(z.string().min(1))
        .default([])
        .describe('Repository-relative globs of lockfiles never read, e.g. `tests/fixtures/**`.'),
      'fail-on': z
        .enum(FAIL_ON)
        .optional()
        .describe(
          "Fail this step when a finding is this severe or worse (the run's own `fail-on` gate applies to every finding regardless).",
        ),
      'only-direct': z
        .boolean()
        .default(false)
        .describe('Report only packages the project declares itself (where the lockfile says which those are).'),
      scopes: z
        .array(z.enum(['runtime', 'development']))
        .min(1)
        .default(['runtime', 'development'])
        .describe('Report packages of these scopes (where the lockfile says; packages of unknown scope are always reported).'),
      'new-only': z
        .boolean()
        .default(false)
        .describe(
          "On a pull/merge request, report only the vulnerabilities it introduces: those the base commit's lockfiles (read with `git show`) did not already have.",
        ),
      'unknown-severity': z
        .enum(SEVERITIES)
        .default('medium')
        .describe('Severity of an advisory with neither a CVSS vector nor a severity of its database.'),
      ignore: z.array(ignoreEntry).default([]).describe('Advisories not to report: `{ id, until, reason }`.'),
    })
    .strict();
  return depsOptions;
}

// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
export const depsOptions = lazyOptions(buildDepsOptions);

export type DepsOptions = z.output<typeof depsOptions>;
export type DepsOptionsInput = z.input<typeof depsOptions>;
