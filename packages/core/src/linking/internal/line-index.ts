/**
 * Line numbers for byte offsets of a UTF-8 buffer. CRLF, LF and a lone CR each end a line,
 * as in the files Windows tools write.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly buffer: Uint8Array) {
    for (let i = 0; i < buffer.length; i++) {
      const b = buffer[i];
      if (b === 0x0a || (b === 0x0d && buffer[i + 1] !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** The 1-based line of the byte at `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The 1-based line of the first byte at or after `offset` that is not a line break. */
  lineAfter(offset: number): number {
    let at = offset;
    while (at < this.buffer.length && this.isBreak(at)) at++;
    return this.lineOf(at);
  }

  /**
   * The line a record starts on, from the offset just past it (its line break included) and
   * its values: the line of its last byte, less the line breaks inside its quoted values.
   */
  recordStart(endOffset: number, values: readonly string[]): number {
    let last = endOffset - 1;
    while (last > 0 && this.isBreak(last)) last--;
    let breaks = 0;
    for (const value of values) breaks += value.match(/\r\n|\r|\n/g)?.length ?? 0;
    return this.lineOf(last) - breaks;
  }

  private isBreak(offset: number): boolean {
    const b = this.buffer[offset];
    return b === 0x0a || b === 0x0d;
  }
}
