import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_WRITER_SLOTS, expectedSlotTimes } from '../../test/fixtures/busy-writer-slots.js';
import { killHard, spawnScript, waitForLine } from '../../test/support/child.js';
import { useFileLedgers } from '../../test/support/file-ledgers.js';
import { punch } from '../../test/support/punches.js';
import { LedgerCorruptError } from '../ledger/errors/ledger-corrupt-error.js';
import { LedgerLockedError } from '../ledger/errors/ledger-locked-error.js';
import { markSending, markSent } from '../ledger/internal/transitions.js';
import { FileLedgerStore, type FileLedgerStoreOptions } from './file-ledger-store.js';
import { LedgerHead } from './internal/ledger-head.js';
import { ledgerLockStatus } from './ledger-lock-status.js';

const { clock, open, tempDirectory } = useFileLedgers();

const a = punch('0001', '2024-02-07', 'clockIn', '2024-02-07T09:03:12+09:00');
const b = punch('0002', '2024-02-07', 'clockIn', '2024-02-07T09:10:00+09:00');
const c = punch('0003', '2024-02-07', 'clockIn', '2024-02-07T09:20:00+09:00');

/** Three committed transactions: a planned; b planned; a sent. */
function threeTransactions(directory: string, options: FileLedgerStoreOptions = {}) {
  const store = open(directory, options);
  store.commit({ plan: [a], checkpoints: { src: 1 } });
  store.commit({ plan: [b], checkpoints: { src: 2 } });
  store.commit({ punches: [markSending(store.get(a.id)!, clock.now())] });
  store.commit({ punches: [markSent(store.get(a.id)!, clock.now(), 'response')], checkpoints: { src: 3 } });
  store.close();
  return join(directory, 'wal.jsonl');
}

