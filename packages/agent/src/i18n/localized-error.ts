import { LedgerLockedError } from '@pclogin/core';
import { KotError } from '@pclogin/kot-client';
import { kotErrorDetail } from '../kot/kot-error-detail.js';
import { localizedReason } from './localized-reason.js';
import { type LocalizedText, translate } from './translate.js';

/**
 * The message of an error from `@pclogin/core` or `@pclogin/kot-client` in every language: the
 * library's English message unchanged, and the catalogs' sentence for the errors an
 * administrator meets (KING OF TIME's answers, a state folder in use); any other error's
 * message in every language.
 *
 * @param timeZone - the zone instants are shown in (KING OF TIME's restricted hours end in Japan time)
 * @example
 * process.stderr.write(localizedError(error)[getLocale()]);
 */
export function localizedError(error: unknown, timeZone = 'Asia/Tokyo'): LocalizedText {
  const en = error instanceof Error ? error.message : String(error);
  if (KotError.isInstance(error)) return localizedReason(en, kotErrorDetail(error), timeZone);
  if (LedgerLockedError.isInstance(error)) {
    const owner = error.owner;
    const values = {
      directory: error.directory,
      owner: owner
        ? {
            key: 'doctor.lock.owner' as const,
            values: { pid: owner.pid, host: owner.hostname, since: owner.since },
          }
        : { key: 'doctor.lock.ownerUnknown' as const },
    };
    return { en, ja: translate('ja', 'error.ledgerLocked', values) };
  }
  const system = error as NodeJS.ErrnoException | undefined;
  if (typeof system?.code === 'string' && /^E[A-Z]+$/.test(system.code) && typeof system.path === 'string') {
    // A file the command could not open or write (ENOENT, EACCES, EISDIR…): its path and code.
    const key = FILE_ERRORS[system.code] ?? 'error.fileOther';
    return { en, ja: translate('ja', key, { path: system.path, code: system.code }) };
  }
  return { en, ja: en };
}

const FILE_ERRORS: Partial<Record<string, 'error.fileMissing' | 'error.fileDenied' | 'error.fileIsFolder'>> =
  {
    ENOENT: 'error.fileMissing',
    EACCES: 'error.fileDenied',
    EPERM: 'error.fileDenied',
    EISDIR: 'error.fileIsFolder',
  };
