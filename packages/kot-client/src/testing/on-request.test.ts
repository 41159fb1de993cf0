import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import type {
  KotSimulatorObservedRequest,
  KotSimulatorRequestPhase,
} from './kot-simulator-request-listener.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const PUNCH_PATH = `/daily-workings/timerecord/${TARO}`;
const PUNCH = { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' };

/** A promise with its resolve function, to hold a request or to learn that a listener ran. */
function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** Collect process warnings with the listener-failure code while `run` goes on. */
async function collectListenerWarnings(run: () => Promise<void>): Promise<Error[]> {
  const warnings: Error[] = [];
  const onWarning = (warning: Error & { code?: string }) => {
    if (warning.code === 'KOT_SIMULATOR_LISTENER_FAILED') warnings.push(warning);
  };
  process.on('warning', onWarning);
  try {
    await run();
    // process.emitWarning emits on the next tick.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return warnings;
  } finally {
    process.off('warning', onWarning);
  }
}

describe('sim.onRequest', () => {
  let sim: KotSimulator;
  let seen: [KotSimulatorRequestPhase, string, string, KotSimulatorObservedRequest][];
  const postPunch = (body: unknown = PUNCH, path = PUNCH_PATH) => call(sim, path, { method: 'POST', body });
  const phases = () => seen.map(([phase, method, path]) => `${phase} ${method} ${path}`);

  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
    seen = [];
  });
  afterEach(() => sim.close());

  const watch = () =>
    sim.onRequest((request, phase) => {
      seen.push([phase, request.method, request.path, request]);
    });

  it("calls 'received' before anything is applied and 'applied' once the punch is stored", async () => {
    const stored: number[] = [];
    sim.onRequest(() => {
      stored.push(sim.timerecords().length);
    });
    watch();
    const answer = await postPunch();
    expect(answer.status).toBe(201);
    expect(phases()).toEqual([`received POST /v1.0${PUNCH_PATH}`, `applied POST /v1.0${PUNCH_PATH}`]);
    expect(stored).toEqual([0, 1]);
    const [received, applied] = seen.map((entry) => entry[3]);
    expect(received).toEqual({
      method: 'POST',
      path: `/v1.0${PUNCH_PATH}`,
      at: new Date('2024-02-07T11:00:00+09:00'),
      body: PUNCH,
    });
    expect(applied).toEqual({ ...received, timerecord: sim.timerecords()[0] });
    expect(applied?.timerecord).toMatchObject({ employeeCode: '0001', code: '1', name: '出勤' });
  });

  it("has no 'applied' for refused punches, reads and other writes, nor for faults before the apply", async () => {
    watch();
    expect((await postPunch({ ...PUNCH, code: 1 })).status).toBe(400); // a number is refused
    expect((await postPunch({ ...PUNCH, time: '2024-02-07T09:00+09:00' })).status).toBe(400);
    expect((await postPunch(PUNCH, `/daily-workings/timerecord/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await call(sim, PUNCH_PATH, { method: 'POST', body: PUNCH, token: 'wrong' })).status).toBe(401);
    expect((await postPunch('{not json')).status).toBe(400);
    expect((await call(sim, '/daily-workings/timerecord/2024-02-07')).status).toBe(200);
    const employee = { code: '0100', lastName: '新規', firstName: '四郎', divisionCode: '1000' };
    const added = await call(sim, '/employees', {
      method: 'POST',
      body: { ...employee, gender: 'male', typeCode: '1', hiredDate: '2024-01-01' },
    });
    expect(added.status).toBe(201);
    sim.faults.add({ kind: 'status', status: 503 });
    expect((await postPunch()).status).toBe(503);
    sim.faults.add({ kind: 'drop-before-apply' });
    await expect(postPunch()).rejects.toThrow(TypeError);
    expect(sim.timerecords()).toEqual([]);
    expect(seen.map(([phase]) => phase)).toEqual(Array(9).fill('received'));
    expect(seen.slice(-2).map((entry) => entry[3].fault)).toEqual(['status', 'drop-before-apply']);
    expect(seen[4]?.[3]).not.toHaveProperty('body'); // the body was not JSON
  });

  it("calls 'applied' before a drop-after-apply fault drops the connection, and 'received' for a hang", async () => {
    watch();
    sim.faults.add({ kind: 'drop-after-apply' });
    await expect(postPunch()).rejects.toThrow(TypeError);
    expect(seen.map(([phase, , , request]) => `${phase}:${request.fault}`)).toEqual([
      'received:drop-after-apply',
      'applied:drop-after-apply',
    ]);
    sim.faults.add({ kind: 'hang', match: { path: '/company' } });
    const hung = deferred();
    sim.onRequest((request) => {
      if (request.fault === 'hang') hung.resolve();
    });
    const controller = new AbortController();
    const hanging = fetch(`${sim.baseUrl}/company`, {
      headers: { authorization: `Bearer ${sim.token}` },
      signal: controller.signal,
    });
    await hung.promise;
    controller.abort();
    await expect(hanging).rejects.toThrow(/abort/i);
  });

  it('holds the request while the promise a listener returned is pending, and only that request', async () => {
    const release = deferred();
    const reached = deferred();
    sim.onRequest((_request, phase) => {
      if (phase !== 'applied') return undefined;
      reached.resolve();
      return release.promise;
    });
    watch(); // a second listener is called even while the first one holds
    let answered = false;
    const pending = postPunch().then((answer) => {
      answered = true;
      return answer;
    });
    await reached.promise;
    expect(sim.timerecords()).toHaveLength(1); // stored …
    expect(sim.requests).toEqual([]); // … not answered
    // Other requests are served meanwhile; a whole round trip later the punch is still unanswered.
    expect((await call(sim, '/company')).status).toBe(200);
    expect(answered).toBe(false);
    expect(phases()).toContain(`applied POST /v1.0${PUNCH_PATH}`);
    release.resolve();
    expect((await pending).status).toBe(201);
    expect(sim.requests.map((request) => [request.path, request.status])).toEqual([
      ['/v1.0/company', 200],
      [`/v1.0${PUNCH_PATH}`, 201],
    ]);
  });

  it("can hold at 'received' so that nothing is stored until it lets go", async () => {
    const release = deferred();
    const reached = deferred();
    sim.onRequest((request, phase) => {
      if (phase !== 'received' || request.method !== 'POST') return undefined;
      reached.resolve();
      return release.promise;
    });
    const pending = postPunch();
    await reached.promise;
    expect((await call(sim, '/company')).status).toBe(200);
    expect(sim.timerecords()).toEqual([]);
    release.resolve();
    expect((await pending).status).toBe(201);
    expect(sim.timerecords()).toHaveLength(1);
  });

  it('survives a listener that throws or rejects: the request goes on and a warning says why', async () => {
    const failing = [
      sim.onRequest((_request, phase) => {
        if (phase === 'received') throw new Error('listener bug');
      }),
      sim.onRequest(async (_request, phase) => {
        if (phase === 'applied') throw new Error('async listener bug');
      }),
      sim.onRequest(() => {
        throw 'not an Error';
      }),
    ];
    watch();
    let answer: Awaited<ReturnType<typeof postPunch>> | undefined;
    const warnings = await collectListenerWarnings(async () => {
      answer = await postPunch();
    });
    expect(answer?.status).toBe(201);
    expect(sim.timerecords()).toHaveLength(1);
    expect(phases()).toHaveLength(2);
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(
        /phase 'received' of POST \/v1\.0\/daily-workings\/timerecord\/7785.*: listener bug/,
      ),
      expect.stringMatching(/phase 'received' of POST .*: not an Error/),
      // A throw is reported at once, a rejection when it settles.
      expect.stringMatching(/phase 'applied' of POST .*: not an Error/),
      expect.stringMatching(/phase 'applied' of POST .*: async listener bug/),
    ]);
    expect(warnings[0]?.name).toBe('KotSimulatorWarning');
    for (const unsubscribe of failing) unsubscribe();
    expect((await call(sim, '/company')).status).toBe(200); // still serving
  });

  it('redacts tokens in the paths listeners and warnings see', async () => {
    const token = sim.token;
    sim.onRequest(() => {
      throw new Error('boom');
    });
    watch();
    const warnings = await collectListenerWarnings(async () => {
      expect((await call(sim, `/tokens/${token}/available`)).json).toEqual({ available: true });
      expect((await call(sim, `/tokens/${token}`, { method: 'POST' })).status).toBe(201);
    });
    expect(phases()).toEqual(['received GET /v1.0/tokens/***/available', 'received POST /v1.0/tokens/***']);
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) expect(warning.message).not.toContain(token);
  });

  it('gives listeners copies: changing them changes neither the punch nor the store', async () => {
    sim.onRequest((request, phase) => {
      if (phase === 'received') (request.body as { code: string }).code = '2';
      else (request.timerecord as { code: string }).code = '2';
    });
    expect((await postPunch()).json).toMatchObject({ timeRecord: { code: '1', name: '出勤' } });
    expect(sim.timerecords()[0]).toMatchObject({ code: '1', name: '出勤' });
  });

  it('unsubscribes: each subscription on its own, twice is harmless, also from inside a listener', async () => {
    const calls: string[] = [];
    const listener = (_request: KotSimulatorObservedRequest, phase: KotSimulatorRequestPhase) => {
      calls.push(phase);
    };
    const first = sim.onRequest(listener);
    const second = sim.onRequest(listener);
    const once = sim.onRequest(() => {
      calls.push('once');
      once();
    });
    await call(sim, '/company');
    expect(calls).toEqual(['received', 'received', 'once']);
    first();
    first();
    calls.length = 0;
    await postPunch();
    expect(calls).toEqual(['received', 'applied']);
    second();
    calls.length = 0;
    await postPunch();
    expect(calls).toEqual([]);
    expect(sim.timerecords()).toHaveLength(2);
  });

  it('keeps listeners through reset() and refuses a listener that is not a function', async () => {
    watch();
    sim.reset();
    await call(sim, '/company');
    expect(phases()).toEqual(['received GET /v1.0/company']);
    expect(() => sim.onRequest('nope' as never)).toThrow(TypeError);
  });

  it('lets close() end a held request; letting go afterwards answers and records nothing', async () => {
    const release = deferred();
    const reached = deferred();
    sim.onRequest((_request, phase) => {
      if (phase !== 'applied') return undefined;
      reached.resolve();
      return release.promise;
    });
    const pending = postPunch();
    await reached.promise;
    await sim.close();
    await expect(pending).rejects.toThrow(TypeError);
    release.resolve();
    await release.promise;
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(sim.requests).toEqual([]);
    expect(sim.timerecords()).toHaveLength(1);
  });
});
