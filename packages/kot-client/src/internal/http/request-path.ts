import { REDACTED } from '../redaction/redactor.js';

/** Stands for the access token in a path (the `/tokens/{token}` endpoints). */
export const TOKEN_SEGMENT: unique symbol = Symbol('token');

/** A path below the base URL, one segment per element; strings are URL-encoded when sent. */
export type RequestPath = ReadonlyArray<string | typeof TOKEN_SEGMENT>;

/** The path as sent: relative (no leading slash), each segment encoded, the token filled in. */
export function pathForRequest(path: RequestPath, token: string): string {
  return path.map((s) => encodeURIComponent(s === TOKEN_SEGMENT ? token : s)).join('/');
}

/** The path as shown in errors and logs: `/tokens/[REDACTED]/available`. */
export function pathForDisplay(path: RequestPath): string {
  return `/${path.map((s) => (s === TOKEN_SEGMENT ? REDACTED : encodeURIComponent(s))).join('/')}`;
}
