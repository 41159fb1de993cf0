import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatInstant, type LogEvent } from '@pclogin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../test/support/messages.js';
import {
  type Culture,
  type ExportEncoding,
  encodeExport,
  fullExport,
  fullExportHeader,
  fullExportRow,
  powerShellCsv,
  recommendedExport,
  type SampleEvent,
} from '../../test/support/powershell-export.js';
import { englishOffice, japaneseOffice, LogBuilder, sato, yamada } from '../../test/support/scenario.js';
import { parseSecurityEvents } from './parse-security-events.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name));
const TZ = 'Asia/Tokyo';
/** An event as a person reads it: who, what, when (Japan time), from which event. */
const show = (e: LogEvent) => `${e.account} ${e.kind} ${formatInstant(e.at, TZ).slice(0, 19)} ${e.raw}`;
const shown = (events: LogEvent[]) => events.map(show).sort();

describe('parseSecurityEvents on PowerShell exports', () => {
  it('reads an English PowerShell 7 export: people only, interactive sessions only', () => {
    const result = parseSecurityEvents(fixture('en-US.pwsh7.csv'), 'en-US.pwsh7.csv');
    expect(result.issues).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.records).toBe(englishOffice().events.length);
    const day1 = shown(result.events).filter(
      (line) => line.startsWith('yamada') && line.includes('2024-02-07'),
    );
    expect(day1).toEqual([
      'yamada lock 2024-02-07T12:01:05 4800',
      'yamada logoff 2024-02-07T18:22:04 4647',
      'yamada logoff 2024-02-07T18:22:06 4634 type 2',
      'yamada logoff 2024-02-07T18:22:06 4634 type 2',
      'yamada logon 2024-02-07T09:03:12 4624 type 2',
      'yamada logon 2024-02-07T09:03:12 4624 type 2',
      'yamada unlock 2024-02-07T12:58:30 4624 type 7',
      'yamada unlock 2024-02-07T12:58:30 4801',
    ]);
    expect(shown(result.events).filter((line) => line.startsWith('suzuki'))).toEqual([
      'suzuki logoff 2024-02-07T19:40:10 4647',
      'suzuki logoff 2024-02-07T19:40:11 4634 type 10',
      'suzuki logoff 2024-02-07T19:40:11 4634 type 10',
      'suzuki logoff 2024-02-08T18:05:00 4647',
      'suzuki logoff 2024-02-08T18:05:01 4634 type 10',
      'suzuki logoff 2024-02-08T18:05:01 4634 type 10',
      'suzuki logon 2024-02-07T10:15:48 4624 type 10',
      'suzuki logon 2024-02-07T10:15:48 4624 type 10',
      'suzuki logon 2024-02-08T09:30:05 4624 type 10',
      'suzuki logon 2024-02-08T09:30:05 4624 type 10',
    ]);
    // Boot-time SYSTEM, UMFD-n and DWM-n sessions and the machine account; network and unlock sessions.
    expect(result.skipped).toEqual({ 'event-id': 0, 'logon-type': 4, 'system-account': 13 });
    expect(result.events.every((e) => e.computer?.endsWith('.corp.example.co.jp'))).toBe(true);
  });

  it('points each event at the line where its record starts, though Message spans many lines', () => {
    const bytes = fixture('en-US.pwsh7.csv');
    const lines = bytes.toString('utf8').split('\r\n');
    const { events } = parseSecurityEvents(bytes, 'en-US.pwsh7.csv');
    const firstLine = {
      logon: '"An account was successfully logged on.',
      unlock: /^"(An account was successfully logged on\.|The workstation was unlocked\.)$/,
      lock: '"The workstation was locked.',
      logoff: /^"(An account was logged off\.|User initiated logoff:)$/,
      other: 'never',
    };
    for (const event of events) {
      expect(event.source?.file).toBe('en-US.pwsh7.csv');
      expect(lines[event.source!.line - 1]).toMatch(firstLine[event.kind]);
    }
  });

  it('reads a Japanese PowerShell 7 export, Japanese account names included, as the same events', () => {
    const ja = parseSecurityEvents(fixture('ja-JP.pwsh7.csv'), 'ja.csv');
    expect(ja.issues).toEqual([]);
    expect(shown(ja.events).filter((line) => line.startsWith('佐藤花子'))).toEqual([
      '佐藤花子 lock 2024-02-07T12:00:00 4800',
      '佐藤花子 logoff 2024-02-07T17:30:15 4647',
      '佐藤花子 logoff 2024-02-07T17:30:16 4634 type 2',
      '佐藤花子 logoff 2024-02-07T17:30:16 4634 type 2',
      '佐藤花子 logon 2024-02-07T08:45:30 4624 type 2',
      '佐藤花子 logon 2024-02-07T08:45:30 4624 type 2',
      '佐藤花子 unlock 2024-02-07T13:00:00 4624 type 7',
      '佐藤花子 unlock 2024-02-07T13:00:00 4801',
    ]);
    // The same day rendered by English Windows in the en-US culture reads identically.
    const en = parseSecurityEvents(
      fullExport(japaneseOffice().events, { culture: 'en-US', timeZone: TZ, encoding: 'utf-8' }),
      'en.csv',
    );
    expect(shown(en.events)).toEqual(shown(ja.events));
    expect(en.skipped).toEqual(ja.skipped);
  });

  it('reads Windows PowerShell 5.1 with -Encoding UTF8 (BOM and #TYPE line) like PowerShell 7', () => {
    const pwsh7 = parseSecurityEvents(fixture('ja-JP.pwsh7.csv'), 'a.csv');
    const ps51 = parseSecurityEvents(fixture('ja-JP.powershell51-utf8.csv'), 'b.csv');
    expect(ps51.issues).toEqual([]);
    expect(shown(ps51.events)).toEqual(shown(pwsh7.events));
    // The #TYPE line shifts every record down one line.
    expect(ps51.events.map((e) => e.source!.line)).toEqual(pwsh7.events.map((e) => e.source!.line + 1));
  });

  it.each<ExportEncoding>(['utf-16le', 'cp932'])(
    'reads a Windows PowerShell 5.1 export in %s',
    (encoding) => {
      const events = japaneseOffice().events;
      const result = parseSecurityEvents(
        fullExport(events, { culture: 'ja-JP', timeZone: TZ, encoding }),
        'x.csv',
      );
      expect(result.encoding).toBe(encoding);
      expect(result.issues).toEqual([]);
      expect(shown(result.events)).toEqual(
        shown(parseSecurityEvents(fixture('ja-JP.pwsh7.csv'), 'y.csv').events),
      );
    },
  );

  it("reports every record of Windows PowerShell 5.1's default ASCII export as damaged, with the fix", () => {
    const result = parseSecurityEvents(fixture('ja-JP.powershell51-ascii.csv'), 'ascii.csv');
    expect(result.events).toEqual([]);
    expect(result.records).toBe(japaneseOffice().events.length);
    expect(new Set(result.issues.map((issue) => issue.code))).toEqual(new Set(['encoding-damaged']));
    expect(result.issues).toHaveLength(result.records);
    expect(result.issues[0]).toMatchObject({ file: 'ascii.csv', line: 3, column: 'Message' });
    expect(result.issues[0]?.fix).toMatch(/PowerShell 7|-Encoding UTF8/);
  });

  it('reads an ASCII export of English Windows but refuses the Japanese account names it destroyed', () => {
    const events = new LogBuilder()
      .signIn(yamada, '2024-02-07 09:00:00')
      .signIn(sato, '2024-02-07 09:05:00').events;
    const bytes = fullExport(events, { culture: 'en-US', timeZone: TZ, encoding: 'ascii', typeLine: true });
    const result = parseSecurityEvents(bytes, 'ascii.csv');
    expect(shown(result.events)).toEqual([
      'yamada logon 2024-02-07T09:00:00 4624 type 2',
      'yamada logon 2024-02-07T09:00:00 4624 type 2',
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['encoding-damaged', 'event 4624: account "????" has ? where letters were'],
      ['encoding-damaged', 'event 4624: account "????" has ? where letters were'],
    ]);
  });

  it('reads the recommended export (named properties, ISO 8601 times) as the same events', () => {
    const recommended = parseSecurityEvents(fixture('recommended.csv'), 'recommended.csv');
    const full = parseSecurityEvents(fixture('en-US.pwsh7.csv'), 'full.csv');
    expect(recommended.issues).toEqual([]);
    expect(shown(recommended.events)).toEqual(shown(full.events));
    expect(recommended.skipped).toEqual(full.skipped);
    const lines = fixture('recommended.csv').toString('utf8').split('\r\n');
    for (const event of recommended.events)
      expect(lines[event.source!.line - 1]).toContain(`"${event.account}"`);
  });
});

