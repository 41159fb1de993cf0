/** What replaces a secret wherever it would appear. */
export const REDACTED = '[REDACTED]';

/**
 * Scrubs known secrets (the access token, proxy passwords and their encodings) out of any text
 * before it goes into an error or a log event. Every place the client builds a message from
 * outside text — server messages, network error reasons — passes it through here.
 */
export class Redactor {
  readonly #secrets = new Set<string>();

  /** Adds a secret (and its URL-encoded form). Secrets under 3 characters are not searched for. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 3) return;
    this.#secrets.add(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) this.#secrets.add(encoded);
  }

  /** `text` with every secret replaced by `[REDACTED]`. */
  text(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is replaced whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(REDACTED);
    }
    return out;
  }
}
