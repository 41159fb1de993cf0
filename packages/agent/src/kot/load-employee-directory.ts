import {
  type EmployeeDirectory,
  employeeDirectorySchema,
  formatInstant,
  type LedgerStore,
} from '@pclogin/core';
import {
  isRestricted,
  type KotClient,
  KotError,
  KotRestrictedHoursError,
  nextAllowedAt,
} from '@pclogin/kot-client';
import { z } from 'zod';
import type { Clock } from '../clock/clock.js';
import { localizedError } from '../i18n/localized-error.js';
import { t } from '../i18n/translate.js';
import { type Logger, silentLogger } from '../logging/logger.js';
import { DirectoryUnavailableError } from './directory-unavailable-error.js';

/** The ledger cache key the employee directory is kept under. */
export const DIRECTORY_CACHE_KEY = 'kot-directory';

const cachedSchema = z.object({
  fetchedAt: z.iso.datetime({ offset: true }),
  directory: employeeDirectorySchema,
});

/** Options of {@link loadEmployeeDirectory}. */
export interface LoadEmployeeDirectoryOptions {
  /** Reads `employees.list` and `divisions.list`; without one, only the cached copy is used. */
  client?: KotClient | undefined;
  /** Where the copy is cached (`caches['kot-directory']`); a read-only store is only read. */
  store: Pick<LedgerStore, 'cache'> & Partial<Pick<LedgerStore, 'commit'>>;
  clock: Clock;
  /**
   * `auto`: fetch when the copy is older than `maxAgeMs` (or missing), outside the restricted
   * hours; `force`: fetch now if KOT can be read (else the copy); `cache`: never fetch.
   * @default 'auto'
   */
  refresh?: 'auto' | 'force' | 'cache';
  /**
   * How old the cached copy may get before it is fetched again.
   * @default 86400000 (a day)
   */
  maxAgeMs?: number;
  log?: Logger;
}

/** The employee directory and where it came from. */
export interface LoadedEmployeeDirectory {
  directory: EmployeeDirectory;
  /** When it was fetched from KING OF TIME. */
  fetchedAt: Date;
  /** `kot`: fetched just now; `cache`: the stored copy. */
  from: 'kot' | 'cache';
  /** When the copy came from the cache although a fresh one was wanted: why. */
  staleBecause?: string;
}

/**
 * KING OF TIME's employees (code, key, name, division) and divisions (日付変更時刻): fetched at
 * most once a day (`maxAgeMs`), never during the restricted hours, and cached in the ledger so
 * that punches keep going out from the copy while KOT refuses reads. A failed refresh falls
 * back to the copy; only errors a fresh copy cannot work around (a refused token or proxy) are
 * thrown when a copy exists.
 *
 * @throws {DirectoryUnavailableError} when there is no copy and KOT cannot be read now.
 * @throws {KotError} the client's error when the token, its permissions or the proxy are refused.
 * @example
 * const { directory, from } = await loadEmployeeDirectory({ client, store, clock });
 */
export async function loadEmployeeDirectory(
  options: LoadEmployeeDirectoryOptions,
): Promise<LoadedEmployeeDirectory> {
  const { client, store, clock } = options;
  const log = options.log ?? silentLogger;
  const refresh = client ? (options.refresh ?? 'auto') : 'cache';
  const maxAgeMs = options.maxAgeMs ?? 86_400_000;
  const now = clock();
  const cached = readCache(store);
  const fromCache = (staleBecause?: string): LoadedEmployeeDirectory => ({
    directory: cached!.directory,
    fetchedAt: cached!.fetchedAt,
    from: 'cache',
    ...(staleBecause ? { staleBecause } : {}),
  });

  if (refresh === 'cache') {
    if (cached) return fromCache();
    throw new DirectoryUnavailableError(t('directory.notStored'));
  }
  if (cached && refresh === 'auto' && now.getTime() - cached.fetchedAt.getTime() < maxAgeMs)
    return fromCache();
  if (isRestricted(now)) {
    const retryAt = nextAllowedAt(now);
    const why = t('directory.restricted', { until: formatInstant(retryAt) });
    if (cached) return fromCache(why);
    throw new DirectoryUnavailableError(t('directory.cannotFetch', { why }), {
      retryAt,
    });
  }
  try {
    const [employees, divisions] = await Promise.all([
      client!.employees.list({ includeResigner: true }),
      client!.divisions.list(),
    ]);
    const directory: EmployeeDirectory = {
      employees: employees.map((e) => ({
        code: e.code,
        key: e.key,
        ...(e.lastName !== undefined ? { lastName: e.lastName } : {}),
        ...(e.firstName !== undefined ? { firstName: e.firstName } : {}),
        ...(e.divisionCode !== undefined ? { divisionCode: e.divisionCode } : {}),
      })),
      divisions: divisions.flatMap((d) =>
        // A division KOT reports without a (valid) 日付変更時刻 is left out: its employees get the default.
        d.dayBorderTime && /^([01]?\d|2[0-3]):[0-5]\d$/.test(d.dayBorderTime)
          ? [{ code: d.code, name: d.name, dayBorderTime: d.dayBorderTime }]
          : [],
      ),
    };
    const fetchedAt = clock();
    store.commit?.({ caches: { [DIRECTORY_CACHE_KEY]: { fetchedAt: fetchedAt.toISOString(), directory } } });
    log.info(t('log.listFetched'), {
      employees: directory.employees.length,
      divisions: directory.divisions.length,
    });
    return { directory, fetchedAt, from: 'kot' };
  } catch (error) {
    const retryAt = KotRestrictedHoursError.isInstance(error) ? error.retryAt : undefined;
    const mustStop = KotError.isInstance(error) && isCredentialError(error);
    if (!cached || mustStop) {
      if (mustStop || !KotError.isInstance(error)) throw error;
      throw new DirectoryUnavailableError(t('directory.fetchFailed', { message: localizedError(error) }), {
        ...(retryAt ? { retryAt } : {}),
        cause: error,
      });
    }
    const why = t('directory.fetchFailedStale', { message: localizedError(error) });
    log.warn(t('log.usingStoredList'), { fetchedAt: formatInstant(cached.fetchedAt), because: why });
    return fromCache(why);
  }
}

/** Errors no cached copy can work around: the token, its permissions, or the proxy. */
export function isCredentialError(error: KotError): boolean {
  return (
    error.code === 'KOT_AUTHENTICATION_FAILED' ||
    error.code === 'KOT_PROXY_AUTHENTICATION_FAILED' ||
    (error.code === 'KOT_PERMISSION_DENIED' && !KotRestrictedHoursError.isInstance(error))
  );
}

function readCache(
  store: Pick<LedgerStore, 'cache'>,
): { directory: EmployeeDirectory; fetchedAt: Date } | undefined {
  const parsed = cachedSchema.safeParse(store.cache(DIRECTORY_CACHE_KEY));
  return parsed.success
    ? { directory: parsed.data.directory, fetchedAt: new Date(parsed.data.fetchedAt) }
    : undefined;
}
