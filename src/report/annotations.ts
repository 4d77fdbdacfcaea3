// Annotations on the diff and the run page. GitHub shows 10 per level per step and 50 per job and
// silently drops the rest, so runlens picks: failed steps, then the most severe findings, then one
// notice that says how many more there are and where.
import path from 'node:path';
import type { RunResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { SEVERITY_MAP, compareSeverity } from '../model/severity.js';
import type { Annotation } from '../platform/platform.js';

export interface AnnotationLimits {
  perLevel: number;
  perJob: number;
}

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { perLevel: 10, perJob: 50 };

export function selectAnnotations(run: RunResult, limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS): Annotation[] {
  const candidates: Annotation[] = [];
  for (const step of run.steps) {
    if ((step.status === 'failed' || step.status === 'timed-out') && !step.allowedFailure) {
      candidates.push({
        level: 'error',
        title: `step ${step.id} ${step.status === 'timed-out' ? 'timed out' : 'failed'}`,
        message: step.reason ?? (step.exitCode !== null ? `exit code ${step.exitCode}` : `${step.id} did not finish`),
      });
    }
  }
  const findings = run.steps.flatMap((s) => s.findings).sort((a, b) => compareSeverity(b.severity, a.severity));
  for (const f of findings) candidates.push(annotationFor(run, f));

  const used = { error: 0, warning: 0, notice: 0 };
  const chosen: Annotation[] = [];
  let left = 0;
  for (const a of candidates) {
    if (used[a.level] < limits.perLevel && chosen.length < limits.perJob) {
      used[a.level] += 1;
      chosen.push(a);
    } else left += 1;
  }
  if (left === 0) return chosen;

  // The "more" notice needs a notice slot: give up the last (least severe) notice if they are all taken.
  if (used.notice >= limits.perLevel || chosen.length >= limits.perJob) {
    const last = chosen.findLastIndex((a) => a.level === 'notice');
    chosen.splice(last === -1 ? chosen.length - 1 : last, 1);
    left += 1;
  }
  chosen.push({
    level: 'notice',
    title: `${left} more ${left === 1 ? 'annotation' : 'annotations'} not shown`,
    message: `GitHub shows ${limits.perLevel} annotations of each level per step; ${left} more ${left === 1 ? 'is' : 'are'} in the job summary, the SARIF report (code scanning) and run.json.`,
  });
  return chosen;
}

function annotationFor(run: RunResult, f: Finding): Annotation {
  const a: Annotation = {
    level: SEVERITY_MAP[f.severity].annotation,
    title: `${f.severity}: ${f.title} (${f.tool} ${f.ruleId})`,
    message: f.message || f.title,
  };
  const loc = f.location;
  // Annotations attach to repository files only; an absolute path is outside the checkout.
  if (loc && !path.isAbsolute(loc.path)) {
    a.file = loc.path;
    if (loc.startLine) {
      a.startLine = loc.startLine;
      if (loc.endLine && loc.endLine >= loc.startLine) a.endLine = loc.endLine;
      // GitHub ignores columns on multi-line annotations.
      if (loc.startColumn && (a.endLine === undefined || a.endLine === a.startLine)) {
        a.startColumn = loc.startColumn;
        if (loc.endColumn && loc.endColumn >= loc.startColumn) a.endColumn = loc.endColumn;
      }
    }
  } else if (!loc && run.configPath) {
    const config = path.relative(run.workspace, run.configPath);
    if (config && !config.startsWith('..') && !path.isAbsolute(config)) a.file = config.split(path.sep).join('/');
  }
  return a;
}
