// `run --once` (runAgent with `once`): retries and reconciliation within a bounded time, then
// either nothing deliverable is left or the report says what is (exit status 3 in the CLI).
// The clock is a manual one that the agent's waits move forward: no real sleeps.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LogEvent, type LogSource, MemoryLedgerStore, writeLinksCsv } from '@pclogin/core';
import { createKotClient } from '@pclogin/kot-client';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAgent } from './run-agent.js';

const TOKEN = 'RunAgentOnce00000000000000000tkn';
const START = Date.parse('2024-03-20T12:00:00+09:00');
const staff = ['0001', '0002', '0003'].map((code, i) => ({
  code,
  key: String(i + 1).repeat(64),
  account: `user${code}`,
}));

let sim: KotSimulator;
let dir: string;
let now = START;
const clock = () => new Date(now);
/** The agent's and the client's waits move the clock instead of taking time. */
const waits: number[] = [];
const sleep = async (ms: number) => {
  waits.push(ms);
  now += ms;
};

beforeEach(async () => {
  now = START;
  waits.length = 0;
  sim = await startKotSimulator({
    token: TOKEN,
    clock,
    restrictedHours: false,
    seed: {
      company: { key: 'k', code: 'abc', name: 'A' },
      divisions: [{ code: 'D', name: '本社', dayBorderTime: '00:00' }],
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: staff.map((p) => ({
        code: p.code,
        key: p.key,
        lastName: 'x',
        firstName: 'y',
        divisionCode: 'D',
        typeCode: '1',
      })),
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'pclogin-run-agent-once-'));
  await writeFile(
    join(dir, 'links.csv'),
    writeLinksCsv(
      staff.map((p) => ({
        linkType: 'SmartOn ID連携',
        typeCode: '1',
        employeeCode: p.code,
        name: 'x y',
        serviceAccount: p.account,
      })),
    ),
  );
});
afterEach(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

/** One batch: each employee logs on at 09:0x today (a 出勤 each, due at once). */
const source: LogSource = {
  name: 'scripted',
  async read(checkpoint) {
    if (checkpoint === 1) return { events: [], issues: [], checkpoint: 1, done: true };
    const events: LogEvent[] = staff.map((p, i) => ({
      account: p.account,
      at: new Date(Date.parse(`2024-03-20T09:0${i}:00+09:00`)),
      kind: 'logon',
      raw: 'logon',
      source: { file: 'log.csv', line: i + 1 },
    }));
    return { events, issues: [], checkpoint: 1, done: true };
  },
};

function once(extra: { onceMaxWaitMs?: number } = {}) {
  return runAgent({
    source,
    store: new MemoryLedgerStore({ now: clock }),
    client: createKotClient({
      token: TOKEN,
      baseUrl: sim.baseUrl,
      proxy: false,
      rateLimit: false,
      retry: false,
      clock: { now: clock, sleep },
    }),
    linksFile: join(dir, 'links.csv'),
    once: true,
    clock,
    sleep,
    ...extra,
  });
}

const held = () => sim.timerecords().map((r) => r.employeeCode);

test('a 503 to one punch: the others go on, it is checked once settled and sent again, exit clean', async () => {
  sim.faults.add({ kind: 'status', status: 503, match: { method: 'POST' } });
  const report = await once();
  expect(report?.incomplete).toBeUndefined();
  expect(report).toMatchObject({ sent: 3, uncertain: 1, reconciledAbsent: 1, failed: 0 });
  expect(held().sort()).toEqual(['0001', '0002', '0003']);
  // It waited for the 503's settle time (10 s), not for a fixed pause.
  expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(30_000);
});

test('a dropped answer after KOT applied the punch: found by a read, never sent twice', async () => {
  sim.faults.add({ kind: 'drop-after-apply', match: { method: 'POST' } });
  const report = await once();
  expect(report?.incomplete).toBeUndefined();
  expect(report).toMatchObject({ sent: 2, uncertain: 1, reconciledFound: 1, reconciledAbsent: 0 });
  expect(held().sort()).toEqual(['0001', '0002', '0003']);
});

test('a wait longer than --max-wait ends the run incomplete, saying until when and why', async () => {
  // KING OF TIME's rate limit asks for ten minutes.
  sim.faults.add({
    kind: 'status',
    status: 429,
    headers: { 'retry-after': '600' },
    match: { method: 'POST' },
  });
  const report = await once({ onceMaxWaitMs: 120_000 });
  expect(report?.incomplete).toMatchObject({ planned: 3, uncertain: 0 });
  expect(report?.incomplete?.nextAt?.getTime()).toBe(START + 600_000);
  expect(report?.incomplete?.reason).toMatch(/rate|303|Too Many/i);
  expect(held()).toEqual([]);
  expect(now - START).toBeLessThanOrEqual(120_000);
});

test('within --max-wait it waits for the rate limit and finishes', async () => {
  sim.faults.add({
    kind: 'status',
    status: 429,
    headers: { 'retry-after': '60' },
    match: { method: 'POST' },
  });
  const report = await once({ onceMaxWaitMs: 120_000 });
  expect(report?.incomplete).toBeUndefined();
  expect(held().sort()).toEqual(['0001', '0002', '0003']);
  expect(now - START).toBeGreaterThanOrEqual(60_000);
});
