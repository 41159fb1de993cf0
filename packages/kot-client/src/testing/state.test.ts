import { afterEach, describe, expect, it } from 'vitest';
import { defaultKotSimulatorSeed } from './default-kot-simulator-seed.js';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import type { KotSimulatorOptions } from './kot-simulator-options.js';
import { KotSimulatorOptionsError } from './kot-simulator-options-error.js';
import type { KotSimulatorSeed } from './kot-simulator-seed.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';

describe('options and seed validation', () => {
  const invalid = async (options: unknown) => {
    try {
      const sim = await startKotSimulator(options as KotSimulatorOptions);
      await sim.close();
    } catch (error) {
      expect(error).toBeInstanceOf(KotSimulatorOptionsError);
      const typed = error as KotSimulatorOptionsError;
      expect(typed.name).toBe('KotSimulatorOptionsError');
      expect(typed.code).toBe('KOT_SIMULATOR_INVALID_OPTIONS');
      return typed.issues;
    }
    throw new Error('expected a KotSimulatorOptionsError');
  };
  const seedWith = (change: Partial<KotSimulatorSeed>) => ({
    seed: { ...defaultKotSimulatorSeed, ...change },
  });
  const employee = defaultKotSimulatorSeed.employees[0]!;

  it('names each bad option', async () => {
    expect(await invalid({ port: -1, colour: 'red', rateLimit: { requestsPerSecond: 0 } })).toEqual([
      expect.stringMatching(/^options\.rateLimit/),
      expect.stringMatching(/^options\.port/),
      expect.stringMatching(/^options: .*colour/),
    ]);
    expect(await invalid({ restrictedHours: [{ start: '10:00', end: '09:00' }] })).toEqual([
      expect.stringMatching(/^options\.restrictedHours\[0\]/),
    ]);
    expect(await invalid({ token: 'has space' })).toEqual([expect.stringMatching(/^options\.token/)]);
  });

  it('names each bad seed field: numeric codes, bad keys, unknown references, duplicates', async () => {
    expect(await invalid(seedWith({ employees: [{ ...employee, code: 1 as unknown as string }] }))).toEqual([
      expect.stringMatching(/^seed\.employees\[0\]\.code: .*string/),
    ]);
    expect(await invalid(seedWith({ employees: [{ ...employee, key: 'ABC' }] }))).toEqual([
      expect.stringMatching(/^seed\.employees\[0\]\.key: .*64/),
    ]);
    expect(
      await invalid(seedWith({ employees: [{ ...employee, divisionCode: '9', typeCode: '9' }] })),
    ).toEqual([
      "seed.employees[0].divisionCode: no division '9'",
      "seed.employees[0].typeCode: no working type '9'",
    ]);
    expect(await invalid(seedWith({ employees: [employee, { ...employee, key: undefined }] }))).toEqual([
      "seed.employees[1].code: another employee has the code '0001'",
    ]);
    expect(
      await invalid(seedWith({ divisions: [{ code: '1000', name: '本社', dayBorderTime: '5:00' }] })),
    ).toContainEqual(expect.stringMatching(/^seed\.divisions\[0\]\.dayBorderTime/));
    expect(
      await invalid(
        seedWith({ timerecords: [{ employee: 'nobody', time: '2024-02-07T09:00:00+09:00', code: '1' }] }),
      ),
    ).toEqual(["seed.timerecords[0].employee: no employee with key or code 'nobody'"]);
  });

  it('listens on the given port', async () => {
    const first = await startKotSimulator();
    const port = first.port;
    await first.close();
    const second = await startKotSimulator({ port });
    try {
      expect(second.baseUrl).toBe(`http://127.0.0.1:${port}/v1.0`);
    } finally {
      await second.close();
    }
  });
});

