import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/base/sha256.js';
import { describeFiles } from '../../src/base/written-files.js';

const bytes = (n: number, seed = 7): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed) & 255);
const reference = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('sha256Hex', () => {
  it('matches node:crypto on the padding edges and beyond one block', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 4096, 65_537]) {
      const data = bytes(n);
      expect(sha256Hex(data), `length ${n}`).toBe(reference(data));
    }
  });

  it('gives the published digests of the test vectors', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('describeFiles', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-written-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists size and sha256 of small and large files alike, leaving out removed files and folders', async () => {
    const small = path.join(dir, 'small.txt');
    const large = path.join(dir, 'large.bin');
    const many = Array.from({ length: 6 }, (_, i) => path.join(dir, `part-${i}.bin`));
    writeFileSync(small, 'hello\n');
    writeFileSync(large, bytes(300_000, 3));
    // Past the JavaScript budget the rest go to node:crypto: the digests must not tell.
    for (const [i, f] of many.entries()) writeFileSync(f, bytes(120_000, i));
    const files = [small, large, path.join(dir, 'gone.txt'), dir, ...many];
    const described = await describeFiles(files);
    expect(described.map((d) => d.file)).toEqual([small, large, ...many]);
    for (const d of described) {
      const data = new Uint8Array(readFileSync(d.file));
      expect(d).toEqual({ file: d.file, bytes: data.length, sha256: reference(data) });
    }
  });
});
