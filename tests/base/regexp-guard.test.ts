import { describe, expect, it } from 'vitest';
import { backtrackingRisk } from '../../src/base/regexp-guard.js';

// Whether a catastrophic pattern really finishes is proven in a worker with a time limit
// (tests/fuzz/ingest.test.ts, tests/fuzz/golden.test.ts); here, which patterns are refused.
describe('backtrackingRisk', () => {
  it.each([
    '^(a+)+$',
    '^(\\w+\\s?)*$',
    '^(.+):(\\d+):(\\d+):\\s+(error|warning|note):\\s+(.+)\\s+\\[(SC\\d+)\\]$',
    '^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*?)\\s\\s+(\\S+)$',
    '^(\\w)\\1{3}$',
    '^(?!x)(.*):(\\d+)$',
  ])('accepts %s: V8 takes it over in linear time, or it cannot blow up', (pattern) => {
    expect(backtrackingRisk(pattern)).toBeUndefined();
  });

  it.each([
    ['^(a+)+\\1$', '(a+)+'],
    ['^(?=x)(\\w+\\s?)*$', '(\\w+\\s?)*'],
    ['^(a|ab)*(?=c)', '(a|ab)*'],
    ['^(?:a?){20}a{20}\\1(x)', '(?:a?){20}'],
  ])('refuses %s, naming the repeated group %s', (pattern, group) => {
    expect(backtrackingRisk(pattern)).toContain(`"${group}"`);
  });

  it('refuses three unbounded repeats when the pattern needs backtracking', () => {
    expect(backtrackingRisk('^(?=a).*x.*y.*$')).toMatch(/3 unbounded repeats/);
  });
});
