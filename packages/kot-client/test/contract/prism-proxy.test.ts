// The simulator held against the API description: the client talks to the simulator through
// `prism proxy --errors`, which validates every request on its way in (an invalid one is answered
// 422 and never forwarded) and every answer of the simulator on its way out (an invalid one becomes
// a 500). Every operation of the description runs, the writes after the reads, the token
// operations last.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKotClient, type KotClient } from '../../src/client.js';
import { type KotSimulator, startKotSimulator } from '../../src/testing/index.js';
import { instantClock } from '../support/instant-clock.js';
import { QUIET_TIME } from '../support/simulator-client.js';
import { OVERRIDES } from './overrides.js';
import { applyOverrides, readDescription, writeDescription } from './support/apply-overrides.js';
import { CONTRACT_OPERATIONS, type ContractData } from './support/operations.js';
import { type Prism, startPrism } from './support/prism.js';

// Hang guards, not timings: Prism is a separate Node process and a busy 2-core machine slows it.
const PATIENCE = 120_000;

/** 勤怠 太郎 (0001) and the area manager of the simulator's default company. */
const SIMULATOR_DATA: ContractData = {
  employeeKey: '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21',
  employeeCode: '0001',
  administratorKey: 'f195b92e7ef7185dd783c5df4bd6178f6d28897e68ac2c3bf40543cf92e26c6d',
};
const WRITES = ['RegisterDailyWorkingTimerecord', 'RegisterEmployee', 'UpdateEmployee', 'DeleteEmployee'];
const TOKENS = ['GetAccessTokenAvailability', 'RefreshAccessToken', 'SuspendAccessToken'];

let sim: KotSimulator;
let prism: Prism;
let descriptionFile = '';
/** What Prism said about each answer that was not 2xx or carried violations. */
const findings: string[] = [];

const client = () => {
  const clock = instantClock(QUIET_TIME);
  return createKotClient({
    baseUrl: prism.url,
    token: sim.token,
    clock,
    env: {},
    retry: false,
    rateLimit: false,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      // Violations Prism does not turn into errors (warnings) still come in this header.
      const violations = response.headers.get('sl-violations');
      if (violations) findings.push(`sl-violations: ${violations}`);
      if (!response.ok) findings.push(await response.clone().text());
      return response;
    },
  });
};

beforeAll(async () => {
  sim = await startKotSimulator({ clock: instantClock(QUIET_TIME).asFunction });
  descriptionFile = writeDescription(
    applyOverrides(readDescription(join(import.meta.dirname, '__fixtures__', 'openapi.yml')), OVERRIDES),
  );
  prism = await startPrism(descriptionFile, { upstream: sim.baseUrl });
}, PATIENCE);
afterAll(async () => {
  await prism?.stop();
  await sim?.close();
  if (descriptionFile) rmSync(dirname(descriptionFile), { recursive: true, force: true });
}, PATIENCE);

async function run(kot: KotClient, operationId: string): Promise<string | undefined> {
  const op = CONTRACT_OPERATIONS.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  findings.length = 0;
  try {
    await op.call(kot, SIMULATOR_DATA);
  } catch (error) {
    findings.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  return findings.length ? `${operationId} (${op.method}): ${findings.join(' — ')}` : undefined;
}

describe('the simulator behind prism proxy of the API description', () => {
  test(
    'every request of the client and every answer of the simulator is valid',
    async () => {
      const reads = CONTRACT_OPERATIONS.map((op) => op.operationId).filter(
        (id) => !WRITES.includes(id) && !TOKENS.includes(id),
      );
      const failures: string[] = [];
      for (const id of [...reads, ...WRITES]) {
        const kot = client();
        const failure = await run(kot, id);
        await kot.close();
        if (failure) failures.push(failure);
      }
      // One client for the token operations: refresh replaces the token the client then revokes.
      const kot = client();
      for (const id of TOKENS) {
        const failure = await run(kot, id);
        if (failure) failures.push(failure);
      }
      await kot.close();
      expect(failures).toEqual([]);
      // Everything reached the simulator and was answered there.
      expect(sim.requests.map((r) => r.status)).toEqual(expect.arrayContaining([200, 201, 204]));
      expect(sim.requests.filter((r) => (r.status ?? 500) >= 400)).toEqual([]);
    },
    PATIENCE,
  );
});
