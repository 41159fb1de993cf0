import { appendFileSync, mkdirSync, renameSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { fixtureBytes } from '../../test/support/fixtures.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { CheckpointError } from '../errors/checkpoint-error.js';
import { LogFileError } from '../errors/log-file-error.js';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { createLogFolderReader } from './create-log-folder-reader.js';
import { decodeLogFolderCheckpoint } from './decode-log-folder-checkpoint.js';
import type { LogFolderCheckpoint } from './log-folder-checkpoint.js';
import type { LogFolderReaderOptions, ReadableFileHandle } from './log-folder-reader-options.js';

const tempDir = useTempDir();
const HEADER = '日時,SmartOnアカウント,コンピュータ名,イベント\r\n';
const T0 = Date.UTC(2024, 1, 7, 0, 0, 0);
const cp932 = (text: string) => iconv.encode(text, 'cp932');
/** Row `i`: account `u<i>`, at 09:00:00 plus `i` seconds. */
const row = (i: number, word = 'ログオン') =>
  `${new Date(Date.UTC(2024, 1, 7, 9, 0, i)).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/')},u${i},PC-${i},${word}\r\n`;
const rows = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => row(from + k)).join('');

/** Sets a file's modification time (ms since the epoch). */
const touch = (path: string, ms: number) => utimesSync(path, ms / 1000, ms / 1000);

/** A reader on `dir` with a settable clock and a count of the bytes it read. */
function setup(dir: string, extra: Partial<LogFolderReaderOptions> = {}) {
  const state = { now: T0 + 3_600_000, bytesRead: 0 };
  const reader = createLogFolderReader({
    directory: dir,
    clock: () => state.now,
    openFile: async (path) => {
      const handle = await open(path, 'r');
      return {
        read: async (buffer, offset, length, position) => {
          const r = await handle.read(buffer, offset, length, position);
          state.bytesRead += r.bytesRead;
          return r;
        },
        close: () => handle.close(),
      };
    },
    ...extra,
  });
  // Each checkpoint goes through JSON, as the agent stores it.
  const read = async (
    checkpoint?: LogFolderCheckpoint,
    limits?: { maxEvents?: number; maxBytes?: number; signal?: AbortSignal },
  ) => {
    state.bytesRead = 0;
    const result = await reader.read(checkpoint && JSON.parse(JSON.stringify(checkpoint)), limits);
    return { ...result, accounts: result.events.map((e) => e.account) };
  };
  return { state, read };
}

describe('reading a folder', () => {
  test('every matching file, oldest first by modification time, then by name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.csv'), cp932(HEADER + row(1)));
    writeFileSync(join(dir, 'a.CSV'), cp932(HEADER + row(2)));
    writeFileSync(join(dir, 'c.csv'), cp932(HEADER + row(3)));
    writeFileSync(join(dir, 'notes.txt'), cp932(HEADER + row(4)));
    mkdirSync(join(dir, 'old.csv'));
    touch(join(dir, 'b.csv'), T0);
    touch(join(dir, 'a.CSV'), T0 + 1000);
    touch(join(dir, 'c.csv'), T0);
    const { read } = setup(dir);
    const r = await read();
    expect(r.accounts).toEqual(['u1', 'u3', 'u2']);
    expect(Object.keys(r.checkpoint.files).sort()).toEqual(['a.CSV', 'b.csv', 'c.csv']);
    expect(r.events[0]?.source).toEqual({ file: join(dir, 'b.csv'), line: 2, offset: cp932(HEADER).length });
    expect(r.done).toBe(true);
    expect(r.pending).toEqual([]);
  });

  test('a glob or a RegExp chooses other files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'SSOLog_20240207.log'), cp932(HEADER + row(1)));
    writeFileSync(join(dir, 'other.log'), cp932(HEADER + row(2)));
    expect((await setup(dir, { pattern: 'ssolog_*.LOG' }).read()).accounts).toEqual(['u1']);
    expect((await setup(dir, { pattern: /^other\./ }).read()).accounts).toEqual(['u2']);
  });

  test('a missing folder is a LogFileError', async () => {
    const dir = join(tempDir(), 'nope');
    await expect(setup(dir).read()).rejects.toBeInstanceOf(LogFileError);
    await expect(setup(dir).read()).rejects.toMatchObject({ code: 'not-found', path: dir });
  });

  test('invalid options are rejected naming the field, parser options included', () => {
    expect(() => createLogFolderReader({ directory: '', quietPeriodMs: -1, timeZone: 'Mars/Base' })).toThrow(
      SmartonCsvOptionsError,
    );
    try {
      createLogFolderReader({ directory: '', quietPeriodMs: -1, timeZone: 'Mars/Base' });
    } catch (e) {
      expect((e as SmartonCsvOptionsError).problems.map((p) => p.path)).toEqual([
        'directory',
        'quietPeriodMs',
        'timeZone',
      ]);
    }
  });
});

