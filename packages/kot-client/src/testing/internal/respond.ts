import { type ServerResponse, STATUS_CODES } from 'node:http';
import { omitNulls } from './omit-nulls.js';

/** The body KOT sends when the rate limit is exceeded (its code is a string). */
export const TOO_MANY_REQUESTS_BODY = { code: '303', message: 'Too Many Requests' };

/** Write an answer: JSON (nulls omitted) or text, with the simulator's `Date`. */
export function respond(
  response: ServerResponse,
  status: number,
  body: unknown,
  now: Date,
  headers: Record<string, string> = {},
): void {
  // An explicit Date header stops Node adding one from the real clock.
  response.setHeader('date', now.toUTCString());
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (status === 204 || body === undefined) {
    response.writeHead(status);
    response.end();
    return;
  }
  if (typeof body === 'string') {
    if (!response.hasHeader('content-type')) response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.writeHead(status);
    response.end(body);
    return;
  }
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.writeHead(status);
  response.end(JSON.stringify(omitNulls(body)));
}

/** The default body of a `status` fault: what KOT or the gateway in front of it would send. */
export function faultBody(status: number): { body: unknown; headers: Record<string, string> } {
  const reason = STATUS_CODES[status] ?? 'Error';
  if (status === 429) return { body: TOO_MANY_REQUESTS_BODY, headers: {} };
  if (status === 502 || status === 503 || status === 504) {
    return {
      body: `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n</body>\r\n</html>\r\n`,
      headers: { 'content-type': 'text/html' },
    };
  }
  return { body: { errors: [{ message: reason, code: status }] }, headers: {} };
}
