import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckpointError } from '@pclogin/smarton-csv';
import { afterEach, describe, expect, test } from 'vitest';
import { createSmartonSource, SMARTON_SOURCE_NAME } from './create-smarton-source.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A log folder with two daily files, the older one written long before the clock's now. */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'agent-smarton-source-'));
  dirs.push(dir);
  const header = 'Timestamp,User,Event\r\n';
  writeFileSync(join(dir, 'a.csv'), `${header}2024/02/06 09:00:00,u1,LOGON\r\n`);
  writeFileSync(join(dir, 'b.csv'), `${header}2024/02/07 09:00:00,u2,LOGON\r\n`);
  utimesSync(join(dir, 'a.csv'), Date.UTC(2024, 1, 6) / 1000, Date.UTC(2024, 1, 6) / 1000);
  utimesSync(join(dir, 'b.csv'), Date.UTC(2024, 1, 7) / 1000, Date.UTC(2024, 1, 7) / 1000);
  return dir;
}

describe('the SmartOn folder as a source', () => {
  test('reads events and resumes from its checkpoint stored as JSON, as the ledger keeps it', async () => {
    const dir = folder();
    const source = createSmartonSource({ directory: dir, clock: () => Date.UTC(2024, 1, 8) });
    expect(source.name).toBe(SMARTON_SOURCE_NAME);
    const first = await source.read(undefined, {});
    expect(first.events.map((e) => e.account)).toEqual(['u1', 'u2']);
    expect(first.progress).toMatchObject({ unit: 'bytes' });
    const stored = JSON.parse(JSON.stringify(first.checkpoint));
    const second = await source.read(stored, {});
    expect(second.events).toEqual([]);
    expect(JSON.stringify(second.checkpoint)).toBe(JSON.stringify(first.checkpoint));
  });

  test('a checkpoint that is not the reader’s is a CheckpointError naming the field', async () => {
    const source = createSmartonSource({ directory: folder() });
    const error = await source
      .read({ version: 2, layouts: [], files: { 'a.csv': 'nonsense' } }, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as CheckpointError).problems).toEqual([
      'files.a.csv: not a settled file entry (offset line mtimeMs fileId layout head tail)',
    ]);
    await expect(source.read({ version: 99 }, {})).rejects.toMatchObject({ code: 'invalid-checkpoint' });
  });
});
