// Anything else: byte equality, with sizes, SHA-256 hashes and the first differing offset.
import { open, type FileHandle } from 'node:fs/promises';
import { CHUNK_BYTES } from '../chunk-reader.js';
import { DifferenceLog, type Comparison } from '../comparison.js';
import type { CompareInput } from './format.js';
import { createHash } from '../../../base/hash.js';

async function readFull(fh: FileHandle, buf: Buffer, position: number): Promise<number> {
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await fh.read(buf, got, buf.length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}

export async function compareBytes(input: CompareInput): Promise<Comparison> {
  const { files } = input;
  const log = new DifferenceLog(input.keep);
  const handles: FileHandle[] = [];
  try {
    handles.push(await open(files.expected, 'r'), await open(files.actual, 'r'));
    const [ef, af] = handles as [FileHandle, FileHandle];
    const eBuf = Buffer.allocUnsafe(CHUNK_BYTES);
    const aBuf = Buffer.allocUnsafe(CHUNK_BYTES);
    const eHash = createHash('sha256');
    const aHash = createHash('sha256');
    let offset = 0;
    let firstDiff = -1;
    let eSize = 0;
    let aSize = 0;
    for (;;) {
      input.signal.throwIfAborted();
      const [en, an] = await Promise.all([readFull(ef, eBuf, offset), readFull(af, aBuf, offset)]);
      if (en === 0 && an === 0) break;
      eHash.update(eBuf.subarray(0, en));
      aHash.update(aBuf.subarray(0, an));
      eSize += en;
      aSize += an;
      if (firstDiff === -1) {
        const n = Math.min(en, an);
        if (!eBuf.subarray(0, n).equals(aBuf.subarray(0, n))) {
          let k = 0;
          while (eBuf[k] === aBuf[k]) k++;
          firstDiff = offset + k;
        } else if (en !== an) firstDiff = offset + n;
      }
      offset += CHUNK_BYTES;
    }
    const eSum = eHash.digest('hex');
    const aSum = aHash.digest('hex');
    log.compared = eSize;
    log.facts.push(['size', eSize === aSize ? `${eSize} bytes` : `${eSize} bytes (golden), ${aSize} bytes (actual)`]);
    log.facts.push(['sha256', eSum === aSum ? eSum : `${eSum} (golden), ${aSum} (actual)`]);
    if (firstDiff !== -1) {
      log.problem(
        firstDiff >= Math.min(eSize, aSize)
          ? `the files differ in size: ${eSize} bytes in the golden file, ${aSize} in the actual (equal up to there)`
          : `the files differ from byte ${firstDiff} on` + (eSize !== aSize ? `, and in size (${eSize} vs ${aSize} bytes)` : ''),
        { where: `byte ${firstDiff}` },
      );
    }
    return log.result(input.format, 'bytes');
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}