describe('parseSecurityEvents on damaged or foreign input', () => {
  const one = (event: Partial<SampleEvent> = {}): SampleEvent => ({
    ...new LogBuilder().add(yamada, 4624, '2024-02-07 09:03:12', { logonType: 2 }).events[0]!,
    ...event,
  });
  const csv = (rows: string[][], header = fullExportHeader) =>
    Buffer.from(powerShellCsv(header, rows), 'utf8');
  const row = (event: Partial<SampleEvent> = {}, culture: Culture = 'en-US') =>
    fullExportRow(one(event), culture, TZ);

  it('skips a record it cannot read, names its line and field, and keeps the others', () => {
    const badTime = row();
    badTime[16] = '31/31/2024 9:03:12';
    const badId = row();
    badId[1] = 'Logon';
    const short = row().slice(0, 5);
    const bytes = csv([row(), badTime, row(), badId, short, row()]);
    const result = parseSecurityEvents(bytes, 'mixed.csv');
    expect(result.events).toHaveLength(3);
    expect(result.records).toBe(6);
    const lines = bytes.toString('utf8').split('\r\n');
    expect(result.issues.map((i) => [i.code, i.column])).toEqual([
      ['bad-time', 'TimeCreated'],
      ['bad-event-id', 'Id'],
      ['malformed-record', undefined],
    ]);
    for (const issue of result.issues)
      expect(lines[issue.line - 1]).toBe('"An account was successfully logged on.');
    expect(result.issues[0]?.message).toContain('"31/31/2024 9:03:12"');
    expect(result.issues[0]?.fix).toContain('dateOrder');
  });

  it('keeps what it read before a file that was cut off mid-record', () => {
    const whole = csv([row(), row(), row()]).toString('utf8');
    const cut = whole.slice(0, whole.lastIndexOf('Account Domain'));
    const result = parseSecurityEvents(Buffer.from(cut), 'cut.csv');
    expect(result.events).toHaveLength(2);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'malformed-record', file: 'cut.csv' });
    expect(cut.split('\r\n')[result.issues[0]!.line - 1]).toBe('"An account was successfully logged on.');
  });

  it('reports a file that is not a Security event export once, by its header', () => {
    const smartOn = Buffer.from(
      '日時,アカウント,コンピューター名,イベント\r\n2024/02/07 09:03:12,1000,PC01,ログオン\r\n',
    );
    const eventLog = csv(
      [['4624', 'Information', '2/7/2024 9:03:12 AM']],
      ['EventID', 'EntryType', 'TimeGenerated'],
    );
    for (const bytes of [smartOn, eventLog]) {
      const result = parseSecurityEvents(bytes, 'other.csv');
      expect(result.events).toEqual([]);
      expect(result.records).toBe(0);
      expect(result.issues).toEqual([expect.objectContaining({ code: 'missing-column', line: 1 })]);
    }
  });

  it('reports a message that names no account (an unknown display language) with a fix', () => {
    const german = row();
    german[0] =
      'Ein Konto wurde erfolgreich angemeldet.\r\n\r\nNeue Anmeldung:\r\n\tKontoname:\t\tyamada\r\n\tAnmeldetyp:\t\t2';
    const result = parseSecurityEvents(csv([german]), 'de.csv');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'no-account', line: 2, column: 'Message' }),
    ]);
    // With that language's labels, it reads.
    const withLabels = parseSecurityEvents(csv([german]), 'de.csv', {
      labels: { accountName: ['Kontoname'], logonType: ['Anmeldetyp'], newLogonSection: ['Neue Anmeldung'] },
    });
    expect(shown(withLabels.events)).toEqual(['yamada logon 2024-02-07T09:03:12 4624 type 2']);
  });

  it("reads older Windows' messages, whose logon type sits outside a section and is called ログオンの種類", () => {
    const old = row({}, 'ja-JP');
    old[0] = renderMessage(one(), 'ja')
      .replace('ログオン情報:\r\n\tログオン タイプ:\t\t2\r\n', 'ログオンの種類:\t\t\t2\r\n')
      .replace(/\t制限付き管理モード.*\r\n|\t仮想アカウント.*\r\n|\t昇格されたトークン.*\r\n/g, '');
    expect(old[0]).toContain('ログオンの種類:\t\t\t2');
    const result = parseSecurityEvents(csv([old]), 'old.csv');
    expect(shown(result.events)).toEqual(['yamada logon 2024-02-07T09:03:12 4624 type 2']);
  });

  it('takes the logged-on account of 4624, not the subject that asked for the logon', () => {
    const result = parseSecurityEvents(
      csv([row({ subjectAccount: 'helpdesk', subjectSid: 'S-1-5-21-1-2-3-1500' })]),
      'x.csv',
    );
    expect(result.events.map((e) => e.account)).toEqual(['yamada']);
  });

  it('qualifies accounts with their domain when asked', () => {
    const result = parseSecurityEvents(csv([row()]), 'x.csv', { account: 'domain\\name' });
    expect(result.events.map((e) => e.account)).toEqual(['CORP\\yamada']);
  });

  it('rejects an unknown option or time zone, naming it', () => {
    expect(() => parseSecurityEvents(csv([row()]), 'x.csv', { timezone: 'Asia/Tokyo' } as never)).toThrow(
      /timezone/,
    );
    expect(() => parseSecurityEvents(csv([row()]), 'x.csv', { timeZone: 'Tokyo' })).toThrow(/IANA/);
  });

  it('reads an empty file as nothing, without complaint', () => {
    expect(parseSecurityEvents(Buffer.alloc(0), 'empty.csv')).toMatchObject({
      events: [],
      issues: [],
      records: 0,
    });
  });
});

