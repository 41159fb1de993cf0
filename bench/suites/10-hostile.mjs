// 10. Hostile files: the time to parse files made to hurt a reader, at doubling sizes. Each must
// grow linearly (time per MiB about constant); the figures show the ratio of the largest size's
// time per MiB to the smallest's. A ratio well above 2 would be super-linear growth.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamLogFile } from '@pclogin/smarton-csv';

export const title = '10. Hostile files: parse time at doubling sizes (must grow linearly)';

const MiB = 1024 * 1024;
const HEADER = '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n';
const ROW = '2024/02/07 09:00:00,taro,utaro,PC-1,10.0.0.1,ログオン\r\n';

const KINDS = {
  'quotes closed, no line end': (size) => `${HEADER}${ROW}"a",${'x'.repeat(size)}`,
  'quote never closed': (size) => `${HEADER}${ROW}"${'x'.repeat(size)}`,
  'blank lines only': (size) => '\r\n'.repeat(size / 2),
  'blank lines, then a row': (size) => `${HEADER}${'\r\n'.repeat(size / 2)}${ROW}`,
  'lines over the record limit': (size) =>
    `${HEADER}${`${'z'.repeat(1.5 * MiB)}\r\n${ROW}`.repeat(Math.max(1, Math.round(size / (1.5 * MiB))))}`,
};

export async function run({ smoke, log }) {
  const sizes = smoke ? [1, 2] : [4, 8, 16, 32];
  const results = {};
  const dir = mkdtempSync(join(tmpdir(), 'pclogin-hostile-'));
  try {
    for (const [kind, make] of Object.entries(KINDS)) {
      const perMiB = [];
      for (const mib of sizes) {
        const bytes = Buffer.from(make(mib * MiB));
        const file = join(dir, 'hostile.csv');
        writeFileSync(file, bytes);
        // Read as the commands read a file: in chunks of 64 KiB from disk.
        const started = performance.now();
        let records = 0;
        for await (const batch of streamLogFile(file, { timeZone: 'Asia/Tokyo' }))
          records += batch.events.length + batch.issues.length;
        const ms = performance.now() - started;
        if (records === 0) throw new Error(`${kind}: nothing read or reported`);
        perMiB.push(ms / (bytes.length / MiB));
      }
      const ratio = perMiB.at(-1) / perMiB[0];
      results[kind] = { sizesMiB: sizes, msPerMiB: perMiB.map((v) => Math.round(v * 10) / 10), ratio };
      log(
        `${kind.padEnd(30)} ${perMiB.map((v) => `${v.toFixed(1)} ms/MiB`).join('  ')}  largest/smallest ${ratio.toFixed(2)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
