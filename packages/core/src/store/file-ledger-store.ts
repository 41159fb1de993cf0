import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LedgerClosedError } from '../ledger/errors/ledger-closed-error.js';
import { LedgerCorruptError } from '../ledger/errors/ledger-corrupt-error.js';
import { LedgerWriteError } from '../ledger/errors/ledger-write-error.js';
import { type HeadRecord, LedgerHead, readLedgerHead } from './internal/ledger-head.js';
import { LedgerImage, repairedReason } from './internal/ledger-image.js';
import { ledgerReads } from './internal/ledger-reads.js';
import type { LedgerChange } from './internal/record-codec.js';
import { recoverInFlight } from './internal/recover-in-flight.js';
import { readSnapshot, writeSnapshot } from './internal/snapshot-file.js';
import { lockStateDirectory, type StateDirectoryLock } from './internal/state-directory-lock.js';
import { syncDirectory } from './internal/sync-directory.js';
import {
  parseWriteAheadLog,
  readWriteAheadLog,
  readWriteAheadLogBytes,
  WriteAheadLog,
} from './internal/write-ahead-log.js';
import type { LedgerStore } from './ledger-store.js';
import type { CommitResult, LedgerTransaction } from './ledger-transaction.js';

/** Options of {@link FileLedgerStore.open}. */
export interface FileLedgerStoreOptions {
  /**
   * The clock for the ledger's own timestamps (`plannedAt`, `updatedAt`, correction times).
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Compact the write-ahead log into a snapshot after this many transactions — once the log has
   * also grown to half the snapshot's size: rewriting the whole ledger then costs at most twice
   * what the log itself wrote, however large the ledger (a catch-up of many small delivery
   * commits over a ledger of megabytes would otherwise rewrite it every `compactEvery` commits).
   * @default 1000
   */
  compactEvery?: number;
  /**
   * …or as soon as the write-ahead log is larger than this many bytes (this bounds the log, and
   * so the time to replay it on open).
   * @default 8388608 (8 MiB)
   */
  compactBytes?: number;
  /**
   * How long (ms) the lock of a process that stopped refreshing it (crashed on another machine
   * sharing the directory) keeps others out. A holder that died on this machine is detected at once.
   * @default 10000
   */
  lockStaleMs?: number;
  /**
   * Open without taking the lock, e.g. for a `status` command beside a running agent: shows the
   * last committed state (a `sending` punch may be in flight in the other process), changes
   * nothing on disk, and refuses `commit`. A missing directory reads as an empty ledger.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Distrust the ledger once: open a damaged one anyway, keeping every record before the damage
   * (the damaged files are copied aside as `*.damaged-<time>.jsonl`), and treat every punch not
   * known to be `sent` as `uncertain` — including punches planned later for instants before the
   * repair — so that KING OF TIME is checked before anything is sent again. Also for a state
   * directory restored from a backup (it does not know what was sent since). A one-off: each
   * open with it makes every unsent punch wait for a read of KING OF TIME.
   * @default false
   */
  repair?: boolean;
  /**
   * The caller knows a ledger was created in this directory before (e.g. it left a marker
   * beside it): when none of its files is there any more, refuse with {@link LedgerCorruptError}
   * instead of starting an empty ledger, which would send again everything already sent.
   * @default false
   */
  expectExisting?: boolean;
}

const walName = 'wal.jsonl';
const headName = 'head.jsonl';
/** How long a read-only open keeps re-reading damage it found while the writer changed the files. */
const readOnlyRetryMs = 5_000;
const snapshotName = 'snapshot.jsonl';

