import { describe, expect, it } from 'vitest';
import { buildAutomaton, findKeywords, mayHaveKeyword } from '../../src/checks/secrets/aho-corasick.js';

function hits(keywords: string[], text: string): Array<[string, number]> {
  const a = buildAutomaton(keywords);
  const buf = Buffer.from(text);
  const out: Array<[string, number]> = [];
  findKeywords(a, buf, buf.length, (k, at) => out.push([keywords[k]!, at]));
  return out;
}

describe('keyword prefilter (Aho-Corasick)', () => {
  it('finds every keyword occurrence, overlapping and nested ones included', () => {
    expect(hits(['secret', 'secret_access_key', 'access'], 'aws_secret_access_key=1')).toEqual([
      ['secret', 4],
      ['access', 11],
      ['secret_access_key', 4],
    ]);
  });

  it('matches lowercase keywords in any case', () => {
    expect(hits(['token'], 'TOKEN Token tOkEn')).toEqual([
      ['token', 0],
      ['token', 6],
      ['token', 12],
    ]);
  });

  it('matches a keyword written with capitals only in exactly that case', () => {
    expect(hits(['AKIA', 'SK'], 'akia AKIA task SK0')).toEqual([
      ['AKIA', 5],
      ['SK', 15],
    ]);
  });

  it('reports a keyword that ends on the last byte of the input', () => {
    expect(hits(['ghp_'], 'x ghp_')).toEqual([['ghp_', 2]]);
  });

  it('scans only the first `length` bytes of a reused buffer', () => {
    const a = buildAutomaton(['npm_']);
    const buf = Buffer.from('abc npm_ stale');
    const seen: number[] = [];
    findKeywords(a, buf, 4, (_k, at) => seen.push(at));
    expect(seen).toEqual([]);
  });

  it('answers for a JS string, without a buffer, exactly as the byte scan does (streamed lines)', () => {
    const keywords = ['token', 'AKIA', 'sk_live_', 'ghp_', '://'];
    const a = buildAutomaton(keywords);
    const lines = [
      'PASS src/feature.test.ts > renders the list view',
      '✓ refreshes the TOKEN after expiry',
      'akia is not AKIA-cased, but this is: AKIA',
      'only akia here',
      'ünïcödé 🚀 then ghp_ after it',
      'ünïcödé 🚀 and nothing',
      'postgres://db',
      '',
    ];
    for (const line of lines) {
      const buf = Buffer.from(line);
      let bytes = false;
      findKeywords(a, buf, buf.length, () => (bytes = true));
      expect(mayHaveKeyword(a, line), line).toBe(bytes);
    }
  });

  it('says "maybe" for any non-ASCII text when a keyword is not ASCII', () => {
    const a = buildAutomaton(['clé']);
    expect(mayHaveKeyword(a, 'clé')).toBe(true);
    expect(mayHaveKeyword(a, 'plain ascii')).toBe(false);
    expect(mayHaveKeyword(a, 'café')).toBe(true);
  });
});
