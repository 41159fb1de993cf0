// SCRATCH (not committed): drive the CLI in Japanese and dump what it prints.
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { clockAt } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const setUpAgent = agentSetupsPerTest();
const dump: string[] = [];
const show = (title: string, r: { code: number | null; stdout: string; stderr: string }) =>
  dump.push(`===== ${title} (exit ${r.code})\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);

test('scratch', async () => {
  const staff = people(3);
  const week = workLogs(staff, '2024-03-04', 6, 5);
  const [before, after] = [
    week.rows.filter((r) => r.local < '2024/03/07 05'),
    week.rows.filter((r) => r.local >= '2024/03/07 05'),
  ];
  let simNow = clockAt('2024-03-07T12:00:00+09:00');
  const setup = await setUpAgent(staff, { simClock: () => simNow() });
  await writeLogFiles(setup.logs, before);
  setup.sim.faults.add({
    kind: 'status',
    status: 400,
    times: 1,
    match: { method: 'POST' },
    body: { errors: [{ message: '打刻の登録に失敗しました', code: 100 }] },
  });
  show('run 1 (400 once)', await setup.run(['run', '--once', '--lang', 'ja'], '2024-03-07T12:00:00+09:00'));
  await writeLogFiles(setup.logs, after);
  simNow = clockAt('2024-03-11T09:00:00+09:00');
  setup.sim.faults.add({ kind: 'drop-after-apply', times: 1, match: { method: 'POST' } });
  show('run 2 restricted', await setup.run(['run', '--once', '--lang', 'ja'], '2024-03-11T09:00:00+09:00'));
  show('status', await setup.run(['status', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('status en', await setup.run(['status', '--lang', 'en'], '2024-03-11T09:03:00+09:00'));
  show('punches', await setup.run(['punches', '--lang', 'ja', '--from', '2024-03-04', '--to', '2024-03-11'], '2024-03-11T09:03:00+09:00'));
  show('doctor', await setup.run(['doctor', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('links check', await setup.run(['links', 'check', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('retry bad', await setup.run(['retry', 'a b', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('run max-wait bad', await setup.run(['run', '--once', '--max-wait', 'x', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('punches both', await setup.run(['punches', '--date', '2024-03-04', '--from', '2024-03-04', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('daily', await setup.run(['daily', setup.logs, '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  show('logs', await setup.run(['logs', setup.logs, '--lang', 'ja', '--date', '2024-03-05'], '2024-03-11T09:03:00+09:00'));
  show('service print', await setup.run(['service', 'print', '--lang', 'ja'], '2024-03-11T09:03:00+09:00'));
  // outage: 503s
  simNow = clockAt('2024-03-11T12:00:00+09:00');
  setup.sim.faults.add({ kind: 'status', status: 503, times: 50, match: { method: 'POST' } });
  await writeLogFiles(setup.logs, week.rows);
  show('run outage', await setup.run(['run', '--once', '--lang', 'ja', '--max-wait', '1'], '2024-03-11T12:00:00+09:00'));
  show('status after outage', await setup.run(['status', '--lang', 'ja'], '2024-03-11T12:01:00+09:00'));
  // unreachable KOT
  await setup.writeConfig({ kot: { baseUrl: 'http://127.0.0.1:9/v1.0', timeoutSeconds: 2 } });
  show('doctor unreachable', await setup.run(['doctor', '--lang', 'ja'], '2024-03-11T12:01:00+09:00'));
  show('run unreachable', await setup.run(['run', '--once', '--lang', 'ja', '--max-wait', '1'], '2024-03-11T12:01:00+09:00'));
  await setup.writeConfig({ companyCode: 'toolong1' });
  show('doctor bad config', await setup.run(['doctor', '--lang', 'ja'], '2024-03-11T12:01:00+09:00'));
  show('status bad config', await setup.run(['status', '--lang', 'ja'], '2024-03-11T12:01:00+09:00'));
  writeFileSync('/tmp/j-out/scratch.txt', dump.join('\n'));
}, 600_000);
