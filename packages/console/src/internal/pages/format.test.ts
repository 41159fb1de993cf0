import { describe, expect, test } from 'vitest';
import type { PunchView } from '../../console-model.js';
import { type Lang, translator } from '../messages.js';
import { punchLine, reasonOf } from './format.js';
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
