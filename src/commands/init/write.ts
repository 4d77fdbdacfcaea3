// Writes init's files: never over a different file without --force; the same content again is "unchanged" (idempotent).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from '../../base/atomic-write.js';

export interface PlannedFile {
  /** Repository-relative. */
  path: string;
  content: string;
}

export type FileStatus = 'created' | 'overwritten' | 'unchanged' | 'kept' | 'would create' | 'would overwrite';

export interface WrittenFile extends PlannedFile {
  status: FileStatus;
}

export function fileStatus(root: string, f: PlannedFile, o: { force: boolean; dryRun: boolean }): FileStatus {
  const abs = path.join(root, f.path);
  if (!existsSync(abs)) return o.dryRun ? 'would create' : 'created';
  if (readFileSync(abs, 'utf8') === f.content) return 'unchanged';
  if (!o.force) return 'kept';
  return o.dryRun ? 'would overwrite' : 'overwritten';
}

export async function writeFiles(
  root: string,
  files: readonly PlannedFile[],
  o: { force: boolean; dryRun: boolean },
): Promise<WrittenFile[]> {
  const out: WrittenFile[] = [];
  for (const f of files) {
    const status = fileStatus(root, f, o);
    if (status === 'created' || status === 'overwritten') {
      const abs = path.join(root, f.path);
      await mkdir(path.dirname(abs), { recursive: true });
      await atomicWriteFile(abs, f.content);
    }
    out.push({ ...f, status });
  }
  return out;
}
