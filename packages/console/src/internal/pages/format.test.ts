import { describe, expect, test } from 'vitest';
import type { PunchView } from '../../console-model.js';
import { type Lang, translator } from '../messages.js';
import { correctionsPage } from './corrections-page.js';
import { punchLine, reasonOf } from './format.js';
import { problemTable } from './links-page.js';
import type { PageContext } from './page-context.js';

const context = (lang: Lang): PageContext => ({
  lang,
  t: translator(lang),
  path: '/',
  csrf: '',
  readOnly: true,
});

const punch: PunchView = {
  id: '0001|2024-02-07|clockIn|0',
  employeeCode: '0001',
  workday: '2024-02-07',
  kind: 'clockIn',
  at: '2024-02-07 09:00:00',
  state: 'failed',
  attempts: 1,
  reason: 'KING OF TIME refused the request (HTTP 400)',
};

describe('a punch’s reason on a page', () => {
  test('is shown in the page’s language when the backend gave it in that language', () => {
    const both = {
      ...punch,
      reasonByLang: { ja: 'KING OF TIME がリクエストを受け付けませんでした（HTTP 400）', en: punch.reason! },
    };
    expect(reasonOf(context('ja'), both)).toBe('KING OF TIME がリクエストを受け付けませんでした（HTTP 400）');
    expect(reasonOf(context('en'), both)).toBe(punch.reason);
    expect(String(punchLine(context('ja'), both))).toContain('リクエストを受け付けませんでした');
  });

  test('falls back to the reason as the ledger holds it', () => {
    expect(reasonOf(context('ja'), punch)).toBe(punch.reason);
    expect(reasonOf(context('ja'), { ...punch, reasonByLang: { en: 'x' } })).toBe(punch.reason);
  });
});

describe('correction items and linking CSV problems on a page', () => {
  test('are shown in the page’s language when the backend gave them in it, else as given', () => {
    const correction = {
      id: 'c1',
      employeeCode: '0001',
      workday: '2024-02-07',
      kind: 'clockIn',
      message: 'KING OF TIME already held 出勤 …',
      messageByLang: { ja: 'KING OF TIME には出勤が登録済みでした', en: 'KING OF TIME already held 出勤 …' },
      createdAt: '2024-02-07 12:00:00',
    };
    expect(String(correctionsPage(context('ja'), { corrections: [correction], failed: [] }))).toContain(
      'KING OF TIME には出勤が登録済みでした',
    );
    const plain = { ...correction, messageByLang: undefined };
    expect(String(correctionsPage(context('ja'), { corrections: [plain], failed: [] }))).toContain(
      'KING OF TIME already held 出勤 …',
    );
    const problem = {
      line: 2,
      severity: 'error' as const,
      code: 'unknown-employee',
      message: 'Employee code 2 is not in KING OF TIME.',
      fix: 'Write 0002.',
      byLang: {
        ja: { message: '打刻先アカウント「2」は登録されていません。', fix: '「0002」と書いてください。' },
      },
    };
    const ja = String(problemTable(context('ja'), [problem], 'x'));
    expect(ja).toContain('打刻先アカウント「2」は登録されていません。');
    expect(ja).toContain('「0002」と書いてください。');
    expect(String(problemTable(context('en'), [problem], 'x'))).toContain(
      'Employee code 2 is not in KING OF TIME.',
    );
  });
});
