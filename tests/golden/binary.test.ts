// NumPy and WAV fixtures come from numpy.save and sox: tests/fixtures/golden/make-fixtures.sh.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { compareNpy } from '../../src/checks/golden/formats/npy.js';
import { compareWav } from '../../src/checks/golden/formats/wav.js';
import { compareInput, tempDir } from '../support/golden.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'golden');

async function pair(kind: 'npy' | 'wav', expected: string, actual: string, options: Record<string, unknown> = {}) {
  const dir = await tempDir();
  await copyFile(join(FIXTURES, kind, expected), join(dir, `golden.${kind}`));
  await copyFile(join(FIXTURES, kind, actual), join(dir, `actual.${kind}`));
  const input = compareInput(dir, `golden.${kind}`, `actual.${kind}`, options);
  return kind === 'npy' ? compareNpy(input) : compareWav(input);
}

describe('NumPy .npy comparison', () => {
  it('passes values within tolerance', async () => {
    const r = await pair('npy', 'ref_f8.npy', 'near_f8.npy');
    expect(r.passed).toBe(true);
    expect(r.compared).toBe(12);
  });

  it('names the index of each value out of tolerance', async () => {
    const r = await pair('npy', 'ref_f8.npy', 'off_f8.npy');
    expect(r.differences).toBe(2);
    expect(r.worst.map((d) => d.where)).toEqual(['index (2, 1)', 'index (3, 2)']);
    expect(r.maxAbs?.value).toBeCloseTo(0.5);
  });

  it('fails a dtype change but still compares the values', async () => {
    const r = await pair('npy', 'ref_f8.npy', 'ref_f4.npy');
    expect(r.problems).toEqual(['dtype differs: <f8 in the golden file, <f4 in the actual']);
    expect(r.differences).toBe(0);
  });

  it('fails a shape change', async () => {
    const r = await pair('npy', 'ref_f8.npy', 'shape_f8.npy');
    expect(r.problems).toEqual(['shape differs: (4, 3) in the golden file, (3, 4) in the actual']);
  });

  it('compares by index across C and Fortran order and across byte orders', async () => {
    expect((await pair('npy', 'ref_f8.npy', 'fortran_f8.npy')).passed).toBe(true);
    expect((await pair('npy', 'ref_f8.npy', 'big_endian_f8.npy')).passed).toBe(true);
  });

  it('compares 64-bit integers exactly', async () => {
    const r = await pair('npy', 'ints_i8.npy', 'ints_i8_off.npy');
    expect(r.worst.map((d) => d.where)).toEqual(['index (2,)']);
  });

  it('reports NaN and inf placed where the golden has numbers', async () => {
    const r = await pair('npy', 'ref_f8.npy', 'nan_f8.npy');
    expect(r.worst.map((d) => d.where).sort()).toEqual(['index (0, 0)', 'index (1, 1)']);
  });

  it('rejects a truncated file with its size and what the header promises', async () => {
    const err = await pair('npy', 'truncated_f8.npy', 'ref_f8.npy').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      'golden.npy: truncated .npy file: shape (4, 3) of <f8 needs 224 bytes, the file has 204 (data ends at element 9) — the file is truncated: write it again with numpy.save',
    );
  });
});

describe('WAV comparison', () => {
  it('passes identical audio and reports an infinite SNR', async () => {
    const r = await pair('wav', 'sine_16.wav', 'sine_16.wav');
    expect(r.passed).toBe(true);
    expect(Object.fromEntries(r.facts)).toMatchObject({ format: '8000 Hz, 1 ch, 16-bit PCM', SNR: '∞ dB (identical)' });
  });

  it('compares PCM samples exactly when no tolerance is given', async () => {
    const r = await pair('wav', 'sine_16.wav', 'sine_16_quieter.wav');
    expect(r.passed).toBe(false);
    expect(r.worst[0]?.where).toMatch(/^frame \d+ \(0\.\d{4} s\), channel 1$/);
  });

  it('accepts small differences with a tolerance', async () => {
    expect((await pair('wav', 'sine_16.wav', 'sine_16_quieter.wav', { tolerance: { abs: 0.002 } })).passed).toBe(true);
  });

  it('compares across bit depths and float encodings within tolerance', async () => {
    expect((await pair('wav', 'sine_16.wav', 'sine_24.wav', { tolerance: { abs: 1e-4 } })).passed).toBe(true);
    expect((await pair('wav', 'sine_16.wav', 'sine_f32.wav', { tolerance: { abs: 1e-4 } })).passed).toBe(true);
  });

  it('judges by SNR alone when only a minimum SNR is set', async () => {
    expect((await pair('wav', 'sine_16.wav', 'sine_16_noisy.wav', { 'min-snr-db': 20 })).passed).toBe(true);
    const r = await pair('wav', 'sine_16.wav', 'sine_16_noisy.wav', { 'min-snr-db': 60 });
    expect(r.problems[0]).toMatch(/^SNR \d+\.\d dB is below the minimum of 60 dB$/);
  });

  it('fails a sample-rate or channel-count change', async () => {
    expect((await pair('wav', 'sine_16.wav', 'sine_16_16k.wav')).problems).toContain(
      'sample rate differs: 8000 Hz in the golden file, 16000 Hz in the actual',
    );
    expect((await pair('wav', 'sine_16.wav', 'sine_16_stereo.wav')).problems).toEqual([
      'channel count differs: 1 in the golden file, 2 in the actual',
    ]);
  });

  it('rejects a truncated file with the byte counts', async () => {
    const err = await pair('wav', 'sine_16.wav', 'truncated_16.wav').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(
      /^actual\.wav: truncated WAV file: the data chunk at byte 36 declares 1600 bytes, the file holds 956 \(478 of 800 frames\)/,
    );
  });
});
