// WAV: sample rate and channels must match; samples compared within tolerance (PCM integers exactly
// unless a tolerance is given); max abs error and SNR reported, SNR optionally held to a minimum.
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from '../../../base/errors.js';
import { CHUNK_BYTES } from '../chunk-reader.js';
import { DifferenceLog, SeriesBuilder, formatNumber, type Comparison } from '../comparison.js';
import { excessOf, relativeError, withinTolerance } from '../tolerance.js';
import type { CompareInput } from './format.js';

interface WavInfo {
  /** 1 = PCM integer, 3 = IEEE float. */
  format: 1 | 3;
  channels: number;
  sampleRate: number;
  bits: number;
  blockAlign: number;
  dataStart: number;
  frames: number;
}

const EXTENSIBLE = 0xfffe;

async function readWavInfo(fh: FileHandle, file: string): Promise<WavInfo> {
  const { size } = await fh.stat();
  const bad = (detail: string, hint = 'write it again with a WAV encoder (sox, soundfile, scipy.io.wavfile)'): never => {
    throw new InputError({ file }, detail, hint);
  };
  const head = Buffer.alloc(12);
  const { bytesRead } = await fh.read(head, 0, 12, 0);
  if (bytesRead < 12 || head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') {
    bad('not a WAV file: it does not start with RIFF…WAVE');
  }
  let pos = 12;
  let fmt: Omit<WavInfo, 'dataStart' | 'frames'> | undefined;
  const chunk = Buffer.alloc(8);
  while (pos + 8 <= size) {
    await fh.read(chunk, 0, 8, pos);
    const id = chunk.toString('latin1', 0, 4);
    const length = chunk.readUInt32LE(4);
    const body = pos + 8;
    if (id === 'fmt ') {
      if (length < 16 || body + 16 > size) bad(`truncated WAV file: the fmt chunk at byte ${pos} is cut short`);
      const f = Buffer.alloc(Math.min(length, 40));
      await fh.read(f, 0, f.length, body);
      let code = f.readUInt16LE(0);
      if (code === EXTENSIBLE && f.length >= 26) code = f.readUInt16LE(24);
      if (code !== 1 && code !== 3)
        bad(`WAV encoding ${code} is not PCM or IEEE float`, 'compare it with `format: bytes`, or convert it to PCM');
      fmt = {
        format: code as 1 | 3,
        channels: f.readUInt16LE(2),
        sampleRate: f.readUInt32LE(4),
        blockAlign: f.readUInt16LE(12),
        bits: f.readUInt16LE(14),
      };
      const ok = code === 1 ? [8, 16, 24, 32].includes(fmt.bits) : [32, 64].includes(fmt.bits);
      if (!ok || fmt.channels === 0 || fmt.blockAlign !== (fmt.bits / 8) * fmt.channels) {
        bad(
          `unsupported WAV layout: ${fmt.bits}-bit ${code === 1 ? 'PCM' : 'float'}, ${fmt.channels} channels, block align ${fmt.blockAlign}`,
          'compare it with `format: bytes`',
        );
      }
    } else if (id === 'data') {
      if (!fmt) bad('invalid WAV file: the data chunk comes before the fmt chunk');
      const available = size - body;
      if (length > available) {
        bad(
          `truncated WAV file: the data chunk at byte ${pos} declares ${length} bytes, the file holds ${available} (${Math.floor(available / fmt!.blockAlign)} of ${Math.floor(length / fmt!.blockAlign)} frames)`,
          'the file is truncated: write it again',
        );
      }
      if (length % fmt!.blockAlign !== 0)
        bad(
          `truncated WAV file: the data chunk ends inside a frame (${length} bytes, frames of ${fmt!.blockAlign})`,
          'the file is truncated: write it again',
        );
      return { ...fmt!, dataStart: body, frames: length / fmt!.blockAlign };
    }
    pos = body + length + (length % 2);
  }
  return bad(
    fmt ? 'truncated WAV file: no data chunk' : 'invalid WAV file: no fmt chunk',
    'the file is truncated or not a WAV file: write it again',
  );
}

/** Sample reader normalised to [-1, 1) for PCM, as-is for float. */
function sampleReader(w: WavInfo): (b: Buffer, o: number) => number {
  if (w.format === 3) return w.bits === 32 ? (b, o) => b.readFloatLE(o) : (b, o) => b.readDoubleLE(o);
  switch (w.bits) {
    case 8:
      return (b, o) => (b[o]! - 128) / 128;
    case 16:
      return (b, o) => b.readInt16LE(o) / 32768;
    case 24:
      return (b, o) => b.readIntLE(o, 3) / 8388608;
    default:
      return (b, o) => b.readInt32LE(o) / 2147483648;
  }
}

