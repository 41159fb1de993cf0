// The service (runAgent without `once`) when the linking CSV changes while no new logs come: the
// logs kept for an account that had no link are planned and sent at the next pass, not when the
// agent next plans by itself (every five minutes). The clock is a manual one moved by the waits.
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { writeLinksCsv } from '@pclogin/core';
import { expect, test } from 'vitest';
import { runAgentScene } from '../../test/support/run-agent-scene.js';
import { runAgent } from './run-agent.js';

const scene = runAgentScene({ token: 'RunAgentRelink000000000000000tkn', employees: 2 });
const { staff, held } = scene;

const linksOf = (people: typeof staff) =>
  writeLinksCsv(
    people.map((p) => ({
      linkType: 'SmartOn ID連携',
      typeCode: '1',
      employeeCode: p.code,
      name: 'x y',
      serviceAccount: p.account,
    })),
  );

test('a link added while no new logs come is acted on at the next pass', async () => {
  const options = scene.agentOptions();
  await writeFile(options.linksFile, linksOf([staff[0]!]));
  const controller = new AbortController();
  const sent: number[] = [];
  await runAgent({
    ...options,
    pollIntervalMs: 1000,
    signal: controller.signal,
    onPass: (report) => {
      sent.push(report.sent);
      // After the first pass (the second account's logon kept, unlinked), the administrator
      // links it. The scripted source has nothing new from then on.
      if (sent.length === 1) writeFileSync(options.linksFile, linksOf([...staff]));
      if (held().length === staff.length || sent.length >= 4) controller.abort();
    },
  });
  expect(sent).toEqual([1, 1]);
  expect(held().sort()).toEqual(staff.map((p) => p.code));
});
