import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { LedgerCorruptError } from '../../ledger/errors/ledger-corrupt-error.js';
import { LedgerWriteError } from '../../ledger/errors/ledger-write-error.js';
import type { JsonValue } from '../../ledger/json-value.js';
import { decodeLine, encodeLine, splitLines } from './checksum-line.js';
import { LedgerImage } from './ledger-image.js';
import { describeIssue, type LedgerChange, snapshotEntryJson, snapshotHeaderJson } from './record-codec.js';
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
    fd = openSync(temporary, 'w');
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
      buffer += encodeLine(JSON.stringify(entry));
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
 * replaced whole (by rename), so any flaw in it is damage.
 * @throws {@link LedgerCorruptError}
 */
export function readSnapshot(file: string, options: { removeTemporary: boolean }): LedgerImage | undefined {
  // A leftover temporary file is an interrupted compaction; the old snapshot and the log still hold everything.
  if (options.removeTemporary) rmSync(`${file}.tmp`, { force: true });
  if (!existsSync(file)) return undefined;
  const data = readFileSync(file);
  const lines = splitLines(data);
  const fail = (line: number | undefined, reason: string): never => {
    throw new LedgerCorruptError({ file, ...(line === undefined ? {} : { line }), reason });
  };
  const decode = (index: number): unknown => {
    const line = lines[index]!;
    const json = line.complete ? decodeLine(data.subarray(line.start, line.end)) : undefined;
    if (json === undefined) return fail(index + 1, 'checksum mismatch');
    try {
      return JSON.parse(json);
    } catch (error) {
      return fail(index + 1, `not JSON (${String(error)})`);
    }
  };
  if (lines.length === 0) return fail(undefined, 'the file is empty');
  const header = snapshotHeaderJson.safeParse(decode(0));
  if (!header.success) return fail(1, `bad header: ${describeIssue(header.error)}`);
  if (lines.length !== header.data.entries + 1) {
    fail(undefined, `expected ${header.data.entries} records, found ${lines.length - 1}`);
  }
  const change: LedgerChange = {
    seq: header.data.seq,
    committedAt: new Date(0),
    punches: [],
    forget: [],
    checkpoints: {},
    state: {},
    caches: {},
    corrections: [],
    ...(header.data.repairedAt ? { repairedAt: header.data.repairedAt } : {}),
  };
  for (let index = 1; index < lines.length; index++) {
    const entry = snapshotEntryJson.safeParse(decode(index));
    if (!entry.success) return fail(index + 1, describeIssue(entry.error));
    const { data: value } = entry;
    if (value.type === 'punch') change.punches.push(value.value);
    else if (value.type === 'correction') change.corrections.push(value.value);
    else if (value.type === 'checkpoint') change.checkpoints[value.key] = value.value as JsonValue;
    else if (value.type === 'state') change.state[value.key] = value.value as JsonValue;
    else change.caches[value.key] = value.value as JsonValue;
  }
  const image = new LedgerImage();
  image.apply(change);
  return image;
}