describe('appended rows', () => {
  test('only appended bytes are read, and only new rows returned', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932(HEADER + rows(0, 2000)));
    const { read, state } = setup(dir);
    const first = await read();
    expect(first.events).toHaveLength(2000);
    const appended = cp932(rows(2000, 2003));
    appendFileSync(path, appended);
    const second = await read(first.checkpoint);
    expect(second.accounts).toEqual(['u2000', 'u2001', 'u2002']);
    expect(second.events.map((e) => e.source?.line)).toEqual([2002, 2003, 2004]);
    // The appended bytes, plus small fixed reads to check the file still continues.
    expect(state.bytesRead).toBeLessThan(appended.length + 8 * 1024);
    const third = await read(second.checkpoint);
    expect(third.events).toEqual([]);
    expect(state.bytesRead).toBe(0);
  });

  test('a headerless file keeps its columns for appended rows (the layout is in the checkpoint)', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932('u1,ログオン,2024/02/07 09:00:00\r\n'));
    const { read } = setup(dir);
    const first = await read();
    expect(decodeLogFolderCheckpoint(first.checkpoint)['log.csv']?.layout).toMatchObject({
      header: null,
      columnCount: 3,
    });
    appendFileSync(path, cp932('u2,ロック,2024/02/07 09:01:00\r\n'));
    const second = await read(first.checkpoint);
    expect(second.events).toMatchObject([{ account: 'u2', kind: 'lock', raw: 'ロック' }]);
  });

  test('a file seen as ASCII settles its encoding when Japanese arrives later', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, 'Timestamp,User,Event\r\n2024/02/07 09:00:00,u1,LOGON\r\n');
    const { read } = setup(dir);
    const first = await read();
    expect(decodeLogFolderCheckpoint(first.checkpoint)['log.csv']?.layout?.encoding).toBe('ascii');
    appendFileSync(path, cp932('2024/02/07 09:01:00,u2,ロック\r\n'));
    const second = await read(first.checkpoint);
    expect(second.events[0]?.raw).toBe('ロック');
    expect(decodeLogFolderCheckpoint(second.checkpoint)['log.csv']?.layout?.encoding).toBe('cp932');
  });
});

