import type { KotProxyOptions } from '../../options/proxy-options.js';
import { matchesNoProxy } from './matches-no-proxy.js';
import { type ParsedProxy, parseProxyUrl } from './parse-proxy-url.js';

/** The proxy to use for the client's base URL, and where it came from. */
export interface ResolvedProxy extends ParsedProxy {
  /** `option` or the environment variable it was read from, for error messages. */
  source: string;
}

const first = (env: Readonly<Record<string, string | undefined>>, names: string[]) => {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return { name, value: value.trim() };
  }
  return undefined;
};

/**
 * The proxy for requests to `target`: the explicit option if given (`false` = none), otherwise
 * the environment as curl reads it — `https_proxy` then `HTTPS_PROXY` for https targets,
 * `http_proxy` for http targets (curl ignores upper-case `HTTP_PROXY`, which a CGI request
 * header can set), then `all_proxy`/`ALL_PROXY` — unless `no_proxy`/`NO_PROXY` matches the
 * target. Throws a plain `Error` naming the option or variable when its URL is unusable.
 */
export function resolveProxy(
  option: KotProxyOptions | string | false | undefined,
  env: Readonly<Record<string, string | undefined>>,
  target: URL,
): ResolvedProxy | undefined {
  if (option === false) return undefined;
  if (option !== undefined) {
    const options = typeof option === 'string' ? { url: option } : option;
    const parsed = parseWith('proxy.url', options.url);
    return {
      ...parsed,
      username: options.username ?? parsed.username,
      password: options.password ?? parsed.password,
      source: 'option',
    };
  }
  const noProxy = first(env, ['no_proxy', 'NO_PROXY']);
  if (noProxy && matchesNoProxy(noProxy.value, target)) return undefined;
  const names =
    target.protocol === 'https:'
      ? ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']
      : ['http_proxy', 'all_proxy', 'ALL_PROXY'];
  const found = first(env, names);
  if (!found) return undefined;
  return { ...parseWith(found.name, found.value), source: found.name };
}

function parseWith(name: string, value: string): ParsedProxy {
  try {
    return parseProxyUrl(value);
  } catch (error) {
    throw new Error(`${name} ${(error as Error).message}`);
  }
}