describe('FileLedgerStore recovery', () => {
  it('drops a torn last line (no newline) and keeps appending cleanly', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const intact = readFileSync(wal);
    appendFileSync(wal, '1a2b3c4d {"seq":5,"committedAt":"2024-02-07T1');

    const store = open(directory);
    expect(store.seq).toBe(4);
    expect(store.checkpoint('src')).toBe(3);
    expect(readFileSync(wal)).toEqual(intact); // the torn bytes are gone before anything is appended
    store.commit({ plan: [c] });
    store.close();
    expect(open(directory).get(c.id)?.state).toBe('planned');
  });

  it('drops a complete last line whose checksum does not match (a write cut short by a power loss)', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const lines = readFileSync(wal, 'utf8').split('\n');
    const last = lines.at(-2)!;
    lines[lines.length - 2] = last.replace('"src":3', '"src":9');
    writeFileSync(wal, lines.join('\n'));
    // The crash came before the commit returned, so the head never recorded transaction 4.
    LedgerHead.create(join(directory, 'head.jsonl'), 3).close();

    const store = open(directory);
    // Transaction 4 (a sent) is dropped; a was sending, so it is uncertain (transaction 4 anew).
    expect(store.get(a.id)).toMatchObject({
      state: 'uncertain',
      reason: expect.stringMatching(/stopped while sending/),
    });
    expect(store.seq).toBe(4);
    expect(store.checkpoint('src')).toBe(2);
  });

  it('drops a zero-filled tail (the file grew but its data never reached the disk)', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    appendFileSync(wal, Buffer.alloc(300));
    expect(open(directory).seq).toBe(4);
  });

  it('refuses a damaged line followed by valid ones, naming file and line, and changes nothing', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const lines = readFileSync(wal, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('0002', '0009');
    writeFileSync(wal, lines.join('\n'));
    const before = readFileSync(wal);

    const error = (() => {
      try {
        open(directory);
      } catch (caught) {
        return caught;
      }
    })();
    expect(LedgerCorruptError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'LEDGER_CORRUPT', file: wal, line: 2, reason: 'checksum mismatch' });
    expect(readFileSync(wal)).toEqual(before);
    expect(readdirSync(directory)).not.toContain('ledger.lock'); // the lock is released again
  });

  it('refuses a missing transaction', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const lines = readFileSync(wal, 'utf8').split('\n');
    lines.splice(1, 1);
    writeFileSync(wal, lines.join('\n'));
    expect(() => open(directory)).toThrow(/transaction 2 is missing/);
  });

  it('repairs on request: keeps what is intact, checks every unsent punch against KING OF TIME first', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const lines = readFileSync(wal, 'utf8').split('\n');
    lines[2] = `x${lines[2]!.slice(1)}`; // damage the `sending` of a; its `sent` follows
    writeFileSync(wal, lines.join('\n'));
    clock.set('2024-02-08T00:00:00Z');

    const store = open(directory, { repair: true });
    expect(store.get(a.id)?.state).toBe('uncertain'); // its sending/sent were in the damaged part
    expect(store.get(b.id)).toMatchObject({ state: 'uncertain', reason: expect.stringMatching(/repaired/) });
    expect(store.checkpoint('src')).toBe(2);
    expect(readdirSync(directory).some((name) => /^wal\.damaged-.*\.jsonl$/.test(name))).toBe(true);
    // A punch re-planned from re-read logs for an instant before the repair is checked too, not sent blindly.
    const planned = store.commit({
      plan: [c, punch('0004', '2024-02-09', 'clockIn', '2024-02-09T09:00:00+09:00')],
    });
    expect(planned.planned.map((p) => p.record.state)).toEqual(['uncertain', 'planned']);
    store.close();

    const reopened = open(directory); // the repair is durable: no damage left, no repair flag needed
    expect(reopened.get(c.id)?.state).toBe('uncertain');
  });

  it('distrusts an intact ledger on request (a state directory restored from a backup)', () => {
    const directory = tempDirectory();
    threeTransactions(directory);
    const store = open(directory, { repair: true });
    expect(store.get(a.id)?.state).toBe('sent');
    expect(store.get(b.id)?.state).toBe('uncertain');
    expect(store.commit({ plan: [c] }).planned[0]?.record.state).toBe('uncertain');
    expect(readdirSync(directory).filter((name) => name.includes('damaged'))).toEqual([]);
  });

  it('ignores a snapshot that was written but not yet renamed into place', () => {
    const directory = tempDirectory();
    threeTransactions(directory);
    writeFileSync(join(directory, 'snapshot.jsonl.tmp'), '00000000 {"type":"header"');
    const store = open(directory);
    expect(store.seq).toBe(4);
    expect(existsSync(join(directory, 'snapshot.jsonl.tmp'))).toBe(false);
  });

  it('skips log lines a snapshot already holds (a crash between the rename and emptying the log)', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const fullLog = join(directory, 'full-log');
    copyFileSync(wal, fullLog);
    const store = open(directory);
    store.compact();
    expect(readFileSync(wal, 'utf8')).toBe('');
    store.close();
    copyFileSync(fullLog, wal);

    const reopened = open(directory);
    expect(reopened.seq).toBe(4);
    expect(reopened.get(a.id)?.state).toBe('sent');
    reopened.commit({ plan: [c] });
    reopened.close();
    expect(open(directory).seq).toBe(5);
  });

  it('compacts by itself and reads snapshot plus log back', () => {
    const directory = tempDirectory();
    const store = open(directory, { compactEvery: 3 });
    for (let i = 0; i < 7; i++)
      store.commit({
        checkpoints: { src: i },
        plan: [punch(`E${i}`, '2024-02-07', 'clockIn', '2024-02-07T00:00:00Z')],
      });
    expect(readFileSync(join(directory, 'wal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    const list = store.list();
    store.close();
    const reopened = open(directory);
    expect(reopened.seq).toBe(7);
    expect(reopened.list()).toEqual(list);
    expect(reopened.checkpoint('src')).toBe(6);
  });

  it('waits for the log to reach half the snapshot before compacting a large ledger', () => {
    const directory = tempDirectory();
    const store = open(directory, { compactEvery: 2 });
    const walLines = () =>
      readFileSync(join(directory, 'wal.jsonl'), 'utf8').split('\n').filter(Boolean).length;
    store.commit({ state: { big: 'x'.repeat(100_000) } });
    store.commit({ checkpoints: { src: 0 } }); // two commits over no snapshot: compacted
    expect(walLines()).toBe(0);
    for (let i = 1; i <= 10; i++) store.commit({ checkpoints: { src: i } });
    expect(walLines()).toBe(10); // small commits over a 100 kB snapshot: not yet
    store.commit({ state: { more: 'y'.repeat(60_000) } });
    expect(walLines()).toBe(0); // the log reached half the snapshot
    store.close();
    const reopened = open(directory);
    expect(reopened.checkpoint('src')).toBe(10);
    expect(reopened.state('more')).toHaveLength(60_000);
    reopened.close();
    const bounded = open(directory, { compactEvery: 1000, compactBytes: 1000 });
    bounded.commit({ checkpoints: { src: 'z'.repeat(1000) } });
    expect(walLines()).toBe(0); // the byte bound holds whatever the count
    bounded.close();
  });

  it('refuses a damaged snapshot, and repairs from nothing on request', () => {
    const directory = tempDirectory();
    const store = open(directory);
    store.commit({ plan: [a] });
    store.compact();
    store.close();
    const snapshot = join(directory, 'snapshot.jsonl');
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('0001', '0007'));
    expect(() => open(directory)).toThrow(LedgerCorruptError);

    const repaired = open(directory, { repair: true });
    expect(repaired.list()).toEqual([]);
    expect(repaired.commit({ plan: [a] }).planned[0]?.record.state).toBe('uncertain');
  });
});

