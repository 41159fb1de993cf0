import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './catalog/en.js';
import { ja } from './catalog/ja.js';
import type { Locale } from './locale.js';

export type { MessageKey };

/** A text already written in each language, e.g. a library's English sentence and the catalog's Japanese one. */
export type LocalizedText = { readonly [L in Locale]: string };

/**
 * The values a message's placeholders take; a nested {@link Message} or {@link LocalizedText}
 * is rendered in the same language.
 */
export type MessageValues = Record<string, string | number | Date | Message | LocalizedText | undefined>;

/** A message not yet rendered: rendered later in the language of whoever reads it. */
export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

/** Every language's catalog: ICU MessageFormat strings by key. */
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, ja };

let current: Locale = 'en';
const compiled = new Map<string, IntlMessageFormat>();

/** Sets the language of {@link t} for this process (or worker thread). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** The language {@link t} renders in. */
export function getLocale(): Locale {
  return current;
}

/** A message to render later (see {@link render}). */
export function msg(key: MessageKey, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}

/** Whether a value is a {@link Message}. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

/**
 * The message `key` in `locale`, its placeholders filled with `values`.
 *
 * @example
 * translate('ja', 'doctor.summary', { ok: 5, warn: 1, fail: 0, skip: 0 }) // → 'OK 5 件、警告 1 件、失敗 0 件'
 */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[locale][key], locale === 'ja' ? 'ja-JP' : 'en-US', undefined, {
      ignoreTag: true,
    });
    compiled.set(id, format);
  }
  if (!values) return format.format() as string;
  const filled: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) filled[name] = '';
    else if (isMessage(value)) filled[name] = render(value, locale);
    else if (isLocalized(value)) filled[name] = value[locale];
    else filled[name] = value;
  }
  return String(format.format(filled));
}

function isLocalized(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' && value !== null && !(value instanceof Date) && 'ja' in value && 'en' in value
  );
}

/** The message `key` in the current language (see {@link setLocale}). */
export function t(key: MessageKey, values?: MessageValues): string {
  return translate(current, key, values);
}

/** A {@link Message} rendered in `locale` (default: the current language). */
export function render(message: Message | string, locale: Locale = current): string {
  return typeof message === 'string' ? message : translate(locale, message.key, message.values);
}
