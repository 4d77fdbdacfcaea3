import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { EMPTY_ALLOW } from '../../src/checks/secrets/rule.js';
import { RULE_SAMPLES } from '../../src/checks/secrets/rule-samples.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';
import { builtinTextDetector, lazyTextDetector } from '../../src/checks/secrets/text-detector.js';

// The run's redactor compiles the rules only for the texts that hold their keywords (start-up, issue 13):
// it must find exactly what a matcher of all the rules finds.
const full = new Matcher({ rules: [...BUILTIN_RULES], allow: EMPTY_ALLOW });
const texts = Object.values(RULE_SAMPLES).flatMap((family) => Object.values(family).flatMap((s) => [...s.tp, ...s.fp]));

describe('the redactor’s text detector', () => {
  it('finds what the full matcher finds, on every rule sample (true and false positives)', () => {
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) {
      // A fresh detector per text: each then goes through a matcher of only the rules its keywords name.
      const lazy = lazyTextDetector(BUILTIN_RULES);
      expect(lazy.mayMatch(text), text).toBe(full.mayMatch(text));
      expect(lazy.secretsIn(text), text).toEqual(full.secretsIn(text, 'output.env'));
    }
  });

  it('finds the same in long texts (the full matcher) and in mixed lines', () => {
    const lazy = lazyTextDetector(BUILTIN_RULES);
    const long = `${'log line without anything\n'.repeat(400)}${texts.slice(0, 40).join('\n')}`;
    expect(long.length).toBeGreaterThan(4096);
    expect(lazy.secretsIn(long)).toEqual(full.secretsIn(long, 'output.env'));
    const mixed = `${texts[0]} and ${texts[texts.length - 1]}`;
    expect(lazy.secretsIn(mixed)).toEqual(full.secretsIn(mixed, 'output.env'));
  });

  it('finds the same as the full matcher in any mix of samples and text, short (walked by pairs) or long (searched)', () => {
    const piece = fc.oneof(fc.constantFrom(...texts), fc.string({ maxLength: 40 }), fc.constantFrom(' ', '\t', '=', ': ', '"'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const lazy = lazyTextDetector(BUILTIN_RULES);
        expect(lazy.secretsIn(text)).toEqual(full.secretsIn(text, 'output.env'));
      }),
      { numRuns: 300 },
    );
  });

  it('says no for a run’s own text with no keyword, and finds a planted token', () => {
    const d = builtinTextDetector();
    expect(d.mayMatch('step noop passed in 12ms')).toBe(false);
    expect(d.secretsIn('step noop passed in 12ms')).toEqual([]);
    const token = `ghp_${'a1B2c3D4e5'.repeat(3)}123456`;
    expect(d.secretsIn(`Critical path: noop · token ${token}`)).toEqual([token]);
  });
});
