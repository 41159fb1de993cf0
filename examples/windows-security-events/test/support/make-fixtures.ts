// Regenerates src/security-events/__fixtures__/ (run: npx tsx test/support/make-fixtures.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullExport, recommendedExport } from './powershell-export.js';
import { englishOffice, japaneseOffice } from './scenario.js';

const dir = join(import.meta.dirname, '../../src/security-events/__fixtures__');
mkdirSync(dir, { recursive: true });
const TZ = 'Asia/Tokyo';
const en = englishOffice().events;
const ja = japaneseOffice().events;
const files: Record<string, Buffer> = {
  'en-US.pwsh7.csv': fullExport(en, { culture: 'en-US', timeZone: TZ, encoding: 'utf-8' }),
  'ja-JP.pwsh7.csv': fullExport(ja, { culture: 'ja-JP', timeZone: TZ, encoding: 'utf-8' }),
  'ja-JP.powershell51-utf8.csv': fullExport(ja, {
    culture: 'ja-JP',
    timeZone: TZ,
    encoding: 'utf-8-bom',
    typeLine: true,
  }),
  'ja-JP.powershell51-ascii.csv': fullExport(ja, {
    culture: 'ja-JP',
    timeZone: TZ,
    encoding: 'ascii',
    typeLine: true,
  }),
  'recommended.csv': recommendedExport(en, TZ),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
