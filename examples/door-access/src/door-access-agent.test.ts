import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKotClient, type KotClient, type KotClock } from '@pclogin/kot-client';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDoorLog, runDoorAgent } from './door-access-agent.js';

const door = (time: string, badge: string, direction: 'in' | 'out', gate = 'north-gate') =>
  `${JSON.stringify({ time, badge, door: gate, direction })}\n`;

// PC Login's linking CSV: badge (サービスアカウント) → KOT employee code (打刻先アカウント).
const LINKS = [
  '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント',
  'SmartOn ID連携,"1","0001",勤怠 太郎,"E1001"',
  'SmartOn ID連携,"1","0003",夜間 一郎,"E1003"',
  '',
].join('\r\n');

describe('the door-access agent of docs/guides/custom-source.md', () => {
  let dir: string;
  let sim: KotSimulator;
  let kot: KotClient;
  let now: number;
  const at = (iso: string) => {
    now = Date.parse(iso);
  };
  const clock = () => new Date(now);
  const kotClock: KotClock = {
    now: clock,
    sleep: async (ms) => {
      now += ms;
    },
  };
  const files = () => ({
    logFile: join(dir, 'door.jsonl'),
    linksFile: join(dir, 'links.csv'),
    stateDirectory: join(dir, 'state'),
  });
  const held = (code: string, date: string) => sim.timerecords(code, date).map((r) => `${r.name} ${r.time}`);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pclogin-door-'));
    at('2024-02-08T11:00:00+09:00'); // the next late morning: outside KOT's restricted hours
    sim = await startKotSimulator({ clock });
    kot = createKotClient({ baseUrl: sim.baseUrl, token: sim.token, clock: kotClock, env: {} });
    await writeFile(files().linksFile, LINKS);
  });
  afterEach(async () => {
    await kot.close();
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('punches the first and last badge of each working day into KING OF TIME, once', async () => {
    await writeFile(
      files().logFile,
      door('2024-02-07T08:57:31+09:00', 'E1001', 'in') +
        door('2024-02-07T12:01:05+09:00', 'E1001', 'out') +
        door('2024-02-07T12:58:40+09:00', 'E1001', 'in') +
        door('2024-02-07T18:22:10+09:00', 'E1001', 'out') +
        // A night shift in the logistics division, whose 日付変更時刻 is 05:00: one working day.
        door('2024-02-07T21:55:00+09:00', 'E1003', 'in', 'dock') +
        '{"time":"2024-02-07T23:00:00+09:00","badge":"E1003"}\n' +
        door('2024-02-08T04:41:12+09:00', 'E1003', 'out', 'dock') +
        door('2024-02-07T10:00:00+09:00', 'V0042', 'in') + // a visitor badge no link covers
        door('2024-02-08T08:51:00+09:00', 'E1001', 'in').trimEnd(), // still being written
    );

    const first = await runDoorAgent({ ...files(), kot, clock });
    expect(first.problems).toEqual([expect.stringMatching(/door\.jsonl:6: .*direction/s)]);
    expect(held('0001', '2024-02-07')).toEqual([
      '出勤 2024-02-07T08:57:31+09:00',
      '退勤 2024-02-07T18:22:10+09:00',
    ]);
    expect(held('0003', '2024-02-07')).toEqual([
      '出勤 2024-02-07T21:55:00+09:00',
      '退勤 2024-02-08T04:41:12+09:00',
    ]);
    expect(held('0001', '2024-02-08')).toEqual([]); // its line had no line end yet
    expect(first.delivered.outcomes.map((o) => o.outcome)).toEqual(['sent', 'sent', 'sent', 'sent']);

    // The line is finished; the agent runs again (as a scheduled task would) and reads only what is new.
    await appendFile(files().logFile, '\n');
    const second = await runDoorAgent({ ...files(), kot, clock });
    expect(second.planned.added).toBe(1);
    expect(held('0001', '2024-02-08')).toEqual(['出勤 2024-02-08T08:51:00+09:00']);
    expect(held('0001', '2024-02-07')).toHaveLength(2);
    expect(sim.timerecords()).toHaveLength(5);
    expect(sim.errorDays()).toEqual([]);

    // Nothing new: nothing is sent again.
    const third = await runDoorAgent({ ...files(), kot, clock });
    expect(third.delivered.outcomes).toEqual([]);
    expect(sim.timerecords()).toHaveLength(5);
  });
});

describe('the door-access agent with a broken linking CSV', () => {
  it('sends nothing and names the line to fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pclogin-door-'));
    const now = () => new Date('2024-02-08T11:00:00+09:00');
    const sim = await startKotSimulator({ clock: now });
    const kot = createKotClient({
      baseUrl: sim.baseUrl,
      token: sim.token,
      env: {},
      clock: { now, sleep: async () => {} },
    });
    try {
      const files = {
        logFile: join(dir, 'door.jsonl'),
        linksFile: join(dir, 'links.csv'),
        stateDirectory: join(dir, 'state'),
      };
      await writeFile(files.logFile, door('2024-02-07T08:57:31+09:00', 'E1001', 'in'));
      // Excel turned 0001 into 1: KING OF TIME has no employee 1.
      await writeFile(files.linksFile, LINKS.replace('"0001"', '1'));
      await expect(runDoorAgent({ ...files, kot, clock: now })).rejects.toThrow(
        /links\.csv:2: error: .*0001/,
      );
      expect(sim.timerecords()).toEqual([]);
    } finally {
      await kot.close();
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('parseDoorLog', () => {
  it('reads complete lines after the checkpoint and reports bad ones by number', () => {
    const text =
      door('2024-02-07T08:57:31+09:00', 'E1001', 'in') +
      'not json\n\n' +
      door('2024-02-07T18:22:10+09:00', 'E1001', 'out') +
      '{"time"';
    const all = parseDoorLog(text, 'door.jsonl');
    expect(all.events.map((e) => [e.kind, e.source?.line])).toEqual([
      ['logon', 1],
      ['logoff', 4],
    ]);
    expect(all.problems).toEqual([expect.stringMatching(/^door\.jsonl:2: /)]);
    expect(all.checkpoint).toBe(4);
    expect(parseDoorLog(text, 'door.jsonl', 2).events.map((e) => e.source?.line)).toEqual([4]);
  });
});

describe('docs/guides/custom-source.md', () => {
  it('shows exactly this agent', async () => {
    const guide = await readFile(join(import.meta.dirname, '../../../docs/guides/custom-source.md'), 'utf8');
    const source = await readFile(join(import.meta.dirname, 'door-access-agent.ts'), 'utf8');
    const block = /<!-- door-access-agent\.ts -->\n```ts\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBe(source);
  });
});
