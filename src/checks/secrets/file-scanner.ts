// Reads one file at a time into a reused buffer (memory stays bounded by the size limit) and scans it.
// Used inside worker threads and in-thread alike; synchronous on purpose: a worker does nothing else.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Matcher, RawMatch } from './matcher.js';

export type FileStatus = 'scanned' | 'binary' | 'too-large' | 'unreadable';

export interface FileScan {
  status: FileStatus;
  bytes: number;
  matches: RawMatch[];
}

/** Files with a NUL byte in their first 8 KiB are binary, as git decides. */
const BINARY_PROBE = 8192;

export class FileScanner {
  private buffer = Buffer.allocUnsafe(1 << 20);
  // Plain fields, not parameter properties: worker threads under tests run this file with type stripping.
  private readonly matcher: Matcher;
  private readonly maxFileSize: number;

  constructor(matcher: Matcher, maxFileSize: number) {
    this.matcher = matcher;
    this.maxFileSize = maxFileSize;
  }

  scan(absolutePath: string, relativePath: string): FileScan {
    let fd: number;
    try {
      fd = openSync(absolutePath, 'r');
    } catch {
      return { status: 'unreadable', bytes: 0, matches: [] };
    }
    try {
      const size = fstatSync(fd).size;
      if (size > this.maxFileSize) return { status: 'too-large', bytes: size, matches: [] };
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
      let length = 0;
      // A file can grow between fstat and read; what was there at fstat time is what gets scanned.
      while (length < size) {
        const n = readSync(fd, this.buffer, length, size - length, length);
        if (n === 0) break;
        length += n;
      }
      const probe = Math.min(length, BINARY_PROBE);
      if (this.buffer.subarray(0, probe).includes(0)) return { status: 'binary', bytes: length, matches: [] };
      return { status: 'scanned', bytes: length, matches: this.matcher.scan(this.buffer, length, relativePath) };
    } catch {
      return { status: 'unreadable', bytes: 0, matches: [] };
    } finally {
      closeSync(fd);
    }
  }
}
