// `uses: golden`: compares program outputs with known-good files, numerically where the data is numbers.
import { inShard, type CheckContext, type StepOutcome } from '../check.js';
import { expandCases } from './cases.js';
import { evaluateCase, type CaseResult } from './compare.js';
import { findObsolete } from './obsolete.js';
import type { GoldenOptions } from './options.js';
import { produceActuals } from './producer.js';
import { caseFinding, caseMessage, caseTestCase, obsoleteFinding } from './report.js';
import { goldenSummary } from './summary.js';

export async function runGolden(ctx: CheckContext<GoldenOptions>): Promise<StepOutcome> {
  const opts = ctx.options;
  if (opts.run !== undefined) {
    const failure = await ctx.phase('produce actuals', () => produceActuals(opts.run!, ctx.exec, ctx.log));
    if (failure) return { status: 'failed', error: failure, findings: [] };
  }
  const allCases = await expandCases(opts, ctx.cwd, ctx.workspace);
  // A sharded run compares this shard's cases; obsolete goldens are judged against every case.
  const cases = allCases.filter((c) => inShard(ctx, c.name));
  const results: CaseResult[] = [];
  for (const c of cases) {
    ctx.signal.throwIfAborted();
    const r = await ctx.phase(`case ${c.name}`, () => evaluateCase(c, opts['max-differences'], ctx.signal, ctx.workspace), {
      'runlens.golden.case': c.name,
      'runlens.golden.format': c.format,
    });
    results.push(r);
    ctx.log(
      `${r.status === 'passed' ? 'pass' : 'FAIL'}  ${c.name} (${c.format}, ${r.durationMs} ms)${r.status === 'passed' ? '' : `: ${caseMessage(r)}`}`,
    );
  }
  const obsolete = await findObsolete(opts, allCases, ctx.cwd, ctx.workspace);
  for (const path of obsolete) ctx.log(`note  ${path} is a golden file no case uses`);
  const failing = results.filter((r) => r.status !== 'passed');
  const failed = failing.length;
  ctx.log(`golden: ${results.length - failed} of ${results.length} cases match`);
  return {
    // A golden step is a test: a case that does not match fails it (StepOutcome.status). Obsolete goldens are notes.
    ...(failed > 0
      ? {
          status: 'failed' as const,
          error: `${failed} of ${results.length} golden case${results.length === 1 ? '' : 's'} ${failed === 1 ? 'does' : 'do'} not match: ${listNames(failing.map((r) => r.case.name))}`,
        }
      : {}),
    findings: [...results.flatMap((r) => caseFinding(r, ctx.stepId) ?? []), ...obsolete.map((p) => obsoleteFinding(p, ctx.stepId))],
    cases: results.map((r) => caseTestCase(r, ctx.stepId)),
    summary: goldenSummary(results, obsolete),
  };
}

function listNames(names: string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}
