// `uses: tool` options: a preset (a tool runlens knows) or a custom tool (`run` + `format`).
import { z } from 'zod';
import { lazyOptions } from '../check.js';
import { FINDING_CATEGORIES } from '../../model/finding.js';
import { SEVERITIES } from '../../model/severity.js';

export const PRESET_NAMES = [
  'bandit',
  'ruff',
  'eslint',
  'shellcheck',
  'hadolint',
  'gitleaks',
  'osv-scanner',
  'npm-audit',
  'pip-audit',
  'trivy',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const CUSTOM_FORMATS = ['sarif', 'problem-matcher'] as const;

/** Options only some presets take, and which. */
export const PRESET_OPTIONS: Record<string, readonly PresetName[]> = {
  requirements: ['pip-audit'],
  'resolve-deps': ['pip-audit'],
  'offline-db': ['osv-scanner'],
  'omit-dev': ['npm-audit'],
  scanners: ['trivy'],
};

function buildToolOptions() {
  const stringList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

  const toolOptions = z
    .object({
      preset: z.enum(PRESET_NAMES).optional().describe('A tool runlens knows how to run and read: its argv, exit codes and report.'),
      run: z
        .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
        .optional()
        .describe('A custom tool: a list is argv (no shell), a string runs in the step shell. Needs `format`.'),
      format: z.enum(CUSTOM_FORMATS).optional().describe('What a custom tool writes: `sarif`, or text read with a `problem-matcher`.'),
      output: z
        .string()
        .min(1)
        .optional()
        .describe('The file a custom tool writes its report to, relative to the working directory (default: its standard output).'),
      matcher: z
        .string()
        .min(1)
        .optional()
        .describe('GitHub problem-matcher JSON file (format `problem-matcher`), relative to the working directory.'),
      name: z.string().min(1).optional().describe("A custom tool's name on its findings (default: the program, or the matcher's owner)."),
      category: z
        .enum(FINDING_CATEGORIES)
        .optional()
        .describe("A custom tool's findings' category (default: `quality`; SARIF results keep their own)."),
      'exit-codes': z
        .array(z.number().int().min(0).max(255))
        .min(1)
        .optional()
        .describe('Exit codes that mean the tool ran to the end, findings or not (custom tools default to 0 and 1).'),
      'version-args': z
        .array(z.string())
        .optional()
        .describe("Arguments that make a custom tool print its version (e.g. [--version]); recorded in the tool's SARIF run."),
      severities: z
        .record(z.string(), z.enum(SEVERITIES))
        .default({})
        .describe("Overrides of the severity table: a rule id, or the tool's own severity word, → a runlens severity."),
      args: z.array(z.string()).default([]).describe("Extra arguments for the tool, before the paths (a preset's own come first)."),
      paths: stringList.default(['.']).describe('What to scan, relative to the working directory.'),
      config: z.string().min(1).optional().describe("The tool's own config file, relative to the working directory."),
      requirements: stringList.optional().describe('pip-audit: requirements files to audit (default: requirements.txt).'),
      'resolve-deps': z
        .boolean()
        .optional()
        .describe('pip-audit: resolve dependencies with pip (default true); false audits the pinned requirements as written.'),
      'offline-db': z
        .string()
        .min(1)
        .optional()
        .describe('osv-scanner: a local vulnerability database directory (`<dir>/osv-scanner/<Ecosystem>/all.zip`); scans offline.'),
      'omit-dev': z.boolean().optional().describe('npm audit: leave out devDependencies.'),
      scanners: z
        .array(z.enum(['vuln', 'misconfig', 'secret', 'license']))
        .min(1)
        .optional()
        .describe('trivy: which scanners run.'),
    })
    .strict()
    .superRefine((o, ctx) => {
      if ((o.preset === undefined) === (o.run === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a tool step needs exactly one of `preset` or `run`' });
        return;
      }
      if (o.run !== undefined) {
        if (o.format === undefined)
          ctx.addIssue({ code: 'custom', path: ['format'], message: `\`run\` needs a \`format\`: ${CUSTOM_FORMATS.join(' or ')}` });
        if (o.format === 'problem-matcher' && o.matcher === undefined) {
          ctx.addIssue({ code: 'custom', path: ['matcher'], message: '`format: problem-matcher` needs a `matcher` file' });
        }
        if (o.format === 'sarif' && o.matcher !== undefined)
          ctx.addIssue({ code: 'custom', path: ['matcher'], message: '`matcher` goes with `format: problem-matcher`' });
        for (const key of Object.keys(PRESET_OPTIONS)) {
          if (o[key as keyof typeof o] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `\`${key}\` is an option of the ${PRESET_OPTIONS[key]!.join(', ')} preset`,
            });
        }
        return;
      }
      for (const key of ['format', 'output', 'matcher', 'name', 'category', 'exit-codes', 'version-args'] as const) {
        if (o[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `\`${key}\` is for a custom tool (\`run\`), not a preset` });
      }
      for (const [key, presets] of Object.entries(PRESET_OPTIONS)) {
        if (o[key as keyof typeof o] !== undefined && !presets.includes(o.preset!)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `\`${key}\` is an option of the ${presets.join(', ')} preset, not ${o.preset}`,
          });
        }
      }
    });
  return toolOptions;
}

// Built on first use (check.ts, lazyOptions): a run builds only the schemas of the kinds it uses.
export const toolOptions = lazyOptions(buildToolOptions);

export type ToolOptions = z.output<typeof toolOptions>;
