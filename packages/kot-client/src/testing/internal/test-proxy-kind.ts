import type { TestProxy } from '../test-proxy.js';
import { TinyproxyError } from '../tinyproxy-error.js';
import { findTinyproxy } from './find-tinyproxy.js';

/**
 * Which proxy `startTestProxy` starts under `env`: `PCLOGIN_TEST_PROXY` when set, else tinyproxy
 * when `find` finds it, else the npm `proxy` package (`'node'`).
 */
export function testProxyKind(
  env: NodeJS.ProcessEnv = process.env,
  find: (env: NodeJS.ProcessEnv) => string | undefined = findTinyproxy,
): TestProxy['kind'] {
  const wanted = env.PCLOGIN_TEST_PROXY;
  if (wanted === 'node') return 'node';
  if (wanted !== undefined && wanted !== '' && wanted !== 'tinyproxy') {
    throw new TinyproxyError(
      'TINYPROXY_INVALID_OPTIONS',
      `PCLOGIN_TEST_PROXY must be "tinyproxy" or "node", got ${JSON.stringify(wanted)}`,
    );
  }
  if (find(env)) return 'tinyproxy';
  if (wanted === 'tinyproxy') {
    throw new TinyproxyError(
      'TINYPROXY_NOT_FOUND',
      'PCLOGIN_TEST_PROXY=tinyproxy but tinyproxy is not installed: install Debian tinyproxy-bin',
    );
  }
  return 'node';
}
