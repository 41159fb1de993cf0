// A damaged or lost ledger must refuse to send (it no longer knows what was sent), while a write
// torn by a crash — only ever the one unacknowledged last line — is still dropped silently.

import { randomBytes } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFileLedgers } from '../../test/support/file-ledgers.js';
import { punch } from '../../test/support/punches.js';
import { LedgerCorruptError } from '../ledger/errors/ledger-corrupt-error.js';
import { markSending, markSent } from '../ledger/internal/transitions.js';
import { FileLedgerStore, type FileLedgerStoreOptions } from './file-ledger-store.js';

const { clock, open, tempDirectory } = useFileLedgers();

/** A ledger with `count` punches sent (each: planned, sending, sent), optionally compacted at the end. */
function sentLedger(count: number, compact = false): string {
  const directory = join(tempDirectory('pclogin-damage-'), 'ledger');
  const store = FileLedgerStore.open(directory, { now: clock.now });
  for (let i = 0; i < count; i++) {
    const p = punch(`E${i}`, '2024-02-07', 'clockIn', '2024-02-07T09:00:00+09:00');
    store.commit({ plan: [p] });
    store.commit({ punches: [markSending(store.get(p.id)!, clock.now())] });
    store.commit({ punches: [markSent(store.get(p.id)!, clock.now(), 'response')] });
  }
  if (compact) {
    store.compact();
    store.commit({ checkpoints: { after: 1 } });
  }
  store.close();
  return directory;
}

function refusal(directory: string, options: FileLedgerStoreOptions = {}): unknown {
  try {
    open(directory, options);
  } catch (error) {
    return error;
  }
  throw new Error('the damaged ledger was opened');
}

const wal = (directory: string) => join(directory, 'wal.jsonl');

const damages: [string, (directory: string) => void, FileLedgerStoreOptions?][] = [
  ['the log filled with random bytes', (d) => writeFileSync(wal(d), randomBytes(statSync(wal(d)).size))],
  ['the log filled with zeros', (d) => writeFileSync(wal(d), Buffer.alloc(statSync(wal(d)).size))],
  ['the log emptied', (d) => writeFileSync(wal(d), '')],
  ['the log deleted', (d) => rmSync(wal(d))],
  ['the log cut in half', (d) => truncateSync(wal(d), Math.floor(statSync(wal(d)).size / 2))],
  [
    'the log without its last acknowledged line',
    (d) => {
      const text = readFileSync(wal(d), 'utf8');
      writeFileSync(wal(d), text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
    },
  ],
  ['the whole ledger folder deleted', (d) => rmSync(d, { recursive: true }), { expectExisting: true }],
];

describe('a damaged or lost ledger', () => {
  it.each(damages)('refuses %s with LEDGER_CORRUPT and changes nothing', (_, damage, options = {}) => {
    const directory = sentLedger(20);
    damage(directory);
    const before = (() => {
      try {
        return readFileSync(wal(directory));
      } catch {
        return undefined;
      }
    })();
    const error = refusal(directory, options);
    expect(LedgerCorruptError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/repair/);
    const after = (() => {
      try {
        return readFileSync(wal(directory));
      } catch {
        return undefined;
      }
    })();
    expect(after).toEqual(before);
    // A read-only look (status, doctor) says the same.
    expect(LedgerCorruptError.isInstance(refusal(directory, { ...options, readOnly: true }))).toBe(true);
  });

  it('refuses a snapshot deleted after compaction', () => {
    const directory = sentLedger(20, true);
    rmSync(join(directory, 'snapshot.jsonl'));
    expect(LedgerCorruptError.isInstance(refusal(directory))).toBe(true);
  });

  it('refuses a snapshot and log both deleted after compaction', () => {
    const directory = sentLedger(20, true);
    rmSync(join(directory, 'snapshot.jsonl'));
    rmSync(wal(directory));
    expect(LedgerCorruptError.isInstance(refusal(directory))).toBe(true);
  });

  it('opens with repair: what is left is kept, every unsent punch waits for KING OF TIME, and it works on', () => {
    const directory = sentLedger(20);
    truncateSync(wal(directory), Math.floor(statSync(wal(directory)).size / 2));
    chmodSync(wal(directory), 0o644); // as an older version left it
    const repaired = open(directory, { repair: true });
    const copies = readdirSync(directory).filter((name) => name.startsWith('wal.damaged-'));
    expect(copies).toHaveLength(1);
    if (process.platform !== 'win32') expect(statSync(join(directory, copies[0]!)).mode & 0o777).toBe(0o600);
    expect(repaired.list().every((p) => p.state === 'sent' || p.state === 'uncertain')).toBe(true);
    repaired.commit({ checkpoints: { after: 1 } });
    repaired.close();
    expect(open(directory).checkpoint('after')).toBe(1);
  });

  it('opens a missing ledger with repair when a marker said it existed', () => {
    const directory = sentLedger(2);
    rmSync(directory, { recursive: true });
    const store = open(directory, { expectExisting: true, repair: true });
    expect(store.seq).toBe(1);
    store.close();
    expect(open(directory, { expectExisting: true }).seq).toBe(1);
  });

  it('still drops a torn unacknowledged last write (a crash mid-commit)', () => {
    const directory = sentLedger(3);
    const intact = readFileSync(wal(directory));
    writeFileSync(wal(directory), Buffer.concat([intact, Buffer.from('1a2b3c4d {"seq":10,"comm')]));
    expect(open(directory).seq).toBe(9);
  });

  it('still drops a zero-filled unacknowledged last write', () => {
    const directory = sentLedger(3);
    const intact = readFileSync(wal(directory));
    writeFileSync(wal(directory), Buffer.concat([intact, Buffer.alloc(4096)]));
    expect(open(directory).seq).toBe(9);
  });

  it('starts a fresh ledger where none was expected, and creates it owner-only', () => {
    const directory = join(tempDirectory('pclogin-damage-'), 'ledger');
    const store = open(directory);
    store.commit({ checkpoints: { a: 1 } });
    store.compact();
    store.commit({ checkpoints: { a: 2 } });
    store.close();
    if (process.platform !== 'win32') {
      expect(statSync(directory).mode & 0o777).toBe(0o700);
      for (const file of ['wal.jsonl', 'snapshot.jsonl', 'head.jsonl'])
        expect(statSync(join(directory, file)).mode & 0o777).toBe(0o600);
    }
  });

  it('opens a ledger written before the head file existed, and records its head from then on', () => {
    const directory = sentLedger(2);
    rmSync(join(directory, 'head.jsonl'));
    const store = open(directory);
    expect(store.seq).toBe(6);
    store.close();
    writeFileSync(wal(directory), '');
    expect(LedgerCorruptError.isInstance(refusal(directory))).toBe(true);
  });
});
