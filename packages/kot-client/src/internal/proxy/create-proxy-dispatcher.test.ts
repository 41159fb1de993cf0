// undici is loaded only for a client with a proxy: Node's own fetch serves the others, and the
// undici package would add ~15 MB to every process that never uses a proxy.
import { afterEach, expect, test, vi } from 'vitest';
import { createKotClient } from '../../client.js';
import type { KotSimulator } from '../../testing/kot-simulator.js';
import { startKotSimulator } from '../../testing/start-kot-simulator.js';

const loads = vi.hoisted(() => ({ undici: 0 }));
vi.mock('undici', async (importActual) => {
  loads.undici++;
  return importActual();
});

let sim: KotSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

test('a client without a proxy never loads undici; one with a proxy loads it at its first request', async () => {
  // A fixed time outside KING OF TIME's restricted hours, which client and simulator enforce.
  const at = new Date('2024-02-07T11:00:00+09:00');
  const clock = { now: () => at, sleep: async () => {} };
  sim = await startKotSimulator({ clock: () => at });
  const direct = createKotClient({
    baseUrl: sim.baseUrl,
    token: sim.token,
    proxy: false,
    retry: false,
    clock,
  });
  await direct.company.get();
  await direct.close();
  expect(loads.undici).toBe(0);

  // A proxy that is not there: the request fails, but it went through undici's ProxyAgent.
  const proxied = createKotClient({
    baseUrl: sim.baseUrl,
    token: sim.token,
    proxy: { url: 'http://127.0.0.1:9' },
    retry: false,
    clock,
  });
  expect(loads.undici).toBe(0);
  await expect(proxied.company.get()).rejects.toThrow();
  expect(loads.undici).toBe(1);
  await proxied.close();
});
