import { describe, expect, test } from 'vitest';
import { matchesNoProxy } from './matches-no-proxy.js';
import { parseProxyUrl } from './parse-proxy-url.js';
import { resolveProxy } from './resolve-proxy.js';

const KOT = new URL('https://api.kingtime.jp/v1.0');
const SIM = new URL('http://127.0.0.1:4010/v1.0');

describe('matchesNoProxy (curl rules)', () => {
  test.each([
    ['*', KOT, true],
    ['kingtime.jp', KOT, true],
    ['.kingtime.jp', KOT, true],
    ['*.kingtime.jp', KOT, true],
    ['api.kingtime.jp', KOT, true],
    ['API.KINGTIME.JP.', KOT, true],
    ['time.jp', KOT, false],
    ['ingtime.jp', KOT, false],
    ['example.com, kingtime.jp', KOT, true],
    ['example.com localhost', KOT, false],
    ['kingtime.jp:443', KOT, true],
    ['kingtime.jp:8443', KOT, false],
    ['127.0.0.1', SIM, true],
    ['127.0.0.0/8', SIM, true],
    ['10.0.0.0/8', SIM, false],
    ['127.0.0.1:4010', SIM, true],
    ['127.0.0.1:80', SIM, false],
    ['localhost', SIM, false],
    ['', KOT, false],
    ['[::1]', new URL('http://[::1]:3000/'), true],
    ['::1', new URL('http://[::1]:3000/'), true],
  ])('%j against %s → %s', (noProxy, url, expected) => {
    expect(matchesNoProxy(noProxy, url)).toBe(expected);
  });
});

describe('parseProxyUrl', () => {
  test('takes credentials out and fills in scheme and port', () => {
    expect(parseProxyUrl('http://us%40er:p%3Ass@proxy.example.co.jp:8080')).toEqual({
      origin: 'http://proxy.example.co.jp:8080',
      username: 'us@er',
      password: 'p:ss',
    });
    expect(parseProxyUrl('proxy.example.co.jp:3128').origin).toBe('http://proxy.example.co.jp:3128');
    expect(parseProxyUrl('https://proxy.example.co.jp').origin).toBe('https://proxy.example.co.jp:443');
    expect(parseProxyUrl('http://proxy').origin).toBe('http://proxy:80');
  });

  test('refuses other schemes and garbage without echoing credentials', () => {
    expect(() => parseProxyUrl('socks5://u:secret@proxy:1080')).toThrow(/only http/);
    expect(() => parseProxyUrl('http://u:secret@[bad')).toThrow(/not a valid URL/);
    expect(() => parseProxyUrl('http://u:secret@[bad')).not.toThrow(/secret/);
  });
});

describe('resolveProxy', () => {
  test('an explicit proxy wins over the environment; false disables both', () => {
    const env = { https_proxy: 'http://env-proxy:1' };
    expect(resolveProxy({ url: 'http://mine:8080', username: 'u', password: 'p' }, env, KOT)).toMatchObject({
      origin: 'http://mine:8080',
      username: 'u',
      password: 'p',
      source: 'option',
    });
    expect(resolveProxy(false, env, KOT)).toBeUndefined();
  });

  test('https targets: https_proxy, then HTTPS_PROXY, then all_proxy/ALL_PROXY', () => {
    expect(
      resolveProxy(undefined, { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1' }, KOT)?.origin,
    ).toBe('http://lower:1');
    expect(resolveProxy(undefined, { HTTPS_PROXY: 'http://upper:1' }, KOT)?.source).toBe('HTTPS_PROXY');
    expect(resolveProxy(undefined, { ALL_PROXY: 'http://all:1' }, KOT)?.origin).toBe('http://all:1');
    expect(resolveProxy(undefined, { http_proxy: 'http://plain:1' }, KOT)).toBeUndefined();
  });

  test('http targets: http_proxy only in lower case, as curl does', () => {
    expect(resolveProxy(undefined, { http_proxy: 'http://lower:1' }, SIM)?.origin).toBe('http://lower:1');
    expect(resolveProxy(undefined, { HTTP_PROXY: 'http://upper:1' }, SIM)).toBeUndefined();
    expect(resolveProxy(undefined, { https_proxy: 'http://tls:1' }, SIM)).toBeUndefined();
  });

  test('no_proxy, then NO_PROXY, exempt matching hosts', () => {
    expect(
      resolveProxy(undefined, { https_proxy: 'http://p:1', NO_PROXY: '.kingtime.jp' }, KOT),
    ).toBeUndefined();
    expect(
      resolveProxy(
        undefined,
        { https_proxy: 'http://p:1', no_proxy: 'example.com', NO_PROXY: 'kingtime.jp' },
        KOT,
      )?.origin,
    ).toBe('http://p:1');
  });

  test('credentials from the environment URL; a bad URL names its variable', () => {
    expect(resolveProxy(undefined, { https_proxy: 'http://kot:s3cret@p:8080' }, KOT)).toMatchObject({
      username: 'kot',
      password: 's3cret',
      origin: 'http://p:8080',
    });
    expect(() => resolveProxy(undefined, { HTTPS_PROXY: 'ftp://p' }, KOT)).toThrow(/^HTTPS_PROXY uses ftp/);
  });
});