describe('inspectable state', () => {
  let sim: KotSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('seeds punches, deriving the working day from the division 日付変更時刻', async () => {
    sim = await startKotSimulator({
      clock: manualClock('2024-02-08T11:00:00+09:00').clock,
      seed: {
        ...defaultKotSimulatorSeed,
        timerecords: [
          { employee: '0003', time: '2024-02-07T22:00:00+09:00', code: '1' },
          { employee: '0003', time: new Date('2024-02-08T04:30:00+09:00'), code: '2' },
          { employee: '0001', time: '2024-02-08T04:30:00+09:00', code: '1' },
        ],
      },
    });
    expect(sim.timerecords().map((record) => [record.employeeCode, record.date, record.source])).toEqual([
      ['0003', '2024-02-07', 'seed'],
      ['0003', '2024-02-07', 'seed'],
      ['0001', '2024-02-08', 'seed'],
    ]);
    const answer = await call(sim, '/daily-workings/timerecord/2024-02-07?division=2000');
    expect(JSON.stringify(answer.json)).toContain('2024-02-08T04:30:00+09:00');
  });

  it('adds employees and punches from code, with the same rules as the API', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-08T11:00:00+09:00').clock });
    const added = sim.addEmployee({
      code: '00042',
      lastName: '追加',
      firstName: '四郎',
      divisionCode: '2000',
      typeCode: '2',
    });
    expect(added.key).toMatch(/^[0-9a-f]{64}$/);
    expect(added.gender).toBe('no_selected');
    expect((await call(sim, '/employees/00042')).json).toMatchObject({
      code: '00042',
      divisionName: '物流センター',
    });
    expect(() =>
      sim!.addEmployee({ code: '00042', lastName: 'x', firstName: 'y', divisionCode: '1000', typeCode: '1' }),
    ).toThrow(/employee\.code: another employee has the code '00042'/);
    sim.addTimerecord({
      employee: '00042',
      date: '2024-02-07',
      time: '2024-02-07T09:00:00+09:00',
      code: '1',
    });
    sim.addTimerecord({
      employee: added.key,
      date: '2024-02-07',
      time: '2024-02-07T09:00:30+09:00',
      code: '1',
    });
    expect(sim.timerecords('00042')).toHaveLength(2);
    expect(sim.timerecords(added.key, '2024-02-07')[1]).toMatchObject({
      source: 'code',
      time: '2024-02-07T09:00:30+09:00',
    });
    expect(sim.errorDays()).toEqual([
      { employeeKey: added.key, employeeCode: '00042', date: '2024-02-07', reasons: ['duplicate-clock-in'] },
    ]);
    expect(() => sim!.addTimerecord({ employee: '00042', time: '09:00', code: '1' })).toThrow(
      /timerecord\.time/,
    );
  });

  it('hands out copies, not the live state', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-08T11:00:00+09:00').clock });
    const employees = sim.employees as unknown as { lastName: string }[];
    employees[0]!.lastName = '改ざん';
    expect(sim.employees[0]!.lastName).toBe('勤怠');
    expect(sim.divisions).toEqual(defaultKotSimulatorSeed.divisions);
  });

  it('logs each request with method, redacted path, status, outcome and the clock time', async () => {
    const time = manualClock('2024-02-08T11:00:00+09:00');
    sim = await startKotSimulator({ clock: time.clock });
    await call(sim, '/employees?division=1000');
    time.advance(1000);
    await call(sim, '/company', { token: null });
    expect(sim.requests).toEqual([
      {
        method: 'GET',
        path: '/v1.0/employees?division=1000',
        status: 200,
        outcome: 'answered',
        at: new Date('2024-02-08T02:00:00Z'),
      },
      {
        method: 'GET',
        path: '/v1.0/company',
        status: 401,
        outcome: 'answered',
        at: new Date('2024-02-08T02:00:01Z'),
      },
    ]);
  });

  it('reset() goes back to the seed and the start settings', async () => {
    sim = await startKotSimulator({
      clock: manualClock('2024-02-08T11:00:00+09:00').clock,
      restrictedHours: false,
    });
    await call(sim, `/daily-workings/timerecord/${TARO}`, {
      method: 'POST',
      body: { date: '2024-02-08', time: '2024-02-08T09:00:00+09:00', code: '1' },
    });
    sim.addEmployee({ code: 'X1', lastName: '一時', firstName: '雇用', divisionCode: '1000', typeCode: '1' });
    sim.configure({ clockOutOverwrite: true, rateLimit: { requestsPerSecond: 1 } });
    sim.faults.add({ kind: 'status', status: 500, times: 3 });
    sim.reset();
    expect(sim.timerecords()).toEqual([]);
    expect(sim.employees.map((employee) => employee.code)).not.toContain('X1');
    expect(sim.requests).toEqual([]);
    expect(sim.faults.pending).toEqual([]);
    expect(sim.faults.injected).toEqual([]);
    for (let index = 0; index < 3; index++) expect((await call(sim, '/company')).status).toBe(200);
  });

  it('setClock() moves the simulator to another time', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-08T11:00:00+09:00').clock });
    sim.setClock(() => new Date('2024-02-08T09:00:00+09:00'));
    expect((await call(sim, '/company')).status).toBe(403);
  });

  it('answers 500 with a KOT error body when the clock breaks, and keeps serving', async () => {
    let broken = false;
    sim = await startKotSimulator({
      clock: () => (broken ? new Date(Number.NaN) : new Date('2024-02-08T11:00:00+09:00')),
    });
    broken = true;
    const answer = await call(sim, '/company');
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ errors: [{ message: 'Internal Server Error', code: 500 }] });
    broken = false;
    expect((await call(sim, '/company')).status).toBe(200);
  });
});
