// One vocabulary: the administrator's guides and the glossary name the states and doctor's
// checks exactly as the CLI prints them, in each language (parsed from the documents here).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { DoctorCheckId } from '../src/doctor/doctor-check.js';
import type { Locale } from '../src/i18n/locale.js';
import { CATALOGS, type MessageKey, translate } from '../src/i18n/translate.js';

const doc = (path: string) => readFileSync(new URL(`../../../docs/${path}`, import.meta.url), 'utf8');
const GUIDES: Record<Locale, string> = { ja: doc('admin/README.ja.md'), en: doc('admin/README.md') };
const GLOSSARY = doc('glossary.md');

const CHECK_IDS: readonly DoctorCheckId[] = [
  'config',
  'log-folder',
  'newest-log',
  'parse',
  'links',
  'unlinked-accounts',
  'unused-links',
  'token',
  'network',
  'restricted-hours',
  'clock',
  'ledger',
];
const STATES = {
  sent: 'sent',
  planned: 'planned',
  uncertain: 'uncertain',
  failed: 'failed',
  corrections: 'corrections',
};
const title = (locale: Locale, id: DoctorCheckId) => translate(locale, `doctor.title.${id}` as MessageKey);
const stateLabel = (locale: Locale, state: keyof typeof STATES) => translate(locale, `state.${state}`);

/** The first cell of each table row that ends with a `(\`id\`)`, as [name, id]. */
function labelledRows(text: string): [string, string][] {
  return [...text.matchAll(/^\| ([^|]+?) \(`([a-z-]+)`\) \|/gm)].map((m) => [m[1]!, m[2]!]);
}

/** The section of a guide that starts with the heading `## <n>.`. */
function section(text: string, n: number): string {
  const start = text.search(new RegExp(`^## ${n}\\. `, 'm'));
  const rest = text.slice(start + 1);
  const end = rest.search(/^## \d+\. /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe.each(['ja', 'en'] as const)('the %s guide', (locale) => {
  const guide = GUIDES[locale];

  test('its doctor table names every check as doctor prints it', () => {
    const rows = labelledRows(section(guide, 5)).filter(([, id]) =>
      (CHECK_IDS as readonly string[]).includes(id),
    );
    expect(rows.map(([, id]) => id).sort()).toEqual([...CHECK_IDS].sort());
    for (const [name, id] of rows) expect(name, id).toBe(title(locale, id as DoctorCheckId));
  });

  test('its status table names every state as status prints it', () => {
    const rows = labelledRows(section(guide, 4)).filter(([, id]) => id in STATES);
    expect(rows.map(([, id]) => id).sort()).toEqual(Object.keys(STATES).sort());
    for (const [name, id] of rows) expect(name, id).toBe(stateLabel(locale, id as keyof typeof STATES));
  });

  test('wherever it refers to a doctor check by name, the name is one doctor prints', () => {
    // ja: `doctor` の「A」と「B」; en: `doctor`'s "A" and "B" (lines joined: a name may wrap).
    const text = locale === 'ja' ? guide.replace(/\n/g, '') : guide.replace(/\s*\n\s*/g, ' ');
    const references =
      locale === 'ja'
        ? [...text.matchAll(/`doctor` の((?:「[^」]+」(?:と|、)?)+)/g)].flatMap((m) =>
            [...m[1]!.matchAll(/「([^」]+)」/g)].map((q) => q[1]!),
          )
        : [...text.matchAll(/`doctor`'s ((?:"[^"]+"(?:,? and |, )?)+)/g)].flatMap((m) =>
            [...m[1]!.matchAll(/"([^"]+)"/g)].map((q) => q[1]!),
          );
    // The FAQ refers to several checks; each reference must be a name doctor prints.
    expect(references.length).toBeGreaterThanOrEqual(4);
    const titles = CHECK_IDS.map((id) => title(locale, id));
    expect(references.filter((r) => !titles.includes(r))).toEqual([]);
  });
});

describe('the glossary', () => {
  test('lists each state and each doctor check with the words the CLI prints in both languages', () => {
    const rows = GLOSSARY.split('\n').filter((l) => l.startsWith('| '));
    const row = (json: string) => rows.find((l) => l.includes(`| \`${json}\` |`));
    for (const state of Object.keys(STATES) as (keyof typeof STATES)[]) {
      expect(row(state), state).toMatch(
        new RegExp(`^\\| ${stateLabel('ja', state)} \\| ${stateLabel('en', state)} \\| \`${state}\``),
      );
    }
    for (const id of CHECK_IDS) {
      expect(row(id), id).toBe(`| ${title('ja', id)} | ${title('en', id)} | \`${id}\` |`);
    }
    for (const status of ['ok', 'warn', 'fail', 'skip'] as const) {
      expect(row(status), status).toBe(
        `| ${translate('ja', `doctor.status.${status}`)} | ${translate('en', `doctor.status.${status}`)} | \`${status}\` |`,
      );
    }
  });

  test('words the glossary replaced appear in no Japanese message or guide', () => {
    // Translated-sounding or English words a Japanese administrator would not write.
    const avoided = [
      /state フォルダー/,
      /打刻を保持/,
      /損傷を見つけ/,
      /はっきり知らせ/,
      /直し方を示します/,
      /\d (?:accounts|warnings|rows)\b/,
    ];
    const messages = Object.values(CATALOGS.ja).join('\n');
    for (const pattern of avoided) {
      expect(GUIDES.ja, String(pattern)).not.toMatch(pattern);
      expect(messages, String(pattern)).not.toMatch(pattern);
    }
  });
});
