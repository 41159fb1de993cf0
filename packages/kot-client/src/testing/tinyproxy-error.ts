/** Why {@link startTinyproxy} failed. */
export type TinyproxyErrorCode =
  | 'TINYPROXY_NOT_FOUND'
  | 'TINYPROXY_INVALID_OPTIONS'
  | 'TINYPROXY_START_FAILED';

/**
 * Thrown by {@link startTinyproxy}: the tinyproxy binary is missing, an option cannot go into a
 * tinyproxy configuration, or tinyproxy exited before accepting connections (its output is in the
 * message). Never holds the proxy password.
 */
export class TinyproxyError extends Error {
  /** Stable error name. */
  override readonly name = 'TinyproxyError';
  /** Machine-readable code. */
  readonly code: TinyproxyErrorCode;

  constructor(code: TinyproxyErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
