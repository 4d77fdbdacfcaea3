// Hashing without importing node:crypto at start-up: importing it costs ~7 ms of every run, and most runs
// hash nothing on their way to the first step. The module is loaded on first use.
import type { BinaryToTextEncoding, Hash } from 'node:crypto';

export function createHash(algorithm: 'sha256' | 'sha1' | 'md5'): Hash {
  return process.getBuiltinModule('node:crypto').createHash(algorithm);
}

export function sha256(data: string, encoding: BinaryToTextEncoding = 'hex'): string {
  return createHash('sha256').update(data).digest(encoding);
}

/** `bytes` random bytes as hex (temporary file names). */
export function randomHex(bytes: number): string {
  return process.getBuiltinModule('node:crypto').randomBytes(bytes).toString('hex');
}
