// JUnit XML of the run for GitLab's test report (and any CI that reads JUnit): one <testsuite> per
// step, the step itself as a test case, followed by the test cases the step ingested.
import type { RunResult, StepResult, TestCase } from '../model/result.js';

export function toJunitXml(run: RunResult): string {
  const suites = run.steps.map((s) => suiteOf(s));
  const totals = suites.reduce(
    (t, s) => ({
      tests: t.tests + s.tests,
      failures: t.failures + s.failures,
      errors: t.errors + s.errors,
      skipped: t.skipped + s.skipped,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0 },
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: `runlens: ${run.name}`, tests: totals.tests, failures: totals.failures, errors: totals.errors, skipped: totals.skipped, time: seconds(run.durationMs), timestamp: run.startedAt })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ];
  return lines.join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suiteOf(step: StepResult): Suite {
  const cases: Array<{ xml: string; status: TestCase['status'] }> = [stepCase(step), ...step.cases.map(ingestedCase)];
  const count = (status: TestCase['status']) => cases.filter((c) => c.status === status).length;
  const suite = { tests: cases.length, failures: count('failed'), errors: count('error'), skipped: count('skipped') };
  const open = `  <testsuite${attrs({ name: step.id, tests: suite.tests, failures: suite.failures, errors: suite.errors, skipped: suite.skipped, time: seconds(step.durationMs), timestamp: step.startedAt })}>`;
  return { ...suite, xml: [open, ...cases.map((c) => c.xml), '  </testsuite>'].join('\n') };
}

function stepCase(step: StepResult): { xml: string; status: TestCase['status'] } {
  const base = { classname: `runlens.${step.kind}`, name: `step ${step.id}`, time: seconds(step.durationMs) };
  const reason = step.reason ?? (step.exitCode !== null && step.exitCode !== 0 ? `exit code ${step.exitCode}` : step.status);
  const log = step.logPath ? `log: ${step.logPath}` : undefined;
  switch (step.status) {
    case 'passed':
      if (step.cached) return { status: 'passed', xml: element(base, 'system-out', {}, 'cached: replayed from the step cache') };
      if (step.resumed) return { status: 'passed', xml: element(base, 'system-out', {}, 'kept from the resumed run') };
      return { status: 'passed', xml: `    <testcase${attrs(base)}/>` };
    case 'skipped':
      return { status: 'skipped', xml: element(base, 'skipped', { message: reason }) };
    case 'failed':
      return {
        status: 'failed',
        xml: element(base, 'failure', { message: step.allowedFailure ? `${reason} (allowed to fail)` : reason, type: 'StepFailed' }, log),
      };
    case 'timed-out':
      return { status: 'error', xml: element(base, 'error', { message: reason, type: 'StepTimedOut' }, log) };
    case 'cancelled':
      return { status: 'error', xml: element(base, 'error', { message: reason, type: 'StepCancelled' }, log) };
  }
}

function ingestedCase(tc: TestCase): { xml: string; status: TestCase['status'] } {
  const base = { classname: tc.classname ?? tc.suite, name: tc.name, time: seconds(tc.durationMs), file: tc.file, line: tc.line };
  switch (tc.status) {
    case 'passed':
      return { status: 'passed', xml: `    <testcase${attrs(base)}/>` };
    case 'skipped':
      return { status: 'skipped', xml: element(base, 'skipped', { message: tc.message }) };
    case 'failed':
      return { status: 'failed', xml: element(base, 'failure', { message: tc.message ?? 'failed' }, tc.details) };
    case 'error':
      return { status: 'error', xml: element(base, 'error', { message: tc.message ?? 'error' }, tc.details) };
  }
}

type Attrs = Record<string, string | number | undefined>;

function element(testcase: Attrs, child: string, childAttrs: Attrs, body?: string): string {
  const inner = body ? `<${child}${attrs(childAttrs)}>${escapeText(body)}</${child}>` : `<${child}${attrs(childAttrs)}/>`;
  return `    <testcase${attrs(testcase)}>\n      ${inner}\n    </testcase>`;
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

// Terminal colour codes are common in test output and their ESC byte is not allowed in XML 1.0.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(s: string): string {
  return s.replace(ANSI, '').replace(NOT_XML_CHAR, '');
}

function escapeText(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  // Newlines and tabs in attributes are normalised to spaces by parsers unless written as references.
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
