import { REDACTED } from './internal/redaction/redactor.js';

/**
 * The answer to `tokens.refresh()`: the new access token, readable as {@link token} but hidden
 * from `JSON.stringify`, `util.inspect`, `console.log` and template strings, so that logging
 * the result does not leak it.
 *
 * @example
 * ```ts
 * const refreshed = await kot.tokens.refresh();
 * await saveSecret('KOT_ACCESS_TOKEN', refreshed.token);
 * console.log(refreshed); // KotRefreshedToken { token: '[REDACTED]' }
 * ```
 */
export class KotRefreshedToken {
  readonly #token: string;

  /** @internal */
  constructor(token: string) {
    this.#token = token;
  }

  /** The new access token. Store it: the previous token no longer works. */
  get token(): string {
    return this.#token;
  }

  /** `{ token: '[REDACTED]' }`. */
  toJSON(): { token: string } {
    return { token: REDACTED };
  }

  /** `KotRefreshedToken { token: '[REDACTED]' }`. */
  toString(): string {
    return `KotRefreshedToken { token: '${REDACTED}' }`;
  }

  /** @internal */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
