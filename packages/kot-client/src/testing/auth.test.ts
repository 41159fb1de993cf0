import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

describe('authentication', () => {
  let sim: KotSimulator;
  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
  });
  afterEach(() => sim.close());

  it('issues a random 32-character lowercase hex token by default', () => {
    expect(sim.token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers 401 with KOT error body without an Authorization header', async () => {
    const answer = await call(sim, '/company', { token: null });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ errors: [{ message: expect.any(String), code: 101 }] });
  });

  it('answers 401 for a wrong token, a wrong scheme or an empty token', async () => {
    for (const authorization of [`Bearer ${sim.token}x`, `Basic ${sim.token}`, 'Bearer ', sim.token]) {
      const response = await fetch(`${sim.baseUrl}/company`, { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
    }
  });

  it('accepts the right token, with the scheme in any case', async () => {
    for (const scheme of ['Bearer', 'bearer']) {
      const response = await fetch(`${sim.baseUrl}/company`, {
        headers: { authorization: `${scheme} ${sim.token}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it('refuses the punch POST without a valid token and stores nothing', async () => {
    const key = sim.employees[0]!.key;
    const answer = await call(sim, `/daily-workings/timerecord/${key}`, {
      method: 'POST',
      token: 'wrong',
      body: { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' },
    });
    expect(answer.status).toBe(401);
    expect(sim.timerecords()).toEqual([]);
  });

  it('uses the given token', async () => {
    const custom = await startKotSimulator({
      token: '0123456789abcdef0123456789abcdef',
      restrictedHours: false,
    });
    try {
      expect(custom.token).toBe('0123456789abcdef0123456789abcdef');
      expect((await call(custom, '/company')).status).toBe(200);
    } finally {
      await custom.close();
    }
  });

  it('answers only under /v1.0', async () => {
    const response = await fetch(`${sim.baseUrl.replace('/v1.0', '')}/company`, {
      headers: { authorization: `Bearer ${sim.token}` },
    });
    expect(response.status).toBe(404);
    expect(sim.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
  });
});