describe('an unfinished last line', () => {
  test('is held back until its line end arrives, then returned once', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    const done = cp932(HEADER + row(1));
    const last = cp932(row(2));
    writeFileSync(path, Buffer.concat([done, last.subarray(0, 10)]));
    const { read } = setup(dir);
    const first = await read();
    expect(first.accounts).toEqual(['u1']);
    expect(first.pending).toMatchObject([{ file: path, code: 'unterminated-line' }]);
    expect(decodeLogFolderCheckpoint(first.checkpoint)['log.csv']).toMatchObject({
      offset: done.length,
      heldBack: 'unterminated-line',
    });
    const again = await read(first.checkpoint);
    expect(again.events).toEqual([]);
    appendFileSync(path, last.subarray(10));
    const second = await read(again.checkpoint);
    expect(second.accounts).toEqual(['u2']);
    expect(second.events[0]?.source).toMatchObject({ line: 3, offset: done.length });
    expect(second.pending).toEqual([]);
  });

  test('the unterminated fixture: two rows now, the third once its line is complete', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, fixtureBytes('cp932-unterminated-last-line.csv'));
    const { read } = setup(dir);
    const first = await read();
    expect(first.accounts).toEqual(['1000', '1001']);
    expect(first.pending[0]?.reason).toMatch(/no line end yet.*120 s/);
    appendFileSync(path, cp932('1,ロック\r\n'));
    const second = await read(first.checkpoint);
    expect(second.events).toMatchObject([{ account: '1000', computer: 'PC-01', kind: 'lock' }]);
  });

  test('is read as it is once a newer file exists and it has been quiet long enough', async () => {
    const dir = tempDir();
    const old = join(dir, 'a.csv');
    writeFileSync(old, cp932(`${HEADER}${row(1)}2024/02/07 09:30:00,u9,PC-9,ログオフ`));
    touch(old, T0);
    const { read, state } = setup(dir, { quietPeriodMs: 60_000 });
    state.now = T0 + 30_000;
    const first = await read();
    expect(first.accounts).toEqual(['u1']);
    writeFileSync(join(dir, 'b.csv'), cp932(HEADER));
    touch(join(dir, 'b.csv'), T0 + 10_000);
    const notQuiet = await read(first.checkpoint);
    expect(notQuiet.events).toEqual([]);
    state.now = T0 + 60_000;
    const quiet = await read(notQuiet.checkpoint);
    expect(quiet.accounts).toEqual(['u9']);
    expect(quiet.pending).toEqual([]);
    expect((await read(quiet.checkpoint)).events).toEqual([]);
  });

  test('the newest file keeps its unfinished line however long it is quiet', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), cp932(`${HEADER}${row(1)}2024/02/07 09:30:00,u9,PC-9,ログ`));
    touch(join(dir, 'a.csv'), T0);
    const { read, state } = setup(dir);
    state.now = T0 + 86_400_000;
    const r = await read();
    expect(r.accounts).toEqual(['u1']);
    expect(r.pending[0]?.code).toBe('unterminated-line');
  });
});

describe('cut back, replaced and renamed files', () => {
  test('a file truncated and written again (copy-truncate rotation) is read from the start', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932(HEADER + rows(0, 100)));
    const { read } = setup(dir);
    const first = await read();
    writeFileSync(path, cp932(HEADER + rows(500, 503)));
    const second = await read(first.checkpoint);
    expect(second.accounts).toEqual(['u500', 'u501', 'u502']);
    expect(second.issues).toMatchObject([
      { file: path, line: 0, code: 'file-truncated', severity: 'warning' },
    ]);
    expect(second.issues[0]?.reason).toMatch(/all its lines are new/);
  });

  test('a file replaced by one of the same size is noticed by its content', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932(HEADER + rows(10, 20)));
    const { read } = setup(dir);
    const first = await read();
    writeFileSync(path, cp932(HEADER + rows(30, 40)));
    const second = await read(first.checkpoint);
    expect(second.accounts).toEqual(rows(30, 40).match(/u\d+/g));
    expect(second.issues.map((i) => i.code)).toEqual(['file-replaced']);
  });

  test('a file cut back to its own beginning returns no line twice, and later lines once', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    const full = cp932(HEADER + rows(0, 200));
    writeFileSync(path, full);
    const { read } = setup(dir);
    const first = await read();
    const kept = cp932(HEADER + rows(0, 150));
    truncateSync(path, kept.length);
    const second = await read(first.checkpoint);
    expect(second.events).toEqual([]);
    expect(second.issues[0]).toMatchObject({ code: 'file-truncated' });
    expect(second.issues[0]?.reason).toMatch(/first 201 lines, returned before, are not returned again/);
    appendFileSync(path, cp932(rows(900, 902)));
    const third = await read(second.checkpoint);
    expect(third.accounts).toEqual(['u900', 'u901']);
    expect(third.issues).toEqual([]);
  });

  test('a file copied over with the same content and more continues where it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932(HEADER + rows(0, 50)));
    const { read } = setup(dir);
    const first = await read();
    // A new file (new identity) with the old bytes and two more rows, moved into place.
    writeFileSync(join(dir, 'tmp'), cp932(HEADER + rows(0, 52)));
    renameSync(join(dir, 'tmp'), path);
    const second = await read(first.checkpoint);
    expect(second.accounts).toEqual(['u50', 'u51']);
    expect(second.issues).toEqual([]);
  });

  test('a file renamed away (rotation) is recognised under its new name; the new file is read whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932(HEADER + rows(0, 30)));
    touch(path, T0);
    const { read } = setup(dir);
    const first = await read();
    renameSync(path, join(dir, 'log-20240207.csv'));
    appendFileSync(join(dir, 'log-20240207.csv'), cp932(row(30)));
    touch(join(dir, 'log-20240207.csv'), T0);
    writeFileSync(path, cp932(HEADER + rows(100, 102)));
    touch(path, T0 + 1000);
    const second = await read(first.checkpoint);
    expect(second.accounts).toEqual(['u30', 'u100', 'u101']);
    expect(Object.keys(second.checkpoint.files).sort()).toEqual(['log-20240207.csv', 'log.csv']);
    expect(second.issues).toEqual([]);
  });
});

