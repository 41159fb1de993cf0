/**
 * The passwords inside proxy URLs of the environment (`http://user:pass@proxy:8080`), so that
 * they can be kept out of every output like the configured ones.
 */
export function proxySecretsFromEnvironment(env: NodeJS.ProcessEnv): string[] {
  const secrets: string[] = [];
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy']) {
    const value = env[name];
    if (!value) continue;
    try {
      const url = new URL(value.includes('://') ? value : `http://${value}`);
      if (url.password) secrets.push(decodeURIComponent(url.password));
    } catch {
      // Not a URL: the client will say so; there is no password to hide in it.
    }
  }
  return secrets;
}
