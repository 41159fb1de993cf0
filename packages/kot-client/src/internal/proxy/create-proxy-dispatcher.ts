import type { ProxyAgent } from 'undici';
import type { ResolvedProxy } from './resolve-proxy.js';

/**
 * undici's ProxyAgent for `proxy`. The credentials go in as a ready `Proxy-Authorization`
 * value (the `token` option), never inside a URL that undici or a log could print. Requests
 * are tunnelled with CONNECT even to http:// targets, so the proxy never sees the
 * `Authorization` header.
 *
 * undici is loaded here, when a proxy is used, and not before: without a proxy the client uses
 * Node's own fetch, and loading the undici package as well would cost ~15 MB of memory.
 */
export async function createProxyDispatcher(proxy: ResolvedProxy): Promise<ProxyAgent> {
  const { ProxyAgent } = await import('undici');
  const credentials =
    proxy.username !== undefined || proxy.password !== undefined
      ? `Basic ${Buffer.from(`${proxy.username ?? ''}:${proxy.password ?? ''}`).toString('base64')}`
      : undefined;
  return new ProxyAgent({
    uri: proxy.origin,
    ...(credentials ? { token: credentials } : {}),
    proxyTunnel: true,
  });
}
