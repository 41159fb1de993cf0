import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, punch } from '../../test/support/punches.js';
import { markSending, markSent } from '../ledger/internal/transitions.js';
import { FileLedgerStore } from './file-ledger-store.js';

// The snapshot's lines are the ledger's on-disk format: however the ledger is kept in memory, a
// snapshot written by an earlier version must open unchanged, and what this version writes must
// be the very lines an earlier version wrote (so it can still read them).

const fixture = join(
  import.meta.dirname,
  '__fixtures__',
  'snapshot-written-before-packing',
  'snapshot.jsonl',
);
const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});
const temporaryDirectory = () => {
  const directory = mkdtempSync(join(tmpdir(), 'pclogin-snapshot-'));
  directories.push(directory);
  return directory;
};
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const json = (line: string) => JSON.parse(line.slice(9));

describe('snapshot format', () => {
  it('opens a snapshot written before settled punches were packed, and writes the same lines back', () => {
    const directory = temporaryDirectory();
    copyFileSync(fixture, join(directory, 'snapshot.jsonl'));
    const store = FileLedgerStore.open(directory);
    const written = lines(fixture);
    const punches = written.map(json).filter((entry) => entry.type === 'punch');
    expect(punches.map((entry) => entry.value.state)).toEqual(
      expect.arrayContaining(['sent', 'failed', 'planned', 'uncertain']),
    );
    for (const { value } of punches) expect(JSON.stringify(store.get(value.id))).toBe(JSON.stringify(value));
    expect(store.list().map((p) => JSON.stringify(p))).toEqual(
      punches
        .map((entry) => entry.value)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1))
        .map((value) => JSON.stringify(value)),
    );
    expect(store.counts()).toEqual({ planned: 2, sending: 0, sent: 3, failed: 1, uncertain: 1 });
    expect(
      store.list({ state: 'sent', employeeCode: '0001', from: '2024-02-28', to: '2024-02-28' }),
    ).toHaveLength(2);
    store.compact();
    store.close();
    const rewritten = lines(join(directory, 'snapshot.jsonl'));
    expect(rewritten[0]).toBe(written[0]);
    expect(rewritten.slice(1).sort()).toEqual(written.slice(1).sort());
  });

  it('reads back a snapshot larger than its read buffer, with a value larger than the buffer', () => {
    const directory = temporaryDirectory();
    const clock = manualClock();
    let store = FileLedgerStore.open(directory, { now: clock.now });
    const planned = Array.from({ length: 3000 }, (_, i) =>
      punch(String(i).padStart(4, '0'), '2024-02-07', 'clockIn', '2024-02-07T00:03:12Z'),
    );
    store.commit({ plan: planned, state: { big: 'é'.repeat(1_500_000) } });
    store.commit({ punches: planned.map((p) => markSending(store.get(p.id)!, clock.now())) });
    store.commit({
      punches: planned.slice(0, 2000).map((p) => markSent(store.get(p.id)!, clock.now(), 'response')),
    });
    store.compact();
    expect(readFileSync(join(directory, 'snapshot.jsonl')).length).toBeGreaterThan(3 << 20);
    const before = { list: store.list(), seq: store.seq };
    store.close();
    store = FileLedgerStore.open(directory, { readOnly: true });
    expect({ list: store.list(), seq: store.seq }).toEqual(before);
    expect(store.state('big')).toBe('é'.repeat(1_500_000));
    store.close();
  });
});
