import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { KotSimulatorOptionsError } from './kot-simulator-options-error.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const PUNCH_PATH = `/daily-workings/timerecord/${TARO}`;
const PUNCH = { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' };

describe('fault injection', () => {
  let sim: KotSimulator;
  const postPunch = () => call(sim, PUNCH_PATH, { method: 'POST', body: PUNCH });

  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
  });
  afterEach(() => sim.close());

  it('status: answers 503 with a gateway page once, applying nothing, then behaves normally', async () => {
    sim.faults.add({ kind: 'status', status: 503 });
    const failed = await postPunch();
    expect(failed.status).toBe(503);
    expect(failed.headers.get('content-type')).toBe('text/html');
    expect(failed.text).toContain('503 Service Unavailable');
    expect(sim.timerecords()).toEqual([]);
    expect((await postPunch()).status).toBe(201);
    expect(sim.timerecords()).toHaveLength(1);
    expect(sim.faults.injected).toEqual([
      expect.objectContaining({ kind: 'status', status: 503, method: 'POST', origin: 'queued' }),
    ]);
    expect(sim.requests.map((request) => [request.status, request.fault])).toEqual([
      [503, 'status'],
      [201, undefined],
    ]);
  });

  it('status: 500 gets a JSON error body, 429 the 303 body; body and headers can be given', async () => {
    sim.faults.add({ kind: 'status', status: 500 });
    sim.faults.add({ kind: 'status', status: 429 });
    sim.faults.add({ kind: 'status', status: 502, body: { oops: true }, headers: { 'retry-after': '3' } });
    const [first, second, third] = [
      await call(sim, '/company'),
      await call(sim, '/company'),
      await call(sim, '/company'),
    ];
    expect(first.json).toEqual({ errors: [{ message: 'Internal Server Error', code: 500 }] });
    expect(second.json).toEqual({ code: '303', message: 'Too Many Requests' });
    expect(third.status).toBe(502);
    expect(third.json).toEqual({ oops: true });
    expect(third.headers.get('retry-after')).toBe('3');
  });

  it('matches by method, path prefix (with or without /v1.0) and RegExp, and counts times', async () => {
    sim.faults.add({
      kind: 'status',
      status: 500,
      times: 2,
      match: { method: 'post', path: '/daily-workings/timerecord' },
    });
    sim.faults.add({ kind: 'status', status: 502, match: { path: '/v1.0/divisions' } });
    sim.faults.add({ kind: 'status', status: 504, match: { path: /^\/employees\/[^/]+$/ } });
    expect((await call(sim, '/daily-workings/timerecord/2024-02-07')).status).toBe(200); // GET: not matched
    expect((await call(sim, '/employees')).status).toBe(200); // the RegExp wants a code
    expect(sim.faults.pending).toHaveLength(3);
    expect((await postPunch()).status).toBe(500);
    expect(sim.faults.pending[0]).toMatchObject({ status: 500, times: 1 });
    expect((await postPunch()).status).toBe(500);
    expect((await postPunch()).status).toBe(201);
    expect((await call(sim, '/divisions')).status).toBe(502);
    expect((await call(sim, '/employees/0001')).status).toBe(504);
    expect(sim.faults.pending).toEqual([]);
  });

  it('delay: answers normally after a short real wait', async () => {
    sim.faults.add({ kind: 'delay', ms: 5 });
    const answer = await postPunch();
    expect(answer.status).toBe(201);
    expect(sim.requests[0]).toMatchObject({ status: 201, fault: 'delay', outcome: 'answered' });
  });

  it('drop-before-apply: the connection is reset and the punch is not stored', async () => {
    sim.faults.add({ kind: 'drop-before-apply' });
    await expect(postPunch()).rejects.toThrow(TypeError);
    expect(sim.timerecords()).toEqual([]);
    expect(sim.requests[0]).toMatchObject({ method: 'POST', outcome: 'dropped', fault: 'drop-before-apply' });
    expect(sim.requests[0]?.status).toBeUndefined();
  });

  it('drop-after-apply: the connection is reset but the punch is stored', async () => {
    sim.faults.add({ kind: 'drop-after-apply', match: { method: 'POST' } });
    await expect(postPunch()).rejects.toThrow(TypeError);
    expect(sim.timerecords(TARO)).toHaveLength(1);
    // A client that retries blindly makes a duplicate, and KOT an error day.
    expect((await postPunch()).status).toBe(201);
    expect(sim.errorDays()).toEqual([
      expect.objectContaining({ employeeCode: '0001', reasons: ['duplicate-clock-in'] }),
    ]);
  });

  it('hang: never answers; an aborting client gets an abort error and close() still ends', async () => {
    sim.faults.add({ kind: 'hang' });
    const controller = new AbortController();
    const pending = fetch(`${sim.baseUrl}/company`, {
      headers: { authorization: `Bearer ${sim.token}` },
      signal: controller.signal,
    });
    // Wait for the event of the request arriving with its fault, not for a wall-clock poll.
    await arrivals(sim, 1);
    expect(sim.faults.injected).toEqual([expect.objectContaining({ kind: 'hang' })]);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });

  it('close() ends hanging and delayed requests', async () => {
    sim.faults.add({ kind: 'hang', match: { path: '/company' } });
    sim.faults.add({ kind: 'delay', ms: 60_000, match: { path: '/divisions' } });
    const both = arrivals(sim, 2);
    // Settled into values at once: both fail when close() ends them, and neither rejection may
    // go unhandled while the other is awaited.
    const outcome = (path: string) =>
      call(sim, path).then(
        () => 'answered',
        (error: unknown) => error,
      );
    const hanging = outcome('/company');
    const delayed = outcome('/divisions');
    await both;
    // Let the simulator go on from 'received' into the hang and the delay (the next turn of the
    // event loop, not a wall-clock wait).
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(sim.faults.injected).toHaveLength(2);
    await sim.close();
    expect(await hanging).toBeInstanceOf(TypeError);
    expect(await delayed).toBeInstanceOf(TypeError);
    await sim.close(); // twice is fine
  });

  it('clear() removes queued faults and the random mode', async () => {
    sim.faults.add({ kind: 'status', status: 500, times: 5 });
    sim.faults.random({ seed: 1, rate: 1 });
    sim.faults.clear();
    expect(sim.faults.pending).toEqual([]);
    expect((await call(sim, '/company')).status).toBe(200);
  });

  it('refuses invalid faults with a clear error', () => {
    expect(() => sim.faults.add({ kind: 'status', status: 200 })).toThrow(KotSimulatorOptionsError);
    expect(() => sim.faults.add({ kind: 'delay', ms: -1 })).toThrow(/fault\.ms/);
    expect(() => sim.faults.add({ kind: 'status', status: 500, times: 0 })).toThrow(/fault\.times/);
    expect(() => sim.faults.random({ seed: 1, rate: 2 })).toThrow(/random\.rate/);
  });
});

