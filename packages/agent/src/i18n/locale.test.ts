import { describe, expect, test } from 'vitest';
import { detectLocale, langArgument, localeFromTag } from './locale.js';

const argv = (...args: string[]) => ['node', 'cli.js', ...args];

describe('detectLocale', () => {
  test('--lang comes first, in both spellings, before or after the command', () => {
    expect(detectLocale({ argv: argv('--lang', 'ja', 'doctor'), env: { LANG: 'en_US.UTF-8' } })).toBe('ja');
    expect(detectLocale({ argv: argv('doctor', '--lang=en'), env: { PCLOGIN_LANG: 'ja' } })).toBe('en');
    // After `--` it is an argument, not the option.
    expect(langArgument(argv('events', '--', '--lang', 'ja'))).toBeUndefined();
  });

  test('then PCLOGIN_LANG, then LC_ALL, LC_MESSAGES, LANG in that order', () => {
    const none = { argv: argv('status'), systemLocale: undefined };
    expect(detectLocale({ ...none, env: { PCLOGIN_LANG: 'ja', LANG: 'en_US.UTF-8' } })).toBe('ja');
    expect(detectLocale({ ...none, env: { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' } })).toBe('ja');
    expect(detectLocale({ ...none, env: { LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' } })).toBe('en');
    expect(detectLocale({ ...none, env: { LC_MESSAGES: 'ja_JP.eucJP', LANG: 'C' } })).toBe('ja');
    expect(detectLocale({ ...none, env: { LANG: 'ja_JP.SJIS' } })).toBe('ja');
    expect(detectLocale({ ...none, env: { LANG: 'C.UTF-8' } })).toBe('en');
  });

  test('then the system’s language (on Windows, the user’s locale), else English', () => {
    expect(detectLocale({ argv: argv('status'), env: {}, systemLocale: 'ja-JP' })).toBe('ja');
    expect(detectLocale({ argv: argv('status'), env: {}, systemLocale: 'en-US' })).toBe('en');
    expect(detectLocale({ argv: argv('status'), env: {}, systemLocale: undefined })).toBe('en');
    // An empty variable is no choice.
    expect(
      detectLocale({ argv: argv('status'), env: { PCLOGIN_LANG: '', LANG: '' }, systemLocale: 'ja' }),
    ).toBe('ja');
  });

  test('a tag is Japanese only when its language is ja', () => {
    expect(localeFromTag('ja')).toBe('ja');
    expect(localeFromTag('ja-JP-u-ca-japanese')).toBe('ja');
    expect(localeFromTag('jam')).toBe('en');
    expect(localeFromTag('fr_FR.UTF-8')).toBe('en');
    expect(localeFromTag('  ')).toBeUndefined();
  });
});
