/** A fixed instant or a clock, as the delivery options accept it. */
export type NowOption = Date | (() => Date) | undefined;

/** The clock behind a {@link NowOption}: a fixed instant stays fixed. */
export function toClock(now: NowOption): () => Date {
  if (now === undefined) return () => new Date();
  if (now instanceof Date) return () => new Date(now.getTime());
  return now;
}
