// A timeout covers the whole response: a server that sends its headers and then stalls the body
// must fail after the attempt timeout, also when garbage collection has taken the Request object
// that carried the abort signal (undici drops the signal with it: nodejs/undici#4068, so an abort
// after the headers reached nothing and the read waited for undici's own 300 s body timeout).
// The test forces collections while the body stalls, as a busy agent's heap would.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, expect, test } from 'vitest';
import { KotTimeoutError } from '../src/errors/timeout-error.js';
import { type SimulatorSetup, withSimulator } from './support/simulator-client.js';

// The same as starting node with --expose-gc, for this test's context only.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let s: SimulatorSetup | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Runs `work` while collecting garbage every few milliseconds. */
async function withGc<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(gc, 10);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

test('a read whose body stalls after the headers fails with the attempt timeout', async () => {
  s = await withSimulator({ client: { timeout: 1000, retry: false, rateLimit: false } });
  s.sim.faults.add({ kind: 'stall-body', match: { method: 'GET', path: '/company' } });
  const error = await withGc(() => s!.kot.company.get().catch((e: unknown) => e));
  expect(error).toBeInstanceOf(KotTimeoutError);
  expect(error).toMatchObject({ kind: 'attempt', timeoutMs: 1000, maybeApplied: false });
  expect(s.sim.requests.map((r) => r.outcome)).toEqual(['stalled']);
}, 20_000);

test('a punch whose answer stalls after the headers fails with the attempt timeout, maybe applied', async () => {
  s = await withSimulator({ client: { timeout: 1000, retry: false, rateLimit: false } });
  s.sim.faults.add({ kind: 'stall-body', match: { method: 'POST' } });
  const employee = s.sim.employees[0]!;
  const error = await withGc(() =>
    s!.kot.timerecords
      .create(employee.key, { date: '2024-02-07', time: new Date('2024-02-07T09:00:00+09:00'), code: '1' })
      .catch((e: unknown) => e),
  );
  expect(error).toBeInstanceOf(KotTimeoutError);
  expect(error).toMatchObject({ kind: 'attempt', timeoutMs: 1000, maybeApplied: true });
  // The simulator applied it before it stalled: the client rightly says it may be there.
  expect(s.sim.timerecords(employee.key)).toHaveLength(1);
}, 20_000);
