/** Above this many fingerprints a day switches from a scanned array to a `Set`. */
const SMALL = 32;

/**
 * The distinct fingerprints of one day. Most days hold a handful of events, and a `Set` of
 * numbers this large (each boxed) costs several hundred bytes per day; an array of doubles
 * scanned linearly holds them unboxed in a fraction of that, and is as fast at these sizes.
 * Days with many events switch to a `Set`.
 */
export class FingerprintSet implements Iterable<number> {
  private small: number[] | undefined = [];
  private large: Set<number> | undefined;

  constructor(values: Iterable<number> = []) {
    for (const value of values) this.add(value);
  }

  get size(): number {
    return this.small ? this.small.length : (this.large as Set<number>).size;
  }

  has(value: number): boolean {
    return this.small ? this.small.includes(value) : (this.large as Set<number>).has(value);
  }

  /** Adds `value`; `false` when it was already there. */
  add(value: number): boolean {
    const small = this.small;
    if (small) {
      if (small.includes(value)) return false;
      if (small.length < SMALL) {
        small.push(value);
        return true;
      }
      this.large = new Set(small);
      this.small = undefined;
    }
    const large = this.large as Set<number>;
    if (large.has(value)) return false;
    large.add(value);
    return true;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.small ? this.small[Symbol.iterator]() : (this.large as Set<number>)[Symbol.iterator]();
  }
}
