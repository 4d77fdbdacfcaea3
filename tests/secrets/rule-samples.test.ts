import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { EMPTY_ALLOW, type SecretRule } from '../../src/checks/secrets/rule.js';
import { RULE_SAMPLES } from '../../src/checks/secrets/rule-samples.js';
import { BUILTIN_RULES, RULE_FAMILIES } from '../../src/checks/secrets/rules.js';

function found(rule: SecretRule, text: string, path: string): string[] {
  const bytes = Buffer.from(text);
  return new Matcher({ rules: [rule], allow: EMPTY_ALLOW }).scan(bytes, bytes.length, path).map((m) => m.ruleId);
}

describe('secret rule samples', () => {
  it('keeps beside every rule family the samples of exactly its rules', () => {
    expect(Object.keys(RULE_SAMPLES)).toEqual(Object.keys(RULE_FAMILIES));
    for (const [family, rules] of Object.entries(RULE_FAMILIES)) {
      expect(Object.keys(RULE_SAMPLES[family]!).sort(), family).toEqual(rules.map((r) => r.id).sort());
    }
  });

  it('gives every rule at least one true and one false positive', () => {
    for (const [family, rules] of Object.entries(RULE_FAMILIES)) {
      for (const rule of rules) {
        const samples = RULE_SAMPLES[family]![rule.id]!;
        expect(samples.tp.length, rule.id).toBeGreaterThan(0);
        expect(samples.fp.length, rule.id).toBeGreaterThan(0);
      }
    }
  });

  describe.each(Object.entries(RULE_FAMILIES))('%s', (family, rules) => {
    it.each(rules.map((r) => [r.id, r] as const))('%s finds its true positives and none of its false positives', (_, rule) => {
      const samples = RULE_SAMPLES[family]![rule.id]!;
      const path = samples.path ?? 'sample.txt';
      for (const text of samples.tp) expect(found(rule, text, path), `true positive: ${text}`).toEqual([rule.id]);
      for (const text of samples.fp) expect(found(rule, text, path), `false positive: ${text}`).toEqual([]);
    });
  });

  it('runs the samples of all built-in rules', () => {
    const sampled = Object.values(RULE_SAMPLES).flatMap((s) => Object.keys(s));
    expect(sampled.sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
  });
});
