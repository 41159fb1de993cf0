import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { TinyproxyError } from '../tinyproxy-error.js';

/**
 * The tinyproxy binary: `$TINYPROXY_BIN` (which must exist), else `tinyproxy` on `PATH` (Debian's
 * tinyproxy-bin installs /usr/bin/tinyproxy); undefined when there is none. Only `PATH` is
 * searched, so a test can hide an installed tinyproxy by narrowing `PATH`.
 */
export function findTinyproxy(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.TINYPROXY_BIN;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new TinyproxyError(
      'TINYPROXY_NOT_FOUND',
      `TINYPROXY_BIN is set to ${fromEnv}, which does not exist`,
    );
  }
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'tinyproxy'))
    .find((candidate) => existsSync(candidate));
}
