import { afterEach, describe, expect, test } from 'vitest';
import { createKotClient } from '../src/client.js';
import { KotResponseValidationError } from '../src/errors/response-validation-error.js';
import type { KotLogEvent } from '../src/logger.js';
import { instantClock } from './support/instant-clock.js';
import { type JsonServer, startJsonServer } from './support/json-server.js';
import { QUIET_TIME, type SimulatorSetup, withSimulator } from './support/simulator-client.js';

let s: SimulatorSetup | undefined;
let server: JsonServer | undefined;
afterEach(async () => {
  await s?.close();
  await server?.close();
  s = undefined;
  server = undefined;
});

describe('the logger hook', () => {
  test('request, response, retry and error events with method, path, status, attempt', async () => {
    s = await withSimulator({ client: { retry: 1, rateLimit: false } });
    s.sim.faults.add({ kind: 'status', status: 503, times: 2 });
    await s.kot.employees.get('0001').catch(() => undefined);
    const summary = s.events.map((e) => [
      e.type,
      'attempt' in e ? e.attempt : undefined,
      'status' in e ? e.status : undefined,
    ]);
    expect(summary).toEqual([
      ['request', 1, undefined],
      ['response', 1, 503],
      ['retry', 1, 503],
      ['request', 2, undefined],
      ['response', 2, 503],
      ['error', 2, 503],
    ]);
    for (const event of s.events) {
      expect(event).toMatchObject({ operation: 'employees.get', method: 'GET', path: '/employees/0001' });
      expect(event.at).toBeInstanceOf(Date);
    }
    const response = s.events[1] as Extract<KotLogEvent, { type: 'response' }>;
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
    expect(s.events[5]).toMatchObject({
      errorName: 'KotServerError',
      errorCode: 'KOT_SERVER_ERROR',
      maybeApplied: false,
    });
    expect(JSON.stringify(s.events)).not.toMatch(/authorization|bearer/i);
  });

  test('a logger that throws does not break the call', async () => {
    s = await withSimulator();
    const kot = s.client({
      logger: () => {
        throw new Error('logger down');
      },
    });
    await expect(kot.company.get()).resolves.toMatchObject({ code: 'sample' });
  });
});

describe('responses that do not fit', () => {
  const client = (baseUrl: string) =>
    createKotClient({ baseUrl, token: 'tok-123', env: {}, clock: instantClock(QUIET_TIME), retry: 2 });

  test('a wrong shape is a KotResponseValidationError with the issues, not retried', async () => {
    server = await startJsonServer(() => ({ json: [{ code: '1000' }] }));
    const error = (await client(server.baseUrl)
      .divisions.list()
      .catch((e: unknown) => e)) as KotResponseValidationError;
    expect(error).toBeInstanceOf(KotResponseValidationError);
    expect(error).toMatchObject({ status: 200, path: '/divisions', maybeApplied: false });
    expect(error.issues).toEqual([{ path: '[0].name', message: expect.any(String) }]);
    expect(server.requests).toHaveLength(1);
  });

  test('a body that is not JSON, or empty', async () => {
    server = await startJsonServer((r) =>
      r.url.endsWith('company') ? { text: '<html>maintenance</html>' } : { text: '' },
    );
    await expect(client(server.baseUrl).company.get()).rejects.toMatchObject({
      name: 'KotResponseValidationError',
      issues: [{ path: '', message: expect.stringMatching(/not JSON/) }],
    });
    await expect(client(server.baseUrl).divisions.list()).rejects.toMatchObject({
      issues: [{ message: expect.stringMatching(/empty/) }],
    });
  });

  test('a 打刻 answered 201 with an unreadable body was applied: maybeApplied', async () => {
    server = await startJsonServer(() => ({ status: 201, json: { ok: true } }));
    await expect(
      client(server.baseUrl).timerecords.create('k1', {
        date: '2024-02-07',
        time: '2024-02-07T09:00:00+09:00',
      }),
    ).rejects.toMatchObject({ name: 'KotResponseValidationError', maybeApplied: true });
  });

  test('tolerance end to end: numeric codes, nulls and new fields', async () => {
    server = await startJsonServer(() => ({
      json: [
        {
          date: '2024-02-07',
          dailyWorkings: [
            {
              date: '2024-02-07',
              employeeKey: 'k1',
              timeRecord: [
                { time: '2024-02-07T09:00:00+09:00', code: 1, name: '出勤', divisionCode: 1000, photo: null },
              ],
              newField: { nested: true },
            },
          ],
        },
      ],
    }));
    const days = await client(server.baseUrl).timerecords.list();
    expect(days[0]?.dailyWorkings[0]?.timeRecord[0]).toMatchObject({ code: '1', divisionCode: '1000' });
    expect(server.requests[0]?.url).toBe('/v1.0/daily-workings/timerecord');
  });

  test('an error body that is HTML (a gateway) still gives the status class', async () => {
    server = await startJsonServer(() => ({ status: 502, text: '<html>Bad Gateway</html>' }));
    await expect(
      createKotClient({
        baseUrl: server.baseUrl,
        token: 'tok-123',
        env: {},
        retry: false,
        clock: instantClock(QUIET_TIME),
      }).company.get(),
    ).rejects.toMatchObject({ name: 'KotServerError', status: 502, apiErrors: [] });
  });
});
