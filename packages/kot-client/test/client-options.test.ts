import { afterEach, describe, expect, test } from 'vitest';
import { createKotClient } from '../src/client.js';
import { KotConfigurationError } from '../src/errors/configuration-error.js';
import { VERSION } from '../src/version.js';
import { instantClock } from './support/instant-clock.js';
import { type JsonServer, startJsonServer } from './support/json-server.js';
import { QUIET_TIME } from './support/simulator-client.js';

let server: JsonServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const company = { key: 'k', code: 'sample', name: 'サンプル株式会社' };

describe('the access token', () => {
  test('a missing token names KOT_ACCESS_TOKEN', () => {
    const error = (() => {
      try {
        createKotClient({ env: {} });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(KotConfigurationError);
    expect((error as Error).message).toMatch(/KOT_ACCESS_TOKEN/);
    expect(() => createKotClient({ env: { KOT_ACCESS_TOKEN: '  ' } })).toThrow(/KOT_ACCESS_TOKEN/);
  });

  test('is read from KOT_ACCESS_TOKEN and sent as a Bearer token', async () => {
    server = await startJsonServer(() => ({ json: company }));
    const kot = createKotClient({
      baseUrl: server.baseUrl,
      env: { KOT_ACCESS_TOKEN: 'from-env-123' },
      clock: instantClock(QUIET_TIME),
    });
    await kot.company.get();
    expect(server.requests[0]?.headers.authorization).toBe('Bearer from-env-123');
  });

  test('the option wins over the environment', async () => {
    server = await startJsonServer(() => ({ json: company }));
    const kot = createKotClient({
      baseUrl: server.baseUrl,
      token: 'opt-456',
      env: { KOT_ACCESS_TOKEN: 'env-123' },
      clock: instantClock(QUIET_TIME),
    });
    await kot.company.get();
    expect(server.requests[0]?.headers.authorization).toBe('Bearer opt-456');
  });
});

describe('options are validated strictly', () => {
  test.each([
    [{ timeout: -1 }, 'timeout'],
    [{ timeout: 1.5 }, 'timeout'],
    [{ totalTimeout: 1000, timeout: 5000 }, 'totalTimeout'],
    [{ baseUrl: 'ftp://api.kingtime.jp' }, 'baseUrl'],
    [{ retry: -1 }, 'retry'],
    [{ rateLimit: { requestsPerSecond: 0 } }, 'rateLimit.requestsPerSecond'],
    [{ restrictedHours: { windows: [{ start: '8:30', end: '10:00' }] } }, 'restrictedHours.windows[0].start'],
    [{ clock: { now: () => new Date() } }, 'clock'],
    [{ userAgent: 'アプリ' }, 'userAgent'],
    [{ retries: 3 }, ''],
  ])('%j → names %s', (options, path) => {
    try {
      createKotClient({ token: 'tok-123', env: {}, ...(options as object) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KotConfigurationError);
      expect((error as KotConfigurationError).issues.map((i) => i.path)).toContain(path);
    }
  });
});

describe('requests', () => {
  test('base URL (trailing slash tolerated), user agent with suffix, JSON accept', async () => {
    server = await startJsonServer(() => ({ json: company }));
    const kot = createKotClient({
      baseUrl: `${server.baseUrl}/`,
      token: 'tok-123',
      env: {},
      userAgent: 'my-sync/1.2',
      clock: instantClock(QUIET_TIME),
    });
    await kot.company.get();
    const request = server.requests[0]!;
    expect(request.url).toBe('/v1.0/company');
    expect(request.headers['user-agent']).toBe(
      `pclogin-kot-client/${VERSION} node/${process.versions.node} my-sync/1.2`,
    );
    expect(request.headers.accept).toBe('application/json');
  });

  test('a fetch override sends every request', async () => {
    const seen: string[] = [];
    const kot = createKotClient({
      baseUrl: 'https://kot.test/v1.0',
      token: 'tok-123',
      env: {},
      clock: instantClock(QUIET_TIME),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
        return Response.json([{ code: '1', name: '正社員' }]);
      },
    });
    expect(await kot.workingTypes.list()).toEqual([{ code: '1', name: '正社員' }]);
    expect(seen).toEqual(['GET https://kot.test/v1.0/working-types Bearer tok-123']);
  });

  test('the punch body is JSON with the KOT field names', async () => {
    server = await startJsonServer(() => ({
      status: 201,
      json: {
        date: '2024-02-07',
        employeeKey: 'k1',
        timeRecord: { time: '2024-02-07T09:00:00+09:00', code: '1' },
      },
    }));
    const kot = createKotClient({
      baseUrl: server.baseUrl,
      token: 'tok-123',
      env: {},
      clock: instantClock(QUIET_TIME),
    });
    await kot.timerecords.create('k1', {
      date: '2024-02-07',
      time: new Date('2024-02-07T00:00:00Z'),
      code: 'clockIn',
      divisionCode: '1000',
      latitude: 35.6672237,
      longitude: 139.7422207,
    });
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v1.0/daily-workings/timerecord/k1');
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(request.body)).toEqual({
      date: '2024-02-07',
      time: '2024-02-07T09:00:00+09:00',
      code: '1',
      divisionCode: '1000',
      latitude: 35.6672237,
      longitude: 139.7422207,
    });
  });

  test('query parameters: lists comma-separated, booleans as words, undefined left out', async () => {
    server = await startJsonServer(() => ({ json: [] }));
    const kot = createKotClient({
      baseUrl: server.baseUrl,
      token: 'tok-123',
      env: {},
      clock: instantClock(QUIET_TIME),
    });
    await kot.employees.list({ includeResigner: false, additionalFields: ['hiredDate', 'emailAddresses'] });
    await kot.timerecords.list({ start: '2024-02-01', end: '2024-02-07', employeeKeys: ['a', 'b'] });
    const urls = server.requests.map((r) => new URL(r.url, 'http://x'));
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({
      includeResigner: 'false',
      additionalFields: 'hiredDate,emailAddresses',
    });
    expect(Object.fromEntries(urls[1]!.searchParams)).toEqual({
      start: '2024-02-01',
      end: '2024-02-07',
      employeeKeys: 'a,b',
    });
  });
});