describe('FileLedgerStore read-only', () => {
  it('reads the committed state beside the writer, changes nothing, refuses commits', () => {
    const directory = tempDirectory();
    const wal = threeTransactions(directory);
    const writer = open(directory); // holds the lock
    writer.commit({ plan: [c] });
    appendFileSync(wal, '0badc0de {"seq":6'); // as if the writer were in the middle of an append
    const onDisk = readFileSync(wal);

    const reader = FileLedgerStore.open(directory, { readOnly: true });
    expect(reader.seq).toBe(writer.seq);
    expect(reader.get(c.id)?.state).toBe('planned');
    expect(reader.checkpoint('src')).toBe(3);
    expect(() => reader.commit({ plan: [c] })).toThrow(/read-only/);
    expect(() => reader.compact()).toThrow(/read-only/);
    reader.close();
    expect(readFileSync(wal)).toEqual(onDisk); // the torn tail is the writer's business
  });

  it('leaves a missing directory missing', () => {
    const directory = join(tempDirectory(), 'not-yet');
    const reader = FileLedgerStore.open(directory, { readOnly: true });
    expect(reader.counts().planned).toBe(0);
    expect(existsSync(directory)).toBe(false);
  });

  it('always reads a consistent state while another process commits and compacts', async () => {
    const directory = tempDirectory();
    const child = spawnScript('test/fixtures/busy-writer.ts', [directory]);
    try {
      await waitForLine(child, 'ready');
      let last = 0;
      const counts = new Set<number>();
      // 150 reads at least, and on until they have seen the writer move (and compact: every few
      // dozen commits) many times, whatever the pace of either on a busy machine.
      for (let i = 0; i < 150 || counts.size < 30 || last <= BUSY_WRITER_SLOTS; i++) {
        const reader = FileLedgerStore.open(directory, { readOnly: true });
        const count = (reader.checkpoint('count') as number | undefined) ?? 0;
        // Every transaction up to the checkpoint's, and none after it: each slot at its last commit.
        const held = new Map(reader.list().map((p) => [p.employeeCode, p.at.getTime()]));
        expect(held).toEqual(expectedSlotTimes(count));
        expect(count).toBeGreaterThanOrEqual(last);
        last = count;
        counts.add(count);
      }
      expect(counts.size).toBeGreaterThanOrEqual(30);
    } finally {
      await killHard(child);
    }
  });
});

