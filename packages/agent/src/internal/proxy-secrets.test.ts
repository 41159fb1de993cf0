import { expect, test } from 'vitest';
import { proxySecretsFromEnvironment } from './proxy-secrets.js';

test('passwords in proxy URLs of the environment, decoded; none without one', () => {
  expect(
    proxySecretsFromEnvironment({
      HTTPS_PROXY: 'http://user:p%40ss@proxy:8080',
      http_proxy: 'proxy.example:3128',
      ALL_PROXY: 'not a url at all %',
    }),
  ).toEqual(['p@ss']);
});
