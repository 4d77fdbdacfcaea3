import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/config/suggest.js';

const STEP_KEYS = [
  'name',
  'needs',
  'run',
  'uses',
  'with',
  'timeout',
  'retries',
  'continue-on-error',
  'env',
  'working-directory',
  'junit',
  'sarif',
];

describe('suggest', () => {
  it('offers "needs" for "nedds"', () => {
    expect(suggest('nedds', STEP_KEYS)).toBe('needs');
  });

  it('offers "high" for the transposed "hihg"', () => {
    expect(suggest('hihg', ['none', 'note', 'low', 'medium', 'high', 'critical'])).toBe('high');
  });

  it('counts a swap of neighbouring letters as one typo, even in a short word', () => {
    expect(suggest('rnu', STEP_KEYS)).toBe('run');
  });

  it('ignores case and separators a user might get wrong', () => {
    expect([suggest('Needs', STEP_KEYS), suggest('continue_on_error', STEP_KEYS), suggest('workingDirectory', STEP_KEYS)]).toEqual([
      'needs',
      'continue-on-error',
      'working-directory',
    ]);
  });

  it('offers nothing when no name is close enough to be a typo', () => {
    expect(suggest('colour', STEP_KEYS)).toBeUndefined();
  });

  it('offers nothing for a short word two edits from every name', () => {
    expect(suggest('ab', ['cd', 'xy'])).toBeUndefined();
  });
});
