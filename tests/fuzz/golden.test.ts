// Golden formats (CSV, TSV, JSON, YAML, text, NPY, WAV), each file of a case fed damaged, generated or
// hostile against a sound counterpart: each comparison ends in a verdict or a malformed case whose message
// starts with the file[:line] — never a foreign exception, a hang, or memory allocated for a size a header
// merely claims (a .npy shape of 2^40 elements, a WAV data chunk of 4 GB in a 100-byte file).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, truncated } from './support/mutate.js';
import { repoRoot } from '../support/dist.js';

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('golden');
});

interface Format {
  format: string;
  ext: string;
  seeds: string[];
}

const S = 'tests/fixtures/fuzz/seeds/golden';
const FORMATS: Format[] = [
  { format: 'csv', ext: '.csv', seeds: [`${S}/data.csv`] },
  { format: 'tsv', ext: '.tsv', seeds: [`${S}/data.tsv`] },
  { format: 'json', ext: '.json', seeds: [`${S}/data.json`] },
  { format: 'yaml', ext: '.yaml', seeds: [`${S}/data.yaml`] },
  { format: 'text', ext: '.txt', seeds: [`${S}/out.txt`] },
  {
    format: 'npy',
    ext: '.npy',
    seeds: ['ref_f8', 'ref_f4', 'ints_i8', 'fortran_f8', 'big_endian_f8', 'shape_f8'].map((n) => `tests/fixtures/golden/npy/${n}.npy`),
  },
  {
    format: 'wav',
    ext: '.wav',
    seeds: ['sine_16', 'sine_24', 'sine_f32', 'sine_16_stereo'].map((n) => `tests/fixtures/golden/wav/${n}.wav`),
  },
];

/** The fuzzed file is the golden one, or (swap) the actual; the other is a sound seed of the same format. */
function pair(f: Format, seeds: Uint8Array[]) {
  return (bytes: Uint8Array, pick: number, swap: boolean): FuzzRequest => ({
    target: `golden:${f.format}`,
    name: `fuzzed${f.ext}`,
    bytes,
    other: seeds[pick % seeds.length]!,
    swap,
  });
}

describe.each(FORMATS)('the golden $format comparison', (f) => {
  const seeds = f.seeds.map(fixture);
  const request = pair(f, seeds);
  const withPair = (arb: fc.Arbitrary<Uint8Array>) =>
    fc.tuple(arb, fc.nat(), fc.boolean()).map(([bytes, pick, swap]) => request(bytes, pick, swap));

  it('compares every seed with itself and passes', async () => {
    for (const [i, seed] of seeds.entries()) {
      const r = await expectClean(worker, request(seed, i, false));
      expect(r.kind === 'ok' && r.detail, r.kind === 'input-error' ? r.message : '').toBe('passed');
    }
  });
  it('ends a truncated file in a verdict or a malformed case at the file', async () => {
    await fuzz(worker, withPair(truncated(seeds)));
  });
  it('ends a byte-damaged file in a verdict or a malformed case at the file', async () => {
    await fuzz(worker, withPair(damaged(seeds)));
  });
  it('ends garbage in a verdict or a malformed case at the file', async () => {
    await fuzz(worker, withPair(garbage()));
  });
  if (f.format === 'json') {
    it('ends JSON whose values have other types, depths and sizes in a verdict or a malformed case', async () => {
      await fuzz(worker, withPair(mutatedJson(seeds)));
    });
  }
});

// --- headers that lie about sizes ------------------------------------------------------------------------------

function npy(o: { version: number; descr: string; fortran: string; shape: string; lengthField?: number; data: Uint8Array }): Uint8Array {
  const dict = `{'descr': '${o.descr}', 'fortran_order': ${o.fortran}, 'shape': (${o.shape}), }`;
  const padded = dict.padEnd(Math.ceil((dict.length + 11) / 64) * 64 - 11, ' ') + '\n';
  const lengthBytes = o.version === 1 ? 2 : 4;
  const head = Buffer.alloc(8 + lengthBytes);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, o.version & 0xff, 0]).copy(head);
  const len = o.lengthField ?? padded.length;
  if (lengthBytes === 2) head.writeUInt16LE(len & 0xffff, 8);
  else head.writeUInt32LE(len >>> 0, 8);
  return new Uint8Array(Buffer.concat([head, Buffer.from(padded, 'latin1'), o.data]));
}