describe('FileLedgerStore lock', () => {
  it('lets one store at a time use a directory', () => {
    const directory = tempDirectory();
    const first = open(directory);
    expect(() => open(directory)).toThrow(LedgerLockedError);
    first.close();
    expect(open(directory).seq).toBe(0);
  });

  it('refuses a directory another live process holds, and takes it over at once when that process is killed', async () => {
    const directory = tempDirectory();
    const child = spawnScript('test/fixtures/hold-ledger.ts', [directory]);
    try {
      await waitForLine(child, 'ready');
      let refused: unknown;
      try {
        open(directory);
      } catch (error) {
        refused = error;
      }
      expect(refused).toMatchObject({ name: 'LedgerLockedError', owner: { pid: child.pid } });
      expect((refused as Error).message).toContain(`process ${child.pid}`);

      await killHard(child);
      const store = open(directory); // no waiting for the lock to go stale
      expect(store.checkpoint('holder')).toBe(child.pid);
    } finally {
      await killHard(child);
    }
  });

  // A systemd unit restarts 10 s after a crash: the lock is older than `lockStaleMs` by then.
  // The lock directory's mtime is set back instead of waiting (proper-lockfile judges by it).
  it.each([0, 5, 15, 60])(
    'starts again %i s after its holder was killed with SIGKILL, and doctor sees the stale lock',
    async (seconds) => {
      const directory = tempDirectory();
      const child = spawnScript('test/fixtures/hold-ledger.ts', [directory]);
      try {
        await waitForLine(child, 'ready');
        await killHard(child);
        const lockPath = join(directory, 'ledger.lock');
        const then = new Date(Date.now() - seconds * 1000);
        utimesSync(lockPath, then, then);
        expect(ledgerLockStatus(directory)).toMatchObject({
          state: 'stale',
          owner: { pid: child.pid },
          // Why, as a code and values too (doctor says it in the reader's language).
          reasonDetail:
            seconds > 10
              ? { code: 'lock-not-refreshed', values: { seconds: expect.any(Number) } }
              : { code: 'lock-owner-gone', values: { pid: child.pid } },
        });
        const store = open(directory);
        expect(store.checkpoint('holder')).toBe(child.pid);
        expect(ledgerLockStatus(directory)).toMatchObject({ state: 'held', owner: { pid: process.pid } });
        expect(readdirSync(directory).filter((name) => name.startsWith('ledger.lock'))).toEqual([
          'ledger.lock',
        ]);
        store.close();
        expect(ledgerLockStatus(directory)).toEqual({ state: 'free' });
      } finally {
        await killHard(child);
      }
    },
  );

  it('refuses a lock whose holder runs, and doctor sees it held', async () => {
    const directory = tempDirectory();
    const child = spawnScript('test/fixtures/hold-ledger.ts', [directory]);
    try {
      await waitForLine(child, 'ready');
      expect(ledgerLockStatus(directory)).toMatchObject({ state: 'held', owner: { pid: child.pid } });
      expect(() => open(directory)).toThrow(LedgerLockedError);
    } finally {
      await killHard(child);
    }
  });

  it('takes over a lock left without an owner by a process killed right after taking it', () => {
    const directory = tempDirectory();
    open(directory).close();
    mkdirSync(join(directory, 'ledger.lock')); // the lock taken, the owner file not yet written
    const store = open(directory, { lockStaleMs: 200 }); // an ownerless lock gets a tenth of that
    expect(store.seq).toBe(0);
    // And it holds it. Asked with the default staleness (10 s), not 200 ms: a pause of a busy
    // machine between these lines must not make the fresh lock look stale.
    expect(() => open(directory)).toThrow(LedgerLockedError);
    store.close();
  });
});
