// The access token and the proxy password never reach a log line, stdout or an error message:
// every command, in both log formats, at debug level, in success and in failure. Nothing even
// tries to print them (the redactor, the last line of defence, never has to act).

import { startTestProxy, type TestProxy } from '@pclogin/kot-client/testing';
import { afterEach, expect, test } from 'vitest';
import { type AgentSetup, clockAt, setUpAgent, TOKEN } from '../support/agent-setup.js';
import { allOutput } from '../support/cli-process.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const PASSWORD = 'S3cret-Proxy-Passw0rd';
const WRONG_PASSWORD = 'An0ther-Wrong-Passw0rd';
const WRONG_TOKEN = 'Zz9WrongTokenWrongTokenWrongTok1';
let setup: AgentSetup | undefined;
let proxy: TestProxy | undefined;
afterEach(async () => {
  await setup?.close();
  await proxy?.stop();
});

test('no output of any command contains the token or a proxy password', async () => {
  const staff = people(3);
  const { rows } = workLogs(staff, '2024-03-04', 3, 4);
  setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  proxy = await startTestProxy({
    auth: { username: 'pclogin', password: PASSWORD },
    connectPorts: [setup.sim.port],
  });
  await writeLogFiles(setup.logs, rows);
  const s = setup;
  const commands = [
    ['run', '--once'],
    ['status'],
    ['status', '--json'],
    ['doctor'],
    ['doctor', '--json'],
    ['links', 'check'],
    ['links', 'export', '--out', `${s.dir}/export.csv`],
    ['service', 'print', '--platform', 'linux'],
    ['service', 'print', '--platform', 'windows'],
  ];
  for (const logFormat of ['text', 'json']) {
    for (const password of [PASSWORD, WRONG_PASSWORD]) {
      // The token in the file this time, and the password in the proxy URL too.
      await s.writeConfig({
        accessToken: TOKEN,
        logFormat,
        logLevel: 'debug',
        kot: { baseUrl: s.sim.baseUrl, requestsPerSecond: 1000, timeoutSeconds: 5 },
        proxy: {
          url: `http://pclogin:${encodeURIComponent(password)}@127.0.0.1:${proxy.port}`,
          username: 'pclogin',
          password,
        },
      });
      // With the wrong password the commands that talk to KING OF TIME are enough.
      const which =
        password === PASSWORD ? commands : commands.filter((c) => ['run', 'doctor', 'links'].includes(c[0]!));
      for (const args of which) await s.run(args, NOW, { env: { PCLOGIN_ACCESS_TOKEN: undefined } });
    }
    // A wrong token, from the environment, refused by KOT (through the proxy, which lets it by).
    await s.writeConfig({
      logFormat,
      logLevel: 'debug',
      kot: { baseUrl: s.sim.baseUrl, requestsPerSecond: 1000, timeoutSeconds: 5 },
      proxy: { url: proxy.url, username: 'pclogin', password: PASSWORD },
    });
    await s.run(['run', '--once'], NOW, { env: { PCLOGIN_ACCESS_TOKEN: WRONG_TOKEN } });
    await s.run(['doctor'], NOW, { env: { PCLOGIN_ACCESS_TOKEN: WRONG_TOKEN } });
    // A token of the wrong form: the error shows its length and last four characters only.
    await s.run(['run', '--once'], NOW, { env: { PCLOGIN_ACCESS_TOKEN: `${TOKEN}x` } });
  }
  const all = allOutput.join('\n');
  expect(all.length).toBeGreaterThan(10_000); // the commands really ran and talked
  expect(all).toContain('KotProxyAuthenticationError');
  expect(all).toContain('rejected the access token');
  for (const secret of [TOKEN, WRONG_TOKEN, PASSWORD, WRONG_PASSWORD]) {
    expect(all).not.toContain(secret);
    expect(all).not.toContain(encodeURIComponent(secret));
  }
  expect(all).not.toContain('[redacted]');
}, 180_000);
