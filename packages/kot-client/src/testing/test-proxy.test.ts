import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTinyproxy } from './internal/find-tinyproxy.js';
import { testProxyKind } from './internal/test-proxy-kind.js';
import { startNodeProxy } from './node-proxy.js';
import { startTestProxy } from './test-proxy.js';
import { startTinyproxy } from './tinyproxy.js';

const found = () => '/usr/bin/tinyproxy';
const missing = () => undefined;

describe('which proxy the tests get', () => {
  test('tinyproxy where it is installed, else the npm proxy: never a skip', () => {
    expect(testProxyKind({}, found)).toBe('tinyproxy');
    expect(testProxyKind({}, missing)).toBe('node');
  });

  test('PCLOGIN_TEST_PROXY chooses; insisting on a missing tinyproxy or an unknown kind is an error', () => {
    expect(testProxyKind({ PCLOGIN_TEST_PROXY: 'node' }, found)).toBe('node');
    expect(testProxyKind({ PCLOGIN_TEST_PROXY: 'tinyproxy' }, found)).toBe('tinyproxy');
    expect(() => testProxyKind({ PCLOGIN_TEST_PROXY: 'tinyproxy' }, missing)).toThrow(
      expect.objectContaining({ code: 'TINYPROXY_NOT_FOUND' }),
    );
    expect(() => testProxyKind({ PCLOGIN_TEST_PROXY: 'squid' }, found)).toThrow(/"tinyproxy" or "node"/);
  });

  test('tinyproxy is looked for on PATH only, so narrowing PATH hides it', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pclogin-no-tinyproxy-'));
    try {
      expect(findTinyproxy({ PATH: empty })).toBeUndefined();
      expect(testProxyKind({ PATH: empty })).toBe('node');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  test('both proxies refuse the options tinyproxy cannot take, alike and without the password', async () => {
    const refusals = async (start: typeof startTinyproxy) =>
      Promise.all(
        [
          { auth: { username: 'kot', password: 'has space' } },
          { auth: { username: '', password: 'pw' } },
          { connectPorts: [443, 70000] },
        ].map((options) =>
          start(options).then(
            () => 'started',
            (e: unknown) => `${(e as { code?: string }).code}: ${(e as Error).message}`,
          ),
        ),
      );
    const node = await refusals(startNodeProxy);
    expect(node).toEqual(await refusals(startTinyproxy));
    expect(node).toEqual([
      'TINYPROXY_INVALID_OPTIONS: auth.password must be non-empty without white space',
      'TINYPROXY_INVALID_OPTIONS: auth.username must be non-empty without white space',
      'TINYPROXY_INVALID_OPTIONS: connectPorts[1] must be a port number 1–65535, got 70000',
    ]);
  });

  test('with tinyproxy hidden, startTestProxy starts the npm proxy: basic auth and CONNECT work', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pclogin-no-tinyproxy-'));
    const proxy = await startTestProxy({ auth: { username: 'kot', password: 'pw-123' } }, { PATH: empty });
    try {
      expect(proxy.kind).toBe('node');
      // A raw CONNECT to the proxy's own port: the answer's status line is what matters.
      const ask = (authorization?: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = connect(proxy.port, '127.0.0.1', () => {
            const auth = authorization ? `Proxy-Authorization: ${authorization}\r\n` : '';
            socket.write(`CONNECT 127.0.0.1:${proxy.port} HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}\r\n`);
          });
          socket.once('data', (chunk) => {
            resolve(chunk.toString().split('\r\n')[0] ?? '');
            socket.destroy();
          });
          socket.once('error', reject);
        });
      expect(await ask()).toMatch(/^HTTP\/1\.1 407/);
      expect(await ask(`Basic ${Buffer.from('kot:wrong').toString('base64')}`)).toMatch(/^HTTP\/1\.1 407/);
      expect(await ask(`Basic ${Buffer.from('kot:pw-123').toString('base64')}`)).toMatch(/^HTTP\/1\.1 200/);
      expect(proxy.output()).toContain(`CONNECT 127.0.0.1:${proxy.port}`);
    } finally {
      await proxy.stop();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
