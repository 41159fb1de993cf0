import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plain } from '../../test/support/fixtures.js';
import { modelBytes, modelEvents, modelFile } from '../../test/support/log-model.js';
import { RecordParser } from '../internal/record-parser.js';
import { resolveSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { parseLogBytes } from './parse-log-bytes.js';

const options = resolveSmartonCsvOptions();

/** Cut points 0 < p < length, sorted and distinct. */
const cuts = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 12 })
    .map((a) => a.filter((p) => p < length).sort((x, y) => x - y));

describe('parsing is independent of how the bytes arrive', () => {
  test('any valid rows in any encoding read back as the model says', () => {
    fc.assert(
      fc.property(modelFile, (file) => {
        const { events, issues } = parseLogBytes(modelBytes(file), 'm.csv');
        expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(events.map(({ source: _, ...e }) => ({ ...e, at: e.at.toISOString() }))).toEqual(
          modelEvents(file),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('split at any byte boundaries, the chunks give exactly the events of one whole read', () => {
    fc.assert(
      fc.property(
        modelFile.chain((file) => {
          const bytes = modelBytes(file);
          // A small sample makes the layout get decided early, so that later chunks go through
          // the incremental path (real files decide after 64 KiB).
          return fc.tuple(fc.constant(bytes), cuts(bytes.length), fc.integer({ min: 1, max: 300 }));
        }),
        ([bytes, points, sampleBytes]) => {
          const whole = parseLogBytes(bytes, 'm.csv');
          const parser = new RecordParser({ file: 'm.csv', options, sampleBytes });
          let from = 0;
          for (const p of [...points, bytes.length]) {
            parser.push(Buffer.from(bytes.subarray(from, p)));
            from = p;
          }
          parser.finish(true);
          const chunked = parser.drain();
          expect(chunked.events.map(plain)).toEqual(whole.events.map(plain));
          expect(chunked.issues).toEqual(whole.issues);
          expect(parser.consumedOffset).toBe(bytes.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
