import { inspect } from 'node:util';
import { type Message, msg } from '../i18n/translate.js';

/**
 * A secret value (the access token, a proxy password) that does not print itself.
 * `String()`, `JSON.stringify()`, `util.inspect()` and template literals show only
 * {@link describeSecret}'s summary; {@link Secret.reveal} gives the value to the one place
 * that needs it.
 *
 * @example
 * const token = new Secret('0123456789abcdef0123456789abcdef');
 * `${token}` // → '[secret: 32 characters, ending …cdef]'
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The value itself: pass it to the client, never to a log. */
  reveal(): string {
    return this.#value;
  }

  /** Its length and last four characters, which is all the agent ever shows. */
  toString(): string {
    return `[secret: ${describeSecret(this.#value)}]`;
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * What may be shown of a secret: its length and, when it is long enough for that to give
 * nothing away, its last four characters.
 *
 * @example
 * describeSecret('0123456789abcdef0123456789abcdef') // → '32 characters, ending …cdef'
 */
export function describeSecret(value: string): string {
  const length = `${value.length} character${value.length === 1 ? '' : 's'}`;
  return value.length >= 16 ? `${length}, ending …${value.slice(-4)}` : length;
}

/** {@link describeSecret} as a message, shown in the reader's language. */
export function secretSummary(value: string): Message {
  return value.length >= 16
    ? msg('secret.summaryEnding', { length: value.length, ending: value.slice(-4) })
    : msg('secret.summary', { length: value.length });
}
