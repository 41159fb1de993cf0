import { execFile } from 'node:child_process';
import { chmod, chown } from 'node:fs/promises';
import { AgentError } from '../../errors/agent-error.js';
import { t } from '../../i18n/translate.js';

/** The well-known SIDs of LocalSystem and the local Administrators group (any language of Windows). */
export const WINDOWS_SERVICE_SIDS = ['*S-1-5-18', '*S-1-5-32-544'] as const;

/**
 * The `icacls` arguments that leave `path` to LocalSystem (the service's account) and the
 * Administrators group only: inherited entries removed (`/inheritance:r`), full control granted
 * to those two (`/grant:r` replaces what they had), for a folder inherited by what is created
 * in it later (`(OI)(CI)`).
 *
 * @example
 * icaclsArguments('C:\\ProgramData\\pclogin', 'folder')
 * // → ['C:\\ProgramData\\pclogin', '/inheritance:r', '/grant:r', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F']
 */
export function icaclsArguments(path: string, kind: 'file' | 'folder'): string[] {
  const rights = kind === 'folder' ? '(OI)(CI)F' : 'F';
  return [path, '/inheritance:r', '/grant:r', ...WINDOWS_SERVICE_SIDS.map((sid) => `${sid}:${rights}`)];
}

/** Options of {@link restrictAccess}. */
export interface RestrictAccessOptions {
  kind: 'file' | 'folder';
  /** @default process.platform */
  platform?: NodeJS.Platform;
  /** Linux: the service account that must own the file (uid and gid). */
  owner?: { uid: number; gid: number } | undefined;
  /** Runs `icacls`; replaceable for tests. */
  run?: (file: string, args: string[]) => Promise<void>;
}

const runIcacls = (file: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    execFile(file, args, { windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${`${stdout}${stderr}`.trim() || error.message}`));
      else resolve();
    });
  });

/**
 * Lets only the service account and administrators read `path`: on Windows with `icacls`
 * ({@link icaclsArguments}), elsewhere mode 0600 (file) or 0700 (folder), owned by the service
 * account when one is given.
 *
 * @throws {AgentError} `SETUP_PERMISSION` when the access cannot be set.
 */
export async function restrictAccess(path: string, options: RestrictAccessOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  try {
    if (platform === 'win32') {
      const args = icaclsArguments(path, options.kind);
      await (options.run ?? runIcacls)('icacls', args);
      return `icacls ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`;
    }
    await chmod(path, options.kind === 'folder' ? 0o700 : 0o600);
    if (options.owner) await chown(path, options.owner.uid, options.owner.gid);
    const mode = options.kind === 'folder' ? '0700' : '0600';
    return `chmod ${mode}${options.owner ? `, owner uid ${options.owner.uid}` : ''} ${path}`;
  } catch (error) {
    throw new AgentError(t('setup.restrictFailed', { path, message: (error as Error).message }), {
      code: 'SETUP_PERMISSION',
      cause: error,
    });
  }
}
