import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { fixture } from '../../test/support/fixtures.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { inspectLogFile } from './inspect-log-file.js';

const tempDir = useTempDir();

describe('inspectLogFile', () => {
  test('reports how a CP932 file with a Japanese header was read', async () => {
    const report = await inspectLogFile(fixture('cp932-crlf-japanese-header.csv'));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.encoding).toEqual({ name: 'cp932', decidedBy: 'content', bom: false });
    expect(report.delimiter).toEqual({ char: ',', name: 'comma', decidedBy: 'content' });
    expect(report.header).toMatchObject({ present: true, line: 1, decidedBy: 'content' });
    expect(report.columns.map((c) => [c.index, c.name, c.role, c.decidedBy])).toEqual([
      [0, '日時', 'timestamp', 'header'],
      [1, 'SmartOnアカウント', 'account', 'header'],
      [2, 'Windowsアカウント', 'windowsUser', 'header'],
      [3, 'コンピュータ名', 'computer', 'header'],
      [4, 'IPアドレス', 'ip', 'header'],
      [5, 'イベント', 'event', 'header'],
    ]);
    expect(report.columns[3]?.example).toBe('表示-PC01');
    expect(report.timeFormats).toEqual([{ format: 'yyyy/MM/dd HH:mm:ss', rows: 7 }]);
    expect(report.eventWords).toContainEqual({ word: 'ﾛｸﾞｵﾌ', kind: 'logoff', known: true, rows: 1 });
    expect(report.unknownWords).toEqual(['ユーザー切替(connect)']);
    expect(report).toMatchObject({ rows: 7, events: 7, badLineCount: 0, layoutProblem: null });
  });

  test('reports bad lines, separate date and time formats, and inferred columns', async () => {
    const bad = await inspectLogFile(fixture('cp932-malformed-rows.csv'));
    expect(bad.badLines.map((b) => [b.line, b.code])).toEqual([
      [3, 'bad-timestamp'],
      [4, 'missing-account'],
      [5, 'column-count'],
      [6, 'column-count'],
      [7, 'undecodable'],
      [8, 'missing-event'],
      [9, 'bad-timestamp'],
      [13, 'unclosed-quote'],
    ]);
    expect(bad.issueCounts).toMatchObject({ 'bad-timestamp': 2, 'unknown-event': 1 });
    const tabs = await inspectLogFile(fixture('utf8-tab-delimited.csv'));
    expect(tabs.delimiter?.name).toBe('tab');
    expect(tabs.timeFormats).toEqual([
      { format: 'yyyy/MM/dd + HH:mm:ss', rows: 2 },
      { format: 'yyyy/MM/dd + HH:mm', rows: 2 },
    ]);
    const headerless = await inspectLogFile(fixture('cp932-no-header.csv'));
    expect(headerless.header).toMatchObject({ present: false });
    expect(headerless.columns.map((c) => c.decidedBy)).toEqual([
      'inferred',
      'inferred',
      null,
      null,
      'inferred',
      'inferred',
    ]);
    expect(headerless.timeFormats.map((f) => f.format).sort()).toEqual([
      'yyyy-MM-ddTHH:mm:ss.SSSxxx',
      'yyyy-MM-ddTHH:mm:ssZ',
      'yyyy/M/d H:mm:ss',
      'yyyy/MM/dd HH:mm:ss',
      'yyyyMMddHHmm',
      'yyyyMMddHHmmss',
    ]);
  });

  test('a file whose columns are not found says which and how to set them', async () => {
    const path = join(tempDir(), 'odd.csv');
    writeFileSync(path, iconv.encode('時刻情報,社員,種類\r\n2024/02/07 09:00:00,u1,休止\r\n', 'cp932'));
    const report = await inspectLogFile(path);
    expect(report.layoutProblem).toMatch(/Could not find the event .*columns\.event/);
    expect(report.columns.map((c) => [c.name, c.role])).toEqual([
      ['時刻情報', 'timestamp'],
      ['社員', 'account'],
      ['種類', null],
    ]);
    expect(report.events).toBe(0);
    const configured = await inspectLogFile(path, { columns: { event: '種類' } });
    expect(configured.columns[2]).toMatchObject({ role: 'event', decidedBy: 'configured' });
    expect(configured.events).toBe(1);
  });
});
