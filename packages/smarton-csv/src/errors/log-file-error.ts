/** Why a log file or folder could not be read. */
export type LogFileErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'not-a-directory'
  | 'access-denied'
  | 'busy'
  | 'io-error';

/** The machine-readable code for a Node.js file-system error. */
export function logFileErrorCode(cause: unknown): LogFileErrorCode {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'not-found';
    case 'EISDIR':
      return 'not-a-file';
    case 'ENOTDIR':
      return 'not-a-directory';
    case 'EACCES':
    case 'EPERM':
      return 'access-denied';
    case 'EBUSY':
      return 'busy';
    default:
      return 'io-error';
  }
}

const advice: Record<LogFileErrorCode, string> = {
  'not-found': 'it does not exist',
  'not-a-file': 'it is a folder, not a file',
  'not-a-directory': 'it is not a folder',
  'access-denied': 'access is denied (check that this account may read it)',
  busy: 'another program holds it locked; try again later',
  'io-error': 'the system reported an I/O error',
};

/**
 * A log file or folder could not be read (I/O, not bad data: bad rows are issues, never
 * errors). `path` names it, `code` says why, `cause` is the system error.
 */
export class LogFileError extends Error {
  override readonly name = 'LogFileError';
  /** Stable machine-readable code. */
  readonly code: LogFileErrorCode;
  /** The file or folder. */
  readonly path: string;

  constructor(path: string, cause: unknown, code: LogFileErrorCode = logFileErrorCode(cause)) {
    super(`Cannot read ${path}: ${advice[code]}.`, { cause });
    this.code = code;
    this.path = path;
  }
}
