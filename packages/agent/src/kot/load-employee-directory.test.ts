import { MemoryLedgerStore } from '@pclogin/core';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { simulatorClient } from '../../test/support/simulator-client.js';
import { DirectoryUnavailableError } from './directory-unavailable-error.js';
import { DIRECTORY_CACHE_KEY, loadEmployeeDirectory } from './load-employee-directory.js';

const TOKEN = 'DirTest00000000000000000000token';
let sim: KotSimulator;
let now: Date;
const store = () => new MemoryLedgerStore();
const client = (token = TOKEN) => simulatorClient(sim, { token, now: () => now });

beforeEach(async () => {
  now = new Date('2024-02-08T12:00:00+09:00');
  sim = await startKotSimulator({
    token: TOKEN,
    clock: () => now,
    seed: {
      company: { key: 'k', code: 'abc', name: 'A' },
      divisions: [
        { code: '1', name: '本社', dayBorderTime: '00:00' },
        { code: '2', name: '工場', dayBorderTime: '05:00' },
      ],
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: [
        {
          code: '0001',
          key: 'a'.repeat(64),
          lastName: '山田',
          firstName: '太郎',
          divisionCode: '1',
          typeCode: '1',
        },
        {
          code: '0002',
          key: 'b'.repeat(64),
          lastName: '佐藤',
          firstName: '次郎',
          divisionCode: '2',
          typeCode: '1',
          resignationDate: '2024-01-31',
        },
      ],
    },
  });
});
afterEach(async () => {
  await sim.close();
});

test('fetches employees (resigned ones too, for old logs) and divisions, and caches them in the ledger', async () => {
  const s = store();
  const loaded = await loadEmployeeDirectory({ client: client(), store: s, clock: () => now });
  expect(loaded.from).toBe('kot');
  expect(loaded.directory.employees.map((e) => e.code)).toEqual(['0001', '0002']);
  expect(loaded.directory.divisions).toContainEqual({ code: '2', name: '工場', dayBorderTime: '05:00' });
  expect(s.cache(DIRECTORY_CACHE_KEY)).toMatchObject({ fetchedAt: '2024-02-08T03:00:00.000Z' });

  // Within a day: the copy, without asking KOT.
  const requests = sim.requests.length;
  now = new Date('2024-02-09T11:59:00+09:00');
  expect((await loadEmployeeDirectory({ client: client(), store: s, clock: () => now })).from).toBe('cache');
  expect(sim.requests).toHaveLength(requests);
  // A day later: fetched again.
  now = new Date('2024-02-09T12:01:00+09:00');
  expect((await loadEmployeeDirectory({ client: client(), store: s, clock: () => now })).from).toBe('kot');
});

test('during the restricted hours: the copy, or an error saying until when', async () => {
  now = new Date('2024-02-08T09:00:00+09:00');
  const error = await loadEmployeeDirectory({ client: client(), store: store(), clock: () => now }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DirectoryUnavailableError);
  expect((error as DirectoryUnavailableError).retryAt).toEqual(new Date('2024-02-08T10:00:00+09:00'));

  const s = store();
  now = new Date('2024-02-07T12:00:00+09:00');
  await loadEmployeeDirectory({ client: client(), store: s, clock: () => now });
  now = new Date('2024-02-08T17:45:00+09:00');
  const loaded = await loadEmployeeDirectory({
    client: client(),
    store: s,
    clock: () => now,
    refresh: 'force',
  });
  expect(loaded).toMatchObject({
    from: 'cache',
    staleBecause: expect.stringMatching(/restricted hours.*18:30/),
  });
  expect(sim.requests.filter((r) => r.at >= new Date('2024-02-08T00:00:00+09:00'))).toHaveLength(0);
});

test('KOT failing: the copy with a warning; a refused token is never hidden behind the copy', async () => {
  const s = store();
  await loadEmployeeDirectory({ client: client(), store: s, clock: () => now });
  sim.faults.add({ kind: 'status', status: 503, times: 4 });
  const fallback = await loadEmployeeDirectory({
    client: client(),
    store: s,
    clock: () => now,
    refresh: 'force',
  });
  expect(fallback).toMatchObject({ from: 'cache', staleBecause: expect.stringMatching(/503/) });
  sim.faults.clear();
  await expect(
    loadEmployeeDirectory({ client: client('w'.repeat(32)), store: s, clock: () => now, refresh: 'force' }),
  ).rejects.toMatchObject({ code: 'KOT_AUTHENTICATION_FAILED' });
  // Without a copy, a failure is an error that says what failed.
  sim.faults.add({ kind: 'status', status: 503, times: 4 });
  await expect(loadEmployeeDirectory({ client: client(), store: store(), clock: () => now })).rejects.toThrow(
    DirectoryUnavailableError,
  );
});

test('without a client: only the copy', async () => {
  await expect(loadEmployeeDirectory({ store: store(), clock: () => now })).rejects.toThrow(/no copy/);
});
