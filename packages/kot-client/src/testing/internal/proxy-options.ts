import type { TinyproxyOptions } from '../tinyproxy.js';
import { TinyproxyError } from '../tinyproxy-error.js';

/** {@link TinyproxyOptions} once checked: what either test proxy is configured with. */
export interface CheckedProxyOptions {
  /** The one user name and password accepted, when authentication is required. */
  auth: { username: string; password: string } | undefined;
  /** The only ports `CONNECT` may reach; empty: every port. */
  connectPorts: readonly number[];
}

/**
 * Checks the options of a test proxy (`startTinyproxy`, `startNodeProxy`) with tinyproxy's rules,
 * so that tests behave alike with either proxy: a user name or password with white space would
 * split tinyproxy's `BasicAuth` line, a port must be 1–65535. The password is never put in a
 * message.
 *
 * @throws {TinyproxyError} `TINYPROXY_INVALID_OPTIONS` naming the option.
 */
export function checkProxyOptions(options: TinyproxyOptions): CheckedProxyOptions {
  if (options.auth) {
    const { username, password } = options.auth;
    if (!/^\S+$/.test(username)) {
      throw new TinyproxyError(
        'TINYPROXY_INVALID_OPTIONS',
        'auth.username must be non-empty without white space',
      );
    }
    if (!/^\S+$/.test(password)) {
      throw new TinyproxyError(
        'TINYPROXY_INVALID_OPTIONS',
        'auth.password must be non-empty without white space',
      );
    }
  }
  const connectPorts = options.connectPorts ?? [];
  for (const [i, port] of connectPorts.entries()) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new TinyproxyError(
        'TINYPROXY_INVALID_OPTIONS',
        `connectPorts[${i}] must be a port number 1–65535, got ${String(port)}`,
      );
    }
  }
  return {
    auth: options.auth ? { username: options.auth.username, password: options.auth.password } : undefined,
    connectPorts,
  };
}
