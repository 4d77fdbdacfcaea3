// Writes a pair of large numeric CSV files for bench/golden/run.mjs: `expected` and `actual` differ
// in the last digits of many values (within tolerance) and by a lot in a few (out of tolerance).
// Deterministic (seeded), so a cached pair is reusable and both tools see the same data.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const COLUMNS = 8;

/** xorshift32: fast, seeded, good enough to scatter values. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/**
 * @param {{ expected: string, actual: string, bytes: number, outliers: number, perturbEvery: number }} o
 * @returns {Promise<{ rows: number, outliers: Array<{ line: number, column: number, expected: string, actual: string }> }>}
 */
export async function generatePair(o) {
  const rand = rng(20261122);
  const header = ['time', ...Array.from({ length: COLUMNS - 1 }, (_, k) => `ch${k + 1}`)].join(',') + '\n';
  // About 80 bytes a row; outliers go where rows surely exist: one early (so a prefix sees it), the rest spread.
  const estimatedRows = Math.max(1, Math.round((o.bytes - header.length) / 80));
  const outlierRows = new Map();
  for (let k = 0; k < o.outliers; k++) {
    const row = k === 0 ? Math.min(1000, estimatedRows - 1) : Math.floor((k / o.outliers) * 0.95 * estimatedRows);
    outlierRows.set(row, 1 + Math.floor(rand() * (COLUMNS - 1)));
  }
  const outliers = [];
  const e = createWriteStream(o.expected, { highWaterMark: 1 << 22 });
  const a = createWriteStream(o.actual, { highWaterMark: 1 << 22 });
  e.write(header);
  a.write(header);
  let eBuf = '';
  let aBuf = '';
  let written = header.length;
  let rows = 0;
  for (let r = 0; written < o.bytes; r++, rows++) {
    const t = String(r);
    let eLine = t;
    let aLine = t;
    const outCol = outlierRows.get(r);
    for (let c = 1; c < COLUMNS; c++) {
      const v = (rand() - 0.5) * 200;
      const ev = v.toFixed(6);
      let av = ev;
      if (c === outCol) {
        av = (v + 0.5 + rand()).toFixed(6);
        outliers.push({ line: r + 2, column: c + 1, expected: ev, actual: av });
      } else if ((r * COLUMNS + c) % o.perturbEvery === 0) {
        // Within tolerance: a change in the last printed digit (≤ 1e-6 absolute).
        av = (v + (rand() < 0.5 ? 1e-6 : -1e-6)).toFixed(6);
      }
      eLine += ',' + ev;
      aLine += ',' + av;
    }
    eBuf += eLine + '\n';
    aBuf += aLine + '\n';
    written += eLine.length + 1;
    if (eBuf.length > 1 << 20) {
      if (!e.write(eBuf)) await once(e, 'drain');
      if (!a.write(aBuf)) await once(a, 'drain');
      eBuf = '';
      aBuf = '';
    }
  }
  e.end(eBuf);
  a.end(aBuf);
  await Promise.all([once(e, 'finish'), once(a, 'finish')]);
  return { rows, outliers };
}
