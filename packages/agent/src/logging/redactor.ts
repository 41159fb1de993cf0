import type { Secret } from '../config/secret.js';

/** Replaces every known secret in a text with `[redacted]`. */
export type Redact = (text: string) => string;

/**
 * A function that removes the given secrets from any text: the value as is, and as it would
 * appear percent-encoded in a URL (a proxy password in `http://user:p%40ss@proxy`). The last
 * line of defence before anything reaches a log, stdout or an error message.
 *
 * @example
 * createRedactor(['s3cret-pass'])('proxy http://u:s3cret-pass@p:8080') // → 'proxy http://u:[redacted]@p:8080'
 */
export function createRedactor(secrets: Iterable<string | Secret | undefined>): Redact {
  const values = new Set<string>();
  for (const s of secrets) {
    const value = typeof s === 'string' ? s : s?.reveal();
    // Very short values would blank out ordinary words; they are not worth guessing either.
    if (!value || value.length < 4) continue;
    values.add(value);
    values.add(encodeURIComponent(value));
  }
  if (values.size === 0) return (text) => text;
  // Longest first, so that a secret containing another is removed whole.
  const ordered = [...values].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const value of ordered) if (out.includes(value)) out = out.split(value).join('[redacted]');
    return out;
  };
}
