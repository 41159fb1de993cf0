import { findTinyproxy } from '../../src/testing/internal/find-tinyproxy.js';
import type { TestProxy } from '../../src/testing/test-proxy.js';

/**
 * The real proxies the proxy tests run against: the one `PCLOGIN_TEST_PROXY` names, else the
 * npm `proxy` package always and tinyproxy too where it is installed.
 */
export const PROXY_KINDS: readonly TestProxy['kind'][] = (() => {
  const wanted = process.env.PCLOGIN_TEST_PROXY;
  if (wanted === 'node' || wanted === 'tinyproxy') return [wanted];
  return findTinyproxy() ? ['tinyproxy', 'node'] : ['node'];
})();
