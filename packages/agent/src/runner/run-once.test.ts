import {
  type EmployeeDirectory,
  type LogEvent,
  type LogSource,
  type LogSourceBatch,
  MemoryLedgerStore,
} from '@pclogin/core';
import { createKotClient } from '@pclogin/kot-client';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createKotPunchSink } from '../kot/create-kot-punch-sink.js';
import { runOnce } from './run-once.js';

const TOKEN = 'RunOnce000000000000000000000tokn';
const directory: EmployeeDirectory = {
  employees: [
    { code: '0001', key: 'a'.repeat(64), divisionCode: 'N' },
    { code: '0002', key: 'b'.repeat(64), divisionCode: 'D' },
  ],
  divisions: [
    { code: 'N', dayBorderTime: '05:00' },
    { code: 'D', dayBorderTime: '00:00' },
  ],
};
const links = new Map([
  ['1001', '0001'],
  ['1002', '0002'],
]);
const NOW = new Date('2024-03-20T12:00:00+09:00');
const at = (iso: string) => new Date(`${iso}+09:00`);
const event = (account: string, when: string, kind: LogEvent['kind'] = 'logon', line = 1): LogEvent => ({
  account,
  at: at(when),
  kind,
  raw: kind,
  source: { file: 'log.csv', line },
});

/** A source that hands out prepared batches, one per read, resuming from its checkpoint. */
function scripted(batches: Omit<LogSourceBatch, 'checkpoint' | 'done'>[]): LogSource {
  return {
    name: 'scripted',
    async read(checkpoint) {
      const index = typeof checkpoint === 'number' ? checkpoint : 0;
      const batch = batches[index] ?? { events: [], issues: [] };
      return { ...batch, checkpoint: Math.min(index + 1, batches.length), done: index + 1 >= batches.length };
    },
  };
}

let sim: KotSimulator;
beforeEach(async () => {
  sim = await startKotSimulator({
    token: TOKEN,
    clock: () => NOW,
    seed: {
      company: { key: 'k', code: 'abc', name: 'A' },
      divisions: [
        { code: 'N', name: '工場', dayBorderTime: '05:00' },
        { code: 'D', name: '本社', dayBorderTime: '00:00' },
      ],
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: directory.employees.map((e) => ({
        code: e.code,
        key: e.key,
        lastName: 'x',
        firstName: 'y',
        divisionCode: e.divisionCode!,
        typeCode: '1',
      })),
    },
  });
});
afterEach(async () => {
  await sim.close();
});

const options = (source: LogSource, store = new MemoryLedgerStore()) => ({
  source,
  store,
  sink: createKotPunchSink({
    client: createKotClient({
      token: TOKEN,
      baseUrl: sim.baseUrl,
      proxy: false,
      rateLimit: false,
      retry: false,
      // The scenario's instant, not the wall clock: KING OF TIME's restricted hours (17:30–18:30
      // JST among others) must not decide whether this test's reads are sent.
      clock: { now: () => NOW, sleep: async () => {} },
    }),
    directory: () => directory,
  }),
  resolveEmployee: (account: string) => links.get(account),
  directory,
  clock: () => NOW,
});

test('a night shift split across batches of a backlog gets its true last log as 退勤', async () => {
  const source = scripted([
    {
      events: [event('1001', '2024-03-04T20:01:00'), event('1001', '2024-03-04T23:10:00', 'lock')],
      issues: [],
    },
    {
      events: [
        event('1001', '2024-03-05T00:40:00', 'unlock'),
        event('1001', '2024-03-05T04:02:00', 'logoff'),
      ],
      issues: [],
    },
    // The logs move past the day's end (05:00) and the grace period: the day is closed.
    {
      events: [event('1002', '2024-03-05T08:55:00'), event('1002', '2024-03-05T18:01:00', 'logoff')],
      issues: [],
    },
    { events: [event('1002', '2024-03-06T08:50:00')], issues: [] },
  ]);
  const report = await runOnce(options(source));
  expect(report).toMatchObject({ events: 7, sent: 5, failed: 0, corrections: 1 });
  expect(sim.timerecords('0001').map((r) => [r.date, r.code, r.time])).toEqual([
    ['2024-03-04', '1', '2024-03-04T20:01:00+09:00'],
    ['2024-03-04', '2', '2024-03-05T04:02:00+09:00'],
  ]);
  // 0002's last day has a single log so far: 出勤 only, listed as a correction once the day is over.
  expect(sim.timerecords('0002').map((r) => [r.date, r.code])).toEqual([
    ['2024-03-05', '1'],
    ['2024-03-05', '2'],
    ['2024-03-06', '1'],
  ]);
});

