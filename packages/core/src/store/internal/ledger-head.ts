import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LedgerWriteError } from '../../ledger/errors/ledger-write-error.js';
import { decodeLine, encodeLine } from './checksum-line.js';
import { syncDirectory } from './sync-directory.js';

// The ledger's head: the number of the last committed transaction, kept apart from the log and
// the snapshot so that losing either of them can be told from a crash. A crash can only tear the
// one unacknowledged last line of the log; a log emptied, deleted, overwritten or cut back, or a
// snapshot deleted, ends *before* the head — and then the ledger no longer knows what was sent.
//
// Two fixed-size slots, written alternately (transaction n goes to slot n % 2) in place. The head
// is written after the log's fsync, so it never runs ahead of what is durable; it is not fsynced
// itself (that would double the cost of a commit): a power cut can lose its last update, or tear
// the slot being written, and the other slot still holds the transaction before — the check only
// gets weaker by one transaction, never wrong.

const slotBytes = 128;

/** What the head file says. */
export interface HeadRecord {
  /** The last committed transaction. */
  seq: number;
}

/** The head of the ledger in `file`: the highest intact slot, or `undefined` (no file, or no slot intact). */
export function readLedgerHead(file: string): HeadRecord | undefined {
  if (!existsSync(file)) return undefined;
  const data = readFileSync(file);
  let best: HeadRecord | undefined;
  for (let slot = 0; slot * slotBytes < data.length; slot++) {
    const raw = data.subarray(slot * slotBytes, (slot + 1) * slotBytes);
    let end = raw.length;
    while (end > 0 && (raw[end - 1] === 0x20 || raw[end - 1] === 0x0a)) end--;
    const json = decodeLine(raw.subarray(0, end));
    if (json === undefined) continue;
    try {
      const value = JSON.parse(json) as { seq?: unknown };
      if (Number.isSafeInteger(value.seq) && (value.seq as number) >= 0) {
        if (!best || (value.seq as number) > best.seq) best = { seq: value.seq as number };
      }
    } catch {
      // A slot whose checksum matched but is not ours: ignored like a torn one.
    }
  }
  return best;
}

function slot(seq: number): Buffer {
  const line = encodeLine(JSON.stringify({ seq })).slice(0, -1);
  return Buffer.from(`${line.padEnd(slotBytes - 1, ' ')}\n`, 'latin1');
}

/** The write side of the head file. */
export class LedgerHead {
  private constructor(
    readonly file: string,
    private fd: number | undefined,
  ) {}

  /**
   * (Re)writes the head file whole with `seq` in both slots, durably (fsync, and the directory
   * when the file is new): on creation, on an upgrade from a ledger without one, after a repair.
   */
  static create(file: string, seq: number): LedgerHead {
    const created = !existsSync(file);
    let fd: number | undefined;
    try {
      fd = openSync(file, 'w', 0o600);
      const data = Buffer.concat([slot(seq), slot(seq)]);
      writeSync(fd, data, 0, data.length, 0);
      fsyncSync(fd);
      if (created) syncDirectory(dirname(file));
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      throw new LedgerWriteError({ file, cause: error });
    }
    return new LedgerHead(file, fd);
  }

  /** Opens an intact head file to go on recording in it. */
  static open(file: string): LedgerHead {
    try {
      return new LedgerHead(file, openSync(file, 'r+'));
    } catch (error) {
      throw new LedgerWriteError({ file, cause: error });
    }
  }

  /** Records that transaction `seq` was committed (after the log's fsync; see above). */
  advance(seq: number): void {
    if (this.fd === undefined) return;
    const data = slot(seq);
    try {
      writeSync(this.fd, data, 0, data.length, (seq % 2) * slotBytes);
    } catch {
      // The head is evidence, not the record: a failed update only weakens the check by one
      // transaction (the other slot still holds the one before).
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
