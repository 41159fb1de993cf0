import { describe, expect, test } from 'vitest';
import { KotApiError } from './api-error.js';
import { KotAuthenticationError } from './authentication-error.js';
import { KotConnectionError } from './connection-error.js';
import { KotError } from './kot-error.js';
import { KotPermissionError } from './permission-error.js';
import { KotRateLimitError } from './rate-limit-error.js';
import { KotRestrictedHoursError } from './restricted-hours-error.js';
import { KotServerError } from './server-error.js';

const init = { status: 403, method: 'GET', path: '/company', apiErrors: [{ message: '禁止', code: 104 }] };

describe('the error hierarchy', () => {
  test('classes, names and codes', () => {
    const restricted = new KotRestrictedHoursError({ ...init, retryAt: new Date(0), refusedBy: 'server' });
    expect(restricted).toBeInstanceOf(KotPermissionError);
    expect(restricted).toBeInstanceOf(KotApiError);
    expect(restricted).toBeInstanceOf(KotError);
    expect(restricted).toBeInstanceOf(Error);
    expect(restricted).toMatchObject({
      name: 'KotRestrictedHoursError',
      code: 'KOT_RESTRICTED_HOURS',
      status: 403,
    });
    expect(new KotServerError({ ...init, status: 502 })).toMatchObject({
      name: 'KotServerError',
      code: 'KOT_SERVER_ERROR',
    });
    expect(new KotAuthenticationError({ ...init, status: 401 }).message).toMatch(/KOT WebAPI連携設定/);
  });

  test('isInstance follows the hierarchy', () => {
    const rate = new KotRateLimitError({ ...init, status: 429, retryAt: new Date(0) });
    expect(KotError.isInstance(rate)).toBe(true);
    expect(KotApiError.isInstance(rate)).toBe(true);
    expect(KotRateLimitError.isInstance(rate)).toBe(true);
    expect(KotPermissionError.isInstance(rate)).toBe(false);
    expect(KotError.isInstance(new Error('x'))).toBe(false);
    expect(KotError.isInstance(null)).toBe(false);
    expect(KotError.isInstance('KotError')).toBe(false);
  });

  test('isInstance recognises errors from another copy of the package', async () => {
    // A second module instance stands in for a second copy of the package in node_modules.
    const specifier = './rate-limit-error.js?another-copy';
    const other = (await import(/* @vite-ignore */ specifier)) as typeof import('./rate-limit-error.js');
    expect(other.KotRateLimitError).not.toBe(KotRateLimitError);
    const foreign = new other.KotRateLimitError({ ...init, status: 429, retryAt: new Date(0) });
    expect(foreign instanceof KotRateLimitError).toBe(false);
    expect(KotRateLimitError.isInstance(foreign)).toBe(true);
    expect(KotError.isInstance(foreign)).toBe(true);
    expect(KotServerError.isInstance(foreign)).toBe(false);
  });

  test('toJSON carries name, code, message and facts; the brand stays invisible', () => {
    const error = new KotConnectionError({
      method: 'POST',
      path: '/daily-workings/timerecord/k',
      reason: 'other side closed',
      notSent: false,
      maybeApplied: true,
    });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'KotConnectionError',
      code: 'KOT_CONNECTION_FAILED',
      message: error.message,
      maybeApplied: true,
      method: 'POST',
      path: '/daily-workings/timerecord/k',
      reason: 'other side closed',
      notSent: false,
    });
    expect(error.message).toMatch(/may have been applied/);
    expect(Object.keys(error)).not.toContain('brand');
  });
});
