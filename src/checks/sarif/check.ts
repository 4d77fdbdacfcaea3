// `uses: sarif`: findings from SARIF files another tool (or an earlier step) wrote.
import { z } from 'zod';
import { defineCheck, lazyOptions } from '../check.js';

export const sarifCheck = defineCheck({
  kind: 'sarif',
  description: 'Ingest SARIF files written by another tool as findings.',
  // Findings carry the ingested tools' names; this one is only what the step is called.
  tool: { name: 'sarif' },
  category: 'mixed',
  options: lazyOptions(() =>
    z
      .object({
        files: z
          .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
          .transform((f) => (Array.isArray(f) ? f : [f]))
          .describe('SARIF files to read: a glob or a list of globs, relative to the step working directory.'),
      })
      .strict(),
  ),
  run: async (ctx) => {
    const { findings, files, tools } = await ctx.phase(
      'ingest',
      // The reader (and its globbing) loads when a sarif step runs, not at every start-up.
      async () =>
        (await import('../../ingest/sarif.js')).ingestSarif(ctx.options.files, {
          cwd: ctx.cwd,
          workspace: ctx.workspace,
          stepId: ctx.stepId,
          confine: true,
        }),
      {
        'runlens.sarif.patterns': ctx.options.files.length,
      },
    );
    ctx.log(
      `read ${findings.length} finding${findings.length === 1 ? '' : 's'} from ${files.length} SARIF file${files.length === 1 ? '' : 's'}: ${files.join(', ')}`,
    );
    return { findings, artifacts: files, tools };
  },
});
