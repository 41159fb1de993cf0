// Generates realistic SmartOn ID log-server CSV content with a fixed seed: a population of
// employees, each with a SmartOn account, Windows user, computer and IP, whose working days
// produce ログオン / ロック / アンロック / ログオフ events (plus a few others), written in the
// order a log server would write them (by arrival: a few logoffs arrive the next morning).
import { createRandom } from './random.mjs';

/** Bump when the generated content changes, so cached inputs in bench/.data are rebuilt. */
export const GENERATOR_VERSION = 1;

/** The header row a Japanese log server would most likely write. */
export const HEADER = '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n';

const SURNAMES = [
  ['sato', '佐藤'],
  ['suzuki', '鈴木'],
  ['takahashi', '高橋'],
  ['tanaka', '田中'],
  ['ito', '伊藤'],
  ['watanabe', '渡辺'],
  ['yamamoto', '山本'],
  ['nakamura', '中村'],
  ['kobayashi', '小林'],
  ['kato', '加藤'],
  ['yoshida', '吉田'],
  ['yamada', '山田'],
  ['sasaki', '佐々木'],
  ['yamaguchi', '山口'],
  ['matsumoto', '松本'],
  ['inoue', '井上'],
  ['kimura', '木村'],
  ['hayashi', '林'],
  ['shimizu', '清水'],
  ['saito', '斎藤'],
];
const GIVEN = [
  ['taro', '太郎'],
  ['hanako', '花子'],
  ['ichiro', '一郎'],
  ['yuki', '由紀'],
  ['kenta', '健太'],
  ['misaki', '美咲'],
  ['hiroshi', '博'],
  ['ayaka', '彩香'],
  ['daisuke', '大輔'],
  ['naoko', '直子'],
  ['shota', '翔太'],
  ['emi', '恵美'],
];
const SITES = ['TKY', 'OSK', 'NGY', 'FKO', 'SPR'];
const DEPARTMENTS = ['総務', '経理', '営業', '開発', '人事'];

const DAY = 86_400;
const MIN = 60;
const HOUR = 3_600;

/**
 * @typedef {{ account: string, code: string, name: string, middle: string, night: boolean, weekend: boolean }} Employee
 */

/**
 * The employees, the same for a given seed and size.
 * @param {number} seed
 * @param {number} count
 * @returns {Employee[]}
 */
