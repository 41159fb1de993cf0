import { appendFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { plain } from '../../test/support/fixtures.js';
import { modelBytes, modelFile } from '../../test/support/log-model.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { parseLogFile } from '../parse/parse-log-file.js';
import { createLogFolderReader } from './create-log-folder-reader.js';
import { decodeLogFolderCheckpoint } from './decode-log-folder-checkpoint.js';
import type { LogFolderCheckpoint } from './log-folder-checkpoint.js';

const tempDir = useTempDir();

describe('the folder reader over a growing file', () => {
  test('appends split at any byte boundaries yield exactly the events of one whole read', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.csv');
    const newer = join(dir, 'next.csv');
    await fc.assert(
      fc.asyncProperty(
        modelFile.chain((file) => {
          const bytes = modelBytes(file);
          const cuts = fc
            .uniqueArray(fc.integer({ min: 1, max: Math.max(1, bytes.length - 1) }), { maxLength: 8 })
            .map((a) => a.filter((p) => p < bytes.length).sort((x, y) => x - y));
          return fc.tuple(fc.constant(bytes), cuts);
        }),
        async ([bytes, cuts]) => {
          rmSync(newer, { force: true });
          writeFileSync(path, '');
          utimesSync(path, 1_000, 1_000);
          let now = 1_000_000;
          const reader = createLogFolderReader({ directory: dir, clock: () => now, quietPeriodMs: 60_000 });
          let checkpoint: LogFolderCheckpoint | undefined;
          const events = [];
          let from = 0;
          for (const p of [...cuts, bytes.length]) {
            appendFileSync(path, bytes.subarray(from, p));
            from = p;
            const r = await reader.read(checkpoint && JSON.parse(JSON.stringify(checkpoint)));
            expect(r.done).toBe(true);
            events.push(...r.events);
            checkpoint = r.checkpoint;
          }
          // A newer file and a quiet period let an unterminated last line be read too.
          utimesSync(path, 1_000, 1_000);
          writeFileSync(newer, '');
          now += 10_000_000;
          const last = await reader.read(checkpoint);
          events.push(...last.events);
          expect(last.pending).toEqual([]);
          const whole = await parseLogFile(path);
          expect(events.map(plain)).toEqual(whole.events.map(plain));
          expect(decodeLogFolderCheckpoint(last.checkpoint)['log.csv']?.offset).toBe(bytes.length);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('the folder reader over several files as time passes', () => {
  test('any appends across files, settled or not, give every row exactly once, in file order', async () => {
    const root = tempDir();
    const SETTLE = 1_000;
    const op = fc.record({
      file: fc.nat({ max: 4 }),
      rows: fc.nat({ max: 3 }),
      // Clock steps of half a settle period: files settle and wake up again in between.
      advance: fc.nat({ max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.array(op, { maxLength: 25 }),
        fc.integer({ min: 1, max: 3 }),
        async (count, ops, perRead) => {
          const dir = mkdtempSync(join(root, 'run-'));
          let now = 1_700_000_000_000;
          const written: string[][] = Array.from({ length: count }, () => []);
          const path = (f: number) => join(dir, `f${f}.csv`);
          const write = (f: number, text: string) => {
            appendFileSync(path(f), iconv.encode(text, 'cp932'));
            utimesSync(path(f), now / 1000, now / 1000);
          };
          for (let f = 0; f < count; f++) {
            writeFileSync(path(f), '');
            write(f, '日時,SmartOnアカウント,イベント\r\n');
          }
          const reader = createLogFolderReader({
            directory: dir,
            clock: () => now,
            settledAfterMs: SETTLE,
            recheckSettledPerRead: perRead,
          });
          let checkpoint: LogFolderCheckpoint | undefined;
          const read: string[][] = Array.from({ length: count }, () => []);
          const step = async () => {
            const r = await reader.read(checkpoint && JSON.parse(JSON.stringify(checkpoint)));
            expect(r.done).toBe(true);
            for (const e of r.events)
              read[Number(/f(\d+)\.csv$/.exec(e.source?.file ?? '')?.[1])]?.push(e.account);
            checkpoint = r.checkpoint;
          };
          for (const { file, rows, advance } of ops) {
            now += (advance * SETTLE) / 2;
            const f = file % count;
            for (let i = 0; i < rows; i++) {
              const account = `a${f}x${written[f]?.length}`;
              written[f]?.push(account);
              write(f, `2024/02/07 09:00:00,${account},ログオン\r\n`);
            }
            await step();
          }
          // Every settled file comes up within ceil(files / perRead) reads.
          now += 2 * SETTLE;
          for (let i = 0; i <= Math.ceil(count / perRead); i++) await step();
          expect(read).toEqual(written);
        },
      ),
      { numRuns: 60 },
    );
  });
});