describe('random faults', () => {
  async function run(seed: number, rate: number, requests = 40) {
    const sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
    try {
      sim.faults.random({ seed, rate, kinds: ['status', { kind: 'status', status: 504 }, 'delay'] });
      const statuses: number[] = [];
      for (let index = 0; index < requests; index++) statuses.push((await call(sim, '/company')).status);
      return {
        statuses,
        injected: sim.faults.injected.map((fault) => `${fault.kind}:${fault.status ?? ''}`),
      };
    } finally {
      await sim.close();
    }
  }

  it('gives the same faults for the same seed and different ones for another seed', async () => {
    const first = await run(42, 0.5);
    const again = await run(42, 0.5);
    const other = await run(7, 0.5);
    expect(again).toEqual(first);
    expect(other.injected).not.toEqual(first.injected);
    expect(first.injected.length).toBeGreaterThan(0);
    expect(first.injected.length).toBeLessThan(40);
    const statusFaults = first.injected.filter((fault) => fault.startsWith('status:')).length;
    expect(first.statuses.filter((status) => status !== 200)).toHaveLength(statusFaults);
    for (const fault of first.injected) expect(fault).toMatch(/^(status:(500|502|503|504)|delay:)$/);
  });

  it('injects nothing at rate 0 and something on every request at rate 1', async () => {
    expect((await run(1, 0, 10)).injected).toEqual([]);
    expect((await run(1, 1, 10)).injected).toHaveLength(10);
  });

  it('only touches matching requests and lets queued faults go first', async () => {
    const sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
    try {
      sim.faults.random({ seed: 3, rate: 1, kinds: ['drop-after-apply'], match: { method: 'POST' } });
      sim.faults.add({ kind: 'status', status: 503, match: { method: 'POST' } });
      expect((await call(sim, '/company')).status).toBe(200);
      expect((await call(sim, PUNCH_PATH, { method: 'POST', body: PUNCH })).status).toBe(503);
      await expect(call(sim, PUNCH_PATH, { method: 'POST', body: PUNCH })).rejects.toThrow(TypeError);
      expect(sim.timerecords()).toHaveLength(1);
      expect(sim.faults.injected.map((fault) => fault.origin)).toEqual(['queued', 'random']);
    } finally {
      await sim.close();
    }
  });
});

/** Resolves once `count` requests have arrived at the simulator with their fault chosen. */
function arrivals(simulator: KotSimulator, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const stop = simulator.onRequest((_request, phase) => {
      if (phase !== 'received' || ++seen < count) return;
      stop();
      resolve();
    });
  });
}
