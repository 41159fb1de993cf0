import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LedgerClosedError } from '../../ledger/errors/ledger-closed-error.js';
import { LedgerWriteError } from '../../ledger/errors/ledger-write-error.js';
import { decodeLine, encodeLine, splitLines } from './checksum-line.js';
import { changeJson, describeIssue, type LedgerChange } from './record-codec.js';
import { syncDirectory } from './sync-directory.js';

/** What reading the write-ahead log found. */
export interface WalContents {
  /** The committed changes after the snapshot, in order. */
  changes: LedgerChange[];
  /** The byte length of the intact part: everything after it is a torn last write or damage. */
  validSize: number;
  /** The first damaged line, when valid lines follow it (or its checksum matched but its content is wrong). */
  damage?: { line: number; reason: string };
}

/**
 * Reads the log, keeping the changes numbered after `afterSeq`. A last line that is incomplete
 * or fails its checksum, with nothing valid after it, is a write the crash interrupted: it was
 * never acknowledged (commit returns only after fsync), so it is dropped. Anything else that
 * fails is damage and is reported, never skipped: a skipped `sending` could mean a second punch.
 */
export function readWriteAheadLog(file: string, afterSeq: number): WalContents {
  return parseWriteAheadLog(readWriteAheadLogBytes(file), afterSeq);
}

/** The log's bytes as they are now (empty when there is no log). */
export function readWriteAheadLogBytes(file: string): Buffer {
  return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
}

/** {@link readWriteAheadLog} over bytes read before: see there. */
export function parseWriteAheadLog(data: Buffer, afterSeq: number): WalContents {
  const lines = splitLines(data);
  const changes: LedgerChange[] = [];
  let validSize = 0;
  let lastSeq: number | undefined;
  for (const [index, line] of lines.entries()) {
    const json = line.complete ? decodeLine(data.subarray(line.start, line.end)) : undefined;
    if (json === undefined) {
      const laterValid = lines
        .slice(index + 1)
        .some((later) => later.complete && decodeLine(data.subarray(later.start, later.end)) !== undefined);
      if (!laterValid) break; // a torn last write
      return { changes, validSize, damage: { line: index + 1, reason: 'checksum mismatch' } };
    }
    let parsed: ReturnType<typeof changeJson.safeParse>;
    try {
      parsed = changeJson.safeParse(JSON.parse(json));
    } catch (error) {
      return { changes, validSize, damage: { line: index + 1, reason: `not JSON (${String(error)})` } };
    }
    if (!parsed.success) {
      return { changes, validSize, damage: { line: index + 1, reason: describeIssue(parsed.error) } };
    }
    const change = parsed.data;
    if (lastSeq !== undefined && change.seq !== lastSeq + 1) {
      return {
        changes,
        validSize,
        damage: { line: index + 1, reason: `transaction ${lastSeq + 1} is missing (found ${change.seq})` },
      };
    }
    lastSeq = change.seq;
    if (change.seq > afterSeq) {
      if (changes.length === 0 && change.seq !== afterSeq + 1) {
        return {
          changes,
          validSize,
          damage: { line: index + 1, reason: `transactions ${afterSeq + 1}…${change.seq - 1} are missing` },
        };
      }
      changes.push(change);
    }
    validSize = line.end + 1;
  }
  return { changes, validSize };
}

/** The append side of the write-ahead log: one checksummed line per transaction, fsynced before commit returns. */
export class WriteAheadLog {
  private fd: number | undefined;
  private size: number;
  private broken: string | undefined;

  private constructor(
    readonly file: string,
    fd: number,
    size: number,
  ) {
    this.fd = fd;
    this.size = size;
  }

  /** Opens the log for appending, cutting off anything after `validSize` (a torn last write). */
  static open(file: string, validSize: number): WriteAheadLog {
    const created = !existsSync(file);
    let fd: number;
    try {
      fd = openSync(file, 'a', 0o600);
    } catch (error) {
      throw new LedgerWriteError({ file, cause: error });
    }
    try {
      ftruncateSync(fd, validSize);
      fsyncSync(fd);
      if (created) syncDirectory(dirname(file));
    } catch (error) {
      closeSync(fd);
      throw new LedgerWriteError({ file, cause: error });
    }
    return new WriteAheadLog(file, fd, validSize);
  }

  /** The log's length in bytes. */
  get bytes(): number {
    return this.size;
  }

  /** Appends one transaction and fsyncs. On failure the file is cut back to its last committed line. */
  append(json: string): void {
    const fd = this.writable();
    const data = Buffer.from(encodeLine(json), 'utf8');
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } catch (error) {
      try {
        ftruncateSync(fd, this.size);
        fsyncSync(fd);
      } catch (undoError) {
        // A partial line left in place would make every later line look like damage: stop writing.
        this.broken = `a failed write to ${this.file} could not be undone (${String(undoError)})`;
      }
      throw new LedgerWriteError({ file: this.file, cause: error });
    }
    this.size += data.length;
  }

  /** Empties the log (its content is in a snapshot now). */
  reset(): void {
    const fd = this.writable();
    try {
      ftruncateSync(fd, 0);
      fsyncSync(fd);
    } catch (error) {
      throw new LedgerWriteError({ file: this.file, cause: error });
    }
    this.size = 0;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private writable(): number {
    if (this.broken) throw new LedgerClosedError(this.broken);
    if (this.fd === undefined) throw new LedgerClosedError('the write-ahead log is closed');
    return this.fd;
  }
}
