/**
 * The demo's company: a week of work by four linked employees and one unlinked account,
 * written as a SmartOn ID log server would write it. Everything is fixed so that the demo
 * prints the same table on every machine.
 */

/** The demo's fixed "now": Monday noon after the week, outside KOT's restricted hours, when every working day has ended. */
export const DEMO_NOW = '2024-02-12T12:00:00+09:00';

/** The demo's 企業コード and a token the simulator accepts. */
export const DEMO_COMPANY = {
  code: 'demo01',
  name: 'デモ株式会社',
  token: 'DemoToken0000000000000000000demo',
};

/** KOT divisions: 本社 changes day at midnight, the 工場 night shift's day changes at 05:00. */
export const DEMO_DIVISIONS = [
  { code: '100', name: '本社', dayBorderTime: '00:00' },
  { code: '200', name: '工場', dayBorderTime: '05:00' },
] as const;

/** A person in the demo: a KOT employee with a SmartOn account, or (no `code`) an account nobody linked. */
export interface DemoPerson {
  account: string;
  windowsUser: string;
  computer: string;
  ip: string;
  code?: string;
  key?: string;
  lastName: string;
  firstName: string;
  divisionCode: string;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    code: '0001',
    key: 'a'.repeat(64),
    account: '1000',
    windowsUser: 'yamada.taro',
    computer: 'PC-0001',
    ip: '192.168.10.11',
    lastName: '山田',
    firstName: '太郎',
    divisionCode: '100',
  },
  {
    code: '0002',
    key: 'b'.repeat(64),
    account: '2000',
    windowsUser: 'yamada.hanako',
    computer: 'PC-0002',
    ip: '192.168.10.12',
    lastName: '山田',
    firstName: '花子',
    divisionCode: '100',
  },
  {
    code: '0003',
    key: 'c'.repeat(64),
    account: '3000',
    windowsUser: 'sato.jiro',
    computer: 'FA-0101',
    ip: '192.168.20.31',
    lastName: '佐藤',
    firstName: '次郎',
    divisionCode: '200',
  },
  {
    code: '0004',
    key: 'd'.repeat(64),
    account: '4000',
    windowsUser: 'suzuki.ichiro',
    computer: 'NB-0004',
    ip: '192.168.10.44',
    lastName: '鈴木',
    firstName: '一郎',
    divisionCode: '100',
  },
  {
    account: '5000',
    windowsUser: 'haken01',
    computer: 'PC-0099',
    ip: '192.168.10.99',
    lastName: '派遣',
    firstName: '一時',
    divisionCode: '100',
  },
];

/** One log row: a wall-clock time in Japan and what happened. */
export interface DemoRow {
  /** `YYYY/MM/DD HH:MM:SS`, Japan time, as the log server writes it. */
  time: string;
  person: DemoPerson;
  event: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
// Calendar arithmetic on plain dates (UTC fields), never on the machine's time zone.
const day = (offset: number) => new Date(Date.UTC(2024, 1, 5 + offset));
const stamp = (date: Date, hour: number, minute: number, second: number) => {
  const d = new Date(date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
// Small, fixed variations so that the days do not all look alike: an integer hash of the seed
// (lowbias32), the same on every machine.
const jitter = (seed: number, range: number) => {
  let x = seed >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return ((x ^ (x >>> 16)) >>> 0) % range;
};

/**
 * The week's rows, Monday 2024-02-05 to Sunday 2024-02-11, in the order they happened.
 * - 山田 太郎: office days with a lock/unlock lunch break, one ユーザー切替 event;
 * - 山田 花子: office days; on Wednesday she logs off at lunch and on again;
 * - 佐藤 次郎: night shifts from about 20:00 to 04:30 the next morning (工場, day change 05:00);
 * - 鈴木 一郎: Tuesday to Saturday on a notebook;
 * - account 5000: a temporary worker nobody linked to a KOT employee.
 */
export function demoRows(): DemoRow[] {
  const [taro, hanako, jiro, ichiro, temp] = DEMO_PEOPLE as [
    DemoPerson,
    DemoPerson,
    DemoPerson,
    DemoPerson,
    DemoPerson,
  ];
  const rows: DemoRow[] = [];
  const add = (d: Date, h: number, m: number, s: number, person: DemoPerson, event: string) =>
    rows.push({ time: stamp(d, h, m, s), person, event });

  for (let i = 0; i < 5; i++) {
    const d = day(i);
    add(d, 8, 45 + jitter(i + 1, 14), jitter(i + 11, 60), taro, 'ログオン');
    add(d, 12, 2 + jitter(i + 2, 5), jitter(i + 12, 60), taro, 'ロック');
    add(d, 12, 50 + jitter(i + 3, 9), jitter(i + 13, 60), taro, 'アンロック');
    if (i === 2) add(d, 15, 10, 5, taro, 'ユーザー切替(connect)');
    add(d, 18, 5 + jitter(i + 4, 40), jitter(i + 14, 60), taro, 'ログオフ');

    add(d, 9, 10 + jitter(i + 5, 15), jitter(i + 15, 60), hanako, 'ログオン');
    if (i === 2) {
      add(d, 12, 0, 41, hanako, 'ログオフ');
      add(d, 13, 1, 9, hanako, 'ログオン');
    }
    add(d, 17, 35 + jitter(i + 6, 20), jitter(i + 16, 60), hanako, 'ログオフ');

    if (i < 4) {
      add(d, 20, jitter(i + 7, 10), jitter(i + 17, 60), jiro, 'ログオン');
      add(d, 25, 30, jitter(i + 18, 60), jiro, 'ロック'); // 01:30 the next morning
      add(d, 26, 10, jitter(i + 19, 60), jiro, 'アンロック');
      add(d, 28, 25 + jitter(i + 8, 10), jitter(i + 20, 60), jiro, 'ログオフ'); // about 04:30
    }
  }
  for (let i = 1; i < 6; i++) {
    const d = day(i);
    add(d, 9, 30 + jitter(i + 9, 20), jitter(i + 21, 60), ichiro, 'ログオン');
    add(d, 18, 40 + jitter(i + 10, 15), jitter(i + 22, 60), ichiro, 'ログオフ');
  }
  for (const i of [0, 2, 3]) {
    add(day(i), 10, 0 + i, 30, temp, 'ログオン');
    add(day(i), 16, 30 + i, 12, temp, 'ログオフ');
  }
  return rows.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}
