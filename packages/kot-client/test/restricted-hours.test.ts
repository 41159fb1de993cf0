import { afterEach, describe, expect, test } from 'vitest';
import { KotPermissionError } from '../src/errors/permission-error.js';
import { KotRestrictedHoursError } from '../src/errors/restricted-hours-error.js';
import { type SimulatorSetup, withSimulator } from './support/simulator-client.js';

let s: SimulatorSetup | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('restricted hours (APIの利用制限時間帯)', () => {
  test('a read inside a window fails fast without a request', async () => {
    s = await withSimulator({ at: '2024-02-07T09:15:00+09:00' });
    const error = await s.kot.employees.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotRestrictedHoursError);
    expect(error).toBeInstanceOf(KotPermissionError);
    const restricted = error as KotRestrictedHoursError;
    expect(restricted).toMatchObject({
      refusedBy: 'client',
      code: 'KOT_RESTRICTED_HOURS',
      maybeApplied: false,
    });
    expect(restricted.retryAt.toISOString()).toBe(new Date('2024-02-07T10:00:00+09:00').toISOString());
    expect(restricted.message).toContain('2024-02-07T10:00:00+09:00');
    expect(s.sim.requests).toHaveLength(0);
    expect(s.events.map((e) => e.type)).toEqual(['error']);
  });

  test('the evening window too, and calls resume when it ends', async () => {
    s = await withSimulator({ at: '2024-02-07T17:30:00+09:00' });
    await expect(s.kot.divisions.list()).rejects.toMatchObject({
      retryAt: new Date('2024-02-07T18:30:00+09:00'),
    });
    s.clock.set('2024-02-07T18:30:00+09:00');
    await expect(s.kot.divisions.list()).resolves.toHaveLength(2);
  });

  test('with the pre-check off, KOT’s own 403 (code 104) maps to the same error', async () => {
    s = await withSimulator({
      at: '2024-02-07T08:45:00+09:00',
      client: { restrictedHours: { precheck: false } },
    });
    const error = await s.kot.company.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotRestrictedHoursError);
    const restricted = error as KotRestrictedHoursError;
    expect(restricted.refusedBy).toBe('server');
    expect(restricted.status).toBe(403);
    expect(restricted.apiErrors[0]?.code).toBe(104);
    // The window ends in 75 minutes, beyond the 60 s the client waits: one request only.
    expect(restricted.retryAt.toISOString()).toBe(new Date('2024-02-07T10:00:00+09:00').toISOString());
    expect(s.sim.requests).toHaveLength(1);
  });

  test('a refusal seconds before the window ends is waited out and retried', async () => {
    s = await withSimulator({
      at: '2024-02-07T09:59:30+09:00',
      client: { restrictedHours: { precheck: false } },
    });
    const company = await s.kot.company.get();
    expect(company.code).toBe('sample');
    expect(s.clock.sleeps).toEqual([30_000]);
    expect(s.sim.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  test('a retry that would fall inside a window is not sent', async () => {
    s = await withSimulator({ at: '2024-02-07T08:29:59.800+09:00', client: { rateLimit: false } });
    s.sim.faults.add({ kind: 'status', status: 503 });
    const error = await s.kot.company.get().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KotRestrictedHoursError', refusedBy: 'client' });
    expect(s.sim.requests.map((r) => r.status)).toEqual([503]);
    expect(s.events.map((e) => e.type)).toEqual(['request', 'response', 'retry', 'error']);
  });

  test('custom windows', async () => {
    s = await withSimulator({
      at: '2024-02-07T12:10:00+09:00',
      client: { restrictedHours: { windows: [{ start: '12:00', end: '13:00' }] } },
    });
    await expect(s.kot.company.get()).rejects.toMatchObject({
      refusedBy: 'client',
      retryAt: new Date('2024-02-07T13:00:00+09:00'),
    });
    s.clock.set('2024-02-07T09:00:00+09:00');
    // Outside the custom window the client sends; the simulator still applies KOT's real windows.
    await expect(s.kot.company.get()).rejects.toMatchObject({ refusedBy: 'server' });
  });
});
