import { afterEach, beforeEach, expect, test } from 'vitest';
import { ConsoleOptionsError, type ConsoleServer, startConsoleServer } from '../src/index.js';
import { fakeBackend, SECRET } from './fake-backend.js';
import { raw } from './http.js';

let server: ConsoleServer;
let backend: ReturnType<typeof fakeBackend>;

beforeEach(async () => {
  backend = fakeBackend();
  server = await startConsoleServer({ backend, secrets: [SECRET] });
});
afterEach(async () => {
  await server.close();
});

/** Opens the printed URL: the session cookie. */
async function login(): Promise<string> {
  const url = new URL(server.url);
  const res = await raw(server.port, `${url.pathname}${url.search}`);
  expect(res.status).toBe(303);
  const cookie = res.headers['set-cookie']?.[0] ?? '';
  return cookie.split(';')[0]!;
}

async function csrfOf(cookie: string, path = '/corrections'): Promise<string> {
  const page = await raw(server.port, path, { headers: { cookie } });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  expect(token).toBeDefined();
  return token!;
}

test('listens on 127.0.0.1 and prints a URL with a random key', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]{32}$/);
  const other = await startConsoleServer({ backend });
  try {
    expect(new URL(other.url).searchParams.get('key')).not.toBe(new URL(server.url).searchParams.get('key'));
  } finally {
    await other.close();
  }
});

test('without the key every page is refused, with a wrong key too', async () => {
  for (const path of ['/', '/days', '/logs', '/links', '/corrections', '/api/status', '/links/export']) {
    const res = await raw(server.port, path);
    expect(res.status, path).toBe(401);
    expect(res.body).not.toContain('0002');
  }
  expect((await raw(server.port, '/?key=wrong')).status).toBe(401);
  expect((await raw(server.port, '/', { headers: { cookie: 'pclogin_console=forged' } })).status).toBe(401);
});

