import { expect, test } from 'vitest';
import { Secret } from '../config/secret.js';
import { createLogger } from './logger.js';
import { createRedactor } from './redactor.js';

const fixed = () => new Date('2024-02-10T03:00:00Z');

test('text lines: time, level, message and fields', () => {
  const lines: string[] = [];
  const log = createLogger({ write: (l) => lines.push(l), clock: fixed });
  log.info('punch sent', { employeeCode: '0001', at: '2024-02-07T09:03:12+09:00', note: 'two words', n: 3 });
  log.debug('hidden');
  expect(lines).toEqual([
    '2024-02-10T12:00:00+09:00 INFO  punch sent employeeCode=0001 at=2024-02-07T09:03:12+09:00 note="two words" n=3\n',
  ]);
});

test('json lines parse back, errors keep name, code and message', () => {
  const lines: string[] = [];
  const log = createLogger({ format: 'json', level: 'debug', write: (l) => lines.push(l), clock: fixed });
  log.debug('d', { error: Object.assign(new Error('boom'), { code: 'X' }) });
  expect(JSON.parse(lines[0] ?? '')).toEqual({
    time: '2024-02-10T12:00:00+09:00',
    level: 'debug',
    msg: 'd',
    error: { name: 'Error', code: 'X', message: 'boom' },
  });
});

test('secrets never reach a line, raw or percent-encoded', () => {
  const token = new Secret('A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6');
  const lines: string[] = [];
  for (const format of ['text', 'json'] as const) {
    const log = createLogger({
      format,
      write: (l) => lines.push(l),
      redact: createRedactor([token, 'p@ss word']),
    });
    log.error(`token ${token.reveal()} failed`, {
      url: `http://u:${encodeURIComponent('p@ss word')}@proxy:8080`,
      nested: { password: 'p@ss word' },
    });
  }
  const all = lines.join('');
  expect(all).not.toContain(token.reveal());
  expect(all).not.toContain('p@ss word');
  expect(all).not.toContain('p%40ss%20word');
  expect(all).toContain('[redacted]');
});

test('control characters from logs or KOT (a NUL in an account name) are shown escaped, never raw', () => {
  const lines: string[] = [];
  const text = createLogger({ write: (l) => lines.push(l), clock: fixed });
  text.warn('no link for ta\u0000ro', { account: 'ji\u001bro', computer: 'PC\u0007 1' });
  const json = createLogger({ format: 'json', write: (l) => lines.push(l), clock: fixed });
  json.warn('accounts without a link', { accounts: 'ta\u0000ro' });
  for (const line of lines) expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(lines[0]).toContain('no link for ta\\x00ro account=ji\\x1bro computer="PC\\u0007 1"');
  expect(JSON.parse(lines[1]!).accounts).toBe('ta\u0000ro');
});

test('every instant of a line is in the configured zone with its offset, never UTC with Z', () => {
  const text: string[] = [];
  const json: string[] = [];
  const fields = {
    now: new Date('2026-12-06T05:25:18.474Z'),
    retryAt: '2026-12-06T09:00:00.000Z',
    nested: { fetchedAt: '2026-12-05T15:00:00Z' },
    id: '0001|2026-12-06|clockIn|0',
  };
  createLogger({ write: (l) => text.push(l), clock: fixed }).info('one pass', fields);
  createLogger({ format: 'json', write: (l) => json.push(l), clock: fixed, timeZone: 'Europe/Berlin' }).info(
    'one pass',
    fields,
  );
  expect(text[0]).toBe(
    '2024-02-10T12:00:00+09:00 INFO  one pass now=2026-12-06T14:25:18+09:00 retryAt=2026-12-06T18:00:00+09:00 nested={"fetchedAt":"2026-12-06T00:00:00+09:00"} id=0001|2026-12-06|clockIn|0\n',
  );
  expect(JSON.parse(json[0]!)).toMatchObject({
    time: '2024-02-10T04:00:00+01:00',
    now: '2026-12-06T06:25:18+01:00',
    retryAt: '2026-12-06T10:00:00+01:00',
    nested: { fetchedAt: '2026-12-05T16:00:00+01:00' },
  });
  expect(text.join('') + json.join('')).not.toMatch(/\d{2}Z/);
});
