import { expect, test } from 'vitest';
import { pickLang, translator } from './messages.js';

test('a Japanese browser gets Japanese, any other English', () => {
  expect(pickLang('ja,en-US;q=0.9,en;q=0.8')).toBe('ja');
  expect(pickLang('ja-JP')).toBe('ja');
  expect(pickLang('en-US,en;q=0.9,ja;q=0.8')).toBe('en');
  expect(pickLang('en;q=0.5,ja;q=0.9')).toBe('ja');
  expect(pickLang('fr-FR,fr;q=0.9')).toBe('en');
  expect(pickLang('fr,ja;q=0.3')).toBe('ja');
  expect(pickLang('ja;q=0')).toBe('en');
  expect(pickLang(undefined)).toBe('en');
});

test('placeholders are filled in', () => {
  expect(translator('ja')('dueNow', { n: 3 })).toBe('送信待ち 3 件');
  expect(translator('en')('pageOf', { page: 2, pages: 5, total: 420 })).toBe('page 2 of 5 (420 rows)');
});
