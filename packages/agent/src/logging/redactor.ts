import type { Secret } from '../config/secret.js';

/** Replaces every known secret in a text with `[redacted]`. */
export type Redact = (text: string) => string;

/** Below this length a secret is removed only where it stands alone (see {@link createRedactor}). */
const SHORT = 4;

/**
 * A function that removes the given secrets from any text: the value as is, as it would
 * appear percent-encoded in a URL (a proxy password in `http://user:p%40ss@proxy`), and as it
 * appears inside a JSON string (quotes and backslashes escaped: `--json` output, JSON logs).
 * A secret shorter than 4 characters is removed where no letter or digit touches it (removing
 * it everywhere would blank out parts of ordinary words). The last line of defence before
 * anything reaches a log, stdout or an error message.
 *
 * @example
 * createRedactor(['s3cret-pass'])('proxy http://u:s3cret-pass@p:8080') // → 'proxy http://u:[redacted]@p:8080'
 */
export function createRedactor(secrets: Iterable<string | Secret | undefined>): Redact {
  const values = new Set<string>();
  for (const s of secrets) {
    const value = typeof s === 'string' ? s : s?.reveal();
    if (!value) continue;
    const json = JSON.stringify(value).slice(1, -1);
    values.add(value);
    values.add(encodeURIComponent(value));
    values.add(json);
    values.add(JSON.stringify(json).slice(1, -1)); // JSON inside JSON (an error in a JSON log line)
  }
  if (values.size === 0) return (text) => text;
  // Longest first, so that a secret containing another is removed whole.
  const ordered = [...values].sort((a, b) => b.length - a.length);
  const long = ordered.filter((value) => value.length >= SHORT);
  const short = ordered
    .filter((value) => value.length < SHORT)
    .map((value) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'gu'));
  return (text) => {
    let out = text;
    for (const value of long) if (out.includes(value)) out = out.split(value).join('[redacted]');
    for (const pattern of short) out = out.replace(pattern, '[redacted]');
    return out;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
