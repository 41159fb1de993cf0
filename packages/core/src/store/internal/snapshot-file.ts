import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LedgerCorruptError } from '../../ledger/errors/ledger-corrupt-error.js';
import { LedgerWriteError } from '../../ledger/errors/ledger-write-error.js';
import type { JsonValue } from '../../ledger/json-value.js';
import { decodeLine, encodeLine } from './checksum-line.js';
import { LedgerImage } from './ledger-image.js';
import { describeIssue, snapshotEntryJson, snapshotHeaderJson } from './record-codec.js';
import { syncDirectory } from './sync-directory.js';

const chunkBytes = 1 << 20;

/**
 * Writes the whole image as a snapshot: to `<file>.tmp`, fsync, rename over `file`, fsync the
 * directory. A crash before the rename leaves the old snapshot (and the full log) in place; a
 * crash after it leaves log lines the snapshot already holds, which reading skips by number.
 * Returns the snapshot's size in bytes.
 */
export function writeSnapshot(file: string, image: LedgerImage): number {
  const temporary = `${file}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w', 0o600);
    const header = {
      type: 'header',
      format: 'pclogin-ledger-snapshot',
      version: 1,
      seq: image.seq,
      entries: image.size,
      ...(image.repairedAt ? { repairedAt: image.repairedAt } : {}),
    };
    let size = 0;
    let buffer = encodeLine(JSON.stringify(header));
    for (const entry of image.entries()) {
      buffer += encodeLine(entry);
      if (buffer.length >= chunkBytes) {
        size += writeAll(fd, buffer);
        buffer = '';
      }
    }
    size += writeAll(fd, buffer);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
    syncDirectory(dirname(file));
    return size;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new LedgerWriteError({ file, cause: error });
  }
}

/** Writes `text` whole; returns its length in bytes. */
function writeAll(fd: number, text: string): number {
  const data = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written);
  return data.length;
}

/**
 * Reads a snapshot into a new image, or `undefined` when there is none. A snapshot is only ever
 * replaced whole (by rename), so any flaw in it is damage. The file is read in chunks and each
 * record goes into the image as it is decoded, so reading needs little more memory than the
 * image itself, however large the ledger.
 * @throws {@link LedgerCorruptError}
 */
export function readSnapshot(file: string, options: { removeTemporary: boolean }): LedgerImage | undefined {
  // A leftover temporary file is an interrupted compaction; the old snapshot and the log still hold everything.
  if (options.removeTemporary) rmSync(`${file}.tmp`, { force: true });
  if (!existsSync(file)) return undefined;
  const fail = (line: number | undefined, reason: string): never => {
    throw new LedgerCorruptError({ file, ...(line === undefined ? {} : { line }), reason });
  };
  const decode = (line: Buffer, complete: boolean, index: number): unknown => {
    const json = complete ? decodeLine(line) : undefined;
    if (json === undefined) return fail(index + 1, 'checksum mismatch');
    try {
      return JSON.parse(json);
    } catch (error) {
      return fail(index + 1, `not JSON (${String(error)})`);
    }
  };
  // One open file for both passes: a compaction that renames a new snapshot into place between
  // them (a reader beside the service) cannot make the count and the records disagree.
  const fd = openSync(file, 'r');
  try {
    return readSnapshotFrom(fd, fail, decode);
  } finally {
    closeSync(fd);
  }
}

function readSnapshotFrom(
  fd: number,
  fail: (line: number | undefined, reason: string) => never,
  decode: (line: Buffer, complete: boolean, index: number) => unknown,
): LedgerImage {
  // The record count is checked before any record is decoded (a short file is reported as such).
  let lineCount = 0;
  forEachLine(fd, () => {
    lineCount++;
  });
  if (lineCount === 0) return fail(undefined, 'the file is empty');
  const image = new LedgerImage();
  let hasState = false;
  forEachLine(fd, (line, complete, index) => {
    if (index === 0) {
      const header = snapshotHeaderJson.safeParse(decode(line, complete, 0));
      if (!header.success) return fail(1, `bad header: ${describeIssue(header.error)}`);
      if (lineCount !== header.data.entries + 1) {
        fail(undefined, `expected ${header.data.entries} records, found ${lineCount - 1}`);
      }
      image.seq = header.data.seq;
      if (header.data.repairedAt) image.repairedAt = header.data.repairedAt;
      return;
    }
    const entry = snapshotEntryJson.safeParse(decode(line, complete, index));
    if (!entry.success) return fail(index + 1, describeIssue(entry.error));
    const { data: value } = entry;
    if (value.type === 'punch') image.putPunch(value.value);
    else if (value.type === 'correction') image.putCorrection(value.value);
    else if (value.type === 'checkpoint') image.putValue('checkpoints', value.key, value.value as JsonValue);
    else if (value.type === 'state') {
      hasState = true;
      image.putValue('state', value.key, value.value as JsonValue);
    } else image.putValue('caches', value.key, value.value as JsonValue);
  });
  // As replaying the snapshot as one change would: its pipeline state was written by its last transaction.
  if (hasState) image.stateSeq = image.seq;
  return image;
}

/**
 * Calls `visit` with each line of the open file `fd` (without its newline) in order, reading it
 * in chunks from its start; the last line has `complete: false` when no newline ends it. A line's
 * buffer is only valid during the call.
 */
function forEachLine(fd: number, visit: (line: Buffer, complete: boolean, index: number) => void): void {
  let position = 0;
  let chunk = Buffer.allocUnsafe(chunkBytes);
  let kept = 0; // bytes of an unfinished line at the start of chunk
  let index = 0;
  for (;;) {
    if (kept === chunk.length) {
      // A line longer than the buffer (a large state value): grow it.
      const larger = Buffer.allocUnsafe(chunk.length * 2);
      chunk.copy(larger, 0, 0, kept);
      chunk = larger;
    }
    const read = readSync(fd, chunk, kept, chunk.length - kept, position);
    position += read;
    const end = kept + read;
    if (read === 0) {
      if (end > 0) visit(chunk.subarray(0, end), false, index);
      return;
    }
    let start = 0;
    for (
      let newline = chunk.indexOf(0x0a, kept);
      newline !== -1 && newline < end;
      newline = chunk.indexOf(0x0a, start)
    ) {
      visit(chunk.subarray(start, newline), true, index++);
      start = newline + 1;
      if (start >= end) break;
    }
    chunk.copy(chunk, 0, start, end);
    kept = end - start;
  }
}
