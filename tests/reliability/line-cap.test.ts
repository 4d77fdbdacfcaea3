// engine/process.ts LineCap: a step's line longer than the cap is cut, so memory stays bounded whatever a
// step prints; the cut falls on a delimiter, so a token straddling it is dropped whole, never kept in part.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineCap } from '../../src/engine/process.js';

async function through(chunks: string[], max: number): Promise<string> {
  let out = '';
  const cap = Readable.from(chunks.map((c) => Buffer.from(c))).pipe(new LineCap(max));
  for await (const c of cap) out += (c as Buffer).toString();
  return out;
}

describe('LineCap', () => {
  it('passes short lines through untouched, in any chunking', async () => {
    const text = 'one\ntwo\nthree\n';
    expect(await through([text], 16)).toBe(text);
    expect(await through(['on', 'e\ntw', 'o\nthree', '\n'], 16)).toBe(text);
  });

  it('cuts a line longer than the cap, says how much was dropped, and goes on with the next line', async () => {
    const out = await through(['a'.repeat(50), 'a'.repeat(50), '\nnext\n'], 40);
    const [first, second] = out.split('\n');
    expect(first).toMatch(/^a*\[runlens: line longer than 40 bytes cut here; \d+ bytes not kept\]$/);
    expect(first!.length).toBeLessThan(40 + 80);
    expect(second).toBe('next');
  });

  it('cuts before a token that straddles the limit, not inside it', async () => {
    const token = 'ghp_' + 'Z'.repeat(36);
    const line = 'x'.repeat(20) + ' ' + token + ' tail';
    const out = await through([line + '\n'], 40);
    expect(out).not.toContain('ghp_');
    expect(out).toMatch(/^x{20} \[runlens: line longer than 40 bytes cut here/);
  });

  it('holds no more than the cap of a line with no end at all', async () => {
    const chunks = Array.from({ length: 64 }, () => 'y'.repeat(64 * 1024));
    const out = await through(chunks, 1024 * 1024);
    expect(out.length).toBeLessThan(1024 * 1024 + 200);
    expect(out).toMatch(/\d+ bytes not kept\]$/);
  });
});
