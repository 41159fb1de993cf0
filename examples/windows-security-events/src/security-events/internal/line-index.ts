/**
 * Turns byte offsets into 1-based line numbers. csv-parse's own line count is off for
 * records whose quoted fields contain CRLF, as every exported `Message` does, so the
 * parser counts line feeds itself.
 */
export class LineIndex {
  readonly #lineFeeds: number[] = [];

  constructor(bytes: Uint8Array) {
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) this.#lineFeeds.push(at);
  }

  /** The line on which the byte at `offset` sits. */
  lineAt(offset: number): number {
    // Count the line feeds before `offset` by binary search.
    let low = 0;
    let high = this.#lineFeeds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#lineFeeds[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}
