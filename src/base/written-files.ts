// The audit trail (run.json `files`): every file runlens writes or replaces is recorded here as it is
// written — reports, step logs and outputs, cache entries, golden updates — so the run can list them,
// with their size and sha256, whichever part of runlens wrote them. One ledger per process; a run takes
// a mark when it starts and lists what was written since.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from './hash.js';
import { sha256Hex } from './sha256.js';

export { ledgerMark, recordWrite, writtenSince } from './atomic-write.js';

export interface WrittenFile {
  /** Absolute. */
  file: string;
  bytes: number;
  sha256: string;
}

/**
 * A one-step run writes a few small files: hashing them in JavaScript costs less than loading node:crypto
 * (~3–4 ms). Files past SMALL_FILE, and every file once JS_BUDGET bytes have been hashed so, go to node:crypto.
 */
const SMALL_FILE = 128 * 1024;
const JS_BUDGET = 512 * 1024;

/** Files described at once: each stat and read waits on the thread pool, so they overlap; never a file-descriptor flood. */
const BATCH = 32;

/** Size and sha256 of each file that still exists (a temporary file removed since is left out). */
export async function describeFiles(files: string[]): Promise<WrittenFile[]> {
  const out: WrittenFile[] = [];
  let jsBytes = 0;
  const describe = async (file: string): Promise<WrittenFile | undefined> => {
    try {
      const s = await stat(file);
      if (!s.isFile()) return undefined;
      if (s.size <= SMALL_FILE && jsBytes + s.size <= JS_BUDGET) {
        jsBytes += s.size;
        const data = await readFile(file);
        return { file, bytes: data.length, sha256: sha256Hex(data) };
      }
      return { file, bytes: s.size, sha256: await hashFile(file) };
    } catch {
      // Removed since it was written.
      return undefined;
    }
  };
  for (let i = 0; i < files.length; i += BATCH) {
    for (const d of await Promise.all(files.slice(i, i + BATCH).map(describe))) if (d) out.push(d);
  }
  return out;
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