/**
 * The default {@link LedgerStore}: a directory holding a write-ahead log (`wal.jsonl`, one
 * checksummed JSON line per transaction, fsynced before `commit` returns) and a snapshot
 * (`snapshot.jsonl`, replaced atomically by compaction). It survives `kill -9` or a power cut at
 * any instant: on open, a torn last line is dropped (it was never acknowledged), the log is
 * replayed over the snapshot, and punches that were `sending` become `uncertain`. One process at
 * a time: the directory is locked while open.
 *
 * @example
 * ```ts
 * const store = FileLedgerStore.open('/var/lib/pclogin');
 * try {
 *   store.commit({ plan: punches, checkpoints: { smarton: checkpoint } });
 * } finally {
 *   store.close();
 * }
 * ```
 */
export class FileLedgerStore implements LedgerStore {
  /** The state directory (absolute). */
  readonly directory: string;
  private image = new LedgerImage();
  private wal: WriteAheadLog | undefined;
  private head: LedgerHead | undefined;
  private lock: StateDirectoryLock | undefined;
  private closedBecause: string | undefined;
  private sinceSnapshot = 0;
  /** The size of the last snapshot written or read (0: none). */
  private snapshotBytes = 0;
  private readonly now: () => Date;
  private readonly compactEvery: number;
  private readonly compactBytes: number;

  // The queries are the same for every store over a ledger image: one implementation (ledgerReads).
  declare readonly get: LedgerStore['get'];
  declare readonly list: LedgerStore['list'];
  declare readonly counts: LedgerStore['counts'];
  declare readonly due: LedgerStore['due'];
  declare readonly checkpoint: LedgerStore['checkpoint'];
  declare readonly state: LedgerStore['state'];
  declare readonly stateEntries: LedgerStore['stateEntries'];
  declare readonly cache: LedgerStore['cache'];
  declare readonly corrections: LedgerStore['corrections'];

  private constructor(directory: string, options: FileLedgerStoreOptions) {
    this.directory = resolve(directory);
    this.now = options.now ?? (() => new Date());
    this.compactEvery = Math.max(1, options.compactEvery ?? 1000);
    this.compactBytes = Math.max(1, options.compactBytes ?? 8 * 1024 * 1024);
    Object.assign(
      this,
      ledgerReads(() => this.image),
    );
  }

  /**
   * Opens (creating if needed) the ledger in `directory` and locks it.
   * @throws {@link LedgerLockedError} another process has it open;
   *   {@link LedgerCorruptError} it is damaged (see {@link FileLedgerStoreOptions.repair});
   *   {@link LedgerWriteError} it cannot be written.
   */
  static open(directory: string, options: FileLedgerStoreOptions = {}): FileLedgerStore {
    const store = new FileLedgerStore(directory, options);
    if (options.readOnly) {
      store.closedBecause = 'it was opened read-only';
      store.loadReadOnly(options.expectExisting ?? false);
      return store;
    }
    try {
      mkdirSync(store.directory, { recursive: true, mode: 0o700 });
      ownerOnly(store.directory, 0o700);
      store.lock = lockStateDirectory(store.directory, {
        staleMs: options.lockStaleMs ?? 10_000,
        onCompromised: (error) => {
          store.closedBecause = `the lock on ${store.directory} was lost (${error.message}); another process may be using it`;
        },
      });
    } catch (error) {
      // A folder this account may not write (EACCES) is a write failure with its hint, not a raw error.
      if (isPermissionError(error)) throw new LedgerWriteError({ file: store.directory, cause: error });
      throw error;
    }
    try {
      store.load(options.repair ?? false, options.expectExisting ?? false);
      recoverInFlight(store, store.now());
    } catch (error) {
      store.close();
      throw error;
    }
    return store;
  }

  get seq(): number {
    return this.image.seq;
  }

  get stateSeq(): number {
    return this.image.stateSeq;
  }

