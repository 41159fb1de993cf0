import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recommendedExport } from '../../test/support/powershell-export.js';
import { LogBuilder, suzuki, yamada } from '../../test/support/scenario.js';
import { createSecurityEventsSource } from './security-events-source.js';

describe('createSecurityEventsSource', () => {
  let dir: string;
  let now: number;
  const clock = () => new Date(now);
  const put = async (name: string, builder: LogBuilder, ageMs = 60_000) => {
    await writeFile(join(dir, name), recommendedExport(builder.events, 'Asia/Tokyo'));
    await utimes(join(dir, name), new Date(now - ageMs), new Date(now - ageMs));
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pclogin-winsource-'));
    now = Date.parse('2024-02-08T11:00:00+09:00');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads new and changed files whole, skips unchanged ones, and waits for files still being written', async () => {
    const source = createSecurityEventsSource({ directory: dir, clock });
    await put('a.csv', new LogBuilder().signIn(yamada, '2024-02-07 09:03:12'));
    await put('b.csv', new LogBuilder().signIn(suzuki, '2024-02-07 10:15:48'), 3_000);
    await writeFile(join(dir, 'notes.txt'), 'not an export');

    const first = await source.read(undefined, {});
    expect(first.events.map((e) => e.account)).toEqual(['yamada', 'yamada']);
    expect(first.pending).toEqual([
      { file: join(dir, 'b.csv'), reason: expect.stringContaining('Export-Csv') },
    ]);
    expect(first.done).toBe(true);

    now += 60_000;
    const second = await source.read(first.checkpoint, {});
    expect(second.events.map((e) => e.account)).toEqual(['suzuki', 'suzuki']);

    const third = await source.read(second.checkpoint, {});
    expect(third.events).toEqual([]);

    // A re-export over the same name is read again, whole (repeats are harmless downstream).
    await put(
      'a.csv',
      new LogBuilder()
        .signIn(yamada, '2024-02-07 09:03:12')
        .signOut(yamada, '2024-02-07 18:22:04', '2024-02-07 18:22:06'),
    );
    const fourth = await source.read(third.checkpoint, {});
    expect(fourth.events.map((e) => e.kind)).toEqual(['logoff', 'logoff', 'logoff', 'logon', 'logon']);
  });

  it('stops between files at maxEvents and resumes where it stopped', async () => {
    const source = createSecurityEventsSource({ directory: dir, clock });
    await put('1.csv', new LogBuilder().signIn(yamada, '2024-02-07 09:03:12'));
    await put('2.csv', new LogBuilder().signIn(suzuki, '2024-02-07 10:15:48'));
    const first = await source.read(undefined, { maxEvents: 1 });
    expect(first.done).toBe(false);
    expect(first.events).toHaveLength(2);
    const second = await source.read(first.checkpoint, { maxEvents: 1 });
    expect(second.done).toBe(true);
    expect(second.events.map((e) => e.account)).toEqual(['suzuki', 'suzuki']);
  });

  it('passes problems on with their file, line and fix, and reads on', async () => {
    const source = createSecurityEventsSource({ directory: dir, clock });
    await writeFile(
      join(dir, 'bad.csv'),
      '"TimeCreated","Id","TargetUserName","LogonType"\r\n"yesterday","4624","yamada","2"\r\n',
    );
    await utimes(join(dir, 'bad.csv'), new Date(now - 60_000), new Date(now - 60_000));
    const batch = await source.read(undefined, {});
    expect(batch.issues).toEqual([
      expect.objectContaining({
        file: join(dir, 'bad.csv'),
        line: 2,
        severity: 'error',
        code: 'bad-time',
        reason: expect.stringContaining('Fix:'),
      }),
    ]);
  });
});
