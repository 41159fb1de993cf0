/** A proxy with its credentials taken out of the URL. */
export interface ParsedProxy {
  /** `scheme://host:port`, safe to show. */
  origin: string;
  username: string | undefined;
  password: string | undefined;
}

/**
 * Reads a proxy URL as curl does: no scheme means `http://`, the port defaults to the scheme's,
 * credentials in the URL are taken out (and percent-decoded). Only http and https proxies.
 * Throws a plain `Error` with a credential-free message when the URL is unusable.
 */
export function parseProxyUrl(raw: string): ParsedProxy {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error('is not a valid URL (expected http://host:port)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`uses ${url.protocol.slice(0, -1)}; only http:// and https:// proxies are supported`);
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return {
    origin: `${url.protocol}//${url.hostname}:${port}`,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
  };
}
