// Annotations on the diff and the run page. GitHub shows 10 per level per step and 50 per job and
// silently drops the rest, so runlens picks: the run's verdict (always shown), failed steps, then
// critical findings, failed tests (at the test file and line the JUnit report gives), the other
// findings by severity, and one notice that says how many more there are and where.
import path from 'node:path';
import { repoRelative } from '../base/repo-path.js';
import type { RunResult, StepResult, TestCase } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { SEVERITY_MAP, compareSeverity } from '../model/severity.js';
import type { Annotation } from '../model/annotation.js';
import { removedInCommit, sourceUrl } from './source-link.js';

export interface AnnotationLimits {
  perLevel: number;
  perJob: number;
}

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { perLevel: 10, perJob: 50 };

export interface AnnotationChoice {
  /** What to annotate, within the limits; the last may be the "N more not shown" notice. */
  annotations: Annotation[];
  /** How many candidates did not fit. */
  notShown: number;
}

export interface AnnotationOptions {
  limits?: AnnotationLimits;
  /**
   * Is this finding on a line the change under review touched? Those are annotated first: they are what
   * the PR's author can act on. Default: new-only marked it `new` (src/findings/new-only.ts).
   */
  isChanged?: (f: Finding) => boolean;
}

export function selectAnnotations(run: RunResult, limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS): Annotation[] {
  return chooseAnnotations(run, { limits }).annotations;
}

/** The summary's line about the annotations GitHub would not have shown, if any were left out. */
export function annotationsNote(choice: AnnotationChoice, limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS): string | undefined {
  if (choice.notShown === 0) return undefined;
  const n = choice.notShown;
  return `${n} ${n === 1 ? 'finding or failure was' : 'findings and failures were'} not annotated (GitHub shows ${limits.perLevel} annotations of each level per step and ${limits.perJob} per job): ${n === 1 ? 'it is' : 'they are'} in this summary's tables, the SARIF report and run.json.`;
}

export function chooseAnnotations(run: RunResult, opts: AnnotationOptions = {}): AnnotationChoice {
  const limits = opts.limits ?? GITHUB_ANNOTATION_LIMITS;
  const isChanged = opts.isChanged ?? ((f: Finding) => f.baseline === 'new');
  // The verdict comes first so it always has a slot: it is what a reader of the run page looks for.
  const candidates: Annotation[] = run.status === 'passed' ? [] : [verdictAnnotation(run)];
  for (const step of run.steps) {
    if ((step.status === 'failed' || step.status === 'timed-out') && !step.allowedFailure) {
      candidates.push({
        level: 'error',
        title: `step ${step.id} ${step.status === 'timed-out' ? 'timed out' : 'failed'}`,
        message: step.reason ?? (step.exitCode !== null ? `exit code ${step.exitCode}` : `${step.id} did not finish`),
      });
    }
    // A step that passed but proves nothing (a scan of 0 files) says so where the reader looks.
    for (const w of step.warnings ?? []) candidates.push({ level: 'warning', title: `step ${step.id}`, message: w });
  }
  const all = run.steps.flatMap((s) => s.findings).sort((a, b) => compareSeverity(b.severity, a.severity));
  // Findings on the lines the change touched first, most severe first; then the rest as before.
  const changed = all.filter((f) => isChanged(f));
  const findings = all.filter((f) => !isChanged(f));
  for (const f of changed) candidates.push(annotationFor(run, f));
  const critical = findings.filter((f) => f.severity === 'critical');
  for (const f of critical) candidates.push(annotationFor(run, f));
  for (const step of run.steps) for (const tc of failedTests(step)) candidates.push(testAnnotation(step, tc));
  for (const f of findings.slice(critical.length)) candidates.push(annotationFor(run, f));

  const used = { error: 0, warning: 0, notice: 0 };
  const chosen: Annotation[] = [];
  let left = 0;
  for (const a of candidates) {
    if (used[a.level] < limits.perLevel && chosen.length < limits.perJob) {
      used[a.level] += 1;
      chosen.push(a);
    } else left += 1;
  }
  if (left === 0) return { annotations: chosen, notShown: 0 };

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
  return { annotations: chosen, notShown: left };
}

/** `runlens: failed — build failed; 2 findings at or above high`: the one line that says why the job is red. */
export function verdictAnnotation(run: RunResult): Annotation {
  const failed = run.steps.filter((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
  const why = [
    failed.length ? `${failed.map((s) => s.id).join(', ')} failed` : '',
    run.gate.passed ? '' : run.gate.reason,
    run.budget?.exceeded && run.budget.onExceed === 'fail' ? `over budget: ${run.budget.reason}` : '',
  ];
  const reasons = why.filter(Boolean).join('; ');
  // No title: the message starts with "runlens:" already, as core.setFailed would print it.
  return { level: 'error', message: `runlens: ${run.status}${reasons ? ` — ${reasons}` : ''}` };
}

/**
 * Failed and errored test cases a step reported, except those a finding of the same step already
 * annotates at the same place (a golden case is both a test case and a finding).
 */
function failedTests(step: StepResult): TestCase[] {
  const found = new Set(step.findings.map((f) => `${f.location?.path}:${f.location?.startLine ?? ''}`));
  return step.cases.filter(
    (tc) => (tc.status === 'failed' || tc.status === 'error') && !(tc.file && found.has(`${tc.file}:${tc.line ?? ''}`)),
  );
}

function testAnnotation(step: StepResult, tc: TestCase): Annotation {
  const name = tc.suite && tc.suite !== tc.name ? `${tc.suite} › ${tc.name}` : tc.name;
  const a: Annotation = {
    level: 'error',
    title: `test ${tc.status === 'error' ? 'errored' : 'failed'}: ${name} (step ${step.id})`,
    message: tc.message || (tc.details ? (tc.details.split('\n', 1)[0] ?? '') : '') || `${name} ${tc.status}`,
  };
  // Annotations attach to repository files only; an absolute path is outside the checkout.
  if (tc.file && !path.isAbsolute(tc.file)) {
    a.file = tc.file;
    if (tc.line && tc.line > 0) a.startLine = tc.line;
  }
  return a;
}

function annotationFor(run: RunResult, f: Finding): Annotation {
  const a: Annotation = {
    level: SEVERITY_MAP[f.severity].annotation,
    title: `${f.severity}: ${f.title} (${f.tool} ${f.ruleId})`,
    message: f.message || f.title,
  };
  const loc = f.location;
  const commit = removedInCommit(f);
  if (commit) {
    // Not in the checked-out files any more: an annotation there would mark a line that no longer holds it.
    const url = sourceUrl(run.platform, loc!.path, loc!.startLine, loc!.endLine, commit);
    a.message = `${a.message} ${loc!.path}:${loc!.startLine ?? 1} at ${commit.slice(0, 12)}${url ? `: ${url}` : ''}`;
  } else if (loc && !path.isAbsolute(loc.path)) {
    // Annotations attach to repository files only; an absolute path is outside the checkout.
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
    const config = repoRelative(run.workspace, run.configPath);
    if (config) a.file = config;
  }
  return a;
}