test('reports accounts without links and the source’s problems; sends nothing for them', async () => {
  const source = scripted([
    {
      events: [
        event('1001', '2024-03-04T20:00:00'),
        event('guest', '2024-03-04T10:00:00'),
        event('guest', '2024-03-05T10:00:00'),
      ],
      issues: [{ file: 'log.csv', line: 9, severity: 'error', code: 'bad-timestamp', reason: 'bad time' }],
    },
  ]);
  const report = await runOnce(options(source));
  expect(report.unlinked).toEqual([{ account: 'guest', events: 2, workdays: ['2024-03-04', '2024-03-05'] }]);
  expect(report.issues).toEqual([
    { file: 'log.csv', line: 9, severity: 'error', code: 'bad-timestamp', reason: 'bad time' },
  ]);
  expect(sim.timerecords().map((r) => r.employeeCode)).toEqual(['0001']);
});

test('deliver: false plans and commits without sending; the next pass sends, once', async () => {
  const store = new MemoryLedgerStore();
  const source = scripted([
    {
      events: [event('1002', '2024-03-05T08:55:00'), event('1002', '2024-03-05T18:01:00', 'logoff')],
      issues: [],
    },
  ]);
  const planned = await runOnce({ ...options(source, store), deliver: false });
  expect(planned).toMatchObject({ planned: 2, sent: 0 });
  expect(store.counts().planned).toBe(2);
  expect(sim.requests).toHaveLength(0);
  await runOnce(options(source, store));
  await runOnce(options(source, store));
  expect(sim.timerecords()).toHaveLength(2);
});

test('planWhenIdle: false — a pass with nothing new commits nothing', async () => {
  const store = new MemoryLedgerStore();
  const source = scripted([
    {
      events: [event('1002', '2024-03-05T08:55:00'), event('1002', '2024-03-05T18:01:00', 'logoff')],
      issues: [],
    },
  ]);
  await runOnce(options(source, store));
  const seq = store.seq;
  const idle = await runOnce({ ...options(source, store), planWhenIdle: false });
  expect(idle.planRan).toBe(false);
  expect(store.seq).toBe(seq);
  const planned = await runOnce(options(source, store));
  expect(planned.planRan).toBe(true);
  expect(store.seq).toBeGreaterThan(seq);
});

test('a stop signal reaches the source read, which returns early; nothing is sent and the pass ends', async () => {
  const store = new MemoryLedgerStore();
  const controller = new AbortController();
  const seen: (AbortSignal | undefined)[] = [];
  const source: LogSource = {
    name: 'slow',
    async read(_checkpoint, limits) {
      seen.push(limits.signal);
      controller.abort(); // SIGTERM while the source reads a large file
      // A source honouring the signal stops with what it has and says it is not done.
      return {
        events: [event('1002', '2024-03-05T08:55:00'), event('1002', '2024-03-05T18:01:00', 'logoff')],
        issues: [],
        checkpoint: 1,
        done: limits.signal?.aborted ? false : true,
      };
    },
  };
  const report = await runOnce({ ...options(source, store), signal: controller.signal });
  expect(seen).toEqual([controller.signal]);
  expect(report.sent).toBe(0);
  expect(sim.requests).toHaveLength(0);
  expect(store.checkpoint('slow')).toBe(1); // what was read is kept with its checkpoint
});
