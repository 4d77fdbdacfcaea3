// `uses: secrets` options: every field and default of the step's `with:`. The config loader validates
// against this schema and the JSON Schema / docs table are generated from it.
import { z } from 'zod';
import { lazyOptions } from '../check.js';
import { SEVERITIES } from '../../model/severity.js';
import { translateRe2 } from './re2.js';

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

function buildSecretsOptions() {
  const size = z
    .union([z.number().int().positive(), z.string()])
    .describe('A size: a number of bytes, or `500KB`, `10MB`, `1GiB`.')
    .transform((v, ctx) => {
      if (typeof v === 'number') return v;
      const m = SIZE.exec(v.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a size; write e.g. 500KB, 10MB or a number of bytes` });
        return z.NEVER;
      }
      return Math.round(Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]!);
    });

  const stringList = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));

  const regex = z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      const t = translateRe2(source);
      try {
        new RegExp(t.source, t.flags);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: `not a valid regex: ${(err as Error).message}` });
      }
    });

  const allowlist = z
    .object({
      paths: stringList.default([]).describe('Path globs (repository-relative, picomatch syntax) never scanned, e.g. `tests/fixtures/**`.'),
      regexes: z.array(regex).default([]).describe('Regexes; a secret matching any of them is not a finding.'),
      stopwords: z
        .array(z.string().min(1))
        .default([])
        .describe('Words; a secret containing any of them (case-insensitively) is not a finding.'),
    })
    .strict();

  const customRule = z
    .object({
      id: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule id is lowercase letters, digits and `-`')
        .describe('Rule id (SARIF rule id, part of fingerprints).'),
      title: z.string().min(1).optional().describe('Short name (default: the id).'),
      description: z.string().optional(),
      regex: regex.describe('JavaScript or RE2 (gitleaks) regex; a leading `(?i)` becomes a flag.'),
      keywords: z
        .array(z.string().min(1))
        .default([])
        .describe(
          'Prefilter words; the regex runs only near them. Lowercase matches any case; capitals must match exactly. None: runs on every file.',
        ),
      entropy: z.number().min(0).max(8).optional().describe('Minimum Shannon entropy (bits per character) of the secret.'),
      severity: z.enum(SEVERITIES).default('high'),
      'secret-group': z
        .number()
        .int()
        .min(0)
        .optional()
        .describe('Capture group holding the secret (default: 1 if the regex has groups, else 0).'),
      path: regex.optional().describe('Regex on the repository-relative path; the rule applies only where it matches.'),
      allowlist: z
        .object({
          regexes: z.array(regex).default([]),
          stopwords: z.array(z.string().min(1)).default([]),
        })
        .strict()
        .prefault({}),
    })
    .strict();

  const history = z
    .string()
    .default('auto')
    .refine((h) => ['auto', 'off', 'all'].includes(h) || /^[^\s.][^\s]*\.\.[^\s.][^\s]*$/.test(h), {
      message: 'history is `auto`, `off`, `all` or a range like `origin/main..HEAD`',
    })
    .describe(
      'Git history to scan: `auto` (the commits of the pull/merge request, base..head, on GitHub and GitLab; nothing locally), `off`, `all`, or a range `base..head`.',
    );

  const secretsOptions = z
    .object({
      paths: stringList.default(['.']).describe('Files and directories to scan, relative to the step working directory.'),
      tree: z.boolean().default(true).describe('Scan the working tree.'),
      history,
      gitignore: z.boolean().default(true).describe('Skip files ignored by .gitignore (nested ones too) and .git/info/exclude.'),
      'max-file-size': size.prefault('10MB').describe('Skip files larger than this.'),
      allowlist: allowlist.prefault({}).describe('Never report these paths, values or words.'),
      rules: z.array(customRule).default([]).describe('Extra detectors.'),
      'disable-rules': z.array(z.string()).default([]).describe('Built-in rule ids to turn off.'),
      'gitleaks-config': z
        .union([z.string().min(1), z.literal(false)])
        .optional()
        .describe(
          'A gitleaks TOML config whose rules and allowlists to load. As in gitleaks, its rules replace the built-in ones unless it has `[extend] useDefault = true`. Unset: the `.gitleaks.toml` and `.gitleaksignore` in the step working directory are used when present, as `gitleaks dir` does; `false`: neither is.',
        ),
      baseline: z
        .string()
        .optional()
        .describe(
          'A baseline file (JSON of fingerprints, as written to `<output-dir>/secrets/<step>.baseline.json`): secrets in it are known and not reported.',
        ),
      workers: z
        .union([z.literal('auto'), z.number().int().min(0).max(64)])
        .default('auto')
        .describe('Worker threads for the working-tree scan: `auto` (one per CPU), or a number; 0 scans in-thread.'),
    })
    .strict();
  return secretsOptions;
}

// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
export const secretsOptions = lazyOptions(buildSecretsOptions);

export type SecretsOptions = z.output<typeof secretsOptions>;
export type SecretsOptionsInput = z.input<typeof secretsOptions>;
