import { createReadStream } from 'node:fs';
import { LogFileError } from '../errors/log-file-error.js';

/**
 * Bytes read at a time. Measured on a 1,000,000-row CP932 file: 64 KiB chunks were both
 * faster and lighter than 256 KiB or 1 MiB ones (smaller batches die young in the GC).
 */
const CHUNK_BYTES = 64 * 1024;

/**
 * A file's bytes in chunks, read only as the loop asks for them. A read failure becomes a
 * {@link LogFileError} naming the file (errors thrown by the loop's own body pass unchanged);
 * the file is closed when the loop ends, however it ends.
 *
 * @throws {LogFileError} when the file cannot be read.
 */
export async function* readFileChunks(path: string): AsyncGenerator<Buffer, void, undefined> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (cause) {
        throw new LogFileError(path, cause);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    stream.destroy();
  }
}
