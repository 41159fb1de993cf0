import type { KotClock } from '../../src/clock.js';

/** A clock whose waits take no real time: `sleep` moves `now` forward and is recorded. */
export interface InstantClock extends KotClock {
  /** Every `sleep` duration, in order. */
  readonly sleeps: number[];
  /** Move the clock to an instant. */
  set(time: string | Date): void;
  /** Move the clock forward. */
  advance(ms: number): void;
  /** The clock as the simulator takes it. */
  readonly asFunction: () => Date;
}

/** A {@link InstantClock} starting at `start`. */
export function instantClock(start: string | Date): InstantClock {
  let now = new Date(start).getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(now),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    set: (time) => {
      now = new Date(time).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
    asFunction: () => new Date(now),
  };
}
