// Step outputs (`steps.<id>.outputs.*` on GitHub; dotenv on GitLab): small strings other steps branch on.
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
  return outputs;
}
