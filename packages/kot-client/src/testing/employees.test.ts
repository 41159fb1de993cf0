import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

type Employee = Record<string, unknown> & { code: string; key: string };

describe('employees', () => {
  let sim: KotSimulator;
  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
  });
  afterEach(() => sim.close());

  it('lists employees employed today with codes as strings, leading zeros kept', async () => {
    const answer = await call(sim, '/employees');
    const employees = answer.json as Employee[];
    expect(employees.map((employee) => employee.code)).toEqual(['0001', '0002', '0003', 'A010']);
    expect(employees[0]).toEqual({
      divisionCode: '1000',
      divisionName: '本社',
      gender: 'male',
      typeCode: '1',
      typeName: '正社員',
      code: '0001',
      key: '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21',
      lastName: '勤怠',
      firstName: '太郎',
      employeeGroups: [
        { code: '0001', name: '人事部' },
        { code: '0002', name: '総務部' },
      ],
    });
  });

  it('includes resigned employees on request, and lists them before their resignation', async () => {
    const withResigner = (await call(sim, '/employees?includeResigner=true')).json as Employee[];
    expect(withResigner.map((employee) => employee.code)).toContain('0099');
    const before = (await call(sim, '/employees?date=2023-03-31')).json as Employee[];
    expect(before.map((employee) => employee.code)).toContain('0099');
  });

  it('does not list employees before their hiring date', async () => {
    const answer = (await call(sim, '/employees?date=2022-05-31')).json as Employee[];
    expect(answer.map((employee) => employee.code)).not.toContain('A010');
  });

  it('filters by division', async () => {
    const answer = (await call(sim, '/employees?division=2000')).json as Employee[];
    expect(answer.map((employee) => employee.code)).toEqual(['0003', 'A010']);
  });

  it('adds requested fields and omits the ones that are null', async () => {
    const answer = await call(
      sim,
      '/employees?additionalFields=emailAddresses,hiredDate,lastNamePhonetics,resignationDate',
    );
    const [taro, , , part] = answer.json as Employee[];
    expect(taro).toMatchObject({
      emailAddresses: ['kintai.taro@example.com'],
      hiredDate: '2015-04-01',
      lastNamePhonetics: 'キンタイ',
    });
    expect(taro).not.toHaveProperty('resignationDate');
    expect(taro).not.toHaveProperty('birthDate'); // not requested
    expect(part).not.toHaveProperty('emailAddresses');
    expect(part).not.toHaveProperty('lastNamePhonetics');
    expect(answer.text).not.toContain('null');
  });

  it('gets one employee by code, not by number or key', async () => {
    expect((await call(sim, '/employees/A010')).json).toMatchObject({ code: 'A010', lastName: '派遣' });
    expect((await call(sim, '/employees/0001')).json).toMatchObject({ code: '0001' });
    const byNumber = await call(sim, '/employees/1');
    expect(byNumber.status).toBe(404);
    expect(byNumber.json).toEqual({ errors: [{ message: expect.any(String), code: 210 }] });
    expect((await call(sim, '/employees/0099')).status).toBe(404);
    expect((await call(sim, '/employees/0099?includeResigner=true')).status).toBe(200);
  });

  it('creates an employee (201) with a 64-hex key', async () => {
    const answer = await call(sim, '/employees', {
      method: 'POST',
      body: {
        divisionCode: '1000',
        gender: 'female',
        typeCode: '1',
        code: '0100',
        lastName: '新人',
        firstName: '桜',
        emailAddresses: ['sakura@example.com'],
      },
    });
    expect(answer.status).toBe(201);
    const created = answer.json as Employee;
    expect(created).toMatchObject({
      code: '0100',
      divisionName: '本社',
      typeName: '正社員',
      emailAddresses: ['sakura@example.com'],
    });
    expect(created.key).toMatch(/^[0-9a-f]{64}$/);
    expect((await call(sim, '/employees/0100')).status).toBe(200);
  });

  it('refuses to create an employee with a taken code, a numeric code or an unknown division', async () => {
    const base = { divisionCode: '1000', gender: 'male', typeCode: '1', lastName: '重複', firstName: '一' };
    for (const body of [
      { ...base, code: '0001' },
      { ...base, code: 100 },
      { ...base, code: '0200', divisionCode: '9' },
      { ...base, code: '0201', gender: 'other' },
    ]) {
      const answer = await call(sim, '/employees', { method: 'POST', body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect((answer.json as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    }
    expect(sim.employees).toHaveLength(5);
  });

  it('updates given fields only; an empty value clears a field, null is refused (200 with every field)', async () => {
    const key = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
    for (const body of [{ birthDate: null }, { emailAddresses: null }, { allDayRegardingWorkInMinute: '' }]) {
      const refused = await call(sim, `/employees/${key}`, { method: 'PUT', body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    const answer = await call(sim, `/employees/${key}?updateDate=2024-02-07`, {
      method: 'PUT',
      body: { code: '0001X', emailAddresses: [], birthDate: '', divisionCode: '2000' },
    });
    expect(answer.status).toBe(200);
    const updated = answer.json as Employee;
    expect(updated).toMatchObject({
      key,
      code: '0001X',
      lastName: '勤怠',
      divisionCode: '2000',
      divisionName: '物流センター',
      hiredDate: '2015-04-01',
    });
    expect(updated).not.toHaveProperty('emailAddresses');
    expect(updated).not.toHaveProperty('birthDate');
    expect((await call(sim, '/employees/0001')).status).toBe(404);
    expect((await call(sim, '/employees/0001X')).status).toBe(200);
    expect((await call(sim, `/employees/${key}`, { method: 'PUT', body: { code: '0002' } })).status).toBe(
      400,
    );
    expect(
      (await call(sim, `/employees/${'e'.repeat(64)}`, { method: 'PUT', body: { code: 'X' } })).status,
    ).toBe(404);
  });

  it('deletes an employee (204)', async () => {
    const key = 'a2dc058789c929bc7b9770a79801dfa102a1e1f7798ef0243132d53386509920';
    const answer = await call(sim, `/employees/${key}`, { method: 'DELETE' });
    expect(answer.status).toBe(204);
    expect((await call(sim, '/employees/0002')).status).toBe(404);
    expect((await call(sim, `/employees/${key}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('lists administrators with their associated employees on request', async () => {
    const plain = (await call(sim, '/administrators')).json as Record<string, unknown>[];
    expect(plain).toEqual([
      { code: 'admin', key: expect.stringMatching(/^[0-9a-f]{64}$/), name: '全権管理者' },
      { code: '2000', key: expect.stringMatching(/^[0-9a-f]{64}$/), name: 'エリアマネージャー' },
    ]);
    const full = (await call(sim, '/administrators?additionalFields=emailAddresses,associatedEmployees'))
      .json as Record<string, unknown>[];
    expect(full[1]).toMatchObject({
      emailAddresses: 'manager@example.com',
      associatedEmployees: [
        { code: '0001', lastName: '勤怠', firstName: '太郎', key: expect.any(String) },
        { code: '0002', lastName: '勤怠', firstName: '花子', key: expect.any(String) },
      ],
    });
    expect(full[0]).toMatchObject({ associatedEmployees: [] });
  });
});
