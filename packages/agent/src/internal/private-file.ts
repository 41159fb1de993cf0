import { chmod, mkdir, writeFile } from 'node:fs/promises';

/** Owner-only permissions on Linux and macOS (Windows: the folder's ACL decides, set at installation). */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner-only permissions of a folder the agent creates. */
export const PRIVATE_DIRECTORY_MODE = 0o700;

/**
 * Writes a file only its owner may read: the linking CSV and everything else the agent writes
 * holds employee names, codes and accounts. An existing file gets the mode too (`writeFile`'s
 * `mode` applies only to a file it creates).
 */
export async function writePrivateFile(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data, { mode: PRIVATE_FILE_MODE });
  if (process.platform !== 'win32') await chmod(path, PRIVATE_FILE_MODE);
}

/** Creates a folder (and its parents) only its owner may enter; an existing one is left as it is. */
export async function makePrivateDirectory(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
}
