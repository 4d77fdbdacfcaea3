// A small RunResult builder for tests: sensible defaults, override what the test is about.
// `run()` derives counts, gate, status and exit code from the steps unless given.
import type { Finding } from '../../src/model/finding.js';
import type { FailOn, Severity } from '../../src/model/severity.js';
import type { RunResult, StepResult, TestCase } from '../../src/model/result.js';
import { RUN_RESULT_VERSION } from '../../src/model/result.js';
import { countFindings, evaluateGate } from '../../src/findings/gate.js';
import { fingerprintOf } from '../../src/findings/fingerprint.js';

let serial = 0;

export function finding(over: Partial<Finding> = {}): Finding {
  serial += 1;
  const base: Finding = {
    tool: 'semgrep',
    toolVersion: '1.90.0',
    ruleId: 'python.lang.security.audit.subprocess-shell-true',
    title: 'subprocess called with shell=True',
    message: `Found subprocess call with shell=True (#${serial}).`,
    severity: 'high',
    category: 'sast',
    location: {
      path: 'src/app.py',
      startLine: 10 + serial,
      startColumn: 5,
      endLine: 10 + serial,
      endColumn: 30,
      snippet: 'subprocess.call(cmd, shell=True)',
    },
    fingerprint: fingerprintOf('finding', serial),
    help: 'Pass a list of arguments and `shell=False`.',
    helpUri: 'https://semgrep.dev/r/python.lang.security.audit.subprocess-shell-true',
    stepId: 'scan',
  };
  return { ...base, ...over };
}

/** `n` findings cycling through the given severities. */
export function findings(
  n: number,
  severities: Severity[] = ['critical', 'high', 'medium', 'low', 'note'],
  over: Partial<Finding> = {},
): Finding[] {
  return Array.from({ length: n }, (_, i) => finding({ severity: severities[i % severities.length]!, ...over }));
}

export function testCase(over: Partial<TestCase> = {}): TestCase {
  return { suite: 'parser', name: 'reads an empty line', classname: 'tests.parser', status: 'passed', durationMs: 12, ...over };
}

export function step(over: Partial<StepResult> = {}): StepResult {
  const status = over.status ?? 'passed';
  return {
    id: 'scan',
    kind: 'run',
    needs: [],
    status,
    allowedFailure: false,
    startedAt: '2026-11-22T01:02:03.456Z',
    durationMs: 1234,
    attempts:
      status === 'skipped'
        ? []
        : [
            {
              attempt: 1,
              startedAt: '2026-11-22T01:02:03.456Z',
              durationMs: 1234,
              exitCode: status === 'passed' ? 0 : 1,
              signal: null,
              status,
            },
          ],
    exitCode: status === 'passed' ? 0 : status === 'skipped' ? null : 1,
    logPath: `logs/${over.id ?? 'scan'}.log`,
    findings: [],
    cases: [],
    artifacts: [],
    ...over,
  };
}

export function run(over: Partial<RunResult> & { failOn?: FailOn } = {}): RunResult {
  const { failOn = 'high', ...rest } = over;
  const steps = rest.steps ?? [step()];
  const gate = rest.gate ?? evaluateGate(steps, failOn);
  const stepFailed = steps.some((s) => s.status !== 'passed' && s.status !== 'skipped' && !s.allowedFailure);
  const status = rest.status ?? (stepFailed || !gate.passed ? 'failed' : 'passed');
  return {
    version: RUN_RESULT_VERSION,
    runlensVersion: '0.1.0',
    name: 'payments-api',
    status,
    startedAt: '2026-11-22T01:02:03.456Z',
    finishedAt: '2026-11-22T01:04:05.789Z',
    durationMs: 122_333,
    workspace: '/work/payments-api',
    configPath: '/work/payments-api/runlens.yml',
    outputDir: '/work/payments-api/.runlens',
    dryRun: false,
    platform: {
      kind: 'github',
      repository: 'acme/payments-api',
      serverUrl: 'https://github.com',
      sha: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/pull/7/merge',
      runId: '42',
      job: 'ci',
    },
    counts: countFindings(steps.flatMap((s) => s.findings)),
    gate,
    exitCode: status === 'passed' ? 0 : 1,
    notes: [],
    ...rest,
    steps,
  };
}