export function createPopulation(seed, count) {
  const random = createRandom(seed ^ 0x5eed);
  const seen = new Map();
  const people = [];
  for (let i = 0; i < count; i++) {
    const [surname, surnameJa] = random.pick(SURNAMES);
    const [given, givenJa] = random.pick(GIVEN);
    const base = `${surname}.${given}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const account = n === 1 ? base : `${base}${n}`;
    const site = random.int(0, SITES.length - 1);
    // One computer in ten carries a Japanese department name: multi-byte CP932 in the middle of rows.
    const computer = random.chance(0.1)
      ? `${random.pick(DEPARTMENTS)}-PC${String(random.int(1, 999)).padStart(3, '0')}`
      : `${random.chance(0.7) ? 'PC' : 'NB'}-${SITES[site]}-${String(random.int(1, 9999)).padStart(4, '0')}`;
    const ip = `10.${site + 1}.${random.int(0, 63)}.${random.int(1, 254)}`;
    const windowsUser = `CORP\\${account}`;
    people.push({
      account,
      code: String(i + 1).padStart(5, '0'),
      name: `${surnameJa} ${givenJa}`,
      middle: `,${account},${windowsUser},${computer},${ip},`,
      night: random.chance(0.03),
      weekend: random.chance(0.05),
    });
  }
  return people;
}

/** Roughly normal around the middle of [lo, hi]: the sum of three uniforms. */
function around(random, lo, hi) {
  return Math.round(lo + ((random.next() + random.next() + random.next()) / 3) * (hi - lo));
}

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Working days of log lines, one calendar day at a time, forever.
 * @param {{ seed: number, employees: number, start?: string }} options
 * @returns {Generator<{ date: string, lines: string[] }>}
 */
export function* smartonDays({ seed, employees, start = '2024-01-09' }) {
  const random = createRandom(seed);
  const people = createPopulation(seed, employees);
  const startMs = Date.parse(`${start}T00:00:00Z`);
  const datePrefix = new Map();
  const prefixOf = (dayIndex) => {
    let p = datePrefix.get(dayIndex);
    if (p === undefined) {
      const d = new Date(startMs + dayIndex * DAY * 1000);
      p = `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} `;
      datePrefix.set(dayIndex, p);
    }
    return p;
  };
  // Events waiting for a later day: keyed by the day they are written on.
  /** @type {Map<number, Array<[number, number, number, string]>>} */
  const carry = new Map();
  for (let day = 0; ; day++) {
    const weekday = new Date(startMs + day * DAY * 1000).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const base = day * DAY;
    /** @type {Array<[number, number, number, string]>} [writtenAt, at, employee, word] */
    const events = carry.get(day) ?? [];
    carry.delete(day);
    const add = (at, employee, word, writtenAt = at) => {
      const writeDay = Math.floor(writtenAt / DAY);
      if (writeDay === day) events.push([writtenAt, at, employee, word]);
      else {
        const later = carry.get(writeDay) ?? [];
        later.push([writtenAt, at, employee, word]);
        carry.set(writeDay, later);
      }
    };
    for (let e = 0; e < people.length; e++) {
      const person = people[e];
      if (!random.chance(weekend ? (person.weekend ? 0.5 : 0.02) : 0.93)) continue;
      if (person.night) {
        const on = base + around(random, 20.5 * HOUR, 22.5 * HOUR);
        const off = base + DAY + around(random, 5.5 * HOUR, 7 * HOUR);
        add(on, e, 'ログオン');
        const lock = around(random, on + HOUR, off - 2 * HOUR);
        add(lock, e, 'ロック');
        add(lock + random.int(10 * MIN, 50 * MIN), e, 'アンロック');
        add(off, e, 'ログオフ');
        continue;
      }
      const on = base + around(random, 8 * HOUR, 9.75 * HOUR);
      const off = base + around(random, 17.5 * HOUR, 21.5 * HOUR);
      add(on, e, 'ログオン');
      if (random.chance(0.8)) {
        const lunch = base + around(random, 11.75 * HOUR, 12.75 * HOUR);
        add(lunch, e, 'ロック');
        add(lunch + random.int(40 * MIN, 65 * MIN), e, 'アンロック');
      }
      const pauses = random.int(0, 5);
      for (let p = 0; p < pauses; p++) {
        const at = random.int(on + 10 * MIN, off - 30 * MIN);
        add(at, e, 'ロック');
        add(at + random.int(2 * MIN, 20 * MIN), e, 'アンロック');
      }
      if (random.chance(0.1)) {
        const at = random.int(on + HOUR, off - HOUR);
        add(at, e, 'ログオフ');
        add(at + random.int(2 * MIN, 6 * MIN), e, 'ログオン');
      }
      if (random.chance(0.05)) {
        const at = random.int(on + HOUR, off - HOUR);
        add(at, e, 'ユーザー切替(disconnect)');
        add(at + random.int(MIN, 30 * MIN), e, 'ユーザー切替(connect)');
      }
      if (random.chance(0.04)) {
        const at = random.int(on + HOUR, off - HOUR);
        add(at, e, '休止');
        add(at + random.int(5 * MIN, 40 * MIN), e, '復帰');
      }
      // Some forget to log off; a few logoffs reach the server only at the next boot.
      if (random.chance(0.97)) {
        const late = random.chance(0.01);
        add(off, e, 'ログオフ', late ? base + DAY + around(random, 8 * HOUR, 9.5 * HOUR) : off);
      }
    }
    events.sort((x, y) => x[0] - y[0]);
    const lines = new Array(events.length);
    for (let i = 0; i < events.length; i++) {
      const [, at, employee, word] = events[i];
      const dayIndex = Math.floor(at / DAY);
      const s = at - dayIndex * DAY;
      const time = `${pad2(Math.floor(s / HOUR))}:${pad2(Math.floor((s % HOUR) / MIN))}:${pad2(s % MIN)}`;
      lines[i] = `${prefixOf(dayIndex)}${time}${people[employee].middle}${word}\r\n`;
    }
    yield { date: new Date(startMs + base * 1000).toISOString().slice(0, 10), lines };
  }
}
