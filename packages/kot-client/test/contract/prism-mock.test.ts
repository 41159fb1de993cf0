// The client held against an implementation nobody here wrote: Stoplight Prism serving the API
// description (the community OpenAPI transcription, corrected only by ./overrides.ts). Prism
// validates every request the client sends (--errors: an invalid one is answered 422) and every
// answer it serves; the client must accept the documented examples and every answer Prism
// generates from the schemas (Prefer: dynamic=true with a fixed seed, as `prism mock -d` does).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKotClient, type KotClient } from '../../src/client.js';
import { instantClock } from '../support/instant-clock.js';
import { QUIET_TIME } from '../support/simulator-client.js';
import { OVERRIDES } from './overrides.js';
import { applyOverrides, readDescription, writeDescription } from './support/apply-overrides.js';
import { CONTRACT_OPERATIONS, type ContractData, MOCK_DATA } from './support/operations.js';
import { type Prism, startPrism } from './support/prism.js';

// Hang guards, not timings: Prism is a separate Node process and a busy 2-core machine slows it.
const PATIENCE = 120_000;

const SEEDS = Number(process.env.CONTRACT_SEEDS ?? 12);
const TOKEN = '0123456789abcdef0123456789abcdef';

let prism: Prism;
let descriptionFile = '';
let operationIds: string[] = [];
let prefer: string | undefined;
/** Prism's explanation (a problem+json body) of the last answer that was not 2xx. */
let problem = '';

const client = (url: string) =>
  createKotClient({
    baseUrl: url,
    token: TOKEN,
    clock: instantClock(QUIET_TIME),
    env: {},
    retry: false,
    rateLimit: false,
    fetch: (input, init) => {
      const request = new Request(input as Request, init);
      if (prefer) request.headers.set('Prefer', prefer);
      return fetch(request).then(async (response) => {
        problem = response.ok ? '' : await response.clone().text();
        return response;
      });
    },
  });

beforeAll(async () => {
  const description = applyOverrides(
    readDescription(join(import.meta.dirname, '__fixtures__', 'openapi.yml')),
    OVERRIDES,
  );
  operationIds = Object.values(
    (description as { paths: Record<string, Record<string, { operationId?: string }>> }).paths,
  )
    .flatMap((methods) => Object.values(methods).map((operation) => operation.operationId ?? ''))
    .sort();
  descriptionFile = writeDescription(description);
  prism = await startPrism(descriptionFile, { mock: true });
}, PATIENCE);
afterAll(async () => {
  await prism?.stop();
  if (descriptionFile) rmSync(dirname(descriptionFile), { recursive: true, force: true });
}, PATIENCE);

async function outcome(
  call: (k: KotClient, data: ContractData) => Promise<unknown>,
): Promise<string | undefined> {
  // A fresh client per call: tokens.refresh and revoke change the client's token.
  const k = client(prism.url);
  problem = '';
  try {
    await call(k, MOCK_DATA);
    return undefined;
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (text.includes(TOKEN)) return `the error carries the token: ${text.replaceAll(TOKEN, '<token>')}`;
    return problem ? `${text} — ${problem}` : text;
  } finally {
    await k.close();
  }
}

describe('the client against prism mock of the API description', () => {
  test('every operation of the description is called through the client', () => {
    expect(operationIds).toHaveLength(26);
    expect(CONTRACT_OPERATIONS.map((op) => op.operationId).sort()).toEqual(operationIds);
  });

  test(
    'static examples: every operation is a valid request and its documented answer parses',
    async () => {
      const failures: string[] = [];
      prefer = undefined;
      for (const op of CONTRACT_OPERATIONS) {
        const failure = await outcome(op.call);
        if (failure) failures.push(`${op.operationId} (${op.method}): ${failure}`);
      }
      expect(failures).toEqual([]);
    },
    PATIENCE,
  );

  test(
    `dynamic answers, ${SEEDS} seeds per operation: every generated answer parses`,
    async () => {
      const failures: string[] = [];
      for (const op of CONTRACT_OPERATIONS) {
        for (let seed = 1; seed <= SEEDS; seed++) {
          prefer = `dynamic=true, seed=${seed}`;
          const failure = await outcome(op.call);
          if (failure) failures.push(`${op.operationId} (${op.method}) seed ${seed}: ${failure}`);
        }
      }
      prefer = undefined;
      expect(failures).toEqual([]);
    },
    PATIENCE,
  );
});