describe('files that cannot be opened now', () => {
  test('are reported pending, the others read, and nothing of them is lost', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), cp932(HEADER + row(1)));
    writeFileSync(join(dir, 'b.csv'), cp932(HEADER + row(2)));
    touch(join(dir, 'a.csv'), T0);
    touch(join(dir, 'b.csv'), T0 + 1);
    // Tests run as root, for whom chmod 000 does not block reading: a Windows sharing
    // violation (the log server holding the file) is simulated by the injected open instead.
    let locked = true;
    const openFile = async (path: string): Promise<ReadableFileHandle> => {
      if (locked && path.endsWith('a.csv')) {
        throw Object.assign(new Error(`EBUSY: resource busy or locked, open '${path}'`), { code: 'EBUSY' });
      }
      return open(path, 'r');
    };
    const { read } = setup(dir, { openFile });
    const first = await read();
    expect(first.accounts).toEqual(['u2']);
    expect(first.pending).toMatchObject([{ file: join(dir, 'a.csv'), code: 'locked' }]);
    expect(first.pending[0]?.reason).toMatch(/EBUSY/);
    expect(first.done).toBe(true);
    locked = false;
    const second = await read(first.checkpoint);
    expect(second.accounts).toEqual(['u1']);
    expect(second.pending).toEqual([]);
  });

  test('a read error midway keeps what was read before it, and the rest comes next time', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932(HEADER + rows(0, 5000)));
    const all = rows(0, 5000).match(/u\d+/g);
    // Reads fail at or past `failFrom`, or only exactly at `failAt`.
    const failing = { from: Number.POSITIVE_INFINITY, at: -1 };
    const openFile = async (p: string): Promise<ReadableFileHandle> => {
      const handle = await open(p, 'r');
      return {
        read: async (buffer, offset, length, position) => {
          if (position >= failing.from || position === failing.at) {
            throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
          }
          return handle.read(buffer, offset, length, position);
        },
        close: () => handle.close(),
      };
    };
    const { read } = setup(dir, { openFile });
    failing.at = 2 * 65536;
    const first = await read();
    expect(first.pending).toMatchObject([{ code: 'read-error' }]);
    expect(first.events.length).toBeGreaterThan(1000);
    expect(first.events.length).toBeLessThan(5000);
    failing.at = -1;
    const second = await read(first.checkpoint);
    expect([...first.accounts, ...second.accounts]).toEqual(all);

    // When even the bytes before the error cannot be read back, nothing is returned yet.
    failing.from = 70_000;
    const again = await read();
    expect(again.events).toEqual([]);
    expect(again.pending).toMatchObject([{ code: 'read-error' }]);
    failing.from = Number.POSITIVE_INFINITY;
    expect((await read(again.checkpoint)).accounts).toEqual(all);
  });
});