  commit(transaction: LedgerTransaction): CommitResult {
    if (this.closedBecause) throw new LedgerClosedError(this.closedBecause);
    const wal = this.wal!;
    const { text, change, planned, withdrawn } = this.image.prepare(transaction, this.now());
    wal.append(text);
    this.head?.advance(change.seq);
    this.image.apply(change);
    this.sinceSnapshot++;
    if (
      wal.bytes >= this.compactBytes ||
      (this.sinceSnapshot >= this.compactEvery && wal.bytes >= this.snapshotBytes / 2)
    ) {
      try {
        this.compact();
      } catch {
        // The transaction is safe in the log; compaction is tried again after the next commits.
        this.sinceSnapshot = 0;
      }
    }
    return {
      seq: change.seq,
      planned: planned.map((entry) => ({ ...entry, record: this.image.get(entry.id)! })),
      withdrawn,
    };
  }

  /**
   * Writes a snapshot of the whole ledger and empties the write-ahead log. Runs by itself after
   * {@link FileLedgerStoreOptions.compactEvery} transactions; call it e.g. before a clean stop.
   */
  compact(): void {
    if (this.closedBecause) throw new LedgerClosedError(this.closedBecause);
    this.snapshotBytes = writeSnapshot(join(this.directory, snapshotName), this.image);
    this.wal!.reset();
    this.sinceSnapshot = 0;
  }

  close(): void {
    this.closedBecause ??= 'close() was called';
    this.wal?.close();
    this.wal = undefined;
    this.head?.close();
    this.head = undefined;
    this.lock?.release();
    this.lock = undefined;
  }

  /**
   * Reads the ledger beside a writer without its lock: head, then log, then snapshot. A commit
   * appends to the log and only then moves the head; a compaction renames a new snapshot into
   * place and only then empties the log. So whatever the writer does meanwhile, the snapshot
   * read last holds at least every transaction before the first one in the log read before it:
   * the two always join without a gap, into the state at one transaction, and no read has to be
   * repeated because the writer moved on. Only damage is looked at twice: if the files
   * changed while they were read (the log emptied in the middle of reading it), the read is
   * repeated for a while before the damage is reported.
   */
  private loadReadOnly(expectExisting: boolean): void {
    const snapshotFile = join(this.directory, snapshotName);
    const walFile = join(this.directory, walName);
    const headFile = join(this.directory, headName);
    const identity = () =>
      [snapshotFile, walFile, headFile]
        .map((file) => {
          const stat = statSync(file, { throwIfNoEntry: false });
          return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : 'none';
        })
        .join('|');
    const giveUpAt = Date.now() + readOnlyRetryMs;
    for (;;) {
      const lastTry = Date.now() >= giveUpAt;
      const before = identity();
      try {
        const head = readLedgerHead(headFile);
        const walBytes = readWriteAheadLogBytes(walFile);
        const snapshot = readSnapshot(snapshotFile, { removeTemporary: false });
        if (expectExisting) refuseMissing(this.directory, snapshot, walFile, headFile);
        const image = snapshot ?? new LedgerImage();
        const log = parseWriteAheadLog(walBytes, image.seq);
        for (const change of log.changes) image.apply(change);
        if (log.damage) throw new LedgerCorruptError({ file: walFile, ...log.damage });
        refuseBehindHead(image, head, walFile);
        this.image = image;
        return;
      } catch (error) {
        if (lastTry || !LedgerCorruptError.isInstance(error) || identity() === before) throw error;
      }
    }
  }

