import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

/**
 * The platform's folder for a service's data: `%ProgramData%\pclogin` on Windows (readable by
 * the service account and administrators), otherwise `$XDG_STATE_HOME/pclogin` or
 * `~/.local/state/pclogin`.
 *
 * @example
 * defaultStateDirectory('win32', { ProgramData: 'C:\\ProgramData' }) // → 'C:\\ProgramData\\pclogin'
 */
export function defaultStateDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: () => string = homedir,
): string {
  if (platform === 'win32')
    return win32.join(env['ProgramData'] || env['ALLUSERSPROFILE'] || 'C:\\ProgramData', 'pclogin');
  const xdg = env['XDG_STATE_HOME'];
  // The XDG spec says a relative value is invalid and must be ignored.
  if (xdg?.startsWith('/')) return join(xdg, 'pclogin');
  return join(home(), '.local', 'state', 'pclogin');
}
