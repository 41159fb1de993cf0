import { describe, expect, test } from 'vitest';
import { TokenBucket } from './token-bucket.js';

function manualClock() {
  let now = 1_000_000;
  return { now: () => new Date(now), sleep: async () => {}, advance: (ms: number) => (now += ms) };
}

const settings = { requestsPerSecond: 2, burst: 3, minRequestsPerSecond: 0.5, recoveryMs: 10_000 };

describe('TokenBucket', () => {
  test('a burst, then a queue at the rate', () => {
    const bucket = new TokenBucket(settings, manualClock());
    expect([1, 2, 3, 4, 5, 6].map(() => bucket.reserve())).toEqual([0, 0, 0, 500, 1000, 1500]);
  });

  test('refills with time, never beyond the burst', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(settings, clock);
    for (let i = 0; i < 3; i++) bucket.reserve();
    clock.advance(60_000);
    expect([1, 2, 3, 4].map(() => bucket.reserve())).toEqual([0, 0, 0, 500]);
  });

  test('refund gives a token back', () => {
    const bucket = new TokenBucket({ ...settings, burst: 1 }, manualClock());
    bucket.reserve();
    expect(bucket.reserve()).toBe(500);
    bucket.refund();
    expect(bucket.reserve()).toBe(500);
  });

  test('penalize halves the rate down to the minimum and pauses', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(settings, clock);
    bucket.penalize(clock.now().getTime() + 4_000);
    expect(bucket.rate).toBe(1);
    expect(bucket.reserve()).toBe(4_000);
    bucket.penalize(0);
    bucket.penalize(0);
    expect(bucket.rate).toBe(0.5);
  });

  test('recovers step by step after quiet periods', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(settings, clock);
    bucket.penalize(0);
    bucket.penalize(0);
    expect(bucket.rate).toBe(0.5);
    bucket.succeeded();
    expect(bucket.rate).toBe(0.5);
    clock.advance(10_000);
    bucket.succeeded();
    expect(bucket.rate).toBe(1);
    bucket.succeeded();
    expect(bucket.rate).toBe(1);
    clock.advance(10_000);
    bucket.succeeded();
    expect(bucket.rate).toBe(2);
    clock.advance(10_000);
    bucket.succeeded();
    expect(bucket.rate).toBe(2);
  });
});
