// Baseline 1: plain csv-parse + iconv-lite streaming a CP932 file, doing nothing with the rows.
// Whatever the packages do on top of this is their cost; this is the floor on this machine.
// Usage: node parse-baseline.mjs FILE
import { createReadStream, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

const file = process.argv[2];
const cpu = process.cpuUsage();
const started = performance.now();
let rows = 0;
await pipeline(
  createReadStream(file),
  iconv.decodeStream('cp932'),
  parse(),
  new Writable({
    objectMode: true,
    highWaterMark: 1024,
    write(_row, _encoding, done) {
      rows++;
      done();
    },
  }),
);
const ms = performance.now() - started;
console.log(JSON.stringify({ cpuMs: cpuMsSince(cpu), rows, ms, bytes: statSync(file).size }));

/** CPU time (all threads: JIT, GC, I/O) since `start`, in ms. */
function cpuMsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
