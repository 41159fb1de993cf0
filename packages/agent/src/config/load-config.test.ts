import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { defaultConfigFile } from './find-config-file.js';
import { loadConfig } from './load-config.js';

const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (content: string | Buffer, name = 'pclogin.config.json') => {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
};

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems;
}

describe('loadConfig', () => {
  test('applies defaults and resolves paths against the file’s folder', async () => {
    await write(
      JSON.stringify({ companyCode: 'abc123', accessToken: TOKEN, logDirectory: 'logs', linksFile: 'l.csv' }),
    );
    const config = await loadConfig({ cwd: dir, env: { XDG_STATE_HOME: '/var/state' }, platform: 'linux' });
    expect(config).toMatchObject({
      file: join(dir, 'pclogin.config.json'),
      companyCode: 'abc123',
      logDirectory: join(dir, 'logs'),
      linksFile: join(dir, 'l.csv'),
      stateDirectory: '/var/state/pclogin',
      timeZone: 'Asia/Tokyo',
      clockOut: 'after-day-end',
      breaks: { enabled: false, minGapMinutes: 60 },
      logFormat: 'text',
      pollIntervalSeconds: 30,
      proxy: undefined,
    });
    expect(config.accessToken?.reveal()).toBe(TOKEN);
  });

  test('the links file defaults to links.csv in the state directory', async () => {
    await write(JSON.stringify({ stateDirectory: 'state' }));
    const config = await loadConfig({ cwd: dir, env: {}, platform: 'linux' });
    expect(config.linksFile).toBe(join(dir, 'state', 'links.csv'));
  });

  test('PCLOGIN_ACCESS_TOKEN overrides the file', async () => {
    await write(JSON.stringify({ accessToken: TOKEN }));
    const other = 'z'.repeat(32);
    const config = await loadConfig({ cwd: dir, env: { PCLOGIN_ACCESS_TOKEN: other }, platform: 'linux' });
    expect(config.accessToken?.reveal()).toBe(other);
  });

  test('names every bad field with its fix, and never shows the token', async () => {
    const badToken = `${TOKEN.slice(0, 31)}!`;
    await write(
      JSON.stringify({
        companyCode: 'ab',
        accessToken: badToken,
        timeZone: 'Asia/Tokio',
        clockOut: 'later',
        breaks: { enabled: 'yes' },
        proxy: { url: 'proxy:8080', password: 'hunter22' },
        acessToken: TOKEN,
      }),
    );
    const error = await loadConfig({ cwd: dir, env: {}, platform: 'linux' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message, exitStatus, code } = error as ConfigError;
    expect(exitStatus).toBe(2);
    expect(code).toBe('CONFIG_INVALID');
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'accessToken',
        'acessToken',
        'breaks.enabled',
        'clockOut',
        'companyCode',
        'proxy.url',
        'timeZone',
      ].sort(),
    );
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['companyCode']).toMatch(/3 or 6 letters or digits.*企業コード/);
    expect(byField['accessToken']).toMatch(/32 letters or digits.*got 32 characters, ending …O5p!$/s);
    expect(byField['acessToken']).toMatch(/unknown field.*accessToken/);
    expect(byField['timeZone']).toMatch(/IANA/);
    for (const text of [message, JSON.stringify(error), inspect(error)]) {
      expect(text).not.toContain(badToken);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('hunter22');
    }
  });

  test('a bad PCLOGIN_ACCESS_TOKEN is named as the variable', async () => {
    await write('{}');
    const problems = await problemsOf(
      loadConfig({ cwd: dir, env: { PCLOGIN_ACCESS_TOKEN: 'short-secret-value' }, platform: 'linux' }),
    );
    expect(problems).toEqual([
      { field: 'PCLOGIN_ACCESS_TOKEN', message: expect.stringMatching(/18 characters/) },
    ]);
    expect(problems[0]?.message).not.toContain('short-secret-value');
  });

  test('invalid JSON points at the line and column without quoting the file', async () => {
    await write(`{\n  "accessToken": "${TOKEN}",\n  "logDirectory": "D:\\SmartOn\\Log"\n}`);
    const [problem] = await problemsOf(loadConfig({ cwd: dir, env: {}, platform: 'linux' }));
    expect(problem?.message).toMatch(/line 3, column \d+/);
    expect(problem?.message).toMatch(/doubled backslashes/);
    expect(problem?.message).not.toContain(TOKEN);
  });

  test('reads files Notepad saves: UTF-8 with a BOM and UTF-16LE', async () => {
    const json = JSON.stringify({ companyCode: 'xyz' });
    await write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    expect((await loadConfig({ cwd: dir, env: {}, platform: 'linux' })).companyCode).toBe('xyz');
    await write(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    expect((await loadConfig({ cwd: dir, env: {}, platform: 'linux' })).companyCode).toBe('xyz');
  });

  test('a missing file: an error naming what to do, or defaults when optional', async () => {
    const programData = 'Q:\\NoSuchData';
    const [missing] = await problemsOf(
      loadConfig({ cwd: dir, env: { ProgramData: programData }, platform: 'win32' }),
    );
    expect(missing?.message).toContain(
      `looked in ${join(dir, 'pclogin.config.json')} and ${programData}\\pclogin\\pclogin.config.json`,
    );
    expect(missing?.message).toMatch(/pclogin-agent setup.*--config/);
    const [explicit] = await problemsOf(loadConfig({ cwd: dir, path: 'nope.json', env: {} }));
    expect(explicit).toMatchObject({ field: '--config', message: expect.stringMatching(/file not found/) });
    const config = await loadConfig({ cwd: dir, env: {}, optional: true, platform: 'linux' });
    expect(config.file).toBeUndefined();
  });

  describe('which file: --config, PCLOGIN_CONFIG, the working folder, the platform default', () => {
    const setUp = async () => {
      const defaultFile = join(dir, 'etc', 'pclogin.config.json');
      await mkdir(join(dir, 'etc'));
      await mkdir(join(dir, 'cwd'));
      const files = {
        given: await write(JSON.stringify({ companyCode: 'aaa' }), 'given.json'),
        env: await write(JSON.stringify({ companyCode: 'bbb' }), 'env.json'),
        local: await write(JSON.stringify({ companyCode: 'ccc' }), join('cwd', 'pclogin.config.json')),
        fallback: await write(JSON.stringify({ companyCode: 'ddd' }), join('etc', 'pclogin.config.json')),
      };
      return { defaultFile, files, cwd: join(dir, 'cwd') };
    };

    test('each place is used only when the ones before it give nothing, and says so', async () => {
      const { defaultFile, files, cwd } = await setUp();
      const env = { PCLOGIN_CONFIG: files.env };
      const load = (options: { path?: string; env: NodeJS.ProcessEnv }) =>
        loadConfig({ cwd, platform: 'linux', defaultFile, ...options });
      expect(await load({ path: files.given, env })).toMatchObject({
        companyCode: 'aaa',
        file: files.given,
        fileSource: '--config',
      });
      expect(await load({ env })).toMatchObject({ companyCode: 'bbb', fileSource: 'PCLOGIN_CONFIG' });
      expect(await load({ env: { ...env, PCLOGIN_CONFIG: '' } })).toMatchObject({
        companyCode: 'ccc',
        file: files.local,
        fileSource: 'working folder',
      });
      await rm(files.local);
      expect(await load({ env: {} })).toMatchObject({
        companyCode: 'ddd',
        file: defaultFile,
        fileSource: 'platform default',
      });
    });

    test('a PCLOGIN_CONFIG that names no file is an error naming the variable, not a fallback', async () => {
      const { defaultFile, cwd } = await setUp();
      const [problem] = await problemsOf(
        loadConfig({
          cwd,
          defaultFile,
          env: { PCLOGIN_CONFIG: join(dir, 'gone.json') },
          optional: true,
        }),
      );
      expect(problem).toMatchObject({
        field: 'PCLOGIN_CONFIG',
        message: expect.stringMatching(/PCLOGIN_CONFIG/),
      });
    });

    test('the platform defaults', () => {
      expect(defaultConfigFile('linux', {})).toBe('/etc/pclogin/pclogin.config.json');
      expect(defaultConfigFile('win32', { ProgramData: 'D:\\PD' })).toBe(
        'D:\\PD\\pclogin\\pclogin.config.json',
      );
      expect(defaultConfigFile('win32', {})).toBe('C:\\ProgramData\\pclogin\\pclogin.config.json');
    });
  });

  test('a folder instead of a file says so', async () => {
    await mkdir(join(dir, 'conf'));
    const [problem] = await problemsOf(loadConfig({ cwd: dir, path: 'conf', env: {} }));
    expect(problem?.message).toMatch(/is a folder/);
  });

  test('the proxy password becomes a Secret', async () => {
    await write(
      JSON.stringify({ proxy: { url: 'http://proxy.example:3128', username: 'u', password: 'p@ss-word' } }),
    );
    const config = await loadConfig({ cwd: dir, env: {}, platform: 'linux' });
    expect(config.proxy?.password?.reveal()).toBe('p@ss-word');
    expect(JSON.stringify(config)).not.toContain('p@ss-word');
  });
});
