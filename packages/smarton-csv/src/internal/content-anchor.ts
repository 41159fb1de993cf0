import { createHash } from 'node:crypto';
import type { ContentAnchor } from '../reader/log-folder-checkpoint.js';
import type { ReadableFileHandle } from '../reader/log-folder-reader-options.js';

/** Reads `length` bytes at `start` (fewer at the end of the file). */
export async function readBytes(handle: ReadableFileHandle, start: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, start + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

/** Bytes at the start of a file whose hash tells whether it is still the same log. */
export const HEAD_BYTES = 4096;
/** Bytes before the read offset whose hash tells whether the file still holds what was read. */
export const TAIL_BYTES = 1024;

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** The anchor of `[start, start + length)`. */
export async function anchorAt(
  handle: ReadableFileHandle,
  start: number,
  length: number,
): Promise<ContentAnchor> {
  return { start, length, sha256: sha(await readBytes(handle, start, length)) };
}

/** Whether the file (now `size` bytes) still holds the anchored bytes. */
export async function anchorHolds(
  handle: ReadableFileHandle,
  anchor: ContentAnchor,
  size: number,
): Promise<boolean> {
  if (anchor.start + anchor.length > size) return false;
  const bytes = await readBytes(handle, anchor.start, anchor.length);
  return bytes.length === anchor.length && sha(bytes) === anchor.sha256;
}
