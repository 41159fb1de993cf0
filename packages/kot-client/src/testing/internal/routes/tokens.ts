import { randomBytes } from 'node:crypto';
import { badRequest } from '../kot-http-error.js';
import type { Route } from '../route.js';

/** `GET /tokens/{token}/available`, `POST /tokens/{token}` (rotate), `DELETE /tokens/{token}` (revoke). */
export const tokenRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/tokens\/([^/]+)\/available$/,
    handle: ({ store, params }) => ({ status: 200, body: { available: params[0] === store.token } }),
  },
  {
    method: 'POST',
    pattern: /^\/tokens\/([^/]+)$/,
    handle: ({ store, params }) => {
      if (params[0] !== store.token) throw badRequest('指定されたアクセストークンは利用できません');
      // KOT stops the old token and issues a new one with the same settings.
      store.token = randomBytes(16).toString('hex');
      return { status: 201, body: { token: store.token } };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/tokens\/([^/]+)$/,
    handle: ({ store, params }) => {
      if (params[0] !== store.token) throw badRequest('指定されたアクセストークンは利用できません');
      store.token = null;
      return { status: 204 };
    },
  },
];
