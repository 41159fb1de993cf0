// The console's gatekeeping: the access key printed by the command is exchanged once per
// browser for a session cookie (HttpOnly, SameSite=Strict); the Host header must name this
// server (a DNS-rebinding page has another name); a change must come from this origin and carry
// the session's CSRF token.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The session cookie's name. */
export const SESSION_COOKIE = 'pclogin_console';

/** Why a request is refused. */
export type Refusal = 'host' | 'origin' | 'csrf' | 'session';

/** Checks of one running console. */
export interface Guard {
  /** The access key of the printed URL. */
  readonly key: string;
  /** Whether `key` is the access key. */
  isKey(key: string | null): boolean;
  /** A new session, as the value of the cookie. */
  newSession(): string;
  /** The session of a request's cookie, when it is one of ours. */
  sessionOf(request: IncomingMessage): string | undefined;
  /** The CSRF token of a session. */
  csrfToken(session: string): string;
  /** Whether `token` is the session's CSRF token. */
  isCsrfToken(session: string, token: string | null): boolean;
  /** Refuses a request to another host name (DNS rebinding). */
  checkHost(request: IncomingMessage): Refusal | undefined;
  /** Refuses a change requested from another origin. */
  checkOrigin(request: IncomingMessage): Refusal | undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * @param hosts the `Host` header values accepted, e.g. `127.0.0.1:7380` and `localhost:7380`
 */
export function createGuard(hosts: readonly string[]): Guard {
  const key = randomBytes(24).toString('base64url');
  const secret = randomBytes(32);
  const sessions = new Set<string>();
  const accepted = new Set(hosts.map((h) => h.toLowerCase()));
  const origins = new Set([...accepted].map((h) => `http://${h}`));
  return {
    key,
    isKey: (candidate) => candidate !== null && sameText(candidate, key),
    newSession() {
      const session = randomBytes(32).toString('base64url');
      sessions.add(session);
      return session;
    },
    sessionOf(request) {
      for (const part of (request.headers.cookie ?? '').split(';')) {
        const [name, ...rest] = part.trim().split('=');
        if (name !== SESSION_COOKIE) continue;
        const value = rest.join('=');
        for (const session of sessions) if (sameText(session, value)) return session;
      }
      return undefined;
    },
    csrfToken: (session) => createHmac('sha256', secret).update(session).digest('base64url'),
    isCsrfToken(session, token) {
      return (
        token !== null && sameText(createHmac('sha256', secret).update(session).digest('base64url'), token)
      );
    },
    checkHost(request) {
      const host = request.headers.host?.toLowerCase();
      return host !== undefined && accepted.has(host) ? undefined : 'host';
    },
    checkOrigin(request) {
      const origin = request.headers.origin;
      if (origin !== undefined) return origins.has(origin.toLowerCase()) ? undefined : 'origin';
      // No Origin (an older client): the browser's own word on where the request came from.
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return 'origin';
      return undefined;
    },
  };
}
