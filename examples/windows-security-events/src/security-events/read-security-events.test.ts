import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSecurityEvents } from './read-security-events.js';

const fixtures = join(import.meta.dirname, '__fixtures__');

describe('readSecurityEvents', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pclogin-winread-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("merges a folder's .csv files (in name order) and single files, problems included", async () => {
    await copyFile(join(fixtures, 'ja-JP.pwsh7.csv'), join(dir, 'b.csv'));
    await copyFile(join(fixtures, 'ja-JP.powershell51-ascii.csv'), join(dir, 'a.CSV'));
    await writeFile(join(dir, 'readme.txt'), 'not an export');
    const result = await readSecurityEvents([dir, join(fixtures, 'recommended.csv')]);
    expect(result.files).toEqual([join(dir, 'a.CSV'), join(dir, 'b.csv'), join(fixtures, 'recommended.csv')]);
    expect(new Set(result.events.map((e) => e.source?.file))).toEqual(
      new Set([join(dir, 'b.csv'), join(fixtures, 'recommended.csv')]),
    );
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.file === join(dir, 'a.CSV'))).toBe(true);
    expect(result.skipped['system-account']).toBeGreaterThan(0);
  });

  it('throws for a path that does not exist rather than deliver a partial day', async () => {
    await expect(readSecurityEvents([join(dir, 'missing')])).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