function describe(w: WavInfo): string {
  return `${w.sampleRate} Hz, ${w.channels} ch, ${w.bits}-bit ${w.format === 1 ? 'PCM' : 'float'}`;
}

export async function compareWav(input: CompareInput): Promise<Comparison> {
  const { files, options } = input;
  const log = new DifferenceLog(input.keep);
  const series = new SeriesBuilder('frame');
  const handles: FileHandle[] = [];
  try {
    handles.push(await open(files.expected, 'r'), await open(files.actual, 'r'));
    const [ef, af] = handles as [FileHandle, FileHandle];
    const e = await readWavInfo(ef, files.expectedLabel);
    const a = await readWavInfo(af, files.actualLabel);
    log.facts.push(['format', describe(e) === describe(a) ? describe(e) : `${describe(e)} (golden), ${describe(a)} (actual)`]);
    if (e.sampleRate !== a.sampleRate)
      log.problem(`sample rate differs: ${e.sampleRate} Hz in the golden file, ${a.sampleRate} Hz in the actual`, { where: 'header' });
    if (e.channels !== a.channels) {
      log.problem(`channel count differs: ${e.channels} in the golden file, ${a.channels} in the actual`, { where: 'header' });
      return log.result(input.format, 'samples');
    }
    if (e.frames !== a.frames) {
      log.problem(
        `length differs: ${e.frames} frames in the golden file (${(e.frames / e.sampleRate).toFixed(3)} s), ${a.frames} in the actual`,
        {
          where: `frame ${Math.min(e.frames, a.frames) + 1}`,
        },
      );
    }
    const t = input.tolerance;
    const snrOnly = options['min-snr-db'] !== undefined && !t.given;
    const exact = !t.given && e.format === 1 && a.format === 1 && e.bits === a.bits;
    const getE = sampleReader(e);
    const getA = sampleReader(a);
    const channels = e.channels;
    const frames = Math.min(e.frames, a.frames);
    const perChunk = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(e.blockAlign, a.blockAlign)));
    const eBuf = Buffer.allocUnsafe(perChunk * e.blockAlign);
    const aBuf = Buffer.allocUnsafe(perChunk * a.blockAlign);
    const eStep = e.bits / 8;
    const aStep = a.bits / 8;
    let signal = 0;
    let noise = 0;
    for (let first = 0; first < frames; first += perChunk) {
      input.signal.throwIfAborted();
      const n = Math.min(perChunk, frames - first);
      await Promise.all([
        ef.read(eBuf, 0, n * e.blockAlign, e.dataStart + first * e.blockAlign),
        af.read(aBuf, 0, n * a.blockAlign, a.dataStart + first * a.blockAlign),
      ]);
      for (let k = 0; k < n; k++) {
        let frameErr = 0;
        for (let ch = 0; ch < channels; ch++) {
          const x = getE(eBuf, k * e.blockAlign + ch * eStep);
          const y = getA(aBuf, k * a.blockAlign + ch * aStep);
          const err = Math.abs(y - x);
          signal += x * x;
          noise += err * err;
          if (err > frameErr) frameErr = err;
          if (err === 0) continue;
          log.noteError(err);
          if (snrOnly) continue;
          const equal = exact ? false : withinTolerance(y, x, t.abs, t.rel, t.nanEqual);
          if (equal) continue;
          const frame = first + k;
          const excess = exact ? Infinity : excessOf(y, x, t.abs, t.rel);
          const where = `frame ${frame + 1} (${(frame / e.sampleRate).toFixed(4)} s), channel ${ch + 1}`;
          log.add(
            excess,
            err,
            relativeError(y, x),
            () => ({ where }),
            () => ({
              where,
              expected: formatNumber(x),
              actual: formatNumber(y),
              absError: err,
              relError: relativeError(y, x),
              excess,
              ...(exact ? { note: 'PCM samples differ (no tolerance given)' } : {}),
            }),
          );
        }
        if (frameErr > 0) series.add(first + k, frameErr);
      }
    }
    log.compared = frames * channels;
    series.extendTo(frames);
    const snr = noise === 0 ? Infinity : 10 * Math.log10(signal / noise);
    log.facts.push(['max abs error', formatNumber(log.maxAbsAll)]);
    log.facts.push(['SNR', snr === Infinity ? '∞ dB (identical)' : `${snr.toFixed(1)} dB`]);
    const minSnr = options['min-snr-db'];
    if (minSnr !== undefined && snr < minSnr)
      log.problem(`SNR ${snr.toFixed(1)} dB is below the minimum of ${minSnr} dB`, { where: 'whole signal' });
    return log.result(input.format, 'samples', series);
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}
