// The service (runAgent without `once`) under a failed request: an uncertain punch that settles
// while a round is busy is checked as soon as the round ends, not after a whole poll interval.
// The clock is a manual one that the agent's waits and each punch POST move forward.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LogEvent, type LogSource, MemoryLedgerStore, writeLinksCsv } from '@pclogin/core';
import { createKotClient } from '@pclogin/kot-client';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAgent } from './run-agent.js';

const TOKEN = 'RunAgentWake00000000000000000tkn';
const START = Date.parse('2024-03-20T12:00:00+09:00');
const staff = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(4, '0')).map((code, i) => ({
  code,
  key: (i + 1).toString(16).repeat(64),
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
      at: new Date(Date.parse('2024-03-20T09:00:00+09:00') + i * 60_000),
      kind: 'logon',
      raw: 'logon',
      source: { file: 'log.csv', line: i + 1 },
    }));
    return { events, issues: [], checkpoint: 1, done: true };
  },
};

const held = () => sim.timerecords().map((r) => r.employeeCode);

test('a punch answered 503 mid-round is sent again right after the round, not a poll interval later', async () => {
  // Each punch POST takes a second: the round outlasts the 503'd punch's settle time (10 s).
  sim.onRequest((request, phase) => {
    if (request.method === 'POST' && phase === 'received') now += 1000;
  });
  sim.faults.add({ kind: 'status', status: 503, match: { method: 'POST' } });
  const controller = new AbortController();
  const passes: number[] = [];
  await runAgent({
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
    clock,
    sleep,
    pollIntervalMs: 30_000,
    signal: controller.signal,
    onPass: (report) => {
      passes.push(report.sent);
      if (sim.timerecords().length === staff.length || passes.length >= 5) controller.abort();
    },
  });
  expect(held().sort()).toEqual(staff.map((p) => p.code));
  // The first pass sent the 11 others; the 503'd punch had settled by its end, unread. The
  // service came back for it at once (the shortest wait), not after the 30 s poll interval.
  expect(passes).toEqual([11, 1]);
  expect(waits[0]).toBeLessThanOrEqual(1000);
});
