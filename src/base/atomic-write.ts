// Reports are read by other jobs and platforms: a crash mid-write must leave the old file or the
// new one, never half of either. Hence temp file in the same directory (rename is atomic only
// within a filesystem) + fsync of the data + rename + fsync of the directory entry.
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function atomicWriteFile(file: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomically(file, async (tmp) => {
    const handle = await open(tmp, 'w', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** `to` becomes a copy of `from` (a golden file of any size), with the same guarantee. */
export async function atomicCopyFile(from: string, to: string): Promise<void> {
  await replaceAtomically(to, async (tmp) => {
    await copyFile(from, tmp);
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

// The audit trail (run.json `files`, src/base/written-files.ts): every file runlens writes is recorded as it
// is written. Kept here, with no import, so this module stays loadable on its own (a crash-test child runs it).
const written: string[] = [];

/** `file` was written or replaced by runlens (absolute). */
export function recordWrite(file: string): void {
  written.push(path.resolve(file));
}

/** The ledger's length now: pass it to writtenSince later. */
export function ledgerMark(): number {
  return written.length;
}

/** The distinct files written since `mark`, in the order first written. */
export function writtenSince(mark: number): string[] {
  return [...new Set(written.slice(mark))];
}

let tempCounter = 0;

async function replaceAtomically(file: string, writeTemp: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  // Unique per process (pid + counter) and across hosts sharing the directory (random part). Not
  // node:crypto's randomBytes: loading node:crypto costs ~7 ms of every run's start-up.
  const unique = `${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const tmp = path.join(dir, `.${path.basename(file)}.${unique}.tmp`);
  try {
    await writeTemp(tmp);
    await rename(tmp, file);
    recordWrite(file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDirectory(dir);
}

// Makes the rename itself durable. Some filesystems refuse to fsync a directory; the data is
// already safe then, so that is not worth failing a run over.
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close();
  }
}