const npyHeader = fc.record({
  version: fc.constantFrom(1, 2, 3, 0, 255),
  descr: fc.oneof(
    fc.constantFrom('<f8', '<f4', '<f2', '|b1', '<i8', '>i4', '|u1', '<c16', '<c8', '<f16', '<U10', '|O', '<V8', '<i3', '<f0', ''),
    fc.string({ maxLength: 6 }),
  ),
  fortran: fc.constantFrom('True', 'False', 'None', '1'),
  shape: fc
    .array(
      fc.oneof(
        fc.nat({ max: 8 }).map(String),
        fc.constantFrom('0', '1099511627776', '4611686018427387904', '1e400', '-1', '-3', 'a', '1.5', 'None', '', ' ', '9007199254740993'),
      ),
      { maxLength: 4 },
    )
    .map((dims) => dims.join(', ') + (dims.length === 1 ? ',' : '')),
  lengthField: fc.option(fc.oneof(fc.nat({ max: 300 }), fc.constant(0xffff), fc.constant(0xffffffff)), { nil: undefined }),
  data: fc.uint8Array({ maxLength: 96 }),
});

function wav(o: {
  code: number;
  channels: number;
  rate: number;
  blockAlign?: number;
  bits: number;
  fmtLength: number;
  dataLength?: number;
  extra: Array<{ id: string; length: number }>;
  data: Uint8Array;
  dataFirst: boolean;
}): Uint8Array {
  const fmt = Buffer.alloc(8 + Math.max(16, Math.min(o.fmtLength, 40)));
  fmt.write('fmt ', 0, 'latin1');
  fmt.writeUInt32LE(o.fmtLength >>> 0, 4);
  fmt.writeUInt16LE(o.code & 0xffff, 8);
  fmt.writeUInt16LE(o.channels & 0xffff, 10);
  fmt.writeUInt32LE(o.rate >>> 0, 12);
  fmt.writeUInt16LE((o.blockAlign ?? (o.bits / 8) * o.channels) & 0xffff, 20);
  fmt.writeUInt16LE(o.bits & 0xffff, 22);
  const data = Buffer.alloc(8);
  data.write('data', 0, 'latin1');
  data.writeUInt32LE((o.dataLength ?? o.data.length) >>> 0, 4);
  const extras = o.extra.map((e) => {
    const b = Buffer.alloc(8);
    b.write(e.id.padEnd(4, ' ').slice(0, 4), 0, 'latin1');
    b.writeUInt32LE(e.length >>> 0, 4);
    return b;
  });
  const body = o.dataFirst ? [data, o.data, fmt, ...extras] : [fmt, ...extras, data, o.data];
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + body.reduce((n, b) => n + b.length, 0), 4);
  riff.write('WAVE', 8, 'latin1');
  return new Uint8Array(Buffer.concat([riff, ...body]));
}

const wavHeader = fc.record({
  code: fc.constantFrom(1, 3, 0xfffe, 0, 2, 0xffff),
  channels: fc.constantFrom(0, 1, 2, 7, 65535),
  rate: fc.constantFrom(0, 1, 8000, 44100, 0xffffffff),
  blockAlign: fc.option(fc.constantFrom(0, 1, 3, 4, 65535), { nil: undefined }),
  bits: fc.constantFrom(0, 7, 8, 16, 24, 32, 64, 65535),
  fmtLength: fc.constantFrom(0, 15, 16, 18, 40, 0xffffffff),
  dataLength: fc.option(fc.constantFrom(0, 1, 3, 0x7fffffff, 0xfffffffe, 0xffffffff), { nil: undefined }),
  extra: fc.array(fc.record({ id: fc.constantFrom('LIST', 'fact', 'data', 'fmt ', 'junk'), length: fc.constantFrom(0, 1, 0xffffffff) }), {
    maxLength: 2,
  }),
  data: fc.uint8Array({ maxLength: 64 }),
  dataFirst: fc.boolean(),
});