  private load(repair: boolean, expectExisting: boolean): void {
    const snapshotFile = join(this.directory, snapshotName);
    const walFile = join(this.directory, walName);
    const headFile = join(this.directory, headName);
    const head = readLedgerHead(headFile);
    let image: LedgerImage;
    try {
      const snapshot = readSnapshot(snapshotFile, { removeTemporary: true });
      if (expectExisting && !repair) refuseMissing(this.directory, snapshot, walFile, headFile);
      image = snapshot ?? new LedgerImage();
    } catch (error) {
      if (!repair || !LedgerCorruptError.isInstance(error)) throw error;
      this.image = new LedgerImage();
      this.repairDamage([snapshotFile, walFile]);
      return;
    }
    this.snapshotBytes = statSync(snapshotFile, { throwIfNoEntry: false })?.size ?? 0;
    const log = readWriteAheadLog(walFile, image.seq);
    for (const change of log.changes) image.apply(change);
    this.image = image;
    if (log.damage && !repair) throw new LedgerCorruptError({ file: walFile, ...log.damage });
    if (!repair) refuseBehindHead(image, head, walFile);
    if (repair) {
      this.repairDamage(log.damage || (head && head.seq > image.seq) ? [walFile] : []);
      return;
    }
    for (const file of [snapshotFile, walFile]) ownerOnly(file, 0o600);
    this.wal = WriteAheadLog.open(walFile, log.validSize);
    // A ledger from before the head file (or one whose head a power cut tore): start one now.
    this.head =
      head && head.seq === image.seq ? LedgerHead.open(headFile) : LedgerHead.create(headFile, image.seq);
  }

  /**
   * Keeps what was read intact, copies any damaged files aside, turns every punch not known to
   * be sent into `uncertain`, and starts a fresh log from a snapshot marked as repaired.
   */
  private repairDamage(damaged: string[]): void {
    const now = this.now();
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    for (const file of damaged) {
      if (!existsSync(file)) continue;
      const copy = file.replace(/\.jsonl$/, `.damaged-${stamp}.jsonl`);
      copyFileSync(file, copy);
      ownerOnly(copy, 0o600);
    }
    const change: LedgerChange = {
      seq: this.image.seq + 1,
      committedAt: now,
      punches: this.image
        .list()
        .filter((punch) => punch.state !== 'sent')
        .map(({ notBefore, retryAt, errorCode, reasonDetail, ...punch }) => ({
          ...punch,
          state: 'uncertain' as const,
          reason: repairedReason,
          reasonDetail: { code: 'ledger-repaired' },
          updatedAt: now,
        })),
      forget: [],
      checkpoints: {},
      state: {},
      caches: {},
      corrections: [],
      repairedAt: now,
    };
    this.image.apply(change);
    this.snapshotBytes = writeSnapshot(join(this.directory, snapshotName), this.image);
    rmSync(join(this.directory, walName), { force: true });
    syncDirectory(this.directory);
    this.wal = WriteAheadLog.open(join(this.directory, walName), 0);
    // The repaired ledger starts a new count from here: the old head is behind us now.
    this.head = LedgerHead.create(join(this.directory, headName), this.image.seq);
  }
}

/**
 * A ledger that was created here before is gone (the caller left a marker beside it): starting
 * an empty one would send again everything it had sent.
 */
function refuseMissing(
  directory: string,
  snapshot: LedgerImage | undefined,
  walFile: string,
  headFile: string,
): void {
  if (snapshot || existsSync(walFile) || existsSync(headFile)) return;
  throw new LedgerCorruptError({
    file: directory,
    reason:
      'the ledger is missing (its folder or files were deleted or moved, or a backup without it was restored) — it can no longer tell what was already sent',
  });
}

/**
 * The log and snapshot end before the last transaction the head recorded: they were emptied,
 * deleted, overwritten or cut back (a crash only ever tears the one unacknowledged last write,
 * which the head never recorded).
 */
function refuseBehindHead(image: LedgerImage, head: HeadRecord | undefined, walFile: string): void {
  if (!head || image.seq >= head.seq) return;
  throw new LedgerCorruptError({
    file: walFile,
    reason: `it ends at transaction ${image.seq}, but transaction ${head.seq} was committed (the log or the snapshot was emptied, deleted, overwritten or cut back)`,
  });
}

function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** Makes a file or folder readable by its owner only (POSIX modes; Windows ACLs are set at installation). */
function ownerOnly(path: string, mode: number): void {
  if (process.platform === 'win32') return;
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && (stat.mode & 0o777) !== mode) chmodSync(path, mode);
  } catch {
    // Not ours to change (another owner): the folder's own mode still keeps others out.
  }
}
