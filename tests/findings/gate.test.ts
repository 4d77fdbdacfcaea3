import { describe, expect, it } from 'vitest';
import { countFindings, evaluateGate } from '../../src/findings/gate.js';
import { finding, findings, step } from '../support/run-result.js';

describe('countFindings', () => {
  it('counts findings per severity and in total', () => {
    expect(countFindings(findings(7))).toEqual({ critical: 2, high: 2, medium: 1, low: 1, note: 1, total: 7 });
  });
});

describe('evaluateGate', () => {
  it('fails when a finding is at the threshold, saying how many', () => {
    const gate = evaluateGate(
      [step({ findings: [finding({ severity: 'high' }), finding({ severity: 'high' }), finding({ severity: 'medium' })] })],
      'high',
    );
    expect(gate).toEqual({ failOn: 'high', passed: false, reason: '2 high findings at or above the high threshold.' });
  });

  it('names every severity above the threshold that has findings', () => {
    const gate = evaluateGate(
      [step({ findings: [finding({ severity: 'critical' })] }), step({ id: 'b', findings: [finding({ severity: 'medium' })] })],
      'medium',
    );
    expect(gate.reason).toBe('1 critical and 1 medium findings at or above the medium threshold.');
  });

  it('passes when every finding is below the threshold', () => {
    const gate = evaluateGate([step({ findings: findings(3, ['medium', 'low', 'note']) })], 'high');
    expect(gate).toEqual({ failOn: 'high', passed: true, reason: 'No findings at or above the high threshold (3 findings in total).' });
  });

  it('never fails with fail-on none, even on a critical finding', () => {
    const gate = evaluateGate([step({ findings: [finding({ severity: 'critical' })] })], 'none');
    expect(gate.passed).toBe(true);
    expect(gate.reason).toContain('fail-on: none');
  });

  it('fails on a note with fail-on note', () => {
    expect(evaluateGate([step({ findings: [finding({ severity: 'note' })] })], 'note').passed).toBe(false);
  });
});
