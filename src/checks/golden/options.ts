// The `with:` of a `uses: golden` step: every option and every default of golden-data regression.
import { z } from 'zod';
import { lazyOptions } from '../check.js';
import { SEVERITIES } from '../../model/severity.js';
import { PathPattern } from './json-path.js';

/** NumPy `allclose`'s defaults, used for floats when no tolerance is given anywhere. */
export const DEFAULT_TOLERANCE = { abs: 1e-8, rel: 1e-5 } as const;

const FORMATS = ['csv', 'tsv', 'json', 'yaml', 'text', 'npy', 'wav', 'bytes'] as const;
export type FormatName = (typeof FORMATS)[number];

// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
function buildSchemas() {
  const abs = z
    .number()
    .nonnegative()
    .optional()
    .describe(`Absolute tolerance (default ${DEFAULT_TOLERANCE.abs} when no tolerance is given anywhere).`);
  const rel = z
    .number()
    .nonnegative()
    .optional()
    .describe(`Relative tolerance, a fraction of |expected| (default ${DEFAULT_TOLERANCE.rel} when no tolerance is given anywhere).`);

  const toleranceSchema = z
    .object({ abs, rel })
    .strict()
    .describe(
      'Two numbers are equal when |actual − expected| ≤ abs + rel·|expected| (NumPy `allclose`). ±inf equal only themselves; ' +
        'NaN follows `nan-equal`. Integers compare exactly unless a tolerance is given (here, on the case, or on the column). ' +
        'A field left out is inherited: column → case → step → default.',
    );

  const columnSchema = z
    .object({
      abs,
      rel,
      ignore: z.boolean().default(false).describe('Do not compare this column.'),
    })
    .strict()
    .describe('Per-column options of a CSV/TSV case.');

  const SCRUB_PRESETS = ['timestamps', 'uuids', 'paths'] as const;

  const scrubberSchema = z
    .union([
      z.enum(SCRUB_PRESETS),
      z
        .object({
          pattern: z.string().min(1).describe('A JavaScript regular expression; every match is replaced.'),
          replacement: z.string().default('<scrubbed>').describe('What a match becomes (`$1` refers to groups).'),
          flags: z
            .string()
            .regex(/^[imsu]*$/, 'flags are some of i, m, s, u (g is always on)')
            .default('')
            .describe('Regular expression flags besides `g`.'),
        })
        .strict(),
    ])
    .describe(
      'Replaces volatile text before a text comparison: `timestamps` (ISO 8601 dates and clock times), `uuids`, ' +
        '`paths` (the workspace, home and temp directories), or `{ pattern, replacement }`.',
    );

  const caseSchema = z
    .object({
      name: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Case name, shown in reports and used by `runlens golden update NAME`; `{name}` is substituted (default: the golden path).',
        ),
      actual: z
        .string()
        .min(1)
        .describe(
          'File the program produced, relative to the step directory. `{name}` stands for one path segment shared with `expected`.',
        ),
      expected: z
        .string()
        .min(1)
        .describe('The golden file, relative to the step directory. With `{name}`, every matching file on either side is a case.'),
      format: z
        .enum(FORMATS)
        .optional()
        .describe('How to compare (default: by the golden file extension; unknown extensions compare bytes).'),
      tolerance: toleranceSchema.optional(),
      'nan-equal': z.boolean().optional().describe('NaN equals NaN (default: the step setting).'),
      severity: z.enum(SEVERITIES).optional().describe('Severity of the finding when this case fails (default: the step setting).'),
      ignore: z
        .array(z.string().min(1))
        .default([])
        .describe('JSON/YAML: paths not compared, e.g. `$.meta.time`, `$.items[*].id`, `$..timestamp`.'),
      'array-order': z
        .enum(['strict', 'any'])
        .default('strict')
        .describe('JSON/YAML: `any` matches array items regardless of their order.'),
      delimiter: z.string().length(1).optional().describe('CSV/TSV: field separator (default `,` for csv, tab for tsv).'),
      header: z
        .union([z.boolean(), z.literal('auto')])
        .default('auto')
        .describe('CSV/TSV: whether the first row names the columns; `auto` takes it as a header when a field of it is not a number.'),
      columns: z
        .record(z.string(), columnSchema)
        .default({})
        .describe('CSV/TSV: per-column tolerance or `ignore`, keyed by header name or by 1-based column number.'),
      'ignore-columns': z.array(z.string()).default([]).describe('CSV/TSV: columns not compared (header names or 1-based numbers).'),
      'line-endings': z.enum(['normalize', 'exact']).default('normalize').describe('Text: `normalize` treats CRLF and LF alike.'),
      'trailing-whitespace': z.enum(['ignore', 'exact']).default('exact').describe('Text: `ignore` strips spaces and tabs at line ends.'),
      scrub: z.array(scrubberSchema).default([]).describe('Text: scrubbers applied to both files before comparing.'),
      'min-snr-db': z
        .number()
        .optional()
        .describe('WAV: also fail when the signal-to-noise ratio of actual against expected is below this many dB.'),
    })
    .strict()
    .superRefine((c, ctx) => {
      const named = [c.actual.includes('{name}'), c.expected.includes('{name}')];
      if (named[0] !== named[1]) {
        ctx.addIssue({
          code: 'custom',
          path: [named[0] ? 'expected' : 'actual'],
          message: '`{name}` must appear in both `actual` and `expected`',
        });
      }
      for (const key of ['actual', 'expected'] as const) {
        if (/[*?[\]]/.test(c[key])) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'use `{name}` for the part that varies (e.g. out/{name}.csv); glob characters are not allowed here',
          });
        }
      }
      c.ignore.forEach((p, k) => {
        try {
          PathPattern.parse(p);
        } catch (err) {
          ctx.addIssue({ code: 'custom', path: ['ignore', k], message: (err as Error).message });
        }
      });
    })
    .describe('One golden comparison: an actual file and its golden counterpart.');

  const goldenOptions = z
    .object({
      run: z
        .union([z.string().min(1), z.array(z.string()).min(1)])
        .optional()
        .describe('Command producing the actual files first (in the step directory): a string runs in the shell, a list is argv.'),
      cases: z.array(caseSchema).min(1).describe('The comparisons to make.'),
      tolerance: toleranceSchema.optional(),
      'nan-equal': z.boolean().default(true).describe('NaN equals NaN (NumPy `equal_nan`).'),
      severity: z.enum(SEVERITIES).default('high').describe('Severity of the finding for a failing case.'),
      goldens: z
        .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
        .optional()
        .describe('Glob(s) of golden files, relative to the step directory: a file no case uses is reported as obsolete.'),
      'max-differences': z.number().int().min(1).max(100).default(10).describe('How many of the worst differences a failing case lists.'),
    })
    .strict();
  return { toleranceSchema, scrubberSchema, caseSchema, goldenOptions };
}
let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

export const caseSchema = lazyOptions(() => schemas().caseSchema);
export const goldenOptions = lazyOptions(() => schemas().goldenOptions);

export type ToleranceInput = z.output<ReturnType<typeof schemas>['toleranceSchema']>;
export type ScrubberInput = z.output<ReturnType<typeof schemas>['scrubberSchema']>;
export type CaseInput = z.output<typeof caseSchema>;
export type GoldenOptions = z.output<typeof goldenOptions>;
