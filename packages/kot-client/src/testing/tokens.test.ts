import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

describe('tokens', () => {
  let sim: KotSimulator;
  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
  });
  afterEach(() => sim.close());

  it('reports whether a token is available', async () => {
    expect((await call(sim, `/tokens/${sim.token}/available`)).json).toEqual({ available: true });
    expect((await call(sim, `/tokens/${'0'.repeat(32)}/available`)).json).toEqual({ available: false });
  });

  it('rotates: POST answers 201 with a new token, the old one stops working', async () => {
    const old = sim.token;
    const answer = await call(sim, `/tokens/${old}`, { method: 'POST' });
    expect(answer.status).toBe(201);
    const { token } = answer.json as { token: string };
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(token).not.toBe(old);
    expect(sim.token).toBe(token);
    expect((await call(sim, '/company', { token: old })).status).toBe(401);
    expect((await call(sim, '/company', { token })).status).toBe(200);
    expect((await call(sim, `/tokens/${old}/available`, { token })).json).toEqual({ available: false });
  });

  it('revokes: DELETE answers 204 and every later call gets 401', async () => {
    const old = sim.token;
    const answer = await call(sim, `/tokens/${old}`, { method: 'DELETE' });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect(sim.token).toBe('');
    expect((await call(sim, '/company', { token: old })).status).toBe(401);
  });

  it('refuses to rotate or revoke another token', async () => {
    expect((await call(sim, `/tokens/${'0'.repeat(32)}`, { method: 'POST' })).status).toBe(400);
    expect((await call(sim, `/tokens/${'0'.repeat(32)}`, { method: 'DELETE' })).status).toBe(400);
    expect((await call(sim, '/company')).status).toBe(200);
  });

  it('never records a token in the request log, before or after rotation', async () => {
    const old = sim.token;
    await call(sim, `/tokens/${old}/available`);
    const { token } = (await call(sim, `/tokens/${old}`, { method: 'POST' })).json as { token: string };
    await call(sim, `/tokens/${token}/available`);
    await call(sim, `/company?note=${token}`);
    const log = JSON.stringify(sim.requests);
    expect(log).not.toContain(old);
    expect(log).not.toContain(token);
    expect(sim.requests.map((request) => request.path)).toEqual([
      '/v1.0/tokens/***/available',
      '/v1.0/tokens/***',
      '/v1.0/tokens/***/available',
      '/v1.0/company?note=***',
    ]);
  });

  it('reset() restores the first token', async () => {
    const old = sim.token;
    await call(sim, `/tokens/${old}`, { method: 'DELETE' });
    sim.reset();
    expect(sim.token).toBe(old);
    expect((await call(sim, '/company')).status).toBe(200);
  });
});
