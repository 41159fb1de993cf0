import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import {
  createAccountResolver,
  createPipeline,
  FileLedgerStore,
  type LogEvent,
  type PunchSink,
  type RecordedPunch,
  readLinksCsv,
} from '../index.js';

// The README's "A custom source" example, as a test (keep the two in step).

it("runs the README's custom-source example", async () => {
  // 1. The only source-specific part: a parser. Here a door-access log, one JSON object a line.
  const doorLog = [
    '{"badge":"yamada","time":"2024-02-07T08:58:03+09:00","door":"in"}',
    '{"badge":"yamada","time":"2024-02-07T18:04:51+09:00","door":"out"}',
  ];
  function readDoorLog(from: number): { events: LogEvent[]; checkpoint: number } {
    const events = doorLog.slice(from).map((line, i): LogEvent => {
      const record = JSON.parse(line) as { badge: string; time: string; door: 'in' | 'out' };
      return {
        account: record.badge,
        at: new Date(record.time),
        kind: record.door === 'in' ? 'logon' : 'logoff',
        raw: record.door,
        source: { file: 'door.log', line: from + i + 1 },
      };
    });
    return { events, checkpoint: doorLog.length };
  }

  // 2. Where punches go: a stand-in that keeps them (the reference agent's sink calls KING OF TIME).
  const held: RecordedPunch[] = [];
  const sink: PunchSink = {
    async send(punch) {
      held.push({ ...punch });
    },
    async recorded(query) {
      return held.filter(
        (p) =>
          query.employeeCodes.includes(p.employeeCode) && p.workday >= query.from && p.workday <= query.to,
      );
    },
  };

  // 3. Everything else is shared.
  const { links } = readLinksCsv(
    new TextEncoder().encode(
      '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント\r\nSmartOn ID連携,"1","0001",山田 太郎,"yamada"\r\n',
    ),
  );
  const directory = mkdtempSync(join(tmpdir(), 'pclogin-'));
  const store = FileLedgerStore.open(directory);
  const pipeline = createPipeline({
    store,
    sink,
    aggregator: { resolveEmployee: createAccountResolver(links).resolve },
    now: () => new Date('2024-02-08T09:00:00+09:00'),
  });

  const { events, checkpoint } = readDoorLog((pipeline.checkpoint('door') as number | undefined) ?? 0);
  pipeline.ingest('door', events, checkpoint); // aggregate and plan: one transaction with the checkpoint
  await pipeline.reconcile(); // settle punches whose outcome is unknown
  await pipeline.deliver(); // send what is due, exactly once
  expect(pipeline.status().counts).toEqual({ planned: 0, sending: 0, sent: 2, failed: 0, uncertain: 0 });
  store.close();

  expect(held.map((p) => [p.employeeCode, p.workday, p.kind, p.at.toISOString()])).toEqual([
    ['0001', '2024-02-07', 'clockIn', '2024-02-06T23:58:03.000Z'],
    ['0001', '2024-02-07', 'clockOut', '2024-02-07T09:04:51.000Z'],
  ]);
  // Running it again reads nothing new and sends nothing more.
  const again = FileLedgerStore.open(directory);
  expect(readDoorLog((again.checkpoint('door') as number | undefined) ?? 0).events).toEqual([]);
  again.close();
  rmSync(directory, { recursive: true, force: true });
});
