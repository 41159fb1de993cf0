import { toLedgerCorrection } from '@pclogin/core';
import { afterEach, expect, test } from 'vitest';
import { setLocale } from '../../i18n/translate.js';
import { correctionText } from './correction-text.js';

afterEach(() => setLocale('en'));

const item = {
  id: '0001|2024-03-06|clockOut|0|single-log-day',
  employeeCode: '0001',
  workday: '2024-03-06',
  kind: 'clockOut' as const,
  punchId: '0001|2024-03-06|clockOut|0',
  reason: 'single-log-day' as const,
  observedAt: new Date('2024-03-06T00:00:00Z'),
  message: 'Employee 0001, 2024-03-06: the working day ended with a single log …',
};

test('a correction item says what to fix in KING OF TIME in the reader’s language, times as 打刻編集 shows them', () => {
  const stored = { ...toLedgerCorrection(item), createdAt: new Date() };
  expect(correctionText(stored, 'Asia/Tokyo')).toBe(
    'the working day ended with a single log (03/06 09:00:00), so only 出勤 is punched: enter 退勤 in KING OF TIME by hand.',
  );
  setLocale('ja');
  expect(correctionText(stored, 'Asia/Tokyo')).toBe(
    'この勤務日のログは 1 件（03/06 09:00:00）だけのため、出勤のみ打刻しました。KING OF TIME で退勤を手入力してください。',
  );
  const earlier = {
    ...toLedgerCorrection({
      ...item,
      kind: 'clockIn',
      reason: 'earlier-log-after-clock-in',
      sentAt: new Date('2024-03-06T00:03:12Z'),
      observedAt: new Date('2024-03-05T23:51:40Z'),
    }),
    createdAt: new Date(),
  };
  expect(correctionText(earlier, 'Asia/Tokyo')).toBe(
    '出勤を 03/06 09:03:12 で送信した後に、それより早い 03/06 08:51:40 のログが届きました。この時刻を採用する場合は、KING OF TIME の打刻編集で出勤を 03/06 08:51:40 に直してください。',
  );
});

test('an item that does not say its reason keeps the planner’s sentence', () => {
  setLocale('ja');
  const bare = {
    id: 'x',
    employeeCode: '0001',
    workday: '2024-03-06',
    message: 'fix it',
    createdAt: new Date(),
  };
  expect(correctionText(bare, 'Asia/Tokyo')).toBe('fix it');
});

test('a punch KING OF TIME already held at another minute (a new state folder) is explained in Japanese too', () => {
  const held = {
    ...toLedgerCorrection({
      ...item,
      kind: 'clockIn',
      reason: 'held-differs',
      sentAt: new Date('2024-03-06T00:00:00Z'),
      observedAt: new Date('2024-03-06T00:05:30Z'),
    }),
    createdAt: new Date(),
  };
  setLocale('ja');
  expect(correctionText(held, 'Asia/Tokyo')).toBe(
    'KING OF TIME には出勤が 03/06 09:00:00 で登録済みでした（このデータフォルダーより前の打刻）。ログの時刻は 03/06 09:05:30 です。送信はしていません。ログの時刻を採用する場合は、KING OF TIME の打刻編集で直してください。',
  );
});

test('a punch sent for an account since linked to another employee: in Japanese with its values; stored before values, the planner’s sentence', () => {
  const relinked = {
    ...item,
    kind: 'clockIn' as const,
    reason: 'relinked-after-sent' as const,
    sentAt: new Date('2024-03-06T00:00:00Z'),
    message: 'Employee 0001, 2024-03-06: KING OF TIME holds 出勤 … from the logs of account 1001, but …',
  };
  const withValues = {
    ...toLedgerCorrection({ ...relinked, values: { account: '1001', to: '0002', state: 'sent' } }),
    createdAt: new Date(),
  };
  setLocale('ja');
  expect(correctionText(withValues, 'Asia/Tokyo')).toBe(
    'アカウント 1001 のログから送った出勤 03/06 09:00:00 が KING OF TIME に登録されていますが、アカウント 1001 は従業員 0002 に紐づけ直されました（打刻は同じログから従業員 0002 に送ります）。この従業員にはこの打刻は不要です。KING OF TIME の打刻編集で削除してください。',
  );
  const unlinked = {
    ...toLedgerCorrection({ ...relinked, values: { account: '1001', to: '', state: 'uncertain' } }),
    createdAt: new Date(),
  };
  expect(correctionText(unlinked, 'Asia/Tokyo')).toMatch(
    /登録されている可能性がありますが、アカウント 1001 の紐づけは削除されました。/,
  );
  const old = { ...toLedgerCorrection(relinked), createdAt: new Date() };
  expect(correctionText(old, 'Asia/Tokyo')).toBe(relinked.message);
});
