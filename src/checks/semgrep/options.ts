// `uses: semgrep` options: every field and default of the step's `with:`. The config loader validates
// against this schema and the JSON Schema / docs table are generated from it.
import { z } from 'zod';
import { lazyOptions } from '../check.js';
import { parseDuration } from '../../base/duration.js';
import { checkExtraArgs } from './extra-args.js';

/** The semgrep release `install: auto` installs, and the one the tests and the install hint name. */
export const SEMGREP_VERSION = '1.185.0';

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

function buildSemgrepOptions() {
  const size = z.union([z.number().int().nonnegative(), z.string()]).transform((v, ctx) => {
    if (typeof v === 'number') return v;
    const m = SIZE.exec(v.trim());
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a size; write e.g. 500KB, 1MB or a number of bytes` });
      return z.NEVER;
    }
    return Math.round(Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]!);
  });

  const stringList = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));

  const seconds = z.union([z.number().nonnegative(), z.string()]).transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a duration; write e.g. 30s, 2m or a number of seconds` });
      return z.NEVER;
    }
    return ms / 1000;
  });

  const semgrepOptions = z
    .object({
      config: stringList
        .refine((list) => list.length > 0, { message: 'name at least one rule file, rule directory or registry id' })
        .describe(
          'Rules: local rule files or directories (relative to the step working directory) and registry ids such as `p/python` (these need network access to semgrep.dev).',
        ),
      paths: stringList.default(['.']).describe('Files and directories to scan, relative to the step working directory.'),
      include: stringList.default([]).describe('Scan only files matching these globs (semgrep `--include`).'),
      exclude: stringList.default([]).describe('Skip files matching these globs (semgrep `--exclude`), beside `.semgrepignore`.'),
      jobs: z.number().int().positive().optional().describe("Parallel jobs (semgrep `--jobs`; default: semgrep's own)."),
      timeout: seconds
        .optional()
        .describe(
          "Longest a rule may run on one file (semgrep `--timeout`): `30s`, `2m` or seconds; 0 for no limit (default: semgrep's, 5 s).",
        ),
      'max-target-bytes': size
        .optional()
        .describe(
          "Skip files larger than this (semgrep `--max-target-bytes`): `500KB`, `1MB` or bytes; 0 for no limit (default: semgrep's, 1 MB).",
        ),
      'baseline-ref': z
        .string()
        .min(1)
        .optional()
        .describe(
          'Diff-aware mode: report only findings that are new since this commit or ref (semgrep `--baseline-commit`). Default: the pull/merge request base on GitHub and GitLab, none elsewhere; `off` scans everything.',
        ),
      'sarif-output': z
        .string()
        .min(1)
        .optional()
        .describe("Also write semgrep's own SARIF to this file (relative to the step working directory), kept as an artifact."),
      'extra-args': z
        .array(z.string().min(1))
        .default([])
        .superRefine((args, ctx) => {
          for (const problem of checkExtraArgs(args)) ctx.addIssue({ code: 'custom', message: problem });
        })
        .describe(
          'More semgrep flags, from an allowlist (e.g. `--severity=ERROR`, `--exclude-rule=ID`, `--no-git-ignore`, `--max-memory=4000`).',
        ),
      install: z
        .enum(['never', 'auto'])
        .default('never')
        .describe(
          "`auto`: when semgrep `version` is not installed in runlens's cache, install it there (python3 -m venv + pip, from PyPI) and use it; `never`: use `semgrep` from PATH.",
        ),
      version: z
        .string()
        .regex(/^\d+\.\d+\.\d+$/, 'a semgrep version is like 1.185.0')
        .default(SEMGREP_VERSION)
        .describe('The semgrep version `install: auto` installs.'),
    })
    .strict();
  return semgrepOptions;
}

// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
export const semgrepOptions = lazyOptions(buildSemgrepOptions);

export type SemgrepOptions = z.output<typeof semgrepOptions>;
export type SemgrepOptionsInput = z.input<typeof semgrepOptions>;
