/**
 * An HTTP(S) proxy to reach KING OF TIME through. Requests are tunnelled with `CONNECT`, so
 * the proxy never sees the access token. Credentials are sent as `Proxy-Authorization: Basic`
 * and never appear in errors or logs.
 *
 * @example
 * ```ts
 * createKotClient({
 *   proxy: { url: 'http://proxy.example.co.jp:8080', username: 'kot', password: process.env.PROXY_PASSWORD },
 * });
 * ```
 */
export interface KotProxyOptions {
  /**
   * The proxy URL, `http://host:port` (or `https://`); a URL without a scheme is read as
   * `http://`, as curl does. Credentials in the URL (`http://user:pass@host:port`) are used
   * when `username`/`password` are not given.
   */
  url: string;
  /** The proxy user name for basic authentication. */
  username?: string;
  /** The proxy password for basic authentication. */
  password?: string;
}
