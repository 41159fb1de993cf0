/**
 * The console was asked to start in a way that is not safe or not possible (e.g. to listen on
 * another computer's network without saying so).
 */
export class ConsoleOptionsError extends Error {
  /** Stable error name. */
  override readonly name = 'ConsoleOptionsError';
  /** Machine-readable code. */
  readonly code = 'CONSOLE_OPTIONS';
}
