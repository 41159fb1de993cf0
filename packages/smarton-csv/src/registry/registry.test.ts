import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeRegOutput } from './decode-reg-output.js';
import { expandEnvironmentStrings } from './expand-environment-strings.js';
import { findLogDirectory } from './find-log-directory.js';
import { parseRegQueryOutput } from './parse-reg-query-output.js';
import type { RegRunner } from './reg-runner.js';

const sample = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name));
const fragments = (name: string) =>
  sample(name)
    .toString('utf8')
    .split(/\r?\n---\r?\n/);
/** The transcript's outputs, one per `$ ` command. */
const transcript = () =>
  sample('reg-query-ja-transcript.txt')
    .toString('utf8')
    .split(/^\$ .*\n/m)
    .slice(1);
const cp932 = (text: string) => iconv.encode(text, 'cp932');

describe('decodeRegOutput', () => {
  test('UTF-8 bytes are read as UTF-8', () => {
    const bytes = sample('reg-query-ja-default-value.txt');
    expect(decodeRegOutput(bytes)).toBe(bytes.toString('utf8'));
  });

  test('CP932 bytes (Japanese console) are read as CP932, backslash trail bytes included', () => {
    const text =
      '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n    OutputDirectory    REG_SZ    D:\\ソフト\\表示ログ\r\n';
    const bytes = cp932(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeRegOutput(bytes)).toBe(text);
    for (const f of transcript()) expect(decodeRegOutput(cp932(f))).toBe(f);
  });

  test('UTF-16LE with a byte order mark', () => {
    const text = '    (既定)    REG_SZ    x';
    expect(decodeRegOutput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(
      text,
    );
  });
});

describe('parseRegQueryOutput on real outputs', () => {
  test('exact bytes: leading CRLF, full hive name, REG_EXPAND_SZ unexpanded', () => {
    const text = decodeRegOutput(sample('reg-query-hkcu-environment.crlf.txt'));
    expect(parseRegQueryOutput(text, 0, '')).toEqual({
      ok: true,
      key: 'HKEY_CURRENT_USER\\Environment',
      values: [
        {
          name: 'Path',
          type: 'REG_EXPAND_SZ',
          data: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;',
        },
        { name: 'TEMP', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\AppData\\Local\\Temp' },
        { name: 'TMP', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\AppData\\Local\\Temp' },
      ],
    });
  });

  test('Japanese Windows: found, value missing under an existing key, key missing', () => {
    const [found, missingValue, missingKey] = transcript() as [string, string, string];
    expect(parseRegQueryOutput(found, 0, '')).toEqual({
      ok: true,
      key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU',
      values: [{ name: 'DetectionFrequency', type: 'REG_DWORD', data: '0x10' }],
    });
    // stdout has blank lines, stderr the error: the exit status decides.
    const blank = missingValue.slice(0, missingValue.indexOf('エラー'));
    const error = missingValue.slice(missingValue.indexOf('エラー'));
    expect(blank.trim()).toBe('');
    expect(parseRegQueryOutput(blank, 1, error)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(parseRegQueryOutput('', 1, missingKey)).toEqual({
      ok: false,
      reason: 'not-found',
      message: missingKey.trim(),
    });
  });

  test('Japanese default value name with spaces in the data, and an empty REG_SZ', () => {
    const [withData, empty, error] = fragments('reg-query-ja-default-value.txt') as [string, string, string];
    expect(parseRegQueryOutput(withData, 0, '')).toMatchObject({
      ok: true,
      values: [
        {
          name: '(既定)',
          type: 'REG_EXPAND_SZ',
          data: 'C:\\WINDOWS\\media\\Windows Notify System Generic.wav',
        },
      ],
    });
    expect(parseRegQueryOutput(empty, 0, '')).toMatchObject({
      ok: true,
      values: [{ name: '(既定)', type: 'REG_SZ', data: '' }],
    });
    expect(parseRegQueryOutput('', 1, error)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('English errors: not found, and blocked by policy', () => {
    const [notFound, blocked] = fragments('reg-query-en-errors.txt') as [string, string];
    expect(parseRegQueryOutput('', 1, notFound)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(parseRegQueryOutput('', 1, blocked)).toEqual({
      ok: false,
      reason: 'blocked-by-policy',
      message: 'ERROR: Registry editing has been disabled by your administrator.',
    });
  });

  test('an unknown failure is reg-failed with what reg.exe said', () => {
    expect(parseRegQueryOutput('', 1, 'ERROR: Invalid syntax.\r\n')).toEqual({
      ok: false,
      reason: 'reg-failed',
      message: 'ERROR: Invalid syntax.',
    });
  });
});

describe('expandEnvironmentStrings', () => {
  test('expands names ignoring case and leaves unknown ones as written', () => {
    const env = { USERPROFILE: 'C:\\Users\\山田', ProgramData: 'C:\\ProgramData' };
    expect(expandEnvironmentStrings('%userprofile%\\AppData\\Local\\Temp', env)).toBe(
      'C:\\Users\\山田\\AppData\\Local\\Temp',
    );
    expect(expandEnvironmentStrings('%PROGRAMDATA%\\SmartOn\\%NOPE%\\x', env)).toBe(
      'C:\\ProgramData\\SmartOn\\%NOPE%\\x',
    );
    expect(expandEnvironmentStrings('100%', env)).toBe('100%');
    expect(expandEnvironmentStrings('%%ProgramData%', env)).toBe('%C:\\ProgramData');
    expect(expandEnvironmentStrings('50% of %ProgramData%', env)).toBe('50% of C:\\ProgramData');
  });
});

describe('findLogDirectory', () => {
  const ok = (text: string) => ({ exitStatus: 0, stdout: cp932(text), stderr: new Uint8Array() });
  const fail = (stderr: string, stdout = '') => ({
    exitStatus: 1,
    stdout: cp932(stdout),
    stderr: cp932(stderr),
  });
  const notFoundJa = transcript()[2] as string;
  function runner(...answers: Awaited<ReturnType<RegRunner>>[]) {
    const calls: (readonly string[])[] = [];
    const run: RegRunner = async (args) => {
      calls.push(args);
      const answer = answers.shift();
      if (!answer) throw new Error('unexpected reg.exe call');
      return answer;
    };
    return { run, calls };
  }

  test('not on Windows', async () => {
    expect(await findLogDirectory({ platform: 'linux' })).toMatchObject({ ok: false, reason: 'not-windows' });
  });

  test('found in the 32-bit view, with Japanese in CP932', async () => {
    const { run, calls } = runner(
      ok(
        '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV\r\n    OutputDirectory    REG_SZ    D:\\SmartOn ログ\\出力\r\n\r\n',
      ),
    );
    expect(await findLogDirectory({ platform: 'win32', runReg: run, env: {} })).toEqual({
      ok: true,
      directory: 'D:\\SmartOn ログ\\出力',
      source: 'HKLM\\SOFTWARE\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV (32-bit view)\\OutputDirectory',
    });
    expect(calls).toEqual([
      [
        'query',
        'HKLM\\SOFTWARE\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV',
        '/v',
        'OutputDirectory',
        '/reg:32',
      ],
    ]);
  });

  test('REG_EXPAND_SZ is expanded', async () => {
    const { run } = runner(
      ok(
        '\r\nHKEY_LOCAL_MACHINE\\X\r\n    OutputDirectory    REG_EXPAND_SZ    %ProgramData%\\SmartOn\\Log\r\n',
      ),
    );
    const found = await findLogDirectory({
      platform: 'win32',
      runReg: run,
      env: { PROGRAMDATA: 'C:\\ProgramData' },
    });
    expect(found).toMatchObject({ ok: true, directory: 'C:\\ProgramData\\SmartOn\\Log' });
  });

  test('falls back to the literal WOW6432Node path', async () => {
    const { run, calls } = runner(
      fail(notFoundJa, '\r\n\r\n'),
      ok(
        '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV\r\n    OutputDirectory    REG_SZ    E:\\Logs\r\n',
      ),
    );
    const found = await findLogDirectory({ platform: 'win32', runReg: run, env: {} });
    expect(found).toMatchObject({ ok: true, directory: 'E:\\Logs' });
    expect(found.ok && found.source).toMatch(/WOW6432Node/);
    expect(calls[1]).toEqual([
      'query',
      'HKLM\\SOFTWARE\\WOW6432Node\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV',
      '/v',
      'OutputDirectory',
    ]);
  });

  test('not found in either place', async () => {
    const { run } = runner(
      fail(notFoundJa),
      fail('ERROR: The system was unable to find the specified registry key or value.'),
    );
    const found = await findLogDirectory({ platform: 'win32', runReg: run, env: {} });
    expect(found).toMatchObject({ ok: false, reason: 'not-found' });
    expect(!found.ok && found.message).toMatch(/32-bit view.*WOW6432Node.*configuration/s);
  });

  test('an empty value is not a folder', async () => {
    const { run } = runner(
      ok('\r\nHKEY_LOCAL_MACHINE\\X\r\n    OutputDirectory    REG_SZ    \r\n'),
      fail(notFoundJa),
    );
    const found = await findLogDirectory({ platform: 'win32', runReg: run, env: {} });
    expect(found).toMatchObject({ ok: false, reason: 'not-found' });
    expect(!found.ok && found.message).toMatch(/OutputDirectory is empty/);
  });

  test('blocked by policy: stops at once and says to configure the folder', async () => {
    const [, blocked] = fragments('reg-query-en-errors.txt') as [string, string];
    const { run, calls } = runner(fail(blocked));
    const found = await findLogDirectory({ platform: 'win32', runReg: run, env: {} });
    expect(found).toMatchObject({ ok: false, reason: 'blocked-by-policy' });
    expect(!found.ok && found.message).toMatch(/Prevent access to registry editing tools.*configuration/);
    expect(calls).toHaveLength(1);
  });

  test('reg.exe that cannot run is reg-failed (here the real runner, with no reg.exe on this system)', async () => {
    const found = await findLogDirectory({ platform: 'win32', env: { SystemRoot: '/nonexistent' } });
    expect(found).toMatchObject({ ok: false, reason: 'reg-failed' });
    expect(!found.ok && found.message).toMatch(/reg\.exe could not be run/);
  });
});