describe('limits and checkpoints', () => {
  test('maxEvents and maxBytes split a backlog into batches that add up to one read', async () => {
    const dir = tempDir();
    for (const [name, from] of [
      ['a.csv', 0],
      ['b.csv', 300],
      ['c.csv', 600],
    ] as const) {
      writeFileSync(join(dir, name), cp932(HEADER + rows(from, from + 300)));
      touch(join(dir, name), T0 + from);
    }
    const whole = await setup(dir).read();
    for (const limits of [{ maxEvents: 70 }, { maxBytes: 5000 }, { maxEvents: 1, maxBytes: 1 }]) {
      const { read } = setup(dir);
      let checkpoint: LogFolderCheckpoint | undefined;
      const accounts: string[] = [];
      let calls = 0;
      for (;;) {
        const r = await read(checkpoint, limits);
        calls++;
        if (limits.maxEvents) expect(r.events.length).toBeLessThanOrEqual(limits.maxEvents);
        accounts.push(...r.accounts);
        checkpoint = r.checkpoint;
        if (r.done) break;
        expect(calls).toBeLessThan(2000);
      }
      expect(accounts).toEqual(whole.accounts);
      expect(calls).toBeGreaterThan(1);
    }
  });

  test('progress counts every matching file from the first batch, and reaches the total when done', async () => {
    const dir = tempDir();
    let total = 0;
    for (const [name, from] of [
      ['a.csv', 0],
      ['b.csv', 200],
      ['c.csv', 400],
    ] as const) {
      const bytes = cp932(HEADER + rows(from, from + 200));
      writeFileSync(join(dir, name), bytes);
      touch(join(dir, name), T0 + from);
      total += bytes.length;
    }
    writeFileSync(join(dir, 'notes.txt'), 'not a log\r\n');
    const { read } = setup(dir);
    let checkpoint: LogFolderCheckpoint | undefined;
    let last = 0;
    const seen: number[] = [];
    for (;;) {
      const r = await read(checkpoint, { maxEvents: 90 });
      expect(r.progress.bytesTotal).toBe(total);
      const offsets = Object.values(decodeLogFolderCheckpoint(r.checkpoint)).reduce(
        (sum, f) => sum + f.offset,
        0,
      );
      expect(r.progress.bytesRead).toBe(offsets);
      expect(r.progress.bytesRead).toBeGreaterThan(last);
      last = r.progress.bytesRead;
      seen.push(last);
      checkpoint = r.checkpoint;
      if (r.done) break;
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(last).toBe(total);

    appendFileSync(join(dir, 'c.csv'), cp932(rows(600, 610)));
    const grown = await read(checkpoint);
    expect(grown.progress.bytesTotal).toBe(total + cp932(rows(600, 610)).length);
    expect(grown.progress.bytesRead).toBe(grown.progress.bytesTotal);
  });

  test('the checkpoint is plain JSON and a damaged one is refused with the field named', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'log.csv'), fixtureBytes('cp932-crlf-japanese-header.csv'));
    const { read } = setup(dir);
    const { checkpoint } = await read();
    expect(JSON.parse(JSON.stringify(checkpoint))).toEqual(checkpoint);
    const damaged = JSON.parse(JSON.stringify(checkpoint));
    damaged.files['log.csv'].offset = -1;
    const error = await read(damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as CheckpointError).problems[0]).toMatch(/^files\.log\.csv\.offset/);
  });
});

describe('layout not decided', () => {
  test('a header-only file waits for rows without complaint', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    writeFileSync(path, cp932('when,who,what\r\n'));
    const { read } = setup(dir);
    const first = await read();
    expect(first.events).toEqual([]);
    expect(first.issues).toEqual([]);
    expect(first.pending).toMatchObject([{ code: 'layout' }]);
    appendFileSync(path, cp932('2024/02/07 09:00:00,u1,ログオン\r\n'));
    expect((await read(first.checkpoint)).accounts).toEqual(['u1']);
  });

  test('a file whose columns cannot be found is reported each read and read once configured', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'log.csv'),
      cp932('2024/02/07 09:00:00,u1,休止\r\n2024/02/07 09:05:00,u1,復帰\r\n'),
    );
    const first = await setup(dir).read();
    expect(first.events).toEqual([]);
    expect(first.issues.map((i) => i.code)).toEqual(['unrecognised-layout']);
    expect(first.pending[0]?.reason).toMatch(/columns\.event/);
    expect(decodeLogFolderCheckpoint(first.checkpoint)['log.csv']?.offset).toBe(0);
    const configured = setup(dir, { columns: { timestamp: 0, account: 1, event: 2 } });
    const second = await configured.read(first.checkpoint);
    expect(second.events.map((e) => e.raw)).toEqual(['休止', '復帰']);
  });
});

