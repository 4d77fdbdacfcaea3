// Step outputs (`steps.<id>.outputs.*` on GitHub; dotenv on GitLab): small strings other steps branch on.
import { repoRelative } from '../base/repo-path.js';
import path from 'node:path';
import type { RunResult } from '../model/result.js';
import type { ReportPaths } from './write-reports.js';

export function actionOutputs(run: RunResult, paths: ReportPaths): Record<string, string> {
  const failedSteps = run.steps.filter(
    (s) => (s.status === 'failed' || s.status === 'timed-out' || s.status === 'cancelled') && !s.allowedFailure,
  );
  const outputs: Record<string, string> = {
    result: run.status,
    'exit-code': String(run.exitCode),
    findings: String(run.counts.total),
    critical: String(run.counts.critical),
    high: String(run.counts.high),
    medium: String(run.counts.medium),
    low: String(run.counts.low),
    note: String(run.counts.note),
    'failed-steps': failedSteps.map((s) => s.id).join(','),
    sarif: paths.sarif,
    summary: paths.summary,
    'run-json': paths.runJson,
    junit: paths.junit,
  };
  if (run.traceId) outputs['trace-id'] = run.traceId;
  // The step cache's key: what `actions/cache/save` saves the cache dir under (README, "Step cache").
  if (run.cacheKey) outputs['cache-key'] = run.cacheKey;
  return outputs;
}

/**
 * GitLab's `artifacts:reports:dotenv`: the same outputs as `RUNLENS_RESULT=failed` lines, so later jobs
 * (`needs:`) read them as variables. Paths are relative to the project directory, where later jobs
 * find the artifacts; values are single-line by construction (ids, counts, paths).
 */
export function toDotenv(outputs: Record<string, string>, workspace: string): string {
  return Object.entries(outputs)
    .map(([name, value]) => {
      const key = `RUNLENS_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
      const shown = path.isAbsolute(value) ? (repoRelative(workspace, value) ?? value) : value;
      return `${key}=${shown.replace(/[\r\n]+/g, ' ')}\n`;
    })
    .join('');
}