test('the key becomes an HttpOnly SameSite=Strict cookie and leaves the address', async () => {
  const url = new URL(server.url);
  const res = await raw(server.port, `/days${url.search}`);
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe('/days');
  const cookie = res.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toMatch(/^pclogin_console=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
  const page = await raw(server.port, '/', { headers: { cookie: cookie.split(';')[0]! } });
  expect(page.status).toBe(200);
  expect(page.body).toContain('<h1>Status</h1>');
});

test('a request naming another host is refused (DNS rebinding), even with the session', async () => {
  const cookie = await login();
  for (const host of [
    'evil.example',
    `evil.example:${server.port}`,
    '127.0.0.1:1',
    `127.0.0.2:${server.port}`,
  ]) {
    const res = await raw(server.port, '/', { headers: { cookie, host } });
    expect(res.status, host).toBe(403);
    expect(res.body).not.toContain('0002');
  }
  expect(
    (await raw(server.port, '/', { headers: { cookie, host: `localhost:${server.port}` } })).status,
  ).toBe(200);
});

test('a change from another origin is refused; the same change from the console is done', async () => {
  const cookie = await login();
  const csrf = await csrfOf(cookie);
  const body = new URLSearchParams({ _csrf: csrf, id: 'c1' }).toString();
  const form = { cookie, 'content-type': 'application/x-www-form-urlencoded' };
  const foreign = await raw(server.port, '/corrections/resolve', {
    method: 'POST',
    headers: { ...form, origin: 'http://evil.example' },
    body,
  });
  expect(foreign.status).toBe(403);
  const crossSite = await raw(server.port, '/corrections/resolve', {
    method: 'POST',
    headers: { ...form, 'sec-fetch-site': 'cross-site' },
    body,
  });
  expect(crossSite.status).toBe(403);
  expect(backend.calls).toEqual([]);
  const own = await raw(server.port, '/corrections/resolve', {
    method: 'POST',
    headers: { ...form, origin: server.origin },
    body,
  });
  expect(own.status).toBe(303);
  expect(own.headers.location).toBe('/corrections?done=resolved&n=1');
  expect(backend.calls).toEqual(['resolve c1']);
});

test('a change without the CSRF token, or with another session’s, is refused', async () => {
  const cookie = await login();
  const otherToken = await csrfOf(await login());
  const headers = { cookie, origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' };
  for (const body of ['id=c1', `_csrf=${otherToken}&id=c1`, '_csrf=&id=c1']) {
    const res = await raw(server.port, '/corrections/resolve', { method: 'POST', headers, body });
    expect(res.status, body).toBe(403);
  }
  expect(backend.calls).toEqual([]);
});

test('every response carries a CSP without script, and pages hold no script', async () => {
  const cookie = await login();
  for (const path of ['/', '/days', '/logs', '/links', '/corrections', '/nowhere']) {
    const res = await raw(server.port, path, { headers: { cookie } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  }
});

test('values are escaped and configured secrets never leave, in HTML or JSON', async () => {
  const cookie = await login();
  const page = await raw(server.port, '/', { headers: { cookie } });
  expect(page.body).toContain('&lt;b&gt;guest&lt;/b&gt;');
  expect(page.body).not.toContain('<b>guest');
  expect(page.body).not.toContain(SECRET);
  expect(page.body).toContain('refused (token ********)');
  const json = await raw(server.port, '/api/status', { headers: { cookie } });
  expect(json.headers['content-type']).toContain('application/json');
  expect(json.body).not.toContain(SECRET);
  expect(JSON.parse(json.body).counts.sent).toBe(4);
});

test('a Japanese browser gets Japanese', async () => {
  const cookie = await login();
  const ja = await raw(server.port, '/', { headers: { cookie, 'accept-language': 'ja,en;q=0.8' } });
  expect(ja.body).toContain('<html lang="ja">');
  expect(ja.body).toContain('<h1>状態</h1>');
  expect(ja.body).toContain('ログ 10 件、送信 4 件、失敗 1 件');
  expect(ja.body).toMatch(/送信を中断<\/span> KING OF TIME refused the token/);
  const en = await raw(server.port, '/', { headers: { cookie, 'accept-language': 'en-US' } });
  expect(en.body).toContain('<html lang="en">');
});

test('read-only: no forms, and every change refused', async () => {
  const readOnly = await startConsoleServer({ backend, readOnly: true });
  try {
    const url = new URL(readOnly.url);
    const login = await raw(readOnly.port, url.pathname + url.search);
    const cookie = (login.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    const page = await raw(readOnly.port, '/corrections', { headers: { cookie } });
    expect(page.body).not.toContain('<form method="post"');
    const res = await raw(readOnly.port, '/corrections/resolve', {
      method: 'POST',
      headers: { cookie, origin: readOnly.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'id=c1',
    });
    expect(res.status).toBe(403);
    expect(backend.calls).toEqual([]);
  } finally {
    await readOnly.close();
  }
});

test('another interface only when asked for, and never every interface', async () => {
  await expect(startConsoleServer({ backend, host: '192.0.2.1' })).rejects.toThrow(ConsoleOptionsError);
  await expect(startConsoleServer({ backend, host: '0.0.0.0', allowRemote: true })).rejects.toThrow(
    /name one interface/,
  );
  await expect(startConsoleServer({ backend, host: '::', allowRemote: true })).rejects.toThrow(
    ConsoleOptionsError,
  );
});

test('bad queries and forms are refused with 400, not a crash', async () => {
  const cookie = await login();
  expect((await raw(server.port, '/days?from=yesterday', { headers: { cookie } })).status).toBe(400);
  expect((await raw(server.port, '/logs?page=-1', { headers: { cookie } })).status).toBe(400);
  expect((await raw(server.port, '/logs?page=2&evil=1', { headers: { cookie } })).status).toBe(400);
  const csrf = await csrfOf(cookie);
  const res = await raw(server.port, '/links/save', {
    method: 'POST',
    headers: { cookie, origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, employeeCode: '', serviceAccount: 'x', mode: 'add' }).toString(),
  });
  expect(res.status).toBe(400);
  const json = await raw(server.port, '/corrections/resolve', {
    method: 'POST',
    headers: { cookie, origin: server.origin, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(json.status).toBe(400);
  expect(backend.calls).toEqual([]);
});

test('an uploaded linking CSV reaches the backend only with the CSRF token', async () => {
  const cookie = await login();
  const csrf = await csrfOf(cookie, '/links');
  const boundary = '----console-test';
  const multipart = (token: string) =>
    [
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="links.csv"\r\nContent-Type: text/csv\r\n\r\nabc\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
  const headers = {
    cookie,
    origin: server.origin,
    'content-type': `multipart/form-data; boundary=${boundary}`,
  };
  const refused = await raw(server.port, '/links/import', {
    method: 'POST',
    headers,
    body: multipart('nope'),
  });
  expect(refused.status).toBe(403);
  expect(backend.calls).toEqual([]);
  const done = await raw(server.port, '/links/import', { method: 'POST', headers, body: multipart(csrf) });
  expect(done.status).toBe(303);
  expect(done.headers.location).toBe('/links?saved=1');
  expect(backend.calls).toEqual(['import 3']);
});

test('what an action did is said on the 補正 page: handed to the running agent, or refused', async () => {
  backend.retryPunches = async () => ({ outcome: 'queued', count: 1 });
  backend.resolveCorrections = async () => ({ outcome: 'agent-busy', count: 0, detail: 'pid 42, host' });
  const cookie = await login();
  const csrf = await csrfOf(cookie);
  const headers = {
    cookie,
    origin: server.origin,
    'content-type': 'application/x-www-form-urlencoded',
    'accept-language': 'ja',
  };
  const body = new URLSearchParams({ _csrf: csrf, id: 'x' }).toString();
  const retried = await raw(server.port, '/punches/retry', { method: 'POST', headers, body });
  const queued = await raw(server.port, String(retried.headers.location), { headers });
  expect(queued.body).toContain('変更をエージェントに渡しました');
  const resolved = await raw(server.port, '/corrections/resolve', { method: 'POST', headers, body });
  const busy = await raw(server.port, String(resolved.headers.location), { headers });
  expect(busy.body).toContain('エージェントが台帳を使用中のため変更できません（pid 42, host）');
});

test('ログ表示 pages keep the filter', async () => {
  backend.logs = async (q) => ({
    rows: [
      {
        at: '2024-02-07 09:00:00',
        account: '1000',
        event: 'ログオン',
        workday: '2024-02-07',
        remark: 'ログオン',
      },
    ],
    total: 250,
    page: q.page,
    pageSize: q.pageSize,
    problems: [],
  });
  const cookie = await login();
  const page = await raw(server.port, '/logs?account=1000&day=2024-02-07&page=2', { headers: { cookie } });
  expect(page.body).toContain('page 2 of 3 (250 rows)');
  expect(page.body).toContain('href="/logs?day=2024-02-07&amp;account=1000&amp;page=1" rel="prev"');
  expect(page.body).toContain('href="/logs?day=2024-02-07&amp;account=1000&amp;page=3" rel="next"');
  const last = await raw(server.port, '/logs?page=3', { headers: { cookie } });
  expect(last.body).not.toContain('rel="next"');
});
