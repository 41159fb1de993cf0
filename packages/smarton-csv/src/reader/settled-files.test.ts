import {
  appendFileSync,
  copyFileSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { FIXTURES } from '../../test/support/fixtures.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { CheckpointError } from '../errors/checkpoint-error.js';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { createLogFolderReader } from './create-log-folder-reader.js';
import { decodeLogFolderCheckpoint } from './decode-log-folder-checkpoint.js';
import type { LogFolderCheckpoint, LogFolderCheckpointV1 } from './log-folder-checkpoint.js';
import type { LogFolderReaderOptions } from './log-folder-reader-options.js';

const tempDir = useTempDir();
const HEADER = '日時,SmartOnアカウント,コンピュータ名,イベント\r\n';
const T0 = Date.UTC(2024, 1, 7, 0, 0, 0);
const HOUR = 3_600_000;
const cp932 = (text: string) => iconv.encode(text, 'cp932');
/** Row `i` of file `f`: account `f<f>r<i>`. */
const row = (f: number, i: number) =>
  `2024/02/07 09:${String(i % 60).padStart(2, '0')}:00,f${f}r${i},PC-${f},ログオン\r\n`;
const rows = (f: number, from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => row(f, from + k)).join('');
const touch = (path: string, ms: number) => utimesSync(path, ms / 1000, ms / 1000);
const name = (f: number) => `SSOLog_2024${String(f).padStart(4, '0')}.csv`;

/** `count` daily files, file `f` last written at T0 + f hours, with 5 rows each. */
function folder(count: number) {
  const dir = tempDir();
  for (let f = 0; f < count; f++) {
    const path = join(dir, name(f));
    writeFileSync(path, cp932(HEADER + rows(f, 0, 5)));
    touch(path, T0 + f * HOUR);
  }
  return dir;
}

/** A reader with a settable clock that records the names it looks at, read by read. */
function setup(dir: string, extra: Partial<LogFolderReaderOptions> = {}) {
  const state = { now: T0, looked: [] as string[] };
  const options: LogFolderReaderOptions = {
    directory: dir,
    clock: () => state.now,
    statFile: (path) => {
      state.looked.push(basename(path));
      return stat(path, { bigint: true });
    },
    ...extra,
  };
  let reader = createLogFolderReader(options);
  // Each checkpoint goes through JSON, as the agent stores it.
  const read = async (checkpoint?: LogFolderCheckpoint | LogFolderCheckpointV1) => {
    state.looked = [];
    const result = await reader.read(checkpoint && JSON.parse(JSON.stringify(checkpoint)));
    return { ...result, accounts: result.events.map((e) => e.account), looked: [...state.looked] };
  };
  /** A new reader on the same folder, as in a new process. */
  const restart = () => {
    reader = createLogFolderReader(options);
  };
  return { state, read, restart };
}

const settledNames = (checkpoint: LogFolderCheckpoint) =>
  Object.entries(checkpoint.files)
    .filter(([, entry]) => typeof entry === 'string')
    .map(([n]) => n);

describe('settled files', () => {
  test('are written as one short string each, with the layout given once for the folder', async () => {
    const dir = folder(30);
    const { state, read } = setup(dir);
    state.now = T0 + 40 * HOUR;
    const first = await read();
    expect(first.events).toHaveLength(150);
    const cp = first.checkpoint;
    // Every file but the newest has been unchanged for an hour or more.
    expect(settledNames(cp)).toEqual(Array.from({ length: 29 }, (_, f) => name(f)));
    expect(typeof cp.files[name(29)]).toBe('object');
    expect(cp.layouts).toHaveLength(1);
    for (const [n, entry] of Object.entries(cp.files)) {
      if (typeof entry !== 'string') continue;
      // What one settled file adds to the stored JSON: its name and its entry.
      expect(`${JSON.stringify(n)}:${JSON.stringify(entry)},`.length).toBeLessThan(200);
    }
  });

  test('a file not yet quiet for settledAfterMs, or the newest, stays an object', async () => {
    const dir = folder(3);
    const { state, read } = setup(dir, { settledAfterMs: 2 * HOUR });
    // File 0 was written 3 h ago, file 1 2 h ago, file 2 (the newest) 1 h ago.
    state.now = T0 + 3 * HOUR;
    const { checkpoint } = await read();
    expect(settledNames(checkpoint)).toEqual([name(0), name(1)]);
    const never = setup(dir, { settledAfterMs: Number.POSITIVE_INFINITY });
    never.state.now = T0 + 1000 * HOUR;
    expect(settledNames((await never.read()).checkpoint)).toEqual([]);
  });

  test('are looked at all on a reader’s first read, then recheckSettledPerRead at a time in rotation', async () => {
    const dir = folder(30);
    const { state, read, restart } = setup(dir, { recheckSettledPerRead: 4 });
    state.now = T0 + 40 * HOUR;
    let { checkpoint, looked } = await read();
    expect(looked).toHaveLength(30);
    const seen = new Set<string>();
    const rounds = Math.ceil(29 / 4);
    for (let i = 0; i < rounds; i++) {
      const r = await read(checkpoint);
      expect(r.events).toEqual([]);
      // The newest file (not settled) every time, and four settled files.
      expect(r.looked).toContain(name(29));
      expect(r.looked).toHaveLength(5);
      for (const n of r.looked) seen.add(n);
      // Nothing changed: the checkpoint is the same, so a caller storing it has nothing to write.
      expect(JSON.stringify(r.checkpoint)).toBe(JSON.stringify(checkpoint));
      checkpoint = r.checkpoint;
    }
    expect(seen.size).toBe(30);
    // A new reader (a new process) does not know the files yet: it looks at them all once.
    restart();
    ({ looked } = await read(checkpoint));
    expect(looked).toHaveLength(30);
    expect((await read(checkpoint)).looked).toHaveLength(5);
  });

  test('a settled file appended to is read within ceil(settled / recheckSettledPerRead) reads, its rows once', async () => {
    const dir = folder(30);
    const { state, read } = setup(dir, { recheckSettledPerRead: 4 });
    state.now = T0 + 40 * HOUR;
    let { checkpoint } = await read();
    // Settled files are looked at in rotation: advance it a little first.
    checkpoint = (await read(checkpoint)).checkpoint;
    const late = join(dir, name(5));
    appendFileSync(late, cp932(rows(5, 5, 8)));
    touch(late, T0 + 5 * HOUR + 1);
    const accounts: string[] = [];
    const bound = Math.ceil(29 / 4);
    for (let i = 0; i < bound; i++) {
      const r = await read(checkpoint);
      accounts.push(...r.accounts);
      checkpoint = r.checkpoint;
    }
    expect(accounts).toEqual(['f5r5', 'f5r6', 'f5r7']);
    for (let i = 0; i < 2 * bound; i++) {
      const r = await read(checkpoint);
      expect(r.events).toEqual([]);
      checkpoint = r.checkpoint;
    }
    expect(decodeLogFolderCheckpoint(checkpoint)[name(5)]?.offset).toBe(statSync(late).size);
  });

  test('a settled file cut back and rewritten, or replaced, is noticed within the bound', async () => {
    const dir = folder(10);
    const { state, read } = setup(dir, { recheckSettledPerRead: 2 });
    state.now = T0 + 20 * HOUR;
    let { checkpoint } = await read();
    // File 3 is rewritten shorter with other rows; file 6 is replaced by a new file (new
    // identity) of the same size, keeping its modification time.
    writeFileSync(join(dir, name(3)), cp932(HEADER + row(3, 100)));
    touch(join(dir, name(3)), T0 + 3 * HOUR);
    const replacement = join(dir, 'tmp.part');
    writeFileSync(replacement, cp932(HEADER + rows(6, 5, 10)));
    expect(statSync(replacement).size).toBe(statSync(join(dir, name(6))).size);
    renameSync(replacement, join(dir, name(6)));
    touch(join(dir, name(6)), T0 + 6 * HOUR);
    const accounts: string[] = [];
    const codes: string[] = [];
    for (let i = 0; i < Math.ceil(9 / 2); i++) {
      const r = await read(checkpoint);
      accounts.push(...r.accounts);
      codes.push(...r.issues.map((issue) => `${basename(issue.file)} ${issue.code}`));
      checkpoint = r.checkpoint;
    }
    expect(accounts.sort()).toEqual(['f3r100', 'f6r5', 'f6r6', 'f6r7', 'f6r8', 'f6r9']);
    expect(codes.sort()).toEqual([`${name(3)} file-truncated`, `${name(6)} file-replaced`]);
  });

  test('a settled file renamed, with a new file under its old name, is recognised at once', async () => {
    const dir = folder(10);
    const { state, read } = setup(dir, { recheckSettledPerRead: 1 });
    state.now = T0 + 20 * HOUR;
    const { checkpoint } = await read();
    expect(settledNames(checkpoint)).toContain(name(2));
    renameSync(join(dir, name(2)), join(dir, 'SSOLog_archive.csv'));
    touch(join(dir, 'SSOLog_archive.csv'), T0 + 2 * HOUR);
    writeFileSync(join(dir, name(2)), cp932(HEADER + row(2, 50)));
    touch(join(dir, name(2)), T0 + 2 * HOUR);
    const r = await read(checkpoint);
    // A new name appeared: every settled file was looked at, once.
    expect(r.looked.sort()).toEqual([...readdirSync(dir)].sort());
    expect(r.accounts).toEqual(['f2r50']);
    expect(r.issues).toEqual([]);
    const files = decodeLogFolderCheckpoint(r.checkpoint);
    expect(files['SSOLog_archive.csv']?.line).toBe(6);
    const again = await read(r.checkpoint);
    expect(again.events).toEqual([]);
    expect(again.looked.length).toBeLessThanOrEqual(3);
  });

  test('a settled file deleted is dropped; one that cannot be looked at keeps its entry', async () => {
    const dir = folder(5);
    const locked = { name: '' };
    const { state, read } = setup(dir, {
      statFile: async (path) => {
        if (basename(path) === locked.name) {
          throw Object.assign(new Error(`EBUSY: resource busy or locked, stat '${path}'`), { code: 'EBUSY' });
        }
        return stat(path, { bigint: true });
      },
    });
    state.now = T0 + 20 * HOUR;
    const first = await read();
    locked.name = name(1);
    const second = await read(first.checkpoint);
    expect(second.pending).toMatchObject([{ file: join(dir, name(1)), code: 'locked' }]);
    expect(second.checkpoint.files[name(1)]).toBe(first.checkpoint.files[name(1)]);
    locked.name = '';
    rmSync(join(dir, name(0)));
    const third = await read(second.checkpoint);
    expect(Object.keys(third.checkpoint.files)).toEqual([name(1), name(2), name(3), name(4)]);
    expect(third.events).toEqual([]);
  });
});

describe('checkpoints', () => {
  test('a JSON copy means the same as the checkpoint itself, and reads the same', async () => {
    const dir = folder(6);
    appendFileSync(join(dir, name(5)), cp932('2024/02/07 10:00:00,tail,PC,ログ'));
    touch(join(dir, name(5)), T0 + 5 * HOUR);
    const a = setup(dir);
    a.state.now = T0 + 10 * HOUR;
    const { checkpoint } = await a.read();
    expect(settledNames(checkpoint)).toHaveLength(5);
    const copy = JSON.parse(JSON.stringify(checkpoint));
    expect(copy).toEqual(checkpoint);
    expect(decodeLogFolderCheckpoint(copy)).toEqual(decodeLogFolderCheckpoint(checkpoint));
    // Settling changes the form, not the meaning: the same states as with no file settled.
    const b = setup(dir, { settledAfterMs: Number.POSITIVE_INFINITY });
    b.state.now = a.state.now;
    const unsettled = (await b.read()).checkpoint;
    expect(settledNames(unsettled)).toEqual([]);
    expect(decodeLogFolderCheckpoint(checkpoint)).toEqual(decodeLogFolderCheckpoint(unsettled));
    expect(decodeLogFolderCheckpoint(checkpoint)[name(5)]).toMatchObject({ heldBack: 'unterminated-line' });
  });

  test('a returned checkpoint is frozen: changing it throws and the next read is not affected', async () => {
    const dir = folder(4);
    const reader = createLogFolderReader({ directory: dir, clock: () => T0 + 10 * HOUR });
    const { checkpoint } = await reader.read();
    const files = checkpoint.files as Record<string, unknown>;
    expect(() => {
      files[name(0)] = 'garbage';
    }).toThrow(TypeError);
    expect(() => {
      (checkpoint.layouts[0] as { delimiter: string }).delimiter = ';';
    }).toThrow(TypeError);
    expect(() => {
      (files[name(3)] as { offset: number }).offset = 0;
    }).toThrow(TypeError);
    appendFileSync(join(dir, name(3)), cp932(row(3, 9)));
    const next = await reader.read(checkpoint);
    expect(next.events.map((e) => e.account)).toEqual(['f3r9']);
  });

  test('a damaged settled entry, an unknown layout, a newer format or garbage is a CheckpointError', async () => {
    const dir = folder(4);
    const { state, read } = setup(dir);
    state.now = T0 + 10 * HOUR;
    const { checkpoint } = await read();
    const copy = () => JSON.parse(JSON.stringify(checkpoint));
    const problems = async (value: unknown) => {
      const error = await read(value as LogFolderCheckpoint).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CheckpointError);
      return (error as CheckpointError).problems;
    };
    const damaged = copy();
    damaged.files[name(1)] = damaged.files[name(1)].replace(' ', '  ');
    expect(await problems(damaged)).toEqual([
      `files.${name(1)}: not a settled file entry (offset line mtimeMs fileId layout head tail)`,
    ]);
    const noLayout = copy();
    noLayout.layouts = [];
    // Also for settled entries this very reader confirmed (it skips only their pattern).
    expect(await problems(noLayout)).toEqual([
      `files.${name(0)}: no layout 0`,
      `files.${name(1)}: no layout 0`,
      `files.${name(2)}: no layout 0`,
      `files.${name(3)}.layout: no layout 0`,
    ]);
    expect((await problems({ ...copy(), version: 3 }))[0]).toMatch(/^version: format 3 .* newer version/);
    expect((await problems('garbage'))[0]).toMatch(/^\(root\): .*expected object/);
    expect((await problems({ version: 2, files: {} }))[0]).toMatch(/^layouts/);
  });

  test('a format 1 checkpoint (0.1.0) is taken over: nothing read again, nothing lost, format 2 returned', async () => {
    const dir = tempDir();
    const copies = [
      ['SSOLog_20240206.csv', 'cp932-crlf-japanese-header.csv', Date.UTC(2024, 1, 6, 15)],
      ['SSOLog_20240207.csv', 'utf8-bom-english-date-time.csv', Date.UTC(2024, 1, 7, 15)],
      ['SSOLog_20240208.csv', 'cp932-unterminated-last-line.csv', Date.UTC(2024, 1, 8, 3)],
    ] as const;
    for (const [to, from, at] of copies) {
      copyFileSync(join(FIXTURES, from), join(dir, to));
      touch(join(dir, to), at);
    }
    const v1 = JSON.parse(
      readFileSync(join(FIXTURES, '..', 'checkpoints', 'folder-v1.json'), 'utf8'),
    ) as LogFolderCheckpointV1;
    expect(v1.version).toBe(1);
    const { state, read } = setup(dir);
    state.now = Date.UTC(2024, 1, 8, 5);
    const first = await read(v1);
    expect(first.events).toEqual([]);
    expect(first.issues).toEqual([]);
    expect(first.pending).toMatchObject([{ code: 'unterminated-line' }]);
    expect(first.checkpoint.version).toBe(2);
    expect(first.checkpoint.layouts).toHaveLength(3);
    expect(settledNames(first.checkpoint)).toEqual(['SSOLog_20240206.csv', 'SSOLog_20240207.csv']);
    // The same offsets, lines, anchors and layouts, under the files' own identities now.
    const before = decodeLogFolderCheckpoint(v1);
    const after = decodeLogFolderCheckpoint(first.checkpoint);
    for (const [n, file] of Object.entries(before)) {
      const { fileId: _a, ...was } = file;
      const { fileId: _b, ...is } = after[n] ?? {};
      expect(is).toEqual(was);
    }
    // The held-back line is returned once it is complete.
    appendFileSync(join(dir, 'SSOLog_20240208.csv'), cp932('1,ロック\r\n'));
    const second = await read(first.checkpoint);
    expect(second.events).toMatchObject([{ account: '1000', kind: 'lock' }]);
  });

  test('invalid settle options are rejected naming the field', () => {
    try {
      createLogFolderReader({ directory: 'x', settledAfterMs: -1, recheckSettledPerRead: 0.5 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SmartonCsvOptionsError);
      expect((e as SmartonCsvOptionsError).problems.map((p) => p.path)).toEqual([
        'settledAfterMs',
        'recheckSettledPerRead',
      ]);
    }
    expect(() => createLogFolderReader({ directory: 'x', recheckSettledPerRead: 0 })).toThrow(
      /recheckSettledPerRead/,
    );
    expect(() => createLogFolderReader({ directory: 'x', settledAfterMs: Number.NaN })).toThrow(
      /settledAfterMs/,
    );
  });
});
