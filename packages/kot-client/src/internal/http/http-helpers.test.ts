import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { backoffDelay } from './backoff-delay.js';
import { classifyTransportFailure } from './classify-transport-failure.js';
import { parseErrorBody } from './parse-error-body.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { pathForDisplay, pathForRequest, TOKEN_SEGMENT } from './request-path.js';

const fetchFailed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });
const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('parseErrorBody', () => {
  test('the documented errors list, with numeric and string codes', () => {
    expect(
      parseErrorBody({
        errors: [
          { message: 'a', code: 104 },
          { message: 'b', code: '201' },
        ],
      }),
    ).toEqual([
      { message: 'a', code: 104 },
      { message: 'b', code: 201 },
    ]);
  });

  test('the rate-limit body and a bare message', () => {
    expect(parseErrorBody({ code: '303', message: 'Too Many Requests' })).toEqual([
      { message: 'Too Many Requests', code: 303 },
    ]);
    expect(parseErrorBody({ message: 'oops' })).toEqual([{ message: 'oops' }]);
  });

  test('anything else is no details', () => {
    for (const body of [undefined, null, 'html', 42, [], {}, { errors: 'x' }])
      expect(parseErrorBody(body)).toEqual([]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-02-07T02:00:00Z');
  test('seconds, an HTTP date, garbage', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1_500);
    expect(parseRetryAfter('Wed, 07 Feb 2024 02:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 07 Feb 2024 01:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  test('doubles, caps, and jitters down by at most 25 %', () => {
    expect(backoffDelay(1, 500, 8000, () => 0)).toBe(500);
    expect(backoffDelay(3, 500, 8000, () => 0)).toBe(2000);
    expect(backoffDelay(10, 500, 8000, () => 0)).toBe(8000);
    expect(backoffDelay(1, 500, 8000, () => 1)).toBe(375);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (retry, r) => {
        const base = Math.min(500 * 2 ** (retry - 1), 8000);
        const delay = backoffDelay(retry, 500, 8000, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.75));
        expect(delay).toBeLessThanOrEqual(base);
      }),
    );
  });
});

describe('classifyTransportFailure', () => {
  test('our own timer is a timeout whatever the error', () => {
    expect(classifyTransportFailure(new Error('aborted'), true)).toEqual({ kind: 'timeout' });
  });

  test('refused, DNS and TLS failures were certainly not sent', () => {
    for (const code of [
      'ECONNREFUSED',
      'ENOTFOUND',
      'EAI_AGAIN',
      'UND_ERR_CONNECT_TIMEOUT',
      'CERT_HAS_EXPIRED',
    ]) {
      expect(classifyTransportFailure(fetchFailed(coded(`x ${code}`, code)), false)).toMatchObject({
        kind: 'connection',
        notSent: true,
      });
    }
    const aggregate = Object.assign(
      new AggregateError([coded('connect ECONNREFUSED ::1:443', 'ECONNREFUSED')]),
      {
        code: 'ECONNREFUSED',
      },
    );
    expect(classifyTransportFailure(fetchFailed(aggregate), false)).toMatchObject({ notSent: true });
  });

  test('resets and closed sockets may have been sent', () => {
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_HEADERS_TIMEOUT']) {
      expect(classifyTransportFailure(fetchFailed(coded('other side closed', code)), false)).toMatchObject({
        kind: 'connection',
        notSent: false,
        reason: `other side closed (${code})`,
      });
    }
    expect(classifyTransportFailure('weird', false)).toMatchObject({ notSent: false });
  });

  test('undici’s refused tunnel, however deep', () => {
    const refused = fetchFailed(
      Object.assign(new Error('Request was cancelled.'), {
        cause: coded('Proxy response (407) !== 200 when HTTP Tunneling', 'UND_ERR_ABORTED'),
      }),
    );
    expect(classifyTransportFailure(refused, false)).toEqual({ kind: 'proxy-refused', status: 407 });
  });
});

describe('request paths', () => {
  test('segments are encoded; the token is sent but displayed as [REDACTED]', () => {
    const path = ['tokens', TOKEN_SEGMENT, 'available'] as const;
    expect(pathForRequest(path, 'a/b c')).toBe('tokens/a%2Fb%20c/available');
    expect(pathForDisplay(path)).toBe('/tokens/[REDACTED]/available');
    expect(pathForRequest(['employees', '../company'], 't')).toBe('employees/..%2Fcompany');
  });
});
