/** The checksum the library's cache keeps of each part of a pack: the first 128 bits of its SHA-256 (hex). */
import { createHash } from 'node:crypto';

export function sum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}