describe('parseSecurityEvents (property)', () => {
  const safeLetters =
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-山田佐藤花子鈴木太郎髙橋﨑ｱｲｳ';
  const accountName = fc
    .array(fc.constantFrom(...safeLetters), { minLength: 1, maxLength: 12 })
    .map((chars) => chars.join(''))
    .filter((name) => !/^(?:DWM|UMFD)-\d+$/i.test(name) && !/^[.-]+$/.test(name));
  const systemName = fc.constantFrom(
    'SYSTEM',
    'LOCAL SERVICE',
    'DWM-2',
    'UMFD-1',
    'PC09$',
    'ANONYMOUS LOGON',
  );
  const sample = fc.record({
    id: fc.constantFrom(4624, 4634, 4647, 4800, 4801),
    logonType: fc.constantFrom(2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13),
    account: fc.oneof({ weight: 5, arbitrary: accountName }, { weight: 1, arbitrary: systemName }),
    at: fc.date({
      min: new Date('2023-01-01T00:00:00Z'),
      max: new Date('2026-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
  });

  /** What each event must become, written from the mapping table, independently of the parser. */
  function expected(e: { id: number; logonType?: number | undefined; account: string }): string | undefined {
    const system = /\$$|^(SYSTEM|LOCAL SERVICE|ANONYMOUS LOGON)$|^(DWM|UMFD)-\d+$/.test(e.account);
    if (system) return undefined;
    const table: Record<number, Record<number, string> | string> = {
      4624: { 2: 'logon', 10: 'logon', 11: 'logon', 12: 'logon', 7: 'unlock', 13: 'unlock' },
      4634: { 2: 'logoff', 10: 'logoff', 11: 'logoff', 12: 'logoff' },
      4647: 'logoff',
      4800: 'lock',
      4801: 'unlock',
    };
    const entry = table[e.id];
    return typeof entry === 'string' ? entry : entry?.[e.logonType ?? -1];
  }

  it('turns any export, in any format, culture and encoding, into exactly the events the mapping table says', () => {
    fc.assert(
      fc.property(
        fc.array(sample, { maxLength: 25 }),
        fc.constantFrom<Culture>('en-US', 'ja-JP', 'en-GB', 'de-DE'),
        fc.constantFrom<ExportEncoding>('utf-8', 'utf-8-bom', 'utf-16le'),
        fc.boolean(),
        (samples, culture, encoding, recommended) => {
          const events: SampleEvent[] = samples.map((s, index) => ({
            ...s,
            id: s.id as SampleEvent['id'],
            at: new Date(Math.floor(s.at.getTime() / 1000) * 1000),
            recordId: index + 1,
            domain: 'CORP',
            sid: `S-1-5-21-1-2-3-${1000 + index}`,
            logonId: `0x${(0x10000 + index).toString(16)}`,
            machine: 'PC01',
            machineName: 'PC01.corp.example.co.jp',
          }));
          const bytes = recommended
            ? encodeExport(recommendedExport(events, TZ).toString('utf8'), encoding)
            : fullExport(events, { culture, timeZone: TZ, encoding });
          const result = parseSecurityEvents(bytes, 'p.csv');
          expect(result.issues).toEqual([]);
          expect(result.records).toBe(events.length);
          const want = events.flatMap((e) => {
            const kind = expected(e);
            return kind ? [`${e.account} ${kind} ${e.at.toISOString()}`] : [];
          });
          const got = result.events.map((e) => `${e.account} ${e.kind} ${e.at.toISOString()}`);
          expect(got.sort()).toEqual(want.sort());
        },
      ),
      { numRuns: 150 },
    );
  });
});
