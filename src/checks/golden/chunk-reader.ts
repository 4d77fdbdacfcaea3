// Reads a file in large chunks into one reusable buffer, keeping the unconsumed tail: the streaming
// comparators hold at most a couple of chunks of each file, whatever its size.
import { open, type FileHandle } from 'node:fs/promises';

export const CHUNK_BYTES = 4 * 1024 * 1024;

export class ChunkReader {
  buf: Buffer;
  /** Bytes valid in `buf` are [0, end). */
  end = 0;
  eof = false;
  /** File offset of buf[0]. */
  offset = 0;

  private constructor(
    private readonly handle: FileHandle,
    size: number,
  ) {
    this.buf = Buffer.allocUnsafe(size);
  }

  static async open(path: string, size = CHUNK_BYTES): Promise<ChunkReader> {
    return new ChunkReader(await open(path, 'r'), size);
  }

  /**
   * Drops the bytes before `keep`, then reads more after the rest. Grows the buffer when the kept tail
   * fills it (one record longer than a chunk). Returns how many bytes arrived; 0 at the end of the file.
   */
  async refill(keep: number): Promise<number> {
    if (keep > 0) {
      this.buf.copy(this.buf, 0, keep, this.end);
      this.end -= keep;
      this.offset += keep;
    }
    if (this.end >= this.buf.length - 1) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    // One byte stays free so a reader can end a last line that has no newline with one of its own.
    const { bytesRead } = await this.handle.read(this.buf, this.end, this.buf.length - this.end - 1, null);
    this.end += bytesRead;
    if (bytesRead === 0) this.eof = true;
    return bytesRead;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
