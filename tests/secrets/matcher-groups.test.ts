// groupCount reads capture groups from a regex's source (running each rule's regex at start-up to count them
// cost a fifth of a one-step run): it must agree with what the regex engine itself reports.
import { describe, expect, it } from 'vitest';
import { groupCount } from '../../src/checks/secrets/matcher.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';

/** What V8 says: an alternative that always matches, so exec() returns every group. */
const byEngine = (r: RegExp) => new RegExp(`${r.source}|`, r.flags.replace(/[gdy]/g, '')).exec('')!.length - 1;

describe('groupCount', () => {
  it('agrees with the regex engine on every built-in rule', () => {
    expect(BUILTIN_RULES.length).toBeGreaterThan(50);
    for (const rule of BUILTIN_RULES) {
      const regex = new RegExp(rule.regex, rule.flags ?? '');
      expect(groupCount(regex), rule.id).toBe(byEngine(regex));
    }
  });

  it.each([
    [/a(b)c/, 1],
    [/(?:x)(y)/, 1],
    [/(?<name>k)(?<=a)(?<!b)(?=c)(?!d)/, 1],
    [/\(not\)[(]still[^)(]not\\(yes)/, 1],
    [/[\]()](a)/, 1],
    [new RegExp('[[a-z]--[aeiou]](b)', 'v'), 1],
    [/(?i:x)(y)/, 1],
  ])('counts %s as %i group(s)', (regex, n) => {
    expect(groupCount(regex)).toBe(n);
    expect(byEngine(regex)).toBe(n);
  });
});
