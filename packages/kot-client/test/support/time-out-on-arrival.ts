import { vi } from 'vitest';
import type { KotSimulator, KotSimulatorObservedRequest } from '../../src/testing/index.js';

/**
 * Runs `call` with only `setTimeout`/`clearTimeout` faked and lets the client's per-attempt
 * timeout (a real timer in the client) fire exactly when the simulator has received the
 * request — an event, not a wall-clock race — so a busy machine cannot fire it before the request
 * was sent, nor let an answer slip in first. Resolves to what `call` resolved or rejected with.
 */
export async function timeOutOnArrival(
  sim: KotSimulator,
  call: () => Promise<unknown>,
  timeoutMs: number,
  match: (request: KotSimulatorObservedRequest) => boolean = () => true,
): Promise<unknown> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const arrived = new Promise<void>((resolve) => {
      const stop = sim.onRequest((request, phase) => {
        if (phase !== 'received' || !match(request)) return;
        stop();
        resolve();
      });
    });
    const pending = call().catch((error: unknown) => error);
    await arrived;
    await vi.advanceTimersByTimeAsync(timeoutMs);
    return await pending;
  } finally {
    vi.useRealTimers();
  }
}
