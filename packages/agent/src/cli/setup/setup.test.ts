import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { runSetup } from '../commands/setup.js';
import type { Prompter } from './prompter.js';
import { icaclsArguments, restrictAccess } from './restrict-access.js';

describe('icacls', () => {
  test('a folder: inheritance removed, full control to SYSTEM and Administrators by SID, inherited below', () => {
    expect(icaclsArguments('C:\\ProgramData\\pclogin', 'folder')).toEqual([
      'C:\\ProgramData\\pclogin',
      '/inheritance:r',
      '/grant:r',
      '*S-1-5-18:(OI)(CI)F',
      '*S-1-5-32-544:(OI)(CI)F',
    ]);
  });

  test('a file: the same without inheritance flags, a file has nothing below it to inherit', () => {
    expect(icaclsArguments('C:\\a b\\pclogin.config.json', 'file')).toEqual([
      'C:\\a b\\pclogin.config.json',
      '/inheritance:r',
      '/grant:r',
      '*S-1-5-18:F',
      '*S-1-5-32-544:F',
    ]);
  });

  test('restrictAccess runs icacls on Windows and reports a refusal with what to do', async () => {
    const calls: string[][] = [];
    await restrictAccess('C:\\x', {
      kind: 'folder',
      platform: 'win32',
      run: async (f, a) => void calls.push([f, ...a]),
    });
    expect(calls).toEqual([['icacls', ...icaclsArguments('C:\\x', 'folder')]]);
    await expect(
      restrictAccess('C:\\x', {
        kind: 'file',
        platform: 'win32',
        run: async () => {
          throw new Error('Access is denied.');
        },
      }),
    ).rejects.toMatchObject({
      code: 'SETUP_PERMISSION',
      message: expect.stringMatching(/Access is denied.*administrator/),
    });
  });
});

describe('setup, interactively', () => {
  const TOKEN = 'Int3ractiveT0kenInt3ractiveT0ke1';
  let sim: KotSimulator;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pclogin-wizard-'));
    sim = await startKotSimulator({
      seed: {
        company: { key: 'k'.repeat(32), code: 'wiz001', name: '対話株式会社' },
        divisions: [{ code: '1', name: '本社', dayBorderTime: '00:00' }],
        workingTypes: [{ code: '1', name: '正社員' }],
        employees: [
          {
            code: '0001',
            key: 'e'.repeat(64),
            lastName: '山田',
            firstName: '太郎',
            divisionCode: '1',
            typeCode: '1',
          },
        ],
      },
      token: TOKEN,
      clock: () => new Date('2024-03-15T03:00:00Z'),
    });
  });
  afterAll(async () => {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('asks again after a wrong answer, reads the token only as a secret, and writes what was answered', async () => {
    const asked: string[] = [];
    const answers = ['x', 'wiz001', '', join(dir, 'logs')];
    const secrets = ['Wr0ngT0kenWr0ngT0kenWr0ngT0ken12', TOKEN];
    const prompter: Prompter = {
      ask: async (question) => {
        asked.push(question);
        return answers.shift() ?? '';
      },
      askSecret: async (question) => {
        asked.push(`secret: ${question}`);
        return secrets.shift() ?? '';
      },
      confirm: async (question) => {
        asked.push(`confirm: ${question}`);
        // "Enter it again" after the refused token: yes; links export and service: no.
        return /again/.test(question);
      },
      close: () => {},
    };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const config = join(dir, 'pclogin.config.json');
    try {
      await runSetup(
        {
          lang: 'en',
          config,
          kotBaseUrl: sim.baseUrl,
          stateDirectory: join(dir, 'state'),
          now: '2024-03-15T12:00:00+09:00',
        },
        prompter,
      );
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
    expect(asked.filter((q) => q.startsWith('企業コード'))).toHaveLength(2);
    expect(asked.filter((q) => q.startsWith('secret: Access token'))).toHaveLength(2);
    expect(asked).toContain('confirm: Enter it again');
    expect(asked.some((q) => q.includes('Access token') && !q.startsWith('secret:'))).toBe(false);
    expect(JSON.parse(await readFile(config, 'utf8'))).toMatchObject({
      companyCode: 'wiz001',
      accessToken: TOKEN,
      logDirectory: join(dir, 'logs'),
    });
  });
});