describe('a file whose layout cannot be recognised', () => {
  test('is read once, then not again until it changes or the options do, and stays listed as pending', async () => {
    const dir = tempDir();
    const bad = join(dir, '20240206.csv');
    writeFileSync(bad, '\r\n'.repeat(200_000)); // blank lines only: no layout to find
    writeFileSync(join(dir, '20240207.csv'), cp932(HEADER + rows(0, 3)));
    touch(bad, T0 - 86_400_000);
    touch(join(dir, '20240207.csv'), T0);
    const { state, read } = setup(dir);

    const first = await read();
    expect(first.accounts).toEqual(['u0', 'u1', 'u2']);
    expect(first.issues.map((i) => i.code)).toEqual(['unrecognised-layout']);
    expect(state.bytesRead).toBeGreaterThan(400_000);

    let checkpoint = first.checkpoint;
    for (let pass = 0; pass < 3; pass++) {
      const again = await read(checkpoint);
      checkpoint = again.checkpoint;
      expect(state.bytesRead).toBeLessThan(10_000); // the anchors of the good file, not the bad one again
      expect(again.issues).toEqual([]);
      expect(again.pending).toEqual([
        { file: bad, code: 'layout', reason: expect.stringMatching(/until the file changes/) },
      ]);
    }

    // Nor by another reader with the same options (the agent started again, or `run --once`
    // from a scheduler); one with other options reads it again (see the next test).
    const restarted = setup(dir);
    const afterRestart = await restarted.read(checkpoint);
    expect(restarted.state.bytesRead).toBeLessThan(10_000);
    expect(afterRestart.issues).toEqual([]);

    // Once it changes, it is read again.
    writeFileSync(bad, cp932(HEADER + rows(10, 12)));
    touch(bad, T0 - 86_400_000 + 1000);
    const changed = await read(checkpoint);
    expect(changed.accounts).toEqual(['u10', 'u11']);
  });
});

describe('a stop signal', () => {
  test('ends a read between two chunks, in the middle of a large file, and the next read goes on from there', async () => {
    const dir = tempDir();
    const big = cp932(HEADER + rows(0, 20_000)); // about 700 KB: many chunks of 64 KiB
    writeFileSync(join(dir, '20240207.csv'), big);
    const controller = new AbortController();
    let reads = 0;
    const openFile = async (path: string): Promise<ReadableFileHandle> => {
      const handle = await open(path, 'r');
      return {
        read: async (buffer, offset, length, position) => {
          if (++reads === 3) controller.abort(); // SIGTERM arrives while the third chunk is read
          return handle.read(buffer, offset, length, position);
        },
        close: () => handle.close(),
      };
    };
    const { read } = setup(dir, { openFile });
    const stopped = await read(undefined, { signal: controller.signal });
    expect(stopped.done).toBe(false);
    expect(reads).toBeLessThan(8); // the anchors and three chunks, not the whole file
    expect(stopped.accounts.length).toBeGreaterThan(0);
    expect(stopped.accounts.length).toBeLessThan(20_000);
    const rest = await read(stopped.checkpoint);
    expect([...stopped.accounts, ...rest.accounts]).toEqual(
      Array.from({ length: 20_000 }, (_, i) => `u${i}`),
    );
    expect(rest.done).toBe(true);
  });
});

describe('a line over the record limit', () => {
  test('is reported once even when its end comes in a later read, and line numbers stay exact', async () => {
    const dir = tempDir();
    const path = join(dir, '20240207.csv');
    writeFileSync(path, Buffer.concat([cp932(HEADER + row(1)), Buffer.from('x'.repeat(1_200_000))]));
    const { read } = setup(dir);
    const first = await read();
    expect(first.issues.map((i) => [i.code, i.line])).toEqual([['record-too-long', 3]]);
    appendFileSync(path, Buffer.concat([Buffer.from('y'.repeat(5000)), cp932(`\r\n${row(2)}`)]));
    const second = await read(first.checkpoint);
    expect(second.issues).toEqual([]); // the rest of the long line is not a record of its own
    expect(second.events.map((e) => [e.account, e.source?.line])).toEqual([['u2', 4]]);
  });
});
