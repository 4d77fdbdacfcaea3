import { describe, expect, it } from 'vitest';
import { compareBytes } from '../../src/checks/golden/formats/bytes.js';
import { compareText } from '../../src/checks/golden/formats/text.js';
import { compareInput, put, tempDir } from '../support/golden.js';

async function text(expected: string, actual: string, options: Record<string, unknown> = {}) {
  const dir = await tempDir();
  await put(dir, 'golden.txt', expected);
  await put(dir, 'actual.txt', actual);
  return { dir, r: await compareText(compareInput(dir, 'golden.txt', 'actual.txt', options)) };
}

describe('text comparison', () => {
  it('passes identical text', async () => {
    const { r } = await text('a\nb\n', 'a\nb\n');
    expect(r.passed).toBe(true);
    expect(r.compared).toBe(2);
  });

  it('shows a unified diff and points at the first changed golden line', async () => {
    const { r } = await text('one\ntwo\nthree\nfour\n', 'one\ntwo\nTHREE\nfour\nfive\n');
    expect(r.passed).toBe(false);
    expect(r.first).toMatchObject({ where: 'line 3', line: 3 });
    expect(r.diff).toContain('-three\n+THREE');
    expect(r.diff).toContain('+five');
    expect(r.differences).toBe(2);
  });

  it('treats CRLF like LF unless line endings must match exactly', async () => {
    expect((await text('a\r\nb\r\n', 'a\nb\n')).r.passed).toBe(true);
    expect((await text('a\r\nb\r\n', 'a\nb\n', { 'line-endings': 'exact' })).r.passed).toBe(false);
  });

  it('ignores trailing whitespace only when asked', async () => {
    expect((await text('a  \nb\t\n', 'a\nb\n')).r.passed).toBe(false);
    expect((await text('a  \nb\t\n', 'a\nb\n', { 'trailing-whitespace': 'ignore' })).r.passed).toBe(true);
  });

  it('scrubs timestamps, UUIDs and custom patterns on both sides', async () => {
    const golden = 'run 3f2b8c1e-0a4d-4e8f-9b1a-2c3d4e5f6a7b at 2025-01-02T03:04:05Z took 1.5 s\n';
    const actual = 'run 9a8b7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d at 2026-11-22T10:11:12.345+01:00 took 2.1 s\n';
    expect((await text(golden, actual, { scrub: ['timestamps', 'uuids'] })).r.passed).toBe(false);
    const { r } = await text(golden, actual, { scrub: ['timestamps', 'uuids', { pattern: 'took [0-9.]+ s', replacement: 'took <t>' }] });
    expect(r.passed).toBe(true);
  });

  it('scrubs the workspace path', async () => {
    const dir = await tempDir();
    await put(dir, 'golden.txt', 'wrote <workspace>/out/a.csv\n');
    await put(dir, 'actual.txt', `wrote ${dir}/out/a.csv\n`);
    const r = await compareText(compareInput(dir, 'golden.txt', 'actual.txt', { scrub: ['paths'] }));
    expect(r.passed).toBe(true);
  });

  it('reports a difference in the final newline alone', async () => {
    const { r } = await text('a\nb\n', 'a\nb');
    expect(r.passed).toBe(false);
  });
});

describe('byte comparison', () => {
  async function bytes(expected: Uint8Array, actual: Uint8Array) {
    const dir = await tempDir();
    await put(dir, 'golden.bin', expected);
    await put(dir, 'actual.bin', actual);
    return compareBytes(compareInput(dir, 'golden.bin', 'actual.bin'));
  }

  it('passes equal files and states size and hash', async () => {
    const r = await bytes(Buffer.from('abc'), Buffer.from('abc'));
    expect(r.passed).toBe(true);
    expect(Object.fromEntries(r.facts)).toEqual({
      size: '3 bytes',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });

  it('reports the first differing byte', async () => {
    const r = await bytes(Buffer.from('abcdef'), Buffer.from('abcXef'));
    expect(r.problems).toEqual(['the files differ from byte 3 on']);
  });

  it('reports a size difference past a common prefix, across chunks', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 7);
    const r = await bytes(big, Buffer.concat([big, Buffer.from([1])]));
    expect(r.problems).toEqual([
      `the files differ in size: ${big.length} bytes in the golden file, ${big.length + 1} in the actual (equal up to there)`,
    ]);
  });
});
