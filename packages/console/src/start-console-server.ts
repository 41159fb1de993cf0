import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIPv6 } from 'node:net';
import type { ConsoleBackend } from './console-backend.js';
import type { LinksSaveResult, LogsQuery } from './console-model.js';
import { ConsoleOptionsError } from './console-options-error.js';
import { CONSOLE_CSS } from './internal/console-css.js';
import { createGuard, type Refusal, SESSION_COOKIE } from './internal/guard.js';
import { type Html, html } from './internal/html.js';
import { pickLang, translator } from './internal/messages.js';
import { correctionsPage } from './internal/pages/corrections-page.js';
import { daysPage } from './internal/pages/days-page.js';
import { linksPage, problemTable } from './internal/pages/links-page.js';
import { logsPage } from './internal/pages/logs-page.js';
import { messagePage } from './internal/pages/message-page.js';
import type { PageContext } from './internal/pages/page-context.js';
import { statusPage } from './internal/pages/status-page.js';
import { daysQuerySchema, linkChangeSchema, logsQuerySchema } from './internal/query-schemas.js';
import { readForm, readMultipartFile } from './internal/read-body.js';

/** Options of {@link startConsoleServer}. */
export interface ConsoleServerOptions {
  /** Where the data comes from and where changes go. */
  backend: ConsoleBackend;
  /**
   * The address to listen on. Anything but a loopback address needs `allowRemote`.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * The port; `0` picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * Listen on an address other computers can reach. Only the access key then protects the
   * console, over plain HTTP: use it on a trusted network only.
   * @default false
   */
  allowRemote?: boolean;
  /**
   * Show everything, change nothing: no forms, every POST refused.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Strings that must never appear in a response (the access token, the proxy password): the
   * backend never returns them, and the server removes them from every page and JSON as well.
   */
  secrets?: readonly (string | undefined)[];
}

/** A running console. */
export interface ConsoleServer {
  /** The URL to open, with the access key: print it to the person who started the console only. */
  url: string;
  /** The console's origin, `http://127.0.0.1:PORT`. */
  origin: string;
  /** The port listened on. */
  port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);
