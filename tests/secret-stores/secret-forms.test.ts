// The forms of a fetched value the redactor hides: each one is how a step might pass the value on.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/engine/redactor.js';
import { secretForms } from '../../src/engine/secret-forms.js';

const hider = (value: string) => {
  const r = new Redactor();
  for (const f of secretForms(value)) r.add(f);
  return r;
};

describe('secretForms', () => {
  const value = 'p@ss word?>~ 42';
  const b64 = Buffer.from(value).toString('base64');

  it('hides base64 (standard and URL-safe, padded or not), URL- and form-encoded and JSON-escaped forms', () => {
    const r = hider(value);
    for (const form of [
      value,
      b64,
      b64.replace(/=+$/, ''),
      b64.replace(/\+/g, '-').replace(/\//g, '_'),
      encodeURIComponent(value),
      encodeURIComponent(value).replace(/%20/g, '+'),
      JSON.stringify(value).slice(1, -1),
    ])
      expect(r.redact(`before ${form} after`)).toBe('before *** after');
  });

  it('hides the value inside a longer base64 text, whatever its offset (a Basic auth header)', () => {
    const r = hider(value);
    for (const prefix of ['u:', 'us:', 'use:', 'user:'])
      expect(r.redact(Buffer.from(`${prefix}${value}`).toString('base64'))).toContain('***');
  });

  it('hides each line of a multi-line value on its own, and the whole JSON-escaped', () => {
    const key = '-----BEGIN KEY-----\nAAAAline-one\nBBBBline-two\n-----END KEY-----';
    const r = hider(key);
    expect(r.redact('AAAAline-one')).toBe('***');
    expect(r.redact(JSON.stringify({ key }))).toBe('{"key":"***"}');
  });

  it('derives no form so short it would hide ordinary text', () => {
    expect(secretForms('ab')).toEqual(['ab']);
  });
});
