// Before any step runs: can runlens write its reports where it was told to? A read-only mount, a file
// in the way or a full disk found here is a clear error at the start, not a crash after the steps ran.
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';

/** Creates `dir` if needed and proves a file can be created in it; otherwise why not, in words (`read-only file system (EROFS)`). */
export async function writableDirProblem(dir: string): Promise<string | undefined> {
  const probe = path.join(dir, `.runlens-write-test-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(probe, 'w');
    await handle.close();
    await rm(probe, { force: true });
    return undefined;
  } catch (err) {
    return describeFsError(err);
  }
}

/** A filesystem error as a user reads it: `no space left on device (ENOSPC)`. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (!e.code) return e.message ?? String(err);
  const text = /^[A-Z]+: ([^,]+)/.exec(e.message)?.[1];
  return text ? `${text} (${e.code})` : e.code;
}
