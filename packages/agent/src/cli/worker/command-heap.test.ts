import { describe, expect, test } from 'vitest';
import { COMMAND_HEAP_LIMITS, heapChosenByUser } from './command-heap.js';

describe('heapChosenByUser', () => {
  test('a heap size on node’s command line or in NODE_OPTIONS is the user’s choice', () => {
    expect(heapChosenByUser(['--max-old-space-size=4096'], undefined)).toBe(true);
    expect(heapChosenByUser(['--max_old_space_size=300'], undefined)).toBe(true);
    expect(heapChosenByUser([], '--enable-source-maps --max-semi-space-size=4')).toBe(true);
    expect(heapChosenByUser([], '--max-old-space-size 512')).toBe(true);
    expect(heapChosenByUser(['--max-heap-size=256'], '')).toBe(true);
  });

  test('other flags, or none, leave the choice to the agent', () => {
    expect(heapChosenByUser([], undefined)).toBe(false);
    expect(heapChosenByUser(['--enable-source-maps', '--require', './x.cjs'], '--no-warnings')).toBe(false);
    // A flag name that merely contains the words is not one.
    expect(heapChosenByUser([], '--title=max-old-space-size')).toBe(false);
  });

  test('the limits keep V8 below its high-memory growing factor (maximum old generation under 2 GB)', () => {
    expect(COMMAND_HEAP_LIMITS.maxOldGenerationSizeMb).toBeLessThan(2048);
    expect(COMMAND_HEAP_LIMITS.maxYoungGenerationSizeMb).toBeLessThanOrEqual(48);
  });
});
