import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { en } from './catalog/en.js';
import { ja } from './catalog/ja.js';
import { CATALOGS, translate } from './translate.js';

/** The names of a message's placeholders, with their ICU types (plural, number, …). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound || e.type === TYPE.tag) {
        if (e.type === TYPE.tag) walk(e.children);
        continue;
      }
      names.add(`${e.value}:${e.type === TYPE.plural || e.type === TYPE.select ? 'choice' : 'value'}`);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        for (const option of Object.values(e.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  // A plural in one language may be a plain number in the other (Japanese has no plural).
  return [...names].map((n) => n.replace(/:(choice|value)$/, '')).sort();
}

describe('the message catalogs', () => {
  test('every key is in every language (and no language has a key the others lack)', () => {
    const keys = Object.keys(en).sort();
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      for (const key of keys) expect(catalog[key as keyof typeof en], `${locale} ${key}`).not.toBe('');
    }
  });

  test('each message has the same placeholders in every language, and every message parses', () => {
    const mismatched: string[] = [];
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = placeholders(en[key]);
      const japanese = placeholders(ja[key]);
      if (JSON.stringify(english) !== JSON.stringify(japanese))
        mismatched.push(`${key}: en {${english.join(', ')}} ja {${japanese.join(', ')}}`);
    }
    expect(mismatched).toEqual([]);
  });

  test('counts are singular for one and plural otherwise in English, and plain in Japanese', () => {
    expect(translate('en', 'doctor.summary', { ok: 5, warn: 1, fail: 0, skip: 0 })).toBe(
      '5 ok, 1 warning, 0 failed',
    );
    expect(translate('en', 'doctor.summary', { ok: 5, warn: 2, fail: 1, skip: 1 })).toBe(
      '5 ok, 2 warnings, 1 failed, 1 skipped',
    );
    expect(translate('ja', 'doctor.summary', { ok: 5, warn: 1, fail: 0, skip: 0 })).toBe(
      'OK 5 件、警告 1 件、エラー 0 件',
    );
    expect(translate('en', 'retry.done', { count: 1 })).toBe('1 punch will be sent by the next pass.');
    expect(translate('en', 'retry.done', { count: 3 })).toBe('3 punches will be sent by the next pass.');
  });

  test('every Japanese message is translated (the same text only where both languages use it)', () => {
    // KING OF TIME's own words and symbols, the same in both.
    const same =
      /^(table\.|reason\.apiDetails$|inspect\.col\.number$|error\.hint$|doctor\.plain$|cmd\.setup\.companyCode$|doctor\.logFolder\.unreadable$)/;
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => en[k] === ja[k] && !same.test(k),
    );
    expect(untranslated).toEqual([]);
  });
});
