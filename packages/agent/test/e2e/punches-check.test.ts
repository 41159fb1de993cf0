// `punches --check` when KING OF TIME cannot read one employee of the ledger (here one its
// employee list no longer holds): that employee's days are said to be unread, with why, and
// every other employee is still compared.
import { join } from 'node:path';
import { FileLedgerStore } from '@pclogin/core';
import { expect, test } from 'vitest';
import { clockAt } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-08T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

test('punches --check: an employee KING OF TIME cannot read is named; the others are compared', async () => {
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, workLogs(staff, '2024-03-06', 1, 3).rows);
  expectExit(await setup.run(['run', '--once'], NOW), 0);

  // The ledger also holds a day of employee 0099 (planned), whom KING OF TIME does not know.
  const store = FileLedgerStore.open(join(setup.state, 'ledger'));
  try {
    const sent = store.list({ employeeCode: staff[1]!.code });
    expect(sent).toHaveLength(2);
    store.commit({
      plan: sent.map(({ kind, seq, workday, at, id }) => ({
        id: id.replace(staff[1]!.code, '0099'),
        employeeCode: '0099',
        workday,
        kind,
        seq,
        at,
      })),
    });
  } finally {
    store.close();
  }

  const json = await setup.run(['punches', '--check', '--date', '2024-03-06', '--json'], NOW);
  expectExit(json, 1);
  const days = json.stdout
    .trim()
    .split('\n')
    .map(
      (l) =>
        JSON.parse(l) as { employeeCode: string; punches: { kot?: string | null }[]; kotUnreadable?: string },
    );
  const byCode = new Map(days.map((d) => [d.employeeCode, d]));
  expect([...byCode.keys()].sort()).toEqual([staff[0]!.code, staff[1]!.code, '0099'].sort());
  for (const code of [staff[0]!.code, staff[1]!.code]) {
    expect(byCode.get(code)?.kotUnreadable).toBeUndefined();
    expect(byCode.get(code)?.punches.every((p) => typeof p.kot === 'string')).toBe(true);
  }
  expect(byCode.get('0099')?.kotUnreadable).toMatch(/0099/);
  expect(byCode.get('0099')?.punches.every((p) => p.kot === undefined)).toBe(true);

  const ja = await setup.run(['punches', '--check', '--date', '2024-03-06', '--lang', 'ja'], NOW);
  expectExit(ja, 1);
  expect(ja.stdout).toContain('相違 0 件。');
  expect(ja.stdout).toMatch(/^0099 .*読み取れません/m);
  expect(ja.stdout).toMatch(
    /^従業員 0099 の打刻は KING OF TIME から読み取れなかったため、比較していません: .*0099/m,
  );
}, 60_000);
