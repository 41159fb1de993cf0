import { access } from 'node:fs/promises';
import { posix, resolve, win32 } from 'node:path';

/** The configuration file's name, in the working folder and in the platform's default folder. */
export const CONFIG_FILE_NAME = 'pclogin.config.json';

/** Where a configuration file was found, in the order they are looked at. */
export type ConfigSource = '--config' | 'PCLOGIN_CONFIG' | 'working folder' | 'platform default';

/** The result of {@link findConfigFile}. */
export interface FoundConfigFile {
  /** The absolute path of the file to read (which may not exist: see `exists`). */
  file: string;
  /** Why this file: how it was given or where it was found. */
  source: ConfigSource;
  /** Whether the file exists; a file given by `--config` or `PCLOGIN_CONFIG` is always read. */
  exists: boolean;
  /** Every place looked at, in order, for an error message. */
  looked: string[];
}

/** Options of {@link findConfigFile}. */
export interface FindConfigFileOptions {
  /** The `--config` option. */
  path?: string | undefined;
  /** @default process.cwd() */
  cwd?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default process.platform */
  platform?: NodeJS.Platform;
  /** The platform's default file. @default {@link defaultConfigFile} of `platform` and `env` */
  defaultFile?: string | undefined;
}

/**
 * The platform's default configuration file: `%ProgramData%\pclogin\pclogin.config.json` on
 * Windows, `/etc/pclogin/pclogin.config.json` elsewhere. `pclogin-agent setup` writes it there.
 *
 * @example
 * defaultConfigFile('win32', { ProgramData: 'D:\\ProgramData' }) // → 'D:\\ProgramData\\pclogin\\pclogin.config.json'
 */
export function defaultConfigFile(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32')
    return win32.join(
      env['ProgramData'] || env['ALLUSERSPROFILE'] || 'C:\\ProgramData',
      'pclogin',
      CONFIG_FILE_NAME,
    );
  return posix.join('/etc/pclogin', CONFIG_FILE_NAME);
}

/**
 * Finds the configuration file the way every command does: `--config`, then the
 * `PCLOGIN_CONFIG` environment variable, then `pclogin.config.json` in the working folder,
 * then the platform's default ({@link defaultConfigFile}). The first two are taken as given
 * (a missing file is then an error for the caller to report); the last two only when the file
 * exists, and when none does the platform default is returned with `exists: false`.
 */
export async function findConfigFile(options: FindConfigFileOptions = {}): Promise<FoundConfigFile> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  if (options.path !== undefined) {
    const file = resolve(cwd, options.path);
    return { file, source: '--config', exists: await exists(file), looked: [file] };
  }
  const fromEnv = env['PCLOGIN_CONFIG'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const file = resolve(cwd, fromEnv.trim());
    return { file, source: 'PCLOGIN_CONFIG', exists: await exists(file), looked: [file] };
  }
  const local = resolve(cwd, CONFIG_FILE_NAME);
  if (await exists(local)) return { file: local, source: 'working folder', exists: true, looked: [local] };
  const fallback = options.defaultFile ?? defaultConfigFile(platform, env);
  return {
    file: fallback,
    source: 'platform default',
    exists: await exists(fallback),
    looked: [local, fallback],
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch (error) {
    // A file that is there but unreadable exists: reading it reports the permission problem.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
