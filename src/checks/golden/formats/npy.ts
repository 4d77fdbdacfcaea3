// NumPy .npy: dtype, shape and values (within tolerance), streamed in chunks of whole elements.
// Format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
import { open, type FileHandle } from 'node:fs/promises';
import { InputError, clipForMessage } from '../../../base/errors.js';
import { CHUNK_BYTES } from '../chunk-reader.js';
import { DifferenceLog, SeriesBuilder, type Comparison } from '../comparison.js';
import { excessOf, relativeError, withinTolerance } from '../tolerance.js';
import type { CompareInput } from './format.js';

interface NpyHeader {
  descr: string;
  kind: 'b' | 'i' | 'u' | 'f' | 'c';
  size: number;
  littleEndian: boolean;
  fortran: boolean;
  shape: number[];
  count: number;
  dataStart: number;
  fileSize: number;
}

const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);

async function readHeader(fh: FileHandle, file: string): Promise<NpyHeader> {
  const { size: fileSize } = await fh.stat();
  const head = Buffer.alloc(Math.min(fileSize, 65536 + 12));
  await fh.read(head, 0, head.length, 0);
  const bad = (detail: string, hint = 'write it with numpy.save'): never => {
    throw new InputError({ file }, `not a valid .npy file: ${detail}`, hint);
  };
  if (head.length < 10 || !head.subarray(0, 6).equals(MAGIC)) bad('it does not start with the \\x93NUMPY magic');
  const major = head[6]!;
  const lengthBytes = major === 1 ? 2 : major === 2 || major === 3 ? 4 : bad(`format version ${major}.${head[7]} is unknown`);
  if (head.length < 8 + lengthBytes) bad('the file ends inside its header', 'the file is truncated: write it again');
  const headerLength = lengthBytes === 2 ? head.readUInt16LE(8) : head.readUInt32LE(8);
  const dataStart = 8 + lengthBytes + headerLength;
  if (dataStart > fileSize)
    bad(`the header promises ${headerLength} bytes but the file has ${fileSize}`, 'the file is truncated: write it again');
  const text = head.toString(major === 3 ? 'utf8' : 'latin1', 8 + lengthBytes, Math.min(dataStart, head.length));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    bad(
      /'descr'\s*:\s*\[/.test(text)
        ? 'structured dtypes are not compared element-wise'
        : 'the header dictionary lacks descr, fortran_order or shape',
      'compare it with `format: bytes`',
    );
  }
  const m = /^([<>|=]?)([biufc])(\d+)$/.exec(descr!);
  if (!m) bad(`dtype ${quoted(descr!)} is not numeric`, 'compare it with `format: bytes`');
  const dims = shapeText!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (dims.some((d) => !/^\d+$/.test(d))) bad(`the shape (${quoted(shapeText!)}) is not a tuple of whole numbers`);
  const shape = dims.map(Number);
  // Past 2^53 elements the count is not exact; no file holds that many (the size check refuses it next).
  if (shape.reduce((n, d) => n * d, 1) > Number.MAX_SAFE_INTEGER)
    bad(`the shape (${quoted(shapeText!)}) has more elements than any file can hold`);
  const kind = m![2] as NpyHeader['kind'];
  const size = Number(m![3]);
  const supported =
    kind === 'b'
      ? size === 1
      : kind === 'f'
        ? [2, 4, 8].includes(size)
        : kind === 'c'
          ? [8, 16].includes(size)
          : [1, 2, 4, 8].includes(size);
  if (!supported) bad(`dtype ${descr} is not supported`, 'compare it with `format: bytes`');
  return {
    descr: descr!,
    kind,
    size,
    littleEndian: m![1] !== '>',
    fortran: fortran === 'True',
    shape,
    count: shape.reduce((n, d) => n * d, 1),
    dataStart,
    fileSize,
  };
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

/** Element k (a component, for complex) of a chunk as a double; 64-bit integers via `big`. */
function reader(h: NpyHeader): {
  step: number;
  components: number;
  get(v: DataView, offset: number): number;
  big?(v: DataView, offset: number): bigint;
} {
  const le = h.littleEndian;
  switch (h.kind) {
    case 'b':
      return { step: 1, components: 1, get: (v, o) => (v.getUint8(o) ? 1 : 0) };
    case 'u':
      if (h.size === 1) return { step: 1, components: 1, get: (v, o) => v.getUint8(o) };
      if (h.size === 2) return { step: 2, components: 1, get: (v, o) => v.getUint16(o, le) };
      if (h.size === 4) return { step: 4, components: 1, get: (v, o) => v.getUint32(o, le) };
      return { step: 8, components: 1, get: (v, o) => Number(v.getBigUint64(o, le)), big: (v, o) => v.getBigUint64(o, le) };
    case 'i':
      if (h.size === 1) return { step: 1, components: 1, get: (v, o) => v.getInt8(o) };
      if (h.size === 2) return { step: 2, components: 1, get: (v, o) => v.getInt16(o, le) };
      if (h.size === 4) return { step: 4, components: 1, get: (v, o) => v.getInt32(o, le) };
      return { step: 8, components: 1, get: (v, o) => Number(v.getBigInt64(o, le)), big: (v, o) => v.getBigInt64(o, le) };
    case 'f':
      if (h.size === 2) return { step: 2, components: 1, get: (v, o) => halfToFloat(v.getUint16(o, le)) };
      if (h.size === 4) return { step: 4, components: 1, get: (v, o) => v.getFloat32(o, le) };
      return { step: 8, components: 1, get: (v, o) => v.getFloat64(o, le) };
    case 'c':
      if (h.size === 8) return { step: 4, components: 2, get: (v, o) => v.getFloat32(o, le) };
      return { step: 8, components: 2, get: (v, o) => v.getFloat64(o, le) };
  }
}

/** Flat storage index → `(i, j, …)` in the array's own order. */
function indexOf(flat: number, shape: number[], fortran: boolean): string {
  if (shape.length === 0) return '()';
  const idx = new Array<number>(shape.length);
  let rest = flat;
  if (fortran) {
    for (let d = 0; d < shape.length; d++) {
      idx[d] = rest % shape[d]!;
      rest = Math.floor(rest / shape[d]!);
    }
  } else {
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d] = rest % shape[d]!;
      rest = Math.floor(rest / shape[d]!);
    }
  }
  return `(${idx.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

/** C-order flat index of the element stored at Fortran-order position `flat`. */
function fortranToC(flat: number, shape: number[]): number {
  let rest = flat;
  const idx: number[] = [];
  for (const d of shape) {
    idx.push(rest % d);
    rest = Math.floor(rest / d);
  }
  let c = 0;
  for (let d = 0; d < shape.length; d++) c = c * shape[d]! + idx[d]!;
  return c;
}

export async function compareNpy(input: CompareInput): Promise<Comparison> {
  const { files } = input;
  const log = new DifferenceLog(input.keep);
  const series = new SeriesBuilder('element');
  const handles: FileHandle[] = [];
  try {
    handles.push(await open(files.expected, 'r'), await open(files.actual, 'r'));
    const [ef, af] = handles as [FileHandle, FileHandle];
    const e = await readHeader(ef, files.expectedLabel);
    const a = await readHeader(af, files.actualLabel);
    for (const [h, label] of [
      [e, files.expectedLabel],
      [a, files.actualLabel],
    ] as const) {
      const need = h.dataStart + h.count * h.size;
      if (h.fileSize < need) {
        throw new InputError(
          { file: label },
          `truncated .npy file: shape (${h.shape.join(', ')}) of ${h.descr} needs ${need} bytes, the file has ${h.fileSize} (data ends at element ${Math.floor((h.fileSize - h.dataStart) / h.size)})`,
          'the file is truncated: write it again with numpy.save',
        );
      }
    }
    log.facts.push(['dtype', e.descr === a.descr ? e.descr : `${e.descr} (golden), ${a.descr} (actual)`]);
    log.facts.push(['shape', `(${e.shape.join(', ')})`]);
    const sameKind = e.kind === a.kind && e.size === a.size;
    if (!sameKind) log.problem(`dtype differs: ${e.descr} in the golden file, ${a.descr} in the actual`, { where: 'header' });
    if (e.shape.join() !== a.shape.join()) {
      log.problem(`shape differs: (${e.shape.join(', ')}) in the golden file, (${a.shape.join(', ')}) in the actual`, { where: 'header' });
      return log.result(input.format, 'values');
    }
    if ((e.kind === 'c') !== (a.kind === 'c')) return log.result(input.format, 'values');
    const er = reader(e);
    const ar = reader(a);
    const t = input.tolerance;
    const exactInts = !t.given && e.kind !== 'f' && e.kind !== 'c' && a.kind !== 'f' && a.kind !== 'c';
    const components = er.components;
    const sameOrder = e.fortran === a.fortran || e.shape.length <= 1;
    if (!sameOrder) log.facts.push(['order', 'the files store the array in different orders (C and Fortran); compared by index']);
    const perChunk = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(e.size, a.size)));
    const eBuf = Buffer.allocUnsafe(perChunk * e.size);
    const aBuf = Buffer.allocUnsafe(sameOrder ? perChunk * a.size : a.size);
    const aView1 = new DataView(aBuf.buffer, aBuf.byteOffset, aBuf.length);
    for (let first = 0; first < e.count; first += perChunk) {
      input.signal.throwIfAborted();
      const n = Math.min(perChunk, e.count - first);
      await ef.read(eBuf, 0, n * e.size, e.dataStart + first * e.size);
      if (sameOrder) await af.read(aBuf, 0, n * a.size, a.dataStart + first * a.size);
      const ev = new DataView(eBuf.buffer, eBuf.byteOffset, n * e.size);
      for (let k = 0; k < n; k++) {
        const flat = first + k;
        let av = aView1;
        let aOffset = k * a.size;
        if (!sameOrder) {
          // Different storage orders: fetch the actual element at the same logical index.
          const other = e.fortran ? fortranToC(flat, e.shape) : cToFortran(flat, e.shape);
          await af.read(aBuf, 0, a.size, a.dataStart + other * a.size);
          aOffset = 0;
          av = aView1;
        }
        for (let comp = 0; comp < components; comp++) {
          const eo = k * e.size + comp * er.step;
          const ao = aOffset + comp * ar.step;
          const x = er.get(ev, eo);
          const y = ar.get(av, ao);
          log.compared++;
          let equal: boolean;
          let excess: number;
          if (exactInts) {
            equal = er.big && ar.big ? er.big(ev, eo) === ar.big(av, ao) : x === y;
            excess = equal ? 0 : Infinity;
          } else {
            equal = withinTolerance(y, x, t.abs, t.rel, t.nanEqual);
            excess = equal ? 0 : excessOf(y, x, t.abs, t.rel);
          }
          const err = Math.abs(y - x);
          if (err === err) {
            log.noteError(err);
            series.add(flat, err);
          }
          if (equal) continue;
          const numeric = err === err;
          const where = `index ${indexOf(flat, e.shape, e.fortran)}${components === 2 ? (comp === 0 ? ' real' : ' imag') : ''}`;
          log.add(
            excess,
            numeric ? err : undefined,
            numeric ? relativeError(y, x) : undefined,
            () => ({ where }),
            () => ({
              where,
              expected: show(x, e),
              actual: show(y, a),
              excess,
              ...(numeric ? { absError: err, relError: relativeError(y, x) } : {}),
            }),
          );
        }
      }
    }
    series.extendTo(e.count);
    return log.result(input.format, 'values', series);
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}

function cToFortran(flat: number, shape: number[]): number {
  let rest = flat;
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = rest % shape[d]!;
    rest = Math.floor(rest / shape[d]!);
  }
  let f = 0;
  for (let d = shape.length - 1; d >= 0; d--) f = f * shape[d]! + idx[d]!;
  return f;
}

/** Enough digits to tell values apart: float32 printed at its own precision, not as the double it widens to. */
function show(x: number, h: NpyHeader): string {
  return (h.kind === 'f' || h.kind === 'c') && (h.kind === 'c' ? h.size === 8 : h.size <= 4) ? String(Number(x.toPrecision(9))) : String(x);
}

/** A header value in a one-line message: control characters escaped (a damaged header holds newlines), cut. */
function quoted(value: string): string {
  return clipForMessage(JSON.stringify(value).slice(1, -1));
}
