import type { KotSimulator } from '@pclogin/kot-client/testing';
import { expect } from 'vitest';
import type { ExpectedDay, Person } from './workforce.js';

/**
 * KING OF TIME holds exactly one 出勤 and one 退勤 per employee and working day (出勤 only on a
 * day with a single log), at the times the logs give, and nothing else; no day is an error day.
 */
export function expectKotHolds(
  sim: KotSimulator,
  staff: readonly Person[],
  expected: readonly ExpectedDay[],
): void {
  const keyOf = new Map(staff.map((p) => [p.code, p.key]));
  const problems: string[] = [];
  const wanted = new Set<string>();
  for (const day of expected) {
    const records = sim.timerecords(keyOf.get(day.code), day.workday);
    for (const [code, at] of [
      ['1', day.clockIn],
      ['2', day.clockOut],
    ] as const) {
      const held = records.filter((r) => r.code === code);
      if (at === undefined) {
        if (held.length > 0) problems.push(`${day.code} ${day.workday} code ${code}: held, expected none`);
        continue;
      }
      wanted.add(`${day.code}|${day.workday}|${code}`);
      if (held.length !== 1)
        problems.push(`${day.code} ${day.workday} code ${code}: held ${held.length} times`);
      else if (new Date(held[0]!.time).getTime() !== at.getTime()) {
        problems.push(
          `${day.code} ${day.workday} code ${code}: at ${held[0]!.time}, expected ${at.toISOString()}`,
        );
      }
    }
  }
  const total = sim.timerecords().length;
  expect(problems).toEqual([]);
  expect(total).toBe(wanted.size);
  expect(sim.errorDays()).toEqual([]);
}
