import { expect, test } from 'vitest';
import { DEMO_PEOPLE, demoRows } from './demo-scenario.js';

test('the demo week has what the demo promises', () => {
  const rows = demoRows();
  const events = new Set(rows.map((r) => r.event));
  for (const e of ['ログオン', 'ログオフ', 'ロック', 'アンロック']) expect(events).toContain(e);
  // A night shift crossing midnight in the 05:00 division, ending before 05:00.
  const night = rows.filter((r) => r.person.divisionCode === '200');
  expect(night.some((r) => r.time.slice(11) < '05:00:00')).toBe(true);
  expect(night.every((r) => r.time.slice(11) < '05:00:00' || r.time.slice(11) >= '20:00:00')).toBe(true);
  // One account nobody linked.
  expect(DEMO_PEOPLE.filter((p) => !p.code).map((p) => p.account)).toEqual(['5000']);
  // In time order, and the same on every call.
  expect(rows.map((r) => r.time)).toEqual([...rows.map((r) => r.time)].sort());
  expect(demoRows()).toEqual(rows);
});
