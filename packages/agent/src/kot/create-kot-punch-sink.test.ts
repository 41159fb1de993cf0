import {
  type EmployeeDirectory,
  type PlannedPunch,
  PunchReadError,
  PunchSendError,
  punchId,
} from '@pclogin/core';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { simulatorClient } from '../../test/support/simulator-client.js';
import { createKotPunchSink } from './create-kot-punch-sink.js';

const TOKEN = 'SinkTest0000000000000000000token';
const KEY = 'f'.repeat(64);
const directory: EmployeeDirectory = {
  employees: [{ code: '0001', key: KEY, divisionCode: '1' }],
  divisions: [{ code: '1', dayBorderTime: '00:00' }],
};
const punch = (kind: PlannedPunch['kind'], at: string, code = '0001'): PlannedPunch => ({
  id: punchId(code, '2024-02-07', kind),
  employeeCode: code,
  workday: '2024-02-07',
  kind,
  seq: 0,
  at: new Date(at),
});

let sim: KotSimulator;
let now = new Date('2024-02-08T12:00:00+09:00');
beforeEach(async () => {
  now = new Date('2024-02-08T12:00:00+09:00');
  sim = await startKotSimulator({
    token: TOKEN,
    clock: () => now,
    seed: {
      company: { key: 'k', code: 'abc', name: 'A' },
      divisions: [{ code: '1', name: '本社', dayBorderTime: '00:00' }],
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: [
        { code: '0001', key: KEY, lastName: '山田', firstName: '太郎', divisionCode: '1', typeCode: '1' },
      ],
    },
  });
});
afterEach(async () => {
  await sim.close();
});

const sink = (options: { timeout?: number } = {}) =>
  createKotPunchSink({
    client: simulatorClient(sim, { now: () => now, timeout: options.timeout }),
    directory: () => directory,
    now: () => now,
  });

async function sendError(kind: PlannedPunch['kind'] = 'clockIn', options: { timeout?: number } = {}) {
  const error = await sink(options)
    .send(punch(kind, '2024-02-07T09:03:12+09:00'), {})
    .catch((e: unknown) => e);
  expect(PunchSendError.isInstance(error)).toBe(true);
  return error as PunchSendError;
}

describe('send', () => {
  test('posts the working day, the time in Japan time and the kind', async () => {
    await sink().send(punch('clockOut', '2024-02-08T01:30:05+09:00'), {});
    expect(sim.timerecords('0001', '2024-02-07')).toMatchObject([
      { code: '2', time: '2024-02-08T01:30:05+09:00' },
    ]);
  });

  test.each([
    // One request's failure: the punch waits for reconciliation, the round goes on.
    [500, { retryable: true, maybeApplied: true, scope: 'punch', transient: true, settleMs: 10_000 }],
    [503, { retryable: true, maybeApplied: true, scope: 'punch', transient: true, settleMs: 10_000 }],
    // A gateway that lost the answer or gave up: KOT may still be working on it, so the full settle time.
    [502, { retryable: true, maybeApplied: true, scope: 'punch', transient: true, settleMs: undefined }],
    [504, { retryable: true, maybeApplied: true, scope: 'punch', transient: true, settleMs: undefined }],
    [429, { retryable: true, maybeApplied: false, scope: 'sink' }],
    [400, { retryable: false, maybeApplied: false, scope: 'punch' }],
    [404, { retryable: false, maybeApplied: false, scope: 'punch' }],
  ])('HTTP %i → %o', async (status, expected) => {
    sim.faults.add({ kind: 'status', status, match: { method: 'POST' } });
    const error = await sendError();
    expect(error).toMatchObject(expected);
    if (status === 429) expect(error.retryAt).toBeInstanceOf(Date);
    expect(sim.timerecords()).toHaveLength(0);
  });

  test('a connection dropped after KOT applied the punch: maybe applied', async () => {
    sim.faults.add({ kind: 'drop-after-apply', match: { method: 'POST' } });
    expect(await sendError()).toMatchObject({
      retryable: true,
      maybeApplied: true,
      scope: 'punch',
      transient: true,
      settleMs: undefined,
    });
    expect(sim.timerecords()).toHaveLength(1);
  });

  test('no answer in time: maybe applied', async () => {
    sim.faults.add({ kind: 'hang', match: { method: 'POST' } });
    expect(await sendError('clockIn', { timeout: 200 })).toMatchObject({
      maybeApplied: true,
      reasonCode: 'KOT_TIMEOUT',
      scope: 'punch',
      transient: true,
      settleMs: undefined,
    });
  });

  test('a refused token stops the round, and nothing was applied', async () => {
    const error = await createKotPunchSink({
      client: simulatorClient(sim, { token: 'x'.repeat(32) }),
      directory: () => directory,
    })
      .send(punch('clockIn', '2024-02-07T09:00:00+09:00'), {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      retryable: true,
      maybeApplied: false,
      scope: 'sink',
      reasonCode: 'KOT_AUTHENTICATION_FAILED',
    });
  });

  test('an employee not in the directory waits for the next refresh; nothing is sent', async () => {
    const error = await sink()
      .send(punch('clockIn', '2024-02-07T09:00:00+09:00', '0999'), {})
      .catch((e: unknown) => e as PunchSendError);
    expect(error).toMatchObject({
      retryable: true,
      maybeApplied: false,
      scope: 'punch',
      reasonCode: 'UNKNOWN_EMPLOYEE',
    });
    expect((error as PunchSendError).retryAt?.getTime()).toBe(now.getTime() + 3_600_000);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('recorded', () => {
  test('KOT’s punches by employee code, working day and kind', async () => {
    await sink().send(punch('clockIn', '2024-02-07T09:03:12+09:00'), {});
    await sink().send(punch('clockOut', '2024-02-07T18:22:00+09:00'), {});
    const recorded = await sink().recorded(
      { employeeCodes: ['0001'], from: '2024-02-07', to: '2024-02-07' },
      {},
    );
    expect(recorded).toEqual([
      {
        employeeCode: '0001',
        workday: '2024-02-07',
        kind: 'clockIn',
        at: new Date('2024-02-07T09:03:12+09:00'),
      },
      {
        employeeCode: '0001',
        workday: '2024-02-07',
        kind: 'clockOut',
        at: new Date('2024-02-07T18:22:00+09:00'),
      },
    ]);
  });

  test('during the restricted hours: a read error saying until when', async () => {
    now = new Date('2024-02-08T09:00:00+09:00');
    const error = await sink()
      .recorded({ employeeCodes: ['0001'], from: '2024-02-07', to: '2024-02-07' }, {})
      .catch((e: unknown) => e as PunchReadError);
    expect(PunchReadError.isInstance(error)).toBe(true);
    expect((error as PunchReadError).retryAt).toEqual(new Date('2024-02-08T10:00:00+09:00'));
    expect(sim.requests).toHaveLength(0);
  });

  test('an employee it cannot map to a key: never "nothing recorded"', async () => {
    await expect(
      sink().recorded({ employeeCodes: ['0001', '0999'], from: '2024-02-07', to: '2024-02-07' }, {}),
    ).rejects.toMatchObject({ reasonCode: 'UNKNOWN_EMPLOYEE' });
  });
});
