import { appendFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
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