describe('golden binary headers that claim absurd sizes and dtypes', () => {
  const npySeeds = FORMATS.find((f) => f.format === 'npy')!;
  const wavSeeds = FORMATS.find((f) => f.format === 'wav')!;

  it('ends every generated .npy header in a verdict or a malformed case, allocating nothing it claims', async () => {
    const request = pair(npySeeds, npySeeds.seeds.map(fixture));
    await fuzz(
      worker,
      fc.tuple(npyHeader, fc.nat(), fc.boolean()).map(([h, pick, swap]) => request(npy(h), pick, swap)),
    );
  });

  it('ends every generated WAV header in a verdict or a malformed case, allocating nothing it claims', async () => {
    const request = pair(wavSeeds, wavSeeds.seeds.map(fixture));
    await fuzz(
      worker,
      fc.tuple(wavHeader, fc.nat(), fc.boolean()).map(([h, pick, swap]) => request(wav(h), pick, swap)),
    );
  });

  it('refuses a .npy whose shape claims 2^40 elements before reading or allocating them', async () => {
    const bytes = npy({ version: 1, descr: '<f8', fortran: 'False', shape: '1099511627776,', data: new Uint8Array(64) });
    const r = await expectClean(worker, pair(npySeeds, npySeeds.seeds.map(fixture))(bytes, 0, false));
    expect(r.kind === 'input-error' && r.message).toMatch(/^fuzzed\.npy: truncated \.npy file/);
  });

  it('names the file on every line when a damaged header holds line breaks (found by fuzzing)', async () => {
    for (const [descr, shape] of <Array<[string, string]>>[
      ['<f\nB\re', '4, 3'],
      ['<f8', '4,\n3x'],
    ]) {
      const bytes = npy({ version: 1, descr, fortran: 'False', shape, data: new Uint8Array(96) });
      const r = await expectClean(worker, pair(npySeeds, npySeeds.seeds.map(fixture))(bytes, 0, false));
      expect(r.kind === 'input-error' && r.message).toMatch(/^fuzzed\.npy: not a valid \.npy file: .*\\n/);
    }
  });

  it('refuses a .npy whose shape is not a tuple of whole numbers', async () => {
    for (const shape of ['a,', '-1,', '1.5, 2', '1e400,']) {
      const bytes = npy({ version: 1, descr: '<f8', fortran: 'False', shape, data: new Uint8Array(64) });
      const r = await expectClean(worker, pair(npySeeds, npySeeds.seeds.map(fixture))(bytes, 0, false));
      expect(r.kind === 'input-error' && r.message, shape).toMatch(/^fuzzed\.npy: not a valid \.npy file: .*shape/);
    }
  });
});

describe('golden scrubbers and aliases a user wrote', () => {
  it('scrubs with a catastrophic `scrub:` pattern over a long line without hanging', async () => {
    const line = new Uint8Array(Buffer.from(`${'a'.repeat(50_000)}!\n`));
    const r = await expectClean(worker, {
      target: 'golden:text',
      name: 'fuzzed.txt',
      bytes: line,
      other: line,
      caseOptions: { scrub: [{ pattern: '^(a+)+$', flags: 'm' }] },
    });
    expect(r.kind === 'ok' && r.detail).toBe('passed');
  });

  it('refuses a YAML golden whose aliases expand past what its text could hold, at file:line', async () => {
    const bomb = fixture('tests/fixtures/fuzz/golden/billion-laughs.yaml');
    const r = await expectClean(worker, { target: 'golden:yaml', name: 'fuzzed.yaml', bytes: bomb, other: bomb });
    expect(r.kind === 'input-error' && r.message).toMatch(
      /^fuzzed\.yaml:\d+:\d+: invalid YAML: with its aliases expanded, this value holds more than/,
    );
  });
});

describe('the hostile golden corpus (tests/fixtures/fuzz/golden/)', () => {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'fuzz', 'golden');
  it.each(readdirSync(dir))('%s ends cleanly against a sound file of its format', async (name) => {
    const f = FORMATS.find((x) => x.ext === path.extname(name));
    expect(f, `no golden format for ${name}`).toBeDefined();
    const seeds = f!.seeds.map(fixture);
    const bytes = fixture(path.join('tests/fixtures/fuzz/golden', name));
    await expectClean(worker, pair(f!, seeds)(bytes, 0, false));
    await expectClean(worker, pair(f!, seeds)(bytes, 0, true));
    // And against itself: a comparison walks both files to the end.
    await expectClean(worker, pair(f!, [bytes])(bytes, 0, false));
  });
});
