import { KotConnectionError, KotRestrictedHoursError } from '@pclogin/kot-client';
import { describe, expect, test } from 'vitest';
import { kotErrorDetail } from '../kot/kot-error-detail.js';
import { localizedError } from './localized-error.js';
import { localizedReason } from './localized-reason.js';
import { translate } from './translate.js';

const TZ = 'Asia/Tokyo';

describe('a reason in every language', () => {
  test('a known code: Japanese from the catalog, English as core wrote it', () => {
    const reason = localizedReason(
      'KING OF TIME does not hold it (checked); it will be sent again',
      { code: 'absent-resend' },
      TZ,
    );
    expect(reason).toEqual({
      en: 'KING OF TIME does not hold it (checked); it will be sent again',
      ja: 'KING OF TIME に打刻がないことを確認しました。もう一度送信します',
    });
  });

  test('a wrapped reason renders its cause in the same language, instants in the configured zone', () => {
    const until = '2024-03-11T01:00:00.000Z';
    const reason = localizedReason(
      'waiting to read …: GET /daily-workings/timerecord was not sent: …',
      {
        code: 'waiting-to-read-employee',
        values: { employeeCode: '0002', message: 'GET … was not sent' },
        cause: { code: 'kot-restricted-hours', values: { until, refusedBy: 'client' } },
      },
      TZ,
    );
    expect(reason.ja).toBe(
      '従業員 0002 の、このデータフォルダーで初めて扱う勤務日のため、KING OF TIME に登録済みの打刻を確認してから送信します。確認できるまで待機しています（API の利用制限時間帯のため、2024-03-11T10:00:00+09:00 まで KING OF TIME を参照できません）',
    );
    expect(reason.en).toBe('waiting to read …: GET /daily-workings/timerecord was not sent: …');
  });

  test('one employee reconciliation could not read, with the read failure as its cause', () => {
    const reason = localizedReason(
      "reading employee 0002's recorded punches failed: …",
      {
        code: 'read-employee-failed',
        values: { employeeCode: '0002', message: '…' },
        cause: { code: 'unknown-employees', values: { employeeCodes: '0002', count: 1 } },
      },
      TZ,
    );
    expect(reason.ja).toBe(
      '従業員 0002 の打刻を KING OF TIME で参照できませんでした（従業員コード 0002（1 名）が KING OF TIME の従業員一覧にないため、打刻を参照できません。紐づけ CSV の打刻先アカウントを確認するか、従業員一覧の次の更新を待ってください）',
    );
  });

  test('a cause without a code of its own: its English text inside the Japanese sentence', () => {
    const reason = localizedReason(
      'x',
      { code: 'waiting-to-read-new-days', values: { message: 'socket hang up' } },
      TZ,
    );
    expect(reason.ja).toMatch(/確認できるまで待機しています（socket hang up）$/);
  });

  test('a ledger written before reasons had codes, an unknown code or a broken value: the stored text, never an error', () => {
    const text = 'KING OF TIME answered POST /daily-workings/timerecord/… with HTTP 400';
    expect(localizedReason(text, undefined, TZ)).toEqual({ en: text, ja: text });
    expect(localizedReason(text, { code: 'some-sink-code', values: { a: 1 } }, TZ)).toEqual({
      en: text,
      ja: text,
    });
    expect(localizedReason(text, { code: 'sink-outage', values: { until: 'not a date' } }, TZ)).toEqual({
      en: text,
      ja: text,
    });
    expect(localizedReason(undefined, undefined, TZ)).toEqual({ en: '', ja: '' });
  });

  test('KING OF TIME client errors become codes whose Japanese names the facts', () => {
    const restricted = new KotRestrictedHoursError({
      method: 'GET',
      path: '/daily-workings/timerecord',
      retryAt: new Date('2024-03-11T10:00:00+09:00'),
      refusedBy: 'server',
    });
    expect(localizedReason(restricted.message, kotErrorDetail(restricted), TZ).ja).toBe(
      'API の利用制限時間帯のため、KING OF TIME が参照を受け付けませんでした。2024-03-11T10:00:00+09:00 以降に再試行します',
    );
    const dropped = new KotConnectionError({
      method: 'POST',
      path: '/daily-workings/timerecord/k',
      reason: 'read ECONNRESET',
      notSent: false,
      maybeApplied: true,
      proxy: 'http://proxy.example.co.jp:8080',
    });
    expect(localizedReason(dropped.message, kotErrorDetail(dropped), TZ).ja).toBe(
      'プロキシ http://proxy.example.co.jp:8080 経由で KING OF TIME に接続できませんでした: read ECONNRESET（打刻が登録済みの可能性があります。再送の前に KING OF TIME の打刻を確認します）',
    );
  });

  test('counts are plural in English: one employee, several employees', () => {
    const one = { code: 'unknown-employees', values: { employeeCodes: '0002', count: 1 } };
    const two = { code: 'unknown-employees', values: { employeeCodes: '0002, 0003', count: 2 } };
    expect(localizedReason(undefined, one, TZ).en).toMatch(
      /^employee 0002 is not in KING OF TIME’s employee list, so its punches/,
    );
    expect(localizedReason(undefined, two, TZ).en).toMatch(
      /^employees 0002, 0003 are not in KING OF TIME’s employee list, so their punches/,
    );
    expect(translate('en', 'reason.kotTimeout', { seconds: 1, maybeApplied: 'no' })).toBe(
      'KING OF TIME did not answer within 1 second',
    );
  });
});

describe('an error in every language', () => {
  test('a file the command could not open: its path and code in Japanese, the system’s English as it is', async () => {
    const { readFile } = await import('node:fs/promises');
    const error = await readFile('/nonexistent-folder/x.csv').catch((e: unknown) => e);
    expect(localizedError(error)).toEqual({
      en: "ENOENT: no such file or directory, open '/nonexistent-folder/x.csv'",
      ja: '/nonexistent-folder/x.csv: ファイルまたはフォルダーがありません（ENOENT）',
    });
  });
});