const PAGE_SIZE = 100;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Not no-referrer: with it a browser sends `Origin: null` on its own forms' POSTs.
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Starts the local web console: the screens 状態, 日別データ, ログ表示, アカウント連携 and 補正,
 * server-rendered (no script at all), in Japanese for a Japanese browser and English otherwise.
 *
 * Safe by default: it listens on 127.0.0.1; the URL it returns holds a random access key that a
 * browser exchanges for an HttpOnly, SameSite=Strict session cookie; requests naming another
 * host (DNS rebinding) are refused; every change is a POST from the console's own origin with
 * the session's CSRF token; the Content-Security-Policy allows no script and no inline style;
 * the configured secrets never leave it.
 *
 * @throws {@link ConsoleOptionsError} for a non-loopback `host` without `allowRemote`, or a
 *   wildcard address (name the interface instead).
 * @example
 * const server = await startConsoleServer({ backend, secrets: [token] });
 * console.log(`open ${server.url}`);
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const host = options.host ?? '127.0.0.1';
  if (WILDCARD.has(host)) {
    throw new ConsoleOptionsError(
      `--listen ${host || "''"}: name one interface's address (e.g. 192.168.1.10), not every interface`,
    );
  }
  if (!LOOPBACK.test(host) && !options.allowRemote) {
    throw new ConsoleOptionsError(
      `${host} is not a loopback address: listening there needs allowRemote (the CLI's --listen)`,
    );
  }
  const backend = options.backend;
  const readOnly = options.readOnly ?? false;
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 4);
  const redact = (text: string) => secrets.reduce((out, secret) => out.replaceAll(secret, '********'), text);

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = redact(error instanceof Error ? error.message : String(error));
      if (!response.headersSent) {
        const bad = error instanceof Error && error.name === 'BodyError';
        send(response, bad ? 400 : 500, 'text/plain; charset=utf-8', message);
      } else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the console server has no port');
  const port = address.port;
  const hostPart = isIPv6(host) ? `[${host}]` : host;
  const hosts = [`${hostPart}:${port}`];
  if (LOOPBACK.test(host)) hosts.push(`localhost:${port}`, `127.0.0.1:${port}`);
  const guard = createGuard(hosts);
  const origin = `http://${hostPart}:${port}`;

  function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array) {
    const bytes = typeof body === 'string' ? Buffer.from(redact(body)) : body;
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': bytes.length });
    response.end(bytes);
  }
  function sendHtml(response: ServerResponse, status: number, page: Html) {
    send(response, status, 'text/html; charset=utf-8', page.text);
  }
  function redirect(response: ServerResponse, location: string, cookie?: string) {
    response.writeHead(303, {
      ...SECURITY_HEADERS,
      Location: location,
      'Content-Length': 0,
      ...(cookie ? { 'Set-Cookie': cookie } : {}),
    });
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const lang = pickLang(request.headers['accept-language']);
    const t = translator(lang);
    const url = new URL(request.url ?? '/', origin);
    const bare: PageContext = { lang, t, path: url.pathname, csrf: '', readOnly };
    const refuse = (status: number, why: Refusal | 'read-only') => {
      const text = {
        host: t('forbiddenHost'),
        origin: t('forbiddenOrigin'),
        csrf: t('forbiddenCsrf'),
        session: t('unauthorizedText'),
        'read-only': t('forbiddenReadOnly'),
      }[why];
      sendHtml(
        response,
        status,
        messagePage(bare, why === 'session' ? t('unauthorizedTitle') : t('forbiddenTitle'), text),
      );
    };

    const hostRefusal = guard.checkHost(request);
    if (hostRefusal) return refuse(403, hostRefusal);
    if (request.method === 'GET' && url.pathname === '/assets/console.css') {
      return send(response, 200, 'text/css; charset=utf-8', CONSOLE_CSS);
    }
    if (request.method === 'GET' && url.pathname === '/favicon.ico') {
      response.writeHead(204, SECURITY_HEADERS);
      return void response.end();
    }
    // The printed URL: its key becomes a session cookie, and the key leaves the address bar.
    if (url.searchParams.has('key')) {
      if (!guard.isKey(url.searchParams.get('key'))) return refuse(401, 'session');
      url.searchParams.delete('key');
      const session = guard.newSession();
      return redirect(
        response,
        `${url.pathname}${url.search}`,
        `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    const session = guard.sessionOf(request);
    if (!session) return refuse(401, 'session');
    const context: PageContext = { ...bare, csrf: guard.csrfToken(session) };

    if (request.method === 'POST') {
      const originRefusal = guard.checkOrigin(request);
      if (originRefusal) return refuse(403, originRefusal);
      if (readOnly) return refuse(403, 'read-only');
      return post(request, response, url, session, context);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, POST' });
      return void response.end();
    }
    return get(response, url, context);
  }

  async function get(response: ServerResponse, url: URL, context: PageContext): Promise<void> {
    const { t } = context;
    const params = Object.fromEntries(url.searchParams);
    switch (url.pathname) {
      case '/':
        return sendHtml(response, 200, statusPage(context, await backend.status()));
      case '/api/status':
        return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(await backend.status()));
      case '/days': {
        const query = daysQuerySchema.safeParse(params);
        if (!query.success)
          return sendHtml(response, 400, messagePage(context, t('navDays'), query.error.message));
        const view = await backend.days(await withDefaultDays(query.data));
        return sendHtml(response, 200, daysPage(context, view, query.data));
      }
      case '/logs': {
        const parsed = logsQuerySchema.safeParse(params);
        if (!parsed.success)
          return sendHtml(response, 400, messagePage(context, t('navLogs'), parsed.error.message));
        const query: LogsQuery = { ...parsed.data, pageSize: PAGE_SIZE };
        return sendHtml(response, 200, logsPage(context, await backend.logs(query), query));
      }
      case '/links': {
        const saved = url.searchParams.get('saved');
        const backup = url.searchParams.get('backup');
        const notice =
          saved !== null
            ? {
                kind: 'ok' as const,
                text: html`${t('savedLinks', { n: saved })}${backup ? html`<br>${t('backupAt', { file: backup })}` : ''}`,
              }
            : undefined;
        return sendHtml(response, 200, linksPage(context, await backend.links(), notice));
      }
      case '/links/export': {
        const { fileName, bytes } = await backend.exportLinks();
        response.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': 'text/csv; charset=shift_jis',
          'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
          'Content-Length': bytes.length,
        });
        return void response.end(bytes);
      }
      case '/corrections': {
        const status = await backend.status();
        const done = url.searchParams.get('done');
        const n = url.searchParams.get('n') ?? '0';
        const notice =
          done === 'resolved'
            ? { kind: 'ok' as const, text: t('resolved', { n }) }
            : done === 'retried'
              ? { kind: 'ok' as const, text: t('retried', { n }) }
              : done === 'queued'
                ? { kind: 'ok' as const, text: t('queued') }
                : done === 'unknown-id'
                  ? { kind: 'error' as const, text: t('unknownId') }
                  : done === 'agent-busy'
                    ? {
                        kind: 'error' as const,
                        text: t('agentBusy', { detail: url.searchParams.get('detail') ?? '' }),
                      }
                    : undefined;
        return sendHtml(
          response,
          200,
          correctionsPage(context, { corrections: status.corrections, failed: status.failed }, notice),
        );
      }
      default:
        return sendHtml(response, 404, messagePage(context, t('notFoundTitle'), url.pathname));
    }
  }

  async function post(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    session: string,
    context: PageContext,
  ): Promise<void> {
    const { t } = context;
    if (url.pathname === '/links/import') {
      const upload = await readMultipartFile(request, { maxBytes: 5 * 1024 * 1024 });
      if (!guard.isCsrfToken(session, upload.fields.get('_csrf') ?? null)) {
        return sendHtml(response, 403, messagePage(context, t('forbiddenTitle'), t('forbiddenCsrf')));
      }
      return linksSaved(response, context, await backend.importLinks(upload.file ?? new Uint8Array()));
    }
    const form = await readForm(request, { maxBytes: 64 * 1024 });
    if (!guard.isCsrfToken(session, form.get('_csrf'))) {
      return sendHtml(response, 403, messagePage(context, t('forbiddenTitle'), t('forbiddenCsrf')));
    }
    switch (url.pathname) {
      case '/links/save': {
        const change = linkChangeSchema.safeParse(Object.fromEntries(form));
        if (!change.success)
          return sendHtml(response, 400, messagePage(context, t('navLinks'), change.error.message));
        return linksSaved(response, context, await backend.saveLinks([change.data]));
      }
      case '/corrections/resolve':
      case '/punches/retry': {
        const ids = form.getAll('id').filter((id) => id !== '');
        const result =
          url.pathname === '/corrections/resolve'
            ? await backend.resolveCorrections(ids)
            : await backend.retryPunches(ids);
        const done =
          result.outcome === 'done'
            ? url.pathname === '/corrections/resolve'
              ? 'resolved'
              : 'retried'
            : result.outcome;
        const query = new URLSearchParams({ done, n: String(result.count) });
        if (result.detail) query.set('detail', result.detail);
        return redirect(response, `/corrections?${query}`);
      }
      default:
        return sendHtml(response, 404, messagePage(context, t('notFoundTitle'), url.pathname));
    }
  }

  async function linksSaved(response: ServerResponse, context: PageContext, result: LinksSaveResult) {
    if (result.ok) {
      const query = new URLSearchParams({ saved: String(result.links) });
      if (result.backup) query.set('backup', result.backup);
      return redirect(response, `/links?${query}`);
    }
    const { t } = context;
    return sendHtml(
      response,
      422,
      linksPage(context, await backend.links(), {
        kind: 'error',
        text: html`${t('notSaved')}${problemTable(context, result.problems, t('linkProblems'))}`,
      }),
    );
  }

  async function withDefaultDays(query: {
    from?: string | undefined;
    to?: string | undefined;
    employee?: string | undefined;
    withKot: boolean;
  }) {
    // Without dates: the last seven working days up to today, as the status knows today.
    let { from, to } = query;
    if (!from || !to) {
      const today = (await backend.status()).at.slice(0, 10);
      to ??= today;
      from ??= shiftDate(to, -6);
    }
    return { from, to, withKot: query.withKot, ...(query.employee ? { employee: query.employee } : {}) };
  }

  return {
    url: `${origin}/?key=${guard.key}`,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
