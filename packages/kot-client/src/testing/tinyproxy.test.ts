import { afterEach, describe, expect, test } from 'vitest';
import { findTinyproxy } from './internal/find-tinyproxy.js';
import { startTinyproxy } from './tinyproxy.js';
import { TinyproxyError } from './tinyproxy-error.js';

describe('startTinyproxy', () => {
  const saved = process.env.TINYPROXY_BIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.TINYPROXY_BIN;
    else process.env.TINYPROXY_BIN = saved;
  });

  test('a TINYPROXY_BIN that does not exist is a clear TINYPROXY_NOT_FOUND error', async () => {
    process.env.TINYPROXY_BIN = '/nonexistent/tinyproxy';
    const error = await startTinyproxy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinyproxyError);
    expect(error).toMatchObject({ name: 'TinyproxyError', code: 'TINYPROXY_NOT_FOUND' });
    expect((error as Error).message).toContain('/nonexistent/tinyproxy');
  });

  test('a password with white space or a bad port is refused, and the password is not in the message', async () => {
    const password = 'has space';
    const auth = await startTinyproxy({ auth: { username: 'kot', password } }).catch((e: unknown) => e);
    expect(auth).toMatchObject({ code: 'TINYPROXY_INVALID_OPTIONS' });
    expect((auth as Error).message).toMatch(/auth\.password/);
    expect((auth as Error).message).not.toContain(password);
    const port = await startTinyproxy({ connectPorts: [443, 70000] }).catch((e: unknown) => e);
    expect(port).toMatchObject({ code: 'TINYPROXY_INVALID_OPTIONS' });
    expect((port as Error).message).toContain('connectPorts[1]');
  });

  const installed = findTinyproxy() !== undefined;
  if (!installed) {
    console.warn(
      '\n*** SKIPPED: tinyproxy is not installed, so startTinyproxy itself is not tested here. ' +
        'The proxy tests use the npm proxy instead (install Debian tinyproxy-bin to test both). ***\n',
    );
  }
  test.skipIf(!installed)('starts and stops a real tinyproxy on a loopback port', async () => {
    const proxy = await startTinyproxy({ connectPorts: [443] });
    try {
      expect(proxy.url).toBe(`http://127.0.0.1:${proxy.port}`);
      expect(proxy.output()).toContain('Accepting connections');
    } finally {
      await proxy.stop();
    }
  });
});
